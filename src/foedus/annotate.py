"""The per-article function: one `Article` in, its `Annotation` out.

Every engine (one process, a local pool, Dask workers) calls `annotate_article`; stages run in
the DESIGN order: language → actors → time → places → quotes → events.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from contextlib import contextmanager
from typing import Iterator

from spacy.tokens import Doc, Span, Token

from foedus.actors.acronym_names import spelt_out_names
from foedus.actors.kb import load_kb
from foedus.actors.resolve import find_mentions, resolve_pronoun
from foedus.actors.party_names import type_party_names
from foedus.actors.person_affiliations import affiliate_people
from foedus.actors.typed_names import type_unknown_names
from foedus.events.coder import code_events
from foedus.events.petrarch_coder import active_petrarch, petrarch_events
from foedus.language import load_nlp
from foedus.language.detect import detect_language
from foedus.language.syntax import clause_verb
from foedus.places import find_places
from foedus.quotes import extract_quotes
from foedus.records import Annotation, Article, Mention, Place
from foedus.time import event_date_for, extract_timexes
from foedus.time.dateline import dateline_day, lead_day
from foedus.time.event_date import anchored_offset, in_other_clause, parse_day

UNTIL = re.compile(r"(?:\bjusqu['’](?:à|au|en|aux)?|\buntil|\btill)\s*(?:le\s|la\s|l['’]|the\s)?$", re.IGNORECASE)
LEAD_MIN_CHARS = 40  # a shorter first "sentence" is a dateline, a kicker or a heading, not the lead

LOCATIVE_CASES = {"à", "au", "aux", "en", "dans", "in", "at"}


class SkippedLanguage(LookupError):
    """The article's language has no pipeline: it is stored and reported as skipped."""


def resolve_language(article: Article) -> str:
    if not article.language:
        article.language = detect_language(article.text) or "fr"
    return article.language


SUBORDINATE_DEPS = {"advcl", "ccomp", "acl", "acl:relcl", "relcl"}


def _is_lead(sent: Span) -> bool:
    """The article's first real sentence: long enough, with a verb, not in capitals (a dateline, a
    kicker or a heading in capitals comes before it)."""
    text = sent.text.strip()
    return len(text) >= LEAD_MIN_CHARS and any(t.pos_ in {"VERB", "AUX"} for t in sent) \
        and sum(ch.islower() for ch in text) > sum(ch.isupper() for ch in text)


def _in_other_clause(doc: Doc, char: int, trigger: Token) -> bool:
    """The word at `char` stands in a subordinate clause that does not hold the trigger ("a discuté
    avec Zelensky après que l'armée russe a frappé Kyiv": Kyiv is not where they talked)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) and span[0].sent.start == trigger.sent.start else None
    if tok is None:
        return False
    return any(a.pos_ in {"VERB", "AUX"} and a.dep_ in SUBORDINATE_DEPS and a.i != trigger.i and not a.is_ancestor(trigger)
               for a in tok.ancestors)


def place_finder(doc: Doc, places: list[Place], mentions: list[Mention]):
    """The place an event happens: a place named in the trigger's own clause (its locative
    complement first) — never a place from another clause or sentence."""

    def place_at(tok: Token) -> Place | None:
        for p in places:
            if p.start <= tok.idx < p.end and p.country:
                return p
        return None

    def seat_country(tok: Token) -> str | None:
        for m in mentions:
            if m.start <= tok.idx < m.end and m.code and m.kind in {"metonym", "name", "country"}:
                return m.code[:3]
        return None

    def locative(tok: Token) -> bool:
        """A locative phrase: its case marker is a child (UD: "à Moscou") or, in English parses, its
        head preposition ("in" → pobj "Ottawa")."""
        if any(c.lower_ in LOCATIVE_CASES and c.dep_ in {"case", "mark"} for c in tok.children):
            return True
        return tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in LOCATIVE_CASES

    def place_of(trigger: Token) -> Place | None:
        for child in trigger.children:
            if child.dep_.split(":")[0] in {"obl", "nmod", "prep"} and any(c.lower_ in LOCATIVE_CASES for c in child.children):
                # "à Londres", or the name under a common noun: "dans la ville de Londres"
                named = [child] + [g for g in child.children if g.dep_.startswith("nmod") and g.pos_ == "PROPN"]
                found = next((p for p in map(place_at, named) if p), None)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ in LOCATIVE_CASES:
                found = next((place_at(g) for g in child.children if g.dep_ == "pobj" and place_at(g)), None)
                if found:
                    return found
        clause = clause_verb(trigger)
        for tok in clause.subtree:  # (a country the model tags a noun: "au Gabon")
            if (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.text[:1].isupper()) and locative(tok) \
                    and not _in_other_clause(doc, tok.idx, trigger):  # ("… alors qu'il était en Tanzanie")
                found = place_at(tok)
                if found:
                    return found
        return None

    def host_of(trigger: Token) -> str | None:
        """The country a meeting takes place in (a seat such as "au Kremlin" counts)."""
        found = place_of(trigger)
        if found:
            return found.country
        for child in trigger.children:
            if child.dep_.split(":")[0] in {"obl", "nmod"} and any(c.lower_ in LOCATIVE_CASES for c in child.children):
                country = seat_country(child)
                if country:
                    return country
        sent = trigger.sent
        for p in places:
            if sent.start_char <= p.start < sent.end_char and p.country and not _in_other_clause(doc, p.start, trigger):
                return p.country
        return None

    return place_of, host_of


@contextmanager
def _timed(timings: dict[str, float] | None, stage: str) -> Iterator[None]:
    if timings is None:
        yield
        return
    started = time.perf_counter()
    yield
    timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - started


def annotate_doc(article: Article, doc: Doc, timings: dict[str, float] | None = None) -> Annotation:
    """Annotate a parsed article; `timings`, when given, accumulates seconds per stage (bench)."""
    lang = article.language or "fr"
    kb = load_kb()
    with _timed(timings, "actors"):
        mentions = find_mentions(doc, article.id, article.published, lang, kb)
        mentions = spelt_out_names(doc, mentions)
        mentions = type_unknown_names(doc, mentions, kb, lang, article.id)
        mentions = type_party_names(doc, mentions, kb, lang, article.id)
        mentions = affiliate_people(doc, mentions, lang)
    with _timed(timings, "time"):
        # a wire report's dateline gives its own "today" ("DAMAS, 7 avril (Xinhua) --" on a page of
        # 8 April): relative days and undated acts are read against it
        report_day = dateline_day(article.text, article.published, lang)
        today = report_day.isoformat() if report_day else article.published
        timexes = extract_timexes(article.text, today, lang, doc)
    with _timed(timings, "places"):
        places = find_places(doc, lang)
    with _timed(timings, "quotes"):
        quotes = extract_quotes(doc, article.id, lang, mentions, resolve_pronoun, article.published)

    # an end point ("en fonction jusqu'en mars 2013", "until June") bounds a state, it dates no act
    event_timexes = [t for t in timexes if not UNTIL.search(article.text[max(0, t.start - 12):t.start])]
    lead = next((s for s in doc.sents if _is_lead(s)), None)
    news_day = lead_day((lead.start_char, lead.end_char) if lead is not None else (0, 0),
                        [(t.start, d) for t in event_timexes if t.type in ("DATE", "TIME") and (d := parse_day(t.value))], today)

    def date_for(start: int, end: int, s_start: int, s_end: int):
        own = [t for t in event_timexes if not (s_start <= t.start < s_end and in_other_clause(doc, t, start))]
        found = event_date_for(start, end, s_start, s_end, own, today)
        shift = anchored_offset(article.text, own, start, s_start) if found[1] in {"day", "publication"} and found[0] else None
        if shift is not None:  # "cinq jours après le putsch": the act named there is that much earlier
            return (dt.date.fromisoformat(found[0]) + dt.timedelta(days=shift)).isoformat(), "day"
        quote = next((q for q in quotes if q.kind == "direct" and q.start <= start < q.end), None)
        if found[1] == "publication" and quote is not None:
            # an act in quoted words is dated by the incise that reports them ("…," the spokesperson
            # said in a statement Monday): the day named after the quote, in its closing sentence
            closing = doc.char_span(quote.end - 1, quote.end, alignment_mode="expand")
            if closing is not None and len(closing):
                sent = closing[0].sent
                after = [t for t in event_timexes if quote.end <= t.start < sent.end_char]
                dated = event_date_for(quote.end, quote.end + 1, quote.end, sent.end_char, after, today)
                if dated[1] == "day":
                    return dated
        if found[1] == "publication" and news_day is not None:
            return news_day.isoformat(), "lead"  # an undated act of the day the lead tells
        return found

    place_of, host_of = place_finder(doc, places, mentions)
    petrarch = active_petrarch() if lang == "en" else None
    with _timed(timings, "events"):
        if petrarch is not None:  # a PETRARCH verb dictionary drives English coding for this run
            events = petrarch_events(doc, article.id, article.published, petrarch, mentions, date_for)
        else:
            events = code_events(doc, article.id, lang, article.published, mentions, quotes, timexes,
                                 host_of, date_for, resolve_pronoun, place_of=place_of,
                                 place_countries=[p.country for p in places if p.country], places=places)
    actor_ids = sorted({m.actor_id for m in mentions if m.actor_id})
    actors = [a for a in (kb.get(i) for i in actor_ids) if a is not None]
    return Annotation(article=article, mentions=mentions, actors=actors, quotes=quotes, events=events,
                      timexes=timexes, places=places, sentences=[(s.start_char, s.end_char) for s in doc.sents])


def annotate_article(article: Article) -> Annotation:
    lang = resolve_language(article)
    from foedus.language.pipeline import UnsupportedLanguage

    try:
        nlp = load_nlp(lang)
    except UnsupportedLanguage as err:
        raise SkippedLanguage(str(err)) from None
    return annotate_doc(article, nlp(article.text))

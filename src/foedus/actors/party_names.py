"""Party, movement, union and state-body names the KB lacks, typed by their own head word (English).

English names a political organisation by a name whose last word says what it is — "the Democratic
Party", "the Austrian Social Democrat Party (SPOE)", "the Liberal Party of Kenya", "the Landless
Workers Movement (MST)" — or by a bare name before a lowercase type noun: "the opposition Renamo
party", "the ruling Frelimo party". The head word gives the sector (data/party_heads.tsv), a
qualifier before the name may override it (data/party_qualifiers.tsv: "opposition" → OPP, "ruling"
→ GOV), and a demonym or country inside the name ("Austrian", "of Kenya") gives the country, else
the country the article mostly names ("the National Elections Committee (CNE)" → the country's GOV;
names with an international word, "the International Olympic Committee", are left alone). Every later use of the full name, of its bracketed acronym
and, for "the X party", of the bare X becomes a mention with that code.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from foedus.actors.kb import ActorKB
from foedus.actors.normalize import key
from foedus.actors.article_country import NOT_COUNTRIES, main_country
from foedus.records import Mention
from foedus.language.syntax import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA = Path(__file__).with_name("data")
POSSESSIVE_MARKS = {"'s", "’s", "'", "’"}  # "the People's Party", "the Workers' Party"
NAME_LINKS = {"of", "for", "and", "&"}  # "the National League for Democracy": small words inside a name
MAX_NAME_WORDS = 7
INTERNATIONAL = "INT"  # party_qualifiers.tsv: a word that makes a name international


@dataclass
class PartyName:
    start: int  # character offsets of the full name (qualifier and article excluded)
    end: int
    code: str
    forms: list[str]  # the full name, its bracketed acronym, the bare name of "the X party"


def _table(name: str, lang: str) -> dict[str, str]:
    lines = [ln for ln in (DATA / name).read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return {row["word"]: row["sector"] for row in csv.DictReader(lines, delimiter="\t") if row["lang"] == lang}


@lru_cache(maxsize=None)
def party_heads(lang: str) -> dict[str, str]:
    return _table("party_heads.tsv", lang)


@lru_cache(maxsize=None)
def party_qualifiers(lang: str) -> dict[str, str]:
    return _table("party_qualifiers.tsv", lang)


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and any(ch.isalpha() for ch in tok.text) and tok.pos_ != "DET"


def _name_words_before(head: Token, owner: Callable[[Token], bool]) -> list[Token]:
    """The capitalised words right before a head word, a possessive mark inside the name kept
    ("the People's Party"), not one after a country or a name ("Kenya's Liberal Party")."""
    doc = head.doc
    words: list[Token] = []
    i = head.i - 1
    while i >= 0 and len(words) < MAX_NAME_WORDS:
        tok = doc[i]
        if _capitalised(tok) and not tok.is_sent_start:
            words.insert(0, tok)
        elif _capitalised(tok) and tok.is_sent_start and tok.pos_ == "PROPN":
            words.insert(0, tok)
        elif tok.text in POSSESSIVE_MARKS and i > 0 and _capitalised(doc[i - 1]) and not owner(doc[i - 1]) \
                and len(words) <= 1:  # "People's (Democratic) Party", not "Moi's Kenya African National Union party"
            words.insert(0, tok)
        else:
            break
        i -= 1
    while words and words[0].text in POSSESSIVE_MARKS:
        words.pop(0)
    return words


def _name_words_after(head: Token) -> list[Token]:
    """"the Liberal Party of Kenya", "the Movement for Democratic Change", "the Front for the
    Liberation of X": linking words (and "the") with the capitalised words after a capitalised head."""
    doc = head.doc
    words: list[Token] = []
    pending: list[Token] = []  # linking words kept only if a capitalised word follows them
    i = head.i + 1
    while i < len(doc) and len(words) + len(pending) < MAX_NAME_WORDS:
        tok = doc[i]
        if tok.lower_ in NAME_LINKS or (tok.lower_ == "the" and pending):
            pending.append(tok)
        elif _capitalised(tok) and (pending or words):
            words += pending + [tok]
            pending = []
        else:
            break
        i += 1
    return words


def _country_of(tokens: list[Token], kb: ActorKB, lang: str, mentions: list[Mention]) -> str | None:
    for tok in tokens:
        demonym = kb.demonyms.get((lang, key(tok.text)))
        if demonym is not None:
            return demonym.country
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    for m in mentions:
        if start <= m.start and m.end <= end and _is_country(m.code):
            return m.code
    return None


def _text_country(doc: Doc, kb: ActorKB, lang: str) -> str | None:
    """The country the text names most, as a name or a demonym, places included ("in Mozambique"):
    the mentions leave out countries named as places."""
    counts: Counter[str] = Counter()
    for tok in doc:
        if not tok.text[:1].isupper():
            continue
        demonym = kb.demonyms.get((lang, key(tok.text)))
        if demonym is not None:
            counts[demonym.country] += 1
            continue
        for entry in kb.match_name(tok.text)[:1]:
            if entry.actor_id.startswith("country:"):
                counts[entry.actor_id.split(":", 1)[1]] += 1
    return counts.most_common(1)[0][0] if counts else None


def _is_country(code: str | None) -> bool:
    return bool(code) and len(code) == 3 and code.isalpha() and code not in NOT_COUNTRIES


def _known_body_inside(start: int, end: int, mentions: list[Mention]) -> bool:
    """A body the KB names inside the phrase ("the NATO alliance", "the Labour Party"): the KB's
    code stands; countries and codeless names do not count."""
    return any(m.start < end and start < m.end and m.code and m.kind == "name" and not _is_country(m.code)
               for m in mentions)


def _qualifier_sector(first: Token, lang: str) -> str | None:
    """"the opposition Renamo party": the word before the name."""
    qualifiers = party_qualifiers(lang)
    i = first.i - 1
    while i >= 0 and first.i - i <= 3 and first.doc[i].pos_ in {"ADJ", "NOUN", "VERB"} and first.doc[i].text.islower():
        found = qualifiers.get(first.doc[i].lower_)
        if found:
            return found
        i -= 1
    return None


def _bare(name: str) -> str:
    """"the Green Belt Movement" and "Green Belt Movement" are one name."""
    return key(re.sub(r"^[Tt]he\s+", "", name))


def _token_range(doc: Doc, m: Mention) -> range:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _apposed_qualifier(head: Token, lang: str) -> str | None:
    """"Japan's ruling party, the Liberal Democratic Party": the qualifier of the noun the name is
    in apposition to."""
    qualifiers = party_qualifiers(lang)
    left = head.left_edge.i - 1  # the parser also makes the apposition a conjunct after a comma
    if head.dep_ not in {"appos", "conj"} or left < 0 or head.doc[left].text != ",":
        return None
    return next((qualifiers[c.lower_] for c in head.head.children if c.lower_ in qualifiers), None)


def _bracketed_acronym(doc: Doc, after: int) -> str | None:
    if after + 2 < len(doc) and doc[after].text == "(" and doc[after + 2].text == ")":
        word = doc[after + 1].text
        if 2 <= len(word) <= 8 and word.replace("-", "").isalnum() and word.isupper():
            return word
    return None


def find_party_names(doc: Doc, mentions: list[Mention], kb: ActorKB, lang: str) -> list[PartyName]:
    heads = party_heads(lang)
    country = main_country(mentions, count_business=True) or _text_country(doc, kb, lang)
    owners = {i for m in mentions if m.kind == "name" for i in _token_range(doc, m)}
    known = {_bare(m.text) for m in mentions if m.code and m.kind == "name"}
    found: list[PartyName] = []
    for head in doc:
        sector = heads.get(head.lower_)
        if sector is None or (found and head.idx < found[-1].end):
            continue
        before = _name_words_before(head, lambda tok: tok.i in owners)
        capital_head = head.text[:1].isupper() and not head.is_sent_start
        after = _name_words_after(head) if capital_head else []
        if not (before or after) or (before and not after and all(
                kb.demonyms.get((lang, key(t.text))) is not None for t in before)):
            continue  # "the Kenyan party": a description, no name
        tokens = before + [head] + after
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        if _known_body_inside(start, end, mentions) or _bare(doc_text(doc)[start:end]) in known:
            continue
        if any(m.code and m.start <= head.idx < m.end for m in mentions):
            continue  # the head word is part of a name the KB codes ("the Soviet Union")
        if any(party_qualifiers(lang).get(t.lower_) == INTERNATIONAL for t in tokens):
            continue  # "the International Olympic Committee": no one country's body
        place = _country_of(tokens, kb, lang, mentions) or country
        if place is None:
            continue
        code = place + (_qualifier_sector(tokens[0], lang) or _apposed_qualifier(head, lang) or sector)
        forms = [doc_text(doc)[start:end]]
        acronym = _bracketed_acronym(doc, tokens[-1].i + 1)
        if acronym:
            forms.append(acronym)
        if not capital_head and before:  # "the Renamo party" … "Renamo"
            forms.append(doc_text(doc)[before[0].idx:before[-1].idx + len(before[-1].text)])
        found.append(PartyName(start, end, code, forms))
    return found


def described_acronyms(doc: Doc, mentions: list[Mention], lang: str) -> list[PartyName]:
    """"the Australian Department of Foreign Affairs and Trade (DFAT)": a body the resolver codes,
    then its bracketed acronym, which later sentences use alone (English)."""
    if not party_heads(lang):
        return []
    named = {m.text for m in mentions}
    found: list[PartyName] = []
    for m in mentions:
        if not m.code or m.code.startswith("---") or m.kind not in {"name", "description"} or m.rule in {
                "ner-person", "surname", "person-repeat"}:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        i = span.end if span is not None else len(doc)
        while i < len(doc) and i - span.end < 4 and (doc[i].lower_ in NAME_LINKS or _capitalised(doc[i])):
            i += 1  # "… Foreign Affairs and Trade (DFAT)"
        acronym = _bracketed_acronym(doc, i) if i < len(doc) else None
        if acronym and acronym not in named:
            found.append(PartyName(m.start, m.end, m.code, [acronym]))
    return found


def type_party_names(doc: Doc, mentions: list[Mention], kb: ActorKB, lang: str, article_id: str) -> list[Mention]:
    """The article's mentions, with the party names found replacing what was read inside them."""
    parties = find_party_names(doc, mentions, kb, lang) + described_acronyms(doc, mentions, lang)
    if not parties:
        return mentions
    spans: list[tuple[int, int, str, str]] = []  # start, end, code, canonical name
    for party in parties:
        for form in party.forms:
            for hit in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", doc_text(doc)):
                if not any(s <= hit.start() < e for s, e, _, _ in spans):
                    spans.append((hit.start(), hit.end(), party.code, party.forms[0]))
    kept = [m for m in mentions if not any(s < m.end and m.start < e for s, e, _, _ in spans)]
    sentence_starts = [sent.start_char for sent in doc.sents]
    added = []
    for start, end, code, name in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        sentence = max(bisect_right(sentence_starts, start) - 1, 0)
        added.append(Mention(article_id=article_id, sentence=sentence, start=start, end=end, text=doc_text(doc)[start:end],
                             code=code, kind="name", head=span.root.i, name=name, rule="party-name", confidence=0.6))
    return sorted(kept + added, key=lambda m: (m.start, -m.end))

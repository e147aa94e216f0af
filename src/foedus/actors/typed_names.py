"""Names the KB lacks, typed by the noun that introduces them.

News introduces an unfamiliar organisation once with a common noun — "le syndicat SUD-PTT",
"l'entreprise américaine Hewlett-Packard (HP)", "Febelfin, la fédération des banques" — and then
uses the bare name ("SUD-PTT a relevé que…"). The noun gives the sector (data/name_introducers.tsv,
or an agent noun of the KB); a demonym on it gives the country ("américaine" → USA), else the
country the article mostly names. Every occurrence of the name (and of a bracketed acronym after
its first use) becomes a mention with that code, so that events and quotes can use it.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.actors.article_country import main_country
from foedus.actors.kb import ActorKB
from foedus.actors.normalize import key
from foedus.records import Mention
from foedus.language.syntax import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DATA = Path(__file__).with_name("data") / "name_introducers.tsv"
NAME_DEPS = {"nmod", "appos", "flat:name", "flat", "compound"}
ARMED_SECTORS = {"REB", "MIL"}  # "le groupe armé X", "le groupe jihadiste X": an armed group, not a firm


@lru_cache(maxsize=None)
def name_introducers(lang: str) -> dict[str, str]:
    """Introducing noun lemma → sector, for one language."""
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return {row["lemma"]: row["sector"] for row in csv.DictReader(lines, delimiter="\t") if row["lang"] == lang}


def type_unknown_names(doc: Doc, mentions: list[Mention], kb: ActorKB, lang: str, article_id: str) -> list[Mention]:
    """The article's mentions plus one mention per occurrence of each typed unknown name, in text order."""
    introducers = name_introducers(lang)
    if not introducers:
        return mentions
    covered = [(m.start, m.end) for m in mentions if not _unknown_person(m)]
    uncoded_people = [(m.start, m.end) for m in mentions if _unknown_person(m)]
    country = main_country(mentions, count_business=True)
    codes: dict[str, str] = {}  # name text → code
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "MISC", "PER"} or _overlaps(ent.start_char, ent.end_char, covered):
            continue
        if kb.agents.get((lang, key(ent.root.lemma_))) is not None:
            continue  # "le ministère de l'Intérieur": a description the resolver reads, not a name
        noun = _introducing_noun(ent, introducers, kb, lang)
        if noun is None or ent.text in codes:
            continue
        sector = _sector(noun, introducers, kb, lang)
        if ent.label_ == "PER" and (sector not in ARMED_SECTORS or noun.lemma_.lower() not in introducers):
            # the model may take an armed group's name for a person's ("la coalition rebelle Séléka"):
            # only an organisation noun says so ("le Premier ministre séparatiste X" is a person)
            continue
        place = _demonym_country(noun, kb, lang) or country
        if sector and place:
            codes[ent.text] = place + sector
            acronym = _bracketed_acronym(ent)
            if acronym:
                codes.setdefault(acronym, place + sector)
    if not codes:
        return mentions
    sentence_starts = [sent.start_char for sent in doc.sents]
    added = [_mention(doc, article_id, start, end, code, name, sentence_starts)
             for name, code in codes.items() for start, end in _occurrences(doc_text(doc), name)
             if not _overlaps(start, end, covered)]
    added = [m for m in added if m is not None]
    typed = [(m.start, m.end) for m in added]
    kept = [m for m in mentions if not (_unknown_person(m) and _overlaps(m.start, m.end, typed))]
    return sorted(kept + added, key=lambda m: (m.start, -m.end))


def _unknown_person(m: Mention) -> bool:
    """A name the recogniser took for a person's and nothing coded: a typed name may replace it."""
    return m.code is None and m.rule.startswith("ner-person")


def _introducing_noun(ent: Span, introducers: dict[str, str], kb: ActorKB, lang: str) -> Token | None:
    """"le syndicat SUD-PTT" (the name hangs on the noun), or "Febelfin, la fédération des banques"
    (the noun is the name's apposition)."""
    root = ent.root
    head = root.head
    if root.dep_.split(":")[0] in NAME_DEPS and head.i < ent.start and _is_introducer(head, introducers, kb, lang):
        # "le syndicat de Renault": a complement, not its name — but "les rebelles de la Seleka" name their group
        if not any(c.dep_ == "case" for c in root.children) or _sector(head, introducers, kb, lang) in ARMED_SECTORS:
            return head
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end and _is_introducer(child, introducers, kb, lang):
            return child
    return _noun_right_before(ent, introducers, kb, lang)


def _noun_right_before(ent: Span, introducers: dict[str, str], kb: ActorKB, lang: str) -> Token | None:
    """The parser sometimes hangs the name on an earlier noun ("le plan … de l'entreprise
    américaine Hewlett-Packard" → on "plan"): the introducer is then the noun right before the
    name, its own adjectives aside."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].pos_ == "ADJ" and ent.doc[i].dep_ == "amod":
        i -= 1
    if i < 0 or any(ent.doc[j].head.i != i for j in range(i + 1, ent.start)):
        return None
    noun = ent.doc[i]
    return noun if _is_introducer(noun, introducers, kb, lang) else None


def _is_introducer(tok: Token, introducers: dict[str, str], kb: ActorKB, lang: str) -> bool:
    """A determined common noun with a sector ("le syndicat", "une entreprise"): a bare one is often
    a misparsed verb ("…, juge le ministère")."""
    determined = any(c.dep_ == "det" for c in tok.children)
    return tok.pos_ == "NOUN" and determined and _sector(tok, introducers, kb, lang) is not None


def _sector(noun: Token, introducers: dict[str, str], kb: ActorKB, lang: str) -> str | None:
    for child in noun.children:  # "le groupe armé X", "l'organisation jihadiste X"
        agent = (kb.agents.get((lang, key(child.lemma_))) or kb.agents.get((lang, key(child.text)))
                 if child.dep_ == "amod" else None)
        if agent is not None and agent.sector in ARMED_SECTORS:
            return "REB"
    found = introducers.get(noun.lemma_.lower())
    if found:
        return found
    agent = kb.agents.get((lang, key(noun.lemma_)))
    return agent.sector if agent is not None and agent.sector not in {"GOV", "CVL"} else None


def _demonym_country(noun: Token, kb: ActorKB, lang: str) -> str | None:
    for child in noun.children:
        if child.dep_ == "amod":
            found = kb.demonyms.get((lang, key(child.text)))
            if found is not None:
                return found.country
    return None


def _bracketed_acronym(ent: Span) -> str | None:
    """"Hewlett-Packard (HP)": the acronym in brackets right after the name."""
    doc = ent.doc
    if ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
        word = doc[ent.end + 1].text
        if 2 <= len(word) <= 8 and word.replace("-", "").isalnum() and word[:1].isupper():
            return word
    return None


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _mention(doc: Doc, article_id: str, start: int, end: int, code: str, name: str,
             sentence_starts: list[int]) -> Mention | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sentence = max(bisect_right(sentence_starts, start) - 1, 0)
    return Mention(article_id=article_id, sentence=sentence, start=start, end=end, text=doc_text(doc)[start:end],
                   code=code, kind="name", head=span.root.i, name=name, rule="typed-name", confidence=0.6)

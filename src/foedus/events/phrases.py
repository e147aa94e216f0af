"""Phrase readings the argument reader shares: "of" complements in UD and English parses, and the
antecedent of English "it"/"its" (a country or body)."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from foedus.records import Mention


def case_word(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ in {"case", "mark", "prep"}:
            return c.lower_.replace("’", "'")
    return ""


OF_CASES = {"de", "du", "des", "d'", "of"}
# Words that make a phrase the occasion of an act or what came before it ("lors d'une conversation",
# "après d'intenses négociations"): its noun is neither a light-verb noun nor a wrapped complement.
OCCASION_WORDS = {"lors", "pendant", "durant", "during", "après", "after"}


def of_complements(tok: Token) -> list[Token]:
    """The nouns a "de"/"of" phrase attaches to `tok`: UD `nmod` with a `case` child (French), or
    `prep` → `pobj` (English)."""
    out = []
    for child in tok.children:
        if child.dep_.startswith("nmod") and case_word(child) in OF_CASES:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in OF_CASES:
            out.extend(g for g in child.children if g.dep_ == "pobj")
    return out


ADDITIVE_MARKERS = {"de même que", "tout comme", "ainsi que", "comme", "au même titre que", "as well as", "like"}


def additive_phrase(tok: Token) -> bool:
    """A phrase that adds another party doing the same ("…, de même que la Colombie", "ainsi que
    le Canada"): it names a co-subject, never the act's target."""
    for c in tok.children:
        if c.dep_ in {"case", "cc", "mark", "prep"} and c.i < tok.i:
            words = " ".join(t.lower_ for t in c.subtree)
            if words in ADDITIVE_MARKERS:
                return True
    return False


PERSON_RULES = {"ner-person", "surname", "person-repeat"}


def not_a_person(m: Mention) -> bool:
    """Countries and bodies (what "it" stands for) have no gender; KB and NER persons do or are named so."""
    return m.gender is None and m.kind != "description" and m.rule.split("+")[0] not in PERSON_RULES


def neuter_antecedent(tok: Token, mentions: list[Mention],
                      mention_for: Callable[[Token], Mention | None]) -> Mention | None:
    """"Uganda said it had paid …", "Iraq said it would allow …": the subject of the clause that
    governs the pronoun's clause, else the last country or body named before it in the sentence."""
    clause = tok.head
    while clause.dep_ in {"aux", "auxpass", "conj", "xcomp", "acomp"} and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ in {"ccomp", "advcl"} and clause.head.i != clause.i:
        for child in clause.head.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i < tok.i:
                found = mention_for(child)
                if found is not None and found.code and not_a_person(found):
                    return found
    before = [m for m in mentions if m.code and m.kind in {"name", "metonym"} and m.head is not None
              and tok.sent.start <= m.head < tok.i and not_a_person(m)]
    return before[-1] if before else None

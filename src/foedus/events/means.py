"""A killing told with the bombing that did it is one act, coded as the bombing (CAMEO 183x):
"three civilians were killed in a car bombing", "a roadside bombing killed a soldier", "carried out a
suicide bombing". The verb keeps its victims; the bombing noun's own event is folded into it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from foedus.events.coder import Candidate

FORCE_ROOTS = {"18", "19", "20"}
MEANS_ROOT = "18"  # unconventional violence: bombings, assassinations, abductions
MEANS_PREPOSITIONS = {"in", "by"}


def _means_nouns(verb: Token) -> list[Token]:
    """The verb's subject ("a bombing killed"), object ("carried out a bombing") and the objects of
    its "in"/"by" phrases ("killed in a bombing"): the nouns that may name how the act was done."""
    out = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} and c.pos_ == "NOUN"]
    for prep in verb.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in MEANS_PREPOSITIONS:
            out += [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    return out


def fold_means(found: dict[int, Candidate]) -> None:
    for cand in found.values():
        if cand.wrapped or cand.token.pos_ != "VERB" or cand.code[:2] not in FORCE_ROOTS:
            continue
        for noun in _means_nouns(cand.token):
            means = found.get(noun.i)
            if means is None or means is cand or means.wrapped or means.code[:2] != MEANS_ROOT:
                continue
            cand.code = means.code
            cand.sources = cand.sources or means.sources
            cand.source_text = cand.source_text or means.source_text
            means.wrapped = True
            break

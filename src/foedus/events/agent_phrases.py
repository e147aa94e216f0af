"""Agent nouns of more than one word: a "de" phrase the KB lists whole ("las fuerzas del orden"), a noun
and adjective it lists whole ("las fuerzas armadas"), or a group or leader noun whose adjective names
the sector ("los dirigentes sindicales" → LAB, "fuerzas policiales" → COP; data/agent_adjectives.tsv).
Split from arguments.py, which reads the rest of an argument."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Callable

from spacy.tokens import Token

from foedus.events.phrases import case_word

DATA = Path(__file__).parent / "data"
# "de" and the Spanish contraction "del" ("fuerzas del orden"); the French contractions are left out:
# the French lexicon lists its phrases with "de" ("forces de l'ordre")
PHRASE_CASES = {"de", "d'", "del"}


@lru_cache(maxsize=None)
def _adjectives(lang: str) -> tuple[dict[str, str], frozenset[str]]:
    """(adjective → sector, heads it qualifies) for a language."""
    with (DATA / "agent_adjectives.tsv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
                if r["lang"] == lang]
    adjectives = {r["word"].strip(): r["sector"].strip() for r in rows if r["kind"] == "adj"}
    heads = frozenset(r["word"].strip() for r in rows if r["kind"] == "head")
    return adjectives, heads


def phrase_sector(tok: Token, agent_sector: Callable[[str], str | None], lang: str) -> str | None:
    for child in tok.children:
        if child.i > tok.i and child.dep_.startswith("nmod") and case_word(child) in PHRASE_CASES:
            found = agent_sector(tok.doc[tok.i:child.i + 1].text.lower())
            if found:
                return found
            break  # (only the first "de" phrase: "el ministro de Defensa de Chile")
    adjectives, heads = _adjectives(lang)
    if not heads:
        # languages with no rows in agent_adjectives.tsv keep the "de"-phrase reading only (French lists
        # only rebel and union adjectives: "services spéciaux" read as SPY adds intra-country pairs its
        # dev gold does not have)
        return None
    for child in tok.children:
        # an adjective right after its noun (French, Spanish): "fuerzas armadas", "dirigentes sindicales"
        if child.dep_ != "amod" or child.i != tok.i + 1:
            continue
        found = agent_sector(f"{tok.text} {child.text}".lower()) if lang != "fr" else None
        if found:  # (French: adjectives from the table only; "services spéciaux" stays unread, as above)
            return found
        sector = adjectives.get(child.lower_) or adjectives.get(child.lemma_.lower())
        if sector and (tok.lemma_.lower() in heads or tok.lower_ in heads):
            return sector
    return None


def heads_locution(tok: Token) -> bool:
    """The noun of a locution after "à"/"au" and before "de" ("au cours de", "à l'issue de")."""
    from foedus.quotes.lexicon import locution_nouns

    return tok.lower_ in locution_nouns(tok.doc.lang_ or "fr") and any(
        c.dep_ == "case" and c.lower_ in {"à", "au", "aux"} for c in tok.children)

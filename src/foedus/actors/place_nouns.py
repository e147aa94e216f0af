"""Is a name the parser tags as a person a place or a thing named after one?

"la capitale Banda Aceh" names the place; "l'avenue du général Leclerc", "le lycée Victor-Hugo",
"le porte-avions Charles-de-Gaulle" name a street, a school, a ship after someone: none of them is a
person of the article (no speaker, no actor). The nouns are data (data/place_nouns.tsv).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from foedus.actors.normalize import key

DATA = Path(__file__).with_name("data") / "place_nouns.tsv"
LINKS = {"du", "de", "des", "d'", "of"}  # folded keys: "d’" folds to "d'"


@lru_cache(maxsize=None)
def place_nouns() -> dict[str, str]:
    """folded noun → kind ("area" or "named"), all languages together (the nouns do not collide)."""
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return {key(row["noun"]): row["kind"] for row in csv.DictReader(lines, delimiter="\t")}


def names_a_place(keys: list[str], i: int) -> bool:
    """The name starting at token i follows a place noun: right before it ("la capitale X",
    "rue Jean-Jaurès"), or, for a named thing, before a linking "du/de/des" ("avenue du général X")."""
    nouns = place_nouns()
    prev = keys[i - 1] if i > 0 else ""
    if prev in nouns:
        return True
    return prev in LINKS and i > 1 and nouns.get(keys[i - 2]) == "named"

"""Gender of a person from the given name, for people the KB does not know ("Rachel Harvey" → f):
pronoun agreement ("he said" is not Rachel) needs it. Data: `data/given_names.tsv` (see ORIGIN.md)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "given_names.tsv"


@lru_cache(maxsize=None)
def _table() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        name, gender, scope = line.split("\t")[:3]
        table[(name.lower(), scope)] = gender
    return table


def given_name_gender(full_name: str, lang: str) -> str | None:
    """m / f from the first word of a person's name, or None when the name is unknown or ambiguous.
    Only the first word counts: "Jean Marie Le Pen" is m although "Marie" alone is f."""
    words = full_name.replace(".", ". ").split()
    if not words or len(words[0].rstrip(".")) < 2:
        return None  # an initial says nothing
    first = words[0].lower()
    table = _table()
    return table.get((first, lang)) or table.get((first, "any"))

"""A person the KB does not know (or knows only out of office) takes the code of the title written
just before the name: "Iraqi President Saddam Hussein", "Chinese Vice Foreign Minister Wu Daiwei",
"le ministre russe Sergueï Lavrov". The article's own words state the role on that day; every later
mention of the same person (surname, full name again) takes the same code."""

from __future__ import annotations

import re
from dataclasses import replace

from foedus.records import Mention

# what may stand between a title and the name it introduces ("President Mr. Roh", "minister, Lavrov")
TITLE_GAP = {"", " ", ", ", " , ", "\n"}
PERSON_KINDS = {"name"}
OUT_OF_OFFICE = "ELI"  # the KB's code for a known person with no role on the article's date
# "l'ancien Premier ministre libanais Rafic Hariri", "former President X": the title is not held now
FORMER_MARKERS = {"ancien", "ancienne", "anciens", "ex", "former", "late", "feu", "defunct", "antiguo", "antigua",
                  "expresidente", "then"}


def _untitled(m: Mention) -> bool:
    """A person mention whose code the title may replace: none, or an out-of-office elite."""
    if m.kind not in PERSON_KINDS or m.members:
        return False
    return m.code is None or m.code[3:6] == OUT_OF_OFFICE


def _title_code(title: Mention, person: Mention) -> str | None:
    """The title's code when it is a coded description with a sector and, for a known person,
    of that person's own country."""
    code = title.code
    if title.kind != "description" or not code or len(code) < 6:
        return None
    if person.code and code[:3] != person.code[:3]:
        return None
    return code


WORD_SEPARATORS = re.compile(r"[\s'’-]+")


def _former(title: Mention, text: str) -> bool:
    words = WORD_SEPARATORS.split(text[max(0, title.start - 20):title.start].strip())
    first = WORD_SEPARATORS.split(title.text)[:1]
    return any(w.lower() in FORMER_MARKERS for w in words[-1:] + first)


def _identity(m: Mention) -> str:
    return (m.name or m.text).strip().lower()


def titled_mentions(mentions: list[Mention], text: str) -> dict[int, Mention]:
    """Index of a person mention in `mentions` → a copy coded by the title before it (and the same
    copy for every other mention of that person in the article)."""
    ordered = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    by_person: dict[str, str] = {}
    for prev, cur in zip(ordered, ordered[1:]):
        title, person = mentions[prev], mentions[cur]
        if not _untitled(person) or text[title.end:person.start] not in TITLE_GAP:
            continue
        code = _title_code(title, person)
        if code and not _former(title, text):
            by_person.setdefault(_identity(person), code)
    if not by_person:
        return {}
    surnames = {name.split()[-1]: code for name, code in by_person.items() if len(name.split()) > 1}
    out: dict[int, Mention] = {}
    for k, m in enumerate(mentions):
        if not _untitled(m):
            continue
        ident = _identity(m)
        code = by_person.get(ident) or (surnames.get(ident) if len(ident.split()) == 1 else None)
        if code:
            out[k] = replace(m, code=code, rule=m.rule + "+title")
    return out

"""The pinned CAMEO table: code → name, root, quad class, Goldstein value and PLOVER type/mode."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

CAMEO_TABLE_NAME = "GDELT CAMEO 1.1b3 Goldstein table (CAMEO.goldsteinscale.txt) + CAMEO2PLOVER-2021"
_TABLE = Path(__file__).with_name("data") / "cameo.tsv"


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None
    plover_mode: str | None


def quad_class_of(code: str) -> int:
    """GDELT's quad class of a code's root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    lines = (ln for ln in _TABLE.read_text(encoding="utf-8").splitlines() if not ln.startswith("#"))
    table: dict[str, CameoCode] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        table[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            root=row["root"],
            quad_class=int(row["quad_class"]),
            goldstein=float(row["goldstein"]) if row["goldstein"] else 0.0,
            plover=row["plover"] or None,
            plover_mode=row["plover_mode"] or None,
        )
    return table


def lookup(code: str) -> CameoCode:
    """The table entry of a code; unknown leaves fall back to their 3- then 2-digit parent."""
    table = cameo_table()
    for candidate in (code, code[:3], code[:2]):
        if candidate in table:
            entry = table[candidate]
            return entry if candidate == code else CameoCode(code, entry.name, entry.root, entry.quad_class,
                                                             entry.goldstein, entry.plover, entry.plover_mode)
    raise KeyError(f"unknown CAMEO code {code!r}")

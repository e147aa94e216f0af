"""Honorifics before a person's name ("M.", "Mme", "Mrs", "Dr"), from data/honorifics.tsv — one
list for the actor, quote and place stages."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data") / "honorifics.tsv"


@lru_cache(maxsize=None)
def honorifics(gender: str | None = None) -> frozenset[str]:
    """Lower-case honorifics without their dot (gender "m" or "f" for that gender only)."""
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    rows = [ln.split("\t") for ln in lines[1:]]
    return frozenset(form for form, g in rows if gender is None or g == gender)


def with_dots(forms: frozenset[str]) -> frozenset[str]:
    """The forms as written with or without the abbreviation's dot ("m", "m.")."""
    return forms | frozenset(f + "." for f in forms)

"""Per-language time lexicons, loaded once from `data/<lang>.json` (see data/ORIGIN.md).

Code never spells month or weekday names itself: everything language-specific that carries a
meaning lives in the data files, so adding a language means adding a JSON file (and, when its
word order differs, a grammar in `grammar.py`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


def _fold(word: str) -> str:
    """Lower-case key with typographic apostrophes made straight (matching works on that form)."""
    return word.replace("\u2019", "'").lower()


@dataclass(frozen=True)
class Tense:
    past_auxiliaries: frozenset[str]
    participle_endings: tuple[str, ...]
    participle_non_endings: tuple[str, ...]
    participle_max_gap: int
    past_endings: tuple[str, ...]
    past_words: frozenset[str]
    future_auxiliaries: tuple[str, ...]
    future_endings: tuple[str, ...]
    future_excluded: frozenset[str]
    past_markers: tuple[str, ...]
    future_markers: tuple[str, ...]
    scheduling_words: frozenset[str]
    max_cue_distance: int


@dataclass(frozen=True)
class Lexicon:
    lang: str
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    parts_of_day: dict[str, str]
    noon: dict[str, str]
    relative_days: dict[str, int]
    relative_day_pods: dict[str, tuple[int, str]]
    past_markers: frozenset[str]
    future_markers: frozenset[str]
    modifiers: dict[str, str]
    approx: tuple[str, ...]
    duration_modifiers: dict[str, str]
    units: dict[str, str]
    numbers: dict[str, int]
    vague_quantities: tuple[str, ...]
    fixed_durations: dict[str, str]
    seasons: dict[str, str]
    season_determiners: tuple[str, ...]
    anaphora: dict[str, int]
    vague: dict[str, str]
    set_quantifiers: tuple[str, ...]
    set_units: dict[str, str]
    ago: tuple[str, ...]
    ahead: tuple[str, ...]
    relative_periods: dict[str, str]
    decade_words: dict[str, int]
    clock_units: tuple[str, ...]
    clock_prepositions: frozenset[str]
    quantity_nouns: frozenset[str]
    this: tuple[str, ...]
    tense: Tense
    weekday_default: str
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def month(self, word: str) -> int | None:
        key = _fold(word)
        return self.months.get(key) or self.month_abbreviations.get(key) or self.month_abbreviations.get(key + ".")

    def number(self, word: str) -> int | None:
        """A cardinal written in digits or in words; None when it is not one."""
        key = _fold(word).strip()
        if key.isdigit():
            return int(key)
        key = key.replace(",", ".")
        if re.fullmatch(r"\d+\.\d+", key):
            return None
        return self.numbers.get(key)


def alternation(words: object) -> str:
    """Regex alternation of lexicon entries, longest first so that "après-midi" beats "midi".

    Apostrophes match both the straight and the typographic form; spaces match any run of
    whitespace (line breaks inside an expression are common in extracted article text).
    """
    items = sorted({_fold(str(w)) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    out = []
    for item in items:
        pattern = re.escape(item).replace("'", "['\u2019]").replace(r"\ ", r"\s+")
        out.append(pattern)
    return "(?:" + "|".join(out) + ")" if out else "(?!x)x"


def _keys(d: dict[str, Any]) -> dict[str, Any]:
    return {_fold(k): v for k, v in d.items()}


@lru_cache(maxsize=None)
def load_lexicon(lang: str) -> Lexicon:
    path = DATA_DIR / f"{lang}.json"
    if not path.exists():
        raise ValueError(f"no time lexicon for language {lang!r} ({path})")
    d = json.loads(path.read_text(encoding="utf-8"))
    t = d["tense"]
    tense = Tense(
        past_auxiliaries=frozenset(_fold(w) for w in t["past_auxiliaries"]),
        participle_endings=tuple(t["participle_endings"]),
        participle_non_endings=tuple(t.get("participle_non_endings", [])),
        participle_max_gap=int(t["participle_max_gap"]),
        past_endings=tuple(t["past_endings"]),
        past_words=frozenset(_fold(w) for w in t.get("past_words", [])),
        future_auxiliaries=tuple(_fold(w) for w in t["future_auxiliaries"]),
        future_endings=tuple(t["future_endings"]),
        future_excluded=frozenset(_fold(w) for w in t["future_excluded"]),
        past_markers=tuple(_fold(w) for w in t["past_markers"]),
        future_markers=tuple(_fold(w) for w in t["future_markers"]),
        scheduling_words=frozenset(_fold(w) for w in t.get("scheduling_words", [])),
        max_cue_distance=int(t.get("max_cue_distance", 100)),
    )
    return Lexicon(
        lang=lang,
        months=_keys(d["months"]),
        month_abbreviations=_keys(d["month_abbreviations"]),
        ambiguous_months=frozenset(_fold(w) for w in d["ambiguous_months"]),
        weekdays=_keys(d["weekdays"]),
        parts_of_day=_keys(d["parts_of_day"]),
        noon=_keys(d["noon"]),
        relative_days=_keys(d["relative_days"]),
        relative_day_pods={_fold(k): (int(v[0]), str(v[1])) for k, v in d.get("relative_day_pods", {}).items()},
        past_markers=frozenset(_fold(w) for w in d["past_markers"]),
        future_markers=frozenset(_fold(w) for w in d["future_markers"]),
        modifiers=_keys(d["modifiers"]),
        approx=tuple(_fold(w) for w in d["approx"]),
        duration_modifiers=_keys(d["duration_modifiers"]),
        units=_keys(d["units"]),
        numbers=_keys(d["numbers"]),
        vague_quantities=tuple(_fold(w) for w in d["vague_quantities"]),
        fixed_durations=_keys(d["fixed_durations"]),
        seasons=_keys(d["seasons"]),
        season_determiners=tuple(_fold(w) for w in d["season_determiners"]),
        anaphora=_keys(d["anaphora"]),
        vague=_keys(d["vague"]),
        set_quantifiers=tuple(_fold(w) for w in d["set_quantifiers"]),
        set_units=_keys(d["set_units"]),
        ago=tuple(_fold(w) for w in d["ago"]),
        ahead=tuple(_fold(w) for w in d["ahead"]),
        relative_periods=_keys(d["relative_periods"]),
        decade_words=_keys(d["decade_words"]),
        clock_units=tuple(_fold(w) for w in d["clock_units"]),
        clock_prepositions=frozenset(_fold(w) for w in d["clock_prepositions"]),
        quantity_nouns=frozenset(_fold(w) for w in d["quantity_nouns"]),
        this=tuple(_fold(w) for w in d["this"]),
        tense=tense,
        weekday_default=str(d.get("weekday_default", "past")),
        raw=d,
    )


def is_day_word(word: str, lang: str) -> bool:
    """A weekday, a part of the day or a relative day ("dimanche", "matin", "hier"): words a parser
    may take for a clause's subject or object when they open or follow it."""
    lex = load_lexicon(lang)
    word = word.lower()
    return word in lex.weekdays or word in lex.parts_of_day or word in lex.relative_days


def is_time_unit(word: str, lang: str) -> bool:
    """A unit of duration ("heures", "jours", "weeks"): "a annoncé quelques heures plus tard X"
    names when, and the parser may take it for the verb's object."""
    return word.lower() in load_lexicon(lang).units


def is_time_word(word: str, lang: str) -> bool:
    """A day word, a unit of duration or a month: the head of a bare time adjunct."""
    return is_day_word(word, lang) or is_time_unit(word, lang) or word.lower() in load_lexicon(lang).months

"""Turn a matched rule into a TIMEX3 type and value, against the reference date and focus.

Each handler reads the named groups of its rule (grammar.py) and the `Context`: the reference
(publication) date, the day currently in focus (for "le lendemain", "la nuit", clock times)
and the tense of the clause (for bare weekdays and months).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from foedus.time import calendar as cal
from foedus.time.calendar import FUTURE, PAST
from foedus.time.lexicon import Lexicon
from foedus.time.tense import clause_tense, sentence_bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc

ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass
class Resolved:
    type: str
    value: str
    mod: str | None = None
    anchored: bool = True
    day: dt.date | None = None  # the calendar day meant, when there is one (moves the focus)


@dataclass
class Context:
    text: str
    ref: dt.date
    lex: Lexicon
    doc: "Doc | None" = None
    focus: dt.date | None = None
    years: list[tuple[int, int]] = field(default_factory=list)  # (offset, year) of explicit years seen

    def tense(self, start: int, end: int) -> str | None:
        return clause_tense(self.text, start, end, self.lex, self.doc)

    def focus_day(self) -> dt.date:
        return self.focus or self.ref

    def sentence_year(self, start: int, window: int = 60) -> int | None:
        """An explicit year named just before in the same sentence ("en 97 (en janvier …)")."""
        left, _ = sentence_bounds(self.text, start, start)
        for offset, year in reversed(self.years):
            if max(left, start - window) <= offset < start:
                return year
        return None


def _g(m: re.Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _low(s: str | None) -> str:
    return (s or "").lower().replace("\u2019", "'")


def _mark_direction(lex: Lexicon, mark: str | None) -> str | None:
    word = _low(mark)
    if word in lex.past_markers:
        return PAST
    if word in lex.future_markers:
        return FUTURE
    return None


def _mod(lex: Lexicon, word: str | None) -> str | None:
    return lex.modifiers.get(re.sub(r"\s+", " ", _low(word))) if word else None


def _pod(lex: Lexicon, word: str | None) -> str | None:
    return lex.parts_of_day.get(_low(word)) if word else None


def _with_pod(day: dt.date, pod: str | None) -> tuple[str, str]:
    return ("TIME", f"{day.isoformat()}T{pod}") if pod else ("DATE", day.isoformat())


def _year_of(raw: str, ctx: Context) -> int:
    digits = raw.strip("'\u2019")
    year = int(digits)
    return cal.expand_two_digit_year(year, ctx.ref.year) if len(digits) == 2 else year


def _day_number(raw: str) -> int:
    digits = re.match(r"\d+", raw)
    return int(digits.group()) if digits else 1  # "1er", "premier"


def _direction(ctx: Context, m: re.Match[str]) -> str | None:
    marked = _mark_direction(ctx.lex, _g(m, "mark"))
    if marked:
        return marked
    pre = re.sub(r"\s+", " ", _low(_g(m, "pre")))
    # "depuis mardi", "les élections de dimanche" look back; "jusqu'au 30 juin", "à partir de lundi" ahead.
    if pre in ("depuis", "depuis le", "since", "de", "d'"):
        return PAST
    if pre in ("jusqu'à", "jusqu'au", "jusqu'en", "until", "d'ici", "à partir de", "à partir du", "avant le"):
        return FUTURE
    found = ctx.tense(m.start("t"), m.end("t"))
    return found if found in (PAST, FUTURE) else None


def weekday_date(ctx: Context, m: re.Match[str], group: str = "wd") -> dt.date:
    weekday = ctx.lex.weekdays[_low(m.group(group))]
    marked = _mark_direction(ctx.lex, _g(m, "mark")) or _mark_direction(ctx.lex, _g(m, "mark2"))
    if _g(m, "same") and ctx.focus and ctx.focus.isoweekday() == weekday:
        return ctx.focus  # "ce même lundi": the Monday just mentioned
    if marked:
        return cal.weekday_near(ctx.ref, weekday, marked, strict=True)
    direction = _direction(ctx, m) or ctx.lex.weekday_default
    return cal.weekday_near(ctx.ref, weekday, direction)


# --- handlers -------------------------------------------------------------------------------


def h_iso(ctx: Context, m: re.Match[str]) -> Resolved | None:
    year = _year_of(m.group("y"), ctx)
    day = cal.valid_day(year, int(m.group("m")), int(m.group("d")))
    return Resolved("DATE", day.isoformat(), anchored=False, day=day) if day else None


def h_date(ctx: Context, m: re.Match[str]) -> Resolved | None:
    lex = ctx.lex
    month = lex.month(m.group("mon"))
    if month is None:
        return None
    number = _day_number(m.group("d"))
    explicit = _g(m, "y")
    if explicit:
        year = _year_of(explicit, ctx)
    else:
        year = _year_with_weekday(ctx, m, month, number)
    day = cal.valid_day(year, month, number)
    if day is None:
        return None
    kind, value = _with_pod(day, _pod(lex, _g(m, "pod")))
    return Resolved(kind, value, mod=_mod(lex, _g(m, "mod")), anchored=not explicit, day=day)


def _year_with_weekday(ctx: Context, m: re.Match[str], month: int, number: int) -> int:
    """Year of a day-month without year: the weekday when given decides, else tense/nearest."""
    wd = _g(m, "wd")
    if wd:
        weekday = ctx.lex.weekdays[_low(wd)]
        for year in sorted((ctx.ref.year - 1, ctx.ref.year, ctx.ref.year + 1), key=lambda y: abs(y - ctx.ref.year)):
            day = cal.valid_day(year, month, number)
            if day and day.isoweekday() == weekday:
                return year
    return cal.day_month_year(ctx.ref, month, number, _direction(ctx, m))


def h_month_year(ctx: Context, m: re.Match[str]) -> Resolved | None:
    month = ctx.lex.month(m.group("mon"))
    if month is None:
        return None
    year = _year_of(m.group("y"), ctx)
    return Resolved("DATE", cal.fmt_month(year, month), mod=_mod(ctx.lex, _g(m, "mod")), anchored=False)


def h_month(ctx: Context, m: re.Match[str]) -> Resolved | None:
    month = ctx.lex.month(m.group("mon"))
    if month is None:
        return None
    year = None if _g(m, "mark") else ctx.sentence_year(m.start())
    year = year or cal.month_year(ctx.ref, month, _direction(ctx, m))
    return Resolved("DATE", cal.fmt_month(year, month), mod=_mod(ctx.lex, _g(m, "mod")))


def h_year(ctx: Context, m: re.Match[str]) -> Resolved | None:
    return Resolved("DATE", f"{int(m.group('y')):04d}", mod=_mod(ctx.lex, _g(m, "mod")), anchored=False)


def h_year2(ctx: Context, m: re.Match[str]) -> Resolved | None:
    return Resolved("DATE", f"{_year_of(m.group('y'), ctx):04d}", anchored=False)


def h_decade(ctx: Context, m: re.Match[str]) -> Resolved | None:
    raw = _low(m.group("dec"))
    if raw in ctx.lex.decade_words:
        year = 1900 + ctx.lex.decade_words[raw]
    elif len(raw) == 4:
        year = int(raw)
    else:
        year = cal.expand_two_digit_year(int(raw), ctx.ref.year)
    return Resolved("DATE", f"{year // 10:03d}X", mod=_mod(ctx.lex, _g(m, "mod")), anchored=False)


def h_century(ctx: Context, m: re.Match[str]) -> Resolved | None:
    raw = m.group("c").upper()
    if raw.isdigit():
        number = int(raw)
    else:
        values = [ROMAN[c] for c in raw]
        number = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return Resolved("DATE", f"{number - 1:02d}XX", mod=_mod(ctx.lex, _g(m, "mod")), anchored=False)


def _detached(ctx: Context, m: re.Match[str]) -> bool:
    """"Aujourd'hui, la ville a changé": a sentence adverb set off by a comma means "nowadays"."""
    rel = _low(re.sub(r"\s+", " ", m.group("rel")))
    if rel not in ctx.lex.raw.get("present_ref_when_detached", []) or _g(m, "pod") or _g(m, "wd"):
        return False
    before = ctx.text[: m.start("t")].rstrip()
    after = ctx.text[m.end("t") :].lstrip()
    return before.endswith(",") or after.startswith(",")


def h_rel_day(ctx: Context, m: re.Match[str]) -> Resolved | None:
    if _detached(ctx, m):
        return Resolved("DATE", "PRESENT_REF", anchored=False)
    day = ctx.ref + dt.timedelta(days=ctx.lex.relative_days[_low(re.sub(r"\s+", " ", m.group("rel")))])
    kind, value = _with_pod(day, _pod(ctx.lex, _g(m, "pod")))
    return Resolved(kind, value, mod=_mod(ctx.lex, _g(m, "mod")), day=day)


def h_rel_pod(ctx: Context, m: re.Match[str]) -> Resolved | None:
    offset, pod = ctx.lex.relative_day_pods[_low(re.sub(r"\s+", " ", m.group("relpod")))]
    day = ctx.ref + dt.timedelta(days=offset)
    return Resolved("TIME", f"{day.isoformat()}T{pod}", day=day)


def h_weekday(ctx: Context, m: re.Match[str]) -> Resolved | None:
    day = weekday_date(ctx, m)
    kind, value = _with_pod(day, _pod(ctx.lex, _g(m, "pod")))
    return Resolved(kind, value, mod=_mod(ctx.lex, _g(m, "mod")), day=day)


def h_night_of(ctx: Context, m: re.Match[str]) -> Resolved | None:
    day = weekday_date(ctx, m)
    return Resolved("TIME", f"{day.isoformat()}TNI", day=day)


def h_pod_this(ctx: Context, m: re.Match[str]) -> Resolved | None:
    return Resolved("TIME", f"{ctx.ref.isoformat()}T{_pod(ctx.lex, m.group('pod'))}", day=ctx.ref)


def h_pod_focus(ctx: Context, m: re.Match[str]) -> Resolved | None:
    day = ctx.focus_day()
    return Resolved("TIME", f"{day.isoformat()}T{_pod(ctx.lex, m.group('pod'))}", mod=_mod(ctx.lex, _g(m, "mod")), day=day)


def h_anaphora(ctx: Context, m: re.Match[str]) -> Resolved | None:
    offset = ctx.lex.anaphora[_low(re.sub(r"\s+", " ", m.group("ana")))]
    day = ctx.focus_day() + dt.timedelta(days=offset)
    kind, value = _with_pod(day, _pod(ctx.lex, _g(m, "pod")))
    return Resolved(kind, value, day=day)


def h_period_rel(ctx: Context, m: re.Match[str]) -> Resolved | None:
    unit = ctx.lex.relative_periods[_low(m.group("unit"))]
    marked = _mark_direction(ctx.lex, _g(m, "mark"))
    mod = _mod(ctx.lex, _g(m, "mod"))
    if not (marked or _g(m, "this") or mod):
        return None  # "la semaine" alone is no date
    delta = -1 if marked == PAST else 1 if marked == FUTURE else 0
    if unit == "WE" and not marked and ctx.ref.isoweekday() < 6 and ctx.tense(m.start("t"), m.end("t")) == PAST:
        delta = -1  # "ce week-end" in a past clause written on a weekday: the one just gone
    return Resolved("DATE", cal.shift_period(ctx.ref, unit, delta), mod=mod)


SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def h_season(ctx: Context, m: re.Match[str]) -> Resolved | None:
    code = ctx.lex.seasons[_low(m.group("season"))]
    if _g(m, "y"):
        return Resolved("DATE", f"{int(m.group('y')):04d}-{code}", anchored=False)
    det = _low(_g(m, "det"))
    # Seasons are long: the nearest one is a better guess than the clause's tense.
    direction = _mark_direction(ctx.lex, _g(m, "mark")) or _mark_direction(ctx.lex, det)
    year = cal.month_year(ctx.ref, SEASON_START[code], direction if direction in (PAST, FUTURE) else None)
    return Resolved("DATE", f"{year:04d}-{code}")


def _amount(ctx: Context, raw: str) -> str:
    number = ctx.lex.number(raw)
    if number is not None:
        return str(number)
    if re.fullmatch(r"\d+[.,]\d+", raw.strip()):
        return raw.strip().replace(",", ".")
    return "X"


def _duration_value(unit: str, amount: str) -> str:
    return f"PT{amount}{unit[1]}" if unit.startswith("T") else f"P{amount}{unit}"


def h_ago(ctx: Context, m: re.Match[str]) -> Resolved | None:
    unit = ctx.lex.units[_low(m.group("unit"))]
    amount = _amount(ctx, m.group("n"))
    sign = 1 if _g(m, "ahead") else -1
    if amount == "X" or "." in amount:
        return Resolved("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    value = cal.ago_value(ctx.ref, unit, int(amount), sign)
    return Resolved("DATE", value, day=cal.parse_day(value))


def h_duration(ctx: Context, m: re.Match[str]) -> Resolved | None:
    unit = ctx.lex.units[_low(m.group("unit"))]
    dmod = _g(m, "dmod")
    mod = ctx.lex.duration_modifiers.get(_low(re.sub(r"\s+", " ", dmod))) if dmod else None
    return Resolved("DURATION", _duration_value(unit, _amount(ctx, m.group("n"))), mod=mod, anchored=False)


def h_fixed_duration(ctx: Context, m: re.Match[str]) -> Resolved | None:
    return Resolved("DURATION", ctx.lex.fixed_durations[_low(re.sub(r"\s+", " ", m.group("fixed")))], anchored=False)


def h_set(ctx: Context, m: re.Match[str]) -> Resolved | None:
    if _g(m, "wd"):
        return Resolved("SET", f"XXXX-WXX-{ctx.lex.weekdays[_low(m.group('wd'))]}", anchored=False)
    return Resolved("SET", ctx.lex.set_units[_low(m.group("unit"))], anchored=False)


def h_vague(ctx: Context, m: re.Match[str]) -> Resolved | None:
    value = ctx.lex.vague[_low(re.sub(r"\s+", " ", m.group("vague")))]
    return Resolved("TIME" if value.startswith("T") else "DATE", value, anchored=False)


def clock_value(ctx: Context, m: re.Match[str], day: dt.date) -> Resolved:
    """A clock time on `day` (the day in focus, or a day named right after: "4 h mardi")."""
    if _g(m, "noon"):
        hm = ctx.lex.noon[_low(m.group("noon"))]
    else:
        hour, minute = int(m.group("h")), int(_g(m, "mi") or 0)
        unit = _low(_g(m, "u"))
        if unit.startswith("p") and hour < 12:
            hour += 12
        elif unit.startswith("a") and hour == 12:
            hour = 0
        hm = f"{hour:02d}:{minute:02d}"
    mod = "APPROX" if _g(m, "approx") else None
    return Resolved("TIME", f"{day.isoformat()}T{hm}", mod=mod, day=day)


def clock_is_duration(ctx: Context, m: re.Match[str]) -> bool:
    """French "heures" without a clock cue ("pendant 24 heures", "3 heures de débat") is a duration."""
    if _g(m, "approx") or _g(m, "mi"):
        return False
    before = re.search(r"([\w']+)\s*$", ctx.text[max(0, m.start("t") - 30) : m.start("t")].replace("\u2019", "'"))
    pre = _low(before.group(1)) if before else ""
    unit = _low(_g(m, "u"))
    if pre in ctx.lex.duration_modifiers or pre in ("pendant", "durant", "en", "dernières", "derniers", "les", "des", "de"):
        return pre != "de" or unit.startswith("heure")
    if unit.startswith("heure"):
        return pre not in ctx.lex.clock_prepositions
    return False


HANDLERS: dict[str, Callable[[Context, re.Match[str]], Resolved | None]] = {
    "iso": h_iso,
    "numeric": h_iso,
    "numeric_us": h_iso,
    "date": h_date,
    "day_coord": h_date,
    "month_year": h_month_year,
    "month": h_month,
    "year": h_year,
    "year2": h_year2,
    "decade": h_decade,
    "century": h_century,
    "rel_day": h_rel_day,
    "rel_pod": h_rel_pod,
    "weekday": h_weekday,
    "night_of": h_night_of,
    "pod_this": h_pod_this,
    "pod_def": h_pod_focus,
    "pod_mod": h_pod_focus,
    "anaphora": h_anaphora,
    "period_rel": h_period_rel,
    "season": h_season,
    "ago": h_ago,
    "ahead": h_ago,
    "duration": h_duration,
    "fixed_duration": h_fixed_duration,
    "set": h_set,
    "vague": h_vague,
}

"""Calendar arithmetic for TIMEX3 values: day shifts, weekday direction, weeks, months, years."""

from __future__ import annotations

import datetime as dt

PAST = "past"
FUTURE = "future"
PRESENT = "present"


def parse_day(value: str | None) -> dt.date | None:
    """The day of a TIMEX3 value that has one ("2015-11-17", "2015-11-17TEV"), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def fmt_day(day: dt.date) -> str:
    return day.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_week(day: dt.date) -> str:
    iso = day.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday_near(ref: dt.date, weekday: int, direction: str, strict: bool = False) -> dt.date:
    """The date with ISO `weekday` (1 = Monday) next to `ref`.

    past: the last such day on or before ref; future: the next on or after ref. `strict` (from
    "dernier"/"prochain") excludes ref itself: "vendredi prochain" written on a Friday is a week on.
    """
    delta = weekday - ref.isoweekday()
    if direction == FUTURE:
        delta %= 7
        if strict and delta == 0:
            delta = 7
    else:
        delta = -((-delta) % 7)
        if strict and delta == 0:
            delta = -7
    return ref + dt.timedelta(days=delta)


def month_year(ref: dt.date, month: int, direction: str | None) -> int:
    """Year of a month named without one.

    past → the last such month not after ref's month; future → the next one not before it;
    unknown → the nearest (within six months either way), which is what news usually means.
    """
    if direction == PAST:
        return ref.year if month <= ref.month else ref.year - 1
    if direction == FUTURE:
        return ref.year if month >= ref.month else ref.year + 1
    diff = month - ref.month
    if diff > 6:
        return ref.year - 1
    if diff < -6:
        return ref.year + 1
    return ref.year


def day_month_year(ref: dt.date, month: int, day: int, direction: str | None) -> int:
    """Year of "le 17 novembre": like month_year but at day granularity."""
    try:
        same = dt.date(ref.year, month, min(day, 28) if month == 2 and day == 29 else day)
    except ValueError:
        return ref.year
    if direction == PAST:
        return ref.year if same <= ref else ref.year - 1
    if direction == FUTURE:
        return ref.year if same >= ref else ref.year + 1
    gap = (same - ref).days
    if gap > 183:
        return ref.year - 1
    if gap < -183:
        return ref.year + 1
    return ref.year


def valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def expand_two_digit_year(yy: int, ref_year: int) -> int:
    """'98 → 1998, '05 → 2005: the century that puts the year closest to (not far after) ref."""
    century = ref_year // 100 * 100
    year = century + yy
    if year > ref_year + 20:
        year -= 100
    return year


def shift_period(ref: dt.date, unit: str, delta: int) -> str:
    """TIMEX3 value of the period `delta` units away from ref's (unit: D, W, WE, M, Y, Q, CE)."""
    if unit == "D":
        return fmt_day(ref + dt.timedelta(days=delta))
    if unit in ("W", "WE"):
        week = fmt_week(ref + dt.timedelta(weeks=delta))
        return week + "-WE" if unit == "WE" else week
    if unit == "M":
        y, m = shift_months(ref.year, ref.month, delta)
        return fmt_month(y, m)
    if unit == "Q":
        y, m = shift_months(ref.year, ref.month, 3 * delta)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "CE":
        return f"{ref.year // 100 + delta:02d}"
    return f"{ref.year + delta:04d}"


def ago_value(ref: dt.date, unit: str, n: int, sign: int) -> str:
    """"il y a trois jours" / "dans deux ans": the point n units back (sign -1) or ahead (+1)."""
    if unit == "D":
        return fmt_day(ref + dt.timedelta(days=sign * n))
    if unit == "W":
        return fmt_day(ref + dt.timedelta(weeks=sign * n))
    if unit == "M":
        y, m = shift_months(ref.year, ref.month, sign * n)
        return fmt_month(y, m)
    if unit == "Y":
        return f"{ref.year + sign * n:04d}"
    if unit == "DE":
        return f"{(ref.year + sign * 10 * n) // 10:03d}X"
    if unit == "CE":
        return f"{(ref.year + sign * 100 * n) // 100:02d}XX"
    return fmt_day(ref)  # clock units: the same day is the best day-level answer

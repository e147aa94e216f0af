"""The day a wire report was written, from its dateline ("DAMAS, 7 avril (Xinhua) --",
"BEIJING, June 28 (Xinhua) --"): the report's own "today", which may be the day before the page's
publication date. Relative days ("hier", "vendredi") and undated acts are read against it."""

from __future__ import annotations

import datetime as dt
import re

from foedus.time.lexicon import load_lexicon

# a place in capitals or title case (optionally a country after a comma), then the day and month in
# either order, an optional year, an optional agency in brackets, and the dash that ends a dateline
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZÀ-Ý][\w'’ ./-]{1,40}?)(?:,[ \t]*[A-ZÀ-Ý][\w'’ .-]{1,30}?)?"
    r"(?:[ \t]*(?P<a1>\([^()\n]{2,40}\)))?,?[ \t]+(?:le[ \t]+)?"
    r"(?:(?P<d1>1er|\d{1,2})[ \t]+(?P<m1>[^\W\d_]{3,10}\.?)|(?P<m2>[^\W\d_]{3,10}\.?)[ \t]+(?P<d2>\d{1,2}))"
    r"(?:,?[ \t]+(?P<y>\d{4}))?[ \t]*(?P<a2>\([^()\n]{2,40}\))?[ \t]*(?:[-–—]{1,2})[ \t]",
    re.MULTILINE,
)
MAX_DAYS_BEFORE = 3  # a dateline more days before publication is an old report's: not the article's today
OPENING_LINES = 4  # a dateline opens the body: the title and a standfirst may come before it


def dateline_day(text: str, published: str | None, lang: str) -> dt.date | None:
    """The dateline's day, when one of the first lines opens with a dateline whose day lies 0–3 days
    before `published` (its year from the dateline, else from `published`)."""
    try:
        lex = load_lexicon(lang)
        ref = dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None
    if ref is None:
        return None
    opening = "\n".join(line for line in text.splitlines()[:OPENING_LINES * 2] if line.strip())
    for m in DATELINE.finditer(opening):
        if not (m["a1"] or m["a2"] or _capitals(m["place"])):
            continue  # ("Le 7 avril - …" opens a sentence, not a dateline)
        day_text, month_text = (m["d1"], m["m1"]) if m["d1"] else (m["d2"], m["m2"])
        month = lex.month(month_text)
        if month is None:
            continue
        day = 1 if day_text == "1er" else int(day_text)
        for year in ([int(m["y"])] if m["y"] else [ref.year, ref.year - 1]):
            try:
                found = dt.date(year, month, day)
            except ValueError:
                continue
            if 0 <= (ref - found).days <= MAX_DAYS_BEFORE:
                return found
    return None


def _capitals(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def lead_day(first_sentence: tuple[int, int], days: list[tuple[int, dt.date]], today: str | None) -> dt.date | None:
    """The news day the lead tells ("Le président a rencontré mardi son homologue…" on a page of
    Wednesday): the latest day the first sentence names up to `today`, when it lies 1–3 days
    before `today`. The body's acts that name no day of their own happened then, not on the
    publication day; a lead that also names the publication day ("… tués dimanche, a annoncé lundi
    le ministère") tells of that day. `days` are (character offset, day) of the article's time
    expressions."""
    if not today:
        return None
    ref = dt.date.fromisoformat(today[:10])
    start, end = first_sentence
    latest = max((day for at, day in days if start <= at < end and day <= ref), default=None)
    return latest if latest is not None and 1 <= (ref - latest).days <= MAX_DAYS_BEFORE else None

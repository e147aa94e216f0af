"""Find temporal expressions in raw text and normalise them (TIMEX3-like values).

Three steps: every rule of the language's grammar proposes candidates; overlapping candidates
are settled longest-first (a full "samedi 29 mai 1999" beats its parts); the survivors are
resolved left to right so that each sees the day in focus (the last day named before it, else
the publication date) — that is what "le lendemain", "la nuit" and clock times hang on.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from foedus.records import TimeExpr
from foedus.time.grammar import Rule, compiled_rules
from foedus.time.lexicon import Lexicon, load_lexicon
from foedus.time.resolve import HANDLERS, Context, Resolved, clock_is_duration, clock_value
from foedus.time.tense import SENTENCE_END

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Stands in for a missing publication date; anchored values computed from it are masked with X.
PLACEHOLDER_REF = dt.date(2000, 1, 3)
CLOCK_RULES = ("clock", "noon")
# Rules whose value names a single calendar day (they move the focus).
DAY_RULES = frozenset({"iso", "numeric", "numeric_us", "date", "day_coord", "rel_day", "rel_pod", "weekday",
                       "night_of", "pod_this", "anaphora", "ago"})
EXPLICIT_YEAR_RULES = frozenset({"iso", "numeric", "numeric_us", "date", "month_year", "year", "year2"})
# A day named right before a clock time ("samedi 24 juillet à 15 h 45") is its day.
CLOCK_LOOKBEHIND = 6
# A day named this close after a clock time is the clock's day ("4 h mardi", "vers 15 h 30, hier").
CLOCK_LOOKAHEAD = 20


@dataclass
class Candidate:
    rule: Rule
    match: re.Match[str]
    start: int
    end: int


def _span(m: re.Match[str]) -> tuple[int, int]:
    start, end = (m.span("t") if "t" in m.re.groupindex and m.group("t") is not None else m.span())
    text = m.string
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _plausible(cand: Candidate, lex: Lexicon, ref: dt.date) -> bool:
    """Static filters for readings that are usually not times (the planet Mars, "2000 euros")."""
    m, name = cand.match, cand.rule.name
    groups = m.groupdict()
    cue = any(groups.get(k) for k in ("pre", "mod", "mark", "this"))
    if name == "month":
        word = m.group("mon")
        folded = word.lower()
        if lex.lang == "en" and word[0].islower():
            return False  # English months are capitalised; "may", "march" are words
        if folded in lex.ambiguous_months and not cue and (lex.lang == "en" or word[0].isupper()):
            return False
    if name == "year":
        y_start = m.start("y")
        if y_start > 0 and (m.string[y_start - 1].isalnum() or m.string[y_start - 1] in "°#"):
            return False
        following = re.match(r"\s*([^\W\d_]+|[€$%])", m.string[m.end("y") :])
        if following and following.group(1).lower() in lex.quantity_nouns:
            return False
        year = int(m.group("y"))
        if not cue and not (1900 <= year <= ref.year + 30):
            return False
    if name == "period_rel" and not (groups.get("mark") or groups.get("this") or groups.get("mod")):
        return False
    return True


def _candidates(text: str, lang: str, lex: Lexicon, ref: dt.date) -> list[Candidate]:
    found: list[Candidate] = []
    lowered = text.lower()
    lowered = lowered if len(lowered) == len(text) else None  # ("İ" lower-cases to two characters)
    for rule in compiled_rules(lang):
        for m in rule.finditer(text, lowered):
            start, end = _span(m)
            if end > start:
                found.append(Candidate(rule, m, start, end))
    # Longest first, then the grammar's order; keep those that overlap nothing already kept.
    found.sort(key=lambda c: (-(c.end - c.start), c.rule.priority, c.start))
    kept: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for cand in found:
        if any(cand.start < e and s < cand.end for s, e in taken):
            continue
        if not _plausible(cand, lex, ref):
            continue
        kept.append(cand)
        taken.append((cand.start, cand.end))
    kept.sort(key=lambda c: c.start)
    return kept


def _clock_day(text: str, cand: Candidate, resolved: list[tuple[Candidate, Resolved]],
               focus_starts: list[int], focus_days: list[dt.date], ref: dt.date) -> dt.date:
    for other, res in reversed(resolved):
        if other.end <= cand.start:
            if res.day and other.rule.name in DAY_RULES and cand.start - other.end <= CLOCK_LOOKBEHIND:
                return res.day
            break
    for other, res in resolved:
        if other.start >= cand.end and res.day and other.rule.name in DAY_RULES:
            gap = text[cand.end : other.start]
            if other.start - cand.end <= CLOCK_LOOKAHEAD and not SENTENCE_END.search(gap):
                return res.day
            break
    i = bisect.bisect_right(focus_starts, cand.start)
    return focus_days[i - 1] if i else ref


def _mask(value: str) -> str:
    """Hide the digits that came from the placeholder reference date."""
    head, sep, tail = value.partition("T")
    return re.sub(r"\d", "X", head) + sep + tail


def extract_timexes(text: str, published: str | None, lang: str = "fr", doc: "Doc | None" = None) -> list[TimeExpr]:
    """Temporal expressions of `text` with TIMEX3-like values resolved against `published`.

    Offsets index `text`. Without a publication date, values that depend on it keep X in
    place of the digits ("hier soir" → XXXX-XX-XXTEV). With a spaCy `doc` of the same text,
    the governing verb's tense decides the direction of bare weekdays and months.
    """
    try:
        lex = load_lexicon(lang)
    except ValueError:
        return []  # no time lexicon for this language yet: events fall back to the publication date
    ref: dt.date | None = None
    if published:
        try:
            ref = dt.date.fromisoformat(published[:10])
        except ValueError:
            ref = None
    ctx = Context(text=text, ref=ref or PLACEHOLDER_REF, lex=lex, doc=doc)
    cands = _candidates(text, lang, lex, ctx.ref)

    resolved: list[tuple[Candidate, Resolved]] = []
    focus_starts: list[int] = []
    focus_days: list[dt.date] = []
    for cand in cands:
        if cand.rule.name in CLOCK_RULES:
            continue
        res = HANDLERS[cand.rule.name](ctx, cand.match)
        if res is None:
            continue
        resolved.append((cand, res))
        if res.day and cand.rule.name in DAY_RULES | {"pod_def", "pod_mod"}:
            ctx.focus = res.day
            focus_starts.append(cand.start)
            focus_days.append(res.day)
        if cand.rule.name in EXPLICIT_YEAR_RULES and not res.anchored:
            ctx.years.append((cand.start, int(res.value[:4])))

    out: list[tuple[Candidate, Resolved]] = list(resolved)
    for cand in cands:
        if cand.rule.name not in CLOCK_RULES:
            continue
        m = cand.match
        if cand.rule.name == "clock" and clock_is_duration(ctx, m):
            minutes = m.group("mi")
            value = f"PT{int(m.group('h'))}H" + (f"{int(minutes)}M" if minutes else "")
            out.append((cand, Resolved("DURATION", value, anchored=False)))
            continue
        out.append((cand, clock_value(ctx, m, _clock_day(text, cand, resolved, focus_starts, focus_days, ctx.ref))))

    out.sort(key=lambda pair: pair[0].start)
    timexes = []
    for cand, res in out:
        value = res.value if ref is not None or not res.anchored else _mask(res.value)
        timexes.append(
            TimeExpr(
                start=cand.start,
                end=cand.end,
                text=text[cand.start : cand.end],
                type=res.type,
                value=value,
                mod=res.mod,
                anchored=res.anchored,
                rule=f"time.{cand.rule.name}",
            )
        )
    return timexes

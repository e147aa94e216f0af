"""The date of an event: the day named in its own sentence, else the publication date."""

from __future__ import annotations

import datetime as dt
import re

from typing import TYPE_CHECKING

from foedus.records import TimeExpr
from foedus.time.calendar import parse_day

if TYPE_CHECKING:
    from spacy.tokens import Doc

# clauses that describe a noun ("l'opération Sentinelle, mise en place après les attentats de janvier
# 2015", "the law, passed in 2012,"): their dates are the noun's, not the sentence's act's
NOUN_CLAUSE_DEPS = {"acl", "acl:relcl", "relcl"}

_MONTH_LEN = 7  # "2015-11"
_YEAR_LEN = 4


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def _period(value: str) -> tuple[str, str] | None:
    """("2015-11", "month") / ("2014", "year") for month and year values, else None."""
    if len(value) == _MONTH_LEN and value[:4].isdigit() and value[4] == "-" and value[5:].isdigit():
        return value, "month"
    if len(value) == _YEAR_LEN and value.isdigit():
        return value, "year"
    return None


def event_date_for(
    span_start: int,
    span_end: int,
    sentence_start: int,
    sentence_end: int,
    timexes: list[TimeExpr],
    published: str | None,
) -> tuple[str | None, str]:
    """(YYYY-MM-DD or None, precision) for an event spanning [span_start, span_end).

    The nearest DATE/TIME with a day inside the event's sentence wins ("day"). Failing that, a
    month or year named in the sentence gives its first day ("month"/"year") unless it contains
    the publication date, in which case the publication date is the sharper answer, or starts after it. Otherwise
    the publication date with precision "publication" (None when there is none).
    """
    in_sentence = [
        t for t in timexes
        if t.type in ("DATE", "TIME") and sentence_start <= t.start and t.end <= sentence_end
    ]
    days = [(t, parse_day(t.value)) for t in in_sentence]
    dated = [(t, d) for t, d in days if d is not None]
    if dated:
        best, day = min(dated, key=lambda p: (_distance(span_start, span_end, p[0].start, p[0].end), p[0].start))
        assert day is not None
        return day.isoformat(), "day"
    periods = [(t, _period(t.value)) for t in in_sentence]
    periods_found = [(t, p) for t, p in periods if p is not None]
    if periods_found:
        _, (value, precision) = min(
            periods_found, key=lambda p: _distance(span_start, span_end, p[0].start, p[0].end)
        )
        first = dt.date(int(value[:4]), int(value[5:7]) if precision == "month" else 1, 1)
        # a period that starts after publication ("ahead of the anniversary next year, they agreed")
        # cannot date an act already reported: the publication date is the better answer
        if not (published and (published.startswith(value) or first.isoformat() > published[:10])):
            return first.isoformat(), precision
    return (published[:10] if published else None), "publication"


def in_other_clause(doc: "Doc", timex: TimeExpr, trigger_char: int) -> bool:
    """The time expression sits in a clause describing a noun that does not hold the trigger."""
    at = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    trig = doc.char_span(trigger_char, trigger_char + 1, alignment_mode="expand")
    if at is None or trig is None or not len(at) or not len(trig):
        return False
    tok, target = at.root, trig[0]
    if target.i < tok.i and any(
            doc[i].text == "," and doc[i + 1].dep_ in NOUN_CLAUSE_DEPS
            for i in range(target.i + 1, tok.i - 1)):
        return True  # "… abattu par les militaires de l'opération Sentinelle, mise en place après … 2015"
    for node in (tok, *tok.ancestors):
        # (a past participle set off by a comma describes a noun too, wherever the parser hung it:
        # "les Forces armées, dirigées par le général X, chef de la junte … depuis 2021")
        past_participle = "Part" in node.morph.get("VerbForm") and "Past" in node.morph.get("Tense")
        fronted = past_participle and _fronted(node)
        detached = past_participle and node.dep_ == "advcl" and node.i > 0 and doc[node.i - 1].text == ","
        if node.dep_ in NOUN_CLAUSE_DEPS or detached or fronted:
            # (unless it describes the trigger itself: "un accord signé dimanche" dates the accord; a
            # fronted participle hung on the act's verb describes its subject when its date is a month
            # or a year — "Élu en mars, le président a rencontré …" — not when it is a day: "Arrivé
            # lundi à Moscou, il a rencontré …" may be that day)
            inside = node.left_edge.i <= target.i <= node.right_edge.i
            background = fronted and len(timex.value) < len("2024-03-01")
            return not inside and (node.head.i != target.i or background)
    return False


def _fronted(node) -> bool:
    """A participle clause that opens its sentence and ends at a comma ("Élu en mars dès le premier
    tour, le nouveau chef de l'Etat a rencontré …"): it describes the subject, its date is not the act's."""
    doc, end = node.doc, node.right_edge.i + 1
    return node.left_edge.i == node.sent.start and end < len(doc) and doc[end].text == "," and node.head.i > end


_ANCHOR = re.compile(r"^\s*(après|avant|after|before)\s+(?:l['’]|les?\s+|la\s+|the\s+)?$", re.IGNORECASE)
_DAYS = re.compile(r"^P(\d+)([DW])$")


def anchored_offset(text: str, timexes: list[TimeExpr], trigger_start: int, sentence_start: int) -> int | None:
    """Days to add to the sentence's date for an act named right after "N jours après" / "N days
    before" ("Le 10 septembre, … cinq jours après le putsch": the putsch is five days earlier)."""
    for t in timexes:
        m = _DAYS.match(t.value) if t.type == "DURATION" and sentence_start <= t.start < trigger_start else None
        anchor = _ANCHOR.match(text[t.end:trigger_start]) if m else None
        if m and anchor:
            days = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
            return -days if anchor.group(1).lower() in {"après", "after"} else days
    return None

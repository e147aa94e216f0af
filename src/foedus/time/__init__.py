"""Temporal expressions: extraction, TIMEX3-like normalisation, event dates (see DESIGN.md)."""

from foedus.time.event_date import event_date_for
from foedus.time.extract import extract_timexes

__all__ = ["extract_timexes", "event_date_for"]

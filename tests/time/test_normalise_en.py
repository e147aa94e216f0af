"""English expressions: same resolver, English grammar and lexicon."""

from __future__ import annotations

import pytest

from foedus.records import TimeExpr
from foedus.time import extract_timexes

PUBLISHED = "2004-11-13"  # a Saturday


def by_text(timexes: list[TimeExpr]) -> dict[str, TimeExpr]:
    return {t.text.lower(): t for t in timexes}


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The president arrived yesterday.", "yesterday", "2004-11-12"),
        ("The two leaders met on Thursday in Brasilia.", "thursday", "2004-11-11"),
        ("Talks will resume on Tuesday.", "tuesday", "2004-11-16"),
        ("The deal was signed on November 17, 2003.", "november 17, 2003", "2003-11-17"),
        ("The summit is scheduled for Nov. 29, 2004.", "nov. 29, 2004", "2004-11-29"),
        ("Prices rose last week.", "last week", "2004-W45"),
        ("Elections were held in March 2002.", "march 2002", "2002-03"),
        ("Protesters gathered Thursday night.", "thursday night", "2004-11-11TNI"),
        ("The minister spoke this morning.", "this morning", "2004-11-13TMO"),
        ("Two days ago, rebels attacked the town.", "two days ago", "2004-11-11"),
        ("The economy grew last year.", "last year", "2003"),
        ("The war of the 1990s left scars.", "the 1990s", "199X"),
    ],
)
def test_english_values(sentence: str, span: str, value: str) -> None:
    found = by_text(extract_timexes(sentence, PUBLISHED, "en"))
    assert span in found, list(found)
    assert found[span].value == value


def test_english_anaphora_and_clock() -> None:
    text = "The accord was signed on November 2. The next day, at 3 p.m., troops withdrew."
    found = by_text(extract_timexes(text, PUBLISHED, "en"))
    assert found["the next day"].value == "2004-11-03"
    assert found["3 p.m."].value == "2004-11-03T15:00"


def test_modal_may_is_not_a_month() -> None:
    assert [t for t in extract_timexes("The talks may fail.", PUBLISHED, "en") if t.type == "DATE"] == []

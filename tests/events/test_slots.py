"""Argument slots read from the parse (events/slots.py) — on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, event", [
    ("Les frappes de l'aviation russe ont repris mardi sur Alep.", ("RUSMIL", "SYR", "195")),
    ("Les frappes israéliennes se sont intensifiées sur Gaza.", ("ISR", "PSE", "195")),
])
def test_an_act_going_on_takes_the_target_of_the_verb_it_is_subject_of(french_events, text, event):
    assert event in french_events(text, "2016-09-28")


def test_a_phrase_of_place_on_another_verb_is_no_target(french_events):
    events = french_events("Les frappes de l'aviation russe ont été dénoncées à Genève.", "2016-09-28")
    assert not any(code.startswith("19") and target.startswith("CHE") for _, target, code in events)

"""Verbs of verbal attack coded as criticism (111), written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("verb", ["a vilipendé", "a tancé", "a pourfendu", "a dénigré", "a admonesté"])
def test_french_verbs_of_verbal_attack_are_criticism(french_events, verb):
    text = f"La ministre des Affaires étrangères, Mélanie Joly, {verb} le président russe."
    assert ("CANGOV", "RUSGOV", "111") in french_events(text, "2022-02-28")


def test_excoriate_is_criticism(english_events):
    events = english_events("Germany's foreign minister excoriated the Russian government on Monday.")
    assert any(src.startswith("DEU") and tgt.startswith("RUS") and code == "111" for src, tgt, code in events)

"""Verbs of verbal attack coded as criticism (111), and verbs of undergoing an act whose subject is
no doer of it — on sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("verb", ["a vilipendé", "a tancé", "a pourfendu", "a dénigré", "a admonesté"])
def test_french_verbs_of_verbal_attack_are_criticism(french_events, verb):
    text = f"La ministre des Affaires étrangères, Mélanie Joly, {verb} le président russe."
    assert ("CANGOV", "RUSGOV", "111") in french_events(text, "2022-02-28")


def test_excoriate_is_criticism(english_events):
    events = english_events("Germany's foreign minister excoriated the Russian government on Monday.")
    assert any(src.startswith("DEU") and tgt.startswith("RUS") and code == "111" for src, tgt, code in events)


def test_who_suffers_an_attack_is_not_its_doer(english_events, french_events):
    events = english_events("Kenya has suffered horrific terrorist attacks emanating out of Somalia.", "2020-12-01")
    assert not any(src.startswith("KEN") and code.startswith("19") for src, _, code in events)
    # (a guard: the attack's own doer, named in its complement, stays its source)
    french = french_events("L'armée malienne a subi une attaque des rebelles touaregs.", "2023-09-13")
    assert any(src == "MLIREB" and tgt.startswith("MLI") and code.startswith("19") for src, tgt, code in french)

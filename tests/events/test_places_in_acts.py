"""Places in acts: a named place an attack hits stands for its country when no actor is named ("ont
bombardé Alep", "shelled Kharkiv"); a person "en visite à" / "on a visit to" a place is its visitor
whatever the sentence's main verb. Sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2024-03-14"


def test_planes_bombing_a_foreign_city_target_its_country(french_events):
    events = french_events("Des avions russes ont bombardé Alep mardi.")
    assert ("RUSMIL", "SYR", "195") in events


def test_an_army_shelling_a_foreign_city_targets_that_country(english_events):
    events = english_events("The Russian army shelled Kharkiv on Monday.")
    assert any(src == "RUSMIL" and tgt == "UKR" and code.startswith("19") for src, tgt, code in events)


def test_a_city_in_the_attackers_own_country_is_not_given_as_a_foreign_target(english_events):
    # (an army shelling a city of its own country: whom it hits, rebels or civilians, is not said)
    events = english_events("The Syrian army shelled Aleppo on Monday.")
    assert not any(src.startswith("SYR") and tgt == "SYR" for src, tgt, _ in events)


def test_a_person_on_a_visit_is_the_visitor_whatever_the_main_verb(french_events):
    text = ("Le président tchadien Idriss Déby a promis mercredi, lors d'une conférence de presse avec son homologue "
            "nigérien Mahamadou Issoufou, en visite à Ndjamena, d'anéantir les jihadistes de Boko Haram.")
    events = french_events(text, "2015-03-06")
    assert ("NERGOV", "TCDGOV", "042") in events and ("TCDGOV", "NERGOV", "043") in events
    assert ("TCDGOV", "NGAREB", "138") in events  # a promise to wipe out: a threat of force


def test_an_english_visitor_on_a_visit_to_a_capital(english_events):
    text = "Iranian Foreign Minister Mohammad Javad Zarif, on a visit to Moscow, said the deal was close."
    events = english_events(text, "2015-03-06")
    assert ("IRNGOV", "RUSGOV", "042") in events


def test_a_country_across_the_border_of_an_attack_is_not_its_target(french_events):
    text = ("Au moins 12 soldats burkinabè ont été tués et 8 blessés dimanche, lors d'une attaque de djihadistes "
            "présumés dans le nord-ouest du Burkina Faso, près de la frontière du Mali.")
    events = french_events(text, "2021-08-09")
    attacks = [(src, tgt) for src, tgt, code in events if code.startswith("19")]
    assert attacks and not any(tgt.startswith("MLI") for _, tgt in attacks)
    assert all(tgt.startswith("BFA") for _, tgt in attacks)

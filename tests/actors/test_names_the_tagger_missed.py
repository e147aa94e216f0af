"""A given name and surname the tagger missed after a long title is a person; a place named after
someone is not; a feminine title apposed after a name gives the person's gender
(actors/resolve.py, actors/name_forms.py)."""

from __future__ import annotations

from foedus.annotate import annotate_article
from foedus.records import Article


def _mentions(text: str, published: str = "2014-08-01"):
    return annotate_article(Article(id="t", text=text, language="fr", published=published)).mentions


def test_a_known_given_name_and_a_capitalised_word_are_a_person(mention_codes):
    text = ("La situation ne change rien, a indiqué le vice-ministre russe des Affaires étrangères Grigori "
            "Karassine lors d'un entretien avec l'ambassadeur.")
    assert "Grigori Karassine" in mention_codes(text, "fr", "2014-08-01")


def test_a_mosque_named_after_a_saint_is_no_person(mention_codes):
    text = "La porte sud de la mosquée Sidi Yeyia est fermée depuis plusieurs décennies."
    assert "Sidi Yeyia" not in mention_codes(text, "fr", "2012-07-02")


def test_a_feminine_title_after_a_name_makes_the_person_a_woman():
    text = ("Devant le ministère, Radia Nasraoui, avocate et militante des droits de l'Homme, était déjà "
            "présente.")
    person = next(m for m in _mentions(text, "2011-01-14") if m.text == "Radia Nasraoui")
    assert person.gender == "f"


def test_a_masculine_or_epicene_title_says_nothing_of_the_gender():
    text = "Devant le ministère, Radia Nasraoui, ministre de la Justice, était déjà présente."
    person = next(m for m in _mentions(text, "2011-01-14") if m.text == "Radia Nasraoui")
    assert person.gender is None

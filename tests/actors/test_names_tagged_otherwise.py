"""Names the parser's entities tag as a place or a body but that a role set off by a comma marks as
a person, and family names written first (actors/person_entities.py, actors/resolve.py) — on
sentences written for these tests after wire copy."""

from __future__ import annotations


def test_a_name_before_a_comma_and_a_role_is_a_person_and_its_family_name_takes_it_up(mention_codes):
    text = ("La Chine a appelé au dialogue, a déclaré mercredi Hong Lei, porte-parole du ministère chinois des "
            "Affaires étrangères. « Nous nous y opposons fermement », a déclaré M. Hong.")
    codes = mention_codes(text, "fr", "2013-06-05")
    assert "Hong Lei" in codes
    assert mention_codes(text, "fr", "2013-06-05", rule="surname").get("Hong") is not None


def test_a_name_after_an_office_and_a_comma_is_a_person(mention_codes):
    text = "L'escorte est tombée dans une embuscade, indique un communiqué du ministre de la Communication, Ousséni Tamboura."
    assert "Ousséni Tamboura" in mention_codes(text, "fr", "2021-08-09")


def test_a_portfolio_glued_to_a_name_is_cut_off_it(mention_codes):
    text = "Le commissaire européen au Commerce Karel de Gucht a annoncé mardi de nouveaux droits."
    assert "Karel de Gucht" in mention_codes(text, "fr", "2013-06-05")


def test_an_acronym_before_a_name_keeps_the_run_a_body(mention_codes):
    # (a guard: "à l'AFP Kyaw Zaw Oo, porte-parole" is a medium, then the person)
    text = "« Elle a été condamnée », a déclaré à l'AFP Kyaw Zaw Oo, porte-parole de la junte."
    assert "AFP Kyaw Zaw Oo" not in mention_codes(text, "fr", "2022-12-30")

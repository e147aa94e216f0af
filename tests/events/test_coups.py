"""Coups named by a noun ("le coup d'État", "le putsch") with no agent in the sentence: the military of
the country it happens in against that country's government (ANNOTATION.md: a coup is 180, the
held-out annotators' military → government convention) — on sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2023-08-30"


def test_a_coup_with_no_agent_is_the_countrys_military_against_its_government(french_events):
    events = french_events("La France condamne le coup d'État militaire qui est en cours au Gabon.")
    assert ("GABMIL", "GABGOV", "180") in events
    assert ("FRAGOV", "FRAGOV", "180") not in events and ("FRAMIL", "FRAGOV", "180") not in events


def test_coup_d_etat_written_without_the_accent(french_events):
    assert ("MLIMIL", "MLIGOV", "180") in french_events("Le coup d'Etat a eu lieu jeudi à Bamako.", "2012-03-23")


def test_a_coup_asked_about_in_a_question_is_no_event(french_events):
    # (a guard: ANNOTATION.md leaves questions out)
    text = "Le capitaine Sanogo est-il le nouvel homme fort du Mali après le coup d'Etat qui a eu lieu jeudi à Bamako ?"
    assert not any(code == "180" for _, _, code in french_events(text, "2012-03-23"))


def test_a_coup_named_in_passing_is_background_not_an_act_told(french_events):
    # read sets: coups named as a time mark or in a description were never coded by the annotators
    for text in ("Le plus lourd bilan depuis le coup d'État du premier février au Myanmar.",
                 "Les militaires auteurs d'un coup d'État au Niger ont annoncé jeudi soir la fin de la coopération.",
                 "La Cédéao a gelé les avoirs des responsables militaires impliqués dans le coup d'Etat au Niger."):
        assert not any(code == "180" for _, _, code in french_events(text)), text

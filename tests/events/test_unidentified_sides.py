"""Sides of an act: an actor whose country nothing in the article gives is no identified side (the
event keeps its evidence but is not scored as a dyad, ANNOTATION.md); a capital naming a convention
is no government; any diplomat summoned stands for the complaint to their country; an act ordered
with no one named as ordered is the act done; the one who responds to an act is not its doer.
Sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2018-04-26"


def test_a_speaker_of_no_known_country_gives_no_side(english_events):
    text = ('Foreign Office spokesperson Mohammad Faisal said India was violating the ceasefire agreement. '
            '"India should walk the talk and refrain from provocative statements," he said.')
    events = english_events(text)
    assert any(tgt == "IND" and code.startswith("11") for _, tgt, code in events)  # the criticism is kept
    assert not any((src or "").startswith("---") or (tgt or "").startswith("---") for src, tgt, _ in events)


def test_a_capital_in_the_name_of_a_convention_is_no_government(french_events):
    text = ("La Russie soutient que cela équivaut à une ingérence dans les affaires intérieures contraire à la "
            "Convention de Vienne de 1961.")
    assert not any(tgt.startswith("AUT") for _, tgt, _ in french_events(text, "2023-03-21"))


def test_summoning_any_diplomat_is_a_formal_complaint(french_events):
    events = french_events("La Russie a convoqué un haut diplomate canadien à Moscou.", "2023-03-21")
    assert ("RUS", "CANGOV", "114") in events


def test_an_act_ordered_with_no_one_named_is_the_act_done(french_events, english_events):
    events = french_events("Le Niger a ordonné l'expulsion de l'ambassadeur français.", "2023-08-25")
    assert ("NER", "FRAGOV", "174") in events and not any(code == "100" for _, _, code in events)
    events = english_events("President Obama ordered airstrikes against the Islamic State in Iraq.", "2014-08-08")
    assert ("USAGOV", "IMGMUSISI", "195") in events


def test_the_one_who_responds_to_an_act_is_not_its_doer(french_events):
    text = "Le Kremlin a prévenu que la Russie répondrait aux livraisons d'armes occidentales à l'Ukraine."
    assert not any(src.startswith("RUS") and code.startswith("07") for src, _, code in french_events(text, "2023-05-10"))

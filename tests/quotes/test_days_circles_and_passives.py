"""Speakers the parse hides behind a day word, an impersonal "on" in a leader's circle, a title
whose holder was named right after its first wording, a placed agent that is no other body, and a
fragment in the clause of one who underwent the act — on sentences written for these tests."""

from __future__ import annotations


def test_a_name_hung_on_the_day_after_the_verb_is_the_speaker(quotes):
    text = ("La Chine a appelé au dialogue après que la Commission européenne eut décidé d'imposer des droits, "
            "a déclaré mercredi Hong Lei, porte-parole du ministère chinois des Affaires étrangères.")
    assert quotes.find(text, "La Chine a appelé", published="2013-06-05").speaker_text == "Hong Lei"


def test_on_in_a_leaders_circle_is_that_circle_not_the_day(quotes):
    text = ("\"Des insultes et des provocations d'Erdogan, on en a eu quasiment toutes les semaines cet été\", "
            "admettait-on samedi dans l'entourage du président Macron.")
    assert quotes.speaker(text, "Des insultes") == "l'entourage du président Macron"


def test_a_bare_title_far_on_is_the_person_named_after_its_full_wording(quotes):
    text = ("Une escorte est tombée dans une embuscade, indique un communiqué du ministre de la Communication, "
            "Ousséni Tamboura. L'embuscade a eu lieu près du village de Dounkoun, précise le communiqué. "
            "Sept soldats ont été retrouvés lundi. Les blessés ont été évacués. « Les opérations de ratissage "
            "sont en cours », selon le ministre, également porte-parole du gouvernement.")
    assert quotes.find(text, "Les opérations de ratissage", published="2021-08-09").speaker_text == "Ousséni Tamboura"


def test_an_agent_placed_by_its_adjective_is_no_other_sector_of_that_country(quotes):
    text = ("Les affrontements qui ont eu lieu mardi entre l'armée malienne et les rebelles touaregs du nord du "
            "pays ont fait des dizaines de morts, a indiqué l'état-major malien.")
    q = quotes.find(text, "Les affrontements", published="2023-09-13")
    assert q.speaker_text == "l'état-major malien"


def test_a_fragment_in_a_passive_clause_is_not_its_subjects_words(quotes):
    text = ("Les cinq Maliens qui avaient été pris en otage ont été libérés dans la matinée, \"dans le cadre d'une "
            "action des forces armées françaises conduite au nord de Tombouctou\".")
    assert quotes.find(text, "dans le cadre", published="2014-04-17").speaker_text != "Les cinq Maliens"


def test_an_infinitives_object_is_no_inverted_subject(quotes):
    text = ("En dépit d'incidents, Edouard Philippe a tenu à rendre \"hommage\" aux syndicats, notant que dans "
            "\"un très grand nombre de villes\", les manifestations \"se sont bien passées\".")
    assert quotes.find(text, "se sont bien", published="2019-12-06").speaker_text == "Édouard Philippe"


def test_the_president_elect_is_not_the_sitting_president_named_before(quotes):
    text = ("Les présidents ont félicité le président élu du Sénégal, Bassirou Diomaye Faye. Le président de "
            "Madagascar Andry Rajoelina a également félicité Bassirou Diomaye Faye. « Monsieur le président et "
            "cher frère, je vous adresse mes félicitations », a écrit Mamadi Doumbouya. Lundi soir, le président "
            "élu a assuré que le Sénégal se tiendra toujours debout.")
    q = quotes.first(text, "le Sénégal se tiendra", reported=True, published="2024-03-26")
    assert q is not None and q.speaker_text == "Bassirou Diomaye Faye"


def test_a_title_whose_name_follows_its_long_complement_is_taken_up_later(quotes):
    text = ("La voiture de l'ancien Premier ministre et leader du Parti de l'espoir pour le développement national "
            "(PEDN), Lansana Kouyaté, a été la cible de tirs. Il est monté avec Faya Millimono dans la voiture. "
            "L'ancien Premier ministre a confirmé que son véhicule a été atteint par des projectiles.")
    q = quotes.first(text, "son véhicule", reported=True, published="2012-08-27")
    assert q is not None and q.speaker_text != "Faya Millimono" and "Kouyat" in (q.speaker_text or "")

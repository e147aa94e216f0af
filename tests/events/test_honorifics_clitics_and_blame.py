"""Arguments the parse hides: a name headed by its honorific ("M. Macron"), an object clitic ("il l'a
accusée"), the object a day word swallowed ("ont lancé mercredi deux attaques"), a city apposed to a
place noun ("la capitale Bangui"), the owner a possessive names ("dénoncé leur « fuite en avant »"), and
the act an accusation blames, which names no party of the accusation — on sentences written for
these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2017-03-20"


@pytest.mark.parametrize("subject", ["M. Erdogan", "Mme Merkel"])
def test_a_name_headed_by_its_honorific_is_the_subject(french_events, subject):
    events = french_events(f"Recep Tayyip Erdogan et Angela Merkel se sont parlé. {subject} a critiqué la Russie.")
    country = "TUR" if subject.startswith("M.") else "DEU"
    assert any(src.startswith(country) and tgt == "RUS" and code == "111" for src, tgt, code in events)


def test_an_object_clitic_is_the_one_just_named_other_than_the_subject(french_events):
    events = french_events("Recep Tayyip Erdogan s'en est pris dimanche à Angela Merkel. "
                           "Il l'a accusée de « pratiques nazies ».")
    assert ("TURGOV", "DEUGOV", "112") in events
    # (a guard: the clitic is never the clause's own subject)
    assert not any(src[:3] == tgt[:3] for src, tgt, _ in events)


def test_the_act_an_accusation_blames_names_no_party_of_the_accusation(french_events):
    events = french_events("Kinshasa accuse depuis des mois Kigali de soutenir le M23.", "2022-10-30")
    assert not any(tgt.startswith("COD") and code.startswith("11") for _, tgt, code in events)


def test_europe_acting_is_the_europeans(french_events):
    events = french_events("Le président turc a lancé un appel, accusant l'Europe de soutenir des groupes terroristes.")
    assert ("TURGOV", "EUR", "112") in events


def test_an_object_hung_on_the_day_word_keeps_the_clause_subject_as_its_doer(french_events):
    events = french_events("Les groupes rebelles centrafricains ont lancé mercredi deux attaques contre "
                           "la capitale Bangui.", "2021-01-13")
    assert any(src == "CAFREB" and tgt.startswith("CAF") and code.startswith("19") for src, tgt, code in events)


def test_an_international_body_the_phoenix_lists_name_only_in_english(french_events):
    events = french_events("Le ministre grec des Finances Yanis Varoufakis a rencontré le secrétaire général "
                           "de l'OCDE Angel Gurria à Paris.", "2015-06-20")
    assert any(src == "GRCGOV" and tgt.startswith("IGO") and code.startswith("04") for src, tgt, code in events)


def test_a_possessive_on_a_criticised_thing_names_its_owner(french_events):
    events = french_events("La junte malienne a expulsé des diplomates. Paris a jugé « illégitimes » les autorités "
                           "maliennes et dénoncé leur « fuite en avant ».")
    assert ("FRAGOV", "MLIGOV", "111") in events

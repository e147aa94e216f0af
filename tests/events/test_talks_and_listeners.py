"""Talks and listeners: a speech act is aimed at the one spoken to, a truce or talks the words only
mention are not made with the listener, whoever acts after a talk with X had that talk, "ce
dernier" acts as the one named last, a truce the callers "call upon" others to agree to is not
theirs, a phone call whose participle the tagger calls a noun is still a call, leaders who "sont
convenus de se rencontrer" intend to meet, and so does one who "doit rencontrer" someone on a day
after the article's — on sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2024-05-01"


def test_a_truce_mentioned_to_a_listener_is_not_made_with_the_listener(english_events):
    events = english_events('Speaking earlier with Israeli President Isaac Herzog, Antony Blinken said the United '
                            'States was "determined to get a ceasefire that brings the hostages home".')
    assert not any(code.startswith("08") and {s[:3], t[:3]} == {"USA", "ISR"} for s, t, code in events)


def test_talks_followed_from_afar_are_not_talks_with_the_listener(french_events):
    events = french_events("Le président turc Recep Tayyip Erdogan a téléphoné jeudi à Emmanuel Macron. Il a indiqué à "
                           "Emmanuel Macron qu'Ankara suivait de près les discussions en Alaska et à Washington.")
    assert not any(code.startswith("04") and code != "041" and {s[:3], t[:3]} == {"TUR", "FRA"} for s, t, code in events)


def test_a_condemnation_said_to_a_counterpart_is_aimed_at_him(french_events):
    events = french_events("« Nous condamnons fermement ces propos », a déclaré le président russe Vladimir Poutine à "
                           "son homologue français François Hollande.", published="2015-11-26")
    assert ("RUSGOV", "FRAGOV", "111") in events


def test_who_acts_after_a_talk_with_someone_had_that_talk(french_events):
    events = french_events("La présidente brésilienne Dilma Rousseff a annoncé qu'elle reportait sa visite. Après un "
                           "entretien téléphonique d'une vingtaine de minutes avec le président américain Barack Obama, "
                           "elle a pris sa décision.", published="2013-09-17")
    assert ("BRAGOV", "USAGOV", "041") in events and ("USAGOV", "BRAGOV", "041") in events


def test_ce_dernier_acts_as_the_one_named_last(french_events):
    events = french_events("Le roi Salmane a reçu le président turc Recep Tayyip Erdogan à Riyad. Ce dernier a "
                           "condamné Israël.", published="2017-06-06")
    assert ("TURGOV", "ISR", "111") in events and ("SAUGOV", "ISR", "111") not in events


def test_call_upon_is_an_appeal_and_the_truce_asked_for_is_not_the_callers(english_events):
    events = english_events("Saudi Arabia and the United States call upon the parties to agree to and effectively "
                            "implement a ceasefire.", published="2023-11-08")
    assert not any(code.startswith("08") for _, _, code in events)
    assert any(code.startswith("02") and s == "USA" and t == "RUS" for s, t, code in english_events(
        "The United States called upon Russia to withdraw its troops.", published="2023-11-08"))


def test_a_phone_call_whose_participle_the_tagger_calls_a_noun(french_events):
    events = french_events("Le président turc Recep Tayyip Erdogan a téléphoné lundi au roi Salmane.", published="2017-06-06")
    assert ("TURGOV", "SAUGOV", "041") in events and ("SAUGOV", "TURGOV", "041") in events


def test_agreeing_to_meet_is_an_intent_to_meet_not_an_expression_of_accord(french_events):
    events = french_events("Le président turc Recep Tayyip Erdogan s'est entretenu avec Emmanuel Macron. Les deux "
                           "dirigeants sont convenus de se rencontrer à New York.", published="2025-08-21")
    assert ("TURGOV", "FRAGOV", "036") in events and ("FRAGOV", "TURGOV", "036") in events
    assert not any(code.startswith("01") for _, _, code in events)


def test_talks_dated_after_publication_are_planned(french_events):
    events = french_events("Le ministre iranien des Affaires étrangères Mohammad Javad Zarif doit rencontrer ce samedi "
                           "le secrétaire d'État américain John Kerry à Genève.", published="2015-05-29")
    assert ("IRNGOV", "USAGOV", "036") in events and not any(code == "040" for _, _, code in events)
    events = french_events("Le ministre iranien des Affaires étrangères Mohammad Javad Zarif a rencontré samedi le "
                           "secrétaire d'État américain John Kerry à Genève.", published="2015-05-29")
    assert ("IRNGOV", "USAGOV", "040") in events


def test_an_agreement_the_tagger_reads_as_an_adjective_still_folds_the_act(french_events):
    events = french_events("Le président ivoirien Alassane Ouattara s'est entretenu avec François Hollande. Les deux "
                           "présidents sont convenus de se rencontrer dans les meilleurs délais.", published="2012-05-29")
    assert ("CIVGOV", "FRAGOV", "036") in events and ("FRAGOV", "CIVGOV", "036") in events

"""An act in a clause of time or cause is no complement of the verb it hangs on, and a bare name
opening the sentence is the subject the parser lost — on sentences written for these tests."""

from __future__ import annotations


def test_an_act_in_a_clause_of_time_is_not_folded_into_the_refusal(french_events):
    text = "Après que l'Algérie a abattu un drone de l'armée malienne, le Mali a rejeté cette version de l'histoire."
    events = french_events(text, "2025-04-07")
    assert ("DZA", "MLIMIL", "190") in events


def test_a_bare_capital_opening_the_sentence_is_the_subject(french_events):
    text = "Bamako, avec les autres pays membres de l'AES, ont condamné l'Algérie."
    events = french_events(text, "2025-04-07")
    assert ("MLIGOV", "DZA", "111") in events


def test_a_day_opening_the_sentence_is_no_subject(french_events):
    # (a guard: "Jeudi," is when, not who)
    text = "Jeudi, ont été tués trois soldats maliens près de la frontière algérienne."
    events = french_events(text, "2025-04-07")
    assert not any(src.startswith("MLI") and code.startswith("1") for src, _, code in events)


def test_a_participle_after_an_incise_is_the_speakers_act_against_the_neighbour(french_events):
    text = ("Le ministre algérien des Affaires étrangères, Ramtane Lamamra, a annoncé la rupture avec le Maroc. "
            "« Nos voisins mènent une guerre ignoble contre nous », a également fait savoir Ramtane Lamamra, "
            "accusant le pays voisin d'adopter un comportement hostile.")
    events = french_events(text, "2021-08-24")
    assert ("DZAGOV", "MAR", "112") in events


def test_the_neighbour_is_never_the_accusers_own_country(french_events):
    # (a guard: the last country named is the source's own; the one before it is the neighbour)
    text = ("Le Maroc a fermé sa frontière. Le président algérien Abdelmadjid Tebboune a parlé de l'Algérie "
            "et a accusé son voisin de mener une campagne hostile.")
    events = french_events(text, "2021-08-24")
    assert not any(code.startswith("11") and src[:3] == tgt[:3] for src, tgt, code in events)

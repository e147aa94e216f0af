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

"""Adjectives used as nouns with an article of their own are re-tagged NOUN after the parse
(language/nominal_adjectives.py); adjectives that modify a noun stay adjectives."""

from __future__ import annotations

from foedus.language.pipeline import load_nlp


def _pos(text: str, word: str) -> str:
    return next(t.pos_ for t in load_nlp("fr")(text) if t.text == word)


def test_an_adjective_heading_a_noun_phrase_is_a_noun():
    text = ("Après avoir donné le 14 juillet un ultimatum de 50 jours à son homologue russe pour mettre fin au "
            "conflit, le républicain avait annoncé lundi fixer une nouvelle date.")
    assert _pos(text, "républicain") == "NOUN"  # (the model tags it ADJ)


def test_an_adjective_modifying_a_noun_stays_an_adjective():
    assert _pos("Le sénateur républicain a répondu aux journalistes mardi.", "républicain") == "ADJ"

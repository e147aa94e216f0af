"""Compound nouns written with a space ("le porte parole") are one noun to the tagger, with the
hyphenated lemma — on sentences written for these tests."""

from __future__ import annotations

from foedus.language import load_nlp


def test_porte_parole_with_a_space_is_one_noun_with_the_hyphenated_lemma():
    doc = load_nlp("fr")("« Il y a eu très peu de combats », a déclaré le porte parole.")
    merged = [t for t in doc if t.lower_ == "porte parole"]
    assert len(merged) == 1
    assert merged[0].pos_ == "NOUN" and merged[0].lemma_ == "porte-parole"
    assert doc.text == "« Il y a eu très peu de combats », a déclaré le porte parole."  # the text is kept


def test_the_verb_porte_before_another_word_is_left_alone():
    # (a guard: only the listed pairs merge)
    doc = load_nlp("fr")("Il porte plainte contre le ministre.")
    assert any(t.text == "porte" for t in doc)

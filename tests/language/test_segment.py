"""Sentence-boundary hints set before the parser (language/segment.py): a dateline that opens a
paragraph ends before the report's first sentence. Texts written for the tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp_en():
    from foedus.language import load_nlp

    return load_nlp("en")


def test_a_dateline_is_not_part_of_the_first_sentence(nlp_en):
    doc = nlp_en("BAMAKO, Mali (AP) – West Africa’s regional bloc threatened Monday to re-impose sanctions on Mali.")
    first_after = next(t for t in doc if t.text == "West")
    assert first_after.is_sent_start
    verb = next(t for t in doc if t.text == "threatened")
    assert any(c.dep_ == "nsubj" and c.text == "bloc" for c in verb.children)


def test_an_upper_case_word_with_no_dash_after_it_is_no_dateline(nlp_en):
    doc = nlp_en("NATO leaders met in Brussels on Monday – and agreed to send more troops.")
    assert not next(t for t in doc if t.text == "and").is_sent_start


def test_a_dateline_with_a_date_and_an_agency(nlp_en):
    doc = nlp_en("BEIJING, June 28 (Xinhua) -- China urges the United States to act on its commitment.")
    assert next(t for t in doc if t.text == "China").is_sent_start


@pytest.fixture(scope="module")
def nlp_fr():
    from foedus.language import load_nlp

    return load_nlp("fr")


@pytest.mark.parametrize("text, first_word", [
    ("EREVAN/BAKOU, 18 octobre (Reuters) - L'Arménie et l'Azerbaïdjan se sont mutuellement accusés dimanche.", "L'"),
    ("BANGUI (IVOIREBUSINESS) le 21 mars 2013 - Les rebelles ont pris la ville.", "Les"),
    ("Bamako (AFP) - La France a condamné le coup d'Etat.", "La"),
])
def test_french_datelines_with_lower_case_months_or_a_title_case_place(nlp_fr, text, first_word):
    doc = nlp_fr(text)
    assert next(t for t in doc if t.text == first_word).is_sent_start


def test_a_title_case_word_and_a_dash_with_no_agency_is_no_dateline(nlp_fr):
    doc = nlp_fr("Moscou - comme souvent - a démenti toute implication.")
    assert not next(t for t in doc if t.text == "comme").is_sent_start


@pytest.mark.parametrize("text", [
    "John Kerry rencontrera Sergueï Lavrov à Genève.",  # (the parser cut after each name)
    "Le président sénégalais Macky Sall et son homologue Bassirou Diomaye Faye se sont rencontrés jeudi.",
    "Il a déclaré à bord de son avion Air Force One que le délai était court.",
    "Chaude journée à Conakry.",
])
def test_no_sentence_starts_after_a_word_with_no_stop_or_mark(nlp_fr, text):
    assert len(list(nlp_fr(text).sents)) == 1


def test_sentences_still_start_after_a_stop_a_mark_or_a_line_break(nlp_fr):
    doc = nlp_fr("Le sommet s'est ouvert lundi. « Nous sommes prêts », a dit le ministre.\nLa France a réagi")
    assert [s.text.strip() for s in doc.sents] == ["Le sommet s'est ouvert lundi.", "« Nous sommes prêts », a dit le ministre.",
                                                   "La France a réagi"]


def test_the_dash_of_a_dateline_is_no_sentence_of_its_own(nlp_fr):
    doc = nlp_fr("ADEN, 18 janvier (Reuters) - Des frappes aériennes ont fait 14 morts.")
    assert [s.text for s in doc.sents] == ["ADEN, 18 janvier (Reuters) -", "Des frappes aériennes ont fait 14 morts."]

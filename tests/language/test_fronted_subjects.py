"""A name after a fronted time phrase, joined to it by the parser, is the verb's subject
(language/fronted_subjects.py) — on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from foedus.language.fronted_subjects import reattach_fronted_subjects


@pytest.fixture(scope="module")
def nlp_fr():
    from foedus.language import load_nlp

    return load_nlp("fr")


def _misparsed(nlp_fr, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    """A parse as the model sometimes gives it, built by hand (the model's errors depend on context)."""
    doc = Doc(nlp_fr.vocab, words=words, heads=heads, deps=deps, pos=pos)
    return doc


def test_the_name_joined_to_the_time_phrase_becomes_the_subject(nlp_fr):
    words = ["La", "semaine", "dernière", ",", "Navi", "Pillay", ",", "a", "sollicité", "Pékin", "."]
    heads = [1, 8, 1, 4, 1, 4, 4, 8, 8, 8, 8]
    deps = ["det", "obl:mod", "amod", "punct", "conj", "flat:name", "punct", "aux:tense", "ROOT", "obj", "punct"]
    pos = ["DET", "NOUN", "ADJ", "PUNCT", "NOUN", "PROPN", "PUNCT", "AUX", "VERB", "PROPN", "PUNCT"]
    doc = reattach_fronted_subjects(_misparsed(nlp_fr, words, heads, deps, pos))
    assert doc[4].dep_ == "nsubj" and doc[4].head.text == "sollicité"


def test_a_verb_with_a_subject_is_left_alone(nlp_fr):
    words = ["Lundi", ",", "Paris", "et", "Berlin", ",", "la", "France", "a", "signé", "."]
    heads = [9, 2, 0, 4, 2, 7, 7, 9, 9, 9, 9]
    deps = ["obl:mod", "punct", "conj", "cc", "conj", "punct", "det", "nsubj", "aux:tense", "ROOT", "punct"]
    pos = ["NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "DET", "PROPN", "AUX", "VERB", "PUNCT"]
    doc = reattach_fronted_subjects(_misparsed(nlp_fr, words, heads, deps, pos))
    assert doc[2].dep_ == "conj"


def test_in_the_pipeline_the_fronted_subject_acts(nlp_fr):
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("Le Tibet est sous tension.\n\nLa semaine dernière, Navi Pillay, haute-commissaire des Nations unies aux "
            "droits de l'homme, a sollicité Pékin afin d'obtenir la visite d'observateurs indépendants au Tibet.")
    ann = annotate_article(Article(id="t", text=text, language="fr", published="2012-11-09"))
    assert any(e.source == "IGOUNO" and e.target == "CHNGOV" for e in ann.events)

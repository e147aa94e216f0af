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


@pytest.mark.parametrize("words, heads, deps, pos, name, dep, head", [
    # the name joined to the time phrase becomes the subject
    (["La", "semaine", "dernière", ",", "Navi", "Pillay", ",", "a", "sollicité", "Pékin", "."],
     [1, 8, 1, 4, 1, 4, 4, 8, 8, 8, 8],
     ["det", "obl:mod", "amod", "punct", "conj", "flat:name", "punct", "aux:tense", "ROOT", "obj", "punct"],
     ["DET", "NOUN", "ADJ", "PUNCT", "NOUN", "PROPN", "PUNCT", "AUX", "VERB", "PROPN", "PUNCT"], 4, "nsubj", "sollicité"),
    # a verb with a subject of its own is left alone
    (["Lundi", ",", "Paris", "et", "Berlin", ",", "la", "France", "a", "signé", "."],
     [9, 2, 0, 4, 2, 7, 7, 9, 9, 9, 9],
     ["obl:mod", "punct", "conj", "cc", "conj", "punct", "det", "nsubj", "aux:tense", "ROOT", "punct"],
     ["NOUN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT", "DET", "PROPN", "AUX", "VERB", "PUNCT"], 2, "conj", "Lundi"),
])
def test_a_misparse_built_by_hand(nlp_fr, words, heads, deps, pos, name, dep, head):
    # (a parse as the model sometimes gives it: the model's own errors depend on context)
    doc = reattach_fronted_subjects(Doc(nlp_fr.vocab, words=words, heads=heads, deps=deps, pos=pos))
    assert (doc[name].dep_, doc[name].head.text) == (dep, head)


def test_in_the_pipeline_the_fronted_subject_acts(nlp_fr):
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("Le Tibet est sous tension.\n\nLa semaine dernière, Navi Pillay, haute-commissaire des Nations unies aux "
            "droits de l'homme, a sollicité Pékin afin d'obtenir la visite d'observateurs indépendants au Tibet.")
    ann = annotate_article(Article(id="t", text=text, language="fr", published="2012-11-09"))
    assert any(e.source == "IGOUNO" and e.target == "CHNGOV" for e in ann.events)

"""A word glued to an inverted subject clitic is a verb (language/inverted_verbs.py) — on sentences
written for the test."""

from __future__ import annotations

from foedus.language import load_nlp


def test_a_word_before_an_inverted_clitic_is_a_verb():
    doc = load_nlp("fr")("« Les sanctions ne font peur à personne », lit-on dans un communiqué de la diplomatie russe.")
    assert next(t for t in doc if t.text == "lit").pos_ == "VERB"


def test_the_document_named_after_lit_on_speaks():
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("Le vice-ministre a reçu l'ambassadeur vendredi. \"Côté russe, il a été souligné que les sanctions ne "
            "font peur à personne\", lit-on dans un communiqué de la diplomatie russe.")
    ann = annotate_article(Article(id="t", text=text, language="fr", published="2014-02-14"))
    assert [q.speaker_text for q in ann.quotes if q.kind == "direct"] == ["la diplomatie russe"]

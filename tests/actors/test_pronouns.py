"""Pronoun salience details of `actors.pronouns` on texts written for these tests: sentences inside
straight quotation marks are the speaker's words, not narrative that moves a pronoun's antecedent
further away, and an office tagged as a person by NER is no person."""

from __future__ import annotations

from foedus.actors.pronouns import _narrative_counts
from foedus.language.pipeline import load_nlp


def test_sentences_inside_straight_quotes_are_not_narrative():
    doc = load_nlp("fr")('La ministre a parlé. "Nous avons gagné. Ils ont fui. Tout est calme", a-t-elle dit. Le soir est venu.')
    counts = _narrative_counts(doc)
    assert counts[-1] < len(list(doc.sents))  # the quoted sentences do not count
    assert counts[-1] - counts[0] <= 2  # (the closing sentence and the incise's may start narrative again)


def test_an_office_tagged_a_person_is_no_person_mention():
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = "Mais la porte-parole du Premier ministre a déclaré jeudi que les rebelles avaient fui."
    mentions = annotate_article(Article(id="t", text=text, language="fr", published="2021-09-09")).mentions
    assert not any(m.text == "Premier ministre" and m.rule == "ner-person" for m in mentions)

"""Gender from given names: used for pronoun agreement on people the KB does not know."""

from __future__ import annotations

from foedus.actors.given_names import given_name_gender
from foedus.annotate import annotate_article
from foedus.records import Article


def test_given_name_gender_reads_the_first_word_only():
    assert given_name_gender("Rachel Harvey", "en") == "f"
    assert given_name_gender("Jean-Pierre Raffarin", "fr") == "m"
    assert given_name_gender("Jean Marie Le Pen", "fr") == "m"
    assert given_name_gender("J. Smith", "en") is None
    assert given_name_gender("Dominique Dupont", "fr") is None  # unisex: no guess


def test_he_skips_a_woman_the_kb_does_not_know():
    text = ("Aid agencies met in Geneva on Monday. The agency's chief Tomas Lindqvist is increasingly optimistic. "
            "The BBC's Rachel Harvey reports that the area has been cut off for a week. "
            "He also said that deliveries were improving.")
    quotes = annotate_article(Article(id="t", text=text, language="en", published="2005-01-05")).quotes
    hit = [q for q in quotes if q.text.startswith("deliveries")]
    assert hit and hit[0].speaker_text == "Tomas Lindqvist"

"""Cue-level attribution: which word of the clause is the speaker. Texts written for the test and
run through the real pipeline."""

from __future__ import annotations

from foedus.annotate import annotate_article
from foedus.records import Article


def speaker_of(text: str, start: str, lang: str = "fr") -> str | None:
    quotes = annotate_article(Article(id="t", text=text, language=lang, published="2024-03-12")).quotes
    hits = [q for q in quotes if q.text.startswith(start)]
    assert hits, f"no quote starting with {start!r}"
    return hits[0].speaker_text


def test_title_then_name_subject_is_the_named_person():
    # the parser gives "estimé" two subjects, "secrétaire" and "Kofi"
    text = ("Le secrétaire-général de l'ONU Kofi Annan a toutefois estimé que cette décision allait "
            "« compliquer les négociations ».")
    assert speaker_of(text, "compliquer") == "Kofi Annan"


def test_pronoun_whose_antecedent_is_a_title_speaks_as_the_titled_person():
    text = ("L'ambassadeur Paul Berthier est arrivé hier au port de Sète. "
            "L'ambassadeur américain, accompagné de son adjoint, a visité les nouveaux quais, qui deviendront "
            "selon lui « un moteur de croissance pour toute la région ».")
    assert speaker_of(text, "un moteur de croissance") == "Paul Berthier"

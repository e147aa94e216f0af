"""Rules of the name matcher that keep common words from becoming names."""

from __future__ import annotations

from foedus.actors.kb import load_kb
from foedus.actors.resolve import find_mentions
from foedus.language.pipeline import load_nlp


def _mentions(text: str, date: str = "2014-04-14") -> list[tuple[str, str | None]]:
    doc = load_nlp("fr")(text)
    return [(m.text, m.actor_id) for m in find_mentions(doc, "t", date, "fr", load_kb())]


def test_words_apart_in_the_text_do_not_match_a_one_word_name():
    # the KB's key drops spaces (tokenizer cuts); the text's own spaces must agree with the alias
    found = _mentions("La garde, appuyée par la force africaine, a aussitôt riposté.")
    assert not any(actor_id and "lagarde" in actor_id for _, actor_id in found)
    found = _mentions("Christine Lagarde a présenté le rapport du FMI.")
    assert any(actor_id and "lagarde" in actor_id for _, actor_id in found)

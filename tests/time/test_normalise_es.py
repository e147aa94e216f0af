"""Normalisation of Spanish temporal expressions on realistic news sentences.

The reference (publication) date is Thursday 21 June 2012. The grammar tests need the Spanish
rules registered in `time/grammar.py` (`GRAMMARS["es"]`); the lexicon test runs regardless.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foedus.records import TimeExpr
from foedus.time import extract_timexes
from foedus.time.grammar import GRAMMARS
from foedus.time.lexicon import load_lexicon

DATA = Path(__file__).resolve().parents[2] / "src" / "foedus" / "time" / "data"
PUBLISHED = "2012-06-21"

needs_grammar = pytest.mark.skipif("es" not in GRAMMARS, reason="Spanish rules not registered in time/grammar.py")


def one(text: str, published: str | None = PUBLISHED) -> TimeExpr:
    found = extract_timexes(text, published, "es")
    assert len(found) == 1, found
    return found[0]


def by_text(text: str, published: str = PUBLISHED) -> dict[str, TimeExpr]:
    return {t.text.lower(): t for t in extract_timexes(text, published, "es")}


def test_lexicon_has_the_structure_of_the_french_one() -> None:
    es = json.loads((DATA / "es.json").read_text(encoding="utf-8"))
    fr = json.loads((DATA / "fr.json").read_text(encoding="utf-8"))
    en = json.loads((DATA / "en.json").read_text(encoding="utf-8"))
    assert set(fr) <= set(es) <= set(fr) | set(en)  # plus English's one-word forms with a part of day
    assert set(fr["tense"]) <= set(es["tense"]) <= set(fr["tense"]) | set(en["tense"])
    lex = load_lexicon("es")
    assert lex.month("noviembre") == 11 and lex.month("Setiembre") == 9
    assert lex.weekdays["miercoles"] == lex.weekdays["miércoles"] == 3
    assert lex.relative_days["anteayer"] == -2
    assert lex.relative_day_pods["anoche"] == (-1, "NI")
    assert lex.number("veinticuatro") == 24


@needs_grammar
@pytest.mark.parametrize(
    ("sentence", "span", "kind", "value"),
    [
        ("El presidente se reunió el lunes con su homólogo peruano.", "el lunes", "DATE", "2012-06-18"),
        ("La policía detuvo el viernes a diez personas en Bogotá.", "el viernes", "DATE", "2012-06-15"),
        ("La cumbre se celebrará el martes en Lima.", "el martes", "DATE", "2012-06-26"),
        ("El presidente viaja el sábado a Caracas.", "el sábado", "DATE", "2012-06-23"),
        ("El acuerdo de paz se firmó el 17 de noviembre.", "el 17 de noviembre", "DATE", "2011-11-17"),
        ("Las elecciones serán el 17 de noviembre.", "el 17 de noviembre", "DATE", "2012-11-17"),
        ("El tratado fue firmado el 17 de noviembre de 2010.", "el 17 de noviembre de 2010", "DATE", "2010-11-17"),
        ("Los enfrentamientos comenzaron ayer por la tarde.", "ayer por la tarde", "TIME", "2012-06-20TAF"),
        ("El pasado 3 de marzo el ejército atacó la ciudad.", "el pasado 3 de marzo", "DATE", "2012-03-03"),
        ("El próximo 3 de marzo vence el plazo.", "el próximo 3 de marzo", "DATE", "2013-03-03"),
        ("La ley fue aprobada en 2014.", "2014", "DATE", "2014"),
        ("Hoy el Congreso debate la reforma.", "hoy", "DATE", "2012-06-21"),
        ("El ministro llegó ayer a Quito.", "ayer", "DATE", "2012-06-20"),
        ("El ministro viajará mañana a Quito.", "mañana", "DATE", "2012-06-22"),
        ("Fue asesinado anteayer en Medellín.", "anteayer", "DATE", "2012-06-19"),
        ("Anoche hubo disturbios en el centro.", "anoche", "TIME", "2012-06-20TNI"),
        ("Esta mañana el gobierno anunció su plan.", "esta mañana", "TIME", "2012-06-21TMO"),
        ("El pasado lunes la guerrilla atacó un cuartel.", "el pasado lunes", "DATE", "2012-06-18"),
        ("Las protestas empezaron el lunes último.", "el lunes último", "DATE", "2012-06-18"),
        ("La reunión será el próximo martes.", "el próximo martes", "DATE", "2012-06-26"),
        ("La semana pasada los campesinos bloquearon las carreteras.", "la semana pasada", "DATE", "2012-W24"),
        ("El año pasado hubo elecciones.", "el año pasado", "DATE", "2011"),
        ("El mes próximo se votará la ley.", "el mes próximo", "DATE", "2012-07"),
        ("Este fin de semana habrá marchas.", "este fin de semana", "DATE", "2012-W25-WE"),
        ("Este fin de semana hubo marchas.", "este fin de semana", "DATE", "2012-W24-WE"),
        ("Dos torres fueron dinamitadas la madrugada de hoy.", "la madrugada de hoy", "TIME", "2012-06-21TMO"),
        ("La noche del sábado estalló una bomba.", "la noche del sábado", "TIME", "2012-06-16TNI"),
        ("El secuestro ocurrió hace tres días.", "hace tres días", "DATE", "2012-06-18"),
        ("Se retirarán dentro de dos semanas.", "dentro de dos semanas", "DATE", "2012-07-05"),
        ("A finales de noviembre de 2011 se rompió el diálogo.", "finales de noviembre de 2011", "DATE", "2011-11"),
        ("El país vivió una crisis en los años 90.", "los años 90", "DATE", "199X"),
        ("La guerra marcó el siglo XX.", "el siglo xx", "DATE", "19XX"),
        ("Actualmente hay 300 presos políticos.", "actualmente", "DATE", "PRESENT_REF"),
        ("Hoy, la ciudad ha cambiado mucho.", "hoy", "DATE", "PRESENT_REF"),
        ("Las marchas se repiten todos los lunes.", "todos los lunes", "SET", "XXXX-WXX-1"),
        ("Durante 24 horas no hubo luz.", "24 horas", "DURATION", "PT24H"),
    ],
)
def test_news_sentences(sentence: str, span: str, kind: str, value: str) -> None:
    found = by_text(sentence)
    assert span in found, found
    t = found[span]
    assert (t.type, t.value) == (kind, value)
    assert sentence[t.start : t.end] == t.text


@needs_grammar
def test_anaphora_follows_the_day_in_focus() -> None:
    text = ("El presidente llegó a Lima el 17 de noviembre. El mismo día se reunió con el canciller. "
            "Al día siguiente viajó a Quito, y la víspera había hablado con la prensa.")
    found = by_text(text)
    assert found["el 17 de noviembre"].value == "2011-11-17"
    assert found["el mismo día"].value == "2011-11-17"
    assert found["al día siguiente"].value == "2011-11-18"
    assert found["la víspera"].value == "2011-11-17"  # the day before the 18th, now in focus


@needs_grammar
def test_clock_time_takes_the_day_named_before() -> None:
    found = by_text("El atentado ocurrió el viernes 15 de junio a las 10:30 horas.")
    assert found["el viernes 15 de junio"].value == "2012-06-15"
    assert found["a las 10:30 horas"].value == "2012-06-15T10:30"


@needs_grammar
def test_day_coordination_and_weekday_with_date() -> None:
    found = by_text("Los días 3 y 4 de mayo hubo huelga; el martes, 5 de junio, se levantó.")
    assert found["los días 3"].value == "2012-05-03"
    assert found["4 de mayo"].value == "2012-05-04"
    assert found["el martes, 5 de junio"].value == "2012-06-05"


@needs_grammar
def test_numbers_and_quantities_are_not_years() -> None:
    found = by_text("Murieron 2.000 personas y 1500 soldados en 1998.")
    assert list(found) == ["1998"]


@needs_grammar
def test_without_publication_date_anchored_values_are_masked() -> None:
    assert one("Llegó ayer por la tarde.", None).value == "XXXX-XX-XXTAF"
    assert one("La ley fue aprobada en 2014.", None).value == "2014"

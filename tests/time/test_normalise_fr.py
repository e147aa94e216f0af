"""Normalisation of French temporal expressions on real and realistic news sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.records import TimeExpr
from foedus.time import extract_timexes

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"


def by_text(timexes: list[TimeExpr]) -> dict[str, TimeExpr]:
    return {t.text.lower(): t for t in timexes}


def one(text: str, published: str = "2015-11-26", lang: str = "fr") -> TimeExpr:
    found = extract_timexes(text, published, lang)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture(scope="module")
def sample() -> tuple[str, list[TimeExpr]]:
    if not SAMPLE.exists():
        pytest.skip("shared sample absent")
    text = SAMPLE.read_text(encoding="utf-8")
    return text, extract_timexes(text, "2015-11-26", "fr")


def test_sample_thursday_evening_is_publication_day(sample: tuple[str, list[TimeExpr]]) -> None:
    text, timexes = sample
    t = by_text(timexes)["jeudi soir"]
    assert (t.type, t.value) == ("TIME", "2015-11-26TEV")
    assert text[t.start : t.end] == t.text


def test_sample_day_month_and_anaphora(sample: tuple[str, list[TimeExpr]]) -> None:
    _, timexes = sample
    found = by_text(timexes)
    assert found["le 17 novembre"].value == "2015-11-17"
    same_day = found["le même jour"]
    assert same_day.value == "2015-11-17"
    assert same_day.start > found["le 17 novembre"].end


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Le ministre est arrivé hier à Moscou.", "hier", "2015-11-25"),
        ("Il a été blessé avant-hier.", "avant-hier", "2015-11-24"),
        ("Le sommet s'ouvrira demain à Paris.", "demain", "2015-11-27"),
        ("Les deux hommes se sont parlé hier soir.", "hier soir", "2015-11-25TEV"),
        ("Le président a reçu ce matin son homologue.", "ce matin", "2015-11-26TMO"),
        ("Le traité a été signé le 3 mars dernier.", "le 3 mars dernier", "2015-03-03"),
        ("Il est né le 1er janvier 1950.", "le 1er janvier 1950", "1950-01-01"),
        ("La loi a été votée en 2014.", "2014", "2014"),
        ("Le texte du 2015-11-17 est publié.", "2015-11-17", "2015-11-17"),
        ("Les élections auront lieu en mars 2012.", "mars 2012", "2012-03"),
        ("Les combats ont repris l'an dernier.", "l'an dernier", "2014"),
        ("Les ventes ont baissé la semaine dernière.", "la semaine dernière", "2015-W47"),
        ("Cette année, le budget augmente.", "cette année", "2015"),
        ("Les troupes seront retirées début octobre.", "début octobre", "2016-10"),
        ("Actuellement, la situation reste tendue.", "actuellement", "PRESENT_REF"),
        ("Il se rendra lundi prochain à Berlin.", "lundi prochain", "2015-11-30"),
        ("Il est mort vendredi dernier.", "vendredi dernier", "2015-11-20"),
    ],
)
def test_french_values(sentence: str, span: str, value: str) -> None:
    found = by_text(extract_timexes(sentence, "2015-11-26", "fr"))
    assert span in found, list(found)
    assert found[span].value == value


def test_modifier_start_is_reported() -> None:
    found = by_text(extract_timexes("Les troupes seront retirées début octobre.", "2015-11-26"))
    assert found["début octobre"].mod == "START"


def test_month_year_inferred_from_tense() -> None:
    # Published in November: a December still to come is this year's, a past one last year's.
    future = by_text(extract_timexes("Le sommet aura lieu en décembre.", "2015-11-26"))
    past = by_text(extract_timexes("Le sommet a eu lieu en décembre.", "2015-11-26"))
    assert future["décembre"].value == "2015-12"
    assert past["décembre"].value == "2014-12"


def test_weekday_follows_tense() -> None:
    # 2015-11-26 is a Thursday.
    past = by_text(extract_timexes("Le président a rencontré mardi son homologue.", "2015-11-26"))
    future = by_text(extract_timexes("Le président rencontrera mardi son homologue.", "2015-11-26"))
    assert past["mardi"].value == "2015-11-24"
    assert future["mardi"].value == "2015-12-01"


def test_weekday_same_day_in_past_clause() -> None:
    found = by_text(extract_timexes("Le Kremlin a annoncé jeudi un accord.", "2015-11-26"))
    assert found["jeudi"].value == "2015-11-26"


def test_anaphora_chain_follows_last_date() -> None:
    text = "L'accord a été signé le 24 mars. La veille, les délégations étaient arrivées. Le lendemain, il est entré en vigueur."
    found = by_text(extract_timexes(text, "2015-04-02"))
    assert found["le 24 mars"].value == "2015-03-24"
    assert found["la veille"].value == "2015-03-23"
    # The focus moved to the 23rd with "la veille": "le lendemain" is the day after that.
    assert found["le lendemain"].value == "2015-03-24"


def test_anaphora_without_previous_date_uses_publication() -> None:
    assert one("Le même jour, la police a arrêté trois suspects.").value == "2015-11-26"


def test_clock_time_takes_the_day_named_before() -> None:
    found = by_text(extract_timexes("Le concert aura lieu samedi 29 mai à 20 h 30.", "1999-05-26"))
    assert found["samedi 29 mai"].value == "1999-05-29"
    assert found["20 h 30"].value == "1999-05-29T20:30"
    assert found["20 h 30"].type == "TIME"


def test_durations_and_sets() -> None:
    found = by_text(extract_timexes("Il est emprisonné depuis trois ans et manifeste chaque jour pendant deux heures.", "2015-11-26"))
    assert (found["trois ans"].type, found["trois ans"].value) == ("DURATION", "P3Y")
    assert (found["chaque jour"].type, found["chaque jour"].value) == ("SET", "P1D")
    assert found["deux heures"].value == "PT2H"


def test_ago_is_a_date() -> None:
    t = one("Il est arrivé il y a trois jours.")
    assert (t.type, t.value) == ("DATE", "2015-11-23")


def test_planet_and_quantities_are_not_dates() -> None:
    assert extract_timexes("La sonde a photographié Mars.", "2015-11-26") == []
    assert extract_timexes("Près de 2000 personnes ont manifesté.", "2015-11-26") == []


def test_without_publication_date_relative_values_are_masked() -> None:
    found = by_text(extract_timexes("Il est rentré hier soir, le 3 mars 2012.", None))
    assert found["hier soir"].value == "XXXX-XX-XXTEV"
    assert found["le 3 mars 2012"].value == "2012-03-03"
    assert found["le 3 mars 2012"].anchored is False


def test_offsets_index_the_text() -> None:
    text = "Selon l’AFP, le président s’est exprimé aujourd’hui à 14 h devant la presse."
    for t in extract_timexes(text, "2015-11-26"):
        assert text[t.start : t.end] == t.text


def test_spacy_doc_tense_decides_weekday() -> None:
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md absent")
    text = "Le président a rencontré mardi son homologue. Il rencontrera samedi le pape."
    found = by_text(extract_timexes(text, "2015-11-26", "fr", doc=nlp(text)))
    assert found["mardi"].value == "2015-11-24"
    assert found["samedi"].value == "2015-11-28"

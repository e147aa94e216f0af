"""find_places on real sentences (the RT France sample, Wikinews) parsed by fr_core_news_md."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from foedus.places import find_places

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md is not installed")


@pytest.fixture(scope="module")
def sample_text() -> str:
    if not SAMPLE.exists():
        pytest.skip("shared sample absent")
    return SAMPLE.read_text(encoding="utf-8")


def by_text(places):
    return {(p.text, p.country) for p in places}


def test_sample_article(nlp, sample_text: str) -> None:
    doc = nlp(sample_text)
    places = find_places(doc, "fr")
    found = by_text(places)
    assert ("Moscou", "RUS") in found
    assert ("Syrie", "SYR") in found
    assert ("Russie", "RUS") in found
    assert ("France", "FRA") in found
    assert ("Paris", "FRA") in found  # "suite aux attentats de Paris"
    # François Hollande is a person, not the Netherlands; the Kremlin and Daesh are no places
    assert all(p.country != "NLD" for p in places)
    assert not any(p.text in ("Kremlin", "Daesh", "Défense") for p in places)
    for place in places:  # offsets point at the mention in the article text
        assert sample_text[place.start:place.end] == place.text
        assert place.feature in ("country", "city", "region") and place.rule


def test_locative_phrases(nlp) -> None:
    text = ("Le président s'est rendu à Moscou puis en Syrie, au Mali et dans la région de Kidal, "
            "avant de rejoindre Alep.")
    places = find_places(nlp(text), "fr")
    found = {p.text: p for p in places}
    assert found["Moscou"].country == "RUS" and found["Moscou"].feature == "city"
    assert found["Syrie"].country == "SYR" and found["Syrie"].feature == "country"
    assert found["Mali"].country == "MLI"
    assert found["Kidal"].feature == "region" and found["Kidal"].country == "MLI"
    assert found["Alep"].country == "SYR"


def test_context_of_the_article_decides(nlp) -> None:
    lebanon = "Des affrontements ont éclaté au Liban. À Tripoli, l'armée a été déployée."
    libya = "Des affrontements ont éclaté en Libye. À Tripoli, l'armée a été déployée."
    tripoli_lb = next(p for p in find_places(nlp(lebanon), "fr") if p.text == "Tripoli")
    tripoli_ly = next(p for p in find_places(nlp(libya), "fr") if p.text == "Tripoli")
    assert tripoli_lb.country == "LBN"
    assert tripoli_ly.country == "LBY"


def test_people_named_like_places_are_left_out(nlp) -> None:
    text = ("François Hollande a rencontré Vladimir Poutine. Hollande a ensuite quitté Moscou "
            "pour la Hollande.")
    places = find_places(nlp(text), "fr")
    texts = [(p.text, p.start) for p in places]
    first_hollande = text.index("Hollande")
    second_hollande = text.index("Hollande", first_hollande + 1)
    assert ("Hollande", first_hollande) not in texts
    assert ("Hollande", second_hollande) not in texts
    assert any(p.text == "Moscou" for p in places)
    assert any(p.country == "NLD" for p in places)  # "pour la Hollande" is the country


def test_blank_english_pipeline_finds_countries_and_locatives() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    text = ("US Deputy Secretary of Energy Jeffrey Kupfer said in Brasilia that Brazil and the "
            "United States are seeking to deepen a partnership; talks continue in Aleppo and Mosul.")
    places = find_places(nlp(text), "en")
    found = by_text(places)
    assert ("Brasilia", "BRA") in found
    assert ("Brazil", "BRA") in found
    assert ("United States", "USA") in found
    assert ("Aleppo", "SYR") in found and ("Mosul", "IRQ") in found


def test_speed_after_parse(nlp, sample_text: str) -> None:
    doc = nlp(sample_text)
    find_places(doc, "fr")  # gazetteer built
    start = time.perf_counter()
    for _ in range(10):
        find_places(doc, "fr")
    ms = (time.perf_counter() - start) / 10 * 1000
    print(f"\nfind_places: {ms:.1f} ms for {len(doc)} tokens")
    assert ms < 50

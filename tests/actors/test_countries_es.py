"""Spanish country data (actors/data/countries_es.tsv): demonyms, capitals, extra names."""

from __future__ import annotations

from foedus.actors.kb import load_kb
from foedus.actors.normalize import key


def test_spanish_demonyms_in_all_four_forms() -> None:
    kb = load_kb()
    for form, country in [("haitiano", "HTI"), ("haitianas", "HTI"), ("alemanes", "DEU"), ("israelíes", "ISR"),
                          ("estadounidense", "USA"), ("norteamericanos", "USA"), ("costarricenses", "CRI")]:
        assert kb.demonyms[("es", key(form))].country == country, form
    assert ("es", key("indio")) not in kb.demonyms  # mostly "indigenous" in Latin-American news


def test_spanish_capitals_and_names() -> None:
    kb = load_kb()
    assert kb.capitals[key("Moscú")] == "RUS" and kb.capitals[key("Pekín")] == "CHN"
    assert any(e.actor_id == "country:USA" for e in kb.match_name("EE.UU."))
    assert any(e.actor_id == "country:GBR" for e in kb.match_name("Gran Bretaña"))

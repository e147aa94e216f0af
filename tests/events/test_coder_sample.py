"""The event coder on the sample article: its real events, dated, with evidence."""

from __future__ import annotations

from pathlib import Path

from foedus.annotate import annotate_article
from foedus.events.ontology import cameo_table, lookup, quad_class_of
from foedus.ingest.readers import read_text_file


def test_cameo_table_is_complete_and_consistent():
    table = cameo_table()
    assert len(table) > 300 and {c[:2] for c in table} == {f"{i:02d}" for i in range(1, 21)}
    assert lookup("163").goldstein == -8.0 and lookup("016").goldstein == -2.0
    assert all(e.quad_class == quad_class_of(e.code) for e in table.values())
    assert lookup("042").plover == "CONSULT"


def test_sample_events(shared: Path):
    ann = annotate_article(read_text_file(shared / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"))
    triples = {(e.source, e.target, e.code[:2], e.date) for e in ann.events}
    assert ("RUSGOV", "FRAGOV", "03", "2015-11-26") in triples  # «La Russie est prête à une telle coopération»
    assert ("RUSGOV", "FRAGOV", "04", "2015-11-17") in triples  # the phone call of 17 November
    assert ("FRAGOV", "RUSGOV", "04", "2015-11-17") in triples
    for e in ann.events:
        assert e.sentence_text and ann.article.text[e.start:e.end].strip() == e.sentence_text
        assert e.rule.startswith("trigger:") and 0 < e.confidence <= 1
        assert e.source != e.target


def test_event_place_comes_from_its_own_clause(shared: Path):
    ann = annotate_article(read_text_file(shared / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"))
    visits = [e for e in ann.events if e.code in {"042", "043"}]
    in_moscow = [e for e in visits if "à Moscou" in e.sentence_text]
    assert in_moscow and all(e.place_country == "RUS" and e.lat is not None for e in in_moscow)
    assert all(e.place is None for e in visits if "Moscou" not in e.sentence_text)  # no place from elsewhere
    calls = [e for e in ann.events if e.code == "041"]
    assert calls and all(e.place is None for e in calls)  # the phone call names no place

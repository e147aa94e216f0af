from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from analysis_helpers import event_frame, write_store
from foedus.analysis.synthetic import planted_blocs
from foedus.cli.analysis_cmds import coalitions, dyads


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    scenario = planted_blocs(months=4, events_per_month=300, noise=0.1, switch_month=2, seed=3)
    events = scenario.events.copy()
    # Some undated events: the CLI must date them from their article.
    events.loc[events.index[:20], "date"] = None
    articles = pd.DataFrame({"id": events["article_id"].unique()})
    articles["published"] = "2020-02-10"
    articles["title"] = "t"
    return write_store(tmp_path_factory.mktemp("db") / "foedus.duckdb", events, articles)


@pytest.fixture(scope="module")
def empty_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_store(tmp_path_factory.mktemp("db") / "empty.duckdb", event_frame([]))


def test_help_documents_every_option() -> None:
    for command in (dyads, coalitions):
        result = CliRunner().invoke(command, ["--help"])
        assert result.exit_code == 0
        for param in command.params:
            assert param.help, f"{command.name} {param.name} has no help"


def test_dyads_table_csv_json_and_files(store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(dyads, ["--db", str(store), "--actors", "AAX,ABX", "--by", "month"])
    assert table.exit_code == 0, table.output
    assert "AAX-ABX" in table.output and "goldstein_sum" in table.output
    out, plot = tmp_path / "series.parquet", tmp_path / "series.png"
    csv = runner.invoke(dyads, ["--db", str(store), "--actors", "AAX,AFX", "--by", "month", "--directed",
                                "--format", "csv", "--out", str(out), "--plot", str(plot)])
    assert csv.exit_code == 0, csv.output
    lines = csv.output.strip().splitlines()
    assert lines[0].startswith("period,dyad,source,target,events")
    assert len(lines) == 1 + 2 * 4  # two directions x four months
    assert pd.read_parquet(out)["dyad"].nunique() == 2
    assert plot.stat().st_size > 0
    js = runner.invoke(dyads, ["--db", str(store), "--actors", "AAX,ABX,ACX", "--by", "month", "--format", "json"])
    records = json.loads(js.output)
    assert {r["dyad"] for r in records} == {"AAX-ABX", "AAX-ACX", "ABX-ACX"}


def test_dyads_messages(store: Path, empty_store: Path) -> None:
    runner = CliRunner()
    empty = runner.invoke(dyads, ["--db", str(empty_store), "--actors", "FRA,RUS"])
    assert empty.exit_code == 0 and "No events" in empty.output
    none = runner.invoke(dyads, ["--db", str(store), "--actors", "FRA,RUS"])
    assert none.exit_code == 0 and "No events between" in none.output
    bad = runner.invoke(dyads, ["--db", str(store), "--actors", "FRA"])
    assert bad.exit_code != 0


def test_coalitions_table_with_evidence_and_plot(store: Path, tmp_path: Path) -> None:
    plot = tmp_path / "blocs.png"
    result = CliRunner().invoke(coalitions, ["--db", str(store), "--window", "month", "--evidence",
                                             "--evidence-limit", "2", "--plot", str(plot)])
    assert result.exit_code == 0, result.output
    assert result.output.count("clarity") == 4
    assert "AAX switches" in result.output
    assert "[cooperation]" in result.output and "helps" in result.output
    assert "[conflict]" in result.output and "attacks" in result.output
    assert plot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_coalitions_json_and_dates(store: Path) -> None:
    result = CliRunner().invoke(coalitions, ["--db", str(store), "--from", "2020-02-01", "--to", "2020-03-31",
                                             "--format", "json", "--evidence"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.output)
    assert [w["start"] for w in payload["windows"]] == ["2020-02-01", "2020-03-01"]
    some_id = payload["windows"][0]["blocs"][0]["cooperation_event_ids"][0]
    assert "helps" in payload["sentences"][some_id]


def test_coalitions_empty(empty_store: Path) -> None:
    result = CliRunner().invoke(coalitions, ["--db", str(empty_store)])
    assert result.exit_code == 0 and "No events" in result.output

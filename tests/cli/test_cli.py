"""The command line end to end on real text: extract JSON, ingest with bad files, queries, eval."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from foedus.cli.main import cli


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_has_help(runner: CliRunner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in cli.commands:
        sub = runner.invoke(cli, [name, "--help"])
        assert sub.exit_code == 0, name
        assert "Usage" in sub.output


def test_extract_json_has_the_documented_keys(runner: CliRunner, shared: Path):
    sample = shared / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"
    result = runner.invoke(cli, ["extract", str(sample), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"article", "actors", "quotes", "events"} <= set(data)
    assert data["quotes"] and all({"text", "speaker_text", "start", "end"} <= set(q) for q in data["quotes"])
    text = data["article"]["text"]
    for q in data["quotes"]:
        assert q["text"].replace(" ", "")[:10] in text[q["start"]:q["end"]].replace(" ", "")
    for e in data["events"]:
        assert {"source", "target", "code", "quad_class", "goldstein", "date", "sentence_text", "start", "end"} <= set(e)
    speakers = {q["speaker_text"] for q in data["quotes"]}
    assert "Vladimir Poutine" in speakers and "François Hollande" in speakers


def test_ingest_bad_inputs(runner: CliRunner, shared: Path, tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text((shared / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "good.json").write_text(json.dumps({"language": "fr", "published": "2015-11-26"}), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "latin.txt").write_bytes("Déclaration du président".encode("latin-1"))
    db = tmp_path / "f.duckdb"
    args = ["ingest", "--quiet", "--db", str(db), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
            str(tmp_path / "latin.txt"), str(tmp_path / "missing.txt"), str(good)]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 4
    for name in ("empty.txt", "binary.txt", "latin.txt", "missing.txt"):
        assert sum(name in ln for ln in errors) == 1
    assert "1 stored" in result.stderr
    again = runner.invoke(cli, args)
    assert "0 stored, 1 already" in again.stderr
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 4
    n_events = con.execute("SELECT count(*) FROM events").fetchone()[0]
    con.close()
    listed = runner.invoke(cli, ["events", "--db", str(db), "--format", "json"])
    assert listed.exit_code == 0 and len(json.loads(listed.stdout)) == n_events
    quotes = runner.invoke(cli, ["quotes", "--db", str(db), "--speaker", "Poutine", "--format", "csv"])
    assert quotes.exit_code == 0 and "Vladimir Poutine" in quotes.stdout


def test_eval_petrarch_uses_the_suite_environment_dictionaries(runner: CliRunner, shared: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    unit = shared / "external" / "petrarch2" / "PETR.UnitTest.records.xml"
    if not unit.exists():
        pytest.skip("PETR-2 unit suite not available")
    import foedus.eval.runner as eval_runner

    # print_report writes to the sys.stdout of its import, which the runner may not capture: record instead
    reported: list[dict] = []
    monkeypatch.setattr(eval_runner, "print_report", lambda scores, out=None: reported.append(scores))
    result = runner.invoke(cli, ["eval", "--suite", "petrarch", str(unit), "--limit", "12"])
    assert result.exit_code == 0, result.output
    scores = reported[-1]
    assert scores["correct_rate"] >= 0.8  # the first DEMO records, coded with PETR.Validate.verbs.txt
    discards = tmp_path / "discards.txt"
    discards.write_text("NOTHING\n", encoding="utf-8")
    refused = runner.invoke(cli, ["eval", "--suite", "plover", str(unit), "--discards", str(discards)])
    assert refused.exit_code != 0 and "--discards needs --verbs" in refused.output

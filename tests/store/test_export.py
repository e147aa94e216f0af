"""Exports: GDELT 2.0 Events / Mentions column count and order (checked against GDELT's own
column list when ../shared is present), duplicates counted as mentions, plain table formats."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from foedus.cli.corpus_cmds import export
from foedus.records import Annotation, Article, Event
from foedus.store.db import connect, store_annotation
from foedus.store.export import GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS, split_actor_code
from foedus.store.runs import RunLedger


def make_db(path: Path) -> None:
    art = Article(id="a1", text="La Russie a condamné la Turquie à Moscou.", language="fr", published="2015-11-26",
                  url="https://www.rt.com/fr/1", source="RT France", origin="a1.txt")
    ev = Event(article_id="a1", sentence=0, start=0, end=40, source="RUSGOV", target="TUR", code="1121", root="11",
               quad_class=3, goldstein=-2.0, date="2015-11-24", date_precision="day", place="Moscou", lat=55.75,
               lon=37.62, source_text="La Russie", target_text="la Turquie", confidence=0.9, rule="test")
    con = connect(path)
    ledger = RunLedger(con)
    ledger.write_article(Annotation(article=art, events=[ev]), "done", None, 128)
    copy = Article(id="a2", text=art.text + " Mis à jour.", url="https://lemonde.fr/2", source="Le Monde", origin="a2.txt")
    ledger.write_duplicate(copy, "a1", 0.9)
    con.close()


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.reader(fh, delimiter="\t"))


def test_gdelt_events_and_mentions(tmp_path: Path):
    db = tmp_path / "g.duckdb"
    make_db(db)
    runner = CliRunner()
    out = tmp_path / "events.CSV"
    result = runner.invoke(export, ["--db", str(db), "--format", "gdelt-events", "--out", str(out)])
    assert result.exit_code == 0, result.output
    (row,) = read_tsv(out)
    assert len(row) == 61 == len(GDELT_EVENT_COLUMNS)
    col = dict(zip(GDELT_EVENT_COLUMNS, row))
    assert (col["SQLDATE"], col["MonthYear"], col["Year"]) == ("20151124", "201511", "2015")
    assert (col["Actor1Code"], col["Actor1CountryCode"], col["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert (col["Actor2Code"], col["Actor2CountryCode"], col["Actor2Name"]) == ("TUR", "TUR", "LA TURQUIE")
    assert (col["EventCode"], col["EventBaseCode"], col["EventRootCode"]) == ("1121", "112", "11")
    assert (col["QuadClass"], col["GoldsteinScale"], col["IsRootEvent"]) == ("3", "-2.0", "1")
    assert (col["NumArticles"], col["NumSources"]) == ("2", "2")  # the near copy counts as a mention
    assert col["SOURCEURL"] == "https://www.rt.com/fr/1" and col["AvgTone"] == "" and col["Actor1Geo_Type"] == ""
    assert col["ActionGeo_FullName"] == "Moscou" and col["DATEADDED"].isdigit() and len(col["DATEADDED"]) == 14

    out = tmp_path / "mentions.CSV"
    assert runner.invoke(export, ["--db", str(db), "--format", "gdelt-mentions", "--out", str(out)]).exit_code == 0
    rows = read_tsv(out)
    assert len(rows) == 2 and all(len(r) == 16 == len(GDELT_MENTION_COLUMNS) for r in rows)
    mentions = [dict(zip(GDELT_MENTION_COLUMNS, r)) for r in rows]
    assert {m["GLOBALEVENTID"] for m in mentions} == {col["GLOBALEVENTID"]}
    assert sorted(m["MentionSourceName"] for m in mentions) == ["lemonde.fr", "rt.com"]
    assert all(m["SentenceID"] == "1" and m["Actor1CharOffset"] == "0" and m["Actor2CharOffset"] == "21" for m in mentions)
    assert all(m["Confidence"] == "90" and m["MentionType"] == "1" for m in mentions)


def test_columns_follow_gdelt_codebook(shared: Path):
    folder = shared / "external" / "gdelt-cameo"
    with (folder / "GDELT_2.0_Events_columns.csv").open(encoding="utf-8") as fh:
        assert GDELT_EVENT_COLUMNS == [r["tableId"] for r in csv.DictReader(fh)]
    with (folder / "GDELT_2.0_Mentions_columns.tsv").open(encoding="utf-8") as fh:
        assert GDELT_MENTION_COLUMNS == [r["tableId"] for r in csv.DictReader(fh, delimiter="\t")]


def test_plain_formats_and_actor_codes(tmp_path: Path):
    db = tmp_path / "g.duckdb"
    make_db(db)
    runner = CliRunner()
    for fmt in ("parquet", "csv", "jsonl"):
        out = tmp_path / f"sources.{fmt}"
        assert runner.invoke(export, ["--db", str(db), "--table", "article_sources", "--format", fmt, "--out", str(out)]).exit_code == 0
    lines = (tmp_path / "sources.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(x)["origin"] for x in lines) == ["a1.txt", "a2.txt"]
    import duckdb

    assert duckdb.connect().execute(f"SELECT count(*) FROM '{tmp_path / 'sources.parquet'}'").fetchone()[0] == 2
    assert split_actor_code("UNO") == {"KnownGroupCode": "UNO"}
    assert split_actor_code("FRAMIL") == {"CountryCode": "FRA", "Type1Code": "MIL"}

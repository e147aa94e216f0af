"""The DuckDB store: schema version, idempotent upserts, failures recorded once."""

from __future__ import annotations

from pathlib import Path

from foedus.records import Annotation, Article, Event, Failure, Quote
from foedus.store.db import connect, record_failure, store_annotation
from foedus.store.schema import SCHEMA_VERSION, current_version


def annotation() -> Annotation:
    art = Article(id="a1", text="La Russie a condamné la Turquie.", language="fr", published="2015-11-26")
    ev = Event(article_id="a1", sentence=0, start=0, end=32, source="RUS", target="TUR", code="111", root="11",
               quad_class=3, goldstein=-2.0, date="2015-11-26", rule="test")
    q = Quote(article_id="a1", start=0, end=10, text="La Russie", kind="direct", speaker_text="X")
    return Annotation(article=art, events=[ev], quotes=[q])


def test_schema_version_and_idempotent_store(tmp_path: Path):
    db = tmp_path / "t.duckdb"
    con = connect(db)
    assert current_version(con) == SCHEMA_VERSION
    assert store_annotation(con, annotation()) is True
    assert store_annotation(con, annotation()) is False  # same content hash: nothing added
    counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "quotes")]
    assert counts == [1, 1, 1]
    record_failure(con, Failure("bad.txt", "empty file"))
    record_failure(con, Failure("bad.txt", "empty file"))
    assert con.execute("SELECT count(*) FROM failures").fetchone()[0] == 1
    con.close()
    con = connect(db)  # reopening does not migrate again
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1

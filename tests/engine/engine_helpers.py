"""Shared corpus builders for the engine tests (real French texts, a few bad and odd items)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb

CONTENT_TABLES = ("articles", "events", "quotes", "mentions", "timexes", "places", "failures", "article_status",
                  "article_sources", "article_minhash")
GERMAN = ("Die Bundesregierung hat am Dienstag in Berlin neue Sanktionen gegen mehrere Unternehmen beschlossen. "
          "Der Außenminister erklärte, man werde die Lage in den kommenden Wochen genau beobachten.")


def build_corpus(shared: Path, root: Path, n_wikinews: int) -> Path:
    """Wikinews texts, a near copy of the first one, a German article (no pipeline), a bad file."""
    corpus = root / "corpus"
    corpus.mkdir()
    sources = sorted((shared / "dev" / "wikinews-fr").glob("*.txt"))[:n_wikinews]
    for src in sources:
        shutil.copy(src, corpus / src.name)
    first = sources[0].read_text(encoding="utf-8")
    (corpus / "zz-copy.txt").write_text(first.rstrip() + "\n\nMis à jour le lendemain.\n", encoding="utf-8")
    (corpus / "zz-german.jsonl").write_text(json.dumps({"id": "de1", "text": GERMAN}) + "\n", encoding="utf-8")
    (corpus / "zz-empty.txt").write_text("")
    return corpus


def table_snapshot(db: Path) -> dict[str, object]:
    """What must be identical between two runs: row counts and the keys of every content table
    (timestamps and run ids differ by nature)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        snap: dict[str, object] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in CONTENT_TABLES}
        snap["article_ids"] = sorted(r[0] for r in con.execute("SELECT id FROM articles").fetchall())
        snap["event_ids"] = sorted(r[0] for r in con.execute("SELECT id FROM events").fetchall())
        snap["status"] = sorted(con.execute("SELECT origin, status, duplicate_of FROM article_status").fetchall())
        snap["sources"] = sorted(con.execute(
            "SELECT article_id, origin, duplicate_of FROM article_sources").fetchall())
    finally:
        con.close()
    return snap

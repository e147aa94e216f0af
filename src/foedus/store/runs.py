"""The run ledger: per-item status, article sources and MinHash signatures, written so that a
run killed at any instant can simply be started again.

Items are committed in groups (`commit_every` items or `commit_seconds`, whichever comes first;
1 = one transaction per item): an item's rows — article, records, source, signature, status —
always land in the same transaction, so a kill loses at most the uncommitted group, which the
next run redoes. One transaction and one multi-row INSERT per table for a whole group costs
the parent a fraction of per-item transactions (DuckDB pays per statement and per commit).

Status of an input item (keyed by its origin: file, `file:line`, `feed#entry`, `warc@offset`):
  done      — annotated and stored
  skipped   — stored without annotation: no pipeline for its language
  duplicate — an exact or near copy of `duplicate_of`; only a source row is added
  failed    — with the reason (unreadable input or annotation error); retried by the next run
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterator

import duckdb
import pyarrow as pa

from foedus.records import Annotation, Article, Failure
from foedus.store.db import _cell, _insert, event_id, record_failure, row_id
from foedus.store.schema import record_columns

FINAL_STATUSES = ("done", "skipped", "duplicate")


@dataclass
class RunCounts:
    total: int = 0
    stored: int = 0
    already: int = 0
    duplicates: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)


def annotation_rows(ann: Annotation, status: str) -> dict[str, list[dict[str, Any]]]:
    """The rows `store.db.write_annotation_rows` inserts for one article, by table (kept in step
    with it by tests/engine/test_ledger.py), so a group of articles is one INSERT per table."""
    art = ann.article
    aid = art.id
    return {
        "articles": [{**asdict(art), "status": status}],
        "mentions": [{**asdict(m), "id": row_id(aid, "m", m.start, m.end)} for m in ann.mentions],
        "quotes": [{**asdict(q), "id": row_id(aid, "q", q.kind, q.start, q.end)} for q in ann.quotes],
        "events": [{**asdict(e), "id": event_id(e)} for e in ann.events],
        "timexes": [{**asdict(t), "article_id": aid, "id": row_id(aid, "t", t.start)} for t in ann.timexes],
        "places": [{**asdict(p), "article_id": aid, "id": row_id(aid, "p", p.start)} for p in ann.places],
    }


def bulk_insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    """Many rows in one statement through an Arrow table (~5x less CPU than binding as many
    `?` parameters); the same cells as `store.db._insert`, which stays the fallback if Arrow
    cannot type a column (e.g. mixed text and numbers)."""
    if not rows:
        return
    cols = record_columns(table)
    try:
        data = pa.table({c: [_cell(r.get(c)) for r in rows] for c in cols})
    except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
        _insert(con, table, rows)
        return
    quoted = ", ".join(f'"{c}"' for c in cols)
    con.register("_foedus_rows", data)
    try:
        con.execute(f"INSERT INTO {table} ({quoted}) SELECT {quoted} FROM _foedus_rows")
    finally:
        con.unregister("_foedus_rows")


class RunLedger:
    """Writes results of one run; the only writer of the database while the run lasts.

    Writes are buffered and committed by `flush` (automatically every `commit_every` items or
    `commit_seconds`); `on_commit(n)` is told how many items each commit made durable."""

    def __init__(self, con: duckdb.DuckDBPyConnection, engine: str = "local", workers: int = 1,
                 paths: list[str] | None = None, commit_every: int = 1, commit_seconds: float = 1.0,
                 on_commit: Callable[[int], None] | None = None) -> None:
        self.con = con
        self.run_id = uuid.uuid4().hex[:12]
        self.commit_every, self.commit_seconds, self.on_commit = max(1, commit_every), commit_seconds, on_commit
        con.execute("INSERT INTO runs (run_id, engine, workers, paths) VALUES (?, ?, ?, ?)",
                    [self.run_id, engine, workers, json.dumps(paths or [])])
        # content hash → article id of every stored article: one scan instead of one per lookup
        self._stored: dict[str, str] = {}
        for content_hash, article_id in con.execute("SELECT content_hash, id FROM articles").fetchall():
            self._stored.setdefault(content_hash, article_id)
        # Keys that have rows in the keyed tables: a group whose keys are all new needs no DELETE
        # (three statements fewer per commit; a fresh corpus never has any to delete).
        self._keyed: set[str] = {k for (k,) in con.execute(
            "SELECT origin FROM article_status UNION SELECT origin FROM article_sources "
            "UNION SELECT article_id FROM article_minhash").fetchall() if k is not None}
        self._reset()

    def _reset(self) -> None:
        self._items = 0
        self._since = time.monotonic()
        self._rows: dict[str, list[dict[str, Any]]] = {}
        self._status_rows: dict[str, list[Any]] = {}  # origin → row (the last write of an origin wins)
        self._source_rows: dict[str, list[Any]] = {}
        self._minhash_rows: dict[str, list[Any]] = {}  # article id → row
        self._failures: list[Failure] = []
        self._pending_hashes: dict[str, str] = {}

    # ---- reading what earlier runs did -------------------------------------------------
    def finished_origins(self) -> dict[str, str]:
        rows = self.con.execute("SELECT origin, status FROM article_status WHERE status IN (?, ?, ?)",
                                list(FINAL_STATUSES)).fetchall()
        return {origin: status for origin, status in rows}

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        yield from self.con.execute("SELECT article_id, signature FROM article_minhash ORDER BY article_id").fetchall()

    def stored_id(self, content_hash: str) -> str | None:
        """Id of the stored (or stored-but-not-yet-committed) article with this content."""
        return self._stored.get(content_hash) or self._pending_hashes.get(content_hash)

    # ---- buffering; one transaction per group -------------------------------------------
    def _status(self, origin: str, article: Article | None, status: str, reason: str | None = None,
                duplicate_of: str | None = None) -> None:
        self._status_rows.pop(origin, None)  # re-inserted last: same order as delete + insert
        self._status_rows[origin] = [origin, article.id if article else None,
                                     article.content_hash if article else None, status, reason, duplicate_of,
                                     self.run_id]

    def _source(self, article: Article, duplicate_of: str | None, similarity: float | None) -> None:
        origin = article.origin or article.id
        self._source_rows.pop(origin, None)
        self._source_rows[origin] = [article.id, origin, article.url, article.source, article.__dict__.get("author"),
                                     article.published, duplicate_of, similarity]

    def _added(self) -> None:
        self._items += 1
        if self._items >= self.commit_every or time.monotonic() - self._since >= self.commit_seconds:
            self.flush()

    def flush(self) -> int:
        """Commit everything buffered in one transaction; returns the number of items."""
        items = self._items
        if not items:
            self._since = time.monotonic()
            return 0
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, rows in self._rows.items():
                bulk_insert(con, table, rows)
            for table, key, rows in (("article_sources", "origin", self._source_rows),
                                     ("article_status", "origin", self._status_rows),
                                     ("article_minhash", "article_id", self._minhash_rows)):
                if rows:
                    keys = list(rows)
                    if not self._keyed.isdisjoint(keys):
                        con.execute(f"DELETE FROM {table} WHERE {key} IN ({', '.join(['?'] * len(keys))})", keys)
                    self._insert_values(table, list(rows.values()))
            for failure in self._failures:
                record_failure(con, failure)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        self._stored.update(self._pending_hashes)
        self._keyed.update(self._source_rows, self._status_rows, self._minhash_rows)
        self._reset()
        if self.on_commit:
            self.on_commit(items)
        return items

    def _insert_values(self, table: str, rows: list[list[Any]]) -> None:
        cols = {"article_status": "(origin, article_id, content_hash, status, reason, duplicate_of, run_id)",
                "article_sources": "(article_id, origin, url, source, author, published, duplicate_of, similarity)",
                "article_minhash": "(article_id, num_perm, signature)"}[table]
        marks = "(" + ", ".join(["?"] * len(rows[0])) + ")"
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            self.con.execute(f"INSERT INTO {table} {cols} VALUES {', '.join([marks] * len(chunk))}",
                             [v for row in chunk for v in row])

    def write_article(self, ann: Annotation, status: str, signature: bytes | None, num_perm: int) -> bool:
        """Store an annotated (done) or unannotated (skipped) article with its source row and
        signature. False when its content was already stored (then it is a duplicate)."""
        art = ann.article
        existing = self.stored_id(art.content_hash)
        if existing is not None:
            self.write_duplicate(art, existing, 1.0)
            return False
        for table, rows in annotation_rows(ann, status).items():
            self._rows.setdefault(table, []).extend(rows)
        self._source(art, None, None)
        if signature is not None:
            self._minhash_rows[art.id] = [art.id, num_perm, signature]
        self._status(art.origin or art.id, art, status)
        self._pending_hashes[art.content_hash] = art.id
        self._added()
        return True

    def write_duplicate(self, article: Article, duplicate_of: str, similarity: float) -> None:
        self._source(article, duplicate_of, round(similarity, 4))
        self._status(article.origin or article.id, article, "duplicate", duplicate_of=duplicate_of)
        self._added()

    def write_failure(self, failure: Failure, article: Article | None = None) -> None:
        self._failures.append(failure)
        self._status(failure.origin, article, "failed", reason=failure.reason)
        self._added()

    def finish(self, counts: RunCounts, seconds: float) -> None:
        self.flush()
        data = {k: v for k, v in asdict(counts).items() if k != "failures"}
        self.con.execute(
            "UPDATE runs SET finished_at = current_timestamp, total = ?, stored = ?, already = ?, duplicates = ?, "
            "skipped = ?, failed = ?, seconds = ? WHERE run_id = ?",
            [data["total"], data["stored"], data["already"], data["duplicates"], data["skipped"], data["failed"],
             seconds, self.run_id])

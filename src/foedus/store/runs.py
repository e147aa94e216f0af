"""The run ledger: per-item status, article sources and MinHash signatures, each item written
in its own transaction so that a run killed at any instant can simply be started again.

Status of an input item (keyed by its origin: file, `file:line`, `feed#entry`, `warc@offset`):
  done      — annotated and stored
  skipped   — stored without annotation: no pipeline for its language
  duplicate — an exact or near copy of `duplicate_of`; only a source row is added
  failed    — with the reason (unreadable input or annotation error); retried by the next run
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from typing import Iterator

import duckdb

from foedus.records import Annotation, Article, Failure
from foedus.store.db import _insert, article_exists, record_failure, write_annotation_rows

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


class RunLedger:
    """Writes results of one run; the only writer of the database while the run lasts."""

    def __init__(self, con: duckdb.DuckDBPyConnection, engine: str = "local", workers: int = 1,
                 paths: list[str] | None = None) -> None:
        self.con = con
        self.run_id = uuid.uuid4().hex[:12]
        con.execute("INSERT INTO runs (run_id, engine, workers, paths) VALUES (?, ?, ?, ?)",
                    [self.run_id, engine, workers, json.dumps(paths or [])])

    # ---- reading what earlier runs did -------------------------------------------------
    def finished_origins(self) -> dict[str, str]:
        rows = self.con.execute("SELECT origin, status FROM article_status WHERE status IN (?, ?, ?)",
                                list(FINAL_STATUSES)).fetchall()
        return {origin: status for origin, status in rows}

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        yield from self.con.execute("SELECT article_id, signature FROM article_minhash ORDER BY article_id").fetchall()

    def stored_id(self, content_hash: str) -> str | None:
        return article_exists(self.con, content_hash)

    # ---- writing, one transaction per item ----------------------------------------------
    def _status(self, origin: str, article: Article | None, status: str, reason: str | None = None,
                duplicate_of: str | None = None) -> None:
        self.con.execute("DELETE FROM article_status WHERE origin = ?", [origin])
        self.con.execute(
            "INSERT INTO article_status (origin, article_id, content_hash, status, reason, duplicate_of, run_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [origin, article.id if article else None, article.content_hash if article else None, status, reason,
             duplicate_of, self.run_id])

    def _source(self, article: Article, duplicate_of: str | None, similarity: float | None) -> None:
        origin = article.origin or article.id
        self.con.execute("DELETE FROM article_sources WHERE origin = ?", [origin])
        self.con.execute(
            "INSERT INTO article_sources (article_id, origin, url, source, author, published, duplicate_of, similarity) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [article.id, origin, article.url, article.source, article.__dict__.get("author"), article.published,
             duplicate_of, similarity])

    def _atomic(self, write) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            write()
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise

    def write_article(self, ann: Annotation, status: str, signature: bytes | None, num_perm: int) -> bool:
        """Store an annotated (done) or unannotated (skipped) article with its source row and
        signature. False when its content was already stored (then it is a duplicate)."""
        art = ann.article
        existing = self.stored_id(art.content_hash)
        if existing is not None:
            self.write_duplicate(art, existing, 1.0)
            return False

        def write() -> None:
            write_annotation_rows(self.con, ann, status)
            self._source(art, None, None)
            if signature is not None:
                self.con.execute("DELETE FROM article_minhash WHERE article_id = ?", [art.id])
                self.con.execute("INSERT INTO article_minhash VALUES (?, ?, ?)", [art.id, num_perm, signature])
            self._status(art.origin or art.id, art, status)

        self._atomic(write)
        return True

    def write_duplicate(self, article: Article, duplicate_of: str, similarity: float) -> None:
        def write() -> None:
            self._source(article, duplicate_of, round(similarity, 4))
            self._status(article.origin or article.id, article, "duplicate", duplicate_of=duplicate_of)

        self._atomic(write)

    def write_failure(self, failure: Failure, article: Article | None = None) -> None:
        def write() -> None:
            record_failure(self.con, failure)
            self._status(failure.origin, article, "failed", reason=failure.reason)

        self._atomic(write)

    def finish(self, counts: RunCounts, seconds: float) -> None:
        data = {k: v for k, v in asdict(counts).items() if k != "failures"}
        self.con.execute(
            "UPDATE runs SET finished_at = current_timestamp, total = ?, stored = ?, already = ?, duplicates = ?, "
            "skipped = ?, failed = ?, seconds = ? WHERE run_id = ?",
            [data["total"], data["stored"], data["already"], data["duplicates"], data["skipped"], data["failed"],
             seconds, self.run_id])

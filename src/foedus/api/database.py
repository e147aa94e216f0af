"""One shared DuckDB connection per app, one cursor per request.

DuckDB connections are not thread-safe, but cursors made from one connection are independent
connections to the same database instance, so each request gets its own cursor. The database is
opened read-only unless the app has a write token; writes are serialised with a lock because
they run multi-statement transactions (see :func:`foedus.store.db.store_annotation`).
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from foedus.api.cache import ResponseCache
from foedus.store.db import connect

log = logging.getLogger(__name__)

# Largest events table loaded into memory per worker (see foedus.api.event_index for the memory);
# FOEDUS_EVENT_INDEX_MAX_ROWS=0 turns the in-memory index off.
EVENT_INDEX_MAX_ROWS = 3_000_000

# Columns stored as DuckDB JSON (lists/dicts of the record dataclasses) come back as text.
JSON_COLUMNS = {"members", "member_ids", "roles", "aliases"}


class Database:
    """The fixed database file the app serves; its path never comes from a request."""

    def __init__(self, path: str | Path, writable: bool = False, event_index: bool = True,
                 wait_for_index: bool = False) -> None:
        self.path = Path(path)
        self.writable = writable
        if writable:
            self._con = connect(self.path)  # creates and migrates the schema
        else:
            if not self.path.exists():
                # A fresh install has no database yet: create an empty one with the schema so
                # the dashboard works (read-only afterwards).
                connect(self.path).close()
            self._con = duckdb.connect(str(self.path), read_only=True)
        self.write_lock = threading.Lock()
        # Totals of filtered listings, keyed by SQL + parameters. A read-only database never
        # changes under the server, so a count stays true; writes through the API clear it.
        self._counts: dict[tuple[str, tuple[Any, ...]], int] = {}
        self._counts_lock = threading.Lock()
        # Whole GET responses (see foedus.api.cache); cleared with the counts on every write.
        self.responses = ResponseCache(max_bytes=int(os.environ.get("FOEDUS_RESPONSE_CACHE_MB", 64)) << 20)
        self._tables = {
            row[0]
            for row in self._con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            ).fetchall()
        }
        # In-memory events for read-only servers (the table cannot change under them); built in
        # the background so the server answers (through SQL) while it loads.
        self.event_index: Any = None
        self.index_state = "off"
        self._index_thread: threading.Thread | None = None
        limit = int(os.environ.get("FOEDUS_EVENT_INDEX_MAX_ROWS", EVENT_INDEX_MAX_ROWS))
        if event_index and not writable and limit > 0 and self.has_table("events"):
            rows = self._con.execute("SELECT count(*) FROM events").fetchone()[0]
            if rows <= limit:
                self.index_state = "building"
                if wait_for_index:
                    self._build_index()
                else:
                    self._index_thread = threading.Thread(target=self._build_index, name="foedus-event-index", daemon=True)
                    self._index_thread.start()

    def _build_index(self) -> None:
        from foedus.api.event_index import EventIndex

        try:
            with self.cursor() as cur:
                self.event_index = EventIndex(cur)
            self.index_state = "ready"
        except Exception:  # the SQL path keeps working
            log.exception("could not build the in-memory event index")
            self.index_state = "failed"

    def wait_index(self, timeout: float = 60.0) -> str:
        if self._index_thread is not None:
            self._index_thread.join(timeout)
        return self.index_state

    def has_table(self, name: str) -> bool:
        return name in self._tables

    @contextmanager
    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def count(self, cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> int:
        key = (sql, tuple(tuple(p) if isinstance(p, list) else p for p in params))
        with self._counts_lock:
            if key in self._counts:
                return self._counts[key]
        total = int(cur.execute(sql, params).fetchone()[0])
        with self._counts_lock:
            if len(self._counts) >= 10_000:  # bound memory: forget everything, refill on demand
                self._counts.clear()
            self._counts[key] = total
        return total

    def invalidate(self) -> None:
        with self._counts_lock:
            self._counts.clear()
        self.responses.clear()

    def close(self) -> None:
        self.wait_index(60.0)
        self._con.close()


def rows_as_dicts(cur: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    """Run a query and return plain dicts (JSON columns decoded), cheaper than a DataFrame."""
    result = cur.execute(sql, params or [])
    names = [d[0] for d in result.description]
    return [decode_row(dict(zip(names, row))) for row in result.fetchall()]


def decode_row(row: dict[str, Any]) -> dict[str, Any]:
    for key in JSON_COLUMNS.intersection(row):
        value = row[key]
        if isinstance(value, str):
            try:
                row[key] = json.loads(value)
            except json.JSONDecodeError:
                row[key] = []
    for key, value in row.items():
        # DATE/TIMESTAMP columns (articles.published may be typed by other tools) → ISO text.
        if hasattr(value, "isoformat") and not isinstance(value, str):
            row[key] = value.isoformat()
    return row

"""An in-memory columnar copy of the events table for read-only servers.

A read-only database never changes while the server runs, so each worker process loads the
events once (Arrow, ordered by ``date NULLS LAST, rowid``) and answers ``/api/events`` without
SQL: a date range is a slice found by binary search, code filters compare small integer codes
(each text column is dictionary-encoded, so a prefix is matched against the few distinct values,
not against every row), the total is the length of the match, and a page is an Arrow ``take``.
Ordering follows the SQL path exactly: ``ORDER BY <column> ASC|DESC NULLS LAST, rowid``.

Writable servers, where the table changes under the server, keep the SQL path.
"""

from __future__ import annotations

import bisect
import threading
from functools import lru_cache
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic_core import to_json

from foedus.api.models import EventOut

from foedus.api.queries import EVENT_SORTS, EventFilters, next_day

# Columns kept as dictionary codes for filtering and sorting.
CODED = ("source", "target", "code", "root", "place_country", "article_id")


class _Coded:
    """A text column as int32 codes into a sorted list of its distinct values (NULL → -1)."""

    def __init__(self, column: pa.ChunkedArray | pa.Array) -> None:
        values = pc.unique(column).drop_null().to_pylist()
        values.sort()  # Python str order is code-point order, the same as DuckDB's byte order
        self.values: list[str] = values
        self.lookup = {v: i for i, v in enumerate(values)}
        codes = pc.index_in(column, value_set=pa.array(values, type=pa.string()))
        self.codes = np.asarray(pc.fill_null(codes, -1).to_numpy(zero_copy_only=False), dtype=np.int32)
        self._prefix = lru_cache(maxsize=4096)(self._prefix_codes)

    def _prefix_codes(self, prefix: str) -> tuple[int, ...]:
        # values are sorted, so the ones starting with prefix are one contiguous run
        lo = bisect.bisect_left(self.values, prefix)
        hi = lo
        while hi < len(self.values) and self.values[hi].startswith(prefix):
            hi += 1
        return tuple(range(lo, hi))

    def equal(self, value: str, sl: slice) -> np.ndarray:
        code = self.lookup.get(value)
        if code is None:
            return np.zeros(sl.stop - sl.start, dtype=bool)
        return self.codes[sl] == code

    def prefix(self, prefix: str, sl: slice) -> np.ndarray:
        matching = self._prefix(prefix)
        part = self.codes[sl]
        if not matching:
            return np.zeros(len(part), dtype=bool)
        if len(matching) == 1:
            return part == matching[0]
        # a contiguous run of codes: a range test is two vector comparisons
        return (part >= matching[0]) & (part <= matching[-1])


class EventIndex:
    """The events of a read-only database, filtered and paged in memory."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        table = con.sql(
            "SELECT rowid AS __rowid, * FROM events ORDER BY date ASC NULLS LAST, rowid"
        ).to_arrow_table().combine_chunks()
        self.size = table.num_rows
        self.rowid = np.asarray(table.column("__rowid").to_numpy(), dtype=np.int64)
        self.table = table.drop_columns(["__rowid"])
        self.columns = self.table.column_names
        fields = list(EventOut.model_fields)
        self.out = self.table.select([c for c in fields if c in self.columns])
        self.out_missing = {c: None for c in fields if c not in self.columns}
        self.coded = {name: _Coded(self.table.column(name)) for name in CODED}
        quad = self.table.column("quad_class")
        self.quad = np.asarray(pc.fill_null(quad, -1).to_numpy(zero_copy_only=False), dtype=np.int64)
        # Dates: the table is sorted by date, so each distinct date is one run; NULLs come last.
        dates = self.table.column("date")
        self.dated = self.size - dates.null_count
        date_codes = _Coded(dates)
        self.date_values = date_codes.values
        codes = date_codes.codes[: self.dated]
        self.date_starts = np.flatnonzero(np.diff(codes, prepend=-1)) if self.dated else np.zeros(0, dtype=np.int64)
        self._ranks: dict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = {}
        # ids sorted (as UTF-8 bytes) with their positions, for the ids filter
        raw = np.array([v.encode("utf-8") for v in pc.fill_null(self.table.column("id"), "").to_pylist()] or [b""],
                       dtype=bytes)[: self.size]
        by_id = np.argsort(raw, kind="stable")
        self._ids = (raw[by_id], by_id.astype(np.int64))
        self._ranks_lock = threading.Lock()

    # -- filtering ---------------------------------------------------------------------------

    def covers(self, filters: EventFilters) -> bool:
        return True  # every filter of EventFilters is answered here

    def _date_slice(self, date_from: str | None, date_to: str | None) -> slice:
        if not (date_from or date_to):
            return slice(0, self.size)
        lo, hi = 0, self.dated  # SQL comparisons drop NULL dates
        if date_from:
            lo = self._date_position(date_from)
        if date_to:
            hi = self._date_position(next_day(date_to))
        return slice(lo, max(lo, hi))

    def _date_position(self, bound: str) -> int:
        """Position of the first row whose date is >= bound."""
        k = bisect.bisect_left(self.date_values, bound)
        return int(self.date_starts[k]) if k < len(self.date_starts) else self.dated

    def match(self, f: EventFilters) -> np.ndarray:
        """Positions (in date order) of the events matching the filters."""
        sl = self._date_slice(f.date_from, f.date_to)
        mask: np.ndarray | None = None

        def both(part: np.ndarray) -> None:
            nonlocal mask
            mask = part if mask is None else (mask & part)

        src, tgt = self.coded["source"], self.coded["target"]
        if f.actor:
            both(src.prefix(f.actor, sl) | tgt.prefix(f.actor, sl))
        if f.source:
            both(src.prefix(f.source, sl))
        if f.target:
            both(tgt.prefix(f.target, sl))
        if f.dyad:
            a, b = f.dyad
            both((src.prefix(a, sl) & tgt.prefix(b, sl)) | (src.prefix(b, sl) & tgt.prefix(a, sl)))
        if f.country:
            both(self.coded["place_country"].equal(f.country, sl))
        if f.code:
            both(self.coded["code"].prefix(f.code, sl))
        if f.root:
            both(self.coded["root"].equal(f.root, sl))
        if f.quad is not None:
            both(self.quad[sl] == f.quad)
        if f.article:
            both(self.coded["article_id"].equal(f.article, sl))
        if f.ids is not None:
            # the dashboard's "events of this edge" (≤ 1000 ids): binary searches in the sorted ids
            found = self._id_positions(f.ids)
            found = found[(found >= sl.start) & (found < sl.stop)] - sl.start
            part = np.zeros(sl.stop - sl.start, dtype=bool)
            part[found] = True
            both(part)
        positions = np.arange(sl.start, sl.stop) if mask is None else sl.start + np.flatnonzero(mask)
        if f.q and len(positions):
            # Last, on the rows left: ILIKE '%q%' as a case-insensitive substring test.
            texts = self.table.column("sentence_text").take(pa.array(positions))
            hit = pc.fill_null(pc.match_substring(texts, f.q, ignore_case=True), False)
            positions = positions[np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)]
        return positions

    def _id_positions(self, ids: list[str]) -> np.ndarray:
        sorted_ids, by_id = self._ids
        width = sorted_ids.dtype.itemsize
        wanted = np.array(sorted({i.encode("utf-8") for i in ids if i and len(i.encode("utf-8")) <= width}), dtype=bytes)
        if not len(wanted):
            return np.zeros(0, dtype=np.int64)
        wanted = wanted.astype(sorted_ids.dtype)
        lo = np.searchsorted(sorted_ids, wanted, side="left")
        hi = np.searchsorted(sorted_ids, wanted, side="right")
        return np.concatenate([by_id[a:b] for a, b in zip(lo, hi) if b > a] or [np.zeros(0, dtype=np.int64)])

    # -- ordering ----------------------------------------------------------------------------

    def _rank(self, sort: str, order: str) -> tuple[np.ndarray, np.ndarray]:
        """(rank, ordered): rank[position] = place of that row in ORDER BY sort order NULLS LAST,
        rowid; ordered = the positions in that order. Built on first use of a sort, then kept."""
        key = (sort, order)
        with self._ranks_lock:
            if key in self._ranks:
                return self._ranks[key]
        if sort in self.coded or sort == "date":
            values = self.coded[sort].codes if sort in self.coded else _Coded(self.table.column("date")).codes
            values = values.astype(np.float64)
            nulls = values < 0
        else:
            column = self.table.column(sort)
            nulls = np.asarray(column.is_null().to_numpy(zero_copy_only=False), dtype=bool)
            values = np.asarray(pc.fill_null(pc.cast(column, pa.float64()), 0.0).to_numpy(zero_copy_only=False))
        if order == "desc":
            values = -values
        # lexsort: last key is primary → NULLs last, then the value, then rowid.
        dtype = np.int32 if self.size < 2**31 else np.int64
        ordered = np.lexsort((self.rowid, values, nulls)).astype(dtype)
        rank = np.empty(self.size, dtype=dtype)
        rank[ordered] = np.arange(self.size, dtype=dtype)
        with self._ranks_lock:
            self._ranks[key] = (rank, ordered)
        return rank, ordered

    def cheap(self, f: EventFilters, sort: str, order: str) -> bool:
        """True when answering takes a millisecond or two (no text scan, no ordering to build):
        then it may run on the event loop; otherwise callers use a thread."""
        return not f.q and (sort == "date" and order == "asc" or (sort, order) in self._ranks)

    def page(self, positions: np.ndarray, sort: str, order: str, limit: int, offset: int) -> np.ndarray:
        if sort not in EVENT_SORTS or order not in ("asc", "desc"):
            raise ValueError(f"cannot sort by {sort!r} {order!r}")
        end = offset + limit
        if offset >= len(positions):
            return positions[:0]
        if sort == "date" and order == "asc":
            return positions[offset:end]  # the layout order itself
        rank, ordered = self._rank(sort, order)
        if len(positions) == self.size:  # no filter: the order itself
            return ordered[offset:end].astype(np.int64)
        if len(positions) > self.size // 16:
            # Many matches: walk the sorted order until the page is full (stops early).
            mask = np.zeros(self.size, dtype=bool)
            mask[positions] = True
            found: list[np.ndarray] = []
            have, step = 0, max(4096, 4 * end * self.size // len(positions))
            for start in range(0, self.size, step):
                chunk = ordered[start:start + step]
                chunk = chunk[mask[chunk]]
                found.append(chunk)
                have += len(chunk)
                if have >= end:
                    break
            return np.concatenate(found)[offset:end].astype(np.int64)
        ranks = rank[positions]
        if end < len(positions):
            keep = np.argpartition(ranks, end - 1)[:end]
            keep = keep[np.argsort(ranks[keep], kind="stable")]
        else:
            keep = np.argsort(ranks, kind="stable")
        return positions[keep[offset:end]]

    def rows(self, positions: np.ndarray) -> list[dict[str, Any]]:
        if not len(positions):
            return []
        return self.table.take(pa.array(positions)).to_pylist()

    def page_json(self, total: int, positions: np.ndarray, limit: int, offset: int) -> bytes:
        """The Page[EventOut] JSON of these rows, encoded straight from the typed Arrow values.

        The columns are the table's own DuckDB types, which EventOut mirrors, so the rows need no
        validation; only EventOut's fields are sent, in its order (tests compare with the
        validated SQL path byte for byte)."""
        items = []
        if len(positions):
            part = self.out.take(pa.array(positions))
            names = part.column_names
            items = [dict(zip(names, values), **self.out_missing)
                     for values in zip(*(column.to_pylist() for column in part.columns))]
        return to_json({"total": total, "limit": limit, "offset": offset, "items": items})

    def query(self, f: EventFilters, sort: str, order: str, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        positions = self.match(f)
        return len(positions), self.rows(self.page(positions, sort, order, limit, offset))

    def query_json(self, f: EventFilters, sort: str, order: str, limit: int, offset: int) -> bytes:
        positions = self.match(f)
        return self.page_json(len(positions), self.page(positions, sort, order, limit, offset), limit, offset)

"""An in-memory copy of the events table for read-only servers.

A read-only database never changes while the server runs, so each worker process loads the
events once, ordered by ``date NULLS LAST, rowid``, and answers ``/api/events`` without SQL:

* every filter is a packed bitmap over the rows (foedus.api.bitmaps): a code column keeps one
  bitmap per common value and the positions of each rare one, so a prefix or equality filter
  is an OR of a few bitmaps, filters combine with AND, and the total is a popcount;
* a date range is a slice of rows found by binary search (the rows are in date order);
* each row's JSON (the EventOut object) is encoded once, by DuckDB, when the index is built,
  so a page is a join of byte slices;
* each sort order (``ORDER BY <column> ASC|DESC NULLS LAST, rowid``, as the SQL path) is
  computed once when the index is built, so no request pays for a sort.

Memory: about 1.2 GB of resident memory per million events per worker process (row JSON
~600 MB, sort orders ~130 MB, the evidence sentences for text search, codes and bitmaps). Writable servers keep the SQL path.
"""

from __future__ import annotations

import bisect
import json
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic_core import to_json

from foedus.api import bitmaps
from foedus.api.bitmaps import CodedColumn
from foedus.api.models import EventOut
from foedus.api.queries import EVENT_SORTS, EventFilters, next_day

# Text columns filtered by prefix or equality.
CODED = ("source", "target", "code", "root", "place_country", "article_id")
# DuckDB and pydantic write a double of magnitude >= 1e16 differently (10000000000000000.0 vs
# 1e+16); rows holding one are encoded by pydantic instead.
EXOTIC_DOUBLE = 1e15
ORDER_SQL = "ORDER BY date ASC NULLS LAST, rowid"
# A sorted page is found by walking the sort order (stopping when the page is full) when that
# walk is expected to look at fewer than this share of the rows; otherwise by ranking all the
# matches (which unpacks the whole bitmap).
WALK_SHARE = 16
# A text search over at most this many rows runs on the event loop (a few ms).
TEXT_INLINE_ROWS = 20_000


def _text_column(column: pa.ChunkedArray | pa.Array) -> CodedColumn:
    values = sorted(pc.unique(column).drop_null().to_pylist())  # str order = DuckDB byte order
    codes = pc.index_in(column, value_set=pa.array(values, type=pa.string()))
    return CodedColumn(np.asarray(pc.fill_null(codes, -1).to_numpy(zero_copy_only=False)), values)


def _number_column(column: pa.ChunkedArray | pa.Array) -> CodedColumn:
    raw = np.asarray(pc.fill_null(pc.cast(column, pa.int64()), -(2**62)).to_numpy(zero_copy_only=False))
    values, codes = np.unique(raw, return_inverse=True)
    codes = codes.astype(np.int32)
    if len(values) and values[0] == -(2**62):  # NULL
        codes -= 1
        values = values[1:]
    return CodedColumn(codes, [int(v) for v in values])


def _concatenated(texts: pa.ChunkedArray) -> tuple[np.ndarray, bytes]:
    """(offsets, data) of a string column in one buffer: row k is data[offsets[k]:offsets[k + 1]].
    Built from the chunks' own buffers (one copy of the text, no Arrow concatenation)."""
    offsets = [np.zeros(1, dtype=np.int64)]
    parts: list[memoryview] = []
    size = 0
    for chunk in texts.chunks:
        if not len(chunk):
            continue
        _, raw_offsets, data = chunk.buffers()
        kind = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
        own = np.frombuffer(raw_offsets, dtype=kind)[chunk.offset: chunk.offset + len(chunk) + 1].astype(np.int64)
        parts.append(memoryview(data)[own[0]: own[-1]])
        offsets.append(own[1:] - own[0] + size)
        size += int(own[-1] - own[0])
    return np.concatenate(offsets), b"".join(parts)


class RowJson:
    """The EventOut JSON of every row as one byte buffer with offsets."""

    def __init__(self, con: duckdb.DuckDBPyConnection, columns: dict[str, str]) -> None:
        fields = list(EventOut.model_fields)
        struct = ", ".join(f"'{f}': " + (f'"{f}"' if f in columns else "NULL") for f in fields)
        doubles = [f'abs("{c}") >= {EXOTIC_DOUBLE}' for c, kind in columns.items() if kind in ("DOUBLE", "FLOAT")]
        exotic = " OR ".join(doubles) or "false"
        table = con.sql(
            f"SELECT CAST(to_json({{{struct}}}) AS VARCHAR) AS j, coalesce({exotic}, false) AS exotic "
            f"FROM events {ORDER_SQL}"
        ).to_arrow_table()
        texts = table.column("j")
        redo = np.flatnonzero(np.asarray(table.column("exotic").to_numpy(), dtype=bool))
        if len(redo):
            rows = con.sql(f"SELECT * FROM events {ORDER_SQL}").to_arrow_table().take(pa.array(redo)).to_pylist()
            fixed = [to_json({f: row.get(f) for f in fields}).decode() for row in rows]
            patched = texts.to_pylist()
            for k, text in zip(redo, fixed):
                patched[k] = text
            texts = pa.chunked_array([pa.array(patched, type=pa.string())])
        self.offsets, self.data = _concatenated(texts)

    def page(self, total: int, positions: np.ndarray, limit: int, offset: int) -> bytes:
        starts, ends = self.offsets[positions].tolist(), self.offsets[positions + 1].tolist()
        data = self.data
        items = b",".join([data[a:b] for a, b in zip(starts, ends)])
        return b'{"total":%d,"limit":%d,"offset":%d,"items":[%s]}' % (total, limit, offset, items)

    def row(self, position: int) -> dict[str, Any]:
        return json.loads(self.data[self.offsets[position]:self.offsets[position + 1]])


def _return_freed_memory(con: duckdb.DuckDBPyConnection) -> None:
    """Let DuckDB's allocator give memory back to the system: otherwise the ~0.7 GB per million
    events used to sort the row JSON at build time stays with the worker for its whole life."""
    for setting in ("allocator_background_threads = true", "allocator_flush_threshold = '8MB'",
                    "allocator_bulk_deallocation_flush_threshold = '8MB'"):
        try:
            con.execute(f"SET {setting}")
        except duckdb.Error:  # a DuckDB without the setting: only memory is at stake
            pass


class EventIndex:
    """The events of a read-only database, filtered and paged in memory."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        _return_freed_memory(con)
        columns = dict(con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'events'").fetchall())
        table = con.sql(
            f"SELECT rowid AS __rowid, id, date, sentence_text, quad_class, {', '.join(CODED)}, "
            f"{', '.join(c for c in EVENT_SORTS if c not in CODED and c not in ('date', 'quad_class'))} "
            f"FROM events {ORDER_SQL}"
        ).to_arrow_table().combine_chunks()
        self.size = table.num_rows
        rowid = np.asarray(table.column("__rowid").to_numpy(), dtype=np.int64)
        self.coded = {name: _text_column(table.column(name)) for name in CODED}
        self.coded["quad_class"] = self.quad = _number_column(table.column("quad_class"))
        self.texts = table.column("sentence_text")
        # Dates: the rows are sorted by date, so each distinct date is one run; NULLs come last.
        dates = _text_column(table.column("date"))
        self.dated = self.size - table.column("date").null_count
        self.date_values = dates.values
        self.date_starts = np.flatnonzero(np.diff(dates.codes[: self.dated], prepend=-1))
        self.coded["date"] = dates
        # ids sorted (as UTF-8 bytes) with their positions, for the ids filter
        raw = np.array([v.encode("utf-8") for v in pc.fill_null(table.column("id"), "").to_pylist()] or [b""],
                       dtype=bytes)[: self.size]
        by_id = np.argsort(raw, kind="stable")
        self._ids = (raw[by_id], by_id.astype(np.int64))
        self._orders = {(sort, order): self._order(table, rowid, sort, order)
                        for sort in EVENT_SORTS for order in ("asc", "desc") if (sort, order) != ("date", "asc")}
        self.json = RowJson(con, columns)
        pa.default_memory_pool().release_unused()  # the build's temporary Arrow tables

    # -- filtering ---------------------------------------------------------------------------

    def covers(self, filters: EventFilters) -> bool:
        return True  # every filter of EventFilters is answered here

    def _date_bounds(self, date_from: str | None, date_to: str | None) -> tuple[int, int]:
        if not (date_from or date_to):
            return 0, self.size
        lo, hi = 0, self.dated  # SQL comparisons drop NULL dates
        if date_from:
            lo = self._date_position(date_from)
        if date_to:
            hi = self._date_position(next_day(date_to))
        return lo, max(lo, hi)

    def _date_position(self, bound: str) -> int:
        """Position of the first row whose date is >= bound."""
        k = bisect.bisect_left(self.date_values, bound)
        return int(self.date_starts[k]) if k < len(self.date_starts) else self.dated

    def match(self, f: EventFilters) -> tuple[np.ndarray, int]:
        """The rows matching every filter but the text search, as bitmap words over the date
        range, and the index of the first of those words (a copy: callers may modify it)."""
        lo, hi = self._date_bounds(f.date_from, f.date_to)
        first, last = lo >> 6, bitmaps.n_words(hi)
        parts: list[np.ndarray] = []  # full-length bitmaps, ANDed below over the date range
        src, tgt = self.coded["source"], self.coded["target"]
        if f.actor:
            parts.append(src.bitmap(src.prefix_range(f.actor)) | tgt.bitmap(tgt.prefix_range(f.actor)))
        if f.source:
            parts.append(src.bitmap(src.prefix_range(f.source)))
        if f.target:
            parts.append(tgt.bitmap(tgt.prefix_range(f.target)))
        if f.dyad:
            a, b = f.dyad
            sa, sb = src.bitmap(src.prefix_range(a)), src.bitmap(src.prefix_range(b))
            ta, tb = tgt.bitmap(tgt.prefix_range(a)), tgt.bitmap(tgt.prefix_range(b))
            parts.append((sa & tb) | (sb & ta))
        for name, value in (("place_country", f.country), ("root", f.root), ("article_id", f.article)):
            if value:
                parts.append(self.coded[name].bitmap(self.coded[name].equal_range(value)))
        if f.code:
            parts.append(self.coded["code"].bitmap(self.coded["code"].prefix_range(f.code)))
        if f.quad is not None:
            parts.append(self.quad.bitmap(self.quad.equal_range(f.quad)))
        if f.ids is not None:
            # the dashboard's "events of this edge" (≤ 1000 ids): binary searches in the sorted ids
            parts.append(bitmaps.from_positions(np.unique(self._id_positions(f.ids)), self.size))
        if parts:
            words = parts[0][first:last].copy()
            for part in parts[1:]:
                np.bitwise_and(words, part[first:last], out=words)
        else:
            words = np.full(last - first, bitmaps.ALL_BITS, dtype=np.uint64)
        bitmaps.clip(words, lo, hi)
        return words, first

    def search_text(self, words: np.ndarray, first: int, q: str) -> np.ndarray:
        """Of these rows, those whose evidence sentence contains ``q`` (ILIKE '%q%': a
        case-insensitive substring test), as words over the same range."""
        rows = bitmaps.positions(words, first)
        if not len(rows):
            return words
        hit = pc.fill_null(pc.match_substring(self.texts.take(pa.array(rows)), q, ignore_case=True), False)
        rows = rows[np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)]
        return bitmaps.from_positions(rows, self.size)[first:first + len(words)]

    def _id_positions(self, ids: list[str]) -> np.ndarray:
        sorted_ids, by_id = self._ids
        width = sorted_ids.dtype.itemsize
        wanted = np.array(sorted({i.encode("utf-8") for i in ids if i and len(i.encode("utf-8")) <= width}), dtype=bytes)
        if not len(wanted) or not self.size:
            return np.zeros(0, dtype=np.int64)
        wanted = wanted.astype(sorted_ids.dtype)
        lo = np.searchsorted(sorted_ids, wanted, side="left")
        hi = np.searchsorted(sorted_ids, wanted, side="right")
        return np.concatenate([by_id[a:b] for a, b in zip(lo, hi) if b > a] or [np.zeros(0, dtype=np.int64)])

    # -- ordering ----------------------------------------------------------------------------

    def _order(self, table: pa.Table, rowid: np.ndarray, sort: str, order: str) -> tuple[np.ndarray, np.ndarray]:
        """(rank, ordered): ordered = the positions in ORDER BY sort order NULLS LAST, rowid;
        rank[position] = place of that row in it."""
        if sort in self.coded:
            values = self.coded[sort].codes.astype(np.float64)
            nulls = values < 0
        else:
            column = table.column(sort)
            nulls = np.asarray(column.is_null().to_numpy(zero_copy_only=False), dtype=bool)
            values = np.asarray(pc.fill_null(pc.cast(column, pa.float64()), 0.0).to_numpy(zero_copy_only=False))
        if order == "desc":
            values = -values
        # lexsort: last key is primary → NULLs last, then the value, then rowid.
        dtype = np.int32 if self.size < 2**31 else np.int64
        ordered = np.lexsort((rowid, values, nulls)).astype(dtype)
        rank = np.empty(self.size, dtype=dtype)
        rank[ordered] = np.arange(self.size, dtype=dtype)
        return rank, ordered

    def text_search_is_cheap(self, words: np.ndarray) -> bool:
        """True when a text search over these rows takes a few milliseconds: then it runs on the
        event loop (a thread hop and the GIL hand-over cost more); otherwise in a thread."""
        return bitmaps.count(words) <= TEXT_INLINE_ROWS

    def page(self, words: np.ndarray, first: int, total: int, sort: str, order: str, limit: int,
             offset: int) -> np.ndarray:
        """Positions of the page's rows, in the requested order."""
        if sort not in EVENT_SORTS or order not in ("asc", "desc"):
            raise ValueError(f"cannot sort by {sort!r} {order!r}")
        end = offset + limit
        if offset >= total:
            return np.zeros(0, dtype=np.int64)
        if sort == "date" and order == "asc":
            return bitmaps.nth_positions(words, offset, end, first)  # the layout order itself
        rank, ordered = self._orders[(sort, order)]
        if total == self.size:  # no filter: the order itself
            return ordered[offset:end].astype(np.int64)
        if end * self.size <= total * (self.size // WALK_SHARE):
            # Enough matches that the page is near the start of the order: walk it.
            found: list[np.ndarray] = []
            have, step = 0, 4096 + 5 * end * self.size // (4 * total)
            for start in range(0, self.size, step):
                chunk = ordered[start:start + step].astype(np.int64)
                chunk = chunk[bitmaps.contains(words, chunk, first)]
                found.append(chunk)
                have += len(chunk)
                if have >= end:
                    break
            return np.concatenate(found)[offset:end]
        rows = bitmaps.positions(words, first)
        ranks = rank[rows]
        if end < len(rows):
            keep = np.argpartition(ranks, end - 1)[:end]
            keep = keep[np.argsort(ranks[keep], kind="stable")]
        else:
            keep = np.argsort(ranks, kind="stable")
        return rows[keep[offset:end]]

    def query(self, f: EventFilters, sort: str, order: str, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        words, first = self.match(f)
        if f.q:
            words = self.search_text(words, first, f.q)
        total = bitmaps.count(words)
        return total, [self.json.row(int(p)) for p in self.page(words, first, total, sort, order, limit, offset)]

    def page_json(self, words: np.ndarray, first: int, sort: str, order: str, limit: int, offset: int) -> bytes:
        """The Page[EventOut] JSON of these rows (byte for byte what the SQL path's validation writes)."""
        total = bitmaps.count(words)
        return self.json.page(total, self.page(words, first, total, sort, order, limit, offset), limit, offset)

    def query_json(self, f: EventFilters, sort: str, order: str, limit: int, offset: int) -> bytes:
        words, first = self.match(f)
        if f.q:
            words = self.search_text(words, first, f.q)
        return self.page_json(words, first, sort, order, limit, offset)

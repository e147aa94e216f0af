"""Packed bitmaps over the rows of the in-memory event index, and coded columns that hand them out.

A set of rows is a little-endian array of uint64 words (bit ``p % 64`` of word ``p // 64`` is
row ``p``). For a million rows that is 15,625 words, so an AND/OR of two filters or a count of
the matches takes microseconds, where the same work on a boolean array per row takes about a
millisecond (and ``np.flatnonzero`` over a million booleans almost two). Row positions are
only unpacked for the words that hold the page asked for.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

ALL_BITS = np.uint64(0xFFFF_FFFF_FFFF_FFFF)

# A value gets its own stored bitmap when at least this share of rows hold it (at most 128
# bitmaps, 16 bytes a row, per column); rarer values keep only their sorted positions.
DENSE_SHARE = 128
PREFIX_CACHE_SIZE = 64


def n_words(n_rows: int) -> int:
    return (n_rows + 63) // 64


def from_mask(mask: np.ndarray) -> np.ndarray:
    """Bitmap of a boolean array."""
    packed = np.packbits(mask, bitorder="little")
    padded = np.zeros(n_words(len(mask)) * 8, dtype=np.uint8)
    padded[: len(packed)] = packed
    return padded.view(np.uint64)


def from_positions(positions: np.ndarray, n_rows: int) -> np.ndarray:
    """Bitmap of a sorted array of distinct row positions."""
    words = np.zeros(n_words(n_rows), dtype=np.uint64)
    if len(positions):
        positions = np.asarray(positions, dtype=np.int64)
        word = positions >> 6
        bits = np.left_shift(np.uint64(1), (positions & 63).astype(np.uint64))
        starts = np.flatnonzero(np.diff(word, prepend=-1))
        words[word[starts]] = np.bitwise_or.reduceat(bits, starts)
    return words


def count(words: np.ndarray) -> int:
    return int(np.bitwise_count(words).sum(dtype=np.int64))


def positions(words: np.ndarray, first_word: int = 0) -> np.ndarray:
    """Row positions of the set bits, ascending (``first_word``: index of ``words[0]``)."""
    nonzero = np.flatnonzero(words)
    if not len(nonzero):
        return np.zeros(0, dtype=np.int64)
    bits = np.unpackbits(words[nonzero].view(np.uint8), bitorder="little").reshape(-1, 64)
    row, column = np.nonzero(bits)
    return (nonzero[row].astype(np.int64) + first_word) * 64 + column


def nth_positions(words: np.ndarray, start: int, stop: int, first_word: int = 0) -> np.ndarray:
    """Positions of the set bits number ``start`` … ``stop - 1`` (in position order), unpacking
    only the words that hold them."""
    if stop <= start:
        return np.zeros(0, dtype=np.int64)
    running = np.cumsum(np.bitwise_count(words), dtype=np.int64)
    if not len(running) or start >= running[-1]:
        return np.zeros(0, dtype=np.int64)
    lo = int(np.searchsorted(running, start, side="right"))
    hi = min(len(words), int(np.searchsorted(running, stop - 1, side="right")) + 1)
    before = int(running[lo - 1]) if lo else 0
    found = positions(words[lo:hi], first_word + lo)
    return found[start - before: stop - before]


def contains(words: np.ndarray, rows: np.ndarray, first_word: int = 0) -> np.ndarray:
    """Membership of each row position (rows outside the words' range are not members)."""
    word = (rows >> 6) - first_word
    inside = (word >= 0) & (word < len(words))
    hit = np.zeros(len(rows), dtype=bool)
    picked = words[word[inside]] >> (rows[inside] & 63).astype(np.uint64)
    hit[inside] = (picked & np.uint64(1)).astype(bool)
    return hit


def clip(words: np.ndarray, lo: int, hi: int) -> None:
    """Clear, in place, the bits of rows before ``lo`` and from ``hi`` on, in the words that
    cover rows ``lo`` … ``hi - 1`` (``words[0]`` is word ``lo // 64``)."""
    if len(words):
        words[0] &= ALL_BITS << np.uint64(lo & 63)
        if hi & 63:
            words[-1] &= ~(ALL_BITS << np.uint64(hi & 63))


class CodedColumn:
    """A column as int32 codes into its sorted distinct values (NULL → -1), with a bitmap per
    common value and the sorted positions of each rare one."""

    def __init__(self, codes: np.ndarray, values: Sequence[object]) -> None:
        self.values = list(values)
        self.lookup = {v: i for i, v in enumerate(self.values)}
        self.codes = np.asarray(codes, dtype=np.int32)
        self.size = len(self.codes)
        # Positions grouped by code (NULLs first), ascending within a code: the rows of a
        # contiguous run of codes are one slice of `by_code`.
        self.by_code = np.argsort(self.codes, kind="stable").astype(np.int32)
        self.bounds = np.searchsorted(self.codes[self.by_code], np.arange(-1, len(self.values) + 1))
        sizes = np.diff(self.bounds)[1:]
        self.dense = {int(c): from_mask(self.codes == c) for c in np.flatnonzero(sizes * DENSE_SHARE >= max(1, self.size))}
        self._cache: OrderedDict[tuple[int, int], np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()  # pages with a text search run in threads

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        """Codes lo … hi - 1 of the values starting with ``prefix`` (values are sorted, so they
        are one contiguous run; Python str order is DuckDB's byte order for UTF-8)."""
        lo = bisect.bisect_left(self.values, prefix)
        hi = lo
        while hi < len(self.values) and str(self.values[hi]).startswith(prefix):
            hi += 1
        return lo, hi

    def equal_range(self, value: object) -> tuple[int, int]:
        code = self.lookup.get(value)
        return (0, 0) if code is None else (code, code + 1)

    def bitmap(self, codes: tuple[int, int]) -> np.ndarray:
        """Rows whose code is in ``codes`` (lo, hi): full-length, shared, not to be modified."""
        lo, hi = codes
        if hi - lo == 1 and lo in self.dense:
            return self.dense[lo]
        with self._cache_lock:
            if codes in self._cache:
                self._cache.move_to_end(codes)
                return self._cache[codes]
        words = np.zeros(n_words(self.size), dtype=np.uint64)
        rare = [self.by_code[self.bounds[c + 1]: self.bounds[c + 2]] for c in range(lo, hi) if c not in self.dense]
        if rare:
            words |= from_positions(np.sort(np.concatenate(rare)), self.size)
        for c in range(lo, hi):
            if c in self.dense:
                words |= self.dense[c]
        with self._cache_lock:
            self._cache[codes] = words
            if len(self._cache) > PREFIX_CACHE_SIZE:
                self._cache.popitem(last=False)
        return words

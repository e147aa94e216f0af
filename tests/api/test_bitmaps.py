"""Packed row bitmaps and coded columns (foedus.api.bitmaps) against plain boolean arrays."""

from __future__ import annotations

import numpy as np
import pytest

from foedus.api import bitmaps
from foedus.api.bitmaps import CodedColumn


@pytest.mark.parametrize("n", [0, 1, 63, 64, 65, 1000, 4097])
def test_bitmap_round_trips(n: int) -> None:
    rng = np.random.default_rng(n)
    mask = rng.random(n) < 0.3
    words = bitmaps.from_mask(mask)
    assert len(words) == bitmaps.n_words(n)
    assert bitmaps.count(words) == mask.sum()
    assert np.array_equal(bitmaps.positions(words), np.flatnonzero(mask))
    assert np.array_equal(bitmaps.from_positions(np.flatnonzero(mask), n), words)
    rows = np.arange(n, dtype=np.int64)
    assert np.array_equal(bitmaps.contains(words, rows), mask)
    for start, stop in ((0, 5), (3, 40), (0, n), (n // 2, n + 10)):
        assert np.array_equal(bitmaps.nth_positions(words, start, stop), np.flatnonzero(mask)[start:stop])


def test_clip_and_offset_words() -> None:
    n = 1000
    mask = np.ones(n, dtype=bool)
    for lo, hi in ((0, n), (5, 70), (64, 128), (130, 131), (200, 200)):
        first, last = lo >> 6, bitmaps.n_words(hi)
        words = bitmaps.from_mask(mask)[first:last].copy()
        bitmaps.clip(words, lo, hi)
        assert np.array_equal(bitmaps.positions(words, first), np.arange(lo, hi))
        assert np.array_equal(bitmaps.nth_positions(words, 1, 3, first), np.arange(lo, hi)[1:3])
        inside = bitmaps.contains(words, np.arange(n, dtype=np.int64), first)
        assert np.array_equal(np.flatnonzero(inside), np.arange(lo, hi))


def test_coded_column_mixes_dense_and_rare_values() -> None:
    """Common values have stored bitmaps, rare ones only positions: prefix and equality
    bitmaps must equal the plain comparisons either way (NULLs never match)."""
    rng = np.random.default_rng(1)
    values = ["AAA", "AAB", "AB", "B", "BA", "BAZ", "C"]
    weights = np.array([0.4, 0.001, 0.3, 0.002, 0.2, 0.001, 0.096])
    codes = rng.choice(len(values), size=20_000, p=weights / weights.sum()).astype(np.int32)
    codes[rng.random(len(codes)) < 0.05] = -1
    column = CodedColumn(codes, values)
    assert column.dense and len(column.dense) < len(values)  # both kinds present
    text = np.array([values[c] if c >= 0 else "" for c in codes], dtype=object)
    for prefix in ("A", "AA", "AAB", "B", "BA", "Z", "C", ""):
        expected = np.array([c >= 0 and t.startswith(prefix) for c, t in zip(codes, text)])
        words = column.bitmap(column.prefix_range(prefix))
        assert np.array_equal(bitmaps.positions(words), np.flatnonzero(expected)), prefix
        assert column.bitmap(column.prefix_range(prefix)) is words  # kept for the next request
    for value in values + ["nope"]:
        words = column.bitmap(column.equal_range(value))
        assert bitmaps.count(words) == int(((text == value) & (codes >= 0)).sum()), value

"""Partition agreement scores (scikit-learn is not a dependency)."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from math import comb

import numpy as np
import pandas as pd


def adjusted_rand_index(truth: Sequence[Hashable], predicted: Sequence[Hashable]) -> float:
    """Hubert & Arabie's adjusted Rand index of two labelings of the same items.

    1 for identical partitions (up to label names), about 0 for chance agreement. When both
    labelings put everything in one cluster (or everything apart) the index is 1.
    """
    if len(truth) != len(predicted):
        raise ValueError("the two labelings must label the same items")
    n = len(truth)
    if n < 2:
        return 1.0
    table = pd.crosstab(pd.Series(list(truth), dtype="object"), pd.Series(list(predicted), dtype="object"))
    cells = table.to_numpy()
    pairs_cells = sum(comb(int(x), 2) for x in cells.ravel())
    pairs_rows = sum(comb(int(x), 2) for x in cells.sum(axis=1))
    pairs_cols = sum(comb(int(x), 2) for x in cells.sum(axis=0))
    total = comb(n, 2)
    expected = pairs_rows * pairs_cols / total
    maximum = (pairs_rows + pairs_cols) / 2
    if np.isclose(maximum, expected):
        return 1.0
    return float((pairs_cells - expected) / (maximum - expected))

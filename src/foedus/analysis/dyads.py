"""Dyadic time series: what a pair (or a set) of actors did to each other, period by period."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from foedus.analysis.frames import (
    QUAD_COLUMNS,
    Level,
    Period,
    interactions,
    normalise_actor,
    period_range,
    period_start,
)

DYAD_COLUMNS: list[str] = [
    "period",
    "dyad",
    "source",
    "target",
    "events",
    *QUAD_COLUMNS.values(),
    "goldstein_sum",
    "goldstein_mean",
]


def _empty_series() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in DYAD_COLUMNS})


def _dyad_label(source: str, target: str, directed: bool) -> str:
    return f"{source}->{target}" if directed else f"{source}-{target}"


def dyad_series(
    events: pd.DataFrame,
    actors: Sequence[str],
    by: Period = "week",
    level: Level = "country",
    directed: bool = False,
) -> pd.DataFrame:
    """Counts by quad class and Goldstein sum/mean for every pair of ``actors``, per period.

    Directed: one row per ordered pair ``source -> target`` and period. Symmetric
    (``directed=False``): both directions pooled, ``source``/``target`` in alphabetical
    order. Every requested pair gets a row for every period between the first and the last
    period with an event among the actors (zero counts, NaN mean), so gaps stay visible.
    ``period`` is the first day of the day/week (Monday)/month.
    """
    keys = list(dict.fromkeys(normalise_actor(a, level) for a in actors if a.strip()))
    if len(keys) < 2:
        raise ValueError("dyad_series needs at least two distinct actors at this level")
    frame = interactions(events, level)
    frame = frame[frame["source"].isin(keys) & frame["target"].isin(keys)].copy()
    if frame.empty:
        return _empty_series()
    if not directed:
        swap = frame["source"] > frame["target"]
        frame.loc[swap, ["source", "target"]] = frame.loc[swap, ["target", "source"]].to_numpy()
    frame["period"] = period_start(frame["day"], by)
    for quad, column in QUAD_COLUMNS.items():
        frame[column] = (frame["quad_class"] == quad).astype(int)
    grouped = frame.groupby(["period", "source", "target"]).agg(
        events=("id", "size"),
        **{column: (column, "sum") for column in QUAD_COLUMNS.values()},
        goldstein_sum=("goldstein", "sum"),
        scored=("goldstein", "count"),
    )
    pairs = (
        list(itertools.permutations(keys, 2))
        if directed
        else [tuple(sorted(p)) for p in itertools.combinations(keys, 2)]
    )
    periods = period_range(frame["period"].min(), frame["period"].max(), by)
    full = pd.MultiIndex.from_tuples(
        [(p, s, t) for p in periods for s, t in pairs], names=["period", "source", "target"]
    )
    grouped = grouped.reindex(full, fill_value=0)
    grouped["goldstein_mean"] = grouped["goldstein_sum"] / grouped["scored"].replace(0, np.nan)
    result = grouped.drop(columns="scored").reset_index()
    result["goldstein_sum"] = result["goldstein_sum"].astype(float)
    result["dyad"] = [_dyad_label(s, t, directed) for s, t in zip(result["source"], result["target"])]
    return result[DYAD_COLUMNS].sort_values(["dyad", "period"]).reset_index(drop=True)


@dataclass
class Reciprocity:
    """How two actors answer each other over time.

    ``correlation`` is the Pearson correlation, across periods, of the Goldstein sums sent
    a->b and b->a (the classic reciprocity measure of event-data studies); ``b_answers_a``
    correlates a->b in one period with b->a in the next (and ``a_answers_b`` the converse).
    ``symmetry`` is 1 - |G(a->b) - G(b->a)| / (|G(a->b)| + |G(b->a)|) over the whole span:
    1 when both sides give the same total, 0 when one side's total is zero or opposite.
    Undefined values (too few periods, constant series) are NaN.
    """

    a: str
    b: str
    by: str
    series: pd.DataFrame
    correlation: float
    b_answers_a: float
    a_answers_b: float
    symmetry: float


def _corr(x: pd.Series, y: pd.Series) -> float:
    if len(x) < 3 or x.std() == 0 or y.std() == 0:
        return math.nan
    return float(np.corrcoef(x.to_numpy(float), y.to_numpy(float))[0, 1])


def reciprocity(
    events: pd.DataFrame, a: str, b: str, by: Period = "week", level: Level = "country"
) -> Reciprocity:
    """Reciprocity between ``a`` and ``b`` from their directed dyadic series."""
    a_key, b_key = normalise_actor(a, level), normalise_actor(b, level)
    directed = dyad_series(events, [a_key, b_key], by=by, level=level, directed=True)
    columns = ["period", "a_to_b_events", "b_to_a_events", "a_to_b_goldstein", "b_to_a_goldstein"]
    if directed.empty:
        empty = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
        return Reciprocity(a_key, b_key, by, empty, math.nan, math.nan, math.nan, math.nan)
    ab = directed[directed["source"] == a_key].set_index("period")
    ba = directed[directed["source"] == b_key].set_index("period")
    series = pd.DataFrame(
        {
            "a_to_b_events": ab["events"],
            "b_to_a_events": ba["events"],
            "a_to_b_goldstein": ab["goldstein_sum"],
            "b_to_a_goldstein": ba["goldstein_sum"],
        }
    ).reset_index()
    g_ab, g_ba = series["a_to_b_goldstein"], series["b_to_a_goldstein"]
    total = abs(g_ab.sum()) + abs(g_ba.sum())
    symmetry = 1 - abs(g_ab.sum() - g_ba.sum()) / total if total else math.nan
    return Reciprocity(
        a=a_key,
        b=b_key,
        by=by,
        series=series[columns],
        correlation=_corr(g_ab, g_ba),
        b_answers_a=_corr(g_ab.iloc[:-1].reset_index(drop=True), g_ba.iloc[1:].reset_index(drop=True)),
        a_answers_b=_corr(g_ba.iloc[:-1].reset_index(drop=True), g_ab.iloc[1:].reset_index(drop=True)),
        symmetry=max(0.0, float(symmetry)) if not math.isnan(symmetry) else math.nan,
    )

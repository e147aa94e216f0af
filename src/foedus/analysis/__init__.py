"""Analysis of stored events: dyadic series, actor networks and coalitions over time.

Everything here is a pure function of an events DataFrame (see :func:`load_events`).
Plotting lives in :mod:`foedus.analysis.plots` so that importing the analysis does not
import matplotlib.
"""

from pathlib import Path

import pandas as pd

from foedus.analysis.coalitions import (
    Bloc,
    Change,
    CoalitionTimeline,
    Switch,
    WindowBlocs,
    bloc_evidence,
    coalitions_over_time,
)
from foedus.analysis.dyads import Reciprocity, dyad_series, reciprocity
from foedus.analysis.frames import EVENT_COLUMNS, interactions, load_events
from foedus.analysis.metrics import adjusted_rand_index
from foedus.analysis.network import actor_network, signed_graph, to_igraph
from foedus.analysis.signed import SignedPartition, frustration, signed_modularity, signed_partition

__all__ = [
    "EVENT_COLUMNS",
    "Bloc",
    "Change",
    "CoalitionTimeline",
    "Reciprocity",
    "SignedPartition",
    "Switch",
    "WindowBlocs",
    "actor_network",
    "adjusted_rand_index",
    "plot_coalitions",
    "plot_dyads",
    "bloc_evidence",
    "coalitions_over_time",
    "dyad_series",
    "frustration",
    "interactions",
    "load_events",
    "reciprocity",
    "signed_graph",
    "signed_modularity",
    "signed_partition",
    "to_igraph",
]


def plot_dyads(frame: pd.DataFrame, path: str | Path) -> Path:
    """See :func:`foedus.analysis.plots.plot_dyads` (imported lazily: matplotlib is slow)."""
    from foedus.analysis.plots import plot_dyads as _plot

    return _plot(frame, path)


def plot_coalitions(timeline: CoalitionTimeline, path: str | Path) -> Path:
    """See :func:`foedus.analysis.plots.plot_coalitions` (imported lazily)."""
    from foedus.analysis.plots import plot_coalitions as _plot

    return _plot(timeline, path)

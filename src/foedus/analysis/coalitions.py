"""Coalitions over time: signed-network blocs per time window and how they evolve.

For each window the events are pooled into an undirected signed actor graph (tie weight =
net Goldstein sum of the pair, see :func:`foedus.analysis.network.signed_graph`) and split
into blocs by signed-modularity maximisation (:mod:`foedus.analysis.signed`). Blocs of
consecutive windows are then matched by Jaccard overlap of their members, in the manner of
Greene, Doyle & Cunningham (2010): a bloc that overlaps (Jaccard >= ``match_threshold``) a
bloc of the previous window continues its *lineage* and keeps its label (``C1``, ``C2``…,
one-to-one, largest overlaps first); a bloc overlapping several previous blocs is a
*merge*, a previous bloc overlapping several current ones a *split*, a bloc with no match
*forms* and a previous bloc with no match *dissolves*. An actor *switches* side when it
moves from one lineage to another while both lineages exist in both windows.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import networkx as nx
import pandas as pd

from foedus.analysis.frames import Level, between, interactions, period_end, period_range, period_start
from foedus.analysis.network import network_from_interactions, signed_graph
from foedus.analysis.signed import signed_partition

Window = Literal["week", "month", "quarter"]


@dataclass
class Bloc:
    """A set of actors that cooperate with each other, with the events that show it."""

    label: str  # lineage label, stable across windows ("C1", "C2", …)
    members: list[str]
    cohesion: float  # positive share of the |weight| of ties inside the bloc (NaN if none)
    cooperation_event_ids: list[str]  # positive events between members
    conflict_event_ids: list[str]  # negative events between a member and an outsider
    dissent_event_ids: list[str] = field(default_factory=list)  # negative events inside
    joined: list[str] = field(default_factory=list)  # members new since the previous window
    left: list[str] = field(default_factory=list)  # members of the predecessor now elsewhere


@dataclass
class WindowBlocs:
    """The partition of one time window."""

    start: str  # YYYY-MM-DD, inclusive
    end: str  # YYYY-MM-DD, inclusive
    events: int
    actors: int
    blocs: list[Bloc]
    clarity: float  # 1 - frustration / total |weight|
    frustration: float
    signed_modularity: float

    def bloc_of(self, actor: str) -> Bloc | None:
        return next((b for b in self.blocs if actor in b.members), None)


@dataclass
class Change:
    """A bloc forming, dissolving, merging or splitting between two windows."""

    kind: Literal["form", "dissolve", "merge", "split"]
    window: str  # start of the window in which the change is seen
    before: list[str]  # labels in the previous window
    after: list[str]  # labels in this window


@dataclass
class Switch:
    """An actor leaving one persisting bloc for another persisting bloc."""

    actor: str
    window: str  # start of the window in which the actor sits in its new bloc
    previous_window: str
    from_bloc: str
    to_bloc: str


@dataclass
class CoalitionTimeline:
    window: str
    level: str
    windows: list[WindowBlocs]
    changes: list[Change]
    switches: list[Switch]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-serialisable form (NaN becomes None)."""

        def clean(value: Any) -> Any:
            if isinstance(value, float) and math.isnan(value):
                return None
            if isinstance(value, dict):
                return {k: clean(v) for k, v in value.items()}
            if isinstance(value, list):
                return [clean(v) for v in value]
            return value

        return clean(asdict(self))

    def membership(self) -> pd.DataFrame:
        """Long frame ``window, actor, bloc``: who sat where in each window."""
        rows = [
            {"window": w.start, "actor": actor, "bloc": b.label}
            for w in self.windows
            for b in w.blocs
            for actor in b.members
        ]
        return pd.DataFrame(rows, columns=["window", "actor", "bloc"])


def _bloc_evidence(graph: nx.Graph, members: set[str]) -> tuple[list[str], list[str], list[str], float]:
    """Cooperation, external-conflict and dissent event ids of a bloc, and its cohesion."""
    cooperation: list[str] = []
    conflict: list[str] = []
    dissent: list[str] = []
    positive = negative = 0.0
    for u, v, data in graph.edges(data=True):
        inside_u, inside_v = u in members, v in members
        if inside_u and inside_v:
            cooperation.extend(data["cooperation_event_ids"])
            dissent.extend(data["conflict_event_ids"])
            positive += max(data["weight"], 0.0)
            negative += max(-data["weight"], 0.0)
        elif inside_u or inside_v:
            if data["weight"] < 0:
                conflict.extend(data["conflict_event_ids"])
    cohesion = positive / (positive + negative) if positive + negative else math.nan
    return sorted(cooperation), sorted(conflict), sorted(dissent), cohesion


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


class _Tracker:
    """Gives blocs lineage labels and records changes and switches window by window."""

    def __init__(self, threshold: float) -> None:
        self.threshold = threshold
        self.counter = 0
        self.changes: list[Change] = []
        self.switches: list[Switch] = []
        self.previous: WindowBlocs | None = None

    def _new_label(self) -> str:
        self.counter += 1
        return f"C{self.counter}"

    def label(self, window: WindowBlocs, groups: list[list[str]]) -> list[str]:
        prev_blocs = self.previous.blocs if self.previous else []
        links = [
            (_jaccard(set(p.members), set(g)), i, j)
            for i, p in enumerate(prev_blocs)
            for j, g in enumerate(groups)
            if _jaccard(set(p.members), set(g)) >= self.threshold
        ]
        labels: list[str | None] = [None] * len(groups)
        used: set[int] = set()
        # Largest overlaps first, one-to-one: the heir of a split or merge is the closest.
        for _, i, j in sorted(links, key=lambda t: (-t[0], t[1], t[2])):
            if labels[j] is None and i not in used:
                labels[j] = prev_blocs[i].label
                used.add(i)
        final = [lab if lab is not None else self._new_label() for lab in labels]
        if self.previous is not None:
            self._record_changes(window.start, prev_blocs, final, links)
        return final

    def _record_changes(
        self, start: str, prev_blocs: list[Bloc], labels: list[str], links: list[tuple[float, int, int]]
    ) -> None:
        successors: dict[int, list[int]] = {}
        predecessors: dict[int, list[int]] = {}
        for _, i, j in links:
            successors.setdefault(i, []).append(j)
            predecessors.setdefault(j, []).append(i)
        for j, label in enumerate(labels):
            preds = predecessors.get(j, [])
            if not preds:
                self.changes.append(Change("form", start, [], [label]))
            elif len(preds) > 1:
                self.changes.append(Change("merge", start, sorted(prev_blocs[i].label for i in preds), [label]))
        for i, bloc in enumerate(prev_blocs):
            succs = successors.get(i, [])
            if not succs:
                self.changes.append(Change("dissolve", start, [bloc.label], []))
            elif len(succs) > 1:
                self.changes.append(Change("split", start, [bloc.label], sorted(labels[j] for j in succs)))

    def finish(self, window: WindowBlocs) -> None:
        """Fill joined/left and record switches once the window's blocs carry labels."""
        prev = self.previous
        if prev is not None:
            prev_labels = {b.label for b in prev.blocs}
            labels = {b.label for b in window.blocs}
            before = {a: b.label for b in prev.blocs for a in b.members}
            for bloc in window.blocs:
                old = next((b for b in prev.blocs if b.label == bloc.label), None)
                if old is not None:
                    bloc.joined = sorted(set(bloc.members) - set(old.members))
                    bloc.left = sorted(set(old.members) - set(bloc.members))
                for actor in bloc.members:
                    origin = before.get(actor)
                    if origin and origin != bloc.label and origin in labels and bloc.label in prev_labels:
                        self.switches.append(Switch(actor, window.start, prev.start, origin, bloc.label))
        self.previous = window


def _window_starts(frame: pd.DataFrame, window: Window, start: str | None, end: str | None) -> pd.DatetimeIndex:
    first = pd.Timestamp(start) if start else frame["day"].min()
    last = pd.Timestamp(end) if end else frame["day"].max()
    return period_range(period_start(pd.Series([first]), window).iloc[0], last, window)


def coalitions_over_time(
    events: pd.DataFrame,
    window: Window = "month",
    start: str | None = None,
    end: str | None = None,
    min_events: int = 1,
    level: Level = "country",
    span: int = 1,
    match_threshold: float = 0.3,
    seed: int = 0,
    restarts: int = 8,
) -> CoalitionTimeline:
    """Blocs per window and their evolution.

    ``window`` sets the step; each window covers ``span`` consecutive periods (``span=3``
    with ``window="month"`` gives three-month windows sliding by one month). Actors with
    fewer than ``min_events`` events in a window are left out of that window; windows
    without any tie are skipped (and do not break lineages).
    """
    if window not in ("week", "month", "quarter"):
        raise ValueError(f"window must be week, month or quarter, not {window!r}")
    frame = between(interactions(events, level), start, end)
    tracker = _Tracker(match_threshold)
    windows: list[WindowBlocs] = []
    if frame.empty:
        return CoalitionTimeline(window, level, windows, [], [])
    starts = _window_starts(frame, window, start, end)
    span = max(1, span)
    for k in range(max(1, len(starts) - span + 1)):
        w_start = starts[k]
        w_end = period_end(starts[min(k + span, len(starts)) - 1], window)
        if end:
            w_end = min(w_end, pd.Timestamp(end))
        chunk = frame[(frame["day"] >= w_start) & (frame["day"] <= w_end)]
        activity = pd.concat([chunk["source"], chunk["target"]]).value_counts()
        active = set(activity[activity >= min_events].index)
        chunk = chunk[chunk["source"].isin(active) & chunk["target"].isin(active)]
        graph = signed_graph(network_from_interactions(chunk))
        if graph.number_of_edges() == 0:
            continue
        partition = signed_partition(graph, seed=seed, restarts=restarts)
        current = WindowBlocs(
            start=str(w_start.date()),
            end=str(w_end.date()),
            events=len(chunk),
            actors=graph.number_of_nodes(),
            blocs=[],
            clarity=partition.clarity,
            frustration=partition.frustration,
            signed_modularity=partition.signed_modularity,
        )
        labels = tracker.label(current, partition.blocs)
        for label, members in zip(labels, partition.blocs):
            coop, conflict, dissent, cohesion = _bloc_evidence(graph, set(members))
            current.blocs.append(Bloc(label, members, cohesion, coop, conflict, dissent))
        tracker.finish(current)
        windows.append(current)
    return CoalitionTimeline(window, level, windows, tracker.changes, tracker.switches)


def bloc_evidence(events: pd.DataFrame, bloc: Bloc, kind: str = "cooperation") -> pd.DataFrame:
    """The event rows behind a bloc: ``kind`` is cooperation, conflict or dissent."""
    ids = {
        "cooperation": bloc.cooperation_event_ids,
        "conflict": bloc.conflict_event_ids,
        "dissent": bloc.dissent_event_ids,
    }[kind]
    if events.empty or "id" not in events.columns:
        return events.iloc[0:0]
    return events[events["id"].astype(str).isin(set(ids))]

"""The actor network: who cooperates with whom and who fights whom, with the evidence.

Each directed edge ``source -> target`` aggregates the events between the two actors:

* ``events`` – how many events; ``verbal_coop`` … ``material_conflict`` – per quad class;
* ``cooperation`` – sum of the positive Goldstein scores (>= 0);
* ``conflict`` – magnitude of the sum of the negative Goldstein scores (>= 0);
* ``weight`` – net Goldstein sum (cooperation - conflict), the signed tie;
* ``event_ids`` – every event behind the edge; ``cooperation_event_ids`` and
  ``conflict_event_ids`` – those with a positive / negative Goldstein score, so that an
  analyst can go from an edge back to the sentences.
"""

from __future__ import annotations

from typing import Literal, overload

import igraph as ig
import networkx as nx
import numpy as np
import pandas as pd

from foedus.analysis.frames import QUAD_COLUMNS, Level, between, interactions

_SUMMED = ["events", "cooperation", "conflict", "weight", *QUAD_COLUMNS.values()]
_LISTED = ["event_ids", "cooperation_event_ids", "conflict_event_ids"]


def _edge_table(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per ordered pair with the aggregated edge attributes.

    Sums are grouped aggregations; the id lists are cut out of one stable sort of the rows by
    pair (each list keeps the frame's order) rather than built by a Python function per group,
    which took seconds per million events."""
    gold = frame["goldstein"].fillna(0.0)
    frame = frame.assign(
        cooperation=gold.clip(lower=0),
        conflict=(-gold).clip(lower=0),
        **{column: (frame["quad_class"] == quad).astype(int) for quad, column in QUAD_COLUMNS.items()},
    )
    grouped = frame.groupby(["source", "target"], sort=True)
    table = grouped.agg(
        events=("id", "size"),
        cooperation=("cooperation", "sum"),
        conflict=("conflict", "sum"),
        **{column: (column, "sum") for column in QUAD_COLUMNS.values()},
    )
    group = grouped.ngroup().to_numpy()  # the row's pair, numbered in the table's (sorted) order
    ids = frame["id"].to_numpy(dtype=object)
    gold_values = gold.to_numpy()
    for column, keep in (("event_ids", None), ("cooperation_event_ids", gold_values > 0),
                         ("conflict_event_ids", gold_values < 0)):
        rows = np.flatnonzero(group >= 0) if keep is None else np.flatnonzero((group >= 0) & keep)
        rows = rows[np.argsort(group[rows], kind="stable")]
        bounds = np.searchsorted(group[rows], np.arange(len(table) + 1))
        table[column] = [ids[rows[a:b]].tolist() for a, b in zip(bounds[:-1], bounds[1:])]
    table["weight"] = table["cooperation"] - table["conflict"]
    return table.reset_index()


@overload
def actor_network(
    events: pd.DataFrame,
    start: str | None = ...,
    end: str | None = ...,
    level: Level = ...,
    backend: Literal["networkx"] = ...,
) -> nx.DiGraph: ...
@overload
def actor_network(
    events: pd.DataFrame,
    start: str | None = ...,
    end: str | None = ...,
    level: Level = ...,
    backend: Literal["igraph"] = ...,
) -> ig.Graph: ...


def actor_network(
    events: pd.DataFrame,
    start: str | None = None,
    end: str | None = None,
    level: Level = "country",
    backend: Literal["networkx", "igraph"] = "networkx",
) -> nx.DiGraph | ig.Graph:
    """Directed actor network of the events dated ``start <= date <= end``.

    Nodes carry ``events`` (how many events the actor took part in). With
    ``backend="igraph"`` the same graph is returned as a directed ``igraph.Graph`` whose
    vertices have a ``name`` attribute.
    """
    frame = between(interactions(events, level), start, end)
    graph = network_from_interactions(frame)
    graph.graph.update(level=level, start=start, end=end)
    if backend == "networkx":
        return graph
    if backend == "igraph":
        return to_igraph(graph)
    raise ValueError(f"backend must be 'networkx' or 'igraph', not {backend!r}")


def network_from_interactions(frame: pd.DataFrame) -> nx.DiGraph:
    """The directed network of an interactions frame (see :func:`frames.interactions`)."""
    graph = nx.DiGraph()
    if frame.empty:
        return graph
    for row in _edge_table(frame).to_dict("records"):
        attrs = {k: row[k] for k in _SUMMED + _LISTED}
        graph.add_edge(row["source"], row["target"], **attrs)
    activity = pd.concat([frame["source"], frame["target"]]).value_counts()
    nx.set_node_attributes(graph, {n: int(activity[n]) for n in graph.nodes}, "events")
    return graph


def to_igraph(graph: nx.Graph) -> ig.Graph:
    """The same graph for igraph, keeping node names and every edge attribute."""
    names = list(graph.nodes)
    index = {name: i for i, name in enumerate(names)}
    result = ig.Graph(n=len(names), directed=graph.is_directed())
    result.vs["name"] = names
    for key in {k for _, data in graph.nodes(data=True) for k in data}:
        result.vs[key] = [graph.nodes[n].get(key) for n in names]
    edges = list(graph.edges(data=True))
    result.add_edges([(index[u], index[v]) for u, v, _ in edges])
    for key in {k for _, _, data in edges for k in data}:
        result.es[key] = [data.get(key) for _, _, data in edges]
    return result


def signed_graph(network: nx.DiGraph) -> nx.Graph:
    """Undirected signed graph: both directions of every pair pooled into one tie.

    The tie's ``weight`` is the net Goldstein sum of the pair's events in both directions:
    positive means the pair mostly cooperates, negative that it mostly fights. Counts and
    evidence lists are pooled the same way.
    """
    result = nx.Graph(**network.graph)
    result.add_nodes_from(network.nodes(data=True))
    for u, v, data in network.edges(data=True):
        if result.has_edge(u, v):
            tie = result.edges[u, v]
            for key in _SUMMED:
                tie[key] = tie[key] + data[key]
            for key in _LISTED:
                tie[key] = tie[key] + data[key]
        else:
            result.add_edge(u, v, **{k: data[k] for k in _SUMMED}, **{k: list(data[k]) for k in _LISTED})
    return result

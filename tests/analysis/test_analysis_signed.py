from __future__ import annotations

import itertools
import math

import networkx as nx
import pytest

from foedus.analysis.metrics import adjusted_rand_index
from foedus.analysis.signed import frustration, signed_modularity, signed_partition


def test_adjusted_rand_index_known_values() -> None:
    assert adjusted_rand_index([0, 0, 1, 1], [5, 5, 7, 7]) == pytest.approx(1.0)
    # Worked by hand: pair counts 1 (cells), 2 (rows), 1 (columns) of 6 -> (1 - 1/3) / (3/2 - 1/3)
    assert adjusted_rand_index([0, 0, 1, 1], [0, 0, 1, 2]) == pytest.approx(4 / 7)
    assert adjusted_rand_index([0, 0, 0, 1, 1, 1], [0, 1, 2, 0, 1, 2]) < 0
    with pytest.raises(ValueError):
        adjusted_rand_index([0], [0, 1])


def _balanced(groups: list[list[str]]) -> nx.Graph:
    graph = nx.Graph()
    for (i, a), (j, b) in itertools.combinations(
        [(k, member) for k, group in enumerate(groups) for member in group], 2
    ):
        graph.add_edge(a, b, weight=2.0 if i == j else -3.0)
    return graph


def test_balanced_graph_is_split_exactly() -> None:
    groups = [["A", "B", "C"], ["D", "E", "F", "G"], ["H", "I"]]
    result = signed_partition(_balanced(groups))
    assert sorted(map(sorted, result.blocs)) == sorted(map(sorted, groups))
    assert result.frustration == 0 and result.clarity == pytest.approx(1.0)
    assert result.signed_modularity > 0


def test_frustration_counts_contradicting_ties() -> None:
    graph = _balanced([["A", "B"], ["C"]])
    everyone = {"A": 0, "B": 0, "C": 0}
    assert frustration(graph, everyone) == pytest.approx(6.0)  # two negative ties inside
    assert frustration(graph, {"A": 0, "B": 1, "C": 2}) == pytest.approx(2.0)  # one positive tie cut
    assert signed_modularity(graph, {"A": 0, "B": 0, "C": 1}) > signed_modularity(graph, everyone)


def test_degenerate_graphs() -> None:
    enemies = nx.Graph()
    enemies.add_edge("A", "B", weight=-1.0)
    enemies.add_edge("B", "C", weight=-1.0)
    result = signed_partition(enemies)
    assert len(result.blocs) == 3 and result.clarity == pytest.approx(1.0)
    friends = nx.Graph()
    friends.add_edge("A", "B", weight=1.0)
    assert signed_partition(friends).blocs == [["A", "B"]]
    empty = signed_partition(nx.Graph())
    assert empty.blocs == [] and math.isnan(empty.clarity)

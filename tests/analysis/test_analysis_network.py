from __future__ import annotations

import igraph as ig
import pytest

from analysis_helpers import event_frame
from foedus.analysis.network import actor_network, signed_graph


def _events():
    return event_frame(
        [
            {"id": "e1", "source": "FRAGOV", "target": "RUSGOV", "quad_class": 1, "goldstein": 3.0, "date": "2015-11-23"},
            {"id": "e2", "source": "FRA", "target": "RUS", "quad_class": 4, "goldstein": -10.0, "date": "2015-11-25"},
            {"id": "e3", "source": "RUS", "target": "FRA", "quad_class": 2, "goldstein": 7.4, "date": "2015-11-26"},
            {"id": "e4", "source": "TUR", "target": "RUS", "quad_class": 4, "goldstein": -10.0, "date": "2015-11-24"},
            {"id": "e5", "source": "TUR", "target": "RUS", "quad_class": 1, "goldstein": 1.0, "date": "2016-01-01"},
        ]
    )


def test_edges_carry_weights_counts_and_evidence() -> None:
    graph = actor_network(_events(), start="2015-11-01", end="2015-11-30")
    assert set(graph.edges) == {("FRA", "RUS"), ("RUS", "FRA"), ("TUR", "RUS")}
    edge = graph.edges["FRA", "RUS"]
    assert edge["events"] == 2
    assert edge["cooperation"] == pytest.approx(3.0)
    assert edge["conflict"] == pytest.approx(10.0)
    assert edge["weight"] == pytest.approx(-7.0)
    assert edge["cooperation_event_ids"] == ["e1"] and edge["conflict_event_ids"] == ["e2"]
    assert sorted(edge["event_ids"]) == ["e1", "e2"]
    assert graph.nodes["RUS"]["events"] == 4


def test_igraph_backend_matches() -> None:
    graph = actor_network(_events(), backend="igraph")
    assert isinstance(graph, ig.Graph) and graph.is_directed()
    edge = graph.es[graph.get_eid(graph.vs.find(name="TUR").index, graph.vs.find(name="RUS").index)]
    assert edge["events"] == 2 and edge["weight"] == pytest.approx(-9.0)


def test_signed_graph_pools_both_directions() -> None:
    tie = signed_graph(actor_network(_events(), end="2015-11-30")).edges["FRA", "RUS"]
    assert tie["events"] == 3
    assert tie["weight"] == pytest.approx(0.4)
    assert sorted(tie["event_ids"]) == ["e1", "e2", "e3"]


def test_empty_network() -> None:
    assert actor_network(event_frame([])).number_of_nodes() == 0

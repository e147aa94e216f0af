"""Dyads, network and coalitions endpoints agree with the stored events they summarise."""

from __future__ import annotations


def test_dyads_count_the_pair_events(client) -> None:
    events = client.get("/api/events", params={"dyad": "FRA,RUS", "limit": 1000}).json()["items"]
    body = client.get("/api/dyads", params={"actors": "FRA,RUS", "by": "month"}).json()
    assert body["actors"] == ["FRA", "RUS"]
    assert {r["dyad"] for r in body["rows"]} == {"FRA-RUS"}
    assert sum(r["events"] for r in body["rows"]) == len(events)
    gold = sum(e["goldstein"] for e in events)
    assert abs(sum(r["goldstein_sum"] for r in body["rows"]) - gold) < 1e-6


def test_network_edges_carry_their_events(client) -> None:
    body = client.get("/api/network").json()
    nodes = {n["id"] for n in body["nodes"]}
    assert {"FRA", "RUS"} <= nodes
    for edge in body["edges"]:
        assert edge["source"] in nodes and edge["target"] in nodes
        assert len(edge["event_ids"]) == edge["events"]
        picked = client.get("/api/events", params={"ids": ",".join(edge["event_ids"])}).json()["items"]
        assert {(e["source"][:3], e["target"][:3]) for e in picked} == {(edge["source"], edge["target"])}
    # A window before every article has no edges.
    assert client.get("/api/network", params={"from": "2000-01-01", "to": "2000-12-31"}).json()["edges"] == []


def test_coalitions_blocs_have_evidence(client) -> None:
    body = client.get("/api/coalitions", params={"window": "month"}).json()
    assert body["windows"]
    nov = [w for w in body["windows"] if w["start"] == "2015-11-01"]
    assert nov, [w["start"] for w in body["windows"]]
    blocs = nov[0]["blocs"]
    together = [b for b in blocs if {"FRA", "RUS"} <= set(b["members"])]
    assert together, "France and Russia cooperate in the sample: they should share a bloc"
    ids = together[0]["cooperation_event_ids"]
    assert ids
    picked = client.get("/api/events", params={"ids": ",".join(ids)}).json()["items"]
    assert len(picked) == len(set(ids)) and all(e["goldstein"] > 0 for e in picked)


def test_analysis_parameter_errors(client) -> None:
    for url, params in (
        ("/api/dyads", {"actors": "FRA"}),
        ("/api/dyads", {"actors": "FRA,FRA"}),
        ("/api/coalitions", {"window": "year"}),
        ("/api/network", {"from": "2016-01-01", "to": "2015-01-01"}),
    ):
        response = client.get(url, params=params)
        assert response.status_code == 422, (url, params)
        assert response.json()["error"]

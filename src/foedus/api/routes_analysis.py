"""Analysis endpoints: dyadic series, the actor network and coalitions over time.

They reuse :mod:`foedus.analysis` unchanged, fed by ``load_interactions``: DuckDB selects,
normalises and filters the events (dates filled from the article's publication date, actors at
the requested level, only the columns the analyses use), so a large store is not copied into
pandas first.
"""

from __future__ import annotations

import math
import threading
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query

from foedus.analysis import actor_network, coalitions_over_time, dyad_series
from foedus.analysis.frames import load_interactions, normalise_actor
from foedus.api.models import CoalitionsOut, DyadRow, DyadsOut, NetworkEdge, NetworkNode, NetworkOut
from foedus.api.routes_data import DAY, Db
from foedus.api.security import ApiError

router = APIRouter(prefix="/api")

LevelParam = Annotated[Literal["country", "code"], Query(description="country: first three letters of the code.")]
From = Annotated[str | None, Query(alias="from", pattern=DAY)]
To = Annotated[str | None, Query(alias="to", pattern=DAY)]


# Each analysis loads the interactions of its window into pandas (about a second and a hundred
# MB per million events): one at a time per process, so a burst of them cannot starve /api/events of CPU
# and memory. Their answers are cached (foedus.api.cache), so a repeated one is not recomputed.
_ANALYSIS_SLOT = threading.Lock()


def _finite(value: Any) -> float | None:
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else float(value)


def _check_range(start: str | None, end: str | None) -> None:
    if start and end and start > end:
        raise ApiError(422, "'from' is after 'to'", {"from": start, "to": end})


@router.get("/dyads", response_model=DyadsOut, summary="Dyadic series between actors, per period")
def dyads(
    db: Db,
    actors: Annotated[str, Query(pattern=r"^[A-Za-z0-9]{1,32}(,[A-Za-z0-9]{1,32}){1,19}$", description="Comma-separated codes, e.g. FRA,RUS.")],
    by: Annotated[Literal["day", "week", "month", "quarter"], Query()] = "week",
    level: LevelParam = "country",
    directed: bool = False,
    start: From = None,
    end: To = None,
) -> DyadsOut:
    _check_range(start, end)
    keys = [a.upper() for a in actors.split(",")]
    with _ANALYSIS_SLOT:
        with db.cursor() as cur:
            events = load_interactions(cur, level, start, end, actors=[normalise_actor(k, level) for k in keys])
        try:
            frame = dyad_series(events, keys, by=by, level=level, directed=directed)
        except ValueError as err:
            raise ApiError(422, str(err), {"actors": keys, "level": level}) from None
    rows = [
        DyadRow(
            period=str(r["period"])[:10], dyad=r["dyad"], source=r["source"], target=r["target"],
            events=int(r["events"]), verbal_coop=int(r["verbal_coop"]), material_coop=int(r["material_coop"]),
            verbal_conflict=int(r["verbal_conflict"]), material_conflict=int(r["material_conflict"]),
            goldstein_sum=float(r["goldstein_sum"]), goldstein_mean=_finite(r["goldstein_mean"]),
        )
        for r in frame.to_dict("records")
    ]
    return DyadsOut(actors=keys, by=by, level=level, directed=directed, rows=rows)


@router.get("/network", response_model=NetworkOut, summary="Directed actor network of a time window")
def network(db: Db, start: From = None, end: To = None, level: LevelParam = "country") -> NetworkOut:
    _check_range(start, end)
    with _ANALYSIS_SLOT:
        with db.cursor() as cur:
            events = load_interactions(cur, level, start, end)
        graph = actor_network(events, start, end, level=level)
    nodes = [NetworkNode(id=str(n), events=int(d.get("events", 0))) for n, d in graph.nodes(data=True)]
    edges = [
        NetworkEdge(
            source=str(u), target=str(v), events=int(d["events"]), cooperation=float(d["cooperation"]),
            conflict=float(d["conflict"]), weight=float(d["weight"]), verbal_coop=int(d["verbal_coop"]),
            material_coop=int(d["material_coop"]), verbal_conflict=int(d["verbal_conflict"]),
            material_conflict=int(d["material_conflict"]), event_ids=[str(i) for i in d["event_ids"]],
        )
        for u, v, d in graph.edges(data=True)
    ]
    return NetworkOut(start=start, end=end, level=level, nodes=nodes, edges=edges)


@router.get("/coalitions", response_model=CoalitionsOut, summary="Blocs per time window, with their evidence event ids")
def coalitions(
    db: Db,
    window: Annotated[Literal["week", "month", "quarter"], Query()] = "month",
    span: Annotated[int, Query(ge=1, le=12, description="Periods per window (sliding by one).")] = 1,
    min_events: Annotated[int, Query(ge=1, le=1000)] = 1,
    level: LevelParam = "country",
    start: From = None,
    end: To = None,
) -> CoalitionsOut:
    _check_range(start, end)
    with _ANALYSIS_SLOT:
        with db.cursor() as cur:
            events = load_interactions(cur, level, start, end)
        timeline = coalitions_over_time(events, window=window, start=start, end=end, min_events=min_events,
                                        level=level, span=span, restarts=4)
    return CoalitionsOut(**timeline.to_dict())

"""Synthetic event sets with planted blocs, for tests, benchmarks and demonstrations.

Actors fall into blocs; each event picks a random ordered pair of actors. Pairs in the same
bloc cooperate (quad class 1 or 2, positive Goldstein), pairs in different blocs fight
(quad class 3 or 4, negative Goldstein), except that a share ``noise`` of the events has its
sign flipped. Optionally one actor switches from its bloc to another on a given date.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from foedus.analysis.frames import EVENT_COLUMNS

# A few CAMEO roots with their Goldstein scores, one list per quad class.
_CODES: dict[int, list[tuple[str, float]]] = {
    1: [("036", 4.0), ("043", 2.8), ("051", 3.4), ("057", 8.0)],
    2: [("061", 6.4), ("071", 7.4), ("073", 7.4)],
    3: [("112", -2.0), ("128", -2.0), ("130", -4.4), ("163", -8.0)],
    4: [("173", -5.0), ("190", -10.0), ("193", -10.0)],
}
_SECTORS = ["", "GOV", "MIL", "GOV"]  # so that the country level has codes to pool


@dataclass
class PlantedScenario:
    events: pd.DataFrame
    membership: dict[str, int]  # actor (country code) -> planted bloc before any switch
    switch_actor: str | None = None
    switch_to: int | None = None
    switch_date: str | None = None
    actors: list[str] = field(default_factory=list)

    def membership_on(self, day: str) -> dict[str, int]:
        """The planted blocs in force on ``day`` (YYYY-MM-DD)."""
        result = dict(self.membership)
        if self.switch_actor and self.switch_date and day >= self.switch_date:
            assert self.switch_to is not None
            result[self.switch_actor] = self.switch_to
        return result


def _actor_names(count: int) -> list[str]:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return [f"{letters[i // 26 % 26]}{letters[i % 26]}X" for i in range(count)]


def planted_blocs(
    bloc_sizes: tuple[int, ...] = (5, 5, 5),
    start: str = "2020-01-01",
    months: int = 6,
    events_per_month: int = 400,
    noise: float = 0.15,
    switch_month: int | None = None,
    seed: int = 0,
) -> PlantedScenario:
    """Events among planted blocs; if ``switch_month`` is given, the first actor of bloc 0
    moves to bloc 1 on the first day of that month (0-based from ``start``)."""
    rng = np.random.default_rng(seed)
    actors = _actor_names(sum(bloc_sizes))
    membership: dict[str, int] = {}
    position = 0
    for bloc, size in enumerate(bloc_sizes):
        for actor in actors[position : position + size]:
            membership[actor] = bloc
        position += size
    first_month = pd.Timestamp(start).to_period("M")
    switch_date = (
        str((first_month + switch_month).start_time.date()) if switch_month is not None else None
    )
    scenario = PlantedScenario(
        events=pd.DataFrame(),
        membership=membership,
        switch_actor=actors[0] if switch_month is not None else None,
        switch_to=1 if switch_month is not None else None,
        switch_date=switch_date,
        actors=actors,
    )
    rows: list[dict[str, object]] = []
    for m in range(months):
        period = first_month + m
        days = pd.date_range(period.start_time, period.end_time.normalize(), freq="D")
        for _ in range(events_per_month):
            day = str(days[rng.integers(len(days))].date())
            blocs = scenario.membership_on(day)
            i, j = rng.choice(len(actors), size=2, replace=False)
            source, target = actors[i], actors[j]
            cooperate = blocs[source] == blocs[target]
            if rng.random() < noise:
                cooperate = not cooperate
            quad = int(rng.choice([1, 2] if cooperate else [3, 4]))
            code, goldstein = _CODES[quad][rng.integers(len(_CODES[quad]))]
            suffix = _SECTORS[rng.integers(len(_SECTORS))]
            rows.append(
                {
                    "id": f"ev{len(rows):06d}",
                    "article_id": f"art{len(rows) // 5:05d}",
                    "sentence": len(rows) % 5,
                    "start": 0,
                    "end": 10,
                    "source": source + suffix,
                    "target": target,
                    "code": code,
                    "root": code[:2],
                    "quad_class": quad,
                    "goldstein": goldstein,
                    "date": day,
                    "date_precision": "day",
                    "sentence_text": f"{source} {'helps' if cooperate else 'attacks'} {target}.",
                    "rule": "synthetic",
                    "confidence": 1.0,
                }
            )
    frame = pd.DataFrame(rows)
    scenario.events = frame.reindex(columns=EVENT_COLUMNS)
    return scenario

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis_helpers import event_frame
from foedus.analysis.dyads import dyad_series, reciprocity


@pytest.fixture
def events() -> pd.DataFrame:
    return event_frame(
        [
            # Week of Monday 2015-11-23
            {"id": "e1", "source": "FRAGOV", "target": "RUSGOV", "quad_class": 1, "goldstein": 3.0, "date": "2015-11-23"},
            {"id": "e2", "source": "RUS", "target": "FRA", "quad_class": 4, "goldstein": -10.0, "date": "2015-11-25"},
            {"id": "e3", "source": "FRA", "target": "RUSMIL", "quad_class": 2, "goldstein": 7.4, "date": "2015-11-29"},
            # Week of 2015-11-30
            {"id": "e4", "source": "FRA", "target": "RUS", "quad_class": 3, "goldstein": -2.0, "date": "2015-11-30"},
            # Not between FRA and RUS, or internal, or undated
            {"id": "e5", "source": "FRA", "target": "DEU", "quad_class": 1, "goldstein": 1.0, "date": "2015-11-24"},
            {"id": "e6", "source": "FRAGOV", "target": "FRAOPP", "quad_class": 3, "goldstein": -2.0, "date": "2015-11-24"},
            {"id": "e7", "source": "RUS", "target": "FRA", "quad_class": 4, "goldstein": -10.0, "date": None},
            # Week of 2015-12-14 (the week of 12-07 is empty)
            {"id": "e8", "source": "FRA", "target": "RUS", "quad_class": 1, "goldstein": 1.0, "date": "2015-12-16"},
        ]
    )


def test_symmetric_weekly_series(events: pd.DataFrame) -> None:
    frame = dyad_series(events, ["FRA", "RUS"], by="week")
    assert frame["dyad"].unique().tolist() == ["FRA-RUS"]
    assert [str(p.date()) for p in frame["period"]] == ["2015-11-23", "2015-11-30", "2015-12-07", "2015-12-14"]
    assert frame["events"].tolist() == [3, 1, 0, 1]
    first = frame.iloc[0]
    assert (first.verbal_coop, first.material_coop, first.verbal_conflict, first.material_conflict) == (1, 1, 0, 1)
    assert first.goldstein_sum == pytest.approx(0.4)
    assert first.goldstein_mean == pytest.approx(0.4 / 3)
    assert frame["goldstein_sum"].tolist()[1:] == pytest.approx([-2.0, 0.0, 1.0])
    assert math.isnan(frame.iloc[2].goldstein_mean)


def test_directed_monthly_series(events: pd.DataFrame) -> None:
    frame = dyad_series(events, ["RUS", "FRA"], by="month", directed=True).set_index(["dyad", "period"])
    nov = pd.Timestamp("2015-11-01")
    assert frame.loc[("FRA->RUS", nov), "events"] == 3
    assert frame.loc[("FRA->RUS", nov), "goldstein_sum"] == pytest.approx(8.4)
    assert frame.loc[("RUS->FRA", nov), "events"] == 1
    assert frame.loc[("RUS->FRA", nov), "material_conflict"] == 1
    assert frame.loc[("RUS->FRA", pd.Timestamp("2015-12-01")), "events"] == 0


def test_code_level_keeps_codes_apart(events: pd.DataFrame) -> None:
    frame = dyad_series(events, ["FRAGOV", "RUSGOV"], by="day", level="code")
    assert frame["events"].sum() == 1
    assert frame.iloc[0].goldstein_sum == pytest.approx(3.0)


def test_actor_sets_give_every_pair(events: pd.DataFrame) -> None:
    frame = dyad_series(events, ["FRA", "RUS", "DEU"], by="month")
    assert sorted(frame["dyad"].unique()) == ["DEU-FRA", "DEU-RUS", "FRA-RUS"]
    totals = frame.groupby("dyad")["events"].sum()
    assert totals.to_dict() == {"DEU-FRA": 1, "DEU-RUS": 0, "FRA-RUS": 5}


def test_no_events_and_bad_input(events: pd.DataFrame) -> None:
    assert dyad_series(events, ["USA", "CHN"]).empty
    with pytest.raises(ValueError):
        dyad_series(events, ["FRAGOV", "FRAOPP"], level="country")


def test_reciprocity_of_mirrored_series() -> None:
    rows = []
    for week, value in enumerate([1.0, 2.0, 3.0, 4.0]):
        day = str((pd.Timestamp("2020-01-06") + pd.Timedelta(weeks=week)).date())
        rows.append({"id": f"a{week}", "source": "USA", "target": "CHN", "quad_class": 1, "goldstein": value, "date": day})
        rows.append({"id": f"b{week}", "source": "CHN", "target": "USA", "quad_class": 1, "goldstein": 2 * value, "date": day})
    result = reciprocity(event_frame(rows), "USA", "CHN", by="week")
    assert result.series["a_to_b_goldstein"].tolist() == [1.0, 2.0, 3.0, 4.0]
    assert result.correlation == pytest.approx(1.0)
    assert result.b_answers_a == pytest.approx(1.0)
    assert result.symmetry == pytest.approx(1 - 10 / 30)

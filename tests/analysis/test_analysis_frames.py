from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from analysis_helpers import event_frame, write_store
from foedus.analysis.frames import EVENT_COLUMNS, interactions, load_events


def _rows() -> pd.DataFrame:
    return event_frame(
        [
            {"id": "e1", "article_id": "a1", "source": "FRAGOV", "target": "RUSGOV", "quad_class": 1,
             "goldstein": 3.0, "date": "2015-11-20"},
            {"id": "e2", "article_id": "a1", "source": "RUS", "target": "FRA", "quad_class": 4,
             "goldstein": -10.0, "date": None},
            {"id": "e3", "article_id": "a2", "source": "FRA", "target": "TUR", "quad_class": 3,
             "goldstein": -2.0, "date": "2015-12"},
            {"id": "e4", "article_id": "zz", "source": "FRA", "target": "TUR", "quad_class": 3,
             "goldstein": -2.0, "date": None},
        ]
    )


def _articles() -> pd.DataFrame:
    return pd.DataFrame({"id": ["a1", "a2"], "published": ["2015-11-26", "2015-12-05"]})


def test_missing_dates_come_from_the_article(tmp_path: Path) -> None:
    db = write_store(tmp_path / "s.duckdb", _rows(), _articles())
    with duckdb.connect(str(db), read_only=True) as con:
        frame = load_events(con)
    dates = dict(zip(frame["id"], frame["date"]))
    assert dates["e2"] == "2015-11-26"  # from article a1
    assert dates["e3"] == "2015-12-01"  # month precision padded to the first day
    assert pd.isna(dates["e4"])  # article unknown: stays undated
    assert list(frame.columns[: len(EVENT_COLUMNS)]) == EVENT_COLUMNS


def test_bounds_use_the_filled_date(tmp_path: Path) -> None:
    db = write_store(tmp_path / "s.duckdb", _rows(), _articles())
    with duckdb.connect(str(db), read_only=True) as con:
        frame = load_events(con, start="2015-11-21", end="2015-11-30")
    assert frame["id"].tolist() == ["e2"]


def test_empty_and_missing_tables(tmp_path: Path) -> None:
    db = write_store(tmp_path / "empty.duckdb", event_frame([]))
    with duckdb.connect(str(db), read_only=True) as con:
        assert load_events(con).empty
    with duckdb.connect(str(tmp_path / "bare.duckdb")) as con:
        frame = load_events(con, "2015-01-01")
    assert frame.empty and "sentence_text" in frame.columns


def test_interactions_drop_internal_and_unusable_rows() -> None:
    frame = event_frame(
        [
            {"id": "a", "source": "FRAGOV", "target": "FRAOPP", "quad_class": 1, "goldstein": 1.0, "date": "2015-11-01"},
            {"id": "b", "source": "FRAGOV", "target": None, "quad_class": 1, "goldstein": 1.0, "date": "2015-11-01"},
            {"id": "c", "source": "FRAGOV", "target": "RUSMIL", "quad_class": 1, "goldstein": 1.0, "date": None},
            {"id": "d", "source": "fragov", "target": "RUSMIL", "quad_class": 1, "goldstein": 1.0, "date": "2015-11-01"},
        ]
    )
    country = interactions(frame, "country")
    assert country["id"].tolist() == ["d"]
    assert (country["source"].tolist(), country["target"].tolist()) == (["FRA"], ["RUS"])
    code = interactions(frame, "code")
    assert sorted(code["id"]) == ["a", "d"]  # FRAGOV and FRAOPP differ at the code level


def _odd_rows() -> pd.DataFrame:
    """Rows that exercise every normalisation: blank, lower-case and padded codes, internal
    events, month/year/article/invalid dates, a missing score, a missing quad class."""
    return event_frame(
        [
            {"id": "e1", "article_id": "a1", "source": "FRAGOV", "target": "RUSGOV", "quad_class": 1,
             "goldstein": 3.0, "date": "2015-11-20"},
            {"id": "e2", "article_id": "a1", "source": "rus", "target": " fra ", "quad_class": 4,
             "goldstein": -10.0, "date": None},
            {"id": "e3", "article_id": "a2", "source": "FRA", "target": "TURMIL", "quad_class": None,
             "goldstein": None, "date": "2015-12"},
            {"id": "e4", "article_id": "zz", "source": "FRA", "target": "TUR", "quad_class": 3,
             "goldstein": -2.0, "date": None},
            {"id": "e5", "article_id": "a2", "source": "FRAGOV", "target": "FRAMIL", "quad_class": 2,
             "goldstein": 1.0, "date": "2015-11-21"},
            {"id": "e6", "article_id": "a2", "source": "", "target": "USA", "quad_class": 2,
             "goldstein": 1.0, "date": "2015-11-22"},
            {"id": "e7", "article_id": "a2", "source": "USA", "target": "FRA", "quad_class": 3,
             "goldstein": -4.0, "date": "2015-02-30"},
            {"id": "e0", "article_id": "a2", "source": "USAGOV", "target": "RUS", "quad_class": 3,
             "goldstein": -4.0, "date": "2015"},
            {"id": "e8", "article_id": "a2", "source": "TUR", "target": "RUS", "quad_class": 1,
             "goldstein": 2.5, "date": "2015-11-20T10:30"},
        ]
    )


def test_load_interactions_equals_interactions_of_load_events(tmp_path: Path) -> None:
    from foedus.analysis.frames import load_interactions

    db = write_store(tmp_path / "s.duckdb", _odd_rows(), _articles())
    columns = ["id", "source", "target", "quad_class", "goldstein", "day"]
    with duckdb.connect(str(db), read_only=True) as con:
        for level in ("country", "code"):
            for start, end in ((None, None), ("2015-11-21", None), (None, "2015-11-30"), ("2015-11-01", "2015-11-30")):
                expected = interactions(load_events(con, start, end), level)[columns]
                got = load_interactions(con, level, start, end)
                assert not got.empty or expected.empty
                pd.testing.assert_frame_equal(got[columns], expected, check_dtype=False, obj=f"{level} {start} {end}")
                assert interactions(got, level) is got  # marked: not normalised twice
        only = load_interactions(con, "country", actors=["FRA", "RUS"])
        assert set(only["source"]) | set(only["target"]) <= {"FRA", "RUS"} and len(only)

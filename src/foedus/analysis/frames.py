"""Reading events out of the store and the small normalisations every analysis shares.

Every analysis function takes a plain pandas DataFrame with the columns of the `events`
table (``id`` followed by the fields of :class:`foedus.records.Event`). The helpers here
turn that frame into *interactions*: one row per event with both actors resolved at the
requested level (country = first three characters of the CAMEO code, or the full code),
a parsed day and a numeric Goldstein score.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Literal

import duckdb
import pandas as pd

from foedus.records import Event

Level = Literal["country", "code"]
Period = Literal["day", "week", "month", "quarter"]

EVENT_COLUMNS: list[str] = ["id"] + [f.name for f in fields(Event)]

# Weeks start on Monday (ISO); pandas names that period "W-SUN" (weeks *ending* Sunday).
_FREQ: dict[str, str] = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q"}

QUAD_COLUMNS: dict[int, str] = {
    1: "verbal_coop",
    2: "material_coop",
    3: "verbal_conflict",
    4: "material_conflict",
}


def empty_events() -> pd.DataFrame:
    """An events frame with the expected columns and no rows."""
    return pd.DataFrame({name: pd.Series(dtype="object") for name in EVENT_COLUMNS})


def _table_columns(con: duckdb.DuckDBPyConnection) -> dict[str, set[str]]:
    rows = con.execute(
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = current_schema()"
    ).fetchall()
    tables: dict[str, set[str]] = {}
    for table, column in rows:
        tables.setdefault(table, set()).add(column)
    return tables


# Dates may come as DATE, TIMESTAMP or text, and events dated to a month or a year carry
# "2015-11" or "2015": pad them to the first day so that string comparison and period
# bucketing treat every row the same way.
_PAD_DATE = """CASE
    WHEN __raw_date IS NULL OR __raw_date = '' THEN NULL
    WHEN length(__raw_date) = 4 THEN __raw_date || '-01-01'
    WHEN length(__raw_date) = 7 THEN __raw_date || '-01'
    ELSE left(__raw_date, 10) END"""


def load_events(
    con: duckdb.DuckDBPyConnection, start: str | None = None, end: str | None = None
) -> pd.DataFrame:
    """Events from the store, dated, optionally restricted to ``start <= date <= end``.

    An event without a date takes its article's ``published`` date. Events still without a
    date are kept only when no bound is given. Missing tables give an empty frame.
    """
    tables = _table_columns(con)
    if "events" not in tables:
        return empty_events()
    has_published = "published" in tables.get("articles", set())
    raw_date = "CAST(e.date AS VARCHAR)" if "date" in tables["events"] else "NULL"
    if has_published:
        raw_date = f"coalesce(nullif({raw_date}, ''), CAST(a.published AS VARCHAR))"
        join = "LEFT JOIN articles a ON a.id = e.article_id"
    else:
        join = ""
    date_expr = _PAD_DATE
    star = "e.* EXCLUDE (date)" if "date" in tables["events"] else "e.*"
    query = (
        f"SELECT * EXCLUDE (__raw_date) FROM ("
        f"  SELECT *, {date_expr} AS date FROM ("
        f"    SELECT {star}, {raw_date} AS __raw_date FROM events e {join}))"
    )
    clauses: list[str] = []
    params: list[str] = []
    if start:
        clauses.append("date >= ?")
        params.append(start[:10])
    if end:
        clauses.append("date <= ?")
        params.append(end[:10])
    if clauses:
        query = f"SELECT * FROM ({query}) WHERE " + " AND ".join(clauses)
    frame = con.execute(query + " ORDER BY date, id", params).fetchdf()
    ordered = [c for c in EVENT_COLUMNS if c in frame.columns]
    extra = [c for c in frame.columns if c not in ordered]
    return frame[ordered + extra].reset_index(drop=True)


# Marks a frame made by load_interactions, so interactions() need not redo its work.
_INTERACTIONS_LEVEL = "foedus_interactions_level"


def _actor_sql(column: str, level: Level) -> str:
    """SQL twin of :func:`actor_at_level` (trimmed, upper case, blank → NULL)."""
    key = f"nullif(upper(trim(CAST(e.{column} AS VARCHAR))), '')"
    if level == "country":
        return f"left({key}, 3)"
    if level == "code":
        return key
    raise ValueError(f"level must be 'country' or 'code', not {level!r}")


def load_interactions(
    con: duckdb.DuckDBPyConnection,
    level: Level = "country",
    start: str | None = None,
    end: str | None = None,
    actors: list[str] | None = None,
) -> pd.DataFrame:
    """``interactions(load_events(con, start, end), level)`` computed by DuckDB: only the
    columns the analyses use (no evidence text), actors normalised, dates parsed and rows
    filtered in SQL, so a large store is not copied into pandas to be thrown away. ``actors``
    (keys at ``level``) keeps only events between two of them. The frame is marked so that
    :func:`interactions` returns it as it is."""
    tables = _table_columns(con)
    columns = ["id", "source", "target", "quad_class", "goldstein", "day"]
    if "events" not in tables or not {"source", "target"} <= tables["events"]:
        frame = pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
        frame.attrs[_INTERACTIONS_LEVEL] = level
        return frame
    raw_date = "CAST(e.date AS VARCHAR)" if "date" in tables["events"] else "NULL"
    join = ""
    if "published" in tables.get("articles", set()):
        raw_date = f"coalesce(nullif({raw_date}, ''), CAST(a.published AS VARCHAR))"
        join = "LEFT JOIN articles a ON a.id = e.article_id"
    number = {c: f"TRY_CAST(e.{c} AS DOUBLE)" if c in tables["events"] else "CAST(NULL AS DOUBLE)"
              for c in ("quad_class", "goldstein")}
    clauses = ["source IS NOT NULL", "target IS NOT NULL", "day IS NOT NULL", "source <> target"]
    params: list[object] = []
    if start:  # on the padded date text, as load_events
        clauses.append("date >= ?")
        params.append(start[:10])
    if end:
        clauses.append("date <= ?")
        params.append(end[:10])
    if actors is not None:
        clauses.append("list_contains(?, source) AND list_contains(?, target)")
        params += [actors, actors]
    query = f"""
        WITH raw AS (
            SELECT CAST(e.id AS VARCHAR) AS id, {_actor_sql("source", level)} AS source,
                   {_actor_sql("target", level)} AS target, {number["quad_class"]} AS quad_class,
                   {number["goldstein"]} AS goldstein, {raw_date} AS __raw_date
            FROM events e {join}
        ), dated AS (
            SELECT * EXCLUDE (__raw_date), {_PAD_DATE} AS date FROM raw
        ), parsed AS (
            SELECT *, CAST(TRY_CAST(left(date, 10) AS DATE) AS TIMESTAMP) AS day FROM dated
        )
        SELECT id, source, target, quad_class, goldstein, day FROM parsed
        WHERE {" AND ".join(clauses)}
        ORDER BY date, id"""
    frame = con.execute(query, params).fetchdf()
    frame["day"] = frame["day"].astype("datetime64[ns]")
    frame.attrs[_INTERACTIONS_LEVEL] = level
    return frame


def actor_at_level(codes: pd.Series, level: Level) -> pd.Series:
    """Actor keys at the requested level; missing or blank codes become NA."""
    text = codes.astype("string").str.strip().str.upper()
    text = text.mask(text == "")
    if level == "country":
        return text.str[:3]
    if level == "code":
        return text
    raise ValueError(f"level must be 'country' or 'code', not {level!r}")


def normalise_actor(code: str, level: Level) -> str:
    """One user-given actor code at the requested level (``FRAGOV`` -> ``FRA`` for country)."""
    key = code.strip().upper()
    return key[:3] if level == "country" else key


def period_start(days: pd.Series, by: Period) -> pd.Series:
    """The first day of the day/week/month/quarter each date falls in."""
    if by not in _FREQ:
        raise ValueError(f"period must be one of {sorted(_FREQ)}, not {by!r}")
    return days.dt.to_period(_FREQ[by]).dt.start_time


def period_range(first: pd.Timestamp, last: pd.Timestamp, by: Period) -> pd.DatetimeIndex:
    """Every period start from the one containing ``first`` to the one containing ``last``."""
    periods = pd.period_range(first, last, freq=_FREQ[by])
    return pd.DatetimeIndex(periods.start_time)


def period_end(start: pd.Timestamp, by: Period) -> pd.Timestamp:
    """The last day of the period beginning at ``start``."""
    return pd.Period(start, freq=_FREQ[by]).end_time.normalize()


def interactions(events: pd.DataFrame, level: Level = "country") -> pd.DataFrame:
    """One row per usable event: ``id, source, target, quad_class, goldstein, day`` + text.

    Rows lacking an actor or a parsable date are dropped, and so are events whose two
    actors coincide at the level (``FRAGOV`` -> ``FRAOPP`` is internal to France at the
    country level): they say nothing about relations *between* actors.
    """
    if events.attrs.get(_INTERACTIONS_LEVEL) == level:
        return events  # already interactions at this level (load_interactions)
    columns = ["id", "source", "target", "quad_class", "goldstein", "day", "sentence_text"]
    if events.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    ids = events["id"] if "id" in events.columns else events.index.to_series()
    frame = pd.DataFrame(
        {
            "id": ids.astype(str).to_numpy(),
            "source": actor_at_level(events["source"], level).to_numpy(),
            "target": actor_at_level(events["target"], level).to_numpy(),
            "quad_class": pd.to_numeric(events["quad_class"], errors="coerce").to_numpy(),
            "goldstein": pd.to_numeric(events["goldstein"], errors="coerce").to_numpy(),
            "day": pd.to_datetime(
                events["date"].astype("string").str[:10], errors="coerce", format="%Y-%m-%d"
            ).to_numpy(),
            "sentence_text": (
                events["sentence_text"].to_numpy() if "sentence_text" in events else ""
            ),
        }
    )
    keep = frame["source"].notna() & frame["target"].notna() & frame["day"].notna()
    keep &= frame["source"] != frame["target"]
    return frame[keep].reset_index(drop=True)


def between(frame: pd.DataFrame, start: str | None, end: str | None) -> pd.DataFrame:
    """Interactions with ``start <= day <= end`` (inclusive bounds, YYYY-MM-DD)."""
    keep = pd.Series(True, index=frame.index)
    if start:
        keep &= frame["day"] >= pd.Timestamp(start[:10])
    if end:
        keep &= frame["day"] <= pd.Timestamp(end[:10])
    return frame[keep]

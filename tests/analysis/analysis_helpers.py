"""Small builders shared by the analysis tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from foedus.analysis.frames import EVENT_COLUMNS


def event_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """An events frame from partial rows (missing fields are None)."""
    frame = pd.DataFrame(rows).reindex(columns=EVENT_COLUMNS)
    return frame.astype({"quad_class": "float", "goldstein": "float"})


def write_store(path: Path, events: pd.DataFrame, articles: pd.DataFrame | None = None) -> Path:
    """A DuckDB file with ``events`` and ``articles`` tables like the store's."""
    con = duckdb.connect(str(path))
    try:
        columns = ", ".join(
            f'"{c}" {"DOUBLE" if c in ("goldstein", "confidence", "lat", "lon") else "INTEGER" if c in ("sentence", "start", "end", "quad_class") else "BOOLEAN" if c == "negated" else "VARCHAR"}'
            for c in EVENT_COLUMNS
        )
        con.execute(f"CREATE TABLE events ({columns})")
        con.execute(
            "CREATE TABLE articles (id VARCHAR, url VARCHAR, source VARCHAR, title VARCHAR, "
            "published VARCHAR, language VARCHAR, text VARCHAR, content_hash VARCHAR)"
        )
        if not events.empty:
            con.register("new_events", events.reindex(columns=EVENT_COLUMNS))
            con.execute("INSERT INTO events SELECT * FROM new_events")
        if articles is not None and not articles.empty:
            con.register("new_articles", articles)
            con.execute("INSERT INTO articles BY NAME SELECT * FROM new_articles")
    finally:
        con.close()
    return path

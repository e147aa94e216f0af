"""Render records and frames as a table for people, or JSON/JSONL/CSV/Parquet for machines."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Sequence

import click
import pandas as pd
from rich.console import Console
from rich.table import Table

FORMATS = ["table", "json", "jsonl", "csv"]


def console() -> Console:
    return Console(width=max(100, Console().width))


def print_table(title: str, rows: Sequence[dict[str, Any]], columns: Sequence[str], max_width: int = 60) -> None:
    table = Table(title=title, show_lines=False, title_justify="left")
    for col in columns:
        table.add_column(col, overflow="fold", max_width=max_width)
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
    console().print(table)


def emit_frame(frame: pd.DataFrame, fmt: str, title: str, columns: Sequence[str] | None = None,
               out: str | None = None) -> None:
    if out:
        write_frame(frame, Path(out))
        click.echo(f"wrote {len(frame)} rows to {out}", err=True)
        return
    if fmt == "json":
        click.echo(frame.to_json(orient="records", force_ascii=False, indent=1))
    elif fmt == "jsonl":
        if len(frame):
            click.echo(frame.to_json(orient="records", lines=True, force_ascii=False).rstrip("\n"))
    elif fmt == "csv":
        frame.to_csv(sys.stdout, index=False)
    else:
        cols = [c for c in (columns or frame.columns) if c in frame.columns]
        print_table(f"{title} ({len(frame)})", frame[cols].to_dict("records"), cols)


def write_frame(frame: pd.DataFrame, path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        frame.to_parquet(path, index=False)
    elif suffix == ".csv":
        frame.to_csv(path, index=False)
    elif suffix in {".jsonl", ".ndjson"}:
        frame.to_json(path, orient="records", lines=True, force_ascii=False)
    elif suffix == ".json":
        frame.to_json(path, orient="records", force_ascii=False, indent=1)
    else:
        raise click.BadParameter(f"unknown output format {suffix!r} (use .parquet, .csv, .jsonl or .json)")


def dump_json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, default=str)

"""`foedus export` (tables → Parquet / CSV / JSONL / GDELT 2.0) and `foedus bench`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from foedus.store.export import FORMATS, TABLES


@click.command("export")
@click.option("--db", default="foedus.duckdb", show_default=True, help="DuckDB file to read.")
@click.option("--table", type=click.Choice(TABLES), default="events", show_default=True,
              help="Table to export (ignored by the gdelt-* formats, which read events).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="parquet", show_default=True,
              help="gdelt-events / gdelt-mentions: GDELT 2.0 tab-separated files (docs/gdelt-export.md).")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="File to write.")
@click.option("--header", is_flag=True, help="GDELT formats: write a header line (GDELT files have none).")
def export(db: str, table: str, fmt: str, out: Path, header: bool) -> None:
    """Export a table of the database to a file."""
    from foedus.events.ontology import CAMEO_TABLE_NAME
    from foedus.store.db import connect

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database")
    con = connect(db)
    try:
        rows = _export(con, table, fmt, out, header)
    finally:
        con.close()
    what = "events" if fmt == "gdelt-events" else "mentions" if fmt == "gdelt-mentions" else table
    click.echo(f"{rows} {what} rows → {out} ({fmt}; Goldstein table: {CAMEO_TABLE_NAME})", err=True)


def _export(con, table: str, fmt: str, out: Path, header: bool) -> int:
    from foedus.store.export import export_table

    try:
        return export_table(con, table, fmt, out, header)
    except (ValueError, OSError) as err:
        raise click.ClickException(str(err))


@click.command("bench")
@click.option("--articles", "n_articles", type=click.IntRange(min=1), default=200, show_default=True,
              help="Corpus size (real texts, then paragraph recombinations).")
@click.option("--workers", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--engine", "engines", type=click.Choice(["local", "dask"]), multiple=True,
              help="Engines to measure (repeatable; default: both).")
def bench(n_articles: int, workers: int, engines: tuple[str, ...]) -> None:
    """Throughput and memory of the full pipeline vs the raw spaCy parse, on 1 and N local
    workers and a Dask LocalCluster. One line per measure; the last line is a JSON object."""
    from foedus.engine.bench import run_bench

    result = run_bench(n_articles, workers, list(engines) or ["local", "dask"])
    for m in result["measures"]:
        click.echo(f"{m['name']:<42} {m['articles']:>5} art {m['seconds']:>8.2f} s {m['articles_per_s']:>8.2f} art/s "
                   f"{m['sentences_per_s']:>8.1f} sent/s  peak RSS {m['peak_rss_mb']:.0f} MB "
                   f"(largest process {m['peak_process_rss_mb']:.0f} MB)", err=True)
    summary = {k: v for k, v in result.items() if k != "measures"}
    sys.stdout.write(json.dumps(summary) + "\n")

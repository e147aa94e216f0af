"""`foedus dyads` and `foedus coalitions`: the analysis stage from the command line.

Both are standalone click commands; the main `foedus` group registers them with
``cli.add_command(dyads)`` and ``cli.add_command(coalitions)``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import click
import duckdb
import pandas as pd

from foedus.analysis.coalitions import CoalitionTimeline, bloc_evidence, coalitions_over_time
from foedus.analysis.dyads import dyad_series
from foedus.analysis.frames import load_events

_DB_HELP = "DuckDB file written by `foedus ingest`."
_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _read_events(db: Path, start: str | None, end: str | None) -> pd.DataFrame:
    # Read-only so that a query never blocks or alters a store being written.
    con = duckdb.connect(str(db), read_only=True)
    try:
        return load_events(con, start, end)
    finally:
        con.close()


def _day(value: object) -> str | None:
    return value.strftime("%Y-%m-%d") if value is not None else None  # type: ignore[attr-defined]


def _printable(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    out["period"] = pd.to_datetime(out["period"]).dt.strftime("%Y-%m-%d")
    return out


@click.command()
@click.option("--db", "db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default="foedus.duckdb", show_default=True, help=_DB_HELP)
@click.option("--actors", required=True,
              help="Comma-separated actor codes, at least two (e.g. FRA,RUS or FRAGOV,RUSGOV).")
@click.option("--by", type=click.Choice(["day", "week", "month"]), default="week", show_default=True,
              help="Period of the series (weeks start on Monday).")
@click.option("--level", type=click.Choice(["country", "code"]), default="country", show_default=True,
              help="country: pool codes by their first three letters (RUSGOV, RUSMIL -> RUS); "
                   "code: keep full actor codes.")
@click.option("--directed", is_flag=True,
              help="One series per direction (FRA->RUS, RUS->FRA) instead of pooling both.")
@click.option("--from", "start", type=_DATE, default=None, help="First day included (YYYY-MM-DD).")
@click.option("--to", "end", type=_DATE, default=None, help="Last day included (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="How to print the series on standard output.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the series to this file (.csv or .parquet).")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also draw the series to this file (.png or .html).")
def dyads(db: Path, actors: str, by: str, level: str, directed: bool, start: object, end: object,
          fmt: str, out: Path | None, plot: Path | None) -> None:
    """Event counts by quad class and Goldstein totals between actors, per period."""
    codes = [a.strip() for a in actors.split(",") if a.strip()]
    if len({c.upper()[:3] if level == "country" else c.upper() for c in codes}) < 2:
        raise click.BadParameter("give at least two distinct actors", param_hint="--actors")
    events = _read_events(db, _day(start), _day(end))
    if events.empty:
        click.echo(f"No events in {db}" + (" for these dates." if start or end else "."))
        return
    frame = dyad_series(events, codes, by=by, level=level, directed=directed)  # type: ignore[arg-type]
    if frame.empty:
        click.echo(f"No events between {', '.join(codes)} at the {level} level.")
        return
    if out is not None:
        if out.suffix.lower() == ".parquet":
            frame.to_parquet(out, index=False)
        else:
            frame.to_csv(out, index=False)
    if plot is not None:
        from foedus.analysis.plots import plot_dyads

        plot_dyads(frame, plot)
    shown = _printable(frame)
    if fmt == "csv":
        click.echo(shown.to_csv(index=False), nl=False)
    elif fmt == "json":
        click.echo(shown.to_json(orient="records", indent=1))
    else:
        click.echo(shown.to_string(index=False, float_format=lambda v: f"{v:.2f}", na_rep="-"))


def _fmt(value: float) -> str:
    return "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{value:.2f}"


def _timeline_text(timeline: CoalitionTimeline, events: pd.DataFrame, evidence: bool, limit: int) -> str:
    lines: list[str] = []
    for window in timeline.windows:
        lines.append(
            f"{window.start} .. {window.end}  actors {window.actors}  events {window.events}  "
            f"clarity {_fmt(window.clarity)}  signed modularity {_fmt(window.signed_modularity)}"
        )
        for bloc in window.blocs:
            moves = "".join(
                [f"  +{','.join(bloc.joined)}" if bloc.joined else "",
                 f"  -{','.join(bloc.left)}" if bloc.left else ""]
            )
            lines.append(
                f"  {bloc.label}: {', '.join(bloc.members)}  (cooperation {len(bloc.cooperation_event_ids)}"
                f" events, conflict with others {len(bloc.conflict_event_ids)}, cohesion "
                f"{_fmt(bloc.cohesion)}){moves}"
            )
            if evidence:
                for kind in ("cooperation", "conflict"):
                    rows = bloc_evidence(events, bloc, kind).head(limit)
                    for row in rows.itertuples():
                        text = " ".join(str(getattr(row, "sentence_text", "") or "").split())
                        lines.append(f"      [{kind}] {row.id} {row.date} {row.source}->{row.target} "
                                     f"{row.code}: {text}")
        for change in (c for c in timeline.changes if c.window == window.start):
            lines.append(f"  * {change.kind}: {', '.join(change.before) or '-'} -> "
                         f"{', '.join(change.after) or '-'}")
        for switch in (s for s in timeline.switches if s.window == window.start):
            lines.append(f"  * {switch.actor} switches {switch.from_bloc} -> {switch.to_bloc}")
    return "\n".join(lines)


@click.command()
@click.option("--db", "db", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              default="foedus.duckdb", show_default=True, help=_DB_HELP)
@click.option("--window", type=click.Choice(["week", "month", "quarter"]), default="month",
              show_default=True, help="Length of the time windows (and the step between them).")
@click.option("--span", type=click.IntRange(min=1), default=1, show_default=True,
              help="Periods per window: --window month --span 3 gives 3-month windows sliding monthly.")
@click.option("--from", "start", type=_DATE, default=None, help="First day included (YYYY-MM-DD).")
@click.option("--to", "end", type=_DATE, default=None, help="Last day included (YYYY-MM-DD).")
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True,
              help="Leave out of a window the actors with fewer events in it.")
@click.option("--level", type=click.Choice(["country", "code"]), default="country", show_default=True,
              help="country: pool codes by their first three letters; code: keep full codes.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Readable text or the full timeline as JSON.")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also draw the membership timeline to this PNG file.")
@click.option("--evidence", is_flag=True,
              help="Print the sentences of the events behind each bloc's cooperation and conflicts.")
@click.option("--evidence-limit", type=click.IntRange(min=1), default=5, show_default=True,
              help="With --evidence: at most this many sentences per bloc and kind.")
def coalitions(db: Path, window: str, span: int, start: object, end: object, min_events: int,
               level: str, fmt: str, plot: Path | None, evidence: bool, evidence_limit: int) -> None:
    """Blocs of actors (cooperation inside, conflict between) per window, and how they change."""
    events = _read_events(db, _day(start), _day(end))
    if events.empty:
        click.echo(f"No events in {db}" + (" for these dates." if start or end else "."))
        return
    timeline = coalitions_over_time(
        events, window=window, start=_day(start), end=_day(end),  # type: ignore[arg-type]
        min_events=min_events, level=level, span=span,  # type: ignore[arg-type]
    )
    if not timeline.windows:
        click.echo("No relations between distinct actors in these events: no coalitions to show.")
        return
    if plot is not None:
        from foedus.analysis.plots import plot_coalitions

        plot_coalitions(timeline, plot)
    if fmt == "json":
        payload = timeline.to_dict()
        if evidence:
            sentences = events.set_index(events["id"].astype(str))["sentence_text"].to_dict()
            payload["sentences"] = {
                i: sentences.get(i)
                for w in timeline.windows
                for b in w.blocs
                for i in b.cooperation_event_ids + b.conflict_event_ids
            }
        click.echo(json.dumps(payload, indent=1, ensure_ascii=False))
    else:
        click.echo(_timeline_text(timeline, events, evidence, evidence_limit))

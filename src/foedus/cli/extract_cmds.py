"""`foedus extract`, `foedus ingest` and `foedus demo`."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING

import click

from foedus.cli.output import dump_json, print_table
from foedus.ingest.readers import BadInput, read_text_file
from foedus.records import Annotation

if TYPE_CHECKING:
    from foedus.engine.runner import RunSummary

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"
QUOTE_COLUMNS = ["kind", "speaker_text", "addressee_text", "cue", "text"]
EVENT_COLUMNS = ["source", "target", "code", "quad_class", "goldstein", "date", "trigger", "rule"]


def show_annotation(ann: Annotation, fmt: str) -> None:
    data = ann.to_dict()
    if fmt == "json":
        click.echo(dump_json(data))
        return
    if fmt == "jsonl":
        for kind in ("actors", "quotes", "events"):
            for row in data[kind]:
                click.echo(dump_json({"type": kind[:-1], **row}).replace("\n", ""))
        return
    art = ann.article
    click.echo(f"Article {art.id} — {art.language}, published {art.published}, source {art.source}")
    quotes = [{**asdict(q), "text": _short(q.text)} for q in ann.quotes if q.speech]
    print_table(f"Quotes ({len(quotes)})", quotes, QUOTE_COLUMNS)
    print_table(f"Events ({len(ann.events)})", [asdict(e) for e in ann.events], EVENT_COLUMNS)
    actors = [{"code": m.code, "name": m.name or m.text, "kind": m.kind} for m in _distinct_mentions(ann)]
    print_table(f"Actors ({len(actors)})", actors, ["code", "name", "kind"])


def _short(text: str, n: int = 90) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _distinct_mentions(ann: Annotation):
    seen, out = set(), []
    for m in ann.mentions:
        key = (m.code, m.name or m.text)
        if m.code and key not in seen:
            seen.add(key)
            out.append(m)
    return out


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--published", help="Publication date YYYY-MM-DD (relative dates are resolved against it).")
@click.option("--lang", help="Language code (fr, en, …); detected when absent.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]), default="table", show_default=True)
@click.option("--one-sided", is_flag=True,
              help="Also code acts with a source and no target (a protest, a resignation, a surrender) as events "
                   "with an empty target, as PLOVER does; by default (ANNOTATION.md) an event needs both parties.")
def extract(file: Path, published: str | None, lang: str | None, fmt: str, one_sided: bool = False) -> None:
    """Annotate one article FILE (.txt, with optional NAME.json sidecar) and print its actors,
    quotes and events. Nothing is stored."""
    from foedus.annotate import annotate_article

    try:
        article = read_text_file(file)
    except (BadInput, OSError) as err:
        raise click.ClickException(f"{file}: {getattr(err, 'strerror', None) or err}")
    if published:
        article.published = published
    if lang:
        article.language = lang
    from foedus.events.settings import CoderSettings, using_coder_settings

    with using_coder_settings(CoderSettings(one_sided=one_sided)):
        ann = annotate_article(article)
    show_annotation(ann, fmt)


def ingest_paths(paths: list[str], db: str, quiet: bool = False, engine: str = "local", workers: int = 1,
                 scheduler: str | None = None, parquet_dir: str | None = None,
                 near_duplicates: bool = True) -> RunSummary:
    """Ingest sources into the database (resumable; see `foedus.engine.runner`)."""
    from foedus.engine.runner import RunOptions, run_ingest

    opts = RunOptions(paths=list(paths), db=db, engine=engine, workers=workers, scheduler=scheduler,
                      parquet_dir=parquet_dir, near_duplicates=near_duplicates, quiet=quiet)
    return run_ingest(opts, report=lambda line: click.echo(line, err=True))


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="foedus.duckdb", show_default=True, help="DuckDB file (created if absent).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process (1 worker) or a process pool; dask: a Dask cluster.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (local pool, or LocalCluster size for --engine dask).")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); a LocalCluster when absent.")
@click.option("--parquet-dir", type=click.Path(file_okay=False), help="Also write the corpus as Parquet "
              "partitioned by publication month (DIR/TABLE/month=YYYY-MM/), readable in place by DuckDB.")
@click.option("--no-near-duplicates", is_flag=True, help="Exact (content hash) duplicates only.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str, engine: str, workers: int, scheduler: str | None,
           parquet_dir: str | None, no_near_duplicates: bool, quiet: bool) -> None:
    """Annotate and store articles from PATHS: .txt files (with NAME.json sidecar or a header
    block), .jsonl, .html, RSS/Atom feeds (.rss/.atom/.xml or an http(s) URL), WARC / WARC.gz
    archives, directories and globs of them.

    \b
    Resumable: articles are committed in small groups; run the same command again after an
    interruption and only what is missing is done. Exact and near duplicates are stored once
    (their sources in `article_sources`). A bad item gives one `error: ITEM: reason` line, is
    recorded in `failures` and `article_status`, and the rest goes on (exit status 1).
    """
    summary = ingest_paths(list(paths), db, quiet, engine, workers, scheduler, parquet_dir, not no_near_duplicates)
    click.echo(f"{summary.stored} stored, {summary.already} already in {db}, {summary.duplicates} duplicates, "
               f"{summary.skipped} skipped (no pipeline), {summary.failed} failed "
               f"({summary.seconds:.1f} s)", err=True)
    if parquet_dir:
        click.echo(f"parquet: {len(summary.parquet_files)} files under {parquet_dir}", err=True)
    if summary.failed:
        sys.exit(1)


@click.command()
@click.option("--db", default="foedus.duckdb", show_default=True, help="DuckDB file to write.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def demo(db: str, fmt: str) -> None:
    """Run the main job on the bundled sample (RT France, 2015-11-26): store it in DB and print
    its quotes with speakers, its events and its actors."""
    from foedus.annotate import annotate_article
    from foedus.store.db import connect, store_annotation

    article = read_text_file(SAMPLE)
    ann = annotate_article(article)
    con = connect(db)
    store_annotation(con, ann)
    con.close()
    show_annotation(ann, fmt)
    click.echo(f"stored in {db}", err=True)

"""`foedus extract`, `foedus ingest` and `foedus demo`."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

import click
from tqdm import tqdm

from foedus.cli.output import dump_json, print_table
from foedus.ingest.readers import BadInput, read_text_file
from foedus.records import Annotation, Failure

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
def extract(file: Path, published: str | None, lang: str | None, fmt: str) -> None:
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
    show_annotation(annotate_article(article), fmt)


def ingest_paths(paths: list[str], db: str, quiet: bool = False) -> tuple[int, int, int, list[Failure]]:
    """Ingest files into the database; returns (stored, already there, skipped, failures)."""
    from foedus.annotate import SkippedLanguage, annotate_article
    from foedus.ingest.readers import iter_articles
    from foedus.store.db import article_exists, connect, record_failure, store_annotation

    con = connect(db)
    stored = dup = skipped = 0
    failures: list[Failure] = []
    items = list(iter_articles(paths))
    for item in tqdm(items, desc="ingest", unit="art", disable=quiet or len(items) < 2, file=sys.stderr):
        if isinstance(item, Failure):
            failures.append(item)
            record_failure(con, item)
            click.echo(f"error: {item.origin}: {item.reason}", err=True)
            continue
        if article_exists(con, item.content_hash):
            dup += 1
            continue
        try:
            ann = annotate_article(item)
        except SkippedLanguage as err:
            skipped += 1
            store_annotation(con, Annotation(article=item), status="skipped")
            click.echo(f"skipped: {item.origin}: {err}", err=True)
            continue
        except Exception as err:  # one article's failure must not stop the batch
            failure = Failure(item.origin or item.id, f"annotation failed: {type(err).__name__}: {err}", stage="annotate")
            failures.append(failure)
            record_failure(con, failure)
            click.echo(f"error: {failure.origin}: {failure.reason}", err=True)
            continue
        stored += int(store_annotation(con, ann))
    con.close()
    return stored, dup, skipped, failures


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="foedus.duckdb", show_default=True, help="DuckDB file (created if absent).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest(paths: tuple[str, ...], db: str, quiet: bool) -> None:
    """Annotate and store articles: .txt files (with NAME.json sidecar or a header block),
    .jsonl files of articles, or directories of them. Re-running adds nothing; a bad file is
    reported, recorded in the `failures` table, and the rest goes on (exit status 1)."""
    stored, dup, skipped, failures = ingest_paths(list(paths), db, quiet)
    click.echo(f"{stored} stored, {dup} already in {db}, {skipped} skipped (no pipeline), {len(failures)} failed", err=True)
    if failures:
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

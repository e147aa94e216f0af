"""`foedus events|quotes|actors`: query what is stored."""

from __future__ import annotations

from pathlib import Path

import click

from foedus.api.queries import EventFilters, QuoteFilters, like_prefix
from foedus.cli.output import FORMATS, emit_frame

EVENT_COLUMNS = ["date", "source", "target", "code", "quad_class", "goldstein", "trigger", "article_id"]
QUOTE_COLUMNS = ["article_id", "kind", "speaker_text", "speaker_code", "addressee_text", "text"]


def _open(db: str):
    from foedus.store.db import connect

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database (run `foedus ingest` or `foedus demo` first)")
    return connect(db)


@click.command()
@click.option("--db", default="foedus.duckdb", show_default=True)
@click.option("--actor", help="Actor code prefix on either side (RUS, FRAGOV…).")
@click.option("--source", help="Source actor code prefix.")
@click.option("--target", help="Target actor code prefix.")
@click.option("--code", help="CAMEO code prefix (04, 042…).")
@click.option("--quad", type=click.IntRange(1, 4), help="Quad class 1–4.")
@click.option("--from", "date_from", help="First date YYYY-MM-DD.")
@click.option("--to", "date_to", help="Last date YYYY-MM-DD.")
@click.option("--article", help="Article id.")
@click.option("--limit", default=1000, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--out", help="Write to FILE (.parquet, .csv, .jsonl, .json) instead of printing.")
def events(db, actor, source, target, code, quad, date_from, date_to, article, limit, fmt, out) -> None:
    """Stored events, filtered (the same filters as GET /api/events)."""
    where = EventFilters(actor=actor, source=source, target=target, code=code, quad=quad,
                         date_from=date_from, date_to=date_to, article=article).where()
    sql = "SELECT * FROM events" + where.sql() + " ORDER BY date, article_id, sentence LIMIT ?"
    params = where.params
    con = _open(db)
    frame = con.execute(sql, params + [limit]).df()
    emit_frame(frame, fmt, "Events", EVENT_COLUMNS, out)


@click.command()
@click.option("--db", default="foedus.duckdb", show_default=True)
@click.option("--speaker", help="Speaker name (substring, case-insensitive).")
@click.option("--addressee", help="Addressee name (substring).")
@click.option("--actor", help="Speaker actor code prefix.")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed", "selon"]))
@click.option("--article", help="Article id.")
@click.option("--limit", default=1000, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--out", help="Write to FILE (.parquet, .csv, .jsonl, .json).")
def quotes(db, speaker, addressee, actor, kind, article, limit, fmt, out) -> None:
    """Stored quotations with their speakers (the same filters as GET /api/quotes)."""
    where = QuoteFilters(speaker=speaker, addressee=addressee, actor=actor, kind=kind, article=article,
                         speech=True).where()
    sql = "SELECT * FROM quotes" + where.sql() + " ORDER BY article_id, start LIMIT ?"
    params = where.params
    frame = _open(db).execute(sql, params + [limit]).df()
    emit_frame(frame, fmt, "Quotes", QUOTE_COLUMNS, out)


@click.group(invoke_without_command=True)
@click.option("--db", default="foedus.duckdb", show_default=True)
@click.option("--code", help="Actor code prefix.")
@click.option("--limit", default=1000, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--out", help="Write to FILE (.parquet, .csv, .jsonl, .json).")
@click.pass_context
def actors(ctx, db, code, limit, fmt, out) -> None:
    """Actors mentioned in stored articles, with mention counts. `foedus actors lookup` resolves a phrase."""
    if ctx.invoked_subcommand:
        return
    sql = """SELECT code, coalesce(name, text) AS name, any_value(actor_id) AS actor_id, any_value(kind) AS kind,
                    count(*) AS mentions, count(DISTINCT article_id) AS articles
             FROM mentions WHERE code IS NOT NULL""" + (r" AND code LIKE ? ESCAPE '\'" if code else "") + """
             GROUP BY code, coalesce(name, text) ORDER BY mentions DESC LIMIT ?"""
    params = ([like_prefix(code)] if code else []) + [limit]
    emit_frame(_open(db).execute(sql, params).df(), fmt, "Actors", None, out)


@actors.command("lookup")
@click.argument("text")
@click.option("--date", help="Date YYYY-MM-DD the phrase is read on (roles are bounded in time).")
@click.option("--lang", default="fr", show_default=True)
def lookup(text: str, date: str | None, lang: str) -> None:
    """Show what TEXT resolves to on DATE, and why."""
    from foedus.actors.kb import load_kb

    results = load_kb().lookup(text, date, lang)
    if not results:
        click.echo(f"{text!r}: no actor")
        return
    for r in results:
        click.echo(f"{r.code or '-'}\t{r.name or ''}\t{r.actor_id or ''}\t{r.kind}\t{r.why}")

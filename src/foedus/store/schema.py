"""DuckDB schema derived from the record dataclasses, with a version number and migrations.

Columns follow the dataclass fields, so a record and its row never drift apart. A schema change
adds a step to MIGRATIONS; `migrate` applies the missing ones in order and records the version.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Callable

import duckdb

from foedus.records import Article, Event, Failure, Mention, Place, Quote, TimeExpr

SCHEMA_VERSION = 2

# table name → (record type, extra leading columns)
RECORD_TABLES: dict[str, tuple[type, list[tuple[str, str]]]] = {
    "articles": (Article, [("ingested_at", "TIMESTAMP DEFAULT current_timestamp"), ("status", "VARCHAR")]),
    "mentions": (Mention, [("id", "VARCHAR")]),
    "quotes": (Quote, [("id", "VARCHAR")]),
    "events": (Event, [("id", "VARCHAR")]),
    "timexes": (TimeExpr, [("id", "VARCHAR"), ("article_id", "VARCHAR")]),
    "places": (Place, [("id", "VARCHAR"), ("article_id", "VARCHAR")]),
    "failures": (Failure, [("failed_at", "TIMESTAMP DEFAULT current_timestamp")]),
}


def sql_type(annotation: str) -> str:
    a = str(annotation)
    if a.startswith(("list", "dict")):
        return "JSON"
    if "bool" in a:
        return "BOOLEAN"
    if "float" in a:
        return "DOUBLE"
    if "int" in a:
        return "INTEGER"
    return "VARCHAR"


def record_columns(table: str) -> list[str]:
    record, extra = RECORD_TABLES[table]
    names = [name for name, _ in extra if "DEFAULT" not in _]
    return names + [f.name for f in fields(record) if f.name not in names]


def create_table_sql(table: str) -> str:
    record, extra = RECORD_TABLES[table]
    cols = [f'"{name}" {decl}' for name, decl in extra]
    extra_names = {name for name, _ in extra}
    cols += [f'"{f.name}" {sql_type(f.type)}' for f in fields(record) if f.name not in extra_names]
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)})"


def _v1(con: duckdb.DuckDBPyConnection) -> None:
    for table in RECORD_TABLES:
        con.execute(create_table_sql(table))
    con.execute("CREATE UNIQUE INDEX IF NOT EXISTS articles_hash ON articles(content_hash)")
    con.execute("CREATE INDEX IF NOT EXISTS events_article ON events(article_id)")
    con.execute("CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id)")


def _v2(con: duckdb.DuckDBPyConnection) -> None:
    """Corpus runs: one row per run, one status row per input item (the resume ledger), the
    sources of every stored article including its exact and near duplicates, and each stored
    article's MinHash signature so near-duplicate detection works across runs.

    No PRIMARY KEY / UNIQUE constraints here on purpose: DuckDB refuses a delete followed by an
    insert of the same key inside one transaction, and the run writer replaces status rows that
    way. Uniqueness is kept by the writer (delete-then-insert in the same transaction)."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS runs (run_id VARCHAR, started_at TIMESTAMP DEFAULT current_timestamp, "
        "finished_at TIMESTAMP, engine VARCHAR, workers INTEGER, paths JSON, total INTEGER, stored INTEGER, "
        "already INTEGER, duplicates INTEGER, skipped INTEGER, failed INTEGER, seconds DOUBLE)"
    )
    con.execute(
        "CREATE TABLE IF NOT EXISTS article_status (origin VARCHAR, article_id VARCHAR, content_hash VARCHAR, "
        "status VARCHAR, reason VARCHAR, duplicate_of VARCHAR, run_id VARCHAR, "
        "updated_at TIMESTAMP DEFAULT current_timestamp)"
    )
    con.execute(
        "CREATE TABLE IF NOT EXISTS article_sources (article_id VARCHAR, origin VARCHAR, url VARCHAR, "
        "source VARCHAR, author VARCHAR, published VARCHAR, duplicate_of VARCHAR, similarity DOUBLE)"
    )
    con.execute("CREATE TABLE IF NOT EXISTS article_minhash (article_id VARCHAR, num_perm INTEGER, signature BLOB)")
    con.execute("CREATE INDEX IF NOT EXISTS article_status_origin ON article_status(origin)")
    con.execute("CREATE INDEX IF NOT EXISTS article_sources_article ON article_sources(article_id)")


MIGRATIONS: list[Callable[[duckdb.DuckDBPyConnection], None]] = [_v1, _v2]
assert len(MIGRATIONS) == SCHEMA_VERSION


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER, applied_at TIMESTAMP DEFAULT current_timestamp)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Bring the database to SCHEMA_VERSION; returns the version it was at before."""
    before = current_version(con)
    if before > SCHEMA_VERSION:
        raise RuntimeError(f"database schema v{before} is newer than this Foedus (v{SCHEMA_VERSION})")
    if before == SCHEMA_VERSION:
        return before
    # All missing steps in one transaction and one schema_version row per upgrade: a crash
    # mid-upgrade leaves the previous version intact, and the table logs upgrades, not steps.
    con.execute("BEGIN TRANSACTION")
    try:
        for version in range(before + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version - 1](con)
        con.execute("INSERT INTO schema_version (version) VALUES (?)", [SCHEMA_VERSION])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return before

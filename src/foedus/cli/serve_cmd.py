"""`foedus serve`: the HTTP API and the dashboard (FastAPI + uvicorn)."""

from __future__ import annotations

import os

import click


@click.command()
@click.option("--db", default="foedus.duckdb", show_default=True, help="DuckDB file to serve (fixed for the server's life).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--token", envvar="FOEDUS_TOKEN", help="Write token (or $FOEDUS_TOKEN). Without it the server is read-only.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Worker processes (read-only servers only: a writable DuckDB file allows one process).")
def serve(db: str, host: str, port: int, token: str | None, workers: int) -> None:
    """Serve the API under /api/ (docs at /docs) and the dashboard at /.

    \b
    Read-only unless --token is given; writes (POST /api/ingest, /api/analyze with
    store=true) then need the header `Authorization: Bearer TOKEN`.
    """
    import uvicorn

    if token and workers > 1:
        raise click.UsageError("--workers > 1 needs a read-only server (no --token): DuckDB allows one writer process")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: the API is reachable from other machines", err=True)
    click.echo(f"Foedus on http://{host}:{port}/  (API docs: /docs; {'writable' if token else 'read-only'}; db {db})", err=True)
    if workers == 1:
        from foedus.api.app import create_app

        uvicorn.run(create_app(db, token), host=host, port=port, log_level="warning")
        return
    # Several processes need an import string; the factory reads its settings from the environment.
    os.environ["FOEDUS_SERVE_DB"] = db
    uvicorn.run("foedus.api.app:app_from_env", factory=True, host=host, port=port, workers=workers, log_level="warning")

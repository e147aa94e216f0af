"""HTTP API over a Foedus DuckDB store (FastAPI): see :func:`foedus.api.app.create_app`."""

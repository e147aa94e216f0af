"""Store stage: DuckDB schema, migrations and idempotent upserts."""

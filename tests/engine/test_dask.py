"""The Dask engine runs the same per-article function on a LocalCluster, gives the same tables
as the local engine, and the partitioned Parquet it writes is read in place by DuckDB."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from engine_helpers import table_snapshot

from foedus.engine.runner import RunOptions, run_ingest


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def test_dask_run_matches_local_and_writes_parquet(cluster, shared: Path, tmp_path: Path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for src in sorted((shared / "dev" / "wikinews-fr").glob("*.txt"))[:3]:
        shutil.copy(src, corpus / src.name)
    (corpus / "empty.txt").write_text("")
    pq = tmp_path / "pq"
    dask_db, local_db = tmp_path / "dask.duckdb", tmp_path / "local.duckdb"
    summary = run_ingest(RunOptions(paths=[str(corpus)], db=str(dask_db), engine="dask",
                                    scheduler=cluster.scheduler_address, parquet_dir=str(pq), quiet=True),
                         report=lambda line: None)
    assert (summary.stored, summary.failed) == (3, 1)
    run_ingest(RunOptions(paths=[str(corpus)], db=str(local_db), quiet=True), report=lambda line: None)
    assert table_snapshot(dask_db) == table_snapshot(local_db)

    con = duckdb.connect(str(dask_db), read_only=True)
    for table in ("articles", "events", "mentions"):
        in_db = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        in_pq = con.execute(f"SELECT count(*) FROM read_parquet('{pq}/{table}/**/*.parquet', hive_partitioning=true)").fetchone()[0]
        assert in_pq == in_db and (table != "articles" or in_db == 3)
    months = con.execute(f"SELECT DISTINCT month FROM read_parquet('{pq}/articles/**/*.parquet', hive_partitioning=true)").fetchall()
    published = con.execute("SELECT DISTINCT substr(published, 1, 7) FROM articles").fetchall()
    assert sorted(months) == sorted(published)
    assert all(p.parent.name.startswith("month=") for p in pq.glob("articles/*/*.parquet"))
    con.close()

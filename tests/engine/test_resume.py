"""Runs are resumable and idempotent: SIGKILL in the middle, the same command again, and the
tables equal those of an uninterrupted run. Duplicates, skipped languages and failures are all
recorded, never lost."""

from __future__ import annotations

import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
from engine_helpers import build_corpus, table_snapshot

from foedus.engine.runner import RunOptions, run_ingest

INGEST = "from foedus.cli.extract_cmds import ingest; ingest()"


def run(corpus: Path, db: Path):
    return run_ingest(RunOptions(paths=[str(corpus)], db=str(db), quiet=True), report=lambda line: None)


def kill_after(args: list[str], done: int, timeout: float = 240) -> None:
    """Start `foedus ingest` and SIGKILL it once its progress bar shows `done` items."""
    # one transaction per item, so the progress bar (committed items) moves one article at a time
    env = {**os.environ, "FOEDUS_COMMIT_EVERY": "1"}
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    seen, deadline = b"", time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([proc.stderr], [], [], 0.05)
            if ready:
                chunk = os.read(proc.stderr.fileno(), 4096)
                if not chunk:
                    break
                seen += chunk
                counts = [int(m) for m in re.findall(rb"(\d+)/\d+ \[", seen)]
                if counts and max(counts) >= done:
                    break
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, seen.decode(errors="replace")[-2000:]


def test_kill_then_rerun_equals_clean_run(shared: Path, tmp_path: Path):
    corpus = build_corpus(shared, tmp_path, n_wikinews=14)
    clean_db = tmp_path / "clean.duckdb"
    first = run(corpus, clean_db)
    assert first.stored == 14 and first.duplicates == 1 and first.skipped == 1 and first.failed == 1
    clean = table_snapshot(clean_db)

    killed_db = tmp_path / "killed.duckdb"
    kill_after([sys.executable, "-c", INGEST, str(corpus), "--db", str(killed_db)], done=5)
    partial = table_snapshot(killed_db)
    assert 0 < partial["articles"] < clean["articles"], "the kill came too late to test anything"

    again = run(corpus, killed_db)
    assert again.already == partial["article_status"] - partial["failures"]
    assert table_snapshot(killed_db) == clean

    third = run(corpus, killed_db)  # idempotent: nothing new, nothing doubled
    assert third.stored == 0 and third.already == 16
    assert table_snapshot(killed_db) == clean


def test_duplicates_skipped_and_failures_are_recorded(shared: Path, tmp_path: Path):
    corpus = build_corpus(shared, tmp_path, n_wikinews=2)
    db = tmp_path / "f.duckdb"
    summary = run(corpus, db)
    assert (summary.stored, summary.duplicates, summary.skipped, summary.failed) == (2, 1, 1, 1)
    con = duckdb.connect(str(db), read_only=True)
    status = dict(con.execute("SELECT regexp_extract(origin, '[^/]+$'), status FROM article_status").fetchall())
    assert status["001.txt"] == status["002.txt"] == "done"
    assert status["zz-copy.txt"] == "duplicate" and status["zz-empty.txt"] == "failed"
    assert status["zz-german.jsonl:1"] == "skipped"
    german = con.execute("SELECT language, status FROM articles WHERE id = 'de1'").fetchone()
    assert german == ("de", "skipped")  # detected, stored, not lost
    (canonical,) = con.execute("SELECT duplicate_of FROM article_sources WHERE origin LIKE '%zz-copy.txt'").fetchone()
    assert canonical == con.execute("SELECT id FROM articles WHERE origin LIKE '%001.txt'").fetchone()[0]
    # the copy's events are not counted again: no article row, no event rows of its own
    assert con.execute("SELECT count(*) FROM articles WHERE origin LIKE '%zz-copy.txt'").fetchone()[0] == 0
    con.close()

    # across runs: a new near copy in another run is recognised from the stored signatures
    later = tmp_path / "later"
    later.mkdir()
    text = (corpus / "002.txt").read_text(encoding="utf-8")
    (later / "reprise.txt").write_text(text.replace("\n\n", "\n\nDe notre correspondant. ", 1), encoding="utf-8")
    summary = run(later, db)
    assert (summary.stored, summary.duplicates) == (0, 1)

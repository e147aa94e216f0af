"""One ingest run: sources → resume filter → exact/near-duplicate check → engine → ledger.

Everything that decides (resume, dedup) happens here in the parent, in input order, so a run
is deterministic whatever the engine; workers only annotate. `RunLedger` commits items in
small groups (each item's rows together, at least every COMMIT_SECONDS), so `kill -9` loses at
most the articles in flight and the last uncommitted group, and the same command again finishes
the job with the same tables as an uninterrupted run. The progress bar counts committed items.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Iterator

from tqdm import tqdm

from foedus.engine.worker import WorkResult
from foedus.ingest.dedup import NUM_PERM, THRESHOLD, NearDuplicateIndex, minhash_of, signature_bytes
from foedus.ingest.sources import count_items, iter_sources
from foedus.records import Article, Failure
from foedus.store.runs import RunCounts, RunLedger

Report = Callable[[str], None]

# Group commits: one DuckDB transaction (and one INSERT per table) for this many items, or
# whatever has been settled after COMMIT_SECONDS — per-item transactions cost the parent more
# CPU than the writes themselves, CPU the workers need on a small machine. A commit costs the
# parent ~15 statements and a WAL sync (30-60 ms): every second, that was 4-5 % of a one-worker
# run. Five seconds bounds what a kill loses to a few seconds of work (redone by the next run),
# and matches COMMIT_EVERY at two workers' throughput.
COMMIT_EVERY = 64
COMMIT_SECONDS = 5.0
# Articles per task (nlp.pipe batch) of both engines; the last ones are split (local._tapered).
LOCAL_BATCH = 8


@dataclass
class RunOptions:
    paths: list[str]
    db: str = "foedus.duckdb"
    engine: str = "local"  # local | dask
    workers: int = 1
    scheduler: str | None = None
    parquet_dir: str | None = None
    near_duplicates: bool = True
    threshold: float = THRESHOLD
    quiet: bool = False
    batch_size: int | None = None
    on_ready: Callable[[], None] | None = None  # engine hook: workers loaded (benchmark clock)


@dataclass
class RunSummary(RunCounts):
    seconds: float = 0.0
    sentences: int = 0
    work_seconds: float = 0.0
    run_id: str = ""
    parquet_files: list[str] = field(default_factory=list)


def make_engine(opts: RunOptions):
    if opts.engine == "dask":
        from foedus.engine.dask_engine import DaskEngine

        return DaskEngine(scheduler=opts.scheduler, workers=max(1, opts.workers), batch_size=opts.batch_size or LOCAL_BATCH,
                          on_ready=opts.on_ready)
    from foedus.engine.local import LocalEngine

    return LocalEngine(workers=opts.workers, batch_size=opts.batch_size or LOCAL_BATCH, on_ready=opts.on_ready)


class _Run:
    """State of one run shared by the feeding generator and the result loop (same thread)."""

    def __init__(self, opts: RunOptions, ledger: RunLedger, bar: tqdm, report: Report) -> None:
        self.opts, self.ledger, self.bar, self.report = opts, ledger, bar, report
        self.counts = RunSummary(run_id=ledger.run_id)
        self.finished = ledger.finished_origins()
        self.index = NearDuplicateIndex(threshold=opts.threshold, num_perm=NUM_PERM)
        if opts.near_duplicates:
            self.index.load(ledger.signatures())
        self.in_flight: dict[str, str] = {}  # content hash → article id, submitted this run
        self.signatures: dict[str, bytes] = {}
        self.waiting: dict[str, list[tuple[Article, float]]] = {}  # canonical id → its copies

    def fail(self, failure: Failure, article: Article | None = None) -> None:
        self.counts.failed += 1
        self.counts.failures.append(failure)
        self.ledger.write_failure(failure, article)
        self.report(f"error: {failure.origin}: {failure.reason}")

    def duplicate(self, article: Article, of: str, similarity: float) -> None:
        if of in self.waiting:  # canonical still being annotated: link it once it is stored
            self.waiting[of].append((article, similarity))
            return
        self.ledger.write_duplicate(article, of, similarity)
        self.counts.duplicates += 1

    def feed(self) -> Iterator[Article]:
        """Articles that need annotating; everything else is settled here."""
        for item in iter_sources(self.opts.paths):
            self.counts.total += 1
            if isinstance(item, Failure):
                self.fail(item)
                continue
            origin = item.origin or item.id
            if self.finished.get(origin):
                self.counts.already += 1
                self.bar.update(1)
                continue
            stored = self.ledger.stored_id(item.content_hash) or self.in_flight.get(item.content_hash)
            if stored is not None:
                self.duplicate(item, stored, 1.0)
                continue
            mh = minhash_of(item.text) if self.opts.near_duplicates else None
            if mh is not None:
                match = self.index.match(mh)
                if match is not None:
                    self.duplicate(item, *match)
                    continue
                self.index.add(item.id, mh)
                self.signatures[item.id] = signature_bytes(mh)
            self.in_flight[item.content_hash] = item.id
            self.waiting[item.id] = []
            yield item

    def settle(self, result: WorkResult) -> None:
        art = result.article
        copies = self.waiting.pop(art.id, [])
        self.in_flight.pop(art.content_hash, None)
        signature = self.signatures.pop(art.id, None)
        if result.status == "failed" or result.annotation is None:
            self.index.remove(art.id)
            self.fail(Failure(art.origin or art.id, result.reason or "annotation failed", stage="annotate"), art)
            for copy, _ in copies:  # the copies were never annotated: leave them to the next run
                self.fail(Failure(copy.origin or copy.id, f"near-duplicate of {art.id}, which failed", "annotate"), copy)
            return
        if self.ledger.write_article(result.annotation, result.status, signature, NUM_PERM):
            if result.status == "skipped":
                self.counts.skipped += 1
                self.report(f"skipped: {art.origin}: {result.reason}")
            else:
                self.counts.stored += 1
            self.counts.sentences += result.sentences
            self.counts.work_seconds += result.seconds
        else:
            self.counts.duplicates += 1
        for copy, similarity in copies:
            self.duplicate(copy, art.id, similarity)


def run_ingest(opts: RunOptions, report: Report | None = None) -> RunSummary:
    """Run one ingest; `report` receives the per-item `error:` / `skipped:` lines."""
    from foedus.store.db import connect

    report = report or (lambda line: print(line, file=sys.stderr))
    started = time.perf_counter()
    con = connect(opts.db)
    try:
        total = None if opts.quiet else count_items(opts.paths)
        with tqdm(total=total, desc="ingest", unit="art", file=sys.stderr, disable=opts.quiet,
                  dynamic_ncols=True, mininterval=0.2) as bar:
            # FOEDUS_COMMIT_EVERY=1 gives one transaction per item (tests that kill a run mid-way)
            commit_every = int(os.environ.get("FOEDUS_COMMIT_EVERY", COMMIT_EVERY))
            ledger = RunLedger(con, opts.engine, opts.workers, opts.paths, commit_every=commit_every,
                               commit_seconds=COMMIT_SECONDS, on_commit=bar.update)
            run = _Run(opts, ledger, bar, report)
            try:
                for result in make_engine(opts).run(run.feed()):
                    run.settle(result)
            except BaseException:  # what is settled is kept, even if the run stops on an error or Ctrl-C
                with contextlib.suppress(Exception):
                    ledger.flush()
                raise
            ledger.flush()
        summary = run.counts
        summary.seconds = time.perf_counter() - started
        ledger.finish(summary, summary.seconds)
        if opts.parquet_dir:
            from foedus.store.export import export_partitioned

            summary.parquet_files = export_partitioned(con, opts.parquet_dir)
    finally:
        con.close()
    return summary

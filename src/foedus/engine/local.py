"""Run the per-article function in this process (1 worker) or a local process pool.

Submission is bounded (a few tasks per worker in flight), so a corpus of any size streams
through with constant memory in the parent; results come back as they complete.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import time
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from foedus.engine.worker import WorkResult, process_batch, warm_up
from foedus.records import Article

IN_FLIGHT_PER_WORKER = 4

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


@dataclass
class LocalEngine:
    workers: int = 1
    batch_size: int = 1
    on_ready: Callable[[], None] | None = None  # called once the workers have loaded the pipeline
    name: str = "local"

    def run(self, articles: Iterable[Article]) -> Iterator[WorkResult]:
        articles = iter(articles)
        first = next(articles, None)
        if first is None:  # nothing left to do (e.g. a finished run re-run): load nothing
            return
        articles = itertools.chain([first], articles)
        if self.workers <= 1:  # in this process
            warm_up()
            if self.on_ready:
                self.on_ready()
            for batch in _batches(articles, self.batch_size):
                yield from process_batch(batch)
            return
        # spawn, not fork: the parent holds DuckDB and tqdm threads that must not be forked.
        context = multiprocessing.get_context("spawn")
        # One BLAS/OpenMP thread per worker: N workers each spawning N math threads oversubscribe
        # the cores and run slower than one worker. Spawned children read these at import time.
        for var in THREAD_VARS:
            os.environ.setdefault(var, "1")
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=warm_up) as pool:
            if self.on_ready:
                # One probe per worker; a probe runs only after its worker's initializer, and
                # each holds its worker briefly so that every worker takes one.
                wait([pool.submit(_ready_probe) for _ in range(self.workers)])
                self.on_ready()
            yield from _bounded(pool, articles, self.workers * IN_FLIGHT_PER_WORKER, self.batch_size)


def _ready_probe() -> int:
    time.sleep(0.5)
    return os.getpid()


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _bounded(pool: ProcessPoolExecutor, articles: Iterable[Article], limit: int,
             batch_size: int) -> Iterator[WorkResult]:
    pending: set[Future] = set()
    for batch in _batches(articles, batch_size):
        pending.add(pool.submit(process_batch, batch))
        if len(pending) >= limit:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield from future.result()
    while pending:
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            yield from future.result()

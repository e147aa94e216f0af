"""Run the per-article function in this process (1 worker) or a local process pool.

Submission is bounded (a few batches per worker in flight), so a corpus of any size streams
through with constant memory in the parent; results come back as they complete. Batches are
big while the source lasts (spaCy's `nlp.pipe` parses a batch for less CPU per article than
one text at a time) and shrink once it is exhausted, so that no worker is left alone with a
large last batch while the others idle.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import time
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from foedus.engine.worker import WorkResult, exit_fast_at_shutdown, non_empty, process_batch, warm_up
from foedus.records import Article

IN_FLIGHT_PER_WORKER = 2  # batches submitted per worker: one running, one waiting

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


@dataclass
class LocalEngine:
    workers: int = 1
    batch_size: int = 1
    on_ready: Callable[[], None] | None = None  # called once the workers have loaded the pipeline
    name: str = "local"

    def run(self, articles: Iterable[Article]) -> Iterator[WorkResult]:
        articles = non_empty(articles)
        if articles is None:
            return
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
        with ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=_init_worker) as pool:
            if self.on_ready:
                # One probe per worker; a probe runs only after its worker's initializer, and
                # each holds its worker briefly so that every worker takes one.
                wait([pool.submit(_ready_probe) for _ in range(self.workers)])
                self.on_ready()
            yield from _bounded(pool, articles, self.workers, self.batch_size)


def _init_worker() -> None:
    """Pool initializer: load everything, and make the worker's exit immediate
    (`worker.exit_fast_at_shutdown`)."""
    warm_up()
    exit_fast_at_shutdown()


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


def _tapered(articles: Iterable[Article], workers: int, size: int) -> Iterator[list[Article]]:
    """Batches of `size` while the source lasts; then the last articles (known once the
    read-ahead of two batches per worker hits the end) in batches small enough to be shared
    by every worker."""
    articles = iter(articles)
    ahead: deque[Article] = deque()
    window = 2 * workers * size
    exhausted = False
    while True:
        while not exhausted and len(ahead) < window:
            article = next(articles, None)
            if article is None:
                exhausted = True
            else:
                ahead.append(article)
        if not ahead:
            return
        take = size if not exhausted else max(1, min(size, math.ceil(len(ahead) / (2 * workers))))
        yield [ahead.popleft() for _ in range(min(take, len(ahead)))]


def _bounded(pool: ProcessPoolExecutor, articles: Iterable[Article], workers: int,
             batch_size: int) -> Iterator[WorkResult]:
    limit = workers * IN_FLIGHT_PER_WORKER * batch_size  # articles in flight
    pending: dict[Future, int] = {}
    in_flight = 0
    for batch in _tapered(articles, workers, batch_size):
        pending[pool.submit(process_batch, batch)] = len(batch)
        in_flight += len(batch)
        while in_flight >= limit:
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                in_flight -= pending.pop(future)
                yield from future.result()
    while pending:
        done, _ = wait(pending, return_when=FIRST_COMPLETED)
        for future in done:
            pending.pop(future)
            yield from future.result()

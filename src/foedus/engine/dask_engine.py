"""Run the per-article function on a Dask cluster: a scheduler address, or a `LocalCluster`.

Tasks are batches of articles submitted with bounded concurrency (`as_completed` refilled as
results arrive), so the parent streams sources of any size. Each worker loads the pipeline
once (`client.run(warm_up)` at start; `load_nlp` is cached per process afterwards).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from foedus.engine.local import THREAD_VARS, _batches
from foedus.engine.worker import WorkResult, non_empty, process_batch, warm_up
from foedus.records import Article

IN_FLIGHT_PER_WORKER = 3


@dataclass
class DaskEngine:
    scheduler: str | None = None
    workers: int = 2
    batch_size: int = 2
    on_ready: Callable[[], None] | None = None  # called once every worker has loaded the pipeline
    name: str = "dask"

    def run(self, articles: Iterable[Article]) -> Iterator[WorkResult]:
        from dask.distributed import Client, LocalCluster, as_completed

        articles = non_empty(articles)
        if articles is None:
            return
        cluster = None
        if self.scheduler:
            client = Client(self.scheduler)
        else:
            # as for the local pool: one BLAS/OpenMP thread per worker process, or N workers each
            # spawning N math threads oversubscribe the cores (worker processes read these at start)
            for var in THREAD_VARS:
                os.environ.setdefault(var, "1")
            cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        try:
            client.run(warm_up)
            if self.on_ready:
                self.on_ready()
            slots = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_WORKER
            batches = _batches(articles, self.batch_size)
            queue = as_completed()
            for batch in batches:
                # pure=False: two identical batches in two runs must both run, not be cached.
                queue.add(client.submit(process_batch, batch, pure=False))
                if queue.count() >= slots:
                    yield from next(queue).result()
            for future in queue:
                yield from future.result()
        finally:
            client.close()
            if cluster is not None:
                cluster.close()

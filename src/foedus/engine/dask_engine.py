"""Run the per-article function on a Dask cluster: a scheduler address, or a `LocalCluster`.

Tasks are batches of articles submitted with bounded concurrency (`as_completed` refilled as
results arrive), so the parent streams sources of any size; batches are as big as the local
engine's while the source lasts and shrink at its end (`local._tapered`), so no worker is left
alone with a large last batch. Each worker loads the pipeline once (`client.run(warm_up)` at
start; `load_nlp` is cached per process afterwards). The workers of a cluster this engine starts
exit without tearing down their interpreters (3 s of every run's shutdown otherwise); workers of
a cluster given by address are left as they are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from foedus.engine.local import THREAD_VARS, _tapered
from foedus.engine.worker import WorkResult, exit_fast_at_shutdown, non_empty, process_batch, warm_up
from foedus.records import Article

IN_FLIGHT_PER_WORKER = 2  # batches per worker thread: one running, one waiting

# For the LocalCluster this engine starts, whose scheduler shares the machine's cores with the
# workers: no statistical profiler sampling every task thread each 10 ms, no work stealing (the
# bounded submission already hands each free worker the next batch), monitors polled less often.
# Measured on 150 articles, 2 workers on 2 cores: 8.3-9.2 -> 9.9-10.3 art/s. A cluster given by
# address keeps its own configuration.
LOCAL_CLUSTER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.scheduler.work-stealing": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "2s",
}


@dataclass
class DaskEngine:
    scheduler: str | None = None
    workers: int = 2
    batch_size: int = 8
    on_ready: Callable[[], None] | None = None  # called once every worker has loaded the pipeline
    name: str = "dask"

    def run(self, articles: Iterable[Article]) -> Iterator[WorkResult]:
        import dask

        articles = non_empty(articles)
        if articles is None:
            return
        if self.scheduler:
            yield from self._run(articles)
            return
        with dask.config.set(LOCAL_CLUSTER_CONFIG):
            yield from self._run(articles)

    def _run(self, articles: Iterator[Article]) -> Iterator[WorkResult]:
        from dask.distributed import Client, LocalCluster, as_completed

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
            if cluster is not None:
                client.run(exit_fast_at_shutdown)
            if self.on_ready:
                self.on_ready()
            threads = max(1, sum(client.nthreads().values()))
            slots = threads * IN_FLIGHT_PER_WORKER
            batches = _tapered(articles, threads, self.batch_size)
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

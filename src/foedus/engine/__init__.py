"""Engine: where the per-article function runs (this process, a local process pool, or a Dask
cluster). The function is the same everywhere: `foedus.engine.worker.process_article`."""

from foedus.engine.runner import RunOptions, RunSummary, run_ingest
from foedus.engine.worker import WorkResult, process_article

__all__ = ["RunOptions", "RunSummary", "WorkResult", "process_article", "run_ingest"]

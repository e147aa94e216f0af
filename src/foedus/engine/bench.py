"""Throughput benchmark: the full pipeline (annotate + store) on 1 and N local workers and on
a Dask LocalCluster, against the raw spaCy parse (`nlp.pipe`) of the same texts.

Timings are steady-state: each engine loads its pipelines first (not timed), then the corpus is
ingested into a fresh database. Every engine measure runs in a fresh process, so 1 worker and N
workers start alike: spaCy's first pass over unseen text costs much more than a second one
(tokenizer and lexeme caches), and a measure in this process would parse texts it has already
parsed (raw spaCy, stage profile) while pool workers would not. Peak RSS is sampled (psutil)
over the measured process and all its children, and per process, every 50 ms.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import re
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

import psutil

from foedus.records import Article

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"
SHARED_WIKINEWS = Path(__file__).resolve().parents[3].parent / "shared" / "dev" / "wikinews-fr"


class RssSampler:
    """Peak resident memory of this process + descendants (total, and the largest single one)."""

    def __init__(self, interval: float = 0.05, pid: int | None = None) -> None:
        self.interval, self.peak_total, self.peak_process, self.pid = interval, 0, 0, pid
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            me = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            sizes = []
            try:
                procs = [me, *me.children(recursive=True)]
            except psutil.Error:
                break
            for proc in procs:
                try:
                    sizes.append(proc.memory_info().rss)
                except psutil.Error:
                    pass
            self.peak_total = max(self.peak_total, sum(sizes))
            self.peak_process = max(self.peak_process, max(sizes, default=0))
            self._stop.wait(self.interval)

    def __enter__(self) -> "RssSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def build_corpus(n: int, seed: int = 7) -> list[Article]:
    """`n` articles: the real texts first, then new ones made by recombining their paragraphs
    (4–8 paragraphs each, distinct enough that near-duplicate detection keeps them)."""
    from foedus.ingest.sources import iter_sources

    sources = sorted(SAMPLES.glob("*.txt")) + (sorted(SHARED_WIKINEWS.glob("*.txt")) if SHARED_WIKINEWS.exists() else [])
    base = [a for a in iter_sources(sources) if isinstance(a, Article)]
    paragraphs = [p.strip() for a in base for p in re.split(r"\n\s*\n", a.text) if len(p.strip()) > 80]
    rng = random.Random(seed)
    out: list[Article] = []
    for i in range(n):
        if i < len(base):
            src = base[i]
            out.append(Article(id=f"bench{i:05d}", text=src.text, language="fr", published=src.published,
                               origin=f"bench:{i}"))
            continue
        text = "\n\n".join(rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(4, 8))))
        month = rng.randint(1, 12)
        out.append(Article(id=f"bench{i:05d}", text=text, language="fr", published=f"2015-{month:02d}-15",
                           origin=f"bench:{i}"))
    return out


@dataclass
class Measure:
    name: str
    articles: int
    sentences: int
    seconds: float
    peak_rss_mb: float
    peak_process_rss_mb: float
    articles_per_s: float = field(init=False)
    sentences_per_s: float = field(init=False)

    def __post_init__(self) -> None:
        self.articles_per_s = round(self.articles / self.seconds, 3) if self.seconds else 0.0
        self.sentences_per_s = round(self.sentences / self.seconds, 2) if self.seconds else 0.0


def measure_spacy(articles: list[Article]) -> Measure:
    from foedus.language import load_nlp

    nlp = load_nlp("fr")
    nlp("Préchauffage du pipeline.")
    with RssSampler() as rss:
        started = time.perf_counter()
        sentences = sum(len(list(doc.sents)) for doc in nlp.pipe([a.text for a in articles]))
        seconds = time.perf_counter() - started
    return Measure("spacy nlp.pipe (1 process)", len(articles), sentences, seconds, rss.peak_total / 2**20,
                   rss.peak_process / 2**20)


def stage_profile(articles: list[Article]) -> dict[str, float]:
    """Seconds per stage over the corpus in one process: the spaCy parse, then each annotation
    stage — shows what actor resolution (or any stage) adds to an article's processing."""
    from foedus.annotate import annotate_doc
    from foedus.language import load_nlp

    nlp = load_nlp("fr")
    annotate_doc(articles[0], nlp(articles[0].text))  # load lexicons and gazetteer outside the timing
    timings: dict[str, float] = {}
    started = time.perf_counter()
    docs = list(nlp.pipe([a.text for a in articles]))
    timings["parse"] = time.perf_counter() - started
    for article, doc in zip(articles, docs):
        annotate_doc(article, doc, timings)
    return {stage: round(sec, 3) for stage, sec in timings.items()}


def write_corpus(articles: list[Article], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "text": a.text, "language": a.language, "published": a.published},
                                ensure_ascii=False) + "\n")
    return path


def _ingest_timed(corpus: str, engine_name: str, workers: int) -> tuple[int, int, float]:
    """In the measured process: (articles, sentences, seconds from ready to last commit)."""
    from foedus.engine.runner import RunOptions, run_ingest

    ready: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        opts = RunOptions(paths=[corpus], db=str(Path(tmp) / "bench.duckdb"), engine=engine_name,
                          workers=workers, quiet=True, on_ready=lambda: ready.append(time.perf_counter()))
        started = time.perf_counter()
        summary = run_ingest(opts, report=lambda line: None)
        ended = started + summary.seconds
    return summary.stored + summary.skipped, summary.sentences, ended - (ready[0] if ready else started)


def _ingest_child(corpus: str, engine_name: str, workers: int, conn) -> None:
    try:
        conn.send(_ingest_timed(corpus, engine_name, workers))
    except BaseException as err:  # noqa: BLE001 — re-raised in the bench process
        conn.send(err)
        raise
    finally:
        conn.close()


def measure_engine(corpus: Path, engine_name: str, workers: int) -> Measure:
    """Time the ingest of `corpus` into a fresh database, in a fresh process, from the moment
    every worker has loaded its pipeline (start-up is not timed) to the last article committed."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_ingest_child, args=(str(corpus), engine_name, workers, send))
    child.start()
    send.close()
    with RssSampler(pid=child.pid) as rss:
        try:
            result = receive.recv()
        except EOFError:
            result = RuntimeError(f"bench process for {engine_name} x{workers} died (exit code {child.exitcode})")
        child.join()
    if isinstance(result, BaseException):
        raise result
    articles, sentences, seconds = result
    return Measure(f"full pipeline, {engine_name}, {workers} worker(s)", articles, sentences, seconds,
                   rss.peak_total / 2**20, rss.peak_process / 2**20)


def _spin(iterations: int) -> float:
    """Seconds of a pure-CPU loop (no memory traffic, no I/O)."""
    started, total = time.perf_counter(), 0
    for i in range(iterations):
        total += i * i
    return time.perf_counter() - started


def machine_speedup(workers: int, iterations: int = 15_000_000) -> float:
    """What `workers` processes can gain over one on this machine right now: the same CPU-bound
    loop run once alone, then once in each of `workers` processes at the same time. Virtual
    machines with busy neighbours give less than `workers`; the pipeline cannot beat this."""
    alone = _spin(iterations)
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_spin, [1] * workers)  # every process up before the clock starts
        started = time.perf_counter()
        pool.map(_spin, [iterations] * workers)
        together = time.perf_counter() - started
    return round(workers * alone / together, 3) if together else float(workers)


def run_bench(n_articles: int, workers: int, engines: list[str]) -> dict:
    """All measures and the summary figures (the JSON the CLI prints last)."""
    articles = build_corpus(n_articles)
    results: list[Measure] = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(articles, Path(tmp) / "corpus.jsonl")
        spacy = measure_spacy(articles)
        results.append(spacy)
        stages = stage_profile(articles)
        if "local" in engines:
            results.append(measure_engine(corpus, "local", 1))
            if workers > 1:
                results.append(measure_engine(corpus, "local", workers))
        if "dask" in engines:
            results.append(measure_engine(corpus, "dask", max(2, workers)))
    full = {m.name: m for m in results[1:]}
    one = next((m for m in results[1:] if m.name.endswith("local, 1 worker(s)")), results[-1])
    many = next((m for m in results[1:] if "local" in m.name and not m.name.endswith(" 1 worker(s)")), None)
    dask = next((m for m in results[1:] if "dask" in m.name), None)
    return {
        "articles": len(articles),
        "sentences": spacy.sentences,
        "articles_per_s": one.articles_per_s,
        "sentences_per_s": one.sentences_per_s,
        "spacy_articles_per_s": spacy.articles_per_s,
        "spacy_sentences_per_s": spacy.sentences_per_s,
        "ratio_to_spacy": round(one.articles_per_s / spacy.articles_per_s, 3) if spacy.articles_per_s else None,
        "workers": workers,
        "articles_per_s_workers": many.articles_per_s if many else None,
        "speedup_workers": round(many.articles_per_s / one.articles_per_s, 3) if many and one.articles_per_s else None,
        # the machine's own ceiling for that speed-up, measured the same minute (see machine_speedup)
        "machine_speedup_workers": machine_speedup(workers) if many else None,
        "dask_articles_per_s": dask.articles_per_s if dask else None,
        # the pipeline's processes (engine measures); the raw-spaCy side is the bench process itself
        "peak_rss_mb": round(max(m.peak_rss_mb for m in results[1:]), 1) if results[1:] else None,
        "peak_rss_per_process_mb": round(max(m.peak_process_rss_mb for m in results[1:]), 1) if results[1:] else None,
        "spacy_peak_rss_mb": round(spacy.peak_rss_mb, 1),
        "stage_seconds": stages,
        "actors_share_of_parse": round(stages["actors"] / stages["parse"], 3) if stages.get("parse") else None,
        # what actor resolution adds to an article's whole processing (parse + every stage)
        "actors_share_of_processing": round(stages["actors"] / sum(stages.values()), 3) if stages else None,
        "measures": [asdict(m) for m in full.values()] + [asdict(spacy)],
    }

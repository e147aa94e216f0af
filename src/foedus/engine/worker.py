"""The per-article unit of work, shipped to any engine: `Article` in, `WorkResult` out.

It never raises: a language without pipeline becomes status `skipped`, any other error status
`failed` with a one-line reason, so one bad article cannot kill a worker or a batch.
"""

from __future__ import annotations

import atexit
import itertools

import os
import signal
import sys
import threading
import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterable, Iterator

from foedus.records import Annotation, Article


# One article may not hold a worker longer than this (seconds; FOEDUS_ARTICLE_TIMEOUT, 0 = none).
ARTICLE_TIMEOUT = int(os.environ.get("FOEDUS_ARTICLE_TIMEOUT", "120"))


@dataclass
class WorkResult:
    article: Article
    status: str  # done | skipped | failed
    annotation: Annotation | None = None
    reason: str | None = None
    seconds: float = 0.0
    sentences: int = 0


# Annotated once per language at start-up: it loads what the stages build on first use (time
# grammar regexes, cue and trigger lexicons). A short phrase, so that the parser's caches are
# left as cold as those of the raw spaCy measure of the benchmark.
WARM_UP_TEXT = "Préchauffage du pipeline."


def warm_up(languages: tuple[str, ...] = ("fr",)) -> bool:
    """Load the pipelines, the actor KB and every stage's resources once per worker process
    (pool initializer / Dask `client.run`), so the first article does not pay for it and
    timings are steady-state."""
    from foedus.actors.kb import load_kb
    from foedus.annotate import annotate_doc
    from foedus.language import UnsupportedLanguage, load_nlp

    load_kb()
    try:  # the offline gazetteer is the slowest thing to load (seconds): not on the first article
        from foedus.places.gazetteer import gazetteer

        gazetteer()
    except ImportError:
        pass
    for lang in languages:
        try:
            nlp = load_nlp(lang)
        except UnsupportedLanguage:
            continue
        try:
            annotate_doc(Article(id="warm-up", text=WARM_UP_TEXT, language=lang), nlp(WARM_UP_TEXT))
        except Exception:  # noqa: BLE001 — a stage failing here fails again, reported, on the articles
            pass
    return True


def exit_fast_at_shutdown() -> bool:
    """Make this worker process's exit immediate. A worker leaving normally tears down its
    interpreter — a million objects of pipelines, KB and gazetteer — and the engine's shutdown
    waited 3–7 s for that at the end of every run (0.1 s with this). The handler runs last,
    after multiprocessing or Dask has flushed its queues and closed its connections."""
    atexit.register(_exit_now)
    return True


def _exit_now() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001
            pass
    os._exit(0)


class ArticleTimeout(Exception):
    """An article took longer than ARTICLE_TIMEOUT seconds (a pathological text or a bug)."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """SIGALRM-based limit, active only in a process's main thread (in-process engine, pool
    workers); Dask runs tasks in threads, where the limit is skipped."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise ArticleTimeout(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def process_article(article: Article) -> WorkResult:
    from foedus.annotate import SkippedLanguage, annotate_article

    started = time.perf_counter()
    try:
        with time_limit(ARTICLE_TIMEOUT):
            ann = annotate_article(article)
    except SkippedLanguage as err:
        return WorkResult(article, "skipped", Annotation(article=article), reason=str(err),
                          seconds=time.perf_counter() - started)
    except Exception as err:  # noqa: BLE001 — reported per article, never fatal
        where = traceback.extract_tb(err.__traceback__)[-1]
        reason = (f"annotation failed: {type(err).__name__}: {' '.join(str(err).split())[:200]} "
                  f"(at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})")
        return WorkResult(article, "failed", reason=reason, seconds=time.perf_counter() - started)
    return WorkResult(article, "done", ann, seconds=time.perf_counter() - started, sentences=len(ann.sentences))


def process_batch(articles: list[Article]) -> list[WorkResult]:
    """Several articles per task: spaCy parses them together with `nlp.pipe` (faster than one
    call per text), then each is annotated on its own. Same results as `process_article`; if
    the batched parse fails, every article is redone alone so one bad text cannot sink others."""
    from foedus.annotate import annotate_doc, resolve_language
    from foedus.language import UnsupportedLanguage, load_nlp

    if len(articles) <= 1:
        return [process_article(a) for a in articles]
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        try:
            by_lang.setdefault(resolve_language(article), []).append(i)
        except Exception:  # noqa: BLE001 — detection errors are reported by process_article
            by_lang.setdefault("", []).append(i)
    results: dict[int, WorkResult] = {}
    for lang, indexes in by_lang.items():
        try:
            nlp = load_nlp(lang) if lang else None
        except UnsupportedLanguage:
            nlp = None
        if nlp is None:
            results.update((i, process_article(articles[i])) for i in indexes)
            continue
        started = time.perf_counter()
        try:
            docs = list(nlp.pipe([articles[i].text for i in indexes]))
        except Exception:  # noqa: BLE001
            results.update((i, process_article(articles[i])) for i in indexes)
            continue
        share = (time.perf_counter() - started) / len(indexes)
        for i, doc in zip(indexes, docs):
            t0 = time.perf_counter()
            try:
                with time_limit(ARTICLE_TIMEOUT):
                    ann = annotate_doc(articles[i], doc)
            except ArticleTimeout as err:  # not redone: it would hang again
                results[i] = WorkResult(articles[i], "failed", reason=f"annotation failed: timed out ({err})",
                                        seconds=time.perf_counter() - t0)
                continue
            except Exception:  # noqa: BLE001 — redone alone for the one-line reason
                results[i] = process_article(articles[i])
                continue
            results[i] = WorkResult(articles[i], "done", ann, seconds=share + time.perf_counter() - t0,
                                    sentences=len(ann.sentences))
    return [results[i] for i in range(len(articles))]


def non_empty(articles: Iterable[Article]) -> Iterator[Article] | None:
    """The articles as an iterator, or None when there are none — so an engine starts no pool
    or cluster for a run that has nothing left to do (a finished run re-run)."""
    it = iter(articles)
    first = next(it, None)
    return None if first is None else itertools.chain([first], it)

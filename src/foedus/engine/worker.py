"""The per-article unit of work, shipped to any engine: `Article` in, `WorkResult` out.

It never raises: a language without pipeline becomes status `skipped`, any other error status
`failed` with a one-line reason, so one bad article cannot kill a worker or a batch.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass

from foedus.records import Annotation, Article


@dataclass
class WorkResult:
    article: Article
    status: str  # done | skipped | failed
    annotation: Annotation | None = None
    reason: str | None = None
    seconds: float = 0.0
    sentences: int = 0


def warm_up(languages: tuple[str, ...] = ("fr",)) -> bool:
    """Load the pipelines and the actor KB once per worker process (pool initializer / Dask
    `client.run`), so the first article does not pay for it and timings are steady-state."""
    from foedus.actors.kb import load_kb
    from foedus.language import UnsupportedLanguage, load_nlp

    load_kb()
    for lang in languages:
        try:
            load_nlp(lang)
        except UnsupportedLanguage:
            pass
    return True


def process_article(article: Article) -> WorkResult:
    from foedus.annotate import SkippedLanguage, annotate_article

    started = time.perf_counter()
    try:
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
    """Several articles per task: amortises scheduling and transfer overhead on Dask."""
    return [process_article(a) for a in articles]

"""`foedus eval GOLD.jsonl…`: run the full pipeline on every gold article and score it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, TextIO

from foedus.eval import events as ev
from foedus.eval import quotes as qs
from foedus.records import Annotation, Article


def read_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    articles = []
    for path in paths:
        for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    articles.append(json.loads(line))
                except json.JSONDecodeError as err:
                    raise ValueError(f"{path}:{n}: invalid JSON ({err.msg})") from None
    return articles


def predictions(ann: Annotation) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    quotes = [{"text": q.text, "speaker": q.speaker_text, "kind": q.kind, "addressee": q.addressee_text}
              for q in ann.quotes]
    events = [{"source": e.source, "target": e.target, "code": e.code, "date": e.date} for e in ann.events]
    return quotes, events


def score(gold: list[dict[str, Any]], annotate: Callable[[Article], Annotation],
          progress: Callable[[int, int], None] | None = None, by_root: list | None = None) -> dict[str, float]:
    """Every figure of EVALUATION.md; `by_root`, when given, receives the per-root-class table."""
    direct, indirect, event_counts = qs.PoolCounts(), qs.PoolCounts(), ev.EventCounts()
    skipped = 0
    for n, g in enumerate(gold, 1):
        article = Article(id=str(g.get("id") or n), text=g["text"], language=g.get("language") or "fr",
                          published=g.get("published"), title=g.get("title"), source=g.get("source"))
        try:
            quotes, events = predictions(annotate(article))
        except LookupError:  # no pipeline for the language: scored as no predictions, and counted
            quotes, events = [], []
            skipped += 1
        if "quotes" in g:
            pred_pools, gold_pools = qs.split_pools(quotes, gold=False), qs.split_pools(g["quotes"], gold=True)
            qs.score_pool(pred_pools["direct"], gold_pools["direct"], direct)
            qs.score_pool(pred_pools["indirect"], gold_pools["indirect"], indirect)
        if "events" in g:
            ev.score_article(events, g["events"], event_counts)
        if progress:
            progress(n, len(gold))
    out = {"articles": len(gold), "articles_no_pipeline": skipped}
    out.update(qs.figures(direct, indirect))
    out.update(ev.figures(event_counts))
    if by_root is not None:
        by_root.extend(ev.root_table(event_counts))
    return out


def print_report(scores: dict[str, float], out: TextIO = sys.stdout) -> None:
    for key, value in scores.items():
        print(f"{key}: {value:.4f}" if isinstance(value, float) else f"{key}: {value}", file=out)
    print(json.dumps({k: (round(v, 6) if isinstance(v, float) else v) for k, v in scores.items()}), file=out)

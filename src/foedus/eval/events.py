"""Event scores: multiset matching per article at the exact, root and quad levels, and dates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from foedus.eval.text import prf
from foedus.events.ontology import quad_class_of

Key = Callable[[dict[str, Any]], tuple]

LEVELS: dict[str, Key] = {
    "exact": lambda e: (e["source"], e["target"], e["code"]),
    "root": lambda e: (e["source"][:3], e["target"][:3], e["code"][:2]),
    "quad": lambda e: (e["source"][:3], e["target"][:3], quad_class_of(e["code"])),
}


@dataclass
class EventCounts:
    n_pred: int = 0
    n_gold: int = 0
    untargeted: int = 0
    tp: dict[str, int] = field(default_factory=lambda: {lvl: 0 for lvl in LEVELS})
    extra_root: int = 0
    dated: int = 0
    date_right: int = 0
    # per CAMEO root class at the root level: root → [true positives, predictions, gold]
    by_root: dict[str, list[int]] = field(default_factory=dict)


def _match(preds: list[dict[str, Any]], golds: list[dict[str, Any]], key: Key) -> list[tuple[int, int]]:
    """Multiset matching on `key`; among equal keys, pairs with the same date are made first."""
    pairs: list[tuple[int, int]] = []
    free_p = set(range(len(preds)))
    free_g = set(range(len(golds)))
    for same_date in (True, False):
        for j in sorted(free_g):
            for i in sorted(free_p):
                if key(preds[i]) != key(golds[j]):
                    continue
                if same_date and preds[i].get("date") != golds[j].get("date"):
                    continue
                pairs.append((i, j))
                free_p.discard(i)
                free_g.discard(j)
                break
    return pairs


def _usable(e: dict[str, Any]) -> bool:
    return bool(e.get("source")) and bool(e.get("target")) and bool(e.get("code"))


def score_article(preds: list[dict[str, Any]], golds: list[dict[str, Any]], counts: EventCounts) -> None:
    scored = [p for p in preds if _usable(p)]
    counts.untargeted += len(preds) - len(scored)
    counts.n_pred += len(scored)
    counts.n_gold += len(golds)
    for level, key in LEVELS.items():
        pairs = _match(scored, golds, key)
        counts.tp[level] += len(pairs)
        if level == "root":
            counts.extra_root += len(scored) - len(pairs)
            for e in scored:
                counts.by_root.setdefault(e["code"][:2], [0, 0, 0])[1] += 1
            for g in golds:
                counts.by_root.setdefault(g["code"][:2], [0, 0, 0])[2] += 1
            for i, _ in pairs:
                counts.by_root[scored[i]["code"][:2]][0] += 1
            for i, j in pairs:
                if golds[j].get("date"):
                    counts.dated += 1
                    counts.date_right += int(scored[i].get("date") == golds[j]["date"])


def figures(c: EventCounts) -> dict[str, float]:
    out: dict[str, float] = {}
    for level in LEVELS:
        p, r, f = prf(c.tp[level], c.n_pred, c.n_gold)
        out[f"event_p_{level}"], out[f"event_r_{level}"], out[f"event_f1_{level}"] = p, r, f
    out["events_extra_rate"] = c.extra_root / c.n_gold if c.n_gold else 0.0
    out["event_date_acc"] = c.date_right / c.dated if c.dated else 0.0
    out["events_untargeted"] = c.untargeted
    out["events_gold"], out["events_pred"] = c.n_gold, c.n_pred
    return out


def root_table(c: EventCounts) -> list[tuple[str, int, int, int, float, float]]:
    """Per CAMEO root: (root, tp, predicted, gold, precision, recall) at the root level."""
    rows = []
    for root in sorted(c.by_root):
        tp, n_pred, n_gold = c.by_root[root]
        p, r, _ = prf(tp, n_pred, n_gold)
        rows.append((root, tp, n_pred, n_gold, p, r))
    return rows

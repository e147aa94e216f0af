"""Quote scores: direct and indirect pools, 30 % and 80 % token overlap, speakers, addressees."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from foedus.eval.text import overlap, prf, same_name

POOL_OF_KIND = {"direct": "direct", "indirect": "indirect", "selon": "indirect", "mixed": "indirect"}


@dataclass
class PoolCounts:
    n_pred: int = 0
    n_gold: int = 0
    tp: dict[int, int] = field(default_factory=lambda: {30: 0, 80: 0})
    speaker_total: int = 0
    speaker_right: int = 0
    end_to_end: int = 0
    addressee_total: int = 0
    addressee_right: int = 0


def match(preds: list[dict[str, Any]], golds: list[dict[str, Any]], threshold: float) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), greedy by largest overlap ≥ threshold."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            ov = overlap(p.get("text") or "", g.get("text") or "")
            if ov >= threshold:
                pairs.append((ov, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def score_pool(preds: list[dict[str, Any]], golds: list[dict[str, Any]], counts: PoolCounts) -> None:
    speech_gold = [g for g in golds if g.get("speech", True) is not False]
    counts.n_gold += len(speech_gold)
    n_pred = len(preds)
    for threshold in (30, 80):
        pairs = match(preds, golds, threshold / 100)
        ignored = 0
        for i, j in pairs:
            if golds[j].get("speech", True) is False:
                if not preds[i].get("speaker"):
                    ignored += 1
                continue
            counts.tp[threshold] += 1
            if threshold != 30:
                continue
            gold_speaker, pred_speaker = golds[j].get("speaker"), preds[i].get("speaker")
            if gold_speaker is not None:
                counts.speaker_total += 1
                counts.speaker_right += int(pred_speaker is not None and same_name(pred_speaker, gold_speaker))
            if same_name(pred_speaker, gold_speaker):
                counts.end_to_end += 1
            if golds[j].get("addressee"):
                counts.addressee_total += 1
                counts.addressee_right += int(same_name(preds[i].get("addressee"), golds[j]["addressee"]))
        if threshold == 30:
            n_pred -= ignored
    counts.n_pred += n_pred


def split_pools(items: list[dict[str, Any]], gold: bool) -> dict[str, list[dict[str, Any]]]:
    pools: dict[str, list[dict[str, Any]]] = {"direct": [], "indirect": []}
    for q in items:
        kind = q.get("kind") or "direct"
        pool = ("indirect" if kind == "indirect" else "direct") if gold else POOL_OF_KIND.get(kind)
        if pool:
            pools[pool].append(q)
    return pools


def figures(direct: PoolCounts, indirect: PoolCounts) -> dict[str, float]:
    out: dict[str, float] = {}
    for prefix, c in (("quote", direct), ("indirect", indirect)):
        for t in (30, 80):
            p, r, f = prf(c.tp[t], c.n_pred, c.n_gold)
            out[f"{prefix}_p_{t}"], out[f"{prefix}_r_{t}"], out[f"{prefix}_f1_{t}"] = p, r, f
        acc_key = "speaker_acc" if prefix == "quote" else "indirect_speaker_acc"
        f1_key = "quote_speaker_f1" if prefix == "quote" else "indirect_speaker_f1"
        out[acc_key] = c.speaker_right / c.speaker_total if c.speaker_total else 0.0
        out[f1_key] = prf(c.end_to_end, c.n_pred, c.n_gold)[2]
    total = direct.addressee_total + indirect.addressee_total
    out["addressee_acc"] = (direct.addressee_right + indirect.addressee_right) / total if total else 0.0
    out["quotes_gold_direct"], out["quotes_gold_indirect"] = direct.n_gold, indirect.n_gold
    out["quotes_pred_direct"], out["quotes_pred_indirect"] = direct.n_pred, indirect.n_pred
    return out

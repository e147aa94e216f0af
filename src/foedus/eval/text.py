"""Token and name folding shared by the scorers (EVALUATION.md: lower-cased, accent-folded words
and numbers, punctuation ignored)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str | None) -> list[str]:
    return _WORD.findall(fold(text or ""))


def overlap(pred: str, gold: str) -> float:
    """Share of the gold quote's tokens covered by the prediction (multiset)."""
    g = Counter(tokens(gold))
    if not g:
        return 0.0
    p = Counter(tokens(pred))
    return sum((g & p).values()) / sum(g.values())


def same_name(pred: str | None, gold: str | None) -> bool:
    """Equal after case/accent folding, or one's tokens a subset of the other's."""
    if pred is None or gold is None:
        return pred is None and gold is None
    a, b = set(tokens(pred)), set(tokens(gold))
    if not a or not b:
        return fold(pred).strip() == fold(gold).strip()
    return a == b or a <= b or b <= a


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f

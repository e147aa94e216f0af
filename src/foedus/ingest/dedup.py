"""Near-duplicate detection: MinHash of word shingles + LSH (datasketch).

Exact duplicates share a content hash; near duplicates (the same wire story with another
headline, a footer, a corrected typo) share most 3-word shingles. Each stored article's
signature is persisted (table `article_minhash`) and the LSH index is rebuilt from it at the
start of a run, so a copy ingested next week is still recognised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.8
SHINGLE_WORDS = 3
SCHEME = "affine32"  # pinned: signatures persisted in the DB must be re-read with the same scheme
MIN_SHINGLES = 5  # too short to compare meaningfully: exact hash only
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def minhash_of(text: str, num_perm: int = NUM_PERM) -> MinHash | None:
    grams = shingles(text)
    if len(grams) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=num_perm, scheme=SCHEME)
    mh.update_batch(sorted(grams))
    return mh


def signature_bytes(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def minhash_from_bytes(data: bytes, num_perm: int = NUM_PERM) -> MinHash:
    return MinHash(num_perm=num_perm, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint64))


@dataclass
class NearDuplicateIndex:
    """LSH over the signatures of canonical (non-duplicate) articles."""

    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    lsh: MinHashLSH = field(init=False)
    signatures: dict[str, MinHash] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)

    def load(self, rows: Iterable[tuple[str, bytes]]) -> int:
        n = 0
        for article_id, data in rows:
            self.add(article_id, minhash_from_bytes(data, self.num_perm))
            n += 1
        return n

    def add(self, article_id: str, mh: MinHash) -> None:
        if article_id not in self.signatures:
            self.lsh.insert(article_id, mh)
            self.signatures[article_id] = mh

    def remove(self, article_id: str) -> None:
        if article_id in self.signatures:
            self.lsh.remove(article_id)
            del self.signatures[article_id]

    def match(self, mh: MinHash) -> tuple[str, float] | None:
        """The most similar indexed article at or above the threshold, with its estimated
        Jaccard similarity (LSH candidates are re-checked: LSH alone lets false positives in)."""
        best: tuple[str, float] | None = None
        for key in self.lsh.query(mh):
            sim = float(mh.jaccard(self.signatures[key]))
            if sim >= self.threshold and (best is None or sim > best[1] or (sim == best[1] and key < best[0])):
                best = (key, sim)
        return best

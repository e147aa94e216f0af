"""Is a name after "à" a recipient rather than a place?

"à Moscou" is a place after most words ("il est arrivé à Moscou") but the addressee after a verb
or noun of asking, saying or giving ("Paris demande à Moscou de…", "des armes livrées à Kiev",
"un message à Téhéran"); there the capital or country stands for its government. The words are
data (data/recipient_heads.tsv).
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.language.syntax import infinitive_guesses

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA = Path(__file__).with_name("data") / "recipient_heads.tsv"
# Dependencies by which spaCy's French models hang "à X" on the word that governs it.
RECIPIENT_DEPS = {"obl:arg", "obl", "iobj", "nmod", "obl:mod"}


@lru_cache(maxsize=None)
def recipient_heads(lang: str) -> frozenset[tuple[str, str]]:
    """(lemma, POS) pairs whose "à" complement is a recipient, for one language."""
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset((row["lemma"], row["pos"]) for row in csv.DictReader(lines, delimiter="\t") if row["lang"] == lang)


def is_recipient(tok: "Token", lang: str) -> bool:
    """`tok` (a name after "à") is the complement of a recipient-taking verb or noun."""
    heads = recipient_heads(lang)
    if not heads:
        return False
    arg = tok
    while arg.dep_ in ("conj", "flat:name", "flat") and arg.head.i != arg.i:
        arg = arg.head
    if arg.dep_ not in RECIPIENT_DEPS:
        return False
    governor = arg.head
    if governor.pos_ == "NOUN":
        return (governor.lemma_.lower(), "NOUN") in heads
    # fr_core_news_md leaves some present forms unlemmatised ("Paris demande à Moscou")
    lemmas = [governor.lemma_.lower(), *infinitive_guesses(governor, lang)]
    return governor.pos_ in ("VERB", "AUX") and any((lemma, "VERB") in heads for lemma in lemmas)

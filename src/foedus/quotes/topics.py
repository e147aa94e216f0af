"""Sentence-opening topic phrases ("Quant au chef du Sinn Fein, il a estimé"): the pronoun right
after the topic stands for it, not for the last person named. Data: data/topic_markers.tsv."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from foedus.quotes.speakers import Speaker

DATA = Path(__file__).with_name("data")


@lru_cache(maxsize=None)
def topic_markers(lang: str) -> tuple[tuple[str, ...], ...]:
    """Sentence-opening topic phrases as word tuples (data/topic_markers.tsv), longest first."""
    rows = [ln.split("\t") for ln in (DATA / "topic_markers.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    return tuple(sorted((tuple(p.strip().split()) for row_lang, p in rows if row_lang == lang), key=len, reverse=True))


def topic_antecedent(pronoun: Token, lang: str) -> Token | None:
    """The head noun of a sentence-opening topic ("Quant au chef du Sinn Fein, il a estimé") when
    the pronoun is the subject right after the comma that closes it."""
    sent = pronoun.sent
    words = [t.lower_ for t in sent[:4]]
    marker = next((m for m in topic_markers(lang) if tuple(words[:len(m)]) == m), None)
    if marker is None or pronoun.dep_ not in {"nsubj", "nsubj:pass", "nsubjpass"}:
        return None
    start = sent.start + len(marker)
    comma = next((t.i for t in pronoun.doc[start:pronoun.i] if t.text == ","), None)
    if comma is None or pronoun.i - comma > 2:
        return None  # the pronoun does not open the clause right after the topic
    heads = [t for t in pronoun.doc[start:comma] if t.pos_ in {"NOUN", "PROPN"} and not start <= t.head.i < comma]
    return heads[0] if heads else None


def without_topic_marker(speaker: "Speaker | None", lang: str) -> "Speaker | None":
    """The speaker's text without the marker's preposition the phrase may start with ("à la
    présidente …" → "la présidente …"); a name resolved from the KB is left as it is."""
    if speaker is None:
        return None
    words = speaker.text.split(" ", 1)
    tails = {m[-1] for m in topic_markers(lang)}
    if len(words) == 2 and words[0].lower() in tails:
        speaker.text = words[1]
    return speaker

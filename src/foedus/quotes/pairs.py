""""Les deux pays ont précisé que …", "both leaders said": a definite plural of two takes up the
last pair the article coordinated ("Les Etats-Unis et la Russie ont annoncé …"). ANNOTATION.md
writes such a speaker as the pair, each by the name the article gives it. A pure function over
the parse and the actor mentions."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from foedus.records import Mention
from foedus.language.syntax import doc_text

TWO_WORDS = {"deux", "two", "both", "dos", "ambos"}
AND_WORDS = {"et", "and", "y"}
DEFINITE = {"les", "the", "los", "las", "ces", "these"}
SENTENCES_BACK = 2


def is_pair_description(head: Token) -> bool:
    """"les deux pays", "les deux présidents", "both countries", "the two leaders"."""
    if head.pos_ != "NOUN" or "Plur" not in head.morph.get("Number") and head.tag_ not in {"NNS"}:
        return False
    two = any(c.lower_ in TWO_WORDS for c in head.children if c.dep_ in {"nummod", "det", "amod", "predet", "preconj"})
    definite = any(c.lower_ in DEFINITE for c in head.children if c.dep_ == "det") or any(
        c.lower_ == "both" for c in head.children)
    return two and definite


def pair_antecedent(head: Token, mentions: list[Mention], is_person: Callable[[Mention], bool],
                    fullest: Callable[[Mention], str]) -> str | None:
    """The last two mentions coordinated by "et"/"and" before `head` (this sentence and the two
    before), of the same kind (two persons, or two bodies or countries), written as the article
    names them; None when there is no such pair."""
    if not is_pair_description(head):
        return None
    doc = head.doc
    sents = list(doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= head.i < s.end)
    lo = sents[max(0, here - SENTENCES_BACK)].start
    for tok in reversed(doc[lo:head.i]):
        if tok.lower_ not in AND_WORDS or tok.dep_ != "cc":
            continue
        right, left = tok.head, tok.head.head
        if right.i <= tok.i or left.i >= tok.i or right.dep_ != "conj":
            continue
        first, second = _mention_at(left, mentions), _mention_at(right, mentions)
        if first is None or second is None or first is second or not first.code or not second.code:
            continue
        if (first.kind == "name") != (second.kind == "name") or is_person(first) != is_person(second):
            continue
        written = fullest if is_person(first) else lambda m: with_article(doc_text(doc), m)
        return f"{written(first)} {tok.text} {written(second)}"
    return None


def _mention_at(tok: Token, mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.start <= tok.idx < m.end or m.head == tok.i), None)


def with_article(doc_text: str, m: Mention) -> str:
    """A country or body as written, with the article before it ("la Russie", "les Etats-Unis")."""
    before = doc_text[max(0, m.start - 4):m.start]
    for article in ("les ", "la ", "le ", "l'", "l’", "the "):
        if before.lower().endswith(article) and (len(before) == len(article) or not before[-len(article) - 1].isalpha()):
            return before[-len(article):] + m.text
    return m.text

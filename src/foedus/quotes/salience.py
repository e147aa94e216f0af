"""Which of the people a title could take up is the one meant: the topic, not a person the text
named in passing with a title of their own."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from foedus.quotes.coreference import SUBJECT_DEPS
from foedus.records import Mention


def topic_over_described(doc: Doc, people: list[Mention], head: Token) -> Mention | None:
    """The last of `people` (in text order) a definite title `head` takes up — unless that one is
    named off any clause's subject with a descriptive noun of their own and someone named before
    was a subject: "Viktor Orban … s'est félicité … des ONG soutenues par le milliardaire George
    Soros. «…», a déclaré le dirigeant" is Orban (the topic), not the billionaire talked about."""
    if not people:
        return None
    last = people[-1]
    if len(people) > 1 and not _heads_subject(doc, last) and _own_descriptor(doc, last, head) is not None:
        subjects = [m for m in people[:-1] if _heads_subject(doc, m)]
        if subjects:
            return subjects[-1]
    return last


def _heads_subject(doc: Doc, m: Mention) -> bool:
    """The name is a clause's subject, or apposed to or flattened into the subject's head ("Le Premier
    ministre … Viktor Orban, …, s'est félicité")."""
    tok = doc[m.head] if m.head is not None else None
    for _ in range(3):
        if tok is None:
            return False
        if tok.dep_ in SUBJECT_DEPS:
            return True
        if tok.dep_ not in {"appos", "flat:name", "flat", "nmod"} or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _own_descriptor(doc: Doc, m: Mention, head: Token) -> Token | None:
    """A common noun right before the name that describes the person ("le milliardaire George
    Soros"), other than the new title's noun."""
    if m.head is None:
        return None
    start = doc.char_span(m.start, m.end, alignment_mode="expand")
    first = start.start if start is not None else m.head
    before = doc[first - 1] if first > 0 else None
    return before if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() != head.lemma_.lower() else None


"""Small repairs over the dependency parse shared by the quote and event stages."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "nsubj:pass"}


def auxiliary_subject(verb: Token) -> Token | None:
    """Parser slips like "X, impuissant, a de son côté dénoncé" hang the subject on the auxiliary
    ("a") and the participle elsewhere: the subject of the auxiliary just before the verb."""
    for tok in reversed(list(verb.doc[verb.sent.start:verb.i])):
        if tok.lemma_ in {"avoir", "être"} and tok.i >= verb.i - 5:
            found = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            if found:
                return found[0]
        if tok.pos_ == "VERB" and tok.lemma_ not in {"avoir", "être"}:
            return None
    return None

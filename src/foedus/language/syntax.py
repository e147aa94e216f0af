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


CLAUSE_BREAKS = {";", ":", "«", "»", "“", "”"}


def clause_initial_subject(verb: Token) -> Token | None:
    """Parser slips like "; le ministre des finances, X, a pour sa part ajouté :" leave the verb
    with no subject and the clause's first noun phrase as a root of its own: that noun phrase,
    when nothing but its own words, commas, auxiliaries and adverbials stand before the verb."""
    doc = verb.doc
    start = verb.i
    while start > verb.sent.start and doc[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    first = next((t for t in doc[start:verb.i] if t.pos_ in {"NOUN", "PROPN"}), None)
    if first is None or first.dep_ not in {"ROOT", "nsubj", "dep"} or any(c.dep_ == "case" for c in first.children):
        return None
    if any(t.pos_ == "VERB" for t in doc[first.i + 1:verb.i] if t.i not in {s.i for s in first.subtree}):
        return None  # another verb between: not this verb's subject
    return first

"""Adjectives used as nouns ("le républicain a annoncé", "la socialiste a répondu"): the French
model tags them ADJ even as a clause's subject or object with an article of their own. Every later
stage reads people and bodies off nouns, so such an adjective is re-tagged NOUN after the parse."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

ARTICLES = {"le", "la", "l'", "l’", "les", "un", "une"}
# the roles of a noun phrase's head (an adjective modifying a noun is "amod", never these)
NOMINAL_DEPS = {"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod", "appos"}


@Language.component("foedus_nominal_adjectives")
def retag_nominal_adjectives(doc: Doc) -> Doc:
    for tok in doc:
        if tok.pos_ == "ADJ" and tok.dep_ in NOMINAL_DEPS and tok.is_lower \
                and any(c.dep_ == "det" and c.lower_ in ARTICLES and c.i < tok.i for c in tok.children):
            tok.pos_ = "NOUN"
    return doc


def add_adjective_retagger(nlp: Language) -> None:
    """Last in the French pipeline, after the parser (idempotent)."""
    if nlp.lang == "fr" and "foedus_nominal_adjectives" not in nlp.pipe_names:
        nlp.add_pipe("foedus_nominal_adjectives", last=True)

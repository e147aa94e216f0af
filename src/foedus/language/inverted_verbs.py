"""Verbs before an inverted subject clitic ("…, lit-on dans un communiqué", "…, ajoute-t-il"): the
French model sometimes tags such a verb a proper noun or a noun ("lit" → PROPN). A word glued to
"-on", "-il", "-t-elle"… can only be a finite verb, so it is re-tagged VERB after the parse, and the
quote and event rules read it as the verb it is."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

INVERTED_CLITICS = {"-il", "-elle", "-on", "-ils", "-elles", "-t-il", "-t-elle", "-t-on", "-t"}


@Language.component("foedus_inverted_verbs")
def retag_inverted_verbs(doc: Doc) -> Doc:
    for tok in doc[:-1]:
        if tok.pos_ not in {"VERB", "AUX"} and tok.is_alpha and tok.is_lower and not tok.whitespace_ \
                and doc[tok.i + 1].lower_ in INVERTED_CLITICS:
            tok.pos_ = "VERB"
    return doc


def add_inverted_verb_retagger(nlp: Language) -> None:
    """Last in the French pipeline, after the parser (idempotent)."""
    if nlp.lang == "fr" and "foedus_inverted_verbs" not in nlp.pipe_names:
        nlp.add_pipe("foedus_inverted_verbs", last=True)

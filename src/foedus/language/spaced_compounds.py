"""Compound nouns written with a space instead of the hyphen ("le porte parole") merged into one
token before the tagger runs, and given the hyphenated noun's lemma after the lemmatiser: the
model would otherwise read "porte" as a verb and lose the speaker. Forms are data
(data/spaced_compounds_fr.tsv)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

SPACED = {"fr": Path(__file__).with_name("data") / "spaced_compounds_fr.tsv"}


@lru_cache(maxsize=None)
def spaced_compounds(lang: str) -> dict[tuple[str, ...], str]:
    """(words in lower case) → the hyphenated lemma."""
    path = SPACED.get(lang)
    if path is None:
        return {}
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return {tuple(spaced.lower().split()): lemma.strip() for spaced, lemma in rows[1:]}


@Language.component("foedus_merge_spaced_compounds")
def merge_spaced_compounds(doc: Doc) -> Doc:
    forms = spaced_compounds(doc.lang_)
    spans = []
    i = 0
    while i < len(doc) - 1:
        words = (doc[i].lower_, doc[i + 1].lower_)
        if words in forms and doc[i].whitespace_ == " ":
            spans.append(doc[i:i + 2])
            i += 2
        else:
            i += 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
    return doc


@Language.component("foedus_lemmatise_spaced_compounds")
def lemmatise_spaced_compounds(doc: Doc) -> Doc:
    forms = spaced_compounds(doc.lang_)
    for tok in doc:
        if " " in tok.text and (lemma := forms.get(tuple(tok.lower_.split()))):
            tok.lemma_ = lemma
    return doc


def add_compound_merger(nlp: Language) -> None:
    """Merge first, fix the lemma last (idempotent); only for languages with a forms file."""
    if nlp.lang not in SPACED or "foedus_merge_spaced_compounds" in nlp.pipe_names:
        return
    nlp.add_pipe("foedus_merge_spaced_compounds", first=True)
    nlp.add_pipe("foedus_lemmatise_spaced_compounds", last=True)

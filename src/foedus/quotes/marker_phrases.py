"""Multiword source markers matched on tokens: "de l'avis de X", "aux dires de X", "à en croire X"."""

from __future__ import annotations

from spacy.tokens import Token

# a phrase's final "de" is also written contracted with the article of the source ("de l'avis du ministre")
FINAL_DE = {"de", "du", "des", "d'"}


def source_after_phrase(tok: Token, phrases: tuple[tuple[str, ...], ...]) -> Token | None:
    """The source named by a multiword marker starting at `tok` ("de l'avis de X", "aux dires de X",
    "à en croire X"): the first noun or pronoun right after the phrase (past its determiners)."""
    doc = tok.doc
    for words in phrases:
        end = tok.i + len(words)
        if end > len(doc):
            continue
        found = [t.lower_.replace("’", "'") for t in doc[tok.i:end]]
        if found[:-1] != list(words[:-1]) or not (found[-1] == words[-1] or (words[-1] == "de" and found[-1] in FINAL_DE)):
            continue
        for nxt in doc[end:min(len(doc), end + 3)]:
            if nxt.pos_ in {"NOUN", "PROPN", "PRON"}:
                return nxt
            if nxt.pos_ != "DET":
                break
    return None

"""Multiword source markers matched on tokens: "de l'avis de X", "aux dires de X", "à en croire X",
and "par la voix de X" on a verb."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from foedus.quotes.lexicon import speech_lexicon, voice_nouns

# a phrase's final "de" is also written contracted with the article of the source ("de l'avis du ministre")
FINAL_DE = {"de", "du", "des", "d'"}


def source_after_phrase(tok: Token, phrases: tuple[tuple[str, ...], ...]) -> Token | None:
    """The source named by a multiword marker starting at `tok` ("de l'avis de X", "aux dires de X",
    "à en croire X"): the first noun or pronoun right after the phrase (past its determiners)."""
    doc = tok.doc
    for words in _by_first_word(phrases).get(tok.lower_.replace("’", "'"), ()):
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


_INDEXES: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]]]] = {}


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word: the marker test runs on every token of every article.
    Kept by the tuple's identity (the lexicon's own, built once): hashing the whole tuple on every
    token would cost more than the look-up saves."""
    known = _INDEXES.get(id(phrases))
    if known is not None and known[0] is phrases:
        return known[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in phrases:
        index.setdefault(words[0], []).append(words)
    _INDEXES[id(phrases)] = (phrases, index)  # (the tuple is held here, so its id stays its own)
    return index


def starts_phrase(tok: Token, phrases: tuple[tuple[str, ...], ...]) -> bool:
    return tok.lower_.replace("’", "'") in _by_first_word(phrases)


def voice_of(verb: Token) -> Token | None:
    """"Bamako a demandé, par la voix de son ministre X, …" (data/voice_nouns.tsv): X spoke; "par voie de
    communiqué", "par le biais d'un communiqué": a way or a document is no voice."""
    lex, lang = speech_lexicon(verb.doc.lang_ or "fr"), verb.doc.lang_ or "fr"
    for child in verb.children:
        if child.lemma_.lower() in voice_nouns(lang) and child.dep_.startswith("obl") and any(c.lower_ == "par" for c in child.children) \
                and any(c.dep_ == "det" for c in child.children):
            voice = next((n for n in child.children if n.dep_ == "nmod" and n.pos_ in {"NOUN", "PROPN"}), None)
            return voice if voice is not None and voice.lemma_.lower() not in lex.document_nouns else None
    return None

"""A body's name spelt out before its bracketed acronym: "la Communauté économique des États
d'Afrique de l'Ouest (CEDEAO)", "les Forces armées révolutionnaires de Colombie (FARC)".

The KB knows many bodies by their acronym but not by every spelling of their full name (the
French press writes "des États d'Afrique de l'Ouest" as well as "des États de l'Afrique de
l'Ouest"). When an acronym the actor layer coded is bracketed right after a run of words whose
initials spell it — every content word giving the next letter, a small word ("des", "of") giving
one or none — that run names the same body: it becomes a mention with the acronym's actor and code,
so the events and quotes of "la Communauté économique … a condamné" are that body's.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import TYPE_CHECKING

from foedus.records import Mention
from foedus.language.syntax import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MAX_NAME_TOKENS = 14
# small words inside a body's name: they may give a letter of the acronym or none
NAME_LINKS = {"de", "du", "des", "d'", "d’", "la", "le", "l'", "l’", "les", "et", "pour", "à", "au", "aux", "en", "sur",
              "of", "the", "for", "and", "on", "in"}
OPENING_BRACKETS = {"(", "["}


def _initial(word: str) -> str:
    return unicodedata.normalize("NFD", word[:1])[:1].upper()


def spells(words: list[str], acronym: str) -> bool:
    """The words' initials spell the acronym: each content word the next letter, a small word the
    next letter or none."""
    def walk(w: int, a: int) -> bool:
        if w == len(words):
            return a == len(acronym)
        word = words[w]
        takes = a < len(acronym) and _initial(word) == acronym[a]
        if word.lower() in NAME_LINKS:
            return (takes and walk(w + 1, a + 1)) or walk(w + 1, a)
        return takes and walk(w + 1, a + 1)
    return walk(0, 0)


def _name_start(doc: Doc, bracket: int, acronym: str) -> int | None:
    """The first token of the longest run before the bracket whose initials spell the acronym,
    starting with a capitalised word."""
    best = None
    words: list[Token] = []
    for i in range(bracket - 1, max(-1, bracket - 1 - MAX_NAME_TOKENS), -1):
        tok = doc[i]
        if tok.is_punct and tok.text not in {"'", "’"} or tok.is_space:
            break
        words.insert(0, tok)
        if tok.text[:1].isupper() and tok.lower_ not in NAME_LINKS \
                and spells([t.text for t in words if t.text not in {"'", "’"}], acronym):
            best = i
    return best


def _is_acronym(text: str) -> bool:
    letters = unicodedata.normalize("NFD", text)
    return 2 <= len(text) <= 8 and text[:1].isupper() and sum(ch.isupper() for ch in letters) >= 2 \
        and all(ch.isalpha() or ch in "-&" for ch in text)


def spelt_out_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Add a mention for each uncoded full name spelt out before a coded bracketed acronym."""
    text = doc_text(doc)
    added: list[Mention] = []
    for m in mentions:
        if not m.code or m.kind != "name" or not _is_acronym(m.text) \
                or text[max(0, m.start - 2):m.start].strip() not in OPENING_BRACKETS:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.start == 0 or doc[span.start - 1].text not in OPENING_BRACKETS:
            continue
        letters = "".join(ch for ch in unicodedata.normalize("NFD", m.text.upper()) if ch.isalpha())
        start = _name_start(doc, span.start - 1, letters)
        if start is None:
            continue
        name = doc[start:span.start - 1]
        if any(o.code and o.start < name.end_char and name.start_char < o.end for o in mentions):
            continue  # (the KB named it already, or named a part of it: "l'Union africaine (UA)")
        added.append(replace(m, start=name.start_char, end=name.end_char, text=name.text, head=name.root.i,
                             kind="name", rule="spelt-out-acronym", confidence=min(m.confidence, 0.8)))
    if not added:
        return mentions
    spans = [(a.start, a.end) for a in added]
    kept = [o for o in mentions if not any(o.start < e and s < o.end for s, e in spans)]  # (uncoded guesses inside)
    return sorted(kept + added, key=lambda o: (o.start, o.end))

"""One unnamed speaker, one written form: ANNOTATION.md writes a speaker "with the fullest name the
article gives", so "un porte-parole de la police" and, later, "le porte-parole de la police
madrilène" are both written the fuller way."""

from __future__ import annotations

import re

from foedus.records import Quote

# a description of one speaker starts with a singular article; plural groups ("des analystes",
# "les analystes du groupe X") may be different people and keep their own words
SINGULAR_ARTICLES = {"le", "la", "l'", "un", "une", "the", "a", "an"}
FUNCTION_WORDS = SINGULAR_ARTICLES | {"de", "du", "des", "d'", "les", "of", "à", "au", "aux", "en"}


def _words(text: str) -> list[str]:
    return re.findall(r"\w[\w-]*'?|'", text.lower().replace("’", "'"))


def _description_key(text: str) -> tuple[str, frozenset[str]] | None:
    """(head word, content words) of a singular description, or None for a name or a group."""
    words = _words(text)
    if len(words) < 2 or words[0] not in SINGULAR_ARTICLES:
        return None
    content = [w for w in words[1:] if w not in FUNCTION_WORDS]
    return (content[0], frozenset(content)) if content else None


def fullest_descriptions(quotes: list[Quote]) -> None:
    """Rewrite each unnamed singular speaker description as the fullest description of the article
    that has the same head and contains all its words."""
    keyed = [(q, _description_key(q.speaker_text)) for q in quotes if q.speaker_text and q.speaker_actor_id is None]
    forms = {q.speaker_text: key for q, key in keyed if key is not None}
    for q, key in keyed:
        if key is None:
            continue
        fuller = [text for text, other in forms.items() if other[0] == key[0] and key[1] < other[1]]
        if fuller:
            q.speaker_text = max(fuller, key=lambda t: (len(forms[t][1]), len(t)))

"""Text folding shared by the knowledge-base index and the matcher.

Folding is case- and accent-insensitive and unifies apostrophes and dashes, so that
"l’Élysée", "l'Elysee" and "L'ELYSÉE" meet in the index. Acronyms written in capitals
("EU", "AU", "US", "IS") keep their case because folded they are common words
("eu", "au", "us", "is").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
_TOKEN = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*'?|[^\s\w]", re.UNICODE)
_SPACED_APOSTROPHE = re.compile(r"\s*'\s*")
_SPACES = re.compile(r"\s+")
# The matcher folds every token of every article; token texts repeat a lot, so the keys are memoised.
KEY_CACHE_SIZE = 1 << 16
# French articles and elided forms dropped at the start of a phrase before lookup.
LEADING_ARTICLES = {
    "fr": ("le", "la", "les", "l'", "du", "des", "de la", "de l'", "au", "aux", "d'", "un", "une"),
    "en": ("the", "a", "an"),
}


def strip_accents(text: str) -> str:
    if text.isascii():  # no combining marks to drop: skip the decomposition
        return text
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def fold(text: str) -> str:
    """Lower-case, accent-free, apostrophes and dashes unified, spaces collapsed."""
    text = strip_accents(text.translate(_APOSTROPHES)).lower()
    text = _SPACED_APOSTROPHE.sub("'", text)
    return _SPACES.sub(" ", text).strip()


def is_case_sensitive(alias: str) -> bool:
    """Short capitalised acronyms are matched only in capitals ("EU" but not "eu")."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in alias.strip()


def tokens(text: str) -> list[str]:
    """Folded word tokens; elided articles stay attached to their apostrophe ("l'", "d'")."""
    folded = fold(text)
    out: list[str] = []
    for tok in _TOKEN.findall(folded):
        # split "l'elysee" -> "l'", "elysee" so that elision is matched like spaCy splits it
        m = re.match(r"^(l|d|qu|j|n|s|c|m|t)'(.+)$", tok)
        if m:
            out.extend([m.group(1) + "'", m.group(2)])
        else:
            out.append(tok)
    return out


@lru_cache(maxsize=KEY_CACHE_SIZE)
def key(text: str) -> str:
    """Index key of a phrase: folded, without spaces and dots ("U.S." == "US").

    Spaces are dropped so that a phrase matches however a tokenizer cut it ("al-Qaïda" as one
    token or three); matches still start and end on token boundaries in the text.
    """
    return fold(text).replace(".", "").replace(" ", "")


@lru_cache(maxsize=KEY_CACHE_SIZE)
def case_key(text: str) -> str:
    """Key of a case-sensitive acronym: accents stripped, case kept."""
    return strip_accents(text.translate(_APOSTROPHES)).replace(".", "").replace(" ", "")


def strip_leading_article(toks: list[str], lang: str) -> tuple[list[str], str | None]:
    """Drop one leading article; return the rest and the article (it carries number/gender)."""
    for art in sorted(LEADING_ARTICLES.get(lang, ()), key=lambda a: -len(tokens(a))):
        art_toks = tokens(art)
        n = len(art_toks)
        if len(toks) > n and toks[:n] == art_toks:
            return toks[n:], art
    return toks, None


NAME_ARTICLES = {"la", "le", "les", "l'", "the", "el", "los", "las"}


def leads_with_article(alias: str) -> bool:
    """"La Réunion", "La Poste", "The Hague": a name whose first word is an article, so that its
    next word, capitalised, is what tells the name from the common noun ("la réunion", "la poste")."""
    first = alias.split()[0].lower() if alias.split() else ""
    return first in NAME_ARTICLES or alias.lower().startswith("l'")


def capitals_lost(alias: str, text: str) -> bool:
    """A capitalised inner word of the name is lower-case in the text ("Le Maire" vs "le maire")."""
    alias_words, text_words = alias.split(), text.split()
    return len(alias_words) == len(text_words) and any(
        a[:1].isupper() and t[:1].islower() for a, t in zip(alias_words[1:], text_words[1:]))

"""Name folding shared by the gazetteer index and the look-ups.

Every key in the index and every query goes through :func:`fold`, so that "Genève",
"GENEVE", "Genève " and "Genève" (decomposed accents) all meet on ``geneve``, and
"Saint-Pétersbourg" / "St. Petersburg" / "Saint Petersburg" all meet on
``saint petersburg``.
"""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'", "\u00b4": "'"})
# Hyphens, dots, commas and the like separate words in place names ("Tel-Aviv", "St. Louis").
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.,;:/()\"«»]+")
# Leading articles and elided articles that French and English put before a place name:
# "la Syrie", "l'Irak", "les États-Unis", "the Netherlands". They are not part of the name.
_LEADING_ARTICLES = re.compile(r"^(?:la|le|les|the|el|al|l) (?=\S)")
_SAINT = re.compile(r"^(st|ste|sainte?|san|santa|sao|são) ")


# Latin letters: Basic Latin, Latin-1, Extended-A/B, IPA, Extended Additional, plus marks.
_LATIN_ONLY = re.compile(r"^[\u0000-\u02AF\u0300-\u036F\u1E00-\u1EFF\u2018-\u201F]*$")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(name: str) -> str:
    """Accent-folded, lower-case, punctuation-free form of a place name (the index key).

    Idempotent: fold(fold(x)) == fold(x), so folded keys can be looked up again.
    """
    text = strip_accents(name.translate(_APOSTROPHES)).lower()
    text = text.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    text = _SEPARATORS.sub(" ", text.replace("'", " ")).strip()
    previous = None
    while previous != text:  # "l'Irak" -> "irak", "Al-Fallujah" -> "fallujah"
        previous = text
        text = _LEADING_ARTICLES.sub("", text)
    # "st"/"ste" at the start is the abbreviation of saint/sainte (St. Petersburg, Ste-Foy).
    match = _SAINT.match(text)
    if match and match.group(1) in ("st", "ste"):
        text = ("saint " if match.group(1) == "st" else "sainte ") + text[match.end():]
    return text


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is Latin script (the alternate names worth indexing)."""
    return name.isascii() or _LATIN_ONLY.match(name) is not None

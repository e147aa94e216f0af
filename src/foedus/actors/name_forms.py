"""What the words round a name tell about it: the gender a title right before it gives ("spokeswoman
Mao Ning", "la porte-parole Maria Zakharova") or a feminine one apposed after it ("Radia Nasraoui,
avocate et activiste"), and a family name written first ("M. Hong" or "Mao
said" after "Hong Lei", "Mao Ning"). Pure functions over the scanner's tokens and keys."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from foedus.actors.given_names import given_name_gender

if TYPE_CHECKING:
    from spacy.tokens import Token

FRENCH_ARTICLE_GENDERS = {"la": "f", "une": "f", "cette": "f", "le": "m", "un": "m", "ce": "m"}


class _Named(Protocol):
    name: str


def gender_of_title(tokens: "Sequence[Token]", keys: list[str], j: int, lang: str) -> str | None:
    """A title right before a name gives its gender: an English -woman/-man noun ("spokeswoman"),
    a French feminine ending ("l'ambassadrice"), else in French the title's article ("la porte-parole")."""
    if j < 0 or tokens[j].pos_ != "NOUN" or not tokens[j].is_lower:
        return None
    word = keys[j]
    if word.endswith(("woman", "trice", "euse")):
        return "f"
    if word.endswith(("spokesman", "chairman", "congressman", "businessman", "statesman")):
        return "m"
    det = keys[j - 1] if j > 0 and tokens[j - 1].pos_ == "DET" else ""
    return FRENCH_ARTICLE_GENDERS.get(det) if lang == "fr" else None


def gender_of_apposed_title(tokens: "Sequence[Token]", end: int) -> str | None:
    """A feminine title apposed right after a name ("Radia Nasraoui, avocate et activiste des droits
    de l'Homme", "X, présidente de l'association"): "f". Only the feminine says something — the
    masculine is also the form of titles of either sex ("X, ministre de …")."""
    if end + 1 >= len(tokens) or tokens[end].text != ",":
        return None
    title = tokens[end + 1]
    if title.pos_ == "DET" and end + 2 < len(tokens):
        title = tokens[end + 2]
    if title.pos_ != "NOUN" or not title.is_lower or title.dep_ not in {"appos", "conj"} or not end - 4 <= title.head.i < end:
        return None  # (apposed to the name — the parser may say coordinated —, not "X, la veille, a dit")
    det = next((c for c in title.children if c.dep_ == "det"), None)
    feminine = (det.morph.get("Gender") if det is not None else None) or title.morph.get("Gender")
    return "f" if feminine == ["Fem"] else None


def family_name_first(keys: list[str], i: int, full_names: "dict[str, list[_Named]]", lang: str,
                      titles: set[str] | None) -> "_Named | None":
    """The person whose two-word name opens with this word when that word is no given name —
    Chinese and other East Asian names put the family name first. With `titles`, only after one
    of those honorifics ("M. Hong"); without, any single word ("Mao said")."""
    if titles is not None and (i == 0 or keys[i - 1] not in titles):
        return None
    seen = next((p for p in reversed(full_names.get(keys[i], [])) if len(p.name.split()) == 2), None)
    return seen if seen is not None and given_name_gender(seen.name.split()[0], lang) is None else None

"""A one-word name the KB knows that is only the first word of another person's name: "Bachar
al-Jaafari" is not Bachar al-Assad (nor Ibrahim al-Jaafari), "Abbas Araqchi" is not Mahmoud Abbas.
Pure functions over a parsed ``Doc``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# lower-case particles inside names ("ould Abdelaziz", "van der", "de Villepin"); more before a hyphen ("as-Sissi")
NAME_PARTICLES = {"de", "du", "da", "di", "del", "al", "el", "ibn", "bin", "ben", "abu", "ould", "van", "von", "der"}
GLUED_PARTICLES = NAME_PARTICLES | {"ad", "ag", "ash", "as", "at", "az"}


def _capitalised(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def name_run_end(doc: "Doc", i: int) -> int:
    """The end of the person's name that starts at the one word `i` and goes on with capitalised
    words, joined by particles and hyphens ("Bachar al-Jaafari", "Abbas Araqchi"); `i + 1` when no
    name goes on. A line break or a punctuation mark ends the name."""
    j = i + 1
    while j < len(doc) and doc[j - 1].whitespace_ in {"", " "}:
        tok = doc[j]
        if tok.text in {"-", "‐"} and doc[j - 1].whitespace_ == "" and j + 1 < len(doc) and _capitalised(doc[j + 1]):
            j += 1
        elif j + 1 < len(doc) and (tok.lower_ in GLUED_PARTICLES and doc[j + 1].text in {"-", "‐"}
                                   or tok.lower_ in NAME_PARTICLES and _capitalised(doc[j + 1])):
            j += 1
        elif tok.lower_.split("-")[0] in GLUED_PARTICLES and "-" in tok.text and tok.text.split("-", 1)[1][:1].isupper():
            j += 1  # "al-Jaafari" as one token
        elif _capitalised(tok) and (tok.pos_ == "PROPN" or doc[j - 1].lower_ in GLUED_PARTICLES | {"-", "‐"}):
            j += 1
        else:
            break
    while j > i + 1 and (doc[j - 1].lower_ in GLUED_PARTICLES or doc[j - 1].text in {"-", "‐"}):
        j -= 1  # a name never ends on a particle
    return j

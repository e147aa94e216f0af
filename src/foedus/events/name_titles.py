"""The title before a person the KB does not know codes that person.

"l'envoyé spécial russe Viktor Tchernomyrdine": a description mention ends where the name starts.
English also writes the title as a capitalised word glued to the name, which the NER folds into
the person ("President Francois Mitterand", "Pakistan President Mohammad Zia-Ul-Haq", "Judge
Alejandro Rivera"): the agent noun gives the sector, a country name or demonym before it the
country; with none, the sector stands alone ("---JUD", as the lexicon's unnamed agents).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from foedus.events.english import english_words
from foedus.records import Mention
from foedus.language.syntax import doc_text

if TYPE_CHECKING:
    from foedus.events.arguments import ActorReader, Argument

UNKNOWN_COUNTRY = "---"
BODY_CODES = {"IGO", "NGO", "IMG"}
DOMESTIC_SECTORS = {"OPP", "JUD", "LEG", "COP", "CVL", "LAB", "EDU", "BUS", "MED", "REL", "AGR", "HLH"}
MAX_TITLE_WORDS = 4  # "Arab League Secretary General" and the like


def title_before(reader: "ActorReader", person: Mention, tok: Token) -> "Argument | None":
    from foedus.events.arguments import Argument

    for m in reader.mentions:
        if m.code and m.kind == "description" and m.end <= person.start \
                and doc_text(tok.doc)[m.end:person.start].strip() == "":
            return Argument(codes=[m.code], text=m.text, actor_ids=[], token=tok)
    if reader.lang != "en":
        return None
    if _known_name(person.text):
        return None  # "President obama": a known person the lower case hid, not an unknown one
    code = _glued_title(reader, person, tok)
    for start in _earlier_uses(doc_text(tok.doc), person):
        # "Deputy Jamil Murad … Jamil Murad had visited": the title given at an earlier use of the name
        code = code or _glued_title(reader, replace(person, start=start, end=start + len(person.text)), tok)
    return Argument(codes=[code], text=person.text, actor_ids=[], token=tok) if code else None


def _earlier_uses(text: str, person: Mention) -> list[int]:
    """Where the person's words occur before this mention (the NER may have missed them there)."""
    return [hit.start() for hit in re.finditer(rf"(?<!\w){re.escape(person.text)}(?!\w)", text[:person.start])]


def _known_name(text: str) -> bool:
    from foedus.actors.kb import load_kb

    kb = load_kb()
    return any(kb.actors[e.actor_id].kind == "person" for e in kb.match_name(text) if e.actor_id in kb.actors)


def _glued_title(reader: "ActorReader", person: Mention, tok: Token) -> str | None:
    """The capitalised words just before the name, and those opening the mention's own span that
    are agent nouns: the last agent noun gives the sector, a country name or demonym before it the
    country."""
    doc = tok.doc
    start = next((t.i for t in doc if t.idx >= person.start), None)
    if start is None:
        return None
    run: list[Token] = []
    for t in reversed(doc[max(0, start - MAX_TITLE_WORDS):start]):
        if not (t.is_alpha and (t.text[:1].isupper() or reader.agent_sector(t.lower_))):
            break  # (a lower-case agent noun belongs to the title: "South African leader F.W. de Klerk")
        run.insert(0, t)
    for t in doc[start:start + MAX_TITLE_WORDS]:
        if t.idx >= person.end or not reader.agent_sector(t.lower_):
            break
        run.append(t)
    body = _body_in_title(reader, run)
    if body is not None:
        return body  # "UN official Jan Egeland", "Renamo party leader X": the body named
    sector, country = None, None
    for n, t in enumerate(run):
        found = reader.agent_sector(t.lower_)
        if found and not (sector and sector != "GOV" and t.lower_ in english_words("role")):
            sector = found  # "Opposition leader X": the role is the title of the opposition
        elif sector is None:
            pair = f"{run[n - 1].text} {t.text}" if n else ""  # "South African", "United States"
            country = (reader.demonym_country(pair) or reader.country_named(pair) or reader.demonym_country(t.text)
                       or reader.country_named(t.text) or country)
    if sector is None:
        return None
    # a domestic title with no country ("Opposition leader X", "Judge X") is the article's country's;
    # a minister or a general may be anyone's, and the only country named is often the one acted on
    country = country or (_bracketed_country(reader, run[0]) if run else None)
    local = reader.main_country if sector in DOMESTIC_SECTORS else None
    return (country or local or UNKNOWN_COUNTRY) + sector


def _bracketed_country(reader: "ActorReader", first: Token) -> str | None:
    """"PCdoB (Brazilian communist party) Deputy X": a gloss in brackets just before the title."""
    doc = first.doc
    if first.i == 0 or doc[first.i - 1].text != ")":
        return None
    i = first.i - 2
    while i >= 0 and first.i - i <= 8 and doc[i].text != "(":
        found = reader.demonym_country(doc[i].text) or reader.country_named(doc[i].text)
        if found:
            return found
        i -= 1
    return None


def _body_in_title(reader: "ActorReader", run: list[Token]) -> str | None:
    """A body the KB or the article codes, named inside the title before a role word."""
    if not run or run[-1].lower_ not in english_words("role"):
        return None
    for t in run[:-1]:
        m = reader.mention_for(t)
        if m is not None and m.code and (len(m.code) > 3 or m.code in BODY_CODES) and m.kind == "name":
            return m.code
    return None

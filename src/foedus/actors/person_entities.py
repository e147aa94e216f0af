"""Where the parser's entities name a person: its PER entities (past an honorific or a portfolio
word glued to the name), and names it tagged otherwise but that an office follows ("Reyad
al-Malki, ministre des Affaires étrangères", which fr_core_news_md tags a place)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus.actors.given_names import given_name_gender
from foedus.actors.kb import ActorKB
from foedus.actors.normalize import key
from foedus.actors.person_affiliations import affiliation_roles
from foedus.language.honorifics import honorifics, with_dots

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

MASC_TITLES = with_dots(honorifics("m"))
FEM_TITLES = with_dots(honorifics("f"))
ALL_TITLES = with_dots(honorifics())


def person_entity_starts(doc: "Doc", keys: list[str], kb: ActorKB, lang: str) -> tuple[dict[int, "Span"], dict[int, int]]:
    """First token → the entity span naming a person there; and, for a name the entity gave with a
    title or a demonym before it ("président Maduro"), the name's first token → the entity's."""
    starts: dict[int, Span] = {}
    leads: dict[int, int] = {}
    for ent in doc.ents:
        if ent.label_ in ("PER", "PERSON") and (ent[-1].is_lower and names_office(ent[-1].text, kb, lang)
                                                or ent[0].is_lower and names_office(ent[0].text, kb, lang) and _office_of(ent)):
            continue  # "Premier ministre", "président de la République" tagged a person: an office, no name
        if ent.label_ in ("PER", "PERSON"):
            # "M. Poutine" tagged whole: the name starts after the honorific, where the KB can match it
            # (the honorific still gives the gender, read by _gender_before); so does a glued portfolio word
            skip_first = len(ent) > 1 and keys[ent.start] in MASC_TITLES | FEM_TITLES or _portfolio_glued(ent, keys, lang)
            ent = ent[1:] if skip_first else ent
            lead = _words_before_name(ent, kb, lang)
            if lead:
                leads[ent.start + lead] = ent.start
            ent = ent[lead:]
            starts[ent.start] = ent
        elif _titled_after(ent, kb, lang):
            starts[ent.start] = ent  # "Reyad al-Malki, ministre des Affaires étrangères": a person NER took for a place
        elif _titled_before(ent, kb, lang):
            starts[ent.start] = ent  # "le ministre de la Communication, Ousséni Tamboura", tagged a body
        elif _portfolio_glued(ent, keys, lang):
            starts[ent.start + 1] = ent[1:]  # "le commissaire au Commerce Karel de Gucht", tagged a place whole
    for name in _after_honorifics(doc, keys):
        starts.setdefault(name.start, name)
    return starts, leads


def _after_honorifics(doc: "Doc", keys: list[str]) -> list["Span"]:
    """"Maître Gouara Olivier", "Me Raoul Gohi Bi": capitalised words after a capitalised honorific,
    outside every entity NER found (it may miss such names altogether)."""
    in_ents = {i for e in doc.ents for i in range(e.start, e.end)}
    found = []
    for tok in doc[:-1]:
        if not tok.text[:1].isupper() or keys[tok.i] not in ALL_TITLES:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 4 and doc[end].text[:1].isupper() and doc[end].text.replace("-", "").isalpha() \
                and end not in in_ents:
            end += 1
        if end > tok.i + 1 and tok.i + 1 not in in_ents:
            found.append(doc[tok.i + 1:end])
    return found


def _office_of(ent: "Span") -> bool:
    """"président de la République", "ministre des Affaires étrangères": an office and the body it is
    of ("général de Gaulle" is a name: a capital right after "de")."""
    if len(ent) < 3:
        return False
    return ent[1].lower_ in {"du", "des"} or ent[1].lower_ in {"de", "d'", "d’"} and ent[2].is_lower


def _words_before_name(ent: "Span", kb: ActorKB, lang: str) -> int:
    """How many words open the entity before the name: lower-case demonyms ("nigérian Olusegun
    Obasanjo": the model took in the adjective of "l'ex-président nigérian") and titles before a
    capitalised word ("Président Mohamed Bazoum", "président Maduro")."""
    lead = 0
    while lead < len(ent) - 1 and (ent[lead].is_lower and (lang, key(ent[lead].text)) in kb.demonyms
                                   or names_office(ent[lead].text, kb, lang) and ent[lead + 1].text[:1].isupper()
                                   # "Spokesperson Mao Ning": any agent noun written as a title
                                   or ent[lead].is_title and (lang, key(ent[lead].text)) in kb.agents
                                   and ent[lead + 1].is_title and len(ent) - lead > 2):
        lead += 1
    return lead


def names_office(word: str, kb: ActorKB, lang: str) -> bool:
    """The word is an agent noun of an office a person holds ("Président", "général", "ministre")."""
    agent = kb.agents.get((lang, key(word)))
    return agent is not None and bool(agent.position)


def _titled_after(ent: "Span", kb: ActorKB, lang: str) -> bool:
    """A name of two words or more (not tagged a person), then a comma and an office a person holds
    or a role a person has ("Hong Lei, porte-parole du ministère", which fr_core_news_md tags a place)."""
    doc = ent.doc
    if len(ent) < 2 or not all(t.pos_ == "PROPN" for t in ent) or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    role = doc[ent.end + 1]
    # (an acronym in the run is a body's: "à l'AFP Kyaw Zaw Oo, porte-parole" glues a medium to the name)
    return names_office(role.lemma_, kb, lang) or role.is_lower and key(role.text) in affiliation_roles(lang) \
        and not any(t.is_upper and len(t) > 1 for t in ent)


def _titled_before(ent: "Span", kb: ActorKB, lang: str) -> bool:
    """A name of two to four capitalised words (not tagged a person, no acronym in it) after a comma
    that closes an office or a role with its complement ("le ministre de la Communication, Ousséni
    Tamboura", "the spokesman for the ministry, Lu Kang")."""
    doc = ent.doc
    if not 2 <= len(ent) <= 4 or ent.start < 2 or doc[ent.start - 1].text != "," \
            or not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() and not t.is_upper for t in ent):
        return False
    for tok in reversed(doc[max(0, ent.start - 8):ent.start - 1]):
        if tok.is_lower and (names_office(tok.text, kb, lang) or key(tok.text) in affiliation_roles(lang)):
            return True
        if tok.pos_ not in {"DET", "ADP", "NOUN", "PROPN", "ADJ"}:
            return False
    return False


def _portfolio_glued(ent: "Span", keys: list[str], lang: str) -> bool:
    """"le secrétaire au Trésor Steven Mnuchin": the entity took in the portfolio word before a
    given name (after a preposition, the first word no given name, the second one)."""
    if len(ent) < 3 or ent.start == 0 or keys[ent.start - 1] not in ("au", "aux", "du", "de", "des", "a"):
        return False
    return given_name_gender(ent[0].text, lang) is None and given_name_gender(ent[1].text, lang) is not None

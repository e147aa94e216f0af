"""English readings of who is a party to an act: a report's source ("according to the Washington
Post") is none, nor is a piece of the doer's own phrase ("officials in Mumbai, India"); a counted
noun after an approximator is the object ("demolished over 6,000 shanties"); a named person no KB
entry, title or apposition codes is a private individual (a civilian when an act hits them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from foedus.events.phrases import PERSON_RULES

if TYPE_CHECKING:
    from foedus.events.arguments import ActorReader


def reported_by(tok: Token) -> bool:
    """English "according to the Washington Post": the report's source is no party to the act."""
    return any(a.lower_ == "to" and a.head.lower_ == "according" for a in tok.ancestors) or (
        tok.head.lower_ == "according")


def own_phrase(tok: Token, top: bool = True) -> set[int]:
    """A party's phrase without its conjuncts or the names apposed to it ("officials in Mumbai,
    India", not "the US, Russia and Switzerland", which the parser may read as appositions)."""
    out = {tok.i}
    for child in tok.children:
        if child.dep_ not in {"conj", "cc"} and not (top and child.dep_ == "appos"):
            out |= own_phrase(child, top=False)
    return out


NAME_ENTITIES = {"PERSON", "ORG", ""}  # not a place, a date or a nationality
APPROXIMATORS = {"over", "about", "around", "some", "nearly", "almost"}  # "demolished over 6,000 homes"


def counted_object(child: Token) -> Token | None:
    """English: "demolished over 6,000 shanties" parsed as a preposition: its counted noun is the object."""
    if child.dep_ != "prep" or child.lower_ not in APPROXIMATORS:
        return None
    return next((g for g in child.children if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)), None)


def private_person(tok: Token, reader: "ActorReader") -> bool:
    """A person named in the text whom neither the KB nor a title or apposition codes: a private
    individual, a civilian when an act hits them (English: "killed Paulo Nunes")."""
    if tok.pos_ != "PROPN" or tok.lang_ != "en" or reader.read(tok) is not None:
        return False
    mention = reader.mention_for(tok)
    if mention is None:  # the small model often tags a foreign name ORG or nothing
        return tok.ent_type_ in NAME_ENTITIES and tok.is_title and reader.named_place_country(tok) is None
    return not mention.code and mention.rule in PERSON_RULES


def own_people(sources: list[str], targets: list[str], target_token: Token | None) -> list[str]:
    """English "the Australian government advised Australians to …": a plural demonym that names
    the source's own country is its people (civilians), not the country acting on itself."""
    if target_token is None or target_token.lang_ != "en" or len(targets) != 1 or len(targets[0]) != 3:
        return targets
    plural_people = target_token.tag_ in {"NNPS", "NNS"} and target_token.text[:1].isupper()
    own = any(len(s) > 3 and s[:3] == targets[0] for s in sources)
    return [targets[0] + "CVL"] if plural_people and own else targets

"""Who an act is done to when no actor names them: things or unnamed people as the object
("a incendié des maisons", "cinq hommes ont été arrêtés"), military objects, people a later
clause identifies by nationality. Pure functions over a parsed ``Doc`` with the actor reader."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.arguments import ActorReader
from foedus.events.english_parties import counted_object, private_person
from foedus.events.frames import case_of
from foedus.events.lexicon import military_objects, person_nouns, verb_class
from foedus.events.slots import is_passive, slot_tokens

REFLEXIVE_OBJECTS = {"themselves", "itself", "himself", "herself"}  # "attacked themselves": no victims named
CASUALTY_VERBS = verb_class("casualty")
CASUALTY_LIGHT_VERBS = verb_class("casualty_light")
CASUALTY_NOUNS = verb_class("casualty_noun")


def casualty_verb(tok: Token) -> Token | None:
    """The verb whose victims an act of force named as its subject made: "des frappes israéliennes
    ont tué 20 personnes", "l'attaque a fait 14 morts", "l'attaque du 7 octobre, qui a fait 1 200
    morts", "Israeli strikes killed 20 people"."""
    if tok.pos_ != "NOUN":
        return None
    verbs = [tok.head] if tok.dep_ == "nsubj" else []
    verbs += [c for c in tok.children if c.dep_ in {"acl:relcl", "relcl"}
              and any(g.dep_ == "nsubj" and "Rel" in g.morph.get("PronType") or g.tag_ == "WDT" for g in c.children)]
    for verb in verbs:
        lemma = verb.lemma_.lower()
        if verb.pos_ == "VERB" and (lemma in CASUALTY_VERBS or lemma in CASUALTY_LIGHT_VERBS and any(
                c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in CASUALTY_NOUNS for c in verb.children)):
            return verb
    return None


def hits_unnamed(tok: Token, reader: ActorReader) -> bool:
    """The act has a direct object or locative that names no actor (a building, "des personnes"),
    or, for a noun, a "de" complement naming none ("la destruction de cette porte")."""
    counted = {c.i for c in map(counted_object, tok.children) if c is not None}
    for child in [counted_object(c) or c for c in tok.children]:
        complement = child.dep_ in {"obj", "dobj", "obl:arg"} or child.i in counted or (
            tok.pos_ == "NOUN" and child.dep_ == "nmod" and case_of(child) in {"de", "du", "des", "d'"})
        if complement and child.pos_ == "NOUN" and reader.mention_for(child) is None:
            return True
        if (complement or child.dep_ == "npadvmod") and private_person(child, reader):
            return True  # "beat to death Paulo Nunes": a person the KB does not know and no title codes
        if child.dep_ in {"obj", "dobj"} and child.pos_ in {"PRON", "DET"} and reader.read(child) is None:
            return child.lower_ not in REFLEXIVE_OBJECTS  # "les ont incendiés": a clitic standing for things
    return False


def strikes_military_objects(tok: Token, lang: str) -> bool:
    """The act's direct object is a military thing ("targeted launchers", "a frappé des positions")."""
    things = military_objects(lang)
    return any(c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in things for c in tok.children)


def unnamed_people(tok: Token, reader: ActorReader) -> Token | None:
    """The act's patient when it is people no actor names: "cinq hommes ont été arrêtés", "a
    interpellé deux suspects" (the passive's subject, the active's object)."""
    nouns = person_nouns(reader.lang)
    for filler in slot_tokens(tok, "nsubj" if is_passive(tok) else "obj"):
        unnamed = reader.mention_for(filler) is None and reader.read(filler) is None
        if private_person(filler, reader):
            return filler
        if unnamed and (filler.lemma_.lower() in nouns or filler.lower_ in nouns or filler.pos_ == "NUM"):
            return filler
    return None


def identified_nationalities(tok: Token, reader: ActorReader) -> list[str]:
    """Countries of unnamed people the same sentence identifies by demonym after the act: "quatre
    personnes ont été arrêtées ; il s'agit de deux Polonais et de deux Russes" → POL, RUS."""
    countries: list[str] = []
    doc, end = tok.doc, tok.sent.end
    if end < len(doc) and doc[end - 1].text == ";":  # the model ends a sentence at a semicolon
        end = doc[end].sent.end
    for verb in doc[tok.i + 1:end]:
        if verb.lemma_ != "agir" or not any(c.lemma_ == "se" for c in verb.children):
            continue
        for named in verb.children:
            if named.dep_.startswith("obl") and case_of(named) in {"de", "d'"}:
                for word in [named, *named.conjuncts]:
                    country = reader.demonym_country(word.lemma_.lower()) or reader.demonym_country(word.lower_)
                    if country and country not in countries:
                        countries.append(country)
    return countries


STRUCK_CASES = {"sur", "contre", "on", "against"}  # "les frappes sur Gaza", "an attack on Kharkiv"


def struck_place(tok: Token, reader: ActorReader) -> str | None:
    """The country of a named place an attack hits when the place is no actor: "a bombardé
    Kharkiv", "struck Odesa", "les frappes sur Gaza". A city the actor layer reads as its
    government ("Moscou a annoncé") is not this: there the name is an actor."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in STRUCK_CASES:
            child = next((g for g in child.children if g.dep_ == "pobj"), child)
        struck = child.dep_ in {"obj", "dobj", "obl:arg"} or (
            child.dep_ in {"pobj", "nmod", "obl", "obl:mod"} and (case_of(child) in STRUCK_CASES or child.head.lower_ in STRUCK_CASES))
        if struck and child.pos_ == "PROPN" and reader.mention_for(child) is None:
            country = reader.named_place_country(child)
            if country:
                return country
    return None

"""A force's arrival is its deployment, not a visit: "peacekeepers arrived in Bosnia" is the
provision of peacekeeping (CAMEO 074), "1,000 US troops landed in Haiti" a mobilisation of armed
forces (154), where "the president arrived in Paris" stays a visit (042).

The trigger lexicon gives the readings as lines of the arrival verbs whose `with` is the force's
noun ("arrive … peacekeeper 074"); the force is named by the verb's subject, so the word is looked
for in the subject phrase rather than among the verb's own dependents: the subject's head
("troops"), its modifiers ("peacekeeping troops"), and the "of" complement of a contingent noun
("the first deployment of NATO peacekeeping troops", "a batch of Bangladeshi soldiers").
Verbs of arrival: `arrival` in data/verb_classes.tsv; contingent nouns: `contingent` in
data/english_words.tsv."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.english import english_words
from foedus.events.lexicon import verb_class
from foedus.events.slots import slot_tokens, verb_subject

SUBJECT_DEPS = {"nsubj"}
MODIFIER_DEPS = {"compound", "amod"}


def _names(noun: Token, lemma: str) -> bool:
    """The noun or one of its modifiers is `lemma` ("troops", "peacekeeping troops")."""
    return noun.lemma_.lower() == lemma or any(
        c.dep_ in MODIFIER_DEPS and c.lemma_.lower() == lemma for c in noun.children)


def arriving_force(verb: Token, lemma: str) -> bool:
    """`verb` is a verb of arrival whose subject phrase names `lemma` (see the module doc)."""
    if verb.lang_ != "en" or verb.lemma_.lower() not in verb_class("arrival"):
        return False
    for subj in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if _names(subj, lemma):
            return True
        if subj.lemma_.lower() in english_words("contingent"):
            of_objects = [p for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for p in prep.children if p.dep_ == "pobj"]
            if any(_names(p, lemma) for p in of_objects):
                return True
    return False


DESTINATION_CASES = {"à", "au", "aux", "en", "vers", "to", "into"}


def is_destination(tok: Token) -> bool:
    """The name is where someone goes ("avant de rallier la Suisse", "se rendre à Genève", "went to
    Geneva"): a place, not the country of the people going there (verbs: `destination` in
    data/verb_classes.tsv)."""
    if tok.head.lemma_.lower() not in verb_class("destination"):
        return False  # ("Au Burundi, des forces ont combattu": where the act happens, which does count)
    return tok.dep_ in {"obj", "dobj"} or any(c.dep_ == "case" and c.lower_ in DESTINATION_CASES for c in tok.children)


def located(tok: Token) -> bool:
    """A place named as where something is or happens ("au Soudan", "en Syrie", "in Gaza"), not a
    name that only borrows a place's ("la coalition Arizona")."""
    return any(c.dep_ == "case" and c.lower_ in DESTINATION_CASES | {"dans", "in", "at"} for c in tok.children)


def visitor_on_visit(noun: Token) -> Token | None:
    """"son homologue X, en visite à Ndjamena", "X, on a visit to Moscow, said": the visit's visitor
    is the one the phrase describes, or the subject of the verb it hangs on."""
    french = any(c.dep_ == "case" and c.lower_ == "en" for c in noun.children)
    english = noun.dep_ == "pobj" and noun.head.lower_ == "on"
    if not (french or english):
        return None
    described = noun.head.head if english else noun.head
    if described.pos_ in {"NOUN", "PROPN"} and described.i != noun.i:
        return described
    if described.pos_ in {"VERB", "AUX"}:
        return next(iter(slot_tokens(described, "nsubj")), None) or verb_subject(described)
    return None

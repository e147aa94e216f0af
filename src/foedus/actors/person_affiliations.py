"""A person the KB does not code on the article's date takes the code of the body the text says they
lead or belong to — "Alfred Gusenbauer has been reelected as leader of the Social Democrat Party",
"Jane Doe, the leader of the Liberal Party, …", "the head of the X Movement, Jane Doe"; in French
"Christian Jacob, président du groupe UMP", "le président du directoire de PSA, Philippe Varin",
"François Brottes (PS)" — or the description they are given ("X is the Kenyan environment
minister", "X, a Peruvian deputy, …"), at every mention of that person. Only bodies with a sector or
an international code count (a party, a movement, an armed group, an IGO); a country is no body here.
A person the KB holds in office keeps their code; one it knows only out of office (ELI) takes the
body's.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.actors.kb import load_kb
from foedus.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA = Path(__file__).with_name("data") / "affiliation_roles.tsv"
PERSON_RULES = {"kb-name", "ner-person", "surname", "person-repeat"}
BODY_PREPS = {"of", "for"}
FRENCH_BODY_CASES = {"de", "du", "des", "d'"}
FORMER = {"ancien", "ancienne", "ex", "former", "late", "feu"}  # a past role ties no one to the body now
INTERNATIONAL = {"IGO", "NGO", "IMG"}


@lru_cache(maxsize=None)
def affiliation_roles(lang: str) -> frozenset[str]:
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(row["word"] for row in csv.DictReader(lines, delimiter="\t") if row["lang"] == lang)


def _is_person(m: Mention) -> bool:
    """A KB name is a person only when the KB says so: "PSA" and "UMP" are KB names too."""
    if m.rule == "kb-name" and m.actor_id:
        actor = load_kb().get(m.actor_id)
        return actor is None or actor.kind == "person"
    return m.rule in PERSON_RULES


def _is_body(m: Mention) -> bool:
    """A body one can lead or serve: a named organisation, a described one ("le Parlement libanais"),
    or a person in government ("le coordinateur spécial du président Joe Biden" serves the USA)."""
    if not m.code or (len(m.code) <= 3 and m.code not in INTERNATIONAL):
        return False
    if _is_person(m):
        return m.kind == "name" and m.code[3:6] == "GOV"
    return m.kind == "name" or m.rule == "description"


def _uncoded_person(m: Mention) -> bool:
    return m.kind == "name" and _is_person(m) and (not m.code or m.code.endswith("ELI"))


def _covering(mentions: list[Mention], tok: Token) -> Mention | None:
    return next((m for m in mentions if m.start <= tok.idx < m.end), None)


def _french_body_of_role(role: Token, mentions: list[Mention]) -> Mention | None:
    """"président du groupe UMP", "porte-parole du Hamas", and one body noun deeper: "président du
    directoire de PSA" (UD: the body hangs on the role as `nmod` with a "de" case marker)."""
    for child in role.children:
        if child.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in FRENCH_BODY_CASES for c in child.children):
            continue
        for node in [child, *(g for g in child.children if g.dep_ in {"nmod", "appos"})]:  # ("du président Joe Biden")
            found = _covering(mentions, node)
            if found is not None and _is_body(found):
                return found
    return None


def _body_of_role(role: Token, mentions: list[Mention]) -> Mention | None:
    """"leader of the X Party", "the X Party's leader", "X Party leader"."""
    if role.lang_ == "fr":
        return _french_body_of_role(role, mentions)
    for child in role.children:
        nodes = [g for g in child.children if g.dep_ == "pobj"] if (
            child.dep_ == "prep" and child.lower_ in BODY_PREPS) else [child] if child.dep_ in {"poss", "compound"} else []
        for node in nodes:
            found = _covering(mentions, node)
            if found is not None and _is_body(found):
                return found
    return None


def _person_of_role(role: Token, mentions: list[Mention]) -> Mention | None:
    """The person a role noun is said of: apposition either way, a title before the name ("MDC leader
    X"), "(re)elected as <role>", "is <role>"."""
    candidates: list[Token] = []
    if role.dep_ in {"appos", "compound"}:  # "X, the leader of Y"; "Y leader X"
        candidates.append(role.head)
    candidates += [c for c in role.children if c.dep_ == "appos"]
    if role.dep_ == "conj" and not any(c.dep_ == "cc" for c in role.children) \
            and any(c.text == "," and c.i < role.i for c in role.children):
        candidates.append(role.head)  # "Éric Massi, un porte-parole du Séléka": an apposition parsed as a conjunct
    governor = role.head
    if role.dep_ == "pobj" and governor.lower_ == "as" and governor.head.pos_ == "VERB":
        governor = governor.head
    if (role.dep_ == "attr" or role.head.lower_ == "as") and governor.pos_ in {"VERB", "AUX"}:
        candidates += [c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if any(c.dep_ == "cop" for c in role.children):  # "X est le président du groupe UMP"
        candidates += [c for c in role.children if c.dep_ == "nsubj"]
    for tok in candidates:
        found = _covering(mentions, tok)
        if found is not None and _uncoded_person(found):
            return found
    return None


def _not_held(role: Token) -> bool:
    """The role is someone else's or past: "la veuve de l'ancien président de l'Autorité
    palestinienne, Souha Arafat" (she is the widow; he was the president)."""
    return role.dep_.startswith("nmod") or any(c.lower_ in FORMER for c in role.children)


def _bracketed_bodies(doc: Doc, mentions: list[Mention]) -> list[tuple[Mention, str]]:
    """"François Brottes (PS)", "Philippe Gosselin (UMP)": a body in brackets right after a name."""
    ties: list[tuple[Mention, str]] = []
    for person in mentions:
        if not _uncoded_person(person):
            continue
        name = doc.char_span(person.start, person.end, alignment_mode="expand")
        if name is None or name.end + 2 >= len(doc) or doc[name.end].text != "(":
            continue
        body = _covering(mentions, doc[name.end + 1])
        inside = doc.char_span(body.start, body.end, alignment_mode="expand") if body is not None else None
        if inside is not None and _is_body(body) and inside.end < len(doc) and doc[inside.end].text == ")":
            ties.append((person, body.code))
    return ties


def _same_person(a: Mention, b: Mention) -> bool:
    if a.actor_id and a.actor_id == b.actor_id:
        return True
    name_a, name_b = a.name or a.text, b.name or b.text
    return name_a == name_b or (b.rule == "surname" and name_a.split()[-1] == b.text) or (
        a.rule == "surname" and name_b.split()[-1] == a.text)


def affiliate_people(doc: Doc, mentions: list[Mention], lang: str) -> list[Mention]:
    """The mentions, with uncoded (or out-of-office) people coded by the body the text ties them to."""
    roles = affiliation_roles(lang)
    if not roles:
        return mentions
    ties = _bracketed_bodies(doc, mentions)
    for role in doc:
        if role.pos_ not in {"NOUN", "PROPN"} or (role.lemma_.lower() not in roles and role.lower_ not in roles):
            continue
        if _not_held(role):
            continue
        body = _body_of_role(role, mentions)
        person = _person_of_role(role, mentions) if body is not None else None
        if person is not None:
            ties.append((person, body.code))
    for described in mentions:  # "X is the Kenyan environment minister", "X, a Peruvian deputy, …"
        if described.kind == "description" and described.code and not described.code.startswith("---") \
                and described.head is not None and len(described.code) > 3 and not _not_held(doc[described.head]):
            person = _person_of_role(doc[described.head], mentions)
            if person is not None:
                ties.append((person, described.code))
    for person, code in ties:
        for m in mentions:
            if _uncoded_person(m) and _same_person(person, m):
                m.code = code
    return mentions

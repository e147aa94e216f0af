"""English: a person the KB does not code on the article's date takes the code of the body the text
says they lead or belong to — "Alfred Gusenbauer has been reelected as leader of the Social Democrat
Party", "Jane Doe, the leader of the Liberal Party, …", "the head of the X Movement, Jane Doe" — or the
description they are given ("X is the Kenyan environment minister", "X, a Peruvian deputy, …"), at
every mention of that person. Only bodies with a sector or an international code count (a party, a
movement, an armed group, an IGO); a country is no body here. A person the KB holds in office keeps
their code; one it knows only out of office (ELI) takes the body's.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from foedus.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DATA = Path(__file__).with_name("data") / "affiliation_roles.tsv"
PERSON_RULES = {"kb-name", "ner-person", "surname", "person-repeat"}
BODY_PREPS = {"of", "for"}
INTERNATIONAL = {"IGO", "NGO", "IMG"}


@lru_cache(maxsize=None)
def affiliation_roles(lang: str) -> frozenset[str]:
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return frozenset(row["word"] for row in csv.DictReader(lines, delimiter="\t") if row["lang"] == lang)


def _is_body(m: Mention) -> bool:
    return bool(m.code) and m.kind == "name" and m.rule not in PERSON_RULES | {"description"} and (
        len(m.code) > 3 or m.code in INTERNATIONAL)


def _uncoded_person(m: Mention) -> bool:
    return m.kind == "name" and m.rule in PERSON_RULES and (not m.code or m.code.endswith("ELI"))


def _covering(mentions: list[Mention], tok: Token) -> Mention | None:
    return next((m for m in mentions if m.start <= tok.idx < m.end), None)


def _body_of_role(role: Token, mentions: list[Mention]) -> Mention | None:
    """"leader of the X Party", "the X Party's leader", "X Party leader"."""
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
    governor = role.head
    if role.dep_ == "pobj" and governor.lower_ == "as" and governor.head.pos_ == "VERB":
        governor = governor.head
    if (role.dep_ == "attr" or role.head.lower_ == "as") and governor.pos_ in {"VERB", "AUX"}:
        candidates += [c for c in governor.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for tok in candidates:
        found = _covering(mentions, tok)
        if found is not None and _uncoded_person(found):
            return found
    return None


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
    ties: list[tuple[Mention, str]] = []
    for role in doc:
        if role.lemma_.lower() not in roles or role.pos_ not in {"NOUN", "PROPN"}:
            continue
        body = _body_of_role(role, mentions)
        person = _person_of_role(role, mentions) if body is not None else None
        if person is not None:
            ties.append((person, body.code))
    for described in mentions:  # "X is the Kenyan environment minister", "X, a Peruvian deputy, …"
        if described.kind == "description" and described.code and not described.code.startswith("---") \
                and described.head is not None and len(described.code) > 3:
            person = _person_of_role(doc[described.head], mentions)
            if person is not None:
                ties.append((person, described.code))
    for person, code in ties:
        for m in mentions:
            if _uncoded_person(m) and _same_person(person, m):
                m.code = code
    return mentions

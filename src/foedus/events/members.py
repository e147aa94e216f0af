"""English: people named only as members or office-holders of a body act as that body — "members
of the Landless Workers Movement attacked …", "a spokesman for the Renamo party said …", "the UN's
relief chief", "a UN official". Only bodies with a sector or an international code count: "officials
of Kenya" is read elsewhere (the country's government). In any language, a body named inside a
phrase about its members: a bracketed acronym ("… (CEDEAO)"), a member after "dont"."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from foedus.events.english import english_words
from foedus.records import Mention

MEMBER_PREPS = {"of", "for", "from"}
# words that count a plural demonym as people, not the nation ("some Brazilians protested" → civilians)
PEOPLE_QUANTIFIERS = {"some", "many", "most", "several", "ordinary", "individual", "fellow"}
NOT_COUNTRIES = {"IGO", "IMG", "NGO", "MNC", "WST", "EUR"}


def _body(code: str | None) -> bool:
    return bool(code) and not code.startswith("---") and (len(code) > 3 or code in NOT_COUNTRIES)


def member_body(tok: Token, by_head: dict[int, Mention]) -> Mention | None:
    """The body a member noun's "of/for" complement names, when the KB or the article codes it."""
    if tok.lang_ != "en":
        return None
    titled = title_holder_body(tok, by_head)
    if titled is not None or tok.lemma_.lower() not in english_words("member_of"):
        return titled
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBER_PREPS:
            continue
        for obj in prep.children:
            found = by_head.get(obj.i) if obj.dep_ == "pobj" else None
            if found is not None and _body(found.code):
                return found
    return None


def title_holder_body(tok: Token, by_head: dict[int, Mention]) -> Mention | None:
    """"the UN's chief", "a UN official", "the Kremlin's spokesman": a role word whose possessor or
    compound names a body speaks for that body (not a country: "Russia's minister" is its
    government, read elsewhere). "EU leaders" are the members' leaders, not the body."""
    lemma = tok.lemma_.lower()
    if tok.lower_ not in english_words("role") and lemma not in english_words("role"):
        return None
    for child in tok.children:
        # (the model may label a name before the noun "nmod": "The U.N. special envoy")
        found = by_head.get(child.i) if child.dep_ in {"poss", "compound"} or child.dep_ == "nmod" and child.i < tok.i else None
        if found is None or not _body(found.code) or found.kind != "name":
            continue
        if lemma == "leader" and found.code.startswith("IGO"):
            continue
        return found
    return None


def acronym_inside(tok: Token, by_head: dict[int, Mention]) -> Mention | None:
    """"la Communauté économique des États d'Afrique de l'Ouest (CEDEAO)": the bracketed acronym
    the KB knows, wherever the parser hung it inside the phrase."""
    for sub in tok.subtree:
        if sub.dep_ == "appos" and sub.i > 0 and sub.doc[sub.i - 1].text == "(" and sub.i in by_head:
            found = by_head[sub.i]
            if found.code:
                return found
    return None


def named_member(tok: Token, mention_for: Callable[[Token], Mention | None]) -> Mention | None:
    """"les groupes de défense des droits humains, dont Amnesty International": the named member."""
    for child in tok.children:
        if child.dep_ in {"acl:relcl", "relcl"} and any(g.lower_ == "dont" for g in child.children):
            found = mention_for(child)
            if found is not None and found.code:
                return found
    return None


def listed_before(tok: Token) -> list[Token]:
    """"Le président azerbaïdjanais X, le Premier ministre arménien Y et le président russe Z ont
    signé": the parser may hang the first item of a list on the second as its subject; a noun with
    no copula has no subject of its own, so such a "subject" before a comma is one more item."""
    if tok.pos_ not in {"NOUN", "PROPN"} or any(c.dep_ == "cop" for c in tok.children):
        return []
    return [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i and any(t.text == "," for t in tok.doc[c.i + 1:tok.i])]


def conjunct_head(tok: Token) -> Token:
    """The first conjunct of a coordination the agent noun is the second of ("la diplomatie belge et
    les services de renseignement": the services are Belgian too); the noun itself otherwise."""
    return tok.head if tok.dep_ in {"conj"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i < tok.i else tok


def stranded_conjuncts(tok: Token) -> list[Token]:
    """"a accusé les États-Unis et Israël d'être …": the parser may hang the second object on the verb
    as its conjunct; a noun right after the object, opened by "et", is the object's conjunct."""
    if tok.dep_ not in {"obj", "dobj"} or tok.head.i == tok.i:
        return []
    return [c for c in tok.head.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"}
            and c.left_edge.i == tok.right_edge.i + 1 and c.doc[c.left_edge.i].lower_ in {"et", "and", "y"}]

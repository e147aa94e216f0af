"""English: the target an act's own complements name when no lexicon slot holds it.

The lexicon's slots read direct dependents ("rejected Iran's offer", "sanctions against Russia").
News English often hangs the party one or two phrases deeper: "granted asylum *to five Panamanian
army officers*" (the "to" phrase under the object), "halted economic aid *to Serbia*", "threatened
to impose restrictions *against German goods*" (inside the infinitive), "lifted a curfew *in
Montenegro*" (a place the act applies to). This module walks the noun phrases below the trigger —
never into another clause — and returns the first actor, demonym country or named place it meets.
"""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.arguments import ActorReader, Argument
from foedus.events.lexicon import verb_class

NEIGHBOUR_WORDS = verb_class("neighbour")  # "le pays voisin", "son voisin"

# dependents that stay inside the act's own phrase (no relative, adverbial or complement clauses)
PHRASE_DEPS = {"dobj", "obj", "dative", "prep", "pobj", "compound", "amod", "poss", "appos", "conj", "attr", "npadvmod"}
# prepositions whose object is the party acted on or a place the act applies to; "of" only inside
# a noun phrase ("the withdrawal of forces"), "by"/"from" name the doer or an origin
PARTY_PREPS = {"to", "against", "on", "at", "with", "toward", "towards", "into", "over", "for", "in", "from", "of"}
# a place after these prepositions is where the act applies ("a curfew in Montenegro", "withdrawal
# from Panama"), not whose it is
PLACE_PREPS = {"in", "to", "from", "into", "on", "over", "across", "throughout", "inside"}
STATEMENT_CODES = {"010"}
PLACE_FORCE_CODES = {"191"}
VISIT_CODES = {"040", "041", "042", "043", "044", "045", "046"}  # the coder reads a meeting's place as its host
# roots whose acts land on a place's country ("aid to Iraq", "expelled from Chad", "lifted a curfew in
# Montenegro", "restrictions in Gaza"); a place in a statement, appeal or demand is no addressee
# ("advised against travel to Tunisia")
PLACE_ROOTS = {"06", "07", "08", "15", "16", "17"}
MAX_DEPTH = 4
ADDRESSED_ROOTS = {"02", "10"}  # appeals and demands: "for X to …" names the one addressed


def _country(codes: list[str]) -> set[str]:
    return {c[:3] for c in codes}


def _same_party(arg_codes: list[str], source_codes: list[str]) -> bool:
    """The source itself, or a bare country and one of its sectors (BRAGOV ↔ BRA): no other party."""
    return any(a == s or (a[:3] == s[:3] and (len(a) == 3 or len(s) == 3)) for a in arg_codes for s in source_codes)


def _starts(tok: Token) -> list[Token]:
    """The trigger's complements to walk: its object and party phrases, and those of an infinitive
    it governs ("threatened to cut off electricity to X")."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in {"dobj", "obj", "dative", "attr"}:
            out.append(child)
        elif child.dep_ == "prep" and child.lower_ in PARTY_PREPS and child.lower_ != "of":
            out.append(child)
        elif child.dep_ == "prt":  # "kidnapped up to 16 advisers": the parser hangs the phrase on the particle
            out.extend(c for c in child.children if c.dep_ == "prep" and c.lower_ in PARTY_PREPS - {"of"})
        elif child.dep_ == "xcomp" and child.pos_ in {"VERB", "AUX"}:
            out.extend(c for c in child.children
                       if c.dep_ in {"dobj", "obj", "dative"} or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS - {"of"}))
    return out


def _for_subjects(tok: Token) -> list[Token]:
    """"appealed for the population to remain calm", "called for the UN to act": the subject of the
    "for … to" clause is the one appealed to."""
    return [subj for clause in tok.children if clause.dep_ in {"advcl", "ccomp", "xcomp"}
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
            for subj in clause.children if subj.dep_ in {"nsubj", "nsubjpass"}]


def phrase_target(reader: ActorReader, tok: Token, code: str, sources: list[str]) -> Argument | None:
    """The first party met walking the trigger's complement phrases breadth-first, other than the
    source: an actor mention, a country or people named by a demonym ("German goods", "the
    Azerbaijani republic"), or — for acts other than force, whose unnamed places the coder reads as
    civilians — a named place after a place preposition ("a curfew in Montenegro")."""
    if tok.lang_ != "en" and sources:
        return neighbour_country(reader, tok, sources)
    if tok.lang_ != "en" or code in STATEMENT_CODES or not sources:
        return None
    # (node, depth, whether a place preposition led there: "into isolated parts of Aceh province")
    starts = _for_subjects(tok) if code[:2] in ADDRESSED_ROOTS else []
    frontier = [(t, 0, _is_place_prep(t)) for t in starts + _starts(tok)]
    seen: set[int] = {tok.i}
    while frontier:
        node, depth, via_place = frontier.pop(0)
        if node.i in seen or depth > MAX_DEPTH:
            continue
        seen.add(node.i)
        found = _party_at(reader, node, code, sources, via_place)
        if found is not None:
            return found
        frontier.extend((c, depth + 1, via_place or _is_place_prep(c)) for c in node.children
                        if c.dep_ in PHRASE_DEPS and not (c.dep_ == "prep" and c.lower_ not in PARTY_PREPS))
    return None


def _is_place_prep(tok: Token) -> bool:
    return tok.dep_ == "prep" and tok.lower_ in PLACE_PREPS


def _lands_on_place(code: str) -> bool:
    return code not in VISIT_CODES and (code[:2] in PLACE_ROOTS or code in PLACE_FORCE_CODES)


def _party_at(reader: ActorReader, node: Token, code: str, sources: list[str], via_place: bool) -> Argument | None:
    if node.pos_ not in {"NOUN", "PROPN", "ADJ"}:
        return None
    if node.dep_ == "poss" and node.lower_ in {"its", "their", "his", "her"}:
        return None
    arg = reader.read(node) if node.pos_ != "ADJ" else None
    # a name right after a place preposition is a place, not a party, for acts that do not land on places
    placed = node.pos_ == "PROPN" and node.dep_ == "pobj" and node.head.lower_ in PLACE_PREPS
    if arg is not None and arg.codes and not _same_party(arg.codes, sources):
        if (arg.is_place or placed) and not _lands_on_place(code):
            return None
        return arg
    if arg is not None:
        return None
    if node.dep_ == "amod" or node.pos_ == "ADJ":
        country = reader.demonym_country(node.lower_) or reader.demonym_country(node.text)
        if country and not _same_party([country], sources):
            return Argument(codes=[country], text=node.text, actor_ids=[], token=node)
        return None
    if via_place and node.pos_ == "PROPN" and _lands_on_place(code):
        country = reader.named_place_country(node)
        if country and not _same_party([country], sources):
            return Argument(codes=[country], text=node.text, actor_ids=[], token=node, is_place=True)
    return None


def neighbour_country(reader: ActorReader, tok: Token, sources: list[str]) -> Argument | None:
    """"accusant le pays voisin de …", "son voisin": the country last named before, other than the
    source's own (data: `neighbour` in verb_classes.tsv)."""
    for child in tok.children:
        if child.dep_ not in {"obj", "dobj", "obl:arg", "nmod"} or child.pos_ != "NOUN":
            continue
        named = child.lemma_.lower() in NEIGHBOUR_WORDS or any(
            a.dep_ == "amod" and a.lemma_.lower() in NEIGHBOUR_WORDS for a in child.children)
        if not named:
            continue
        own = {s[:3] for s in sources}
        for m in sorted((m for m in reader.mentions if m.end <= child.idx and m.code), key=lambda m: -m.start):
            country = m.code[:3]
            if country.isalpha() and country.isupper() and not m.code.startswith("IGO") and country not in own:
                return Argument(codes=[country], text=m.name or m.text, actor_ids=[], token=child)
    return None

"""English parse readings the coder shares: a light verb's noun under a preposition or inside a
counted phrase, the sector a compound modifier gives an agent title ("opposition leader"), and
first-person performatives ("I want to thank …"). Word lists: data/english_words.tsv."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from spacy.tokens import Token

from foedus.records import Mention, Place

if TYPE_CHECKING:  # the coder imports this module
    from foedus.events.coder import Candidate

WORDS_FILE = Path(__file__).with_name("data") / "english_words.tsv"


@lru_cache(maxsize=None)
def english_words(name: str) -> frozenset[str]:
    """One list of data/english_words.tsv (`measure`, `means`, `role`, `resident_envoy`, …)."""
    rows = [ln.split("\t") for ln in WORDS_FILE.read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")]
    return frozenset(r[1].strip() for r in rows[1:] if r[0] == name)


def english_dependent(child: Token, lemma: str) -> bool:
    """`child` of a trigger word holds `lemma` one level down, as the English parse hangs it: the
    object of a preposition of means or state ("spoke by phone", "on the phone", "put under
    investigation"), the "of" complement of
    a measure noun object ("held a round of talks", "imposed a new package of sanctions"), or the
    "to" of an infinitive complement (`with` "to": "declined to resign")."""
    if lemma == "to" and child.dep_ == "xcomp":  # "declined to resign": the infinitive complement's marker
        return any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
    if lemma == "to" and child.dep_ == "advcl" and child.i == child.head.i + 2:
        # "have sworn to fight": the model labels the infinitive right after the verb advcl
        return child.doc[child.i - 1].lower_ == "to" and child.doc[child.i - 1].dep_ == "aux"
    if child.dep_ == "prep" and child.lower_ in english_words("means") | english_words("state"):
        return any(g.dep_ == "pobj" and g.lemma_.lower() == lemma for g in child.children)
    if child.dep_ == "dobj" and child.lemma_.lower() in english_words("measure"):
        return any(g.dep_ == "prep" and g.lower_ == "of" and any(
            p.dep_ == "pobj" and (p.lemma_.lower() == lemma or _compound_is(p, lemma)) for p in g.children)
            for g in child.children)
    return child.dep_ == "dobj" and _compound_is(child, lemma)  # "launched a mediation effort"


def _compound_is(noun: Token, lemma: str) -> bool:
    """A noun modifier of the object names the act: "a mediation effort", "a military aid program"."""
    return any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() == lemma for c in noun.children)


def compound_sector(tok: Token, agent_sector: Callable[[str], str | None]) -> str | None:
    """The sector of an English compound agent phrase: the whole phrase when the KB lists it
    ("suicide bomber", "riot police"), else the institution a role title is the title of
    ("opposition leader" → OPP, "army spokesman" → MIL). None when neither applies."""
    modifiers = [c for c in tok.children if c.dep_ in {"compound", "amod"} and c.i < tok.i]
    if not modifiers:
        return None
    first = modifiers[0].i
    phrase = " ".join(t.lower_ for t in tok.doc[first:tok.i]) + " " + tok.lower_
    found = agent_sector(phrase)
    if found:
        return found
    if tok.lower_ not in english_words("role"):
        return None
    for mod in modifiers:
        if mod.dep_ == "compound" and mod.pos_ == "NOUN":
            sector = agent_sector(mod.lemma_.lower())
            if sector and sector != "GOV":
                return sector
    return None


def names_resident_envoy(*texts: str | None) -> bool:
    """A party described as an ambassador: meeting them in the country they are posted to is no visit."""
    words = {w for text in texts if text for w in text.lower().split()}
    return bool(words & english_words("resident_envoy"))


def is_performative(outer: Token, inner: Token) -> bool:
    """"I want to thank the Canadian people": a first-person wish to perform a speech act performs it."""
    if outer.lemma_.lower() not in english_words("performative_want") or inner.lemma_.lower() not in english_words(
            "performative_act"):
        return False
    subjects = [c.lower_ for c in outer.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return inner.head.i == outer.i and inner.dep_ == "xcomp" and bool(set(subjects) & english_words("first_person"))


def is_result_participle(tok: Token) -> bool:
    """"shelled the town, killing five people": a present participle adjunct tells what the act of
    its governing verb did — one act, coded once (by the governing verb)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i != tok.i


def wanted_of_another(outer: Token, inner: Token) -> bool:
    """"Obama wants Putin to attack Switzerland": wanting another actor to act appeals to it (CAMEO 02),
    where "wants to attack" states the subject's own intent (03/13)."""
    return (outer.lemma_.lower() in english_words("wanting") and inner.head.i == outer.i and inner.dep_ == "ccomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in inner.children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in inner.children))


def own_act_complement(tok: Token, lemma: str) -> bool:
    """The dependent a `with` line asks for is only the verb of the subject's own infinitive ("wants
    to help Israel"): the line's reading of a wanted thing ("wants help" → appeal) does not apply."""
    matches = [c for c in tok.children if c.lemma_.lower() == lemma]
    return bool(matches) and all(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in matches) and \
        tok.lemma_.lower() in english_words("wanting")


def is_scheduled(tok: Token) -> bool:
    """"a day before Sarkozy heads to Beijing": a present tense in a clause of time still to come
    states a planned act (an intent), not one done."""
    return tok.dep_ in {"advcl", "relcl"} and tok.tag_ in {"VBZ", "VBP"} and any(
        c.dep_ == "mark" and c.lower_ in english_words("future_time_mark") for c in tok.children)


def is_unrealised_infinitive(tok: Token) -> bool:
    """"was pressured by Congress to help Iran", "allowed Russia to help": an act in the "to"
    infinitive complement (or purpose clause) of another coded act is what that act aims at, not an act done."""
    return tok.dep_ in {"xcomp", "ccomp", "advcl"} and tok.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def is_denied(tok: Token) -> bool:
    """"The Kremlin denied targeting civilians": an act its actor is said to deny is not asserted."""
    return tok.dep_ in {"xcomp", "ccomp", "pcomp"} and tok.head.lemma_.lower() in english_words("denying")


def doer_of_object_act(tok: Token) -> Token | None:
    """"condemned this attack by al-Shabab" with "by al-Shabab" hung on the verb (an active verb has
    no agent): the doer of the act its object names."""
    obj = next((c for c in tok.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)  # UD (French, Spanish)
    if obj is not None:
        # "a dénoncé le projet de loi …, adopté récemment par le Congrès": the participle's agent
        # (the parser may hang the participle on the verb, after the object)
        hung = [c for c in tok.children if c.dep_ == "advcl" and c.i > obj.i and "Past" in c.morph.get("Tense")
                and "Part" in c.morph.get("VerbForm")]
        for node in [*obj.subtree, *hung]:
            if node.dep_ in {"acl", "advcl"} and "Part" in node.morph.get("VerbForm"):
                agent = next((g for g in node.children if g.dep_ == "obl:agent"), None)
                if agent is not None:
                    return agent
        for clause in (c for c in obj.children if c.dep_ == "acl:relcl"):
            # "a condamné le soutien que le Rwanda apporte aux rebelles": the relative clause's subject
            if any(g.dep_ in {"obj", "mark"} and g.lower_ in {"que", "qu'", "qu’"} for g in clause.children):
                return next((g for g in clause.children if g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"}), None)
        return None
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children):
        return None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def fold_result_participles(found: dict[int, Candidate], attack_roots: set[str]) -> None:
    """"bombarded the city, killing eight people": the killing is what the bombardment did — one act;
    "pressured Obama to help Iran": the help is what the pressure aims at, not an act done."""
    for cand in found.values():
        outer = found.get(cand.token.head.i)
        if outer is None or outer is cand or outer.wrapped:
            continue  # (a wrapper dropped as performative, "I want to thank", leaves its act standing)
        same_force = cand.code[:2] in attack_roots and outer.code[:2] in attack_roots
        if (same_force and is_result_participle(cand.token)) or is_unrealised_infinitive(cand.token):
            cand.wrapped = True


def meeting_host(host: str | None, place: Place | None, mentions: Iterable[Mention], party_texts: tuple[str | None, ...],
                 names_a_party: Callable[[], bool]) -> str | None:
    """The host country of a meeting, or None: a place named in the clause that is no actor's name
    ("in Brasilia") stays the meeting place; otherwise the parties' own names are no meeting place
    (`names_a_party`, "The US, Russia and Switzerland met"); an ambassador at their post is not visiting."""
    if not host:
        return None
    named_place = place is not None and place.country == host and not any(
        m.start <= place.start < m.end for m in mentions)
    if not named_place and names_a_party():
        return None
    return None if names_resident_envoy(*party_texts) else host


def english_sector(tok: Token, agent_sector: Callable[[str], str | None]) -> str | None:
    """`compound_sector`, else the sector of the word as written when its lemma is no agent noun
    ("their forces": the model lemmatises "forces" to "force", which the KB does not list)."""
    found = compound_sector(tok, agent_sector)
    return found or (None if agent_sector(tok.lemma_.lower()) else agent_sector(tok.lower_))


# possessive determiners whose owner may be a state: "their forces", "its troops"
OWNER_POSSESSIVES = {"their", "its"}
NON_STATE_SECTORS = {"REB", "OPP", "NGO", "BUS", "MED"}


def possessor_country(tok: Token, read: Callable[[Token], Any]) -> str | None:
    """The country of the owner of an agent noun with a possessive determiner, read through the
    pronoun ("Bosnian Serbs said their forces had withdrawn": the Bosnian Serbs' country, so the
    forces are BIHMIL). None for a non-state owner (a rebel group's forces are not the army's)."""
    poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in OWNER_POSSESSIVES), None)
    owner = read(poss) if poss is not None else None
    code = owner.codes[0] if owner is not None and owner.codes else ""
    if len(code) < 3 or not code[:3].isalpha() or code[3:6] in NON_STATE_SECTORS or code.startswith("IGO"):
        return None
    return code[:3]


"""Arguments the sentence leaves implicit but the article makes clear (ANNOTATION.md: an event
needs an identifiable source and target, "unnamed but clear actors take the code the context
gives"). Each rule reads only what the article already says: an earlier act, a reflexive frame in
the lexicon, the country an actor belongs to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from foedus.events.lexicon import government_acts, verb_class
from foedus.events.phrases import case_word

if TYPE_CHECKING:  # the coder imports this module
    from foedus.events.coder import Candidate

# Verbal reactions to a wrong ("dénonce la furie destructrice", "menace les auteurs de ces
# exactions"): when they name no actor they are aimed at whoever committed the last act of force.
REACTION_ROOTS = {"11", "13"}
FORCE_ROOTS = {"17", "18", "19", "20"}
WAR_ROOTS = {"19", "20"}  # fighting and mass violence: a war named without its doer is the doer's told elsewhere
PARTY_CASES = {"avec", "with", "entre", "between", "con"}
# A refusal with no stated target answers the last request made to the refuser's country.
REFUSAL_ROOTS = {"12"}
REQUEST_ROOTS = {"02", "10"}
# An appeal, demand, protest, threat of protest or calling-off of a protest by a domestic group that
# names no addressee is aimed at its own government (code prefixes).
DOMESTIC_ADDRESSED_CODES = ("02", "10", "14", "133", "082")
CRITICISM_CODES = ("111", "112", "12")  # criticise, accuse, reject
DOMESTIC_GROUPS = {"CVL", "PPL", "OPP", "LAB", "EDU", "BUS", "MED", "REL", "AGR", "HLH", "REF"}
# "demander à X de …" is an appeal (ANNOTATION.md); "des militants demandent une meilleure
# répartition des sièges", "demandaient de porter le SMIC à…" — a thing or act asked for with no
# one addressed — is a demand, and so is whatever a union asks for.
ASKING_VERBS = verb_class("asking")
ADDRESSEE_DEPS = {"iobj", "obl:arg", "obl", "dative"}
SELF_SLOT = "self:"  # lexicon target slot: the source's own country with this sector
PLACE_SLOT = "place:"  # lexicon target slot: the country of the place the act happens in, with this sector
# A release of political prisoners or journalists with no releaser named is the holding state's.
RELEASE_CODES = {"084", "0841"}
HELD_BY_THE_STATE = {"OPP", "MED"}
SECURITY_SECTORS = {"MIL", "COP", "SPY"}
ARMED_SECTORS = {"MIL", "REB", "UAF"}
ARMED_BODIES = ("IMG", "IGOWSTNAT")  # armed groups acting across borders; NATO


AGAINST_CASES = {"contre", "against"}
VICTIM_NOUNS = {"victime", "victim"}


def aimed_at_someone(tok: Token) -> bool:
    """An act named with whom it was against ("le coup d'État contre le président Alpha Condé", "la
    tentative de coup d'État dont il a été victime"): an act the text tells, not a mere time mark."""
    nodes = [tok, *(c for c in tok.children if c.dep_ == "nmod")]  # ("coup d'État | contre …")
    if tok.dep_ == "nmod" and tok.head.pos_ == "NOUN":
        nodes.append(tok.head)  # ("la tentative de coup d'État dont …")
    return any(c.dep_.startswith(("nmod", "obl")) and case_word(c) in AGAINST_CASES
               or c.dep_ == "acl:relcl" and any(t.lemma_.lower() in VICTIM_NOUNS for t in c.subtree)
               for node in nodes for c in node.children)


def bears_arms(codes: list[str]) -> bool:
    """Every actor is an armed force or group ("l'Otan", "l'armée syrienne", "les rebelles")."""
    return bool(codes) and all(c[3:6] in ARMED_SECTORS or c.startswith(ARMED_BODIES) for c in codes)

STATE_SECTORS = {"", "GOV", "MIL", "COP", "SPY"}  # a bare country code has the empty sector
# Generic assault and fighting codes that, done by an unarmed domestic group, are street violence (145).
STREET_FORCE_CODES = {"180", "182", "190"}
# Verbs announcing or calling a protest that has not happened yet (its noun is their object).
ANNOUNCING_VERBS = verb_class("announcing")
# a refusal to take part starts when it is announced; a march or strike announced is still to come
DECLARED_BY_ANNOUNCING = verb_class("declared_by_announcing")


def own_sector_targets(cand: Candidate) -> list[str]:
    """`self:MED` in the lexicon: "a aboli la censure" is aimed at the source country's media."""
    sectors = [s[len(SELF_SLOT):] for s in cand.trigger.target_slots if s.startswith(SELF_SLOT)]
    if not sectors or not cand.sources:
        return []
    return [src[:3] + sectors[0] for src in cand.sources[:1]]


def place_targets(cand: Candidate, country: str) -> list[str]:
    """`place:GOV` in the lexicon: "le ministre est attendu à Alger" → the government of Algeria."""
    sectors = [s[len(PLACE_SLOT):] for s in cand.trigger.target_slots if s.startswith(PLACE_SLOT)]
    if not sectors or any(src[:3] == country for src in cand.sources):
        return []
    return [country + sectors[0]]


def releaser_sources(cand: Candidate) -> list[str]:
    """"la libération de plusieurs journalistes" (no releaser named) → the journalists' government."""
    if cand.code not in RELEASE_CODES:
        return []
    return [t[:3] + "GOV" for t in cand.targets if t[3:6] in HELD_BY_THE_STATE][:1]


def perpetrator_target(cand: Candidate, earlier: list[Candidate]) -> list[str]:
    """The source of the last act of force reported before a reaction that names no actor (its
    object, when the parser found one, names an act: "la furie destructrice", "ces attaques")."""
    if cand.code[:2] not in REACTION_ROOTS:
        return []
    for prev in reversed(earlier):
        if prev.code[:2] in FORCE_ROOTS and prev.sources and not set(prev.sources) & set(cand.sources) \
                and not _own_state_forces(prev.sources, cand.sources):
            return prev.sources[:1]
    return []


def reported_act_doer(cand: Candidate, earlier: list[Candidate]) -> list[str]:
    """Disapproval of an act the article has already reported, named by the same noun and no doer:
    "Copé déplora un discours « truffé d'incantations »" after "Ayrault a prononcé un discours" → the
    one who made it."""
    if cand.code[:2] not in {"11", "12"}:
        return []
    objects = [c for c in cand.token.children if c.dep_ in {"obj", "dobj"} and c.pos_ == "NOUN"
               and not any(g.dep_.startswith("nmod") and g.pos_ == "PROPN" for g in c.children)]  # "de Hollande": named
    for obj in objects:
        for prev in reversed(earlier):
            if prev.token.lemma_ == obj.lemma_ and prev.sources and not set(prev.sources) & set(cand.sources):
                return prev.sources[:1]
    return []


def force_doer(cand: Candidate, others: list[Candidate]) -> list[str]:
    """A war, invasion or offensive named by a noun with its victim but no doer ("l'invasion de
    l'Ukraine", "la guerre en Ukraine") is the one the article reports elsewhere against the same
    country: its doer (the nearest such act before it, else after it)."""
    if cand.sources or not cand.targets or cand.code[:2] not in WAR_ROOTS or cand.token.pos_ != "NOUN":
        return []
    party = cand.target_token
    if party is not None and (party.head.lower_ in PARTY_CASES or any(c.dep_ == "case" and c.lower_ in PARTY_CASES for c in party.children)):
        return []  # "clashes with police": the other party of a fight, not its victim
    victims = {t[:3] for t in cand.targets}
    before = [o for o in others if o.token.i < cand.token.i][::-1]
    after = [o for o in others if o.token.i > cand.token.i]
    for prev in before + after:
        if prev.code[:2] in FORCE_ROOTS and prev.sources and {t[:3] for t in prev.targets} & victims \
                and not {s[:3] for s in prev.sources} & victims:
            return prev.sources[:1]
    return []


def _own_state_forces(acting: list[str], reacting: list[str]) -> bool:
    """"the air force said it shot down 20 missiles" before the president condemns the attack: the
    reacting side's own state (its country, government or forces) is not the perpetrator."""
    countries = {s[:3] for s in reacting}
    return all(s[:3] in countries and s[3:6] in STATE_SECTORS for s in acting)


def requester_target(cand: Candidate, earlier: list[Candidate]) -> list[str]:
    """"Les autorités chinoises ont refusé cet accès" after "X a sollicité Pékin": refused to X."""
    if cand.code[:2] not in REFUSAL_ROOTS:
        return []
    countries = {s[:3] for s in cand.sources}
    sentence = cand.token.sent
    for prev in reversed(earlier):
        if prev.token.sent.start < sentence.start and prev.token.sent.end < sentence.start - 1:
            break  # only a request in the same or the previous sentence is the one answered
        if prev.code[:2] in REQUEST_ROOTS and prev.sources and any(t[:3] in countries for t in prev.targets):
            return prev.sources[:1]
    return []


def demand_code(cand: Candidate) -> str:
    """The candidate's code, an appeal ("demander") turned demand when a union asks, or when a thing
    or an act is asked of no one."""
    tok = cand.token
    # the lexicon line's lemma: the model leaves some present-tense forms unlemmatised ("demande")
    if cand.trigger.lemma not in ASKING_VERBS or cand.code[:2] != "02":
        return cand.code
    if cand.sources and all(src[3:6] == "LAB" for src in cand.sources):
        return "100"  # what a union asks for is a demand (its "revendications"), addressed or not
    if cand.code != "020":
        return cand.code
    addressed = any(c.dep_ in ADDRESSEE_DEPS and any(g.lower_ in {"à", "au", "aux", "auprès"} for g in c.children)
                    for c in tok.children)
    asks_a_thing = any(c.dep_ in {"obj", "dobj"} and c.pos_ == "NOUN" for c in tok.children)
    # "les syndicats demandaient de porter le SMIC à 1 700 €", "demande que la loi soit retirée":
    # an act asked for with no one addressed is a demand too
    asks_an_act = any(c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                      and any(m.dep_ == "mark" and m.lower_ in {"de", "d'", "que", "qu'"} for m in c.children)
                      for c in tok.children)
    return "100" if (asks_a_thing or asks_an_act) and not addressed else cand.code


def dissent_code(cand: Candidate) -> str:
    """CAMEO's readings of protest and street violence, whatever the trigger word: a protest still to
    come (a future tense, or announced/called: "realizarán una marcha", "convocaron a un paro") is a
    threat to protest (133); force used by unarmed domestic groups ("los manifestantes atacaron a
    la policía") is a violent protest (145), the police's force against them violent repression (175)."""
    code = cand.code
    if code[:2] == "14" and _announced(cand.token):
        return "133"
    if code in STREET_FORCE_CODES and cand.sources and all(s[3:6] in DOMESTIC_GROUPS for s in cand.sources):
        return "145"
    if code in STREET_FORCE_CODES and cand.sources and cand.targets and all(
            s[3:6] == "COP" for s in cand.sources) and all(t[3:6] in DOMESTIC_GROUPS for t in cand.targets):
        return "175"  # "la policía disparó contra la multitud": violent repression
    return code


def _announced(tok: Token) -> bool:
    if tok.lemma_.lower() in DECLARED_BY_ANNOUNCING and tok.pos_ == "NOUN":
        return False  # "ont annoncé le boycott des instances": announcing a boycott declares it
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"obj", "dobj", "obl", "obl:arg", "nsubj:pass"} else tok
    if verb.lemma_.lower() in ANNOUNCING_VERBS and verb.i != tok.i:
        return True
    timed = [verb, *[c for c in verb.children if c.dep_.startswith("aux")]]
    return any("Fut" in t.morph.get("Tense") for t in timed)


def own_government_target(cand: Candidate) -> list[str]:
    """"des militants demandent une meilleure répartition des sièges" → their government (CAMEO practice);
    so is criticism or rejection of a government act by any other body of the country ("l'opposition
    dénonce un budget injuste", "les députés ont rejeté le projet de loi")."""
    if _criticises_a_government_act(cand):
        return [src[:3] + "GOV" for src in cand.sources if len(src) > 3 and src[3:6] != "GOV"][:1]
    if not cand.code.startswith(DOMESTIC_ADDRESSED_CODES):
        return []
    return [src[:3] + "GOV" for src in cand.sources if len(src) > 3 and src[3:6] in DOMESTIC_GROUPS][:1]


def _criticises_a_government_act(cand: Candidate) -> bool:
    if not cand.code.startswith(CRITICISM_CODES):
        return False
    acts = government_acts(cand.token.doc.lang_)
    objects = [c for c in cand.token.children if c.dep_ in {"obj", "dobj", "obl:arg"} and c.pos_ == "NOUN"]
    # the act refused or criticised in an infinitive: "a refusé de participer à un gouvernement"
    objects += [c for x in cand.token.children if x.dep_ == "xcomp" and x.pos_ == "VERB"
                for c in x.children if c.dep_ in {"obj", "dobj", "obl:arg", "obl", "obl:mod"} and c.pos_ == "NOUN"]
    for obj in objects:
        # one word ("budget") or a noun with its "de" complement ("projet de loi")
        names = {obj.lemma_.lower(), obj.lower_}
        names |= {f"{obj.lemma_.lower()} de {c.lemma_.lower()}" for c in obj.children if c.dep_ == "nmod"}
        if names & acts:
            return True
    return False


def domestic_government(source: str, target: str) -> tuple[str, str]:
    """A bare country acting on one of its own sectors is its government ("la Birmanie a aboli la
    censure" → MMRGOV→MMRMED), and a sector of a country acting on the bare country addresses its
    government ("des Tibétains manifestent contre l'occupation chinoise")."""
    if source[:3] != target[:3]:
        return source, target
    if len(source) == 3 and len(target) > 3 and target[3:6] != "GOV":
        return source + "GOV", target
    if len(target) == 3 and len(source) > 3 and source[3:6] != "GOV":
        return source, target + "GOV"
    return source, target


def is_internal_order(cand: Candidate) -> bool:
    """A government ordering its own forces ("Poutine a ordonné aux militaires russes de …") is a
    command inside one actor, not an event between two."""
    return (cand.code[:2] == "10" and bool(cand.sources) and bool(cand.targets)
            and all(s[3:6] == "GOV" for s in cand.sources)
            and all(t[:3] == cand.sources[0][:3] and t[3:6] in SECURITY_SECTORS for t in cand.targets))


def anti_targets(tok: Token, demonym_country, regions: dict[str, str], own_only: bool = False) -> list[str]:
    """"une manifestation anti-américaine", "ont scandé des slogans anti-américains … et des
    banderoles anti-israéliennes", "les sanctions antirusses": the countries the "anti(-)"
    adjectives of the act name (`own_only`: the trigger's own adjectives, not its complements')."""
    found: list[str] = []
    for sub in (tok.children if own_only else tok.subtree):
        word = sub.lower_
        if sub.dep_ == "amod" and word.startswith("anti") and len(word) > 6:
            rest = word[5:] if word[4] == "-" else word[4:]
            country = demonym_country(rest) or regions.get(rest)
            if country and country not in found:
                found.append(country)
    return found


def protest_abroad_target(cand: Candidate, place_country: str | None) -> list[str]:
    """Foreigners protesting in another country ("British activists staged a protest in Beijing")
    protest against that country's government, not their own: the implicit own-government target
    gives way to the place's. Empty when the act is no protest or happens at home."""
    if cand.code[:2] != "14" or not place_country or not cand.sources:
        return []
    home = {s[:3] for s in cand.sources}
    implicit = all(t[:3] in home for t in cand.targets)
    return [place_country + "GOV"] if place_country not in home and implicit else []


"""The parties a trigger's clause names when its own slots name none: the PETRARCH-style fallback of
"the one other actor in the clause" for a target, and the clause's subject for a nominal act's source.
Split from frames.py, which reads the slots themselves."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.arguments import ActorReader, Argument
from foedus.events.english_parties import own_phrase, reported_by
from foedus.events.lexicon import verb_class
from foedus.quotes.spans import marked_ranges
from foedus.events.phrases import case_word
from foedus.events.quoted_tokens import quoted_elsewhere
from foedus.language.syntax import clause_verb
from foedus.time.lexicon import is_day_word

DAY_DEPS = {"obl:mod", "obl", "obj"}  # a day word right after the verb, which the parser may make the object's head
PURPOSE_PREPS = {"in", "for"}  # English preposition phrases of purpose under the clause's verb
WITNESSING_VERBS = verb_class("witnessing")  # "condamne les frappes": who condemns did not strike
PLACE_HEADS = verb_class("place_head")


def _clause(tok: Token) -> list[Token]:
    """The trigger's clause: the subtree of its nearest verbal ancestor (itself when a verb),
    without the verbs coordinated with it ("a félicité les artistes et a reçu une cape du Liban")."""
    node = clause_verb(tok)
    conjuncts = [c for c in node.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    skip = {t.i for c in conjuncts for t in c.subtree}
    return [t for t in node.subtree if t.i not in skip]


def _clause_actors(reader: ActorReader, tok: Token, exclude: Argument, places_count: bool = False,
                   topic: bool = False, blaming: bool = False) -> list[Argument]:
    found: list[Argument] = []
    seen = set(exclude.codes)
    # blame's infinitive tells what the blamed did, to whom: "accuse Kigali de soutenir le M23"
    blamed_act = {t.i for c in tok.children if c.dep_ == "xcomp" for t in c.subtree} if blaming else set()
    # the excluded party's own phrase ("officials in Mumbai, India") names no other party
    inside = own_phrase(exclude.token) if tok.i not in {t.i for t in exclude.token.subtree} else set()
    # an act in quoted words has its parties in those words, not in the incise that reports them
    quoted = next(((lo, hi) for lo, hi in marked_ranges(tok.doc) if lo < tok.idx < hi), None)
    if quoted is not None and _subject_outside(tok, quoted):
        quoted = None  # a quoted predicate ('Guterres "strongly condemned" the outbreak'): the clause is the text's
    elsewhere = quoted_elsewhere(tok)
    for t in _clause(tok):
        if t.i == tok.i or t.i in inside or t.i in blamed_act or reported_by(t) or t.pos_ not in {"PROPN", "NOUN"} \
                or t.i in elsewhere or (quoted and not quoted[0] < t.idx < quoted[1]):
            continue
        m = reader.mention_for(t)
        if m is None or m.head not in (None, t.i) or not (m.code or m.members):
            continue
        arg = reader.read(t)
        if arg is None or arg.is_place or set(arg.codes) & seen or (not places_count and _in_locative(t, tok)) \
                or places_count and _beside(t, tok) or topic and _in_other_act(t, tok):
            continue
        seen.update(arg.codes)
        found.append(arg)
    return found


def _subject_outside(tok: Token, quoted: tuple[int, int]) -> bool:
    """The trigger's clause has its subject outside the marks around the trigger."""
    subject = next((c for c in clause_verb(tok).children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}), None)
    return subject is not None and not quoted[0] < subject.idx < quoted[1]


LOCATIVE_CASES = {"dans", "près", "en", "in", "near"}


BORDER_HEADS = verb_class("border_head")


def _beside(tok: Token, trigger: Token) -> bool:
    """The name is the far side of a border phrase: "une attaque … près de la frontière du Mali"
    happened beside Mali, not in it — force there hits no Malian."""
    for node in tok.ancestors:
        if node.i == trigger.i:
            return False
        if node.lemma_.lower() in BORDER_HEADS:
            return True
    return False


def _in_other_act(tok: Token, trigger: Token) -> bool:
    """The name is a party of another act named between it and the trigger: "pour discuter de
    l'attaque iranienne contre Israël" — Israel is the attack's target, not who was talked with."""
    from foedus.events.matching import match_trigger  # (matching imports frames, which imports this module)

    for node in tok.ancestors:
        if node.i == trigger.i:
            return False
        if node.pos_ == "NOUN" and match_trigger(node, node.doc.lang_ or "fr") is not None:
            return True
    return False


def _in_locative(tok: Token, trigger: Token) -> bool:
    """The name stands in a place phrase of the clause: "se réunissaient dans la campagne de la
    province d'Alep (nord de la Syrie)" — Syria is where, not with whom."""
    for node in (tok, *tok.ancestors):
        if node.i == trigger.i:
            return False
        place = node.lemma_.lower() in PLACE_HEADS or node.ent_type_ in {"LOC", "GPE"}
        if place and node.dep_.startswith(("obl", "nmod")) and case_word(node) in LOCATIVE_CASES:
            return True
        if place and node.dep_ == "pobj" and node.head.lower_ in LOCATIVE_CASES:  # English: the preposition heads
            return True
    return False


def clause_target(reader: ActorReader, tok: Token, source: Argument, places_count: bool = False,
                  topic: bool = False, blaming: bool = False) -> Argument | None:
    """PETRARCH-style fallback: the one other actor named in the trigger's clause (`places_count`: a
    country named in a place phrase counts too — force used somewhere hits that country; `topic`:
    the trigger talks about acts, whose parties are not its own; `blaming`: the act blamed in an
    infinitive names no party of the blame)."""
    others = _clause_actors(reader, tok, source, places_count, topic, blaming)
    return others[0] if len(others) == 1 else None


def clause_source(reader: ActorReader, tok: Token, target: Argument) -> Argument | None:
    """For a nominal trigger with a target ("les frappes contre Daesh"), the clause's subject — when
    the noun is the verb's own complement ("ont décrété des sanctions contre"), not a noun deeper in
    a report ("constate une recrudescence … des attaques contre la police")."""
    node = tok
    if tok.dep_.startswith("nmod") and any(c.dep_ == "nummod" for c in tok.head.children):
        node = tok.head  # "a achevé deux jours de négociations avec": the counted noun is the complement
    if node.dep_.startswith("nmod") and node.head.dep_ in DAY_DEPS and is_day_word(node.head.text, node.lang_ or "fr"):
        node = node.head  # "ont lancé mercredi deux attaques contre": the parser hung the object on the day
    elif node.dep_ not in {"obj", "dobj", "obl:arg", "pobj"}:
        return None  # "quelques jours après la prise de l'ambassade, les Etats-Unis ont …": an adjunct
    node = node.head
    if node.dep_ == "prep" and node.lower_ in PURPOSE_PREPS:
        node = node.head  # "staged a hunger strike in protest against X": the verb's subject protests
    if node.pos_ not in {"VERB", "AUX"} or node.i == tok.i or node.lemma_.lower() in WITNESSING_VERBS:
        return None  # "condamne les frappes contre les civils": who condemns did not strike
    for child in node.children:
        if child.dep_ in {"nsubj", "nsubjpass", "nsubj:pass"}:
            arg = reader.read(child)
            if arg is not None and not set(arg.codes) & set(target.codes):
                return arg
    return None


def occasion_parties(reader: ActorReader, tok: Token) -> Argument | None:
    """"Lors d'un entretien téléphonique jeudi, X et Y ont évoqué …": a meeting named in the adjunct
    that opens the sentence, with no party of its own, is between the people the rest of the
    sentence names — two or more, of different countries (the parse of such sentences often loses
    the main clause's subject)."""
    doc, sent = tok.doc, tok.sent
    if tok.pos_ != "NOUN" or tok.left_edge.i > sent.start + 2:
        return None
    comma = next((t.i for t in doc[tok.i:sent.end] if t.text == ","), None)
    if comma is None:
        return None
    from foedus.actors.kb import load_kb

    actors = load_kb().actors
    people: dict[str, Token] = {}
    for t in doc[comma + 1:sent.end]:
        m = reader.mention_for(t)
        actor = actors.get(m.actor_id) if m is not None and m.actor_id else None
        if m is None or not m.code or (actor is None or actor.kind != "person") and m.rule != "ner-person":
            continue
        people.setdefault(m.code, t)
    if len({code[:3] for code in people}) < 2:
        return None
    first = next(iter(people.values()))
    return Argument(codes=list(people), text=" / ".join(people), actor_ids=[], token=first)

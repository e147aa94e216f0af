"""Argument slots of a trigger in the dependency parse: which children fill `nsubj`, `obj`,
`obl:à`… (UD labels for French and Spanish, ClearNLP-style labels for English), passives and their
agents, and the subject a verb shares with its governor."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.english import english_words
from foedus.events.lexicon import unaccusative_verbs, verb_class
from foedus.events.phrases import case_word as _case_of
from foedus.language.syntax import auxiliary_subject, bare_fronted_name, fronted_adverbial_subject, name_after_title, stranded_subject
from foedus.time.lexicon import is_time_word

POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "their", "its"}
PASSIVE_AUXILIARIES = {"ser"}  # never "être": it also forms the perfect of motion verbs ("est arrivé")
AGENT_CASES = {"par", "por"}
REFLEXIVE_DEPS = {"expl:pass", "expl:comp", "expl"}
PURPOSE_MARKS = {"para"}  # Spanish "para" + infinitive: a purpose clause
CONTINUING_ACTS = verb_class("continues_act")  # "les frappes ont repris sur Alep": data/verb_classes.tsv


CASE_ALIASES = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de"}
# Prepositional locutions the model parses as a noun with a "de" complement, and the preposition they
# stand for: "des sanctions à l'encontre de la Russie" = contre la Russie; "à l'égard de" = envers.
LOCUTION_NOUNS = {"encontre": "contre", "égard": "envers"}


def _prep_object(child: Token) -> Token | None:
    """English-style parses hang the noun under its preposition (prep → pobj)."""
    for g in child.children:
        if g.dep_ in {"pobj", "pcomp"}:
            return g
    return None


def slot_tokens(head: Token, slot: str) -> list[Token]:
    """Children of `head` that fill a slot: `nsubj`, `obj`, `iobj`, `obl:à`, `nmod:entre`, `amod`, `poss`.

    Works on UD labels (French: `obl` with a `case` child) and on ClearNLP-style labels
    (English: `prep` with a `pobj` child, `dobj`, `nsubjpass`)."""
    kind, _, prep = slot.partition(":")
    out: list[Token] = []
    for child in head.children:
        dep = child.dep_
        if kind == "nsubj" and dep in {"nsubj", "nsubj:pass", "nsubjpass"} and child.pos_ != "SCONJ":
            out.append(child)
        elif kind == "obj" and dep in {"obj", "dobj"}:
            out.append(child)
        elif kind == "iobj" and dep in {"iobj", "dative"}:
            pobj = _prep_object(child) if child.pos_ == "ADP" else None
            out.append(pobj or child)
        elif kind in {"obl", "nmod"} and prep:
            if dep == "prep" and CASE_ALIASES.get(child.lower_, child.lower_) == prep:
                pobj = _prep_object(child)
                if pobj is not None:
                    out.append(pobj)
            elif dep.split(":")[0] in {"obl", "nmod"}:
                case = CASE_ALIASES.get(_case_of(child), _case_of(child))
                if case == prep:
                    out.append(child)
                elif LOCUTION_NOUNS.get(child.lemma_.lower()) == prep and case == "à":
                    out += [g for g in child.children if g.dep_.split(":")[0] in {"obl", "nmod"}
                            and CASE_ALIASES.get(_case_of(g), _case_of(g)) == "de"][:1]
            elif child.pos_ == "ADV" and child.lower_ == prep:
                # "a protesté auprès de Washington": the model makes "auprès" an adverb heading the noun
                out += [g for g in child.children if g.dep_.split(":")[0] in {"obl", "nmod"}][:1]
        elif kind == "amod" and dep in {"amod", "compound"}:
            out.append(child)
        elif kind == "poss" and (dep == "poss" or (dep in {"det", "nmod:poss"} and child.lower_ in POSSESSIVES)):
            owner = _owning_subject(head) if child.lower_ in POSSESSIVES else None  # ("Japan's decision": named)
            out += [owner, child] if owner is not None else [child]  # (the possessive itself when the subject codes nobody)
    if not out and kind in {"obl", "nmod"} and prep and head.pos_ == "NOUN" and head.dep_ in {"nsubj", "nsubj:pass"} \
            and head.head.lemma_.lower() in CONTINUING_ACTS:
        # "les bombardements de l'Otan se sont poursuivis sur Tripoli": the act going on takes the
        # verb's phrase as its own
        out = [t for t in slot_tokens(head.head, f"obl:{prep}") if t.i != head.i]
    if kind == "nsubj" and head.lang_ == "fr" and len(out) > 1 and name_after_title(out[0], out[1]):
        # "Le ministre des Affaires étrangères, Didier Reynders a rencontré": the parser cuts the title
        # from the name it introduces and gives the verb two subjects; the name is the actor
        out[0], out[1] = out[1], out[0]
    return out


def _owning_subject(noun: Token) -> Token | None:
    """"La Suisse réitère sa solidarité avec l'Ukraine": a possessive on the object of a verb is
    its subject's (a named subject: a pronoun one is read as the possessive would be)."""
    if noun.dep_ not in {"obj", "dobj"} or noun.head.pos_ not in {"VERB", "AUX"}:
        return None
    subject = next((c for c in noun.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else None


def _active_by(head: Token) -> bool:
    """English "by" labelled agent on a verb with an active subject and no passive auxiliary is a
    measure or means ("shortened by one hour the curfew", "cut by half"), not a passive agent."""
    deps = {c.dep_ for c in head.children}
    return "nsubj" in deps and not deps & {"auxpass", "aux:pass", "nsubjpass", "nsubj:pass"}


def passive_agent(head: Token) -> Token | None:
    for child in head.children:
        if child.dep_ == "agent":  # English: agent → by → pobj
            if _active_by(head):
                continue
            return _prep_object(child) or child
        if child.dep_ == "obl:agent":
            return child
        if (child.dep_.startswith("obl") or child.dep_ == "obj") and _case_of(child) in AGENT_CASES:
            return child  # the Spanish model labels "por la policía" obj
    return None


def is_passive(head: Token) -> bool:
    """A true passive (être + participle, or an agent); "se sont rassemblées" (expl:pass) is a
    pronominal verb whose subject acts, though the parser labels it nsubj:pass."""
    deps = {c.dep_ for c in head.children}
    if deps & REFLEXIVE_DEPS and not deps & {"obl:agent", "agent"}:
        return False  # "se sont rassemblées" parsed with aux:pass: the reflexive subject acts
    if deps & {"obl:agent", "agent"} and not ("agent" in deps and _active_by(head)):
        return True
    if deps & {"aux:pass", "auxpass"}:
        # "est arrivé" parsed aux:pass: a verb whose perfect takes "être" is not passive
        return head.lemma_.lower() not in unaccusative_verbs()
    # the Spanish model labels the passive auxiliary plain aux: "fueron dispersados por la policía"
    return "Part" in head.morph.get("VerbForm") and any(
        c.dep_ == "aux" and c.lemma_.lower() in PASSIVE_AUXILIARIES for c in head.children)


def _subject_of(node: Token) -> Token | None:
    return next((c for c in node.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}), None)


def inherited_subject(head: Token) -> Token | None:
    """The subject an infinitive or coordinated verb shares with its governor."""
    node, via_acl = head, False
    for _ in range(4):
        # ("has ramped up its attempt to dislodge X, imposing sanctions": through the noun the
        # infinitive qualifies to the verb that governs it)
        # (only for a participle adjunct: "pressure to help Iran" does not make the subject help)
        carried = via_acl and head.dep_ == "advcl" and node.pos_ == "NOUN" and node.dep_ in {"dobj", "obj"}
        if (node.dep_ not in {"xcomp", "conj", "advcl", "acl", "acomp"} and not carried) or node.head.i == node.i:
            return None
        via_acl = node.dep_ == "acl"
        # "continuarán su movimiento para exigir …": the Spanish model hangs a purpose clause on the
        # object noun; its doer is the subject of the verb that governs that noun
        purpose_on_noun = node.dep_ == "acl" and node.head.dep_ in {"obj", "obl"} and any(
            c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in node.children)
        node = node.head
        subj = _subject_of(node)  # "X is scheduled to attend"
        if subj is None and purpose_on_noun and node.head.i != node.i:
            node = node.head
            subj = _subject_of(node)
        if subj is not None:
            return subj
    return None


def message_writer(noun: Token) -> Token | None:
    """English "X wrote him a letter thanking …", "X issued a statement condemning …": the subject of
    the verb whose object is the message noun (english_words.tsv `message`)."""
    if noun.lemma_.lower() not in english_words("message") or noun.dep_ not in {"dobj", "obj"}:
        return None
    verb = noun.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ in {"VERB", "AUX"} else None


def accused_subject(head: Token) -> Token | None:
    """English "X is accused of beating Y", "X was charged with attacking Y": the gerund's doer is
    the subject of the agentless passive that governs it (an agent or an active accuser would make
    the act an allegation instead)."""
    prep = head.head
    if head.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    governor = prep.head
    if not any(c.dep_ == "auxpass" for c in governor.children) or any(c.dep_ == "agent" for c in governor.children):
        return None
    return next((c for c in governor.children if c.dep_ == "nsubjpass"), None)


def verb_subject(head: Token) -> Token | None:
    """A verb's subject when the slot is empty: shared with its governor, or stranded on the
    auxiliary by a parser slip ("X, impuissant, a de son côté dénoncé …")."""
    found = (inherited_subject(head) or accused_subject(head)
             or (auxiliary_subject(head) if head.pos_ in {"VERB", "AUX"} else None))
    if found is None and head.pos_ == "VERB":
        # "Paris demande à Moscou…" parsed as two roots; "De leur côté, Paris et Bonn ont…" as conjuncts
        found = stranded_subject(head) or fronted_adverbial_subject(head) or bare_fronted_name(head)
    if found is None and head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in {"VERB", "AUX"}:
        found = verb_subject(head.head)  # "a dénoncé … et a menacé …" after a stranded subject
    if found is None and head.dep_ == "acl" and head.tag_ == "VBD" and head.head.dep_ == "ROOT" and head.head.pos_ in {"NOUN", "PROPN"}:
        found = head.head  # "The U.N. special envoy for Myanmar called Friday for …" parsed as a verbless noun phrase
    if found is None and head.dep_ == "acl" and "Pres" in head.morph.get("Tense") and head.head.pos_ in {"NOUN", "PROPN"}:
        found = head.head  # "with Congo's president accusing Rwanda": the noun the present participle qualifies
        found = message_writer(found) or found  # "X wrote a letter thanking Y": the letter's writer
    return found


ATTRIBUTION_CASES = {"selon", "d'après", "d’après", "according", "según"}


def in_attribution(tok: Token) -> bool:
    """The token stands in an attribution phrase ("selon les déclarations faites aux médias russes")."""
    return any(c.dep_ == "case" and c.lower_ in ATTRIBUTION_CASES for node in (tok, *tok.ancestors) for c in node.children)


def stolen_object(noun: Token) -> bool:
    """"a annoncé lundi de nouvelles sanctions": the parser made the day the verb's object and the
    real object, behind its partitive "de", an argument — the noun is the verb's object."""
    return noun.dep_ in {"obl:arg", "obl"} and _case_of(noun) in {"de", "d'", "d’"} and noun.head.pos_ in {"VERB", "AUX"} \
        and any(c.dep_ == "obj" and is_time_word(c.text, noun.doc.lang_ or "fr") for c in noun.head.children)


def demonym_filler(tok: Token, slots: tuple[str, ...], demonym_country) -> str | None:
    """"des sanctions contre des entités russes": a target slot holding a common noun no actor codes,
    qualified by a demonym — that country (`demonym_country`: lower-case adjective → code or None)."""
    for slot in slots:
        for filler in slot_tokens(tok, slot):
            country = next((c for a in filler.children if a.dep_ == "amod" and (c := demonym_country(a.lower_))), None)
            if filler.pos_ == "NOUN" and country:
                return country
    return None

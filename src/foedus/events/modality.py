"""Negation, hypotheticals, questions, and the intent/appeal frames that wrap another act."""

from __future__ import annotations

from spacy.tokens import Token

NEGATORS = {"pas", "jamais", "aucun", "aucune", "guère", "nullement", "not", "never", "n't", "no"}
# Verbs that call off or rule out the act in their object ("a annulé une rencontre", "a exclu toute
# attaque"): the act did not happen.
CANCELLING_VERBS = {"annuler", "reporter", "ajourner", "exclure", "écarter", "cancel", "postpone", "rule",
                    "cancelar", "aplazar", "descartar"}
# Verbs whose infinitive complement did not happen ("failed to reach an agreement").
FAILING_VERBS = {"fail", "échouer", "fracasar"}
# Prepositional locutions built on a trigger noun that name no act ("en échange des otages" = in
# return for): (preposition, noun lemma).
LOCUTIONS = {("en", "échange"), ("in", "exchange"), ("a", "cambio")}
# Roots whose trigger takes another act as its complement: the inner act is not coded on its own.
WRAPPING_ROOTS = {"02", "03", "10", "12", "13"}  # 12: "refused to deploy troops" is no deployment
# The code an inner act gives its wrapping intent/appeal/demand, by the inner act's root.
INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "01": "030",
                  # CAMEO has no intent to coerce or attack: a stated intent to use force is a threat
                  "17": "137", "18": "1383", "19": "138", "20": "138"}
APPEAL_BY_ROOT = {"04": "026", "05": "022", "06": "021", "07": "023", "08": "025"}
# A stated future act is an intent (ANNOTATION.md: "an intent is coded as an intent"): cooperation
# → the 03 family (INTENT_BY_ROOT), protest and force → the matching threat (CAMEO 133, 131, 137, 138).
THREAT_BY_ROOT = {"14": "133", "16": "131", "17": "137", "18": "138", "19": "138", "20": "138"}
# Auxiliaries of the future ("Portugal will support Turkey"), and of the future in the past, which
# is no hypothetical under a reporting verb ("Iraq said it would allow the return of inspectors").
FUTURE_AUXILIARIES = {"will", "shall", "'ll", "wo"}
REPORTED_FUTURE_AUXILIARIES = {"would"}


def is_negated(tok: Token) -> bool:
    """A negator on the trigger or on its auxiliary/governing verb ("n'a pas rencontré"), a
    nominal act called off by its governing verb ("a annulé une rencontre"), or an act its
    governing verb says failed ("failed to reach agreement")."""
    if tok.pos_ == "NOUN" and _called_off(tok):
        return True
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"obj", "dobj"} else tok
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FAILING_VERBS:
        return True
    cases = [c.lower_ for c in tok.children if c.dep_ in {"case", "prep"}]
    if tok.pos_ == "NOUN" and any((case, tok.lemma_.lower()) in LOCUTIONS for case in cases):
        return True
    heads = [tok]
    if tok.dep_ in {"xcomp", "obj", "ccomp"} and tok.head.i != tok.i:
        heads.append(tok.head)
    for h in heads:
        for child in h.children:
            if child.lower_ in NEGATORS and child.dep_ in {"advmod", "neg", "det"}:
                return True
    return False


def _called_off(tok: Token) -> bool:
    """The noun, or the noun phrase it sits in ("toute participation à une attaque"), is the object
    of a verb that cancels or rules it out."""
    node = tok
    for _ in range(3):
        if node.dep_ in {"obj", "dobj"}:
            return node.head.lemma_.lower() in CANCELLING_VERBS
        if not node.dep_.startswith("nmod") or node.head.i == node.i:
            return False
        node = node.head
    return False


def is_hypothetical(tok: Token) -> bool:
    """Conditional mood on the trigger, its auxiliary or a governing modal ("pourrait frapper")."""
    candidates = [tok, *[c for c in tok.children if c.dep_.startswith("aux")]]
    if tok.head.i != tok.i and tok.head.lemma_ in {"pouvoir", "devoir", "could", "might", "may"}:
        candidates.append(tok.head)
    for c in tok.children:
        if c.dep_.startswith("aux") and c.lemma_ in {"pouvoir", "could", "might", "may", "would"}:
            return True
    conditional = [french_conditional(c) if c.lang_ == "fr" else "Cnd" in c.morph.get("Mood") for c in candidates]
    return any(conditional) or in_condition(tok)


CONDITION_MARKS = {"si", "s'", "s’", "if", "unless"}
CONCESSIVE_BEFORE = {"même", "comme", "even", "as"}  # "même si", "comme si", "even if", "as if"


def in_condition(tok: Token) -> bool:
    """The act is the condition of an "if" clause ("Si le Hamas continue ses tirs de roquettes, …",
    "if the army attacks"): the trigger's clause, or the clause of the verb a nominal trigger fills,
    opens with "si"/"if" — not "même si" / "even if", which grant the act."""
    clause = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"obj", "dobj", "nsubj"} else tok
    for mark in clause.children:
        if mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKS:
            before = tok.doc[mark.i - 1].lower_ if mark.i > 0 else ""
            return before not in CONCESSIVE_BEFORE
    return False


def _auxiliaries(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ == "aux"}


def is_reported_future(tok: Token, reporting_lemmas: frozenset[str] | set[str]) -> bool:
    """"said it would allow", "a assuré qu'il soutiendrait": a 'would' clause, or a French conditional
    (the future in the past), complementing a reporting verb reports a future act."""
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in reporting_lemmas:
        return False
    return bool(_auxiliaries(tok) & REPORTED_FUTURE_AUXILIARIES) or (tok.lang_ == "fr" and french_conditional(tok))


def french_conditional(tok: Token) -> bool:
    """"soutiendrait", "déclarerait", "rendrait" — the model tags them imperfect and "durait" conditional. A conditional is
    the future stem plus "ait": the infinitive ("déclarer-ait"), the infinitive without its "e"
    ("rendr-ait"), or an irregular stem the infinitive does not start with ("soutiendr-", "ser-");
    an imperfect's stem is a start of its infinitive ("déclar-ait", "offr-ait", "dur-ait")."""
    form, lemma = tok.lower_, tok.lemma_.lower()
    ending = next((e for e in ("raient", "rait") if form.endswith(e)), None)
    if ending is None or len(form) <= len(ending) + 1:  # (the model's mood tag is unreliable on "-rait")
        return "Cnd" in tok.morph.get("Mood")
    stem = form[:len(form) - len(ending) + 1]  # "soutiendr", "déclarer", "rendr"
    return stem in {lemma, lemma[:-1]} or not lemma.startswith(stem)


def is_future(tok: Token, reporting_lemmas: frozenset[str] | set[str]) -> bool:
    if tok.lang_ == "en" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ in {"VERB", "AUX"}:
        tok = tok.head  # "it would tighten the blockade": the governing verb's tense is the nominal act's
    return bool(_auxiliaries(tok) & FUTURE_AUXILIARIES) or is_reported_future(tok, reporting_lemmas) \
        or is_inflected_future(tok)


# "aller"/"ir" + infinitive in the present or imperfect is the near future ("va rencontrer",
# "allait signer", "va a firmar"); in a perfect ("est allé rencontrer") it is a journey.
NEAR_FUTURE_VERBS = {"aller", "ir"}


def is_inflected_future(tok: Token) -> bool:
    """A French or Spanish verb in the future tense ("rencontrera", "atacará") or in the near future
    built with "aller"/"ir"."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    if "Fut" in tok.morph.get("Tense"):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.lemma_.lower() in NEAR_FUTURE_VERBS and bool(
        set(head.morph.get("Tense")) & {"Pres", "Imp"}) and "Fin" in head.morph.get("VerbForm")


# "Russia said that Sudan must return the helicopter": a reported obligation is a demand of the
# reporter on the clause's subject (CAMEO 10), and the demanded act is not done.
OBLIGATION_AUXILIARIES = {"must"}


def is_reported_obligation(tok: Token, reporting_lemmas: frozenset[str] | set[str]) -> bool:
    return (tok.dep_ == "ccomp" and bool(_auxiliaries(tok) & OBLIGATION_AUXILIARIES)
            and tok.head.lemma_.lower() in reporting_lemmas)


def future_code(code: str) -> str:
    """The intent or threat a future act states; the act's own code when CAMEO has none for it."""
    root = code[:2]
    if root == "01":
        return code  # "will express condolences": the statement itself
    return INTENT_BY_ROOT.get(root) or THREAT_BY_ROOT.get(root) or code


def is_intended(tok: Token, verbs: frozenset[str]) -> bool:
    """The act is the infinitive of a verb of intent ("veut bombarder Israël"), or the object of
    that infinitive ("entendent poursuivre leurs attaques"): intended, not done."""
    node = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"obj", "dobj"} else tok
    return node.dep_ == "xcomp" and node.head.i != node.i and node.head.lemma_.lower() in verbs


def is_question(tok: Token) -> bool:
    sent = tok.sent
    return sent.text.rstrip().endswith("?")


def wrapped_code(outer_code: str, inner_code: str, direct: bool = True) -> str:
    """The code of an intent/appeal whose complement is another act ("prête à coopérer"); `direct`:
    the inner act is the complement's own verb, not a noun under another verb ("agreed to lift embargoes")."""
    root = outer_code[:2]
    inner_root = inner_code[:2]
    if root == "03":
        # "wants to attack Switzerland": an intent to use force or to sanction is a threat (13x)
        by_root = INTENT_BY_ROOT.get(inner_root) or (THREAT_BY_ROOT.get(inner_root) if direct else None)
        return by_root or outer_code if outer_code == "030" else outer_code
    if root == "02":
        return APPEAL_BY_ROOT.get(inner_root, outer_code) if outer_code == "020" else outer_code
    return outer_code


# verbs that also name ("l'avait appelé la « châtelaine »", "called him a liar"): with two objects
# they give a name, not an appeal
NAMING_VERBS = {"appeler", "call", "llamar"}


def is_naming(tok: Token) -> bool:
    """"X a appelé Y « la bourgeoise »": a verb of calling with two direct objects names Y."""
    if tok.lemma_.lower() not in NAMING_VERBS:
        return False
    # an infinitive after "à" / "to" is what the appeal asks for ("a appelé ses partisans à frapper …")
    objects = [c for c in tok.children if c.dep_ in {"obj", "dobj", "oprd", "xcomp"}
               and not any(m.dep_ in {"mark", "aux"} and m.lower_ in {"à", "a", "de", "d'", "to"} for m in c.children)]
    return len(objects) >= 2


STANDING_ROOTS = {"05"}  # endorse, support: "des rebelles appuyés par l'Occident" describes who backs whom


def is_standing_relation(tok: Token, code: str) -> bool:
    """A past participle of support qualifying a noun ("des rebelles syriens appuyés par l'Occident",
    "rebels backed by the West") describes a standing alliance, not an act the article reports."""
    return code[:2] in STANDING_ROOTS and tok.dep_ in {"acl", "amod"} and tok.head.pos_ in {"NOUN", "PROPN"} \
        and "Part" in tok.morph.get("VerbForm") and tok.tag_ != "VBG"

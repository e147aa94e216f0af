"""A nominal trigger that is the object of a coded verb: the same act ("a signé un accord"), folded
into the verb's event — unless the verb criticises an act of force ("a condamné l'assassinat de X"),
which is aimed at the act's doer while the act stays an event of its own (`condemned_force_act`,
read by frames.py when it looks for the criticism's target)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from foedus.events.lexicon import Trigger
from foedus.events.street import protesters_hit

if TYPE_CHECKING:
    from foedus.events.coder import Candidate

ATTACK_ROOTS = {"18", "19", "20"}
CRITICISM_ROOTS = {"11", "12"}


def fold_object_acts(found: dict[int, "Candidate"]) -> None:
    """A nominal trigger that is the object of a coded verb ("a signé un accord", "ratified an
    agreement") is the same act: the verb's event stands for both."""
    for cand in found.values():
        tok = cand.token
        if tok.pos_ != "NOUN" or tok.head.i not in found or tok.head.i == tok.i:
            continue
        verb = found[tok.head.i]
        if verb.code[:2] in CRITICISM_ROOTS and cand.code[:2] in ATTACK_ROOTS and tok.dep_ in {"obj", "dobj"}:
            # "a condamné l'assassinat de X": the criticism is aimed at who used force (none named: no
            # target); the act stays an event of its own
            verb.targets = verb.targets or cand.sources
            cand.targets = [t for t in cand.targets if t not in verb.sources]  # who condemns was not hit
            continue
        same_act = tok.dep_ in {"obj", "dobj"} or (tok.dep_.startswith("obl") and verb.code[:2] == cand.code[:2])
        if same_act:
            # "se sont rassemblées … pour une manifestation anti-américaine": one protest
            if not verb.wrapped:
                verb.targets = verb.targets or protesters_hit(verb, cand) or cand.targets
                cand.wrapped = True


def condemned_force_act(tok: Token, trig: Trigger) -> Token | None:
    """The act of force a criticism or rejection is aimed at ("a condamné l'assassinat de X"), when its
    object names one: then only that act's doer can be the target."""
    if trig.code[:2] not in CRITICISM_ROOTS:
        return None
    act = next((c for c in tok.children if c.dep_ in {"obj", "dobj"} and c.pos_ == "NOUN"), None)
    found = condemned_act_trigger(act) if act is not None else None
    return act if found is not None and found.code[:2] in ATTACK_ROOTS else None


def condemned_act_trigger(act: Token) -> Trigger | None:
    from foedus.events.matching import match_trigger  # (matching imports frames, which imports this module)

    return match_trigger(act, act.doc.lang_)

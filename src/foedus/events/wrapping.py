"""An act in the complement of an intent, appeal, demand, refusal or threat is folded into it
("est prête à coopérer" is one intent to cooperate, not a cooperation): the wrapping act takes the
code the complement gives it (modality.wrapped_code), and the complement is no event of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from foedus.events.english import is_performative, wanted_of_another
from foedus.events.frames import reciprocal
from foedus.events.implicit import STATE_SECTORS
from foedus.events.lexicon import verb_class
from foedus.events.modality import WRAPPING_ROOTS, wrapped_code
from foedus.events.phrases import OCCASION_WORDS
from foedus.language.syntax import present_participle

if TYPE_CHECKING:  # the coder imports this module
    from foedus.events.coder import Candidate

CIRCUMSTANCE_MARKS = verb_class("circumstance_mark")
ORDERING = verb_class("ordering")
AGREE_CODES = {"030", "019"}  # the lexicon's "agree to" ("accepter de …", "sont convenus de …") and "agree with"
MADE_BY_AGREEING = {"0871"}  # acts that exist once the parties accept them: a truce, a ceasefire
RELATIVE_DEPS = {"acl:relcl", "relcl"}
ANSWERED_CASES = {"à", "au", "aux", "to"}


def fold_wrapped_acts(found: dict[int, Candidate]) -> None:
    """An act in the complement of an intent/appeal/demand/threat is folded into it."""
    for cand in found.values():
        node = cand.token
        if {cand.token.doc[cand.token.left_edge.i].lower_, cand.token.head.lower_} & OCCASION_WORDS:
            continue  # "a assuré qu'il soutiendrait …, lors d'une conversation": the occasion, not the act intended
        for _ in range(3):
            if node.head.i == node.i or _adjunct_clause(node) or _asserted_apart(node):
                break  # "…, menaçant le régime de sanctions": said of the main subject, outside the appeal
            node = node.head
            outer = found.get(node.i)
            if outer is not None and outer.code[:2] in WRAPPING_ROOTS and outer is not cand and is_performative(
                    outer.token, cand.token):
                outer.wrapped = True  # "I want to thank X": the thanks are given, no intent is stated
                break
            if outer is not None and outer is not cand and _ordered_act(outer.token, cand.token) and not all(
                    t[:3] in {s[:3] for s in outer.sources} and t[3:6] in STATE_SECTORS for t in cand.targets):
                # "a ordonné l'expulsion de l'ambassadeur": an order given to no one named is the act done
                # (not on the orderer's own state: "en ordonnant le retrait de 2 000 soldats" is an order to its own)
                cand.sources = outer.sources or cand.sources
                outer.wrapped = True
                break
            if outer is not None and outer is not cand and outer.trigger.code in AGREE_CODES and cand.trigger.code in MADE_BY_AGREEING:
                # "ont accepté (de mettre en œuvre) un cessez-le-feu": a truce exists once accepted — the act, not an intent
                cand.sources = cand.sources or outer.sources
                outer.wrapped = True
                continue  # (an appeal above may still ask for it: "call upon the parties to agree to a ceasefire")
            if outer is not None and outer.code[:2] in WRAPPING_ROOTS and outer is not cand:
                direct = cand.token.head.i == outer.token.i and cand.token.pos_ in {"VERB", "AUX"}
                appeal = outer.code == "030" and wanted_of_another(outer.token, cand.token)  # "wants Putin to attack"
                outer.code = wrapped_code("020" if appeal else outer.code, cand.code, direct)
                if not outer.targets:
                    outer.targets, outer.target_token = cand.targets, cand.target_token
                # "Putin and Zelenskyy agreed to receive the mission": each agrees to an act aimed at
                # another, not with the other (a mutual act stays mutual: "agreed to meet")
                outer.one_way = outer.one_way or not (cand.trigger.symmetric or reciprocal(cand.token))
                outer.target_text = outer.target_text or cand.target_text
                outer.modality = "intent" if outer.code[:2] == "03" else "appeal" if outer.code[:2] == "02" else outer.modality
                cand.wrapped = True
                break


def _asserted_apart(node: Token) -> bool:
    """A relative clause asserts on its own ("l'attaque, qu'il a condamnée"), and a noun's "à"
    complement is what it answers, not its content ("a promis une réponse à l'attaque")."""
    if node.dep_ in RELATIVE_DEPS:
        return True
    return node.pos_ == "NOUN" and node.head.pos_ == "NOUN" and any(
        c.dep_ in {"case", "prep"} and c.lower_ in ANSWERED_CASES for c in node.children)


def _adjunct_clause(tok: Token) -> bool:
    """A present participle set off as an adjunct ("…, menaçant le régime de sanctions"), or a clause
    of time or cause ("Après que l'Algérie a abattu un drone, le Mali a rejeté …"): what it says is
    not what the verb above intends or refuses."""
    return tok.dep_ == "advcl" and (present_participle(tok) or any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in tok.children))


def _ordered_act(order: Token, act: Token) -> bool:
    """The act is the direct object noun of a verb of ordering that names no one ordered ("le Niger a
    ordonné l'expulsion de l'ambassadeur", "ordered strikes on"): the orderer does it through its own
    agents. An order to someone ("a ordonné à l'armée de …") stays a demand (ANNOTATION.md)."""
    return order.lemma_.lower() in ORDERING and act.head.i == order.i and act.dep_ in {"obj", "dobj"} \
        and act.pos_ == "NOUN" and not any(c.dep_ in {"iobj", "dative"} or c.dep_.startswith("obl") and any(
            g.dep_ == "case" and g.lower_ in ANSWERED_CASES for g in c.children) for c in order.children)

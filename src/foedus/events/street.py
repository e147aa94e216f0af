"""Street protest readings applied after the arguments are read (see coder._implicit_targets):

- a clash between state forces and an unarmed domestic group ("los huelguistas se enfrentaron a la
  policía", "enfrentamientos entre policías y jóvenes") is one act, the group's violent protest (145)
  against the forces, not two mirrored fights: UniversalPetrarch's Spanish gold and CAMEO's 145
  ("protest violently, riot ... clash with police") code it once, from the protesters' side;
- "desfilaron por el centro para protestar contra X", "iniciaron una huelga para protestar": the
  purpose clause names the aim of the protest act it depends on, not a second protest; the outer act
  takes its target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus.events.implicit import ARMED_SECTORS, DOMESTIC_GROUPS
from foedus.events.phrases import case_word

if TYPE_CHECKING:
    from foedus.events.coder import Candidate

FORCES = {"COP", "MIL"}
CLASH_ROOTS = {"17", "18", "19"}
CLASH_CODES = {"190", "145", "175"}  # a generic clash, or one dissent_code has already read as street force
STREET_PROTEST = "145"
PURPOSE_MARKS = {"para"}  # "para protestar"; (French "pour protester" is left as the French gold has it)
PURPOSE_DEPS = {"advcl", "xcomp", "acl"}


def _sector(code: str) -> str:
    return code[3:6]


def street_clash(cand: Candidate) -> tuple[list[str], list[str]] | None:
    """(groups, forces) when a symmetric clash sets state forces against unarmed domestic groups."""
    if not cand.trigger.symmetric or cand.code not in CLASH_CODES:
        return None  # (a shoot-out, 193, or shelling keeps its own reading)
    sides = cand.sources + cand.targets
    groups = [c for c in sides if _sector(c) in DOMESTIC_GROUPS]
    forces = [c for c in sides if _sector(c) in FORCES]
    if not groups or not forces or len(groups) + len(forces) != len(sides):
        return None
    return groups, forces


def fold_purpose_protests(found: dict[int, Candidate]) -> None:
    """Marks a protest in a "para" purpose clause of another protest act as wrapped (not coded), and
    a demand in an English purpose infinitive of a protest (`fold_purpose_demands`)."""
    fold_purpose_demands(found)
    for cand in found.values():
        tok = cand.token
        if cand.code[:2] != "14" or tok.dep_ not in PURPOSE_DEPS or tok.head.i == tok.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in PURPOSE_MARKS for c in tok.children):
            continue
        # "realizaron una manifestación … para protestar": the protest may be the noun under the verb
        outer = _protest_above(found, tok)
        if outer is not None:
            _fold_into(outer, cand)


def fold_purpose_demands(found: dict[int, Candidate]) -> None:
    """English: "began a hunger strike to demand the return of …", "blocked roads to press their
    demands": a demand in the purpose infinitive of a protest is what the protest asks — one act, the
    protest, aimed at the demand's addressee when it names none itself."""
    for cand in found.values():
        tok = cand.token
        if cand.code[:2] != "10" or tok.dep_ not in {"advcl", "xcomp"} or tok.head.i == tok.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
            continue
        outer = _protest_above(found, tok)  # the protest noun under the verb: "began a hunger strike to demand"
        if outer is not None:
            outer.sources = outer.sources or cand.sources
            outer.source_text = outer.source_text or cand.source_text
            _fold_into(outer, cand)


def _protest_above(found: dict[int, Candidate], tok) -> Candidate | None:
    """The protest act a purpose clause hangs on: its governing verb, or a protest noun under it."""
    outer = found.get(tok.head.i)
    if outer is None:
        outer = next((found[c.i] for c in tok.head.children if c.i in found and c.i != tok.i
                      and found[c.i].code[:2] == "14"), None)
    return None if outer is None or outer.wrapped or outer.code[:2] != "14" else outer


def _fold_into(outer: Candidate, cand: Candidate) -> None:
    """One act, the protest: it takes the folded act's target when it names none."""
    if not outer.targets and cand.targets:
        outer.targets, outer.target_text, outer.target_token = cand.targets, cand.target_text, cand.target_token
    cand.wrapped = True


def protesters_hit(verb: Candidate, protest: Candidate) -> list[str]:
    """"la policía agredió / reprimió / disolvió una manifestación": force used on a protest is used on
    its demonstrators — those the protest names, else civilians of the forces' country — never on the
    protest's own target ("la manifestación contra el gobierno")."""
    if verb.code[:2] not in CLASH_ROOTS or protest.code[:2] != "14":
        return []
    own = [s for s in protest.sources if s not in verb.sources]  # (the light-verb reading gives it the verb's subject)
    if own:
        return own
    return [verb.sources[0][:3] + "CVL"] if verb.sources else []


KILLING_CODES = {"1823"}
ARMED_KILLING = "190"
ARMED_KILLING_LANGS = {"es"}  # the Spanish golds' reading; the French lexicon keeps "tuer" 1823 whoever kills


def armed_killing_code(cand: Candidate) -> str:
    """A killing by soldiers, rebels or armed men ("los paramilitares asesinaron a dos campesinos") is
    their use of armed force (190), as the lexicon's note on "matar" says and the Spanish human-rights
    gold codes it; a killing by the police or a civilian stays a physical assault (1823)."""
    if cand.code not in KILLING_CODES or cand.token.doc.lang_ not in ARMED_KILLING_LANGS or not cand.sources:
        return cand.code
    return ARMED_KILLING if all(s[3:6] in ARMED_SECTORS for s in cand.sources) else cand.code


ATTACK_ROOTS = {"18", "19", "20"}
PEOPLE, CIVILIANS = "PPL", "CVL"


def victims_as_civilians(cand: Candidate) -> list[str]:
    """"ejecutaron a cuatro personas": unnamed people an attack hits are civilians (ANNOTATION.md's
    reading of unnamed victims; the Spanish golds code them CVL), not the generic PPL of "personas"."""
    if cand.code[:2] not in ATTACK_ROOTS:
        return cand.targets
    return [t[:3] + CIVILIANS if t[3:] == PEOPLE else t for t in cand.targets]


GRIEVANCE_CASES = {"contra", "por"}  # Spanish: "protestaron contra X", "en protesta por X"


def fold_grievances(found: dict[int, Candidate]) -> None:
    """"quemaron neumáticos en protesta por … un acuerdo entre el gobierno y el FMI": an act named as
    what a protest is against or about is its grievance, reported as background — the protest is the
    event (its target is read from that phrase), the agreement is not coded again."""
    for cand in found.values():
        tok = cand.token
        if tok.pos_ != "NOUN" or cand.code[:2] == "14":
            continue
        phrase = tok
        while phrase.dep_ == "conj" and phrase.head.i != phrase.i:
            phrase = phrase.head  # "por el costo de la vida y un acuerdo"
        if case_word(phrase) not in GRIEVANCE_CASES or phrase.head.i == phrase.i:
            continue
        governor = found.get(phrase.head.i)
        if governor is not None and governor.code[:2] == "14":
            cand.wrapped = True

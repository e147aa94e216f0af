"""An act reported inside an allegation is not asserted — the allegation is the event. "The US
claimed that ISIL had attacked Iraq" is the US accusing ISIL (112), not an attack the article
states; "Rwanda alleged that France took part in the killing" and "Kinshasa accuse Kigali de
soutenir ces rebelles" likewise."""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus.events.frames import reciprocal

if TYPE_CHECKING:
    from foedus.events.coder import Candidate

ACCUSE_ROOT = "11"  # CAMEO 11x: disapprove, accuse (112), criticise
CLAUSE_DEPS = {"ccomp", "obj", "dobj"}  # the that-clause (UD parses some as the verb's object)
CLAUSE_POS = {"VERB", "AUX", "ADJ"}
# French: the infinitive after "de" ("accuse X de soutenir", "reproche à X d'avoir armé")
INFINITIVE_DEPS = {"xcomp", "advcl", "ccomp"}
INFINITIVE_MARKS = {"de", "d'", "d’"}


def _clauses(tok) -> list:
    if tok.lang_ == "en":
        return [c for c in tok.children if c.dep_ in CLAUSE_DEPS and c.pos_ in CLAUSE_POS]
    return [c for c in tok.children if c.dep_ in INFINITIVE_DEPS and c.pos_ in {"VERB", "AUX"}
            and any(m.dep_ == "mark" and m.lower_ in INFINITIVE_MARKS for m in c.children)]


def fold_allegations(found: dict[int, "Candidate"]) -> None:
    """Acts inside the that-clause of a verbal accusation ("claimed that", "alleged that") are
    folded into it: the accusation takes the clause's doer as its target when it has none."""
    for cand in found.values():
        tok = cand.token
        if cand.wrapped or cand.code[:2] != ACCUSE_ROOT or tok.pos_ not in {"VERB", "AUX"} or tok.lang_ not in {"en", "fr"}:
            continue
        clauses = _clauses(tok)
        inside = {t.i for c in clauses for t in c.subtree}
        for other in found.values():
            if other is cand or other.token.i not in inside or other.wrapped:
                continue
            # ("se sont mutuellement accusés de violer la trêve": each accuses the other, not the doer named)
            mutual = len(cand.sources) >= 2 and reciprocal(tok)
            if not cand.targets and other.sources and not set(other.sources) & set(cand.sources) and not mutual:
                cand.targets, cand.target_token = list(other.sources), other.token
                cand.target_text = cand.target_text or other.source_text
            other.wrapped = True

"""The inverted clitic of an incise ("«…», a-t-il ajouté"): the earlier incise pronoun it
continues, and the parties of the words it reports, which it does not stand for. Pure functions
over a parsed ``Doc``; the speaker resolver uses them to pick a pronoun's candidates."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.records import Mention


def previous_incise_pronoun(pronoun: Token) -> Token | None:
    """The same inverted clitic ("-t-il", "-elle") in an incise earlier in this sentence or the
    one before, when `pronoun` is one."""
    if not pronoun.text.startswith("-"):
        return None
    start = pronoun.sent.start
    start = pronoun.doc[start - 1].sent.start if start > 0 else start
    return next((t for t in reversed(pronoun.doc[start:pronoun.i]) if t.lower_ == pronoun.lower_), None)


def outside_reported_clause(pronoun: Token, candidates: list[Mention]) -> list[Mention]:
    """"Le Conseil doit désormais statuer …, a-t-il insisté": an inverted pronoun after the words it
    reports does not stand for a party named in those words; the speaker was named before (kept
    when nobody else is a candidate)."""
    verb = pronoun.head
    if not (pronoun.text.startswith("-") or pronoun.i > verb.i) or verb.pos_ not in {"VERB", "AUX"}:
        return candidates
    first = min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])
    doc, after = pronoun.doc, max(verb.i, pronoun.i) + 1
    if first == 0 or doc[first - 1].text != "," or after + 1 < len(doc) and doc[after].text == "," \
            and doc[after + 1].pos_ not in {"VERB", "AUX"}:
        return candidates  # ("X a annoncé la rupture, en raison, dit-il, d'actions …": a mid-clause incise)
    # (the parser may start a sentence at the closing quotation mark before the incise)
    lo, hi = doc[max(first - 3, 0)].sent.start_char, doc[first - 1].idx
    outside = [m for m in candidates if not lo <= m.start < hi]
    return outside or candidates

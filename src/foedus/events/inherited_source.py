"""The doer of an act named as the purpose or manner of another clause's verb, and of a
participle that goes on from an incise.

"X staged a hunger strike in protest against Y", "Thousands of Nigerians converged for a rally in
Lagos to protest …", "opposition parties organised a strike in protest of the arrests": the
protest, or the act done "to …", is the subject's of the verb it hangs under. The lexicon's slots
stop at the trigger; this climbs at most three steps — through "in"/"for" phrases and "to"
infinitives — to the first verb, and reads its subject.

"«…», a également fait savoir Ramtane Lamamra, accusant le pays voisin de …": a present participle
after a quote's incise is the quote's speaker's act, whatever the parser hung it on.
"""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.arguments import ActorReader, Argument
from foedus.events.slots import is_passive, slot_tokens, verb_subject
from foedus.language.syntax import present_participle
from foedus.records import Quote
from foedus.language.syntax import doc_text

PURPOSE_PREPS = {"in", "for"}  # "in protest", "in retaliation", "for a rally"
INFINITIVE_DEPS = {"relcl", "acl", "advcl", "xcomp"}
MAX_STEPS = 3


def _is_infinitive(tok: Token) -> bool:
    return tok.pos_ in {"VERB", "AUX"} and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)


def _step_up(node: Token) -> Token | None:
    """One step from a purpose phrase or infinitive to what it hangs on, or None."""
    if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in PURPOSE_PREPS:
        return node.head.head
    if node.dep_ in INFINITIVE_DEPS and _is_infinitive(node):
        return node.head
    return None


def inherited_source(reader: ActorReader, tok: Token, quotes: list[Quote] = ()) -> Argument | None:
    if tok.lang_ != "en":
        return _incise_speaker(tok, quotes)
    node = tok
    for _ in range(MAX_STEPS):
        up = _step_up(node)
        if up is None or up.i == node.i:
            return None
        if up.pos_ in {"VERB", "AUX"}:
            if is_passive(up):
                return None  # "was arrested in protest": the subject suffered the act
            subject = next(iter(slot_tokens(up, "nsubj")), None) or verb_subject(up)
            return reader.read(subject) if subject is not None else None
        node = up
    return None


def _incise_speaker(tok: Token, quotes: list[Quote]) -> Argument | None:
    """The speaker of the direct quote whose incise a present participle goes on from."""
    if not present_participle(tok) or tok.i == 0 \
            or tok.doc[tok.i - 1].text != ",":
        return None
    text = doc_text(tok.doc)
    for quote in quotes:
        if quote.kind != "direct" or not quote.speaker_code or not quote.cue or quote.start <= tok.idx < quote.end:
            continue
        between = text[quote.end:tok.idx].lstrip(' »”"')  # (from the closing mark on)
        if quote.end <= tok.idx and len(between) <= 120 and quote.cue in between and not any(ch in between for ch in ".;«»"):
            return Argument(codes=[quote.speaker_code], text=quote.speaker_text or "",
                            actor_ids=[quote.speaker_actor_id] if quote.speaker_actor_id else [], token=None)
    return None

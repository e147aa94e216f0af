"""Quoted words followed by the participle of a verb of saying and its agent: "le «mécontentement»
exprimé par Madrid", "l'«appel au changement» lancé par les manifestants" — the agent said them,
not whoever the sentence's incise names. Pure function over a parsed ``Doc``."""

from __future__ import annotations

from spacy.tokens import Doc

from foedus.quotes.cues import Cue
from foedus.quotes.lexicon import SpeechLexicon

AGENT_CASES = {"par", "by"}


def participle_agent(doc: Doc, close_tok: int, lex: SpeechLexicon) -> Cue | None:
    """The cue of a quote closed at `close_tok` and followed by "<participle of saying> par X"."""
    k = close_tok + 1
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k + 2 >= len(doc):
        return None
    verb, by = doc[k], doc[k + 1]
    form = verb.morph.get("VerbForm")
    if "Part" not in form or "Pres" in verb.morph.get("Tense") or verb.lower_.endswith("ant") \
            or lex.verb(verb.lemma_) is None or by.lower_ not in AGENT_CASES or by.dep_ != "case":
        return None
    agent = by.head
    if agent.i <= by.i or agent.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    return Cue(verb, agent, None, rule="participle-agent")

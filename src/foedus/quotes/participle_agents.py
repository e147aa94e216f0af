"""Quoted words with the participle of a verb of saying and its agent: "le «mécontentement»
exprimé par Madrid", "l'«appel au changement» lancé par les manifestants", "une annonce jugée
«absurde» par M. Francken" — the agent said them, not whoever the sentence's incise names. Pure
functions over a parsed ``Doc``."""

from __future__ import annotations

from spacy.tokens import Doc

from foedus.quotes.cues import Cue
from foedus.quotes.lexicon import SpeechLexicon

AGENT_CASES = {"par", "by"}


def participle_agent(doc: Doc, close_tok: int, lex: SpeechLexicon, open_tok: int | None = None) -> Cue | None:
    """The cue of a quote closed at `close_tok` and followed by "<participle of saying> par X", or
    opened at `open_tok` right after that participle and closed right before "par X"."""
    if open_tok is not None and (around := _agent_around(doc, open_tok, close_tok, lex)) is not None:
        return around
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


def _agent_around(doc: Doc, open_tok: int, close_tok: int, lex: SpeechLexicon) -> Cue | None:
    """"une annonce jugée «absurde» par M. Francken": participle, quote, "par" and its agent."""
    if open_tok < 1 or close_tok + 2 >= len(doc):
        return None
    verb, by = doc[open_tok - 1], doc[close_tok + 1]
    # (the tagger may call the participle an adjective: "jugée" ADJ, lemma "juger")
    participle = "Part" in verb.morph.get("VerbForm") and "Pres" not in verb.morph.get("Tense") \
        or verb.pos_ == "ADJ" and verb.lower_.endswith(("é", "ée", "és", "ées"))
    if not participle or lex.verb(verb.lemma_) is None or by.lower_ not in AGENT_CASES:
        return None
    agent = next((t for t in doc[by.i + 1:min(len(doc), by.i + 4)] if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    return Cue(verb, agent, None, rule="participle-agent") if agent is not None else None

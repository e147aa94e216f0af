"""«…» after a verbless phrase and a colon: the phrase names who speaks.

Journalists introduce a quote with a noun phrase alone: a statement noun and its author ("Réaction
immédiate de Paul Roux : «…»", "Le constat du ministre : «…»") or the speaker's own name or title
("Le ministre de l'Intérieur : «…»", "Paul Roux, maire de Rennes : «…»"). With a verb before the
colon the verb's subject speaks (cues.colon_cue); these phrases have none. The statement nouns are
data (data/statement_nouns.tsv, shared with backward.py).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foedus.quotes.backward import of_complement, statement_nouns
from foedus.quotes.cues import Cue, clause_before_colon

SPEAKING_ENTITIES = {"PER", "PERSON", "ORG"}


def colon_nominal(doc: Doc, open_tok: int, lang: str, can_speak) -> Cue | None:
    """The speaker of a quote introduced by a verbless phrase and a colon, or None."""
    clause = _verbless_clause_before_colon(doc, open_tok)
    if clause is None:
        return None
    root = next((t for t in clause if t.head.i == t.i or not clause.start <= t.head.i < clause.end), None)
    if root is None or root.pos_ not in {"NOUN", "PROPN"}:
        return None
    if root.lemma_.lower() in statement_nouns(lang):
        author = of_complement(root)  # "Réaction de Paul Roux", "Le constat du ministre"
        return Cue(None, author, rule="colon-nominal") if author is not None and _speaks(author, can_speak) else None
    if _speaks(root, can_speak):
        return Cue(None, root, rule="colon-nominal")  # "Le ministre de l'Intérieur : «…»"
    return None


def _speaks(tok: Token, can_speak) -> bool:
    """A name of a person or body, or a noun of one ("le ministre", "le syndicat")."""
    return tok.ent_type_ in SPEAKING_ENTITIES if tok.pos_ == "PROPN" else can_speak(tok)


def _verbless_clause_before_colon(doc: Doc, open_tok: int) -> Span | None:
    clause = clause_before_colon(doc, open_tok)
    if clause is None:
        return None
    # the segmenter may have closed the previous sentence inside the phrase: keep what follows the stop
    stops = [t.i for t in clause if t.text in {".", "!", "?"}]
    clause = doc[stops[-1] + 1:clause.end] if stops else clause
    if not len(clause) or len(clause) > 12 or any(t.pos_ in {"VERB", "AUX"} for t in clause):
        return None
    if any(t.text in {"«", "»", "“", "”", '"'} for t in clause):
        return None
    return clause

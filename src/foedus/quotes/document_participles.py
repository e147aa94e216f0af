"""A present participle right after the phrase of a document or appeal qualifies it, whatever the
parser hung it on: "restée sourde aux appels de l'Union africaine (UA) lui demandant de
«suspendre»" — the appeal speaks, by its author. Pure function over a parsed ``Doc``."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.language.syntax import present_participle
from foedus.quotes.lexicon import speech_lexicon


def document_before_participle(verb: Token) -> Token | None:
    """A present participle right after a document's phrase, with no comma between, qualifies that
    document whatever the parser hung it on ("aux appels de l'Union africaine (UA) lui demandant")."""
    doc, j = verb.doc, verb.i - 1
    if not present_participle(verb) or verb.dep_ not in {"acl", "advcl"}:
        return None
    while j > 0 and (doc[j].lower_ in {"lui", "leur", "se", "s'", "s’"} or doc[j].text == ")"):
        j = next((t.i for t in reversed(doc[max(0, j - 8):j]) if t.text == "("), j) - 1 if doc[j].text == ")" else j - 1
    node, nouns = doc[j], speech_lexicon(doc.lang_ or "fr").document_nouns
    for _ in range(4):
        if node.pos_ == "NOUN" and node.lemma_.lower() in nouns:
            return node if not any(t.text == "," for t in doc[node.i:verb.i]) else None
        if node.dep_ not in {"nmod", "amod", "appos", "flat:name"} or node.head.i == node.i:
            return None
        node = node.head
    return None

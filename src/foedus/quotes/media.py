"""Media a statement is made to: "a déclaré son avocat à la télévision flamande", "a expliqué la
diplomate à Europa Press". A complement in "à" of the speaker's own noun that names a medium is
the addressee, not part of the speaker's title ("le ministre aux Affaires étrangères" is)."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.quotes.coreference import noun_hypernyms
from foedus.quotes.lexicon import speech_lexicon

TO_CASES = {"à", "au", "aux", "to"}


def medium_nouns(lang: str) -> frozenset[str]:
    """Nouns of media and channels: the lexicon's channels and the narrower nouns of "média"/"outlet"."""
    hypernyms = noun_hypernyms(lang)
    return speech_lexicon(lang).channel_nouns | hypernyms.get("média", frozenset()) | hypernyms.get("outlet", frozenset())


def addressed_medium(complement: Token) -> bool:
    """`complement` is an "à" phrase on a speaker's noun naming a medium: a medium noun, or a
    proper name the NER calls an organisation."""
    if complement.dep_ != "nmod" or not any(c.dep_ == "case" and c.lower_ in TO_CASES for c in complement.children):
        return False
    if complement.pos_ == "PROPN":
        return complement.ent_type_ == "ORG"
    return complement.pos_ == "NOUN" and complement.lemma_.lower() in medium_nouns(complement.doc.lang_ or "fr")

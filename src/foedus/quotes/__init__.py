"""Quotes stage: direct, indirect, mixed and "selon" quotations with speaker and addressee."""

from __future__ import annotations

from spacy.tokens import Doc

from foedus.quotes.direct import find_direct_quotes
from foedus.quotes.indirect import find_indirect_quotes
from foedus.quotes.lexicon import speech_lexicon
from foedus.quotes.speakers import SpeakerResolver
from foedus.records import Mention, Quote


def speaker_noun_test(lang: str, lex):
    """Nouns that can head a speaker phrase: statement/source nouns and the KB's agent nouns."""
    from foedus.actors.kb import load_kb
    from foedus.actors.normalize import key

    kb = load_kb()

    def test(lemma: str) -> bool:
        return lemma in lex.speech_nouns or (lang, key(lemma)) in kb.agents

    return test


def extract_quotes(doc: Doc, article_id: str, lang: str, mentions: list[Mention], pronoun_resolver=None,
                   published: str | None = None) -> list[Quote]:
    """Every quotation of one article, in text order."""
    lex = speech_lexicon(lang)
    resolver = SpeakerResolver(doc, mentions, pronoun_resolver, is_speaker_noun=speaker_noun_test(lang, lex),
                               lang=lang, published=published)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    direct = find_direct_quotes(doc, article_id, lex, resolver)
    indirect = find_indirect_quotes(doc, article_id, lex, resolver, direct, sent_index)
    return sorted(direct + indirect, key=lambda q: (q.start, q.kind))


__all__ = ["extract_quotes"]

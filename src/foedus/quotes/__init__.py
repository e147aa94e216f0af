"""Quotes stage: direct, indirect, mixed and "selon" quotations with speaker and addressee."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from foedus.quotes.direct import find_direct_quotes
from foedus.quotes.indirect import find_indirect_quotes
from foedus.quotes.cues import has_frame
from foedus.quotes.lexicon import SpeechLexicon, speech_lexicon
from foedus.quotes.reported_antecedents import REPORTED_KINDS, reporter_goes_on
from foedus.quotes.speaker_forms import fullest_descriptions, named_by_next_incise
from foedus.quotes.speakers import SpeakerResolver
from foedus.quotes.headings import heading_speakers
from foedus.quotes.uncued import opens_sentence, other_actor_subject, repeated_in_body
from foedus.records import Mention, Quote
from foedus.language.syntax import doc_text


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
                               lang=lang, published=published, shift_markers=lex.shift_markers,
                               document_nouns=lex.document_nouns, role_nouns=lex.role_nouns)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    direct = find_direct_quotes(doc, article_id, lex, resolver)
    indirect = find_indirect_quotes(doc, article_id, lex, resolver, direct, sent_index)
    inherit_from_clause(direct, indirect, doc_text(doc))
    continue_reported_speech(doc, direct, indirect, resolver)
    reporter_goes_on(doc_text(doc), direct, [q for q in indirect if q.kind in REPORTED_KINDS], mentions, lang)
    repeated_in_body(doc_text(doc), direct)
    heading_speakers(doc_text(doc), direct + indirect)
    fullest_descriptions(direct + indirect)
    named_by_next_incise(direct + indirect, lambda q: _cue_goes_on(doc, q, lex), lambda q: _first_bare_name(doc_text(doc), q),
                         resolver.is_person_lemma)
    for q in direct + indirect:  # nobody is said to speak to themselves: a misread adjunct ("Aux côtés de …, X a déclaré")
        if q.addressee_text and (q.addressee_text == q.speaker_text or q.addressee_actor_id and q.addressee_actor_id == q.speaker_actor_id):
            q.addressee_text, q.addressee_actor_id = None, None
    return sorted(direct + indirect, key=lambda q: (q.start, q.kind))


# rules that only guess the speaker from the sentence's subject: the speaker of a reported clause
# holding the quote is surer ("Les diplomates doivent «tenir compte…» …, a déclaré Louise Arbour")
# ("«…», selon le communiqué" inside "le roi a précisé que …": the king's words, the communiqué relays them)
WEAKER_THAN_CLAUSE = {"clause-subject", "inherited", "inherited-next-sentence", "governor-verb", "incise-selon"}  # (the quote before; the verb above)


def inherit_from_clause(direct: list[Quote], indirect: list[Quote], text: str) -> None:
    """A quoted fragment inside reported speech ("Le Figaro annonce que X a été tué par «un tir
    d'obus…»") is the reporter's words when its own cue names nobody (a mixed quote), or when its
    cue is itself reported ("un conseiller a indiqué que l'Autorité allait demander … pour «…»":
    the adviser's words, not the Authority's; quotes do not nest)."""
    for q in direct:
        if not q.speech or q.rule == "linked-headline":
            continue
        # inside the clause, or continuing it in the same sentence: the clause's text stops where the
        # quoted words begin ("Selon X, le but est « d'élaborer … »")
        clause = next((c for c in indirect if c.speaker_text and c.start <= q.start and (
            q.end <= c.end + 1 or (q.sentence == c.sentence and q.start <= c.end + 3))), None)
        if clause is None:
            continue
        if q.speaker_text and q.rule not in WEAKER_THAN_CLAUSE and not _cue_reported(q, clause, text):
            continue
        q.speaker_text, q.speaker_actor_id, q.speaker_code = clause.speaker_text, clause.speaker_actor_id, clause.speaker_code
        q.addressee_text, q.addressee_actor_id = clause.addressee_text, clause.addressee_actor_id
        q.cue, q.rule, q.confidence = clause.cue, "inside-reported-clause", 0.7


def continue_reported_speech(doc: Doc, direct: list[Quote], indirect: list[Quote], resolver: SpeakerResolver) -> None:
    """A quote with no cue in the sentence right after reported speech goes on with the same source
    ("Selon lui, les travaux dureront deux ans. « Nous commencerons par… »"; "…, a-t-il poursuivi.
    La décision du jour est un « pas difficile »"), when nobody else is named in between nor made
    that sentence's subject (uncued.py does the same after direct quotes)."""
    for q in direct:
        if q.speaker_text or not q.speech or q.rule != "no-cue" or len(q.text.split()) < 2:
            continue
        before = [c for c in indirect if c.speaker_text and c.end <= q.start and q.sentence - c.sentence == 1]
        if before and not resolver.other_person_between(before[-1].end, q.start, before[-1].speaker_text) \
                and (opens_sentence(doc, q) or not other_actor_subject(doc, q, before[-1], resolver)):
            c = before[-1]
            q.speaker_text, q.speaker_actor_id, q.speaker_code = c.speaker_text, c.speaker_actor_id, c.speaker_code
            q.cue, q.rule, q.confidence = c.cue, "after-reported-speech", 0.5


def _cue_reported(q: Quote, clause: Quote, text: str) -> bool:
    """The direct quote's cue before it is a word of the reported clause holding it."""
    if q.rule not in {"cue-before", "governor-verb"} or not q.cue or clause.start >= q.start or clause.speaker_text == q.speaker_text:
        return False
    cues = list(re.finditer(rf"\b{re.escape(q.cue)}\b", text[clause.start:q.start]))
    if not cues:
        return False
    # "il a souligné qu'en annonçant sa candidature, M. Bouteflika a promis «…»": words quoted as
    # the object right after the inner verb of saying are that sayer's
    before_cue = text[clause.start:clause.start + cues[-1].start()]
    said_by = q.speaker_text or ""
    # (the sayer named right before the verb: "M. Bouteflika a promis «…»", not "l'aide de la France
    # se poursuivait …, et a souligné «…»")
    named_there = bool(said_by) and re.search(re.escape(said_by.split()[-1]) + r"\W+(?:\w+\W+)?$", before_cue) is not None \
        and re.search(r"\b(?:est|sont|était|étaient|été|sera|seront|fut)\W*$", before_cue) is None  # (not a passive's subject)
    reflexive = re.search(r"\b(?:se|s'|s’)\s*$", before_cue) is not None  # ("se poursuivait": no verb of saying)
    # a speech act done, in a compound past ("a promis"), not an infinitive ("voulaient assurer «une transition»")
    done = re.search(r"\b(?:a|ont|avait|avaient|aurait|auraient)\s*$", before_cue) is not None
    named_there = named_there and done
    return q.rule != "cue-before" or not named_there or reflexive or len(text[clause.start + cues[-1].end():q.start].split()) > 1


__all__ = ["extract_quotes"]


def _cue_goes_on(doc: Doc, quote: Quote, lex: SpeechLexicon) -> bool:
    """The quote's incise verb says the speaker goes on ("a ajouté", "poursuit-il"; lexicon frame "goes-on")."""
    verb = next((t for t in doc if t.idx >= quote.end and t.text == quote.cue), None)
    return verb is not None and has_frame(verb, lex, "goes-on")


def _first_bare_name(text: str, quote: Quote) -> bool:
    """The quote's speaker is a name written for the first time in its incise, with no title beside
    it ("«…», a déclaré Billene Seyoum lors d'une conférence de presse")."""
    name = quote.speaker_text or ""
    at = text.find(name)
    if at < quote.end or not name:
        return False
    before, after = text[quote.end:at].rstrip(), text[at + len(name):at + len(name) + 2]
    return bool(quote.cue) and before.endswith(quote.cue) and not after.startswith(",")  # (no title on either side)

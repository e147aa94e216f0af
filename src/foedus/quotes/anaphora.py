"""Definite descriptions that take up an earlier, fuller one: "the spokesperson" after "a State
Department spokesperson", "the statement said" after "X said in a statement" — the words the
article used first name the speaker (ANNOTATION.md: the fullest form the article gives)."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from foedus.actors.pronouns import latter_antecedent, latter_word
from foedus.quotes.spans import between_marks

DEFINITE = {"the", "le", "la", "l'", "l’", "les", "this", "ce", "cette"}
SPEECH_PREPOSITIONS = {"in", "dans", "par"}


def _definite_and_bare(phrase: Span, head: Token) -> bool:
    """Only a definite determiner and the noun: nothing that would tell two such referents apart."""
    words = [t for t in phrase if not t.is_punct]
    return len(words) == 2 and words[0].lower_ in DEFINITE and words[1].i == head.i


def fuller_description(head: Token, phrase: Span, noun_phrase: Callable[[Token], Span]) -> Span | None:
    """The last earlier phrase with the same head noun and more words, for a bare definite
    description ("the spokesperson" → "a State Department spokesperson"); None when there is none."""
    if head.pos_ != "NOUN" or not _definite_and_bare(phrase, head):
        return None
    for tok in reversed(head.doc[max(0, head.sent.start - 400):phrase.start]):
        if tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() == head.lemma_.lower():
            earlier = noun_phrase(tok)
            if len([t for t in earlier if not t.is_punct]) > 2 and earlier.end <= phrase.start:
                return earlier
    return None


def _author_complement(c: Token) -> bool:
    """"du gouvernement", "de l'AES", "de Moscou", "of the ministry" — not "de presse"."""
    if c.dep_ != "nmod" or c.pos_ not in {"PROPN", "NOUN"}:
        return False
    cases = {g.lower_ for g in c.children if g.dep_ == "case"}
    articled = any(g.dep_ == "det" for g in c.children)
    return bool(cases & {"du", "des", "of"}) or bool(cases & {"de", "d'", "d’"}) and (articled or c.pos_ == "PROPN")


def document_antecedent(head: Token, document_nouns: frozenset[str], subject_of: Callable[[Token], Token | None]) -> Token | None:
    """"the statement said" after "The Treasury said in a statement": the subject of the verb the
    same document noun was given to before (via "in"/"dans"/"par")."""
    phrase_det = {c.lower_ for c in head.children if c.dep_ == "det"}
    if head.pos_ != "NOUN" or head.lemma_.lower() not in document_nouns or not phrase_det & DEFINITE:
        return None
    for tok in reversed(head.doc[max(0, head.i - 400):head.i]):
        if tok.lemma_.lower() != head.lemma_.lower() or tok.i == head.i:
            continue
        if any(_author_complement(c) for c in tok.children):
            return tok  # "Le communiqué rapporte" after "a indiqué le communiqué de l'AES": that one, by its author
        prep = tok.head if tok.dep_ == "pobj" else next((c for c in tok.children if c.dep_ == "case"), None)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if prep is not None and prep.lower_ in {"de", "d'", "d’"} and tok.head.lower_ == "voie":
            # "a fait savoir le ministère par voie de communiqué"
            prep, verb = next((c for c in tok.head.children if c.dep_ == "case"), None), tok.head.head
        if prep is not None and prep.lower_ in SPEECH_PREPOSITIONS and verb.i != head.i and verb.pos_ in {"NOUN", "PROPN"} \
                and (verb.dep_.startswith("nsubj") or verb.dep_ == "dep" and verb.head.pos_ == "VERB" and verb.head.i < verb.i):
            return verb  # the parser hung the channel on the subject itself ("le ministère … par voie de communiqué")
        if prep is None or prep.lower_ not in SPEECH_PREPOSITIONS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        # the subject nearest before the verb: "«…», the ministry said in a statement", where the
        # parser may give the verb a second "subject" inside the quote
        before = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} and c.i < verb.i]
        subject = max(before, key=lambda c: c.i) if before else subject_of(verb)
        if subject is not None and subject.i != head.i:
            return subject
    return None


def age_description(head: Token) -> bool:
    """"the 62-year-old" (the parser heads it with "old"): a person described by age alone."""
    doc = head.doc
    return head.lower_ == "old" and head.i >= 3 and doc[head.i - 1].text == "-" and doc[head.i - 2].lower_ in {"year", "years"} \
        and any(t.like_num for t in doc[max(0, head.i - 4):head.i - 2])


SOURCE_NOUNS = {"source", "informateur", "interlocuteur"}
FROM_WORDS = {"auprès"}
ACCORDING_WORDS = {"selon"}


def informant_antecedent(head: Token, phrase: Span) -> Token | None:
    """"a affirmé la source" after "a appris l'AFP auprès d'un officier de la force africaine": a
    bare definite "source" takes up the informant an earlier sentence named after "auprès de" or
    "selon",
    when no fuller "source" phrase came before (``fuller_description`` takes that one)."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in SOURCE_NOUNS or not _definite_and_bare(phrase, head):
        return None
    doc = head.doc
    for tok in reversed(doc[max(0, head.sent.start - 400):head.sent.start]):
        if tok.lemma_.lower() == head.lemma_.lower():
            return None  # an earlier "source" phrase: the fuller description applies
        if tok.lower_ in FROM_WORDS:
            return next((t for t in doc[tok.i + 1:min(len(doc), tok.i + 5)] if t.pos_ in {"NOUN", "PROPN"}), None)
        if tok.lower_ in ACCORDING_WORDS and tok.i + 1 < len(doc):
            # "Selon la présidence …, les échanges ont porté sur … . …, a conclu la source": the one cited
            named = doc[tok.i + 2] if doc[tok.i + 1].pos_ == "DET" and tok.i + 2 < len(doc) else doc[tok.i + 1]
            if named.pos_ in {"NOUN", "PROPN"} and not between_marks(doc, tok.idx):
                return named
    return None


def latter_taken_up(head: Token, mentions: list, is_person: Callable, quoted: Callable[[int], bool],
                    spokespeople: frozenset[str]):
    """The person or actor "ce dernier" stands for as a speaker: "Ce dernier a déclaré", or "le
    porte-parole de ce dernier" (a spokesperson speaks for the one named, as with a name)."""
    latter = latter_word(head)
    if latter is None or latter.i != head.i and head.lemma_.lower() not in spokespeople:
        return None
    return latter_antecedent(latter, [m for m in mentions if is_person(m) or (m.code and m.kind == "name")], quoted)

"""Matching PETRARCH verb patterns against a spaCy sentence.

A pattern's lower half is read forward from the word after the verb, its upper half backward
from the word before it. Items joined by ``_`` must be adjacent; other items may have words
between them. Actor slots (``$ + ^ %``) match a whole actor or agent phrase. Punctuation is not
a word (PETRARCH's patterns never name it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Span, Token

from foedus.events.petrarch_actors import PhraseMatch
from foedus.events.petrarch_dictionary import PatternItem, VerbDictionary, VerbForm, VerbPattern

VERB_POS = {"VERB", "AUX"}
NOUNS = {"NOUN", "PROPN"}


@dataclass
class VerbHit:
    form: VerbForm
    first: int  # token index of the verb phrase's first word
    last: int


@dataclass
class Binding:
    """Actor phrases a matched pattern points at, by slot kind."""

    slots: dict[str, list[PhraseMatch]] = field(default_factory=dict)

    def first(self, kind: str) -> PhraseMatch | None:
        return (self.slots.get(kind) or [None])[0]


@dataclass
class Side:
    """One side of the verb as a word sequence (nearest word first) with the phrases on it."""

    tokens: list[Token]
    words: list[str]
    phrase_at: dict[int, PhraseMatch]  # sequence position -> phrase starting (lower) / ending (upper) there
    span_len: dict[int, int]  # sequence position -> how many sequence words that phrase covers


def _words_of(tokens: Sequence[Token]) -> list[str]:
    return [t.text.upper() for t in tokens]


def make_side(tokens: list[Token], phrases: list[PhraseMatch], backward: bool) -> Side:
    seq = list(reversed(tokens)) if backward else tokens
    pos_of = {t.i: n for n, t in enumerate(seq)}
    phrase_at: dict[int, PhraseMatch] = {}
    span_len: dict[int, int] = {}
    for ph in phrases:
        inside = [pos_of[i] for i in range(ph.start, ph.end) if i in pos_of]
        if not inside:
            continue
        anchor = min(inside)  # the phrase's word nearest the verb on this side
        phrase_at[anchor] = ph
        span_len[anchor] = max(inside) - anchor + 1
    return Side(seq, _words_of(seq), phrase_at, span_len)


def _item_spans(item: PatternItem, side: Side, pos: int, book: VerbDictionary, backward: bool):
    """(length, bound phrase or None) for each way the item can match at `pos`."""
    if pos >= len(side.words):
        return
    if item.kind == "word":
        if side.words[pos] == item.value:
            yield 1, None
    elif item.kind == "synset":
        for member in book.members(item.value):
            words = list(reversed(member)) if backward else list(member)
            if side.words[pos:pos + len(words)] == words:
                yield len(words), None
    elif pos in side.phrase_at:
        yield side.span_len[pos], side.phrase_at[pos]
    elif item.kind == "skip" and side.tokens[pos].pos_ in NOUNS:
        yield 1, None  # "^" skips any noun phrase, coded or not ("warned their [populations] about")


def match_items(items: list[PatternItem], side: Side, book: VerbDictionary, backward: bool) -> Binding | None:
    def step(k: int, pos: int, bound: list[tuple[str, PhraseMatch]]) -> list[tuple[str, PhraseMatch]] | None:
        if k == len(items):
            return bound
        item = items[k]
        starts = [pos] if item.adjacent else range(pos, len(side.words))
        for start in starts:
            for length, phrase in _item_spans(item, side, start, book, backward):
                extra = [(item.kind, phrase)] if phrase is not None else []
                found = step(k + 1, start + length, bound + extra)
                if found is not None:
                    return found
        return None

    result = step(0, 0, [])
    if result is None:
        return None
    binding = Binding()
    for kind, phrase in result:
        binding.slots.setdefault(kind, []).append(phrase)
    return binding


def match_pattern(pattern: VerbPattern, upper: Side, lower: Side, book: VerbDictionary) -> Binding | None:
    up = match_items(list(reversed(pattern.upper)), upper, book, backward=True)
    if up is None:
        return None
    down = match_items(pattern.lower, lower, book, backward=False)
    if down is None:
        return None
    for kind, phrases in down.slots.items():
        up.slots.setdefault(kind, []).extend(phrases)
    return up


def _form_fits(form: VerbForm, tok: Token) -> tuple[int, int] | None:
    doc = tok.doc
    first = tok.i - form.head
    last = first + len(form.words) - 1
    if first < tok.sent.start or last >= tok.sent.end:
        return None
    for k, word in enumerate(form.words):
        if k != form.head and doc[first + k].text.upper() != word:
            return None
    return first, last


def verb_hits(tok: Token, book: VerbDictionary) -> list[VerbHit]:
    """Dictionary verbs this token heads: its written form first, then its lemma (irregular forms
    the dictionary does not list); multi-word verbs before single words."""
    if not (tok.pos_ in VERB_POS or tok.tag_.startswith("VB") or tok.dep_ == "ROOT"):
        return []
    forms = list(book.forms_for(tok.text))
    if tok.pos_ in VERB_POS and not tok.text.upper().startswith(tok.lemma_.upper()):
        # irregular forms only ("broke"): regular endings are already generated from the base, so a
        # misspelt "departes" lemmatised to "depart" stays uncoded (PETR unit test VERB-21)
        forms += [f for f in book.forms_for(tok.lemma_) if f not in forms and f.words[f.head] == tok.lemma_.upper()]
    hits: list[VerbHit] = []
    for form in sorted(forms, key=lambda f: -len(f.words)):
        span = _form_fits(form, tok)
        if span is not None:
            hits.append(VerbHit(form, *span))
    longest = max((len(h.form.words) for h in hits), default=0)
    return [h for h in hits if len(h.form.words) == longest]


def sides(sent: Span, hit: VerbHit, lower_tokens: list[Token], phrases: list[PhraseMatch]) -> tuple[Side, Side]:
    upper_tokens = [t for t in sent if t.i < hit.first and not t.is_punct]
    lower = [t for t in lower_tokens if t.i > hit.last and not t.is_punct]
    return make_side(upper_tokens, phrases, backward=True), make_side(lower, phrases, backward=False)

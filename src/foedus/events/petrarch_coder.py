"""The English coder driven by a PETRARCH/TABARI verb dictionary (``--verbs``, or the ``<Verbfile>``
of a validation file's ``<Environment>``), used *instead of* the default trigger lexicon for a run.

Per sentence: each verb the dictionary lists is coded with the first pattern that matches
(longest first) or the verb's default code; the source is the verb's subject (the agent of a
passive), the target the first actor after the verb, unless the pattern places them (``$``, ``+``).
Actors are coded from our spaCy parse: a noun phrase's first actor name plus its agents, one
code per coordinated actor ("Arnor and Gondor" -> two events). ``[A:B]`` codes give a pair of
events, and a compound subject with no target acts on itself ("Arnor and Gondor renewed ties").
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path
from typing import Callable, ContextManager, Sequence

from spacy.tokens import Doc, Span, Token

from foedus.events.petrarch_actors import PhraseBook, PhraseMatch, find_phrases
from foedus.events.petrarch_dictionary import NULL_CODES, DiscardList, VerbDictionary, VerbPattern
from foedus.events.petrarch_match import Binding, Side, VerbHit, match_pattern, sides, verb_hits
from foedus.events.petrarch_np import SentenceActors
from foedus.events.settings import scoped
from foedus.records import Event, Mention

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
NOUN_LIKE = {"NOUN", "PROPN"}
END_MARKS = (".", "!", "?", '"', "'", "»", ")")
CLIMB = 6  # most heads walked up to find a verb's subject


@dataclass
class PetrarchSetup:
    verbs: VerbDictionary
    discards: DiscardList = field(default_factory=DiscardList)
    phrases: PhraseBook | None = None  # None: actors come from the pipeline's own mentions


@dataclass(frozen=True)
class CodedTriple:
    source: str
    target: str
    code: str
    verb: int  # token index of the verb
    rule: str


_ACTIVE: ContextVar[PetrarchSetup | None] = ContextVar("petrarch_setup", default=None)


def using_petrarch(setup: PetrarchSetup) -> ContextManager[PetrarchSetup]:
    """Code English with this verb dictionary for the duration of the block."""
    return scoped(_ACTIVE, setup)


def active_petrarch() -> PetrarchSetup | None:
    return _ACTIVE.get()


def load_setup(verbs: Path, discards: Path | None = None, actors: Sequence[Path] = (),
               agents: Sequence[Path] = ()) -> PetrarchSetup:
    """A verb dictionary with its discard list and, when given, Phoenix-format actor/agent files
    (without them, actors are the pipeline's own coded mentions)."""
    from foedus.events.petrarch_actors import load_phrase_book
    from foedus.events.petrarch_dictionary import read_discards, read_verb_dictionary

    return PetrarchSetup(read_verb_dictionary(verbs), read_discards(discards) if discards else DiscardList(),
                         load_phrase_book(list(actors), list(agents)) if actors else None)


# ------------------------------------------------------------------ subject / objects
def _subjects(tok: Token, skip: set[int] | None) -> list[Token]:
    """Subject dependents of a verb, also when the parser hung them on its auxiliary ("The
    Philippines was … criticized")."""
    heads = [tok] + [c for c in tok.children if c.dep_ in {"aux", "auxpass"}]
    return [c for h in heads for c in h.children if c.dep_ in SUBJECTS and not (skip and c.i in skip)]


def subject_tokens(verb: Token, skip: set[int] | None = None) -> list[Token]:
    """The verb's subjects, else those of the verb it depends on (an infinitive, a coordinated
    verb); a pronoun subject is looked for higher up ("Ethiopia indicated it would act"), a
    relative clause's subject is the noun it modifies. Several subject dependents are a
    misparsed compound ("Lions, tigers, and Gondor")."""
    tok = verb
    for _ in range(CLIMB):
        subj = _subjects(tok, skip)
        if not subj and tok is verb:
            # a misparse that hangs the subject on the verb as a modifier ("Ethiopia act on …")
            subj = [c for c in tok.lefts if c.dep_ in {"compound", "nmod", "npadvmod"} and c.pos_ in NOUN_LIKE]
        if subj and subj[0].pos_ != "PRON":
            return subj
        if not subj and any(c.dep_ == "auxpass" for c in tok.children):
            return []  # a passive without its subject ("to be allowed to leave"): nobody is named as acting
        if tok.dep_ in {"relcl", "acl"}:
            return [tok.head]
        if tok.head.i == tok.i:
            return []
        tok = tok.head
    return []


def negated(verb: Token) -> bool:
    heads = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def lower_tokens(verb: Token, clause: Span) -> list[Token]:
    """The verb's own phrase after it: its subtree without coordinated verbs ("condemned … and
    promised …"), plus the rest of the clause when the parser cut the sentence short after it."""
    cut: set[int] = set()
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            cut.update(t.i for t in child.subtree)
        if child.dep_ == "cc" and any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in verb.children):
            cut.add(child.i)
    out = [t for t in verb.subtree if t.i not in cut]
    if verb.sent.end < clause.end and out and out[-1].i == verb.sent.end - 1:
        out += list(clause.doc[verb.sent.end:clause.end])
    return out


def clauses(doc: Doc) -> list[Span]:
    """Parser sentences glued back together when one does not end with a full stop (the small
    model splits "… into an anti- Gondor parade")."""
    out: list[Span] = []
    start: int | None = None
    for sent in doc.sents:
        start = sent.start if start is None else start
        if sent.text.rstrip().endswith(END_MARKS) or sent.end == len(doc):
            out.append(doc[start:sent.end])
            start = None
    return out


# ------------------------------------------------------------------ coding
def _pairs(sources: list[str], targets: list[str], reciprocal: bool) -> list[tuple[str, str]]:
    if reciprocal:
        return [(a, b) for a, b in permutations(sources, 2)]
    return [(s, t) for s in sources for t in targets if s != t]


def _choose(hits: list[VerbHit], upper: Side, lower: Side, setup: PetrarchSetup,
            actors: SentenceActors) -> tuple[VerbHit, VerbPattern | None, Binding]:
    """The first pattern that matches, over every block listing the verb; else the first block's
    default (a verb listed twice keeps its first default code). A ``%`` slot needs a compound."""
    for hit in hits:
        for pattern in hit.form.block.patterns:
            found = match_pattern(pattern, upper, lower, setup.verbs)
            compound = found.first("compound") if found is not None else None
            if found is not None and (compound is None or len(actors.phrase_codes(compound)) >= 2):
                return hit, pattern, found
    return hits[0], None, Binding()


def code_verb(hits: list[VerbHit], verb: Token, actors: SentenceActors, setup: PetrarchSetup,
              clause: Span) -> list[CodedTriple]:
    low = [t for t in lower_tokens(verb, clause) if t.i > hits[0].last]
    upper, lower = sides(clause, hits[0], low, actors.phrases)
    hit, pattern, binding = _choose(hits, upper, lower, setup, actors)
    block = hit.form.block
    code = pattern.code if pattern else (hit.form.code or block.code)
    if code in NULL_CODES or (pattern is None and negated(verb)):
        return []  # a negated verb is coded only by a pattern that names its negation ("WILL NOT *")
    first, _, second = code.partition(":")
    sources, targets, reciprocal = _actors_for(verb, hit, binding, actors, {t.i for t in low})
    if not targets and len(sources) >= 2 and second:
        reciprocal = True  # "Gondor and Osgiliath have renewed diplomatic ties" [064:064]
    rule = f"petrarch:{block.name}:{pattern.line if pattern else 'default'}"
    out: list[CodedTriple] = []
    for s, t in _pairs(sources, targets, reciprocal):
        if first not in NULL_CODES:
            out.append(CodedTriple(s, t, first, verb.i, rule))
        if second and second not in NULL_CODES and not reciprocal:
            out.append(CodedTriple(t, s, second, verb.i, rule))
    return out


def _actors_for(verb: Token, hit: VerbHit, binding: Binding, actors: SentenceActors,
                lower: set[int]) -> tuple[list[str], list[str], bool]:
    """(sources, targets, reciprocal) for a coded verb."""
    bound_source, bound_target = binding.first("source"), binding.first("target")
    compound = binding.first("compound")
    before = range(actors.sent.start, hit.first)
    if compound is not None and compound.start < verb.i and bound_target is None:
        return actors.phrase_codes(compound, before), [], True  # "% HAVE *": the compound acts on itself
    taken = {i for kind in ("target", "skip", "compound") for ph in binding.slots.get(kind, [])
             for i in range(ph.start, ph.end)}
    agent = passive_agent(verb)
    if bound_source is not None:
        sources = actors.phrase_codes(bound_source)
    elif agent is not None and bound_target is None:
        # a passive with its agent: "Eriador was opposed by Osgiliath" -> OSG acts on ERI
        own = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return actors.np_codes(agent), actors.np_codes(own[0], before) if own else [], False
    else:
        subjects = subject_tokens(verb)
        if subjects and any(t.i in taken for s in subjects for t in s.subtree):
            # the pattern put the target in the subject ("NOTED + *"): the source is the next subject up
            subjects = subject_tokens(subjects[0].head, skip={s.i for s in subjects})
        sources = list(dict.fromkeys(c for s in subjects for c in actors.np_codes(s, before)))
    if bound_target is not None:
        # a noun a "^" already skipped is not part of the target ("^ ^ +": the parliament | of Gondor)
        skipped = {i for ph in binding.slots.get("skip", []) for i in range(ph.start, ph.end)}
        unskipped = _Without(skipped)
        return sources, actors.phrase_codes(bound_target, unskipped), False
    if compound is not None:
        return sources, actors.phrase_codes(compound, lower), False
    for ph in sorted(actors.phrases, key=lambda p: p.start):
        if ph.start in lower and ph.start not in taken:
            codes = actors.phrase_codes(ph, lower)
            if any(c not in sources for c in codes):
                return sources, codes, False
    return sources, [], False


def _discarded(sent_words: list[str], phrases: list[tuple[str, ...]]) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if any(tuple(sent_words[i:i + n]) == phrase for i in range(len(sent_words) - n + 1)):
            return True
    return False


def mention_phrases(sent: Span, mentions: list[Mention]) -> list[PhraseMatch]:
    """Without a Phoenix actor file: the pipeline's coded mentions act as actor names."""
    from foedus.events.petrarch_actors import ActorEntry

    out: list[PhraseMatch] = []
    for m in mentions:
        span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
        if m.code and span is not None and sent.start <= span.start < sent.end:
            out.append(PhraseMatch(span.start, span.end, ActorEntry([m.text], (m.code,)), None))
    return out


def code_sentences(doc: Doc, setup: PetrarchSetup, date: str | None,
                   mentions: list[Mention]) -> list[tuple[Span, CodedTriple]]:
    if _discarded([t.text.upper() for t in doc], setup.discards.story):
        return []
    out: list[tuple[Span, CodedTriple]] = []
    for clause in clauses(doc):
        if _discarded([t.text.upper() for t in clause], setup.discards.sentence):
            continue
        phrases = find_phrases(clause, setup.phrases) if setup.phrases else mention_phrases(clause, mentions)
        actors = SentenceActors(clause, phrases, date)
        coded: list[CodedTriple] = []
        for tok in clause:
            hits = verb_hits(tok, setup.verbs) if tok.i not in actors.by_token else []
            coded.extend(code_verb(hits, tok, actors, setup, clause) if hits else [])
        seen: set[tuple[str, str, str]] = set()
        for tr in _innermost(coded, clause.doc):
            if (tr.source, tr.target, tr.code) not in seen:
                seen.add((tr.source, tr.target, tr.code))
                out.append((clause, tr))
    return out


class _Without:
    """Every token index but some (a `limit` for noun-phrase coding)."""

    def __init__(self, left_out: set[int]) -> None:
        self.left_out = left_out

    def __contains__(self, i: object) -> bool:
        return i not in self.left_out


def _innermost(coded: list[CodedTriple], doc: Doc) -> list[CodedTriple]:
    """An act reported inside another coded verb's complement by the same source stands for it
    ("the US said it had attacked Iraq": the attack, not the statement)."""
    def inside(inner: CodedTriple, outer: CodedTriple) -> bool:
        verb = doc[outer.verb]
        return inner.verb != outer.verb and any(
            c.dep_ in {"ccomp", "xcomp"} and inner.verb in {t.i for t in c.subtree} for c in verb.children)

    return [tr for tr in coded if not any(o.source == tr.source and inside(o, tr) for o in coded)]


def petrarch_events(doc: Doc, article_id: str, published: str | None, setup: PetrarchSetup,
                    mentions: list[Mention], date_for: Callable[[int, int, int, int], tuple[str | None, str]]) -> list[Event]:
    from foedus.events.ontology import CameoCode, lookup

    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    events: list[Event] = []
    for sent, tr in code_sentences(doc, setup, published, mentions):
        verb = doc[tr.verb]
        date, precision = date_for(verb.idx, verb.idx + len(verb), sent.start_char, sent.end_char)
        try:
            entry = lookup(tr.code)
        except (KeyError, ValueError):  # dictionary-specific codes ("174K", "345") have no CAMEO row
            root = tr.code[:2] if tr.code[:2].isdigit() else ""
            entry = CameoCode(tr.code, tr.code, root, 0, 0.0, None, None)
        events.append(Event(
            article_id=article_id, sentence=sent_index.get(sent.start, 0), start=sent.start_char, end=sent.end_char,
            source=tr.source, target=tr.target, code=tr.code, root=entry.root, quad_class=entry.quad_class,
            goldstein=entry.goldstein, plover=entry.plover, plover_mode=entry.plover_mode, date=date,
            date_precision=precision, trigger=verb.text, sentence_text=sent.text.strip(), rule=tr.rule,
            confidence=0.6))
    return events

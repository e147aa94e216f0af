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

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from itertools import permutations
from typing import Callable, Iterator

from spacy.tokens import Doc, Span, Token

from foedus.events.petrarch_actors import NULL_ACTOR, PhraseBook, PhraseMatch, find_phrases, with_agents
from foedus.events.petrarch_dictionary import NULL_CODES, DiscardList, VerbDictionary, VerbPattern
from foedus.events.petrarch_match import Binding, VerbHit, match_pattern, sides, verb_hits
from foedus.records import Event, Mention

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
NOT_IN_PHRASE = {"conj", "cc", "relcl", "acl", "appos", "punct", "advcl"}
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


@contextmanager
def using_petrarch(setup: PetrarchSetup) -> Iterator[PetrarchSetup]:
    """Code English with this verb dictionary for the duration of the block."""
    token = _ACTIVE.set(setup)
    try:
        yield setup
    finally:
        _ACTIVE.reset(token)


def active_petrarch() -> PetrarchSetup | None:
    return _ACTIVE.get()


# ------------------------------------------------------------------ actors in the parse
class SentenceActors:
    """Actor/agent phrases of one sentence and the codes of the noun phrases that hold them."""

    def __init__(self, sent: Span, phrases: list[PhraseMatch], date: str | None) -> None:
        self.sent, self.phrases, self.date = sent, phrases, date
        self.by_token = {i: ph for ph in phrases for i in range(ph.start, ph.end)}

    def _local(self, tok: Token) -> list[int]:
        """Token indices of a conjunct without its coordinated siblings or clauses."""
        out = [tok.i]
        for child in tok.children:
            if child.dep_ not in NOT_IN_PHRASE:
                out.extend(t.i for t in child.subtree)
        return sorted(out)

    def _in(self, indices: list[int]) -> list[PhraseMatch]:
        seen: list[PhraseMatch] = []
        for i in indices:
            ph = self.by_token.get(i)
            if ph is not None and ph not in seen:
                seen.append(ph)
        return seen

    def _names(self, found: list[PhraseMatch]) -> list[PhraseMatch]:
        """The first name and the names coordinated with it ("in Fornost and Gondor")."""
        names = [ph for ph in found if ph.actor is not None]
        if not names:
            return []
        group = conj_top(self.sent.doc[names[0].end - 1])
        return [n for n in names if conj_top(self.sent.doc[n.end - 1]).i == group.i]

    def conjunct_codes(self, tok: Token) -> tuple[list[str], list[PhraseMatch], list[PhraseMatch]]:
        found = self._in(self._local(tok))
        names = self._names(found)
        agents = [ph for ph in found if ph.agent is not None]
        codes = [with_agents(code, [a.agent for a in agents]) for n in names for code in n.actor.codes_on(self.date)]
        return codes, names, agents

    def np_codes(self, tok: Token) -> list[str]:
        """Codes of the noun phrase headed by `tok`, one per coordinated actor."""
        top = conj_top(tok)
        conjuncts = [top] + [c for c in conj_chain(top) if c.pos_ in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"}]
        results = [self.conjunct_codes(c) for c in conjuncts]
        lead = next(((names, agents, c) for (codes, names, agents), c in zip(results, conjuncts) if names), None)
        out: list[str] = []
        for (codes, names, agents), conj in zip(results, conjuncts):
            if not codes and agents and lead is not None:
                # "Danish media and government": the second conjunct takes the first one's country
                # and modifiers
                lead_names, lead_agents, lead_tok = lead
                modifiers = [a.agent for a in lead_agents if not (a.start <= lead_tok.i < a.end)]
                codes = [with_agents(code, modifiers + [a.agent for a in agents])
                         for n in lead_names for code in n.actor.codes_on(self.date)]
            elif not codes and agents:
                codes = [with_agents(NULL_ACTOR, [a.agent for a in agents])]
            out.extend(c for c in codes if c not in out)
        return out

    def phrase_codes(self, ph: PhraseMatch) -> list[str]:
        return self.np_codes(phrase_head(self.sent.doc, ph))


def conj_top(tok: Token) -> Token:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def conj_chain(tok: Token) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "conj":
            out.append(child)
            out.extend(conj_chain(child))
    return out


def phrase_head(doc: Doc, ph: PhraseMatch) -> Token:
    """The noun a phrase belongs to: "the government of [Gondor]" -> government when the outer
    noun is itself an agent."""
    tok = doc[ph.end - 1]
    for _ in range(CLIMB):
        if tok.dep_ in {"compound", "amod", "poss", "nmod", "nummod"} and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return tok


# ------------------------------------------------------------------ subject / objects
def subject_token(verb: Token, skip: set[int] | None = None) -> Token | None:
    tok = verb
    for _ in range(CLIMB):
        subj = [c for c in tok.children if c.dep_ in SUBJECTS and not (skip and c.i in skip)]
        if subj:
            s = subj[0]
            if s.pos_ != "PRON":
                return s
            if tok.dep_ in {"relcl", "acl"}:
                return tok.head
        elif tok.dep_ in {"relcl", "acl"}:
            return tok.head
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def passive_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def lower_tokens(verb: Token) -> list[Token]:
    """The verb's own phrase after it: its subtree without coordinated verbs ("condemned … and
    promised …")."""
    cut: set[int] = set()
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in {"VERB", "AUX"}:
            cut.update(t.i for t in child.subtree)
        if child.dep_ == "cc" and any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in verb.children):
            cut.add(child.i)
    return [t for t in verb.subtree if t.i not in cut]


# ------------------------------------------------------------------ coding
def _pairs(sources: list[str], targets: list[str], reciprocal: bool) -> list[tuple[str, str]]:
    if reciprocal or (not targets and len(sources) >= 2):
        return [(a, b) for a, b in permutations(sources, 2)]
    return [(s, t) for s in sources for t in targets if s != t]


def _code_verb(hit: VerbHit, verb: Token, actors: SentenceActors, setup: PetrarchSetup) -> list[CodedTriple]:
    sent = actors.sent
    verb_tokens = set(range(hit.first, hit.last + 1))
    upper, lower = sides(sent, hit, [t for t in lower_tokens(verb) if t.i not in verb_tokens], actors.phrases)
    block = hit.form.block
    pattern: VerbPattern | None = None
    binding = Binding()
    for candidate in block.patterns:
        found = match_pattern(candidate, upper, lower, setup.verbs)
        if found is not None:
            pattern, binding = candidate, found
            break
    code = pattern.code if pattern else (hit.form.code or block.code)
    if code in NULL_CODES:
        return []
    sources, targets, reciprocal = _actors_for(verb, binding, actors, lower)
    rule = f"petrarch:{block.name}:{pattern.line if pattern else 'default'}"
    first, _, second = code.partition(":")
    out: list[CodedTriple] = []
    for s, t in _pairs(sources, targets, reciprocal):
        if first not in NULL_CODES:
            out.append(CodedTriple(s, t, first, verb.i, rule))
        if second and second not in NULL_CODES and not reciprocal:
            out.append(CodedTriple(t, s, second, verb.i, rule))
    return out


def _actors_for(verb: Token, binding: Binding, actors: SentenceActors, lower) -> tuple[list[str], list[str], bool]:
    bound_source, bound_target = binding.first("source"), binding.first("target")
    compound = binding.first("compound")
    skipped = set()
    for kind in ("target", "skip", "compound"):
        for ph in binding.slots.get(kind, []):
            skipped.update(range(ph.start, ph.end))
    if bound_source is not None:
        sources = actors.phrase_codes(bound_source)
    else:
        subject = subject_token(verb)
        agent = passive_agent(verb)
        if agent is not None and bound_target is None:
            sources = actors.np_codes(agent)
            bound_target_codes = actors.np_codes(subject) if subject is not None else []
            return sources, bound_target_codes, False
        if subject is not None and any(t.i in skipped for t in subject.subtree) and compound is None:
            subject = subject_token(subject.head, skip={subject.i}) if subject.head.i != subject.i else None
            subject = subject if subject is not None else _next_subject(verb, skipped)
        sources = actors.np_codes(subject) if subject is not None else []
    if compound is not None and compound.start < verb.i:
        return actors.phrase_codes(compound), [], True
    if bound_target is not None:
        return sources, actors.phrase_codes(bound_target), False
    if compound is not None:
        return sources, actors.phrase_codes(compound), False
    for pos in sorted(lower.phrase_at):
        codes = [c for c in actors.phrase_codes(lower.phrase_at[pos]) if c not in sources]
        if codes:
            return sources, codes, False
    return sources, [], False


def _next_subject(verb: Token, skipped: set[int]) -> Token | None:
    tok = verb
    for _ in range(CLIMB):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        subj = [c for c in tok.children if c.dep_ in SUBJECTS and c.i not in skipped]
        if subj:
            return subj[0]
    return None


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
    all_words = [t.text.upper() for t in doc]
    if _discarded(all_words, setup.discards.story):
        return []
    out: list[tuple[Span, CodedTriple]] = []
    for sent in doc.sents:
        if _discarded([t.text.upper() for t in sent], setup.discards.sentence):
            continue
        phrases = find_phrases(sent, setup.phrases) if setup.phrases else mention_phrases(sent, mentions)
        actors = SentenceActors(sent, phrases, date)
        seen: set[tuple[str, str, str]] = set()
        for tok in sent:
            if tok.i in actors.by_token:
                continue
            hits = verb_hits(tok, setup.verbs)
            for hit in hits:
                triples = _code_verb(hit, tok, actors, setup)
                if triples or hit is hits[-1]:
                    for tr in triples:
                        if (tr.source, tr.target, tr.code) not in seen:
                            seen.add((tr.source, tr.target, tr.code))
                            out.append((sent, tr))
                    break
    return out


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

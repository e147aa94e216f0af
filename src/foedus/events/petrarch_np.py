"""Codes of the noun phrases around actor/agent phrases, PETRARCH-style, from our spaCy parse.

A noun phrase is cut into conjuncts at coordinators (``,`` ``and`` ``or`` ``nor``, but not
between two adjectives: "awful and evil minister"). Each conjunct is coded with its *first* actor
name plus its agents ("Gondor's main opposition group" -> GONMOP, "the evil Arnor awful Gondor" ->
ARN). Two PETRARCH behaviours the unit tests document are kept:

* agents before a prepositional phrase apply to every actor it coordinates: "Lawmakers and
  officials in Fornost and Gondor" -> FORLEG GONLEG FORGOV GONGOV;
* a conjunct with agents only takes the country and modifiers of the conjunct before it:
  "Danish Islamist media and government" -> DNKMUSMED DNKMUSGOV; with no country anywhere it is
  coded ``---`` + agents ("Clerics and lawmakers" -> ---REL ---LEG).
"""

from __future__ import annotations

from typing import Container

from spacy.tokens import Span, Token

from foedus.events.petrarch_actors import NULL_ACTOR, AgentEntry, PhraseMatch, with_agents

COORDINATORS = {",", "and", "or", "nor", "&", ";"}
PP_MARKERS = {"of", "in", "from", "at", "for"}
CLAUSE_DEPS = {"relcl", "acl", "advcl"}
NP_CLIMB = {"compound", "amod", "poss", "nmod", "nummod", "conj", "appos"}


class SentenceActors:
    """Actor/agent phrases of one sentence and the codes of the noun phrases that hold them."""

    def __init__(self, sent: Span, phrases: list[PhraseMatch], date: str | None) -> None:
        self.sent, self.phrases, self.date = sent, phrases, date
        self.by_token = {i: ph for ph in phrases for i in range(ph.start, ph.end)}

    # ------------------------------------------------------------ spans
    def np_tokens(self, head: Token, limit: Container[int] | None = None) -> list[Token]:
        """The phrase headed by `head` without its relative/adverbial clauses."""
        cut: set[int] = set()
        for tok in head.subtree:
            if tok.dep_ in CLAUSE_DEPS and tok.i != head.i:
                cut.update(t.i for t in tok.subtree)
        return [t for t in head.subtree if t.i not in cut and (limit is None or t.i in limit)]

    def np_head(self, ph: PhraseMatch) -> Token:
        """The outermost noun a phrase belongs to: through compounds, coordination and appositions,
        and through "of"/"in" when the outer noun is an agent ("the government of [Gondor]")."""
        doc = self.sent.doc
        tok = doc[ph.end - 1]
        for _ in range(8):
            head = tok.head
            if head.i == tok.i:
                break
            if tok.dep_ in NP_CLIMB and head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM", "PRON"}:
                tok = head
            elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in PP_MARKERS \
                    and self._agent_at(head.head.i):
                tok = head.head
            else:
                break
        return tok

    def _agent_at(self, i: int) -> bool:
        ph = self.by_token.get(i)
        return ph is not None and ph.agent is not None

    # ------------------------------------------------------------ coding
    def segments(self, tokens: list[Token]) -> list[list[Token]]:
        out: list[list[Token]] = [[]]
        for n, tok in enumerate(tokens):
            between_modifiers = (0 < n < len(tokens) - 1 and tokens[n - 1].pos_ in {"ADJ", "ADV"}
                                 and tokens[n + 1].pos_ in {"ADJ", "ADV"})
            if tok.lower_ in COORDINATORS and tok.i not in self.by_token and not between_modifiers:
                out.append([])
            elif tok.lower_ != "neither":
                out[-1].append(tok)
        return [seg for seg in out if seg]

    def _found(self, seg: list[Token]) -> tuple[list[PhraseMatch], list[PhraseMatch]]:
        seen: list[PhraseMatch] = []
        for tok in seg:
            ph = self.by_token.get(tok.i)
            if ph is not None and ph not in seen:
                seen.append(ph)
        return [p for p in seen if p.actor is not None], [p for p in seen if p.agent is not None]

    def _codes(self, name: PhraseMatch, agents: list[AgentEntry]) -> list[str]:
        return [with_agents(code, agents) for code in name.actor.codes_on(self.date)]

    def code_tokens(self, tokens: list[Token]) -> list[str]:
        infos = [(seg, *self._found(seg)) for seg in self.segments(tokens)]
        out: list[str] = []
        pending: list[list[AgentEntry]] = []  # agent-only conjuncts waiting for a country
        lead: tuple[PhraseMatch, list[AgentEntry]] | None = None
        n = 0
        while n < len(infos):
            seg, names, agents = infos[n]
            agent_codes = [a.agent for a in agents]
            if not names:
                if agents and lead is not None:
                    out += self._codes(lead[0], lead[1] + agent_codes)
                elif agents:
                    pending.append(agent_codes)
                n += 1
                continue
            if agents and _agent_before_pp(seg, agents[0], names[0]):
                pool = [names[0]]
                n += 1
                while n < len(infos) and infos[n][1] and not infos[n][2]:
                    pool.append(infos[n][1][0])
                    n += 1
                out += [c for ags in pending + [agent_codes] for name in pool for c in self._codes(name, ags)]
                pending = []
                continue
            out += [with_agents(NULL_ACTOR, ags) for ags in pending]
            pending = []
            out += self._codes(names[0], agent_codes)
            lead = (names[0], agent_codes[:-1] if agents and agents[-1].start > names[0].start else agent_codes)
            n += 1
        out += [with_agents(NULL_ACTOR, ags) for ags in pending]
        return list(dict.fromkeys(c for c in out if c))

    def np_codes(self, head: Token, limit: Container[int] | None = None) -> list[str]:
        return self.code_tokens(self.np_tokens(head, limit))

    def phrase_codes(self, ph: PhraseMatch, limit: Container[int] | None = None) -> list[str]:
        codes = self.np_codes(self.np_head(ph), limit)
        if codes or ph.actor is None:
            return codes
        return self.code_tokens([self.sent.doc[i] for i in range(ph.start, ph.end)])


def _agent_before_pp(seg: list[Token], agent: PhraseMatch, name: PhraseMatch) -> bool:
    """"officials in Fornost": the agent comes first and a preposition links it to the name."""
    return agent.end <= name.start and any(t.lower_ in PP_MARKERS and agent.end <= t.i < name.start for t in seg)

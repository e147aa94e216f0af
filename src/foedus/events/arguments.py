"""Event arguments from the dependency parse: which tokens fill a trigger's source and target
slots, and which actor codes those tokens denote."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Token

from foedus.records import Mention

RELATIVE_PRONOUNS = {"qui", "que", "lequel", "laquelle", "lesquels", "who", "which", "that"}
PERSONAL_PRONOUNS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "lui", "eux", "he", "she", "they", "him", "them",
                     "son", "sa", "ses", "leur", "leurs", "his", "her", "their"}


@dataclass
class Argument:
    codes: list[str]
    text: str
    actor_ids: list[str]
    token: Token
    is_place: bool = False


def _case_of(tok: Token) -> str:
    for c in tok.children:
        if c.dep_ in {"case", "mark", "prep"}:
            return c.lower_.replace("’", "'")
    return ""


CASE_ALIASES = {"au": "à", "aux": "à", "du": "de", "des": "de", "d'": "de"}


def slot_tokens(head: Token, slot: str) -> list[Token]:
    """Children of `head` that fill a slot: `nsubj`, `obj`, `iobj`, `obl:à`, `nmod:entre`, `amod`, `poss`."""
    kind, _, prep = slot.partition(":")
    out: list[Token] = []
    for child in head.children:
        dep = child.dep_
        if kind == "nsubj" and dep in {"nsubj", "nsubj:pass"} and child.pos_ != "SCONJ":
            out.append(child)
        elif kind == "obj" and dep in {"obj", "dobj"}:
            out.append(child)
        elif kind == "iobj" and dep in {"iobj", "dative"}:
            out.append(child)
        elif kind in {"obl", "nmod"} and dep.split(":")[0] in {"obl", "nmod", "prep", "pobj"} and prep:
            case = CASE_ALIASES.get(_case_of(child), _case_of(child))
            if case == prep:
                out.append(child)
        elif kind == "amod" and dep == "amod":
            out.append(child)
        elif kind == "poss" and (dep in {"det", "nmod:poss", "poss"}) and child.lower_ in {"son", "sa", "ses", "leur", "leurs", "his", "her", "their"}:
            out.append(child)
    return out


def passive_agent(head: Token) -> Token | None:
    for child in head.children:
        if child.dep_ in {"obl:agent", "agent"}:
            return child
        if child.dep_.startswith("obl") and _case_of(child) == "par":
            return child
    return None


def is_passive(head: Token) -> bool:
    return any(c.dep_ in {"nsubj:pass", "aux:pass", "auxpass", "nsubjpass"} for c in head.children)


def inherited_subject(head: Token) -> Token | None:
    """The subject an infinitive or coordinated verb shares with its governor."""
    node = head
    for _ in range(3):
        if node.dep_ not in {"xcomp", "conj", "advcl", "acl"} or node.head is node:
            return None
        node = node.head
        subj = [c for c in node.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        if subj:
            return subj[0]
    return None


class ActorReader:
    """Maps tokens to actor codes using the article's mentions (and pronoun resolution)."""

    def __init__(self, mentions: list[Mention], pronoun_resolver: Callable | None = None,
                 agent_sector: Callable[[str], str | None] | None = None, main_country: str | None = None) -> None:
        self.mentions = mentions
        self.pronoun_resolver = pronoun_resolver
        # a bare agent noun ("l'armée", "la police", "des civils") belongs to the article's country
        self.agent_sector = agent_sector or (lambda lemma: None)
        self.main_country = main_country
        self._by_head = {m.head: m for m in mentions if m.head is not None}

    def mention_for(self, tok: Token) -> Mention | None:
        if tok.i in self._by_head:
            return self._by_head[tok.i]
        best = None
        for m in self.mentions:
            if m.start <= tok.idx < m.end and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def read(self, tok: Token) -> Argument | None:
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in {"acl:relcl", "relcl"}:
            tok = tok.head.head
        mention = self.mention_for(tok)
        if mention is None and tok.lower_ in PERSONAL_PRONOUNS and self.pronoun_resolver is not None:
            mention = self.pronoun_resolver(tok.doc, tok.i, self.mentions)
        if mention is None:
            # a phrase whose head is generic ("les ministères de la Défense … des deux pays"): look inside
            for sub in tok.subtree:
                if sub is not tok and sub.i in self._by_head and sub.head == tok and sub.dep_ in {"nmod", "amod"}:
                    mention = self._by_head[sub.i]
                    break
        if mention is None:
            return self._bare_agent(tok)
        codes = list(mention.members) if mention.members else ([mention.code] if mention.code else [])
        ids = list(mention.member_ids) if mention.member_ids else ([mention.actor_id] if mention.actor_id else [])
        extra = [self.read(c) for c in tok.children if c.dep_ == "conj"]
        for arg in extra:
            if arg:
                codes += [c for c in arg.codes if c not in codes]
                ids += arg.actor_ids
        if not codes:
            return None
        place = _case_of(tok) in {"à", "au", "en", "dans", "in", "at"} and mention.kind in {"metonym", "name", "country"}
        return Argument(codes=codes, text=mention.name or mention.text, actor_ids=ids, token=tok, is_place=place)

    def _bare_agent(self, tok: Token) -> Argument | None:
        if not self.main_country or tok.pos_ != "NOUN":
            return None
        sector = self.agent_sector(tok.lemma_.lower())
        if not sector:
            return None
        code = self.main_country + sector
        return Argument(codes=[code], text=tok.text, actor_ids=[], token=tok)


def main_country(mentions: list[Mention], place_countries: list[str]) -> str | None:
    """The country an article is mostly about: its most frequent country code in actor
    mentions and places (IGOs and armed groups aside)."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for m in mentions:
        if m.code and m.code[:3].isalpha() and m.code[:3] not in {"IGO", "IMG", "NGO", "MNC", "WST", "EUR"}:
            counts[m.code[:3]] += 1
    for c in place_countries:
        if c:
            counts[c] += 1
    return counts.most_common(1)[0][0] if counts else None

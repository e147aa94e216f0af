"""Turn a cue's subject or addressee token into a canonical speaker (name, actor id, code).

The actor layer supplies mentions (names, descriptions, groups) and pronoun antecedents; what
it does not know (an institution such as "le service de presse du Kremlin", an unnamed source)
is kept as the noun phrase the text gives, which is how ANNOTATION.md writes such speakers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Token

from foedus.records import Mention

PRONOUN_SUBJECTS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "lui", "he", "she", "they", "him", "her"}
FIRST_PERSON = {"je", "j'", "j’", "nous", "i", "we"}
# Dependents that are not part of the speaker's name phrase.
CUT_DEPS = {"acl", "acl:relcl", "appos", "parataxis", "punct", "advcl", "dislocated", "conj", "cc", "relcl"}


@dataclass
class Speaker:
    text: str
    actor_id: str | None = None
    code: str | None = None
    mention: Mention | None = None


class SpeakerResolver:
    """Resolves tokens to speakers against one article's mentions."""

    def __init__(self, doc: Doc, mentions: list[Mention], pronoun_resolver=None,
                 is_speaker_noun: Callable[[str], bool] | None = None) -> None:
        self.doc = doc
        self.is_speaker_noun = is_speaker_noun or (lambda lemma: True)
        self.mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
        self.pronoun_resolver = pronoun_resolver

    def mention_at(self, token: Token) -> Mention | None:
        """The longest mention covering the token (or headed by it)."""
        best = None
        for m in self.mentions:
            if m.head == token.i or m.start <= token.idx < m.end:
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def mention_in(self, start: int, end: int) -> Mention | None:
        """The first person-like mention (with a name) inside a character range."""
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        named = [m for m in inside if m.name]
        return (named or inside or [None])[0]

    def resolve(self, token: Token) -> Speaker | None:
        if token.lower_ in PRONOUN_SUBJECTS or (token.pos_ == "PRON" and token.lower_ not in FIRST_PERSON):
            if self.pronoun_resolver is None:
                return None
            antecedent = self.pronoun_resolver(self.doc, token.i, self.mentions)
            return self._from_mention(antecedent) if antecedent else None
        phrase = self.phrase(token)
        mention = self.mention_at(token)
        if mention is None or not mention.name:
            inner = self.mention_in(phrase.start_char, phrase.end_char)
            if inner is not None and inner.name and inner.kind in ("name", "description", "group"):
                # "le géopoliticien Cyrille Bret": the person inside the phrase speaks.
                if inner.kind == "name" and self._is_person(inner):
                    mention = inner
        if mention is not None and mention.name and self._is_person(mention):
            return self._from_mention(mention)
        if mention is None and token.pos_ == "NOUN" and not self.is_speaker_noun(token.lemma_.lower()):
            inner = self.mention_in(phrase.start_char, phrase.end_char)
            if inner is None:
                return None  # "Ce déplacement a été convenu…": a thing, not a speaker
        code = mention.code if mention else None
        if code is None:
            inner = self.mention_in(phrase.start_char, phrase.end_char)
            code = inner.code if inner else None
        return Speaker(text=phrase.text, actor_id=mention.actor_id if mention else None, code=code, mention=mention)

    def _is_person(self, m: Mention) -> bool:
        return m.kind in ("name", "description", "pronoun", "group") and bool(m.name)

    def _from_mention(self, m: Mention) -> Speaker:
        return Speaker(text=m.name or m.text, actor_id=m.actor_id, code=m.code, mention=m)

    def phrase(self, head: Token):
        """The noun phrase headed by `head`, without relative clauses, appositions or what follows a comma."""
        keep = {head.i}
        stack = [head]
        while stack:
            tok = stack.pop()
            for child in tok.children:
                if child.dep_ in CUT_DEPS:
                    continue
                keep.add(child.i)
                stack.append(child)
        lo, hi = min(keep), max(keep)
        # stop at the first comma or quotation mark after the head
        for i in range(head.i, hi + 1):
            if self.doc[i].text in {",", "«", "»", "“", "”", '"', "(", ":"}:
                hi = i - 1
                break
        for i in range(head.i, lo - 1, -1):
            if self.doc[i].text in {",", "«", "»", "“", "”", '"', "(", ":"}:
                lo = i + 1
                break
        return self.doc[lo:hi + 1]

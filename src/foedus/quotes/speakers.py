"""Turn a cue's subject or addressee token into a canonical speaker (name, actor id, code).

The actor layer supplies mentions (names, descriptions, groups) and pronoun antecedents; what
it does not know (an institution such as "le service de presse du Kremlin", an unnamed source)
is kept as the noun phrase the text gives, which is how ANNOTATION.md writes such speakers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Token

from foedus.actors.kb import load_kb
from foedus.records import Mention

PRONOUN_SUBJECTS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "lui", "he", "she", "they", "him", "her"}
FIRST_PERSON = {"je", "j'", "j’", "nous", "i", "we"}
# Dependents that are not part of the speaker's name phrase.
# Endings of French/English nouns of persons ("négociateur", "analyste", "habitante") — a subject
# with such a head can speak even when no lexicon lists it.
HUMAN_NOUN_ENDINGS = ("eur", "euse", "rice", "iste", "ien", "ienne", "ier", "ière", "ant", "ante", "aire", "ais",
                      "aise", "ois", "oise", "at", "ate", "logue", "ef", "oyen", "oyenne", "ain", "aine", "in", "ine",
                      "ard", "arde", "isan", "isane", "euses", "eurs", "istes", "iens", "iennes", "ants", "aires",
                      "ats", "er", "ers", "ist", "ists", "ian", "ians", "or", "ors")
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
                 is_speaker_noun: Callable[[str], bool] | None = None, lang: str = "fr",
                 published: str | None = None) -> None:
        self.doc = doc
        self.lang, self.published = lang, published
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
        if token.lower_ in {"qui", "who"} and token.head.dep_ in {"acl:relcl", "relcl"}:
            token = token.head.head  # "l'organisation, qui affirme …" → the organisation
        if token.lower_ in PRONOUN_SUBJECTS or (token.pos_ == "PRON" and token.lower_ not in FIRST_PERSON):
            if self.pronoun_resolver is None:
                return None
            people = [m for m in self.mentions if self._is_person(m)]
            antecedent = self.pronoun_resolver(self.doc, token.i, people)
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
        named = self._apposed_person(token) or self._named_after(phrase) or self._title_holder(token)
        if named is not None:
            return self._from_mention(named)
        if mention is None and token.pos_ == "NOUN" and not self.is_speaker_noun(token.lemma_.lower()) \
                and not token.lower_.endswith(HUMAN_NOUN_ENDINGS):
            inner = self.mention_in(phrase.start_char, phrase.end_char)
            if inner is None:
                return None  # "Ce déplacement a été convenu…": a thing, not a speaker
        code = mention.code if mention else None
        if code is None:
            inner = self.mention_in(phrase.start_char, phrase.end_char)
            code = inner.code if inner else None
        # a body or a place standing for one keeps the article's own words ("Bruxelles", "l'Elysée")
        return Speaker(text=phrase.text, actor_id=mention.actor_id if mention else None, code=code, mention=mention)

    def _is_person(self, m: Mention) -> bool:
        """A mention of a person: a KB person, or a name with no code (spaCy PER), or a
        description resolved to a named office-holder."""
        if not m.name or m.kind not in ("name", "description", "group"):
            return False
        if m.kind == "group":
            return False
        if m.actor_id is None:
            return m.code is None or m.kind == "description"
        actor = load_kb().get(m.actor_id)
        return actor is not None and actor.kind == "person"

    def _apposed_person(self, head: Token) -> Mention | None:
        """A title whose apposition names the person: "le porte-parole du collectif, Jérémie Zimmermann"."""
        for child in head.children:
            if child.dep_ in {"appos", "flat:name", "nmod"} and child.pos_ == "PROPN":
                m = self.mention_at(child)
                if m is not None and self._is_person(m):
                    return m
        return None

    def _named_after(self, phrase) -> Mention | None:
        """A description followed by the person's name: "le porte-parole du collectif, Jérémie Zimmermann,"."""
        end = phrase.end
        if end < len(self.doc) and self.doc[end].text == "," and end + 1 < len(self.doc):
            m = self.mention_at(self.doc[end + 1])
            if m is not None and self._is_person(m):
                return m
        return None

    def _title_holder(self, head: Token) -> Mention | None:
        """A bare title ("le président") → the last person named before it who holds that office."""
        if head.pos_ != "NOUN":
            return None
        from foedus.actors.normalize import key

        kb = load_kb()
        agent = kb.agents.get((self.lang, key(head.lemma_.lower())))
        if agent is None or not agent.position:
            return None
        before = [m for m in self.mentions if m.end <= head.idx and self._is_person(m) and m.actor_id]
        for m in reversed(before):
            if kb.position_of(m.actor_id, self.published) == agent.position:
                return m
        return None

    def _fullest(self, m: Mention) -> str:
        """The fullest form of a person's name in the article ("B. Obama" → "Barack Obama")."""
        name = m.name or m.text
        last = name.split()[-1].lower() if name.split() else ""
        best = name
        for other in self.mentions:
            other_name = other.name or ""
            parts = other_name.split()
            if parts and parts[-1].lower() == last and len(other_name) > len(best) and self._is_person(other):
                best = other_name
        return best

    def _from_mention(self, m: Mention) -> Speaker:
        text = self._fullest(m) if self._is_person(m) else (m.name or m.text)
        return Speaker(text=text, actor_id=m.actor_id, code=m.code, mention=m)

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
        while lo < head.i and (self.doc[lo].dep_ == "case" and self.doc[lo].head == head or self.doc[lo].lower_ in {"selon", "d'", "d’", "après", "pour"}):
            lo += 1
        for i in range(head.i, lo - 1, -1):
            if self.doc[i].text in {",", "«", "»", "“", "”", '"', "(", ":"}:
                lo = i + 1
                break
        return self.doc[lo:hi + 1]

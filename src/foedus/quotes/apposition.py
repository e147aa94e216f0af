"""Names set beside a title: "le porte-parole du collectif, Jérémie Zimmermann", "l'ancien
porte-parole, Timor Goksel," — and the comma after a source phrase that sets off no apposition
("Selon le Premier ministre, Marie Dupont « ne doit pas démissionner »"). Pure functions over a
parsed ``Doc``; the speaker resolver passes its mention look-ups."""

from __future__ import annotations

from dataclasses import replace
from typing import Callable

from spacy.tokens import Span, Token

from foedus.language.honorifics import honorifics
from foedus.quotes.coreference import in_complement
from foedus.quotes.title_links import enclosed_name
from foedus.quotes.speaker_phrases import portfolio_holder_start
from foedus.records import Mention

HONORIFICS = honorifics()
MentionAt = Callable[[Token], "Mention | None"]
IsPerson = Callable[[Mention], bool]
IsPersonNoun = Callable[[Token], bool]
BODY_ENTITIES = {"ORG", "GPE", "LOC", "NORP", "FAC"}


def _name_end(tok: Token) -> int:
    """The last token of the run of proper nouns that starts at `tok`."""
    doc, end = tok.doc, tok.i
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    return end


def _possessor(tok: Token) -> bool:
    """The name owns the next noun ("Akufo-Addo's party"): a determiner, not an apposition."""
    end = _name_end(tok)
    return end + 1 < len(tok.doc) and tok.doc[end + 1].lower_ in {"'s", "’s", "'", "’"}


def _first_of_names(tok: Token, described: Token) -> bool:
    """"Les enfants de M. Ledezma, Victor, Vanessa et Antonietta, ont indiqué": a list of names
    apposed to a plural noun; the noun speaks, not its first name."""
    doc, end = tok.doc, _name_end(tok)
    return tok.pos_ == "PROPN" and end + 2 < len(doc) and doc[end + 1].lower_ in {",", "et", "and"} \
        and doc[end + 2].pos_ == "PROPN" and "Plur" in described.morph.get("Number")


def subject_after_source(head: Token, name: Token) -> bool:
    """"Selon le Premier ministre, Marie Dupont « ne doit pas démissionner »": after a source phrase,
    a name the comma sets off but no second comma closes is the clause's subject, not an apposition."""
    doc = head.doc
    if not any(c.dep_ == "case" and c.lower_ in {"selon", "après", "according"} for c in head.children):
        return False
    last = _name_end(name)
    return doc[name.i - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text != ","


def _proper(tok: Token, mention_at: MentionAt, is_person: IsPerson) -> bool:
    """A proper noun, or a capitalised word inside a person's name the tagger took for something
    else ("le président de la Confédération Ignazio Cassis": "Ignazio" tagged a verb)."""
    if tok.pos_ == "PROPN":
        return True
    m = mention_at(tok) if tok.text[:1].isupper() and tok.i > tok.sent.start else None
    return m is not None and m.kind == "name" and m.start <= tok.idx and is_person(m)


def _named_at(tok: Token, mention_at: MentionAt) -> Mention | None:
    """The mention at a word, or at the name right after it when the word is an honorific the
    mention leaves out ("…, cheikh Mohamed ben Abderrahmane Al-Thani,")."""
    m = mention_at(tok)
    if m is None and tok.lower_.rstrip(".") in HONORIFICS and tok.i + 1 < len(tok.doc):
        m = mention_at(tok.doc[tok.i + 1])
    return m


def apposed_person(head: Token, mention_at: MentionAt, is_person: IsPerson, is_person_noun: IsPersonNoun) -> Mention | None:
    """A title whose apposition names the person: "le porte-parole du collectif, Jérémie Zimmermann"
    (a multi-word proper name there is a person even when NER calls it a place: "Timor Goksel")."""
    doc = head.doc
    if head.pos_ not in {"NOUN", "PRON", "PROPN"}:
        return None
    for child in head.children:
        if child.dep_ not in {"appos", "flat:name", "nmod"} or not _proper(child, mention_at, is_person) \
                or in_complement(doc, child.i, head, HONORIFICS):
            continue  # "le fils de Jean Dupont": the complement's person is not the one speaking
        if head.pos_ == "PROPN" and (child.dep_ != "appos" or doc[child.i - 1].text != "," and any(
                c.dep_ == "case" for c in head.children)):
            continue  # a name's own parts (only "The United Nations … coordinator Jan Egeland"), or a
            # name glued to a prepositional phrase ("a déclaré à l'AFP Zaw Min Tun": the speaker)
        if child.dep_ == "appos" and (subject_after_source(head, child) or any(c.dep_ == "conj" for c in child.children)
                                      or _first_of_names(child, head)):
            continue  # ("Les enfants de M. Ledezma, Victor, Vanessa et Antonietta, ont indiqué": the children speak)
        m = _named_at(child, mention_at)
        if m is not None and is_person(m):
            return m
        parts = [child] + [g for g in child.children if g.dep_ in {"flat:name", "flat"}]
        if child.dep_ == "appos" and len(parts) >= 2 and m is None:
            lo, hi = min(t.i for t in parts), max(t.i for t in parts)
            while lo >= 2 and doc[lo - 1].text == "-" and doc[lo - 2].whitespace_ == "" and doc[lo - 1].whitespace_ == "" \
                    and doc[lo - 2].text[:1].isupper():
                lo -= 2  # "Youn-jin Choi": the first half of a hyphenated given name
            span = doc[lo:hi + 1]
            return Mention(article_id="", sentence=0, start=span.start_char, end=span.end_char, text=span.text,
                           code=None, kind="name", head=child.i, name=span.text, rule="quotes:apposed-name")
    for complement in (c for c in head.children if c.dep_ == "nmod" and head.pos_ in {"NOUN", "PRON"}):
        # "le ministre de l'Intérieur Gérald Darmanin": the name hangs on the title's complement
        # ("L'un des deux porte-parole …, Joe Incandela, a annoncé": on the partitive's noun)
        if head.pos_ == "NOUN" and complement.text[:1].islower() and is_person_noun(complement):
            continue  # "un porte-parole du Premier ministre Tony Blair": the minister's name ("de l'Intérieur X": not)
        for child in complement.children:
            m = _named_at(child, mention_at) if child.dep_ == "appos" and child.pos_ == "PROPN" else None
            if m is not None and is_person(m):
                return m
    return None


def named_after(phrase: Span, mention_at: MentionAt, is_person: IsPerson, is_person_noun: IsPersonNoun) -> Mention | None:
    """A description followed by the person's name: "l'ancien porte-parole, Timor Goksel,"."""
    doc = phrase.doc
    end = phrase.end
    if end < len(doc) and doc[end].text == "(":  # "la secrétaire à l'Intérieur (Environnement), Gale Norton"
        end = next((t.i + 1 for t in doc[end:min(len(doc), end + 8)] if t.text == ")"), end)
    if end < len(doc) and doc[end].pos_ == "ADP":  # "le représentant de l'UA pour la Corne de l'Afrique, X"
        stop = next((t.i for t in doc[end:min(len(doc), end + 8)] if t.is_punct), None)
        if stop is not None and doc[stop].text == "," and not any(t.pos_ in {"VERB", "AUX"} for t in doc[end:stop]):
            end = stop
    holder = portfolio_holder_start(phrase, is_person_noun)
    if holder is not None and (m := mention_at(doc[holder])) is not None and is_person(m):
        cut = doc[holder].idx - m.start  # the parser's entity may have taken in the portfolio
        return replace(m, start=m.start + cut, text=m.text[cut:], name=m.text[cut:]) if cut > 0 else m
    last_noun = next((t for t in reversed(phrase) if t.pos_ == "NOUN"), phrase.root)
    if end < len(doc) and not doc[end - 1].is_punct and is_person_noun(phrase.root) \
            and (last_noun.i == phrase.root.i or not is_person_noun(last_noun)) \
            and (m := mention_at(doc[end])) is not None and m.start == doc[end].idx and is_person(m):
        # "le général de Corps d'Armée Mamadi Doumbouya", "le vice-ministre russe des Affaires
        # étrangères Grigori Karassine": the name closes the title's complement (not a person's title
        # in it: "un porte-parole du Premier ministre Tony Blair" is not Tony Blair)
        return m
    if end < len(doc) and doc[end].text == "," and end + 1 < len(doc) \
            and not subject_after_source(phrase.root, doc[end + 1]):
        nxt = doc[end + 1]
        if nxt.dep_ == "acl" and nxt.head.i == phrase.root.i and "Part" in nxt.morph.get("VerbForm"):
            # "le président du Conseil constitutionnel, acquis à la cause de X, Paul Yao N'dré,":
            # the name comes after the detached participle's clause
            comma = next((t.i for t in doc[nxt.i + 1:min(len(doc), nxt.i + 15)] if t.text == ","), None)
            if comma is None or comma + 1 >= len(doc):
                return None
            nxt = doc[comma + 1]
        if (phrase.root.ent_type_ in BODY_ENTITIES and not is_person_noun(phrase.root)) or _possessor(nxt) \
                or _first_of_names(nxt, phrase.root):
            return None  # "the electoral commission, Akufo-Addo's party won": no title, no apposition
        m = _named_at(nxt, mention_at)
        if m is None and nxt.pos_ == "DET" and end + 2 < len(doc) and doc[end + 2].pos_ == "NOUN":
            # a second description before the name: "…, l'ex-président nigérian Olusegun Obasanjo"
            m = next((found for t in doc[end + 3:min(len(doc), end + 6)] if not t.is_punct
                      and (found := mention_at(t)) is not None and is_person(found)), None)
        if m is not None and is_person(m):
            return m
        if nxt.ent_type_ == "PER":
            ent = next(e for e in doc.ents if e.start <= nxt.i < e.end)
            return Mention(article_id="", sentence=0, start=ent.start_char, end=ent.end_char, text=ent.text,
                           code=None, kind="name", head=ent.root.i, name=ent.text, rule="quotes:apposed-per")
        if (m is None or not m.code) and is_person_noun(phrase.root):
            return enclosed_name(nxt)
    return None


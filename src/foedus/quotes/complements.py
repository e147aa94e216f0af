"""What follows a verb of saying as its complement: a "que" clause ("a indiqué que …"), a clause with
no complementiser (English "said Brazil supports …"), an infinitive ("a affirmé ne pas …", "s'est dit
prêt à …"), past the adjuncts that may stand between ("a annoncé dimanche matin avoir …", "a
indiqué dans un communiqué condamner …"). Pure functions over a parsed ``Doc``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from foedus.quotes.clause_text import MARKS, QUE
from foedus.quotes.speaker_phrases import in_document
from foedus.time.lexicon import is_day_word, is_time_word

QUESTION_WORDS = {"pourquoi", "comment", "si", "où", "quand", "combien", "why", "how", "whether", "where", "when"}
DATA = Path(__file__).with_name("data")

# first words of French compound conjunctions ending in "que" (grammar words, a closed class)
CONJUNCTION_HEADS = {"alors", "tandis", "bien", "parce", "pendant", "sans", "avant", "afin", "dès", "ainsi", "lors"}


def que_after(doc: Doc, verb: Token, limit: int) -> Token | None:
    """The "que" of the verb's complement clause, past an addressee or a time/place phrase
    ("a assuré aux journalistes que", "annonce mardi soir sur internet que")."""
    for tok in doc[verb.i + 1:min(limit, verb.i + 10)]:
        if tok.lower_ in QUE and (tok.dep_ == "fixed" or doc[tok.i - 1].lower_ in CONJUNCTION_HEADS) \
                and not all(t.pos_ == "ADV" for t in doc[verb.i + 1:tok.i]):
            return None  # "confirme le coup d'État alors que la confusion régnait": a conjunction, no complement
            # (but "expliquait alors que …": "then", the verb's own complement follows)
        if tok.lower_ in QUE:
            return tok
        if tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} and doc[tok.i - 1].lower_ not in {"au", "du"} \
                or tok.text in {".", ";", ":", "«", "»"}:
            # (a verb after "au", "du" is a noun: "au sortir de la réunion")
            return _que_past_aside(doc, verb, limit) if tok.text not in {".", ";", ":", "«", "»"} else None
    return None


def _que_past_aside(doc: Doc, verb: Token, limit: int) -> Token | None:
    """"a avancé, sans apporter de preuves, que …": the "que" of the verb's complement clause (in
    the parse) right after an aside set off by commas."""
    for child in verb.children:
        que = next((g for g in child.children if g.dep_ == "mark" and g.lower_ in QUE), None) if child.dep_ == "ccomp" else None
        if que is not None and verb.i < que.i < limit and doc[que.i - 1].text == "," \
                and any(t.text == "," for t in doc[verb.i + 1:que.i - 1]):
            return que
    return None


def bare_complement(doc: Doc, verb: Token, limit: int) -> int | None:
    """A complement clause with no complementiser right after the verb (English "said Brazil
    supports…"): a `ccomp` child whose clause starts within two tokens of the verb."""
    for child in verb.children:
        # (a gerund is no statement: "said spokesperson X responding to the questions")
        gerund = child.tag_ == "VBG" and not any(g.dep_ in {"aux", "auxpass"} for g in child.children)
        if child.dep_ == "ccomp" and child.i > verb.i and not gerund and not any(g.dep_ == "mark" for g in child.children):
            start = child.left_edge.i
            if doc[start].lower_ in QUESTION_WORDS or doc[start - 1].lower_ in QUESTION_WORDS:
                continue  # "explique pourquoi …": an indirect question reports no statement
            if start - verb.i <= 2 and doc[start].text not in MARKS and child.i < limit:
                return start
    return None


@lru_cache(maxsize=None)
def stance_adjectives() -> frozenset[str]:
    """Stance adjectives after "se dire" (data/stance_adjectives.tsv)."""
    lines = (DATA / "stance_adjectives.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")][1:]
    return frozenset(row[1].strip().lower() for row in rows if len(row) > 1)


def _masculine_singular(tok: Token) -> str:
    """An adjective's or participle's masculine singular ("déterminées" → "déterminé"): the parser
    lemmatises a participle to its verb ("déterminer"), an adjective to itself."""
    if tok.pos_ == "ADJ":
        return tok.lemma_.lower()
    word = tok.lower_
    for ending in ("es", "s", "e"):
        if word.endswith("é" + ending):
            return word[:-len(ending)]
    return word


def infinitive_after(doc: Doc, verb: Token, limit: int) -> Token | None:
    skip_to, words = verb.i, 0
    for tok in doc[verb.i + 1:min(limit, verb.i + 16)]:
        if tok.pos_ in {"VERB", "AUX"} and "Inf" in tok.morph.get("VerbForm"):
            return tok
        # adjuncts that may stand between the verb and its infinitive ("a annoncé dimanche matin
        # avoir …", "a indiqué dans un communiqué condamner …") do not count
        if tok.i <= skip_to or is_day_word(tok.text, doc.lang_):
            continue
        if in_document(tok):
            skip_to = tok.head.i
            continue
        close = next((t.i for t in doc[tok.i + 1:min(limit, tok.i + 14)] if t.text == ","), None) if tok.text == "," else None
        if close is not None and not any("Fin" in t.morph.get("VerbForm") for t in doc[tok.i + 1:close]):
            skip_to = close  # "a annoncé, jeudi 12 décembre, avoir …", "…, dans un discours retransmis …, avoir …"
            continue
        words += 1
        if words > 3:  # four words at most before the infinitive
            return None
        if tok.lower_ in {"ne", "n'", "n’", "pas", "plus", "jamais", "de", "d'", "d’", "-t", "-il", "-elle"}:
            continue
        if tok.pos_ in {"ADJ", "VERB"} and _masculine_singular(tok) in stance_adjectives():
            return tok  # "s'est dit prêt à …", "s'est dit déterminé à …"
        if tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and tok.head.i == verb.i and _reflexive(verb):
            return tok  # "se sont déclarés vainqueurs": what they declared themselves
        if tok.text in MARKS or (tok.lower_ == "to" and tok.pos_ == "PART"):
            continue  # "a indiqué « vouloir procéder … »": a quoted infinitive; "claims to have …"
        if tok.pos_ not in {"ADV", "PRON"} and not _in_adjunct_of(tok, verb):
            return None  # ("a déclaré avant le scrutin vouloir …": an oblique phrase may stand between)
    return None


def _in_adjunct_of(tok: Token, verb: Token) -> bool:
    """The token sits in an oblique phrase of the verb ("avant le scrutin", "à la presse")."""
    while tok.head.i != verb.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return tok.dep_.startswith("obl")


def _reflexive(verb: Token) -> bool:
    return any(c.lower_ in {"se", "s'", "s’"} for c in verb.children)


def stance_phrase_end(adjective: Token) -> int:
    """Where the phrase of a stance adjective after "se dire" ends: its own words, less a closing
    time adjunct ("s'est dit inquiet lundi" → "inquiet")."""
    doc = adjective.doc
    end = adjective.right_edge.i + 1
    while end - 1 > adjective.i and (doc[end - 1].is_punct or is_time_word(doc[end - 1].text, doc.lang_ or "fr")):
        end -= 1
    return end

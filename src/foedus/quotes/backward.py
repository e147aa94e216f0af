"""Statements attributed by the sentence after them: "Les usines ferment. C'est le constat de X.",
"… Le constat est du professeur X.", "… Telle est l'analyse de X.", "… C'est ce qu'a déclaré X."
The statement sentence is X's indirect quote (ANNOTATION.md: reported speech without marks)."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from foedus.quotes.clause_text import make_quote
from foedus.quotes.cues import inverted_subject, is_speech_verb, subject_of
from foedus.quotes.lexicon import SpeechLexicon
from foedus.records import Quote

DATA = Path(__file__).with_name("data")
DE_FORMS = {"de", "du", "des", "d'", "d’", "of", "by"}
DEMONSTRATIVES = {"c'", "c’", "ce", "tel", "telle", "tels", "telles", "voilà", "this", "that", "such"}
MAX_ATTRIBUTION_TOKENS = 14  # the attributing sentence says only who: a longer one says more


@lru_cache(maxsize=None)
def statement_nouns(lang: str) -> frozenset[str]:
    lines = [ln for ln in (DATA / "statement_nouns.tsv").read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    return frozenset(r["noun"].lower() for r in csv.DictReader(lines, delimiter="\t") if r["lang"] == lang)


def of_complement(head: Token) -> Token | None:
    """The "de X" complement of a noun: X."""
    return next((c for c in head.children if c.dep_ in {"nmod", "prep"} and c.pos_ in {"NOUN", "PROPN"}
                 and any(g.dep_ == "case" and g.lower_ in DE_FORMS for g in c.children)), None)


def _has_copula(tok: Token) -> bool:
    return any(c.dep_ == "cop" for c in tok.children)


def attributed_source(sent: Span, nouns: frozenset[str], lex: SpeechLexicon) -> Token | None:
    """Who a short attributing sentence names as the author of the sentence before, if it is one."""
    words = [t for t in sent if not t.is_punct]
    if not words or len(words) > MAX_ATTRIBUTION_TOKENS:
        return None
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "expl:subj"}), None)
    if root.lemma_.lower() in nouns and _has_copula(root) and (subject is None or subject.lower_ in DEMONSTRATIVES):
        return of_complement(root)  # "C'est la remarque de X", "Telle est l'analyse de X"
    if subject is not None and subject.lemma_.lower() in nouns and _has_copula(root) \
            and any(c.dep_ == "case" and c.lower_ in DE_FORMS for c in root.children):
        return root  # "Le constat est du professeur X"
    if words[0].lower_ in {"c'", "c’"} and len(words) > 3 and words[2].lower_ == "ce" and words[3].lower_ in {"que", "qu'", "qu’"}:
        verb = next((t for t in words[4:] if is_speech_verb(t, lex, {"assertive"})), None)
        if verb is not None:  # "C'est ce qu'a déclaré X"
            return inverted_subject(verb) or subject_of(verb)
    return None


def find_backward_quotes(doc: Doc, lex: SpeechLexicon, lang: str,
                         direct_spans: list[tuple[int, int]]) -> list[tuple[tuple[Quote, Token, None], Span]]:
    """((quote, speaker token, no cue verb), its sentence) for each statement attributed by the sentence after it."""
    nouns = statement_nouns(lang)
    sents = list(doc.sents)
    found = []
    for before, sent in zip(sents, sents[1:]):
        source = attributed_source(sent, nouns, lex)
        if source is None:
            continue
        made = make_quote(doc, before.start, before.end, "indirect", "attributed-after", 0.6, direct_spans, source, None)
        if made is not None:
            found.append((made, before))
    return found

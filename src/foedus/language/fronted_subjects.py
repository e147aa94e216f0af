"""A subject after a fronted time phrase ("La semaine dernière, Navi Pillay, haute-commissaire …, a
sollicité Pékin"): the French model sometimes joins the name to the time phrase as a conjunct, and
the verb is left with no subject. A name set off by a comma after the verb's bare time adjunct and
conjoined to it (a proper noun, or a capitalised word the tagger took for a noun) is the verb's
subject: it is re-attached as such after the parse, so the quote and event rules find who acted."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from foedus.language.syntax import CLAUSE_SUBJECT_DEPS
from foedus.time.lexicon import is_time_word

TIME_ADJUNCT_DEPS = {"obl:mod", "obl", "nmod"}


@Language.component("foedus_fronted_subjects")
def reattach_fronted_subjects(doc: Doc) -> Doc:
    lang = doc.lang_ or "fr"
    for verb in doc:
        if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in verb.children):
            continue
        for adjunct in verb.children:
            if adjunct.i > verb.i or adjunct.dep_ not in TIME_ADJUNCT_DEPS or not is_time_word(adjunct.text, lang):
                continue
            name = next((c for c in adjunct.children if c.dep_ == "conj" and _is_name(c) and adjunct.i < c.i < verb.i
                         and doc[c.i - 1].text == ","), None)
            if name is not None:
                name.head, name.dep_ = verb, "nsubj"
                break
    return doc


def _is_name(tok) -> bool:
    """A proper noun, or a capitalised word the tagger took for a common noun ("Navi" in "Navi Pillay")."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start)


def add_fronted_subject_repair(nlp: Language) -> None:
    """After the parser, in the French pipeline (idempotent)."""
    if nlp.lang == "fr" and "foedus_fronted_subjects" not in nlp.pipe_names:
        nlp.add_pipe("foedus_fronted_subjects", last=True)

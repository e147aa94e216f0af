"""Subjects the parser hid, on parses given token by token (the misparses the model made of real
sentences, so the rule is tested whatever the model parses today)."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from foedus.quotes.subjects import subject_of


def test_a_participle_after_an_incise_is_said_of_the_incise_speaker_not_the_quotes_subject():
    # «Nous avons tendu la main», a-t-il déclaré dans un discours, accusant son rival
    # — parsed with the quote's verb as the root and the participle hung on "discours"
    words = ["«", "Nous", "avons", "tendu", "la", "main", "»", ",", "a", "-t", "-il", "déclaré", "dans", "un",
             "discours", ",", "accusant", "son", "rival"]
    heads = [3, 3, 3, 3, 5, 3, 3, 11, 11, 11, 11, 3, 14, 14, 11, 16, 14, 18, 16]
    deps = ["punct", "nsubj", "aux:tense", "ROOT", "det", "obj", "punct", "punct", "aux:tense", "nsubj", "nsubj",
            "advcl", "case", "det", "obl:arg", "punct", "acl", "det", "obj"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "AUX", "PRON", "PRON", "VERB", "ADP",
           "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN"]
    morphs = [""] * 16 + ["Tense=Pres|VerbForm=Part"] + [""] * 2
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)
    assert subject_of(doc[16]).text == "-il"

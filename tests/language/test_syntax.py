"""Parse repairs on hand-built parses: each Doc reproduces a parser slip seen on real news, so the
repair is tested whatever the statistical model does with the sentence today."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from foedus.language.syntax import absolute_participle_subject, glued_person, participle_stolen_subject


def parsed(words, heads, deps, pos, morphs=None, ents=None) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
               morphs=morphs or [""] * len(words), ents=ents)


def test_subject_held_by_a_participle_clause_is_the_verbs():
    # "Paul Lenoir , auteur de l'étude ayant fourni ces résultats , précise que …" with the name hung on "fourni"
    words = ["Paul", "Lenoir", ",", "auteur", "de", "l'", "étude", "ayant", "fourni", "ces", "résultats", ",", "précise"]
    heads = [8, 0, 0, 0, 6, 6, 3, 8, 12, 10, 8, 12, 12]
    deps = ["nsubj", "flat:name", "punct", "appos", "case", "det", "nmod", "aux:tense", "advcl", "det", "obj", "punct", "ROOT"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "PUNCT", "VERB"]
    morphs = [""] * 8 + ["Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"] + [""] * 3 + ["Mood=Ind|Tense=Pres|VerbForm=Fin"]
    doc = parsed(words, heads, deps, pos, morphs)
    assert participle_stolen_subject(doc[12]).text == "Paul"
    assert participle_stolen_subject(doc[8]) is None  # the participle itself has no participle clause


def test_name_before_a_present_participle_is_its_subject():
    # "… , répond Jean Morel , Paul Girard soulignant que …" with "Paul" as a second subject of "répond"
    words = ["répond", "Jean", "Morel", ",", "Paul", "Girard", "soulignant", "que"]
    heads = [0, 0, 1, 0, 0, 4, 4, 6]
    deps = ["ROOT", "nsubj", "flat:name", "punct", "nsubj", "flat:name", "acl", "mark"]
    pos = ["VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "SCONJ"]
    morphs = [""] * 6 + ["Tense=Pres|VerbForm=Part", ""]
    doc = parsed(words, heads, deps, pos, morphs)
    assert absolute_participle_subject(doc[6]).text == "Paul"
    doc2 = parsed(["répond", "Jean", "Morel", ",", "soulignant"], [0, 0, 1, 0, 0],
                  ["ROOT", "nsubj", "flat:name", "punct", "advcl"], ["VERB", "PROPN", "PROPN", "PUNCT", "VERB"],
                  ["", "", "", "", "Tense=Pres|VerbForm=Part"])
    assert absolute_participle_subject(doc2[4]) is None  # "X, soulignant": the participle of the main subject


def test_person_glued_to_an_addressee_phrase():
    # "a annoncé à l' agence RIA Novosti Valentine Sapounov" with the name as part of the agency's phrase
    words = ["annoncé", "à", "l'", "agence", "RIA", "Novosti", "Valentine", "Sapounov"]
    heads = [0, 3, 3, 0, 3, 3, 5, 5]
    deps = ["ROOT", "case", "det", "obl:arg", "nmod", "appos", "flat:name", "flat:name"]
    pos = ["VERB", "ADP", "DET", "NOUN", "PROPN", "X", "PROPN", "PROPN"]
    ents = ["O", "O", "O", "O", "B-ORG", "O", "B-PER", "I-PER"]
    doc = parsed(words, heads, deps, pos, ents=ents)
    assert glued_person(doc[4], doc[3]).text == "Valentine"
    assert glued_person(doc[6], doc[3]) is None


def test_lemma_positions_and_lower_words_are_built_once_per_doc():
    import spacy

    from foedus.language.syntax import lemma_positions, lower_words

    doc = Doc(spacy.blank("fr").vocab, words=["Le", "Sommet", "d’", "hier", "et", "le", "sommet"], lemmas=["le", "Sommet", "de", "hier", "et", "le", "sommet"])
    assert lemma_positions(doc)["sommet"] == [1, 6] and lemma_positions(doc)["le"] == [0, 5]
    assert lower_words(doc)[2] == "d'" and lower_words(doc)[1] == "sommet"
    assert lemma_positions(doc) is lemma_positions(doc) and lower_words(doc) is lower_words(doc)

"""The tokenizer repairs: glued honorifics split, French hyphenated compounds kept whole."""

from __future__ import annotations

from foedus.language.pipeline import load_nlp


def _tokens(text: str, lang: str = "fr") -> list[str]:
    return [t.text for t in load_nlp(lang).tokenizer(text)]


def test_glued_honorific_is_split_but_acronyms_are_not():
    assert _tokens("M.Macron et Mme.Dupont") == ["M.", "Macron", "et", "Mme.", "Dupont"]
    assert "M.I.T." in _tokens("le M.I.T. de Boston")


def test_compounds_stay_whole():
    assert _tokens("L'État-major des armées") == ["L'", "État-major", "des", "armées"]
    assert _tokens("le chef d'état-major,")[-2] == "état-major"
    assert "député-maire" in _tokens("le député-maire de Lyon")


def test_a_comma_or_a_lower_case_word_after_a_word_never_opens_a_sentence():
    text = ("Deux personnes ont été tuées lors de l'attaque de la résidence de l'ancien chef d'état-major de "
            "l'armée, une attaque qui a été repoussée par la force africaine, a appris l'AFP lundi auprès "
            "d'un officier.")
    sents = list(load_nlp("fr")(text).sents)
    assert len(sents) == 1


def test_the_inverted_clitic_elles_is_split_off_its_verb():
    assert _tokens("ont-elles affirmé") == ["ont", "-elles", "affirmé"]
    assert _tokens("affirment-elles") == ["affirment", "-elles"]
    assert _tokens("celles-ci") == ["celles-ci"]


def test_a_full_stop_glued_between_two_sentences_is_cut_off():
    assert _tokens("l'est de la RDC.Le 19 décembre") == ["l'", "est", "de", "la", "RDC", ".", "Le", "19", "décembre"]
    assert _tokens('de «sabotage».Le diplomate')[2:6] == ["sabotage", "»", ".", "Le"]
    assert "U.S." in _tokens("les U.S. et le Canada", "en") and "1.5" in _tokens("1.5 km")


def test_the_demonstrative_ci_stays_one_suffix_like_la():
    assert _tokens("ce mois-ci que") == ["ce", "mois", "-ci", "que"]
    assert _tokens("ce jour-là") == ["ce", "jour", "-là"]
    assert "celui-ci" in _tokens("celui-ci a dit")
    text = "Mme Joly avait déclaré plus tôt ce mois-ci que les sanctions occidentales ont porté leurs fruits."
    assert len(list(load_nlp("fr")(text).sents)) == 1


def test_hyphenated_ranks_stay_one_word():
    # "lieutenant" | "-" | "colonel" made "lieutenant" the subject and the name an adjunct
    assert "lieutenant-colonel" in _tokens("a expliqué le lieutenant-colonel Abdoulaziz Fall")
    assert "général-major" in _tokens("le général-major Ahmed")

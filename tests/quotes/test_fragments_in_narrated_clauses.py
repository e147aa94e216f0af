"""Quoted fragments with no cue of their own, set inside a narrated clause: the words are its
subject's when that subject is a person, a named or coded body, an institution named by its agent
noun, or one the clause says is speaking — reached through a relative pronoun or a coordinated verb
— and nobody's when the subject cannot speak — on sentences written for these tests."""

from __future__ import annotations


def test_a_lone_word_is_a_named_subjects_word(quotes):
    text = "Malgré cette procédure en suspens, Michel Barnier reste « confiant »."
    assert quotes.speaker(text, "confiant") == "Michel Barnier"


def test_a_lone_word_is_the_word_of_an_institution_that_speaks(quotes):
    text = "Et si une petite statue a été dégradée, la police parle d'une situation globalement « calme »."
    assert quotes.speaker(text, "calme") == "la police"


def test_a_relative_pronoun_hands_the_fragment_to_its_antecedent(quotes):
    text = ("Le Conseil a censuré jeudi la loi, décision contestée à droite mais satisfaisante pour le "
            "gouvernement qui s'apprête à promulguer le texte « dans les prochaines heures ».")
    assert quotes.speaker(text, "dans les prochaines heures") == "le gouvernement"


def test_a_coordinated_verb_keeps_the_first_verbs_subject(quotes):
    text = ("Le ministère des Affaires étrangères a dénoncé les propos de l'ambassadeur, mais aussi noté "
            "« l'absence de messages de condoléances » après l'attentat.")
    assert "ministère" in (quotes.speaker(text, "l'absence de messages") or "")


def test_a_fragment_is_not_the_word_of_a_subject_that_cannot_speak(quotes):
    text = ("Plusieurs avions de l'armée française ont survolé la zone samedi pour des « missions de "
            "reconnaissance ».")
    assert quotes.speaker(text, "missions de reconnaissance") is None


def test_an_active_verb_the_parser_labels_passive_keeps_its_subject(quotes):
    text = ("Mercredi soir, le président Bozizé a signé deux décrets. Il a notamment fait libérer « tous les "
            "prisonniers politiques et de guerre » et levé le couvre-feu à Bangui.")
    assert quotes.speaker(text, "tous les prisonniers politiques") == "Bozizé"
    # (a guard: the subject of a true passive undergoes the act and says nothing)
    undergone = ("Les cinq Maliens qui avaient été pris en otage ont été libérés dans la matinée, « dans le cadre "
                 "d'une action des forces armées françaises ».")
    assert quotes.speaker(undergone, "dans le cadre d'une action") is None


def test_chanting_protesters_speak_their_slogans(quotes):
    text = ("Protesters attacked a riot police van parked in the area. Protesters were chanting anti-security "
            "slogans including, “Riot Police are Thugs and Thieves” and “Down with the Marshal”.")
    assert quotes.speaker(text, "Riot Police are Thugs", lang="en") == "Protesters"


def test_an_inverted_subject_after_a_dated_day_is_the_speaker(quotes):
    text = "« La rencontre est possible », a indiqué ce samedi 17 mai le Kremlin."
    assert quotes.speaker(text, "La rencontre est possible") == "le Kremlin"

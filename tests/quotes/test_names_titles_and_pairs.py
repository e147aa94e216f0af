"""Speakers behind names with particles and shared surnames, titles whose gender or office rules
a person out, statements that name someone who is not the speaker, and pairs taken up as "les
deux pays" — on sentences written for these tests."""

from __future__ import annotations

LE_PEN = ("La présidente du groupe Rassemblement national, Marine Le Pen, a déclaré mardi qu'elle voterait la "
          "motion.\n\n\"Nous irons jusqu'au bout\", a ajouté Mme Le Pen devant la presse.\n\n"
          "\"Je suis surprise de la manière dont cette réforme est présentée\" par l'ancienne Première ministre "
          "Elisabeth Borne, a-t-elle souligné.\n\n"
          "\"Je voterai contre tous les budgets\", a-t-elle précisé plus tard, assurant qu'\"aucun\" compromis ne "
          "la ferait changer d'avis.\n\n"
          "Quant au Premier ministre, Sébastien Lecornu, il est \"trop confiant\" quand il affirme que la crise "
          "s'éloigne, a-t-elle encore estimé.\n\n"
          "\"J'attends une dissolution, c'est au choix du président\" Emmanuel Macron, a poursuivi la présidente "
          "des députés RN.")


def test_a_given_name_that_is_also_a_title_word_stays_in_the_speakers_name(quotes):
    assert quotes.find(LE_PEN, "Nous irons jusqu'au bout", published="2025-10-08").speaker_text == "Marine Le Pen"


def test_an_honorific_the_parser_cut_from_its_name_is_that_person(quotes):
    text = ("Marine Le Pen a parlé mardi.\n\nPour autant, \"je censure tout. La plaisanterie a assez duré\", a ajouté "
            "Mme Le Pen.")
    assert quotes.speaker(text, "je censure tout") == "Marine Le Pen"


def test_a_person_named_in_the_statement_is_not_the_incise_pronoun(quotes):
    assert quotes.find(LE_PEN, "Je suis surprise", published="2025-10-08").speaker_text == "Marine Le Pen"


def test_an_inverted_clitic_outranks_a_verb_the_parser_made_a_second_subject(quotes):
    assert quotes.find(LE_PEN, "Je voterai contre", published="2025-10-08").speaker_text == "Marine Le Pen"


def test_an_elided_word_glued_to_a_quotation_mark_is_cut_at_the_mark(nlp_fr):
    doc = nlp_fr("Il a assuré qu'\"aucun\" compromis n'était possible et a dénoncé l'«accord».")
    words = [t.text for t in doc]
    assert "qu'" in words and "aucun" in words and "l'" in words and "accord" in words


def test_a_speech_verb_in_a_subordinate_clause_after_the_marks_is_no_incise(quotes):
    q = quotes.find(LE_PEN, "trop confiant", published="2025-10-08")
    assert q.speaker_text == "Marine Le Pen"


def test_a_feminine_title_is_not_the_man_who_holds_that_office(quotes):
    q = quotes.find(LE_PEN, "J'attends une dissolution", published="2025-10-08")
    assert q.speaker_text != "Emmanuel Macron"


BONGO = ("Ali Ben Bongo Ondimba, le fils du défunt leader Omar Bongo Ondimba, a remporté l'élection présidentielle "
         "gabonaise. L'annonce a été faite par le ministre gabonais de l'Intérieur, Jean-François Ndongou, qui a "
         "précisé que M. Bongo a recueilli 42 % des voix.\nLe fils du défunt président gabonais, qui est âgé de "
         "50 ans, avait mené la campagne la mieux financée. « Les électeurs ont choisi un programme », a-t-il "
         "déclaré. M. Bongo a ajouté que ses adversaires avaient fait campagne dans quelques régions seulement.\n"
         "Pour le président gabonais élu, des recours existent pour ceux qui contestent le résultat.")


def test_a_surname_inside_a_compound_family_name_is_the_first_person_named_with_it(quotes):
    q = quotes.find(BONGO, "ses adversaires avaient fait campagne", published="2009-09-03")
    assert q.speaker_text == "Ali Ben Bongo Ondimba"


def test_a_relational_title_is_the_person_before_its_comma_not_the_one_in_its_complement(quotes):
    assert quotes.find(BONGO, "Les électeurs ont choisi", published="2009-09-03").speaker_text == "Ali Ben Bongo Ondimba"


def test_a_person_the_article_gives_another_office_does_not_hold_this_one(quotes):
    text = ("Le candidat Paul Mba a remporté l'élection, a annoncé le ministre gabonais de l'Intérieur, Jean-François "
            "Ndongou. Pour le président gabonais élu, des recours existent pour ceux qui contestent le résultat.")
    assert quotes.find(text, "des recours existent", published="2009-09-03").speaker_text == "Paul Mba"


def test_a_spokesperson_is_not_a_name_in_the_statement_the_incise_closes(quotes):
    text = ("L'ambassadeur américain a lancé des accusations sans fondement, a déclaré vendredi le porte-parole de "
            "l'ambassade de Chine aux Philippines. Jean Dupuis n'a jamais représenté son pays, a poursuivi le "
            "porte-parole.")
    q = quotes.find(text, "Jean Dupuis n'a jamais", published="2024-12-06")
    assert q.speaker_text == "le porte-parole de l'ambassade de Chine aux Philippines"


def test_a_definite_title_taken_up_is_the_speaker_it_was_given_before(quotes):
    text = ("L'ambassadeur américain a lancé des accusations sans fondement, a déclaré vendredi le porte-parole de "
            "l'ambassade de Chine aux Philippines. Les îles appartiennent à la Chine depuis des siècles, a poursuivi "
            "le porte-parole, rappelant les avertissements adressés à Manille par le président Xi Jinping.\n\n"
            "Le porte-parole a dit que la Chine avait pris les mesures nécessaires.")
    q = quotes.find(text, "la Chine avait pris", published="2024-12-06")
    assert q.speaker_text == "le porte-parole de l'ambassade de Chine aux Philippines"


def test_the_two_countries_are_the_pair_named_before(quotes):
    text = ("Les Etats-Unis et la Russie ont annoncé lundi une cessation des hostilités en Syrie. Dans un communiqué "
            "conjoint, les deux pays ont précisé que l'accord ne concernera pas les groupes désignés comme "
            "terroristes par le Conseil de sécurité.")
    q = quotes.find(text, "l'accord ne concernera pas", published="2016-02-22")
    assert q.speaker_text.lower() == "les etats-unis et la russie"


def test_a_pull_quote_signed_on_its_line_is_the_signers(quotes):
    text = ("Voici ce qu'ont déclaré les présidents de parti dimanche soir.\n\n"
            "\"Le travail commence demain. Nous formerons un gouvernement rapidement!\" Georges-Louis Bouchez\n\n"
            "Le MR est désormais le premier parti francophone.")
    q = quotes.find(text, "Le travail commence demain", published="2024-06-09")
    assert q.speaker_text == "Georges-Louis Bouchez"


def test_a_title_in_a_signature_names_the_signer_for_later_quotes(quotes):
    text = ("Voici ce qu'ont déclaré les présidents de parti dimanche soir.\n\n"
            "\"Le redressement, nous l'avons réussi!\" Maxime Prévot Président des Engagés\n\n"
            "Les Engagés progressent nettement en Wallonie.\n\n"
            "\"C'est une belle soirée pour les centristes\", a exulté le président des Engagés.")
    assert quotes.speaker(text, "C'est une belle soirée") == "Maxime Prévot"

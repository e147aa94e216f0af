"""Speakers given by a title whose holder the article names: a name set after the title and a comma,
a title cut from its name by the parser, a title the article gave one person while the KB gives the
office to another named later, a broadcaster after the speaker, a verb of saying with a fixed
complement ("mettre en garde") as an incise, fragments of one statement closed by an incise — on
sentences written for these tests."""

from __future__ import annotations


def test_a_name_after_the_title_and_a_comma_speaks(quotes):
    text = ("La ministre de la Culture et de la Communication, Claire Martin a jugé mardi « inacceptable » "
            "la fermeture annoncée du théâtre.")
    assert quotes.speaker(text, "inacceptable") == "Claire Martin"


def test_the_bare_title_later_is_the_person_named_after_the_title(quotes):
    text = ("La ministre de la Culture et de la Communication, Claire Martin a jugé mardi « inacceptable » "
            "la fermeture annoncée du théâtre. « Ce n'est pas ce qu'on attend d'un service public », "
            "a déclaré la ministre.")
    assert quotes.speaker(text, "Ce n'est pas ce qu") == "Claire Martin"


def test_a_broadcaster_named_after_the_speaker_is_not_part_of_it(quotes):
    text = ("La ministre de la Culture, Claire Martin, a jugé mardi la grève injustifiée. « Ce n'est pas ce "
            "qu'on attend d'un service public », a déclaré la ministre sur RTL.")
    assert quotes.speaker(text, "Ce n'est pas ce qu") == "Claire Martin"


def test_mettre_en_garde_is_an_incise_verb(quotes):
    text = ("Le chef de la diplomatie iranienne Mohammad Javad Zarif a rejeté jeudi la proposition. "
            "« Il ne faut pas formuler des demandes excessives », a mis en garde le ministre iranien.")
    q = quotes.find(text, "Il ne faut pas formuler")
    assert q.cue == "mis" and q.speaker_text == "Mohammad Javad Zarif"


def test_a_title_the_article_gave_outranks_an_office_holder_named_later(quotes):
    # the KB knows Laurent Fabius as a minister in 2015; the article calls Zarif "le ministre"
    text = ("Le ministre iranien des Affaires étrangères Mohammad Javad Zarif a rejeté jeudi à Athènes "
            "l'exigence de Laurent Fabius. « Il ne faut pas formuler des demandes excessives », a mis en "
            "garde le ministre en ajoutant : « Il faut être dans la réalité et non dans l'illusion. »")
    assert quotes.find(text, "Il ne faut pas formuler", published="2015-05-28").speaker_text == "Mohammad Javad Zarif"
    assert quotes.find(text, "Il faut être dans la réalité", published="2015-05-28").speaker_text == "Mohammad Javad Zarif"


def test_a_definite_office_is_its_one_holder_named_in_the_article(quotes):
    # the title comes first, the name later, and the quote far from both
    text = ("La grève n'a pas encore commencé que la ministre des Transports évoque déjà sa fin. Dans un "
            "entretien publié dimanche, Elisabeth Borne ne cache pas sa volonté d'y mettre un terme.\n\n"
            "Les syndicats ont appelé les cheminots à faire grève lundi. Un préavis de grève illimitée a "
            "été déposé par SUD Rail.\n\n"
            "La ministre, qui se dit disponible « à toute heure » pour reprendre les négociations, estime "
            "que les rencontres devraient reprendre la semaine prochaine.")
    assert quotes.find(text, "à toute heure", published="2018-04-01").speaker_text == "Élisabeth Borne"


def test_an_office_with_two_possible_holders_is_not_guessed(quotes):
    text = ("La ministre des Transports a reçu les syndicats. Elisabeth Borne et Agnès Buzyn ont ensuite "
            "rencontré le Premier ministre.\n\n"
            "Les syndicats ont appelé les cheminots à faire grève lundi. Un préavis de grève illimitée a "
            "été déposé par SUD Rail.\n\n"
            "La ministre, qui se dit disponible « à toute heure » pour reprendre les négociations, estime "
            "que les rencontres devraient reprendre la semaine prochaine.")
    assert quotes.find(text, "à toute heure", published="2018-04-01").speaker_text not in {"Élisabeth Borne", "Agnès Buzyn"}


def test_an_english_title_glued_to_the_name_is_taken_up_by_the_bare_title(quotes):
    text = ("ISLAMABAD: The Foreign Office said that doors for diplomacy remain open.\n\n"
            "FO spokesman Zahid Hafeez Chaudhri, in response to questions at the weekly briefing, said: “In "
            "diplomacy you never shut the doors.”\n\n"
            "Prime Minister Shehbaz Sharif had exchanged messages with his counterpart after succeeding Mr Imran Khan.\n\n"
            "The spokesman noted that “the environment for a constructive dialogue is not there”.")
    assert quotes.find(text, "the environment for", lang="en", published="2022-05-13").speaker_text == "Zahid Hafeez Chaudhri"


def test_a_two_word_surname_is_the_person_named_before(quotes):
    text = ("Christine Schraner Burgener said in her briefing that council unity is critical.\n\n"
            "Schraner Burgener said a peaceful solution requires the immediate release of Aung San Suu Kyi.\n\n"
            "She reiterated an earlier appeal, stressing that “nothing but chaos has since followed.”")
    assert quotes.find(text, "nothing but chaos", lang="en", published="2021-03-05").speaker_text == "Christine Schraner Burgener"


def test_an_indefinite_title_the_next_sentence_names(quotes):
    text = ("BEIJING, June 28 (Xinhua) -- China urges the United States to respect its commitments, a Chinese "
            "foreign ministry spokesperson said on Friday.\n\n"
            "Spokesperson Mao Ning made the remarks at a daily press briefing.")
    q = quotes.find(text, "China urges the United States", lang="en", published="2024-06-28")
    assert q.speaker_text == "Mao Ning"


def test_a_title_compounded_with_the_inverted_name_is_the_name(quotes):
    text = ("“The issues that you are raising are important,” said spokesperson Gopal Baglay responding to the "
            "questions raised by reporters at a news conference.")
    assert quotes.find(text, "The issues that you", lang="en").speaker_text == "Gopal Baglay"
    assert quotes.first(text, "spokesperson Gopal", lang="en", reported=True) is None  # the gerund reports nothing


def test_a_body_and_title_compounded_before_the_inverted_name_give_the_name(quotes):
    text = ("Military intervention is unacceptable, said Muslim Brotherhood spokesperson Gehad El-Haddad on "
            "Tuesday, describing the military statement as a coup.")
    q = quotes.find(text, "Military intervention", lang="en", published="2013-07-02")
    assert q.speaker_text == "Gehad El-Haddad"


def test_fragments_of_one_statement_closed_by_an_incise_are_one_mixed_quote(quotes):
    text = ("Avec ce déjeuner « improvisé », le chef de l’Etat « a créé les conditions d'une convergence » sur les "
            "principaux sujets, « accords et désaccords compris », a précisé l’Elysée avant le sommet.")
    assert quotes.find(text, "improvisé").speaker_text == "l’Elysée"
    mixed = quotes.first(text, "Avec ce déjeuner", reported=True)
    assert mixed is not None and mixed.speaker_text == "l’Elysée"


def test_a_document_is_no_person_the_last_name_would_stand_for(quotes):
    text = ("The report also sets out how Ouattara will appoint a unity government that will include members of "
            "Laurent Gbagbo’s party.\n\nThe AU’s Peace and Security Council is to appoint a high-level representative "
            "to oversee the implementation of these recommendations, according to the final communique.")
    q = quotes.first(text, "The AU’s Peace and Security Council", lang="en", reported=True, published="2011-03-11")
    assert q is not None and q.speaker_text == "the final communique"


def test_elected_officials_speak_and_their_relative_clause_is_theirs(quotes):
    text = ("Ce projet de loi « ouvre une brèche » quant à la « dérégulation du droit du travail », notent "
            "également les élus, qui accusent le gouvernement de « bafouer » les droits du Parlement.")
    assert quotes.find(text, "dérégulation du droit").speaker_text == "les élus"
    assert quotes.find(text, "bafouer").speaker_text == "les élus"

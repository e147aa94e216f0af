"""Incise speakers the parse or the last quote would get wrong: a date between the incise verb and its
subject, a fronted participle the parser takes for the subject, "a fait savoir X" with "fait" hung on
"savoir", a pronoun whose gender rules out the last speaker, "la même source" with no earlier source —
on sentences written for these tests."""

from __future__ import annotations


def test_a_date_between_verb_and_inverted_subject_is_not_the_speaker(quotes):
    text = ("Le gouvernement va répondre aux mesures annoncées par Londres, a déclaré ce mardi 12 mars la "
            "porte-parole du ministère, Anna Petrova, à la radio publique.")
    q = quotes.find(text, "Le gouvernement va répondre", kind="indirect")
    assert q.speaker_text == "Anna Petrova"


def test_a_fronted_participle_is_not_the_subject(quotes):
    text = ("Face à la presse à Alger, le ministre des Affaires étrangères, Karim Benali, a annoncé la fermeture "
            "de la frontière avec le pays voisin, en raison, dit-il, de provocations répétées.\n\n"
            "Justifiant cette décision, l’ex-commissaire à la paix et à la sécurité de l’Union africaine a fait "
            "savoir que « la situation ne laissait aucun autre choix au gouvernement ».")
    assert quotes.speaker(text, "la situation ne laissait") == "Karim Benali"


def test_a_feminine_pronoun_does_not_take_up_the_last_man_quoted(quotes):
    text = ("«Nous resterons fermes», a lancé Mme Dubois, tandis que le président russe Vladimir Poutine "
            "qualifiait l’Occident d’«empire du mensonge». La ministre Dubois ne semble pas optimiste. "
            "«Je suis très inquiète de la suite des négociations», a-t-elle déclaré.")
    assert quotes.speaker(text, "Je suis très inquiète") == "Dubois"


def test_a_masculine_pronoun_still_takes_up_the_last_man_quoted(quotes):
    text = ("«Nous resterons fermes», a lancé Mme Dubois, tandis que le président russe Vladimir Poutine "
            "déclarait : «L’Occident est un empire du mensonge». «Nous répondrons», a-t-il ajouté.")
    assert quotes.speaker(text, "Nous répondrons") == "Vladimir Poutine"


def test_the_same_source_is_the_one_quoted_last(quotes):
    text = ("L’armée a pris le contrôle de la capitale, a annoncé jeudi le ministre de la Défense, Ahmed Salah. "
            "«J’annonce la chute du régime», a fait savoir ce responsable militaire à la télévision d’Etat. "
            "La même source a par ailleurs annoncé qu’un conseil militaire gouvernera pendant deux ans.")
    assert quotes.speaker(text, "J’annonce la chute") == "Ahmed Salah"
    q = quotes.find(text, "un conseil militaire gouvernera", kind="indirect")
    assert q.speaker_text == "Ahmed Salah"


def test_a_name_after_a_second_description_past_a_prepositional_tail(quotes):
    text = ("« Les deux parties ont accepté de cesser les hostilités », a annoncé le haut représentant de l’Union "
            "africaine (UA) pour la Corne de l’Afrique, l’ex-président ghanéen John Kufuor.")
    assert quotes.speaker(text, "Les deux parties") == "John Kufuor"


def test_the_voice_a_body_speaks_through(quotes):
    text = ("Le 16 juin, Bamako avait demandé, par la voix de son ministre des Affaires étrangères Abdoulaye "
            "Diop, le \"retrait sans délai\" de la mission.")
    assert quotes.speaker(text, "retrait sans délai") == "Abdoulaye Diop"


def test_the_channel_a_statement_was_posted_on_is_not_the_speaker(quotes):
    text = ("Une \"feuille de route\" censée atteindre cet objectif \"stipule une volonté de normalisation\" et "
            "prévoit \"la cessation immédiate des hostilités\", avait précisé la présidence congolaise sur Twitter.")
    assert quotes.speaker(text, "la cessation immédiate") == "la présidence congolaise"


def test_the_clause_holding_a_quote_outranks_the_speaker_quoted_before(quotes):
    text = ("\"Nous avons obtenu des résultats positifs\", a déclaré le président Lourenço à la fin de la rencontre.\n\n"
            "Une \"feuille de route\" \"stipule une volonté de normalisation des relations\" et prévoit \"la "
            "cessation immédiate des hostilités\", avait précisé la présidence congolaise.")
    assert quotes.speaker(text, "stipule une volonté") == "la présidence congolaise"


def test_this_medium_points_back_to_the_television(quotes):
    text = ("La télévision publique rwandaise a confirmé \"l'adoption d'une feuille de route\". Selon ce média, "
            "il a été convenu que la question \"serait traitée au niveau national\".")
    q = quotes.find(text, "il a été convenu", kind="selon")
    assert q.speaker_text == "La télévision publique rwandaise"


def test_a_participle_of_saying_labelled_an_adverb_is_said_by_the_main_subject(quotes):
    text = ("Au parlement, mardi matin, le premier ministre Justin Trudeau a voulu se montrer ferme, arguant "
            "qu’Ottawa avait pris cette décision de manière « responsable et réfléchie », car il est inadmissible "
            "que « des gens essaient de s’ingérer dans notre démocratie ».")
    assert quotes.speaker(text, "responsable et réfléchie") == "Justin Trudeau"
    q = quotes.find(text, "Ottawa avait pris", kind="mixed")
    assert q.speaker_text == "Justin Trudeau"


def test_fait_savoir_tagged_an_auxiliary_after_an_adverb(quotes):
    text = ("« La propagande mène une guerre ignoble contre l’Algérie », a également fait savoir Ramtane Lamamra, "
            "accusant le pays voisin d’adopter un comportement qui « entraîne le conflit ».")
    assert quotes.speaker(text, "La propagande") == "Ramtane Lamamra"


def test_an_incise_between_the_subject_and_the_rest_of_an_unquoted_statement(quotes):
    text = ("Le ministre Ramtane Lamamra a parlé. Cette décision, a précisé le ministre algérien, ne touchera pas "
            "les citoyens des deux pays. Les affaires consulaires travailleront normalement, rassure-t-il.")
    q = quotes.find(text, "Cette décision, a précisé", kind="indirect")
    assert q.speaker_text == "Ramtane Lamamra"
    q = quotes.find(text, "Les affaires consulaires", kind="indirect")
    assert q.speaker_text == "Ramtane Lamamra"


def test_a_subject_and_its_apposition_before_the_verb_make_no_incise(quotes):
    text = "Le chef du parti, Jean Dupont, a annoncé la nouvelle, qui a surpris les militants."
    assert quotes.first(text, "Le chef du parti") is None


def test_a_bare_title_after_the_titled_name_is_that_person_by_full_name(quotes):
    text = ("La ministre des Affaires étrangères, Mélanie Joly, a annoncé jeudi des sanctions. La ministre Joly "
            "avait déclaré en février dernier que le Canada suivrait ses alliés. La ministre qualifie les sanctions "
            "« d’importantes mesures ».")
    assert quotes.speaker(text, "d’importantes mesures") == "Mélanie Joly"


def test_an_incise_with_a_tail_that_ends_the_sentence_inside_the_marks(quotes):
    text = ("La ministre Mélanie Joly a annoncé des sanctions. « Les attaques récentes des colons ont connu une "
            "escalade alarmante, écrit-elle dans une publication sur les médias sociaux. Cette situation porte "
            "atteinte aux droits de l’homme des Palestiniens. »")
    assert quotes.speaker(text, "Les attaques récentes") == "Mélanie Joly"
    assert quotes.speaker(text, "Cette situation porte") == "Mélanie Joly"

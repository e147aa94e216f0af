"""Quotes whose speaker stands outside the usual cue: a quote opening the article before the sentence
saying who spoke, "Et d'ajouter : «…»", a verb after a participle clause set off by commas, a
subject the parser hung on a fronted adjunct, a name after "Maître" that NER misses, an infinitive
after a quote that is no incise, and subject pronouns that continue each other — on sentences
written for these tests."""

from __future__ import annotations


def test_a_quote_opening_the_article_is_said_by_the_next_sentences_speaker(quotes):
    text = ('"Nous n\'avons pas attaqué Moscou". Le président ukrainien, Volodymyr Zelensky, s\'est exprimé ce '
            "mercredi après-midi, quelques heures après l'annonce d'une attaque.")
    assert quotes.speaker(text, "Nous n'avons pas attaqué") == "Volodymyr Zelensky"


def test_et_d_ajouter_goes_on_with_the_speaker_before(quotes):
    text = ("« Encore pris la main dans le sac par nos drones ! », s'est exclamé le ministre Patrick Muyaya, qui "
            "accuse le président Paul Kagame de soutenir les rebelles. Et d'ajouter : « Massacres en série dans les "
            "villages du territoire ! »")
    assert quotes.speaker(text, "Massacres en série") == "Patrick Muyaya"


def test_a_verb_after_a_participle_clause_has_the_noun_before_it(quotes):
    text = ("Les médias reprenaient samedi un article où le président français Emmanuel Macron, recevant des "
            "descendants de protagonistes de la guerre, estime qu'après son indépendance, le pays s'est construit "
            'sur "une rente mémorielle".')
    assert quotes.find(text, "après son indépendance", kind="mixed").speaker_text == "Emmanuel Macron"
    assert quotes.speaker(text, "une rente mémorielle") == "Emmanuel Macron"


def test_a_name_after_maitre_is_a_person_even_when_ner_misses_it(quotes):
    text = ("Maître Gouara Olivier, un des avocats de l'ancien gouverneur, est satisfait du verdict. « Nous allons "
            "faire un pourvoi en cassation », a-t-il annoncé.")
    assert quotes.speaker(text, "Nous allons faire") == "Gouara Olivier"


def test_a_subject_hung_on_a_fronted_adjunct_speaks(quotes):
    text = ("À la sortie de l'audience à Abidjan, Me Raoul Gohi Bi, un des avocats des condamnés, a promis de "
            "contester le verdict, comptant sur la « sagesse » des juges d'appel.")
    assert quotes.speaker(text, "sagesse") == "Me Raoul Gohi Bi"


def test_an_infinitive_after_a_quote_is_no_incise(quotes):
    text = ('Volodymyr Zelensky a ajouté qu\'il voyait dans cette annonce une manière de haranguer la population, '
            'alors que "Poutine n\'a aucune victoire" à faire valoir.')
    assert quotes.speaker(text, "Poutine n'a aucune victoire") == "Volodymyr Zelensky"


def test_a_subject_pronoun_continues_the_one_before_it(quotes):
    text = ('Dimanche soir, le président Kaïs Saïed a annoncé "le gel" des activités du Parlement, "une décision '
            'attendue depuis des mois", a-t-il déclaré.\n\nIl a aussi décidé de démettre de ses fonctions le chef du '
            "gouvernement Hichem Mechichi.\n\nIl se chargera lui-même du pouvoir exécutif, a-t-il annoncé.")
    assert quotes.speaker(text, "une décision attendue") == "Kaïs Saïed"
    assert quotes.find(text, "Il se chargera", kind="indirect").speaker_text == "Kaïs Saïed"


def test_selon_after_the_main_clause_attributes_the_clause_before_it(quotes):
    text = ("Une nouvelle attaque aérienne a tué au moins dix civils à Kiev, selon les autorités ukrainiennes, à "
            "l'heure où les négociations sont dans l'impasse.")
    q = quotes.find(text, "Une nouvelle attaque", kind="selon")
    assert q.speaker_text == "les autorités ukrainiennes" and "l'impasse" not in q.text


def test_a_possessive_title_is_written_with_its_owner(quotes):
    text = ("Le président ukrainien Volodymyr Zelensky est au Royaume-Uni lundi pour s'entretenir avec le Premier "
            "ministre en vue d'« approfondir la coopération en matière de défense », selon son porte-parole.")
    assert quotes.speaker(text, "approfondir la coopération") == "le porte-parole de Volodymyr Zelensky"

"""Who a title, a pronoun or an acronym stands for when the reported words name someone else: the
office holder who was a clause's subject, not the one the words are about; "selon lui" after a
statement about a body; "lequel" continuing the name it hangs on; an agent its adjective places in
another country; an acronym the article spelt out — on sentences written for these tests."""

from __future__ import annotations


def test_a_bare_title_after_words_about_another_holder_is_the_subject_who_spoke(quotes):
    text = ("Le président Emmanuel Macron a reçu jeudi le président brésilien Lula à l'Elysée. Emmanuel Macron a "
            "affirmé qu'aucun accord n'était possible sans le soutien de Lula. Il n'y a « pas d'accord possible » "
            "sans le président Lula, a insisté le chef de l'Etat.")
    q = quotes.find(text, "Il n'y a pas d'accord", kind="mixed", published="2023-06-22")
    assert q.speaker_text == "Emmanuel Macron"


def test_a_title_in_an_incise_is_not_the_holder_named_in_the_same_sentence(quotes):
    text = ("Le président français, Nicolas Sarkozy, a annoncé des frappes en Libye. Kadhafi peut « encore éviter "
            "le pire » en cessant les combats, a ajouté le chef de l'Etat.")
    assert quotes.find(text, "encore éviter", published="2011-03-19").speaker_text == "Nicolas Sarkozy"


def test_a_title_with_a_qualified_complement_is_found_by_its_shorter_wording(quotes):
    text = ("Le Premier ministre belge Charles Michel a rencontré Vladimir Poutine à Moscou. « Nous devons ouvrir "
            "le dialogue avec la Russie », a souligné le chef du gouvernement fédéral.")
    assert quotes.find(text, "Nous devons ouvrir", published="2018-01-29").speaker_text == "Charles Michel"


def test_lequel_speaks_for_the_name_its_clause_hangs_on(quotes):
    text = ("« Les sanctions ne marchent pas », a déclaré Vladimir Poutine lors d'une conférence de presse avec "
            "François Hollande, lequel a plaidé pour « des sanctions plus dures » contre Damas.")
    assert quotes.speaker(text, "des sanctions plus dures") == "François Hollande"


def test_selon_lui_after_a_statement_is_not_the_body_the_statement_names(quotes):
    text = ("Le ministre Ignazio Cassis a présenté la position de la Suisse. Le Conseil fédéral a désormais durci "
            "sa réponse, selon lui.")
    q = quotes.find(text, "Le Conseil fédéral a désormais", kind="selon")
    assert q.speaker_text == "Ignazio Cassis"


def test_an_agent_placed_by_its_adjective_is_not_a_body_of_another_country(quotes):
    text = ("L'armée tchadienne a délogé Boko Haram de la ville de Dikwa. Deux soldats ont été tués lors des "
            "combats, a rapporté l'état-major tchadien.")
    q = quotes.find(text, "Deux soldats", kind="indirect")
    assert q.speaker_text != "Boko Haram"


def test_an_acronym_the_article_spelt_out_is_that_name(quotes):
    text = ("The African Union Commission issued a statement on Saturday. AUC urged \"all parties to find a "
            "political solution to the crisis.\"")
    assert quotes.speaker(text, "all parties", lang="en") == "African Union Commission"



def test_a_leader_noun_takes_up_the_subject_not_a_person_described_otherwise_after_him(quotes):
    # "le dirigeant" fits the Prime Minister the lead named as its subject; the billionaire the clause
    # names afterwards, with a title of his own, is what was talked about
    text = ("Le Premier ministre conservateur hongrois Viktor Orban, largement réélu dimanche, s'est félicité mardi "
            "que les électeurs aient confirmé sa politique visant les ONG soutenues par le milliardaire George Soros. "
            "\"Nous avons présenté une série de lois au Parlement avant les élections\", a déclaré le dirigeant au "
            "cours d'une conférence de presse à Budapest.")
    assert quotes.find(text, "Nous avons présenté", published="2018-04-10").speaker_text in {"Viktor Orban", "Viktor Orbán"}


def test_the_last_person_named_still_speaks_when_the_title_is_his_own(quotes):
    text = ("Le Premier ministre Viktor Orban a reçu lundi le milliardaire George Soros à Budapest. "
            "\"Nous avons beaucoup parlé\", a déclaré le milliardaire.")
    assert quotes.find(text, "Nous avons beaucoup", published="2018-04-10").speaker_text == "George Soros"

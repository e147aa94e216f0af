"""Attribution where the parser hangs a clause on the wrong word: a gerund tagged an adjective, a main
verb hung on the relative clause before it or on its own subject, "Selon X, Y «…»" read as an
apposition, a source phrase and a new clause in one sentence, "selon lesquelles" — on sentences
written for these tests."""

from __future__ import annotations


def test_a_gerund_of_saying_is_said_by_the_main_subject(quotes):
    text = ("Jeudi, le ministère indien des Affaires étrangères a défendu sa plus récente décision en martelant "
            "que sa révocation en bloc était conforme au droit international.")
    q = quotes.find(text, "sa révocation", kind="indirect")
    assert q.speaker_text == "le ministère indien des Affaires étrangères"


def test_main_verb_after_a_relative_clause(quotes):
    text = ("La Cedeao, qui confirme ainsi le coup d'État alors que la confusion régnait encore au Burkina Faso, "
            "dit trouver inopportun ce nouveau coup de force.")
    q = quotes.find(text, "trouver inopportun", kind="indirect")
    assert q.speaker_text != "la confusion" and "Cedeao" in q.speaker_text


def test_a_verb_hung_on_its_subject_with_a_comma_before_its_auxiliary(quotes):
    text = ("En conférence de presse vendredi à Toronto, le premier ministre Justin Trudeau, plus acerbe qu'à "
            "son habitude, a souligné que l'action de New Delhi allait à l'encontre du droit international.")
    q = quotes.find(text, "l'action de New Delhi", kind="indirect")
    assert q.speaker_text == "Justin Trudeau"


def test_selon_a_title_then_the_clause_subject(quotes):
    text = ("Le Premier ministre Charles Michel a évoqué le sort de sa ministre de l'Energie. Selon le Premier "
            "ministre, Marie-Christine Marghem « ne doit en aucun cas démissionner », malgré une affaire de plagiat.")
    assert quotes.speaker(text, "ne doit en aucun cas") == "Charles Michel"
    q = quotes.find(text, "Marie-Christine Marghem ne doit", kind="selon")
    assert q.speaker_text == "Charles Michel"


def test_a_source_phrase_does_not_swallow_the_next_clause(quotes):
    text = ("Les manifestations ont déjà fait au moins 35 morts, selon plusieurs ONG, et le pape François a dit "
            "redouter un « bain de sang ».")
    selon = quotes.find(text, "Les manifestations", kind="selon")
    assert selon.speaker_text == "plusieurs ONG"
    assert "ONG" not in (quotes.speaker(text, "bain de sang") or "")
    assert quotes.find(text, "redouter", kind="mixed").speaker_text != "plusieurs ONG"


def test_selon_lesquelles_opens_no_statement_of_its_own(quotes):
    text = ("Le gouvernement indien rejette toujours des allégations du Canada selon lesquelles il aurait participé "
            "au meurtre d'un militant sikh en juin.")
    assert quotes.first(text, "Le gouvernement indien", reported=True) is None
    q = quotes.first(text, "il aurait participé", reported=True)
    assert q is None or q.speaker_text == "le Canada"


def test_a_name_before_a_comma_and_an_office_is_a_person(quotes):
    text = ("Reyad al-Malki, ministre des Affaires étrangères de l'ANP, a indiqué à la radio que le gouvernement "
            "israélien cherchait à tirer parti de la situation.\n\n"
            "Il a toutefois souligné que la France restait déterminée à tenir une conférence pour la paix.")
    assert quotes.find(text, "la France restait", kind="indirect").speaker_text == "Reyad al-Malki"


def test_inverted_clitic_labelled_an_expletive(quotes):
    text = ("M. Trudeau en a ajouté une couche.\n\n«Le gouvernement indien rend le retour à la vie normale "
            "difficile. Et il le fait en contrevenant à des principes», a-t-il ajouté en anglais.")
    assert quotes.speaker(text, "Le gouvernement indien") == "Trudeau"  # as the article names him


def test_infinitive_after_the_document_it_was_said_in(quotes):
    text = ("La Cedeao a indiqué dans un communiqué condamner « avec la plus grande fermeté » la prise de "
            "pouvoir par la force.")
    q = quotes.find(text, "condamner", kind="mixed")
    assert "Cedeao" in q.speaker_text


def test_an_incise_between_commas_after_the_statements_subject(quotes):
    text = ("Le ministre a parlé. Cette position du Rwanda, poursuit Muyaya, « contrarie ses engagements "
            "souscrits aux différents processus de paix ».")
    assert quotes.speaker(text, "contrarie ses engagements") == "Muyaya"

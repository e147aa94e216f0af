"""Who reports: inverted subjects past a prepositional phrase or a portfolio, participles after an
incise, reporters named inside an attribution phrase, bodies named again by their kind — on
sentences written for these tests."""

from __future__ import annotations

import pytest


def test_a_relative_clause_after_the_incise_is_no_part_of_the_statement(quotes):
    text = ("« Nous livrerons les vaccins avant l'hiver », a dit Sophie Marchand, qui a reçu la presse "
            "au siège de l'agence à Lyon.")
    found = quotes.first(text, "Nous livrerons", reported=True)
    assert found is None


def test_participle_after_an_incise_is_said_of_the_incise_subject(quotes):
    text = ("Le ministre Paul Roux a visité le chantier mardi. « Le pont sera ouvert en juin », a ajouté Paul Roux, "
            "soulignant que « le budget a été tenu ».")
    q = quotes.find(text, "le budget", kind="direct")
    assert q.speaker_text == "Paul Roux"


def test_participle_opening_the_sentence_is_said_of_the_main_subject(quotes):
    text = ("La sénatrice Claire Dumas était à Bruxelles mardi. Soulignant qu'elle avait confiance dans la volonté "
            "des Vingt-Sept, elle a dit que des discussions avaient déjà commencé.")
    first = quotes.find(text, "elle avait confiance", kind="indirect")
    assert first.speaker_text == "Claire Dumas" and "elle a dit" not in first.text
    assert quotes.speaker(text, "des discussions") == "Claire Dumas"


def test_title_cut_from_its_portfolio_names_the_holder(quotes):
    text = "« Les taux resteront bas », a déclaré le secrétaire au Commerce Daniel Whitford."
    q = quotes.find(text, "Les taux")
    assert q.speaker_text == "Daniel Whitford" and q.addressee_text is None


def test_the_one_who_asks_speaks_not_the_one_asked(quotes):
    text = ("Le président Ramón Ortega a demandé à son ministre de l'Intérieur Luis Paredes d'engager "
            "« une réforme complète de la police ».")
    q = quotes.find(text, "une réforme")
    assert q.speaker_text == "Ramón Ortega" and q.addressee_text == "Luis Paredes"


def test_the_ngo_named_again_by_its_kind(quotes):
    text = ("Des chars ont bombardé Homs jeudi, a rapporté l'Observatoire syrien des droits de l'Homme (OSDH). "
            "Trois civils ont été tués selon cette ONG basée à Londres. "
            "Les combats ont repris à l'aube, d'après l'ONG qui n'a pas donné de bilan.")
    # (the name written whole, with the acronym the article gives it)
    assert quotes.find(text, "Trois civils", kind="selon").speaker_text == "l'Observatoire syrien des droits de l'Homme (OSDH)"
    assert quotes.find(text, "Les combats", kind="selon").speaker_text == "l'Observatoire syrien des droits de l'Homme (OSDH)"


def test_a_body_named_again_by_its_first_word(quotes):
    text = ("L'Observatoire syrien des droits de l'homme, une organisation basée à Londres, affirme que des "
            "hélicoptères ont survolé Deraa. Une bombe a explosé près de la mairie, selon l'Observatoire, "
            "qui n'a pas pu dire s'il y avait des victimes.")
    assert quotes.speaker(text, "des hélicoptères").startswith("Observatoire syrien")
    q = quotes.find(text, "Une bombe", kind="selon")
    assert q.speaker_text.startswith("Observatoire syrien")


def test_figures_given_by_a_body_speak_for_it(quotes):
    text = ("Au total, 85 personnes ont été interpellées à Lyon, selon les chiffres donnés par la préfecture "
            "du Rhône.")
    assert "préfecture du Rhône" in quotes.find(text, "Au total", kind="selon").speaker_text


def test_quoted_fragments_in_a_row_belong_to_one_statement(quotes):
    text = ("L'entretien a été « franc » « et sans détour », a assuré Pierre Lemaire lors d'une rencontre "
            "avec des journalistes.")
    reported = quotes.first(text, "L'entretien", reported=True)
    assert reported is not None and reported.speaker_text == "Pierre Lemaire"
    assert quotes.speaker(text, "franc") == "Pierre Lemaire"


def test_incise_closing_a_statement_that_reports_a_warning(quotes):
    text = ("Le président Paul Roux a averti lundi son homologue Marc Vidal qu'un « accord durable n'était pas "
            "possible sans garanties » pour la frontière, a annoncé l'Elysée à l'issue d'un entretien téléphonique.")
    q = quotes.find(text, "accord durable", kind="direct")
    assert q.speaker_text and "Elysée" in q.speaker_text and q.addressee_text is None
    statement = quotes.first(text, "Le président Paul Roux", reported=True)
    assert statement is not None and "Elysée" in statement.speaker_text


def test_fragments_inside_a_reported_clause_keep_its_reporter(quotes):
    text = ("Au cours de l'entretien, les deux ministres « ont tous deux exprimé le souhait de poursuivre le dialogue » "
            "sur « les moyens de relancer les accords de Minsk », a ajouté la présidence française.")
    assert quotes.speaker(text, "les moyens") == "la présidence française"


# (text, the quote's first words, its speaker): sessions 9 and 10, after errors on unseen news
SPEAKER_CASES = [
    # an inverted subject past a prepositional phrase
    ('"Les négociations reprendront lundi à Genève", a dit lors d\'un point presse Martin Keller ajoutant que '
     '"personne ne quittera la table".', "Les négociations", "Martin Keller"),
    # a pronoun after reported speech is its reporter
    ("Le président Marc Vidal a reçu vingt dirigeants depuis janvier, selon les déclarations faites mardi par "
     "Julien Ferrand, un conseiller de l'Elysée. « Les agendas sont très chargés », a-t-il déclaré.",
     "Les agendas", "Julien Ferrand"),
    # a pronoun reaches a speaker named further back when nobody nearer agrees
    ("Le maire de Grenoble, Éric Piolle, a présenté mardi son projet de budget. La ville doit économiser 14 millions "
     "d'euros. Les dotations de l'État baissent depuis 2014. Les bibliothèques fermeront le lundi. Les tarifs des "
     "cantines augmenteront de 3 %. Les travaux du tramway sont reportés à 2017. « Nous n'avons pas le choix », "
     "a-t-il expliqué.", "Nous n'avons", "Éric Piolle"),
    # the accuser speaks the words of the accusation
    ("Le président Ramón Ortega a accusé le gouvernement voisin, lundi, d'avoir préparé « une invasion déguisée ».",
     "une invasion", "Ramón Ortega"),
    # a name the parser strands before its apposition speaks
    ("Qasioun, une agence de presse de l'opposition, a déclaré que les avions de la coalition avaient frappé "
     "une position du groupe.", "les avions", "Qasioun"),
    # a president coded by his body keeps his name as speaker
    ("Le président de l'Observatoire syrien des droits de l'Homme (OSDH) Rami Abdel Rahmane a déclaré à l'AFP "
     "que «les rebelles ont abattu un avion de combat».", "les rebelles", "Rami Abdel Rahmane"),
    # an acronym after the noun names the agency, not the body named before
    ("Les fragments ont été découverts près du ministère russe de la Défense, a rapporté l’agence publique "
     "russe TASS.", "Les fragments", "l’agence publique russe TASS"),
    # a participle's agent is no subject before the incise
    ("Cinq roquettes ont été tirées sur la ville mercredi, toutes interceptées par le système de défense "
     "antimissile, a déclaré l'armée israélienne.", "Cinq roquettes", "l'armée israélienne"),
    # a verb of learning: its source speaks, not "on"
    ("Les rebelles ont abattu samedi un avion de l'armée, a-t-on appris auprès d'un officier rebelle basé dans "
     "cette région.", "Les rebelles", "un officier rebelle"),
    ("Trois soldats ont été tués lundi dans une embuscade, a-t-on appris de source militaire.", "Trois soldats",
     "source militaire"),
]


@pytest.mark.parametrize("text, start, speaker", SPEAKER_CASES)
def test_speaker_of_news_sentences(quotes, text: str, start: str, speaker: str):
    assert quotes.speaker(text, start) == speaker


def test_a_negated_verb_of_saying_reports_nothing(quotes):
    text = "L'Observatoire a confirmé ce raid aérien, mais n'a pas précisé qui en était responsable."
    assert quotes.first(text, "qui en était") is None


def test_the_same_source_is_written_as_introduced(quotes):
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("Un avion a frappé des commandants rebelles jeudi, a dit une source militaire à Xinhua. Le raid a tué "
            "plusieurs chefs, selon la même source sous couvert d'anonymat. Les commandants se réunissaient quand "
            "la frappe est survenue, a précisé la source militaire.")
    found = annotate_article(Article(id="t", text=text, language="fr", published="2016-09-09")).quotes
    assert {q.speaker_text for q in found} == {"une source militaire"}



def test_an_incise_before_selon_says_who_spoke(quotes):
    text = "Une vidéo montre des gens courir. «Allah Akbar», scandent des gens sur place, toujours selon la vidéo."
    assert quotes.speaker(text, "Allah Akbar") == "des gens sur place"
    assert quotes.first(text, "Allah Akbar", reported=True) is None


def test_a_clause_with_its_own_object_after_a_term_is_no_incise(quotes):
    text = ("Rassemblés devant l'ancienne ambassade baptisée « nid d'espions », les manifestants ont scandé des "
            "slogans hostiles.")
    assert quotes.find(text, "nid d'espions").speaker_text is None

"""Quotes that open with the verb of a subject named before the marks, participles and gerunds
after a quote, "que" past a nominal infinitive, multiword incise verbs whose clitic comes first,
an impersonal incise naming a document, and an office the KB words as the article does — on
sentences written for these tests."""

from __future__ import annotations


def test_a_quote_opening_with_the_verb_is_the_words_of_the_subject_before_it(quotes):
    text = ("Les deux gouvernements, réunis à Bamako, « avertissent que toute intervention armée serait une "
            "déclaration de guerre ».")
    assert quotes.speaker(text, "avertissent que") == "Les deux gouvernements"
    text = 'Le 19 décembre, la Belgique a "condamné le soutien apporté aux rebelles de l\'est du pays".'
    assert quotes.speaker(text, "condamné le soutien") == "Belgique"


def test_a_gerund_after_a_quote_is_no_incise(quotes):
    text = ("Le chef du gouvernement Omar Benali a accusé son rival, le général Karim Fadel, de l'avoir « trahi » "
            "en lançant une offensive vers la capitale.")
    q = quotes.find(text, "trahi")
    assert q.cue == "accusé" and q.speaker_text == "Omar Benali"  # (not an incise "en lançant")


def test_a_present_participle_after_a_quote_is_no_open_incise(quotes):
    text = ("En novembre, la Belgique, sans citer le Rwanda, avait appelé le groupe armé « à se retirer "
            "immédiatement des zones qu'il occupe », élargissant son appel à tous les groupes.")
    assert quotes.speaker(text, "à se retirer") == "Belgique"


def test_que_after_a_nominal_infinitive_still_opens_the_reported_clause(quotes):
    text = "Charles Michel a assuré à la presse au sortir de la réunion que l'Union comptait aider davantage l'Ukraine."
    q = quotes.find(text, "l'Union comptait", kind="indirect")
    assert q.speaker_text == "Charles Michel" and q.addressee_text == "la presse"


def test_a_participle_after_an_incise_whose_subject_the_parser_made_an_object(quotes):
    # (a guard: the parser of the article this came from made the incise subject an object)
    text = ("« Très clairement, l'Ukraine appartient à la famille européenne », a assuré le Belge Charles Michel, "
            "assurant que le bloc comptait « soutenir tous les efforts pour consolider les liens ».")
    q = quotes.find(text, "le bloc comptait")
    assert q.kind == "mixed" and q.speaker_text == "Charles Michel"


def test_a_multiword_incise_verb_with_its_clitic_first(quotes):
    text = ("« Très clairement, l'Ukraine appartient à la famille européenne », a assuré Charles Michel. "
            "L'accord d'association qui prévaut peut être conforté, a-t-il fait valoir.")
    q = quotes.find(text, "L'accord d'association", kind="indirect")
    assert q.speaker_text == "Charles Michel"


def test_an_impersonal_incise_gives_the_words_to_the_document_it_names(quotes):
    text = ("La déclaration du Conseil européen a été publiée jeudi. « Nous renforcerons encore nos liens avec "
            "l'Ukraine », peut-on lire dans la déclaration.")
    assert quotes.speaker(text, "Nous renforcerons") == "La déclaration du Conseil européen"


def test_a_fragment_under_an_infinitive_is_the_words_of_the_verb_above(quotes):
    text = ("La ministre Claire Martin ne cache pas sa volonté de mettre un terme à la grève « avant les trois "
            "mois prévus ».")
    assert quotes.speaker(text, "avant les trois mois") == "Claire Martin"


def test_an_office_worded_as_the_kb_words_it_is_its_holder_named_before(quotes):
    text = ("Une adhésion de la Suède est « possible », a estimé mardi le chef de l'organisation, Jens Stoltenberg. "
            "« Il n'y a pas de garanties », a-t-il admis. Le président turc Recep Tayyip Erdogan s'y oppose. Pour le "
            "secrétaire général de l'Otan, « il y a maintenant une fenêtre ».")
    assert quotes.find(text, "il y a maintenant", published="2023-05-30").speaker_text == "Jens Stoltenberg"


def test_an_infinitive_after_an_adjunct_between_commas_is_the_reported_clause(quotes):
    text = ("Le maréchal Karim Fadel, homme fort de l'Est, a annoncé, jeudi 12 décembre, avoir donné l'ordre à ses "
            "hommes de lancer l'assaut.")
    assert quotes.find(text, "avoir donné l'ordre", kind="indirect").speaker_text == "Karim Fadel"
    text = ("Le chef de l'armée, Karim Fadel, a annoncé jeudi, dans un discours retransmis à la télévision, avoir "
            "relancé son offensive sur la capitale.")
    assert quotes.find(text, "avoir relancé", kind="indirect").speaker_text == "Karim Fadel"


def test_an_infinitive_after_an_oblique_phrase_or_a_verb_of_recalling_is_the_reported_clause(quotes):
    text = "M. Karel Novak avait déclaré avant le scrutin vouloir faire adopter une batterie de lois."
    assert quotes.find(text, "vouloir faire adopter", kind="indirect").speaker_text == "Karel Novak"
    text = "Le président Paul Biya a rappelé avoir tendu la main à tous ceux qui souhaitaient venir."
    assert quotes.find(text, "avoir tendu la main", kind="indirect").speaker_text == "Paul Biya"
    text = "Mardi, le ministre Paul Roux a souligné n'avoir reçu aucune réponse de Moscou."
    assert quotes.find(text, "n'avoir reçu", kind="indirect").speaker_text == "Paul Roux"


def test_an_object_between_the_verb_and_an_infinitive_of_purpose_reports_nothing(quotes):
    # (a guard: "la guerre" is what was declared, "pour protéger" its purpose)
    text = "Le président Paul Roux a déclaré la guerre pour protéger le pays."
    assert quotes.first(text, "", reported=True) is None


def test_celui_ci_is_the_person_just_named(quotes):
    text = ("« Nous sommes prêts à repousser toute nouvelle tentative », a réagi Omar Benali, le ministre de "
            "l'Intérieur. À la télévision, celui-ci a qualifié l'annonce de « nouvelle tentative désespérée ».")
    assert quotes.speaker(text, "nouvelle tentative désespérée") == "Omar Benali"


def test_nobody_is_said_to_speak_to_themselves(quotes):
    text = ("Aux côtés d'un petit groupe d'officiers kényans, Garry Conille a déclaré que le gouvernement haïtien "
            "était « déterminé à résoudre les problèmes ».")
    q = quotes.find(text, "déterminé à résoudre")
    assert q.speaker_text == "Garry Conille" and q.addressee_text is None


def test_a_main_clause_after_a_relative_clause_with_its_own_speaker(quotes):
    # the parser makes "le Premier ministre" an object of the relative clause's verb
    text = ("Interrogé sur les propos d'un chef de gang, Jimmy Cherizier, alias Barbecue, qui a déclaré qu'il serait "
            "prêt à négocier avec le gouvernement, mais que les gangs devraient d'abord déposer leurs armes et "
            "\"respecter l'autorité de l'État\", le Premier ministre Garry Conille a déclaré que le gouvernement "
            "haïtien était \"déterminé à résoudre les problèmes\".")
    assert quotes.speaker(text, "respecter l'autorité") == "Jimmy Cherizier"
    assert quotes.speaker(text, "déterminé à résoudre") == "Garry Conille"
    assert quotes.find(text, "le gouvernement haïtien était", kind="mixed").speaker_text == "Garry Conille"

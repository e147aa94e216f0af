"""Direct quotes with no cue of their own (quotes/uncued.py) and the cues around them. Texts written
for the test and run through the real pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus.eval.text import same_name

if TYPE_CHECKING:  # the fixture's type, from tests/quotes/conftest.py
    from conftest import QuoteFinder


def test_a_sentence_about_speaking_hands_the_word_to_its_subject(quotes: QuoteFinder):
    text = ("« Le plan est mauvais », a déclaré le maire de Rennes, Paul Ravel. Les travaux dureront deux ans.\n\n"
            "Pour finir, la porte-parole de l'association a contesté les chiffres de la préfecture. "
            "« Nous avons compté au moins dix mille personnes dans les rues. »")
    assert quotes.speaker(text, "Nous avons compté") == "la porte-parole de l'association"
    # a sentence that is not about speaking leaves the word to the person quoted just before
    other = text.replace("a contesté les chiffres de la préfecture", "paiera la moitié des travaux")
    assert quotes.speaker(other, "Nous avons compté") == "Paul Ravel"


def test_a_quote_introduced_by_a_narrative_sentence_with_nobody_quoted_before(quotes: QuoteFinder):
    text = ("Jacques Morel est arrivé lundi à Gao avec ses soldats. "
            "« Nous resterons ici aussi longtemps qu'il le faudra. »")
    assert quotes.speaker(text, "Nous resterons") == "Jacques Morel"
    # a subject that cannot speak introduces nobody
    nobody = text.replace("Jacques Morel est arrivé lundi à Gao avec ses soldats.", "La pluie est tombée lundi à Gao.")
    assert quotes.speaker(nobody, "Nous resterons") is None


def test_a_fragment_in_a_named_bodys_sentence_is_its_words(quotes: QuoteFinder):
    text = ("La Fédération belge des pharmaciens a mis l'accent sur les efforts des officines pour "
            "« rester ouvertes le dimanche ».")
    assert quotes.speaker(text, "rester ouvertes") == "La Fédération belge des pharmaciens"
    # a description of people acting is no voice: their perception is not a statement
    seen = "Les manifestants auraient remarqué un « comportement très étrange » chez le conducteur."
    assert quotes.speaker(seen, "comportement") is None


def test_the_source_just_quoted_goes_on_in_the_next_sentences_fragments(quotes: QuoteFinder):
    text = ("D'après un communiqué de la gendarmerie nationale, « deux suspects ont été interpellés ». "
            "L'enquête a été difficile, « les témoins ne voulaient pas parler », et les suspects restent en garde à vue.")
    assert same_name(quotes.speaker(text, "deux suspects"), "la gendarmerie nationale")
    assert same_name(quotes.speaker(text, "les témoins"), "la gendarmerie nationale")
    # …but not in a sentence about another named body
    other = text.replace("L'enquête a été difficile,", "Le syndicat Alliance a dénoncé un climat où")
    assert not same_name(quotes.speaker(other, "les témoins"), "la gendarmerie nationale")


def test_an_incise_pronoun_after_someone_newly_named_is_that_person(quotes: QuoteFinder):
    text = ("Jacques Martin a rencontré les ouvriers lundi. « Il faut sauver l'usine », a-t-il dit. "
            "Pierre Durand, le maire de la ville, a ensuite pris la parole. « Nous ferons tout pour les emplois », "
            "a-t-il assuré.")
    assert quotes.speaker(text, "Il faut sauver") == "Jacques Martin"
    assert quotes.speaker(text, "Nous ferons") == "Pierre Durand"


def test_an_adverb_between_auxiliary_and_incise_verb_keeps_the_inverted_subject(quotes: QuoteFinder):
    text = "« La sécurité est l'affaire de tous, c'est une collaboration entre la banque et le client » a ensuite précisé la Fédération."
    assert quotes.speaker(text, "La sécurité") == "la Fédération"


def test_a_documents_author_is_the_speaker(quotes: QuoteFinder):
    # the scorer's name comparison (EVALUATION.md): "police londonienne" = "la police londonienne"
    assert same_name(quotes.speaker("Selon un communiqué de la police londonienne, « trois personnes ont été arrêtées ».",
                                "trois personnes"), "la police londonienne")
    assert quotes.speaker("D'après le communiqué du ministère de la Santé, « les hôpitaux sont prêts ».",
                      "les hôpitaux") == "le ministère de la Santé"
    # "de presse" names no author
    assert quotes.speaker("Selon le communiqué de presse, « la situation est sous contrôle ».",
                      "la situation") == "le communiqué de presse"


def test_a_bare_institution_is_not_the_last_person_named(quotes: QuoteFinder):
    text = ("« Nous sommes inquiets », a déclaré le maire de Lille, Paul Ravel. "
            "« Aucune piste n'est écartée », a indiqué la gendarmerie.")
    assert quotes.speaker(text, "Aucune piste") == "la gendarmerie"


def test_a_full_title_finds_its_holder_on_the_articles_date(quotes: QuoteFinder):
    text = ("Le premier ministre Gabriel Attal a présenté son plan devant les députés. Le chef de l'opposition "
            "Jean Morel a dénoncé un texte « sans ambition ». Mais le premier ministre a affirmé qu'il ne "
            "renoncera pas à la réforme des retraites.")
    q = quotes.find(text, "il ne renoncera", kind="indirect")
    assert q is not None and q.speaker_text == "Gabriel Attal"


def test_a_fragment_in_a_sentence_about_officials_is_theirs(quotes: QuoteFinder):
    text = "Several officials at the Transport Ministry considered the strike a form of blackmail and \"a political stunt\" on Monday."
    assert quotes.speaker(text, "a political stunt", lang="en") == "Several officials at the Transport Ministry"
    # people described by what they did are no speakers
    seen = "The attackers had spotted \"a religious symbol\" on the young man before the assault."
    assert quotes.speaker(seen, "a religious symbol", lang="en") is None


def test_a_quote_whose_opening_mark_the_segmenter_cut_off_still_opens_its_sentence(quotes: QuoteFinder):
    # the parser leaves "«" as a sentence of its own; the quote still opens the next one, and a street
    # named after a general names no other person between the two quotes
    text = ("« Si les ruptures venaient à s'accélérer, nous envisagerions un programme de remplacement », "
            "précise le directeur des services techniques, René Badot. Pour l'instant, la ville concentre ses "
            "efforts sur la qualité de l'eau. Par ailleurs, elle profite des travaux de voirie. La conduite qui "
            "passe sous l'avenue du général Leclerc va être réhabilitée. C'est-à-dire tubée avec un tuyau en "
            "polyéthylène, résistant à une pression de 12 bars. « On ne peut pas prendre le risque de ce genre "
            "d'incident sur la ligne du tram ! »")
    assert quotes.speaker(text, "On ne peut pas") == "René Badot"


def test_a_fragment_whose_cue_is_inside_reported_speech_is_the_reporters(quotes: QuoteFinder):
    # "demander" is a verb of saying, but it is the adviser who reports it: quotes do not nest
    text = ("Hier soir, un conseiller du président a indiqué que le gouvernement allait demander une réunion "
            "urgente du Parlement pour « dénoncer les abus commis par la police ».")
    assert quotes.speaker(text, "dénoncer les abus") == "un conseiller du président"
    # the reporter's own cue keeps its quote: "a déclaré : «…»" after a reported clause in another sentence
    own = "Le ministre a indiqué que la réunion aurait lieu lundi. Le maire a déclaré : « Nous y serons. »"
    assert quotes.speaker(own, "Nous y serons") == "Le maire"


def test_a_quote_after_reported_speech_goes_on_with_its_source(quotes: QuoteFinder):
    text = ("Le maire de Rennes, Paul Roux, a annoncé mardi un plan de rénovation des écoles. Selon lui, les "
            "travaux dureront deux ans. « Nous commencerons par les écoles les plus anciennes. »")
    assert quotes.speaker(text, "Nous commencerons") == "Paul Roux"
    # someone else named in between takes nothing from the reported source
    other = text.replace("« Nous", "Le préfet Jean Morel attend le plan. « Nous")
    assert quotes.speaker(other, "Nous commencerons") != "Paul Roux"


def test_an_honorific_parsed_as_the_subject_hands_the_word_to_the_name_after_it(quotes: QuoteFinder):
    text = ("« Le gouvernement n'a pas été sincère », a affirmé Jack Layton.\n\n"
            "Le chef néo-démocrate a également parlé de cas présumés d'exclusion d'opposants lors de rassemblements "
            "auxquels participait Stephen Harper.\n\n"
            "M. Layton a condamné l'idée d'empêcher une personne d'être présente avec Stephen Harper dans un même "
            "endroit en raison d'une divergence d'opinion. «Et chaque Canadien devrait s'en inquiéter.»")
    assert same_name(quotes.speaker(text, "Et chaque Canadien"), "Jack Layton")


def test_a_quote_opening_with_an_auxiliary_or_a_clitic_is_its_subjects_predicate(quotes: QuoteFinder):
    text = ('Dans un communiqué, la Guinée, dont le gouvernement est issu d\'un coup d\'État, "exprime son désaccord '
            'avec les sanctions" et "a décidé de ne pas appliquer ces sanctions".')
    assert same_name(quotes.speaker(text, "a décidé de ne pas"), "la Guinée")
    text = 'Le conseiller national Paul Roux "se doit de trouver une bonne solution pour notre pays".'
    assert quotes.speaker(text, "se doit de trouver") == "Paul Roux"


def test_a_quote_opening_with_an_adverb_before_its_verb_is_its_subjects_predicate(quotes: QuoteFinder):
    text = "Le ministre Paul Roux a « fermement condamné » l'attaque. La France a « vivement regretté » la décision."
    assert same_name(quotes.speaker(text, "vivement regretté"), "la France")
    text = 'United Nations Secretary-General António Guterres also "strongly condemned" the outbreak of fighting.'
    assert quotes.speaker(text, "strongly condemned", lang="en") == "António Guterres"
    # (a guard: a participle qualifying a noun is not its own clause's predicate)
    assert quotes.speaker("Paris a salué les efforts « déployés par Alger ».", "déployés") == "Paris"

"""Cue-level attribution: which word of the clause is the speaker. Texts written for the test and
run through the real pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the fixture's type, from tests/quotes/conftest.py
    from conftest import QuoteFinder


def test_title_then_name_subject_is_the_named_person(quotes: QuoteFinder):
    # the parser gives "estimé" two subjects, "secrétaire" and "Kofi"
    text = ("Le secrétaire-général de l'ONU Kofi Annan a toutefois estimé que cette décision allait "
            "« compliquer les négociations ».")
    assert quotes.speaker(text, "compliquer") == "Kofi Annan"


def test_pronoun_whose_antecedent_is_a_title_speaks_as_the_titled_person(quotes: QuoteFinder):
    text = ("L'ambassadeur Paul Berthier est arrivé hier au port de Sète. "
            "L'ambassadeur américain, accompagné de son adjoint, a visité les nouveaux quais, qui deviendront "
            "selon lui « un moteur de croissance pour toute la région ».")
    assert quotes.speaker(text, "un moteur de croissance") == "Paul Berthier"


def test_direct_object_of_an_addressing_verb_is_the_addressee(quotes: QuoteFinder):
    assert quotes.addressee("Le ministre a averti Moscou que « toute escalade aurait un prix ».", "toute escalade") == "Moscou"
    en = "Senator Jon Tester arrived in Kyiv on Monday. “It is a disgrace,” he told the BBC."
    assert quotes.addressee(en, "It is a disgrace", "en") == "the BBC"


def test_english_said_to_names_the_addressee(quotes: QuoteFinder):
    assert quotes.addressee("“We are ready,” the minister said to Sergei Lavrov.", "We are ready", "en") == "Sergei Lavrov"


def test_article_spelling_of_a_known_person_is_kept(quotes: QuoteFinder):
    # the KB spells him "Dmitri Peskov"; the article's own spelling names the speaker
    text = "Kremlin spokesman Dmitry Peskov told reporters that talks were “not on the agenda”."
    assert quotes.speaker(text, "not on the agenda", "en") == "Dmitry Peskov"
    # a capitalised title before the name is no part of the article's spelling, and a fuller name
    # the article never writes is not its spelling (ANNOTATION.md: the fullest name in the article)
    text = "Prime Minister Narendra Modi met President Xi. He told Xi that India wanted peace on the border."
    assert quotes.addressee(text, "India wanted", "en") == "Xi"


def test_honorific_inside_a_person_entity_does_not_hide_the_known_person(quotes: QuoteFinder):
    found = quotes.find("« Nous sommes prêts », a déclaré M. Poutine.", "Nous sommes", published="2023-03-14")
    # (named as the article names him; the code and actor id are the known person's)
    assert found.speaker_text == "Poutine" and found.speaker_code == "RUSGOV" and found.speaker_actor_id


def test_participle_of_saying_has_no_inverted_subject_and_an_object_is_no_speaker(quotes: QuoteFinder):
    text = ("The foreign minister of Iran, Hossein Amir-Abdollahian, warned Israel against any escalation, "
            "saying Tehran would respond.")
    assert quotes.speaker(text, "Tehran would respond", "en") == "Hossein Amir-Abdollahian"


def test_english_reported_clause_before_its_subject_and_verb(quotes: QuoteFinder):
    text = "Talks with the rebels will resume next week, a State Department spokesman told reporters on Tuesday."
    assert "spokesman" in (quotes.speaker(text, "Talks with the rebels", "en") or "")


def test_pronoun_reaches_back_past_sentences_inside_quotation_marks(quotes: QuoteFinder):
    text = ("Dans un entretien au Figaro, l'ancien maire Paul Berthier décrit sa successeure, Claire Dumas, "
            "comme « trop prudente ». « Je connais cette ville. Je l'ai dirigée vingt ans. J'ai tout vu ici. "
            "Elle, elle découvre tout », explique-t-il. Il ajoute que Claire Dumas « devra apprendre vite ».\n\n"
            "« Mon bilan a été caricaturé. Mes adversaires ont menti », indique-t-il.")
    assert quotes.speaker(text, "Mon bilan") == "Paul Berthier"


def test_stressed_lui_after_a_preposition_is_masculine(quotes: QuoteFinder):
    text = ("Paul Berthier a rencontré Claire Dumas mardi. Claire Dumas a présenté son budget. "
            "Pour lui, ce budget est « irréaliste ».")
    assert quotes.speaker(text, "irréaliste") == "Paul Berthier"


def test_pour_sa_part_is_no_source_and_a_misparsed_clause_keeps_its_subject(quotes: QuoteFinder):
    text = ("D'après le ministre du budget, Paul Berthier, « il y a bien une ardoise cachée » ; le ministre des "
            "finances, Claire Dumas, a pour sa part ajouté : « C'est d'une France affaiblie dont nous héritons ».")
    assert quotes.speaker(text, "C'est d'une France") == "Claire Dumas"


def test_name_on_the_complement_of_a_title_speaks(quotes: QuoteFinder):
    text = ("Interrogé par France Inter, le ministre de l'Intérieur Gérald Darmanin a affirmé que la menace "
            "terroriste restait « très élevée ».")
    assert quotes.speaker(text, "très élevée") == "Gérald Darmanin"


def test_selon_phrase_with_its_comma_attached_to_the_source(quotes: QuoteFinder):
    text = "Selon le ministère de la Santé du Hamas, au moins 20 personnes ont été tuées."
    assert "ministère de la Santé" in (quotes.speaker(text, "au moins 20") or "")


def test_later_speaker_named_inside_a_run_of_quoted_sentences_is_the_antecedent(quotes: QuoteFinder):
    text = ("« Le maire a promis le changement. Je promets le changement, et mon bilan le montre » a déclaré "
            "Paul Berthier à Lyon. Il a estimé que ces chiffres étaient « un triste rappel ».")
    assert quotes.speaker(text, "un triste rappel") == "Paul Berthier"


def test_inverted_clitic_incise_after_a_statement_is_an_indirect_quote(quotes: QuoteFinder):
    text = ("La loi a été adoptée dans la nuit, a annoncé le président du Sénat, Paul Lenoir. "
            "Sur 500 votants, il y a eu 300 voix pour et 200 contre, a-t-il précisé.")
    q = quotes.first(text, "Sur 500 votants", reported=True)
    assert q is not None and q.speaker_text == "Paul Lenoir"


def test_pour_source_whose_phrase_the_parser_runs_into_the_statement(quotes: QuoteFinder):
    text = "Pour le procureur fédéral, plus de trois cents personnes auraient été victimes de cette escroquerie."
    q = quotes.first(text, "plus de trois cents", reported=True)
    assert q is not None and q.speaker_text == "le procureur fédéral"
    # a name set off by a comma before a colon is no statement
    named = "Pour la principale association de défense des locataires, la CNL : « Le loyer doit baisser »."
    assert quotes.first(named, "la CNL", reported=True) is None


def test_stance_participle_after_se_dire_reports_a_statement(quotes: QuoteFinder):
    q = quotes.first("Le ministère s'est dit déterminé à combattre toutes les formes de racisme.", "déterminé", reported=True)
    assert q is not None and q.speaker_text == "Le ministère"


def test_quoted_infinitive_reports_the_marked_words_only(quotes: QuoteFinder):
    both = ("Marc Lenoir, directeur de l'usine, a indiqué « vouloir éviter tout licenciement », "
            "et à « embaucher des jeunes » dès l'an prochain.")
    q = quotes.first(both, "vouloir éviter", reported=True)
    assert q is not None and "embaucher" in q.text and "prochain" not in q.text
    # one quoted infinitive is a direct quote only, the narrative after it is not reported
    one = "Le groupe, qui affirme « agir au nom du peuple », suite à la décision du gouvernement, a détruit trois ponts."
    assert quotes.first(one, "agir", reported=True) is None


def test_a_coordinated_verb_has_no_inverted_subject(quotes: QuoteFinder):
    text = ("La direction de l'usine a immédiatement réagi et a nié toute responsabilité en affirmant que le "
            "départ du salarié était lié à des raisons personnelles.")
    q = quotes.first(text, "le départ", reported=True)
    assert q is not None and q.speaker_text == "La direction de l'usine"


def test_renchérir_introduces_a_que_clause(quotes: QuoteFinder):
    text = "Le député Jean Morel a critiqué le budget. Il renchérit que la situation est grave pour les agriculteurs."
    q = quotes.first(text, "la situation", reported=True)
    assert q is not None and q.speaker_text == "Jean Morel"


def test_unlemmatised_present_of_an_re_verb_is_a_verb_of_saying(quotes: QuoteFinder):
    # fr_core_news_md lemmatises "reconnait" (no circumflex) to "reconner"
    text = "Le maire Paul Ravel a publié une tribune. Il reconnait que la tempête a influencé son choix."
    q = quotes.first(text, "la tempête", reported=True)
    assert q is not None and q.speaker_text == "Paul Ravel"


def test_a_court_ruling_is_reported_speech_and_a_dateline_is_no_speaker(quotes: QuoteFinder):
    text = ("ANKARA — Turkey's constitutional court has ruled that the new election law may not be applied "
            "before the next vote.")
    assert quotes.speaker(text, "the new election law", "en") == "Turkey's constitutional court"


def test_a_verbless_phrase_before_a_colon_names_the_speaker(quotes):
    # quotes/colon_nominal.py: a statement noun and its author, or the speaker's own name or title
    assert quotes.speaker("Réaction immédiate de Paul Roux : « C'est une honte. »", "C'est une honte") == "Paul Roux"
    assert quotes.speaker("Paul Roux, maire de Rennes : « Nous paierons. »", "Nous paierons") == "Paul Roux"
    # a phrase that is nobody introduces nobody
    assert quotes.speaker("Au programme : « des réformes ambitieuses ».", "des réformes") is None


def test_english_verbs_that_frame_quoted_words(quotes: QuoteFinder):
    # speech_verbs_en.tsv: cite, brand, dub, term, label
    text = 'The jury cited "his courage in the face of repression" as the reason for the award.'
    assert quotes.speaker(text, "his courage", "en") == "The jury"
    assert quotes.speaker('Senator Jon Tester branded the decision "a disgrace".', "a disgrace", "en") == "Jon Tester"

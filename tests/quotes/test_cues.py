"""Cue-level attribution: which word of the clause is the speaker. Texts written for the test and
run through the real pipeline."""

from __future__ import annotations

from foedus.annotate import annotate_article
from foedus.records import Article, Quote


def quote_starting(text: str, start: str, lang: str = "fr") -> Quote:
    quotes = annotate_article(Article(id="t", text=text, language=lang, published="2024-03-12")).quotes
    hits = [q for q in quotes if q.text.startswith(start)]
    assert hits, f"no quote starting with {start!r}"
    return hits[0]


def speaker_of(text: str, start: str, lang: str = "fr") -> str | None:
    return quote_starting(text, start, lang).speaker_text


def addressee_of(text: str, start: str, lang: str = "fr") -> str | None:
    return quote_starting(text, start, lang).addressee_text


def test_title_then_name_subject_is_the_named_person():
    # the parser gives "estimé" two subjects, "secrétaire" and "Kofi"
    text = ("Le secrétaire-général de l'ONU Kofi Annan a toutefois estimé que cette décision allait "
            "« compliquer les négociations ».")
    assert speaker_of(text, "compliquer") == "Kofi Annan"


def test_pronoun_whose_antecedent_is_a_title_speaks_as_the_titled_person():
    text = ("L'ambassadeur Paul Berthier est arrivé hier au port de Sète. "
            "L'ambassadeur américain, accompagné de son adjoint, a visité les nouveaux quais, qui deviendront "
            "selon lui « un moteur de croissance pour toute la région ».")
    assert speaker_of(text, "un moteur de croissance") == "Paul Berthier"


def test_direct_object_of_an_addressing_verb_is_the_addressee():
    assert addressee_of("Le ministre a averti Moscou que « toute escalade aurait un prix ».", "toute escalade") == "Moscou"
    en = "Senator Jon Tester arrived in Kyiv on Monday. “It is a disgrace,” he told the BBC."
    assert addressee_of(en, "It is a disgrace", "en") == "the BBC"


def test_english_said_to_names_the_addressee():
    assert addressee_of("“We are ready,” the minister said to Sergei Lavrov.", "We are ready", "en") == "Sergei Lavrov"


def test_article_spelling_of_a_known_person_is_kept():
    # the KB spells him "Dmitri Peskov"; the article's own spelling names the speaker
    text = "Kremlin spokesman Dmitry Peskov told reporters that talks were “not on the agenda”."
    assert speaker_of(text, "not on the agenda", "en") == "Dmitry Peskov"
    # a capitalised title before the name is no part of the article's spelling
    text = "Prime Minister Narendra Modi met President Xi. He told Xi that India wanted peace on the border."
    assert addressee_of(text, "India wanted", "en") == "Xi Jinping"


def test_honorific_inside_a_person_entity_does_not_hide_the_known_person():
    quotes = annotate_article(Article(id="t", text="« Nous sommes prêts », a déclaré M. Poutine.", language="fr",
                                      published="2023-03-14")).quotes
    assert quotes and quotes[0].speaker_text == "Vladimir Poutine" and quotes[0].speaker_code == "RUSGOV"


def test_participle_of_saying_has_no_inverted_subject_and_an_object_is_no_speaker():
    text = ("The foreign minister of Iran, Hossein Amir-Abdollahian, warned Israel against any escalation, "
            "saying Tehran would respond.")
    assert speaker_of(text, "Tehran would respond", "en") == "Hossein Amir-Abdollahian"


def test_english_reported_clause_before_its_subject_and_verb():
    text = "Talks with the rebels will resume next week, a State Department spokesman told reporters on Tuesday."
    assert "spokesman" in (speaker_of(text, "Talks with the rebels", "en") or "")


def test_pronoun_reaches_back_past_sentences_inside_quotation_marks():
    text = ("Dans un entretien au Figaro, l'ancien maire Paul Berthier décrit sa successeure, Claire Dumas, "
            "comme « trop prudente ». « Je connais cette ville. Je l'ai dirigée vingt ans. J'ai tout vu ici. "
            "Elle, elle découvre tout », explique-t-il. Il ajoute que Claire Dumas « devra apprendre vite ».\n\n"
            "« Mon bilan a été caricaturé. Mes adversaires ont menti », indique-t-il.")
    assert speaker_of(text, "Mon bilan") == "Paul Berthier"


def test_stressed_lui_after_a_preposition_is_masculine():
    text = ("Paul Berthier a rencontré Claire Dumas mardi. Claire Dumas a présenté son budget. "
            "Pour lui, ce budget est « irréaliste ».")
    assert speaker_of(text, "irréaliste") == "Paul Berthier"


def test_pour_sa_part_is_no_source_and_a_misparsed_clause_keeps_its_subject():
    text = ("D'après le ministre du budget, Paul Berthier, « il y a bien une ardoise cachée » ; le ministre des "
            "finances, Claire Dumas, a pour sa part ajouté : « C'est d'une France affaiblie dont nous héritons ».")
    assert speaker_of(text, "C'est d'une France") == "Claire Dumas"


def test_name_on_the_complement_of_a_title_speaks():
    text = ("Interrogé par France Inter, le ministre de l'Intérieur Gérald Darmanin a affirmé que la menace "
            "terroriste restait « très élevée ».")
    assert speaker_of(text, "très élevée") == "Gérald Darmanin"


def test_selon_phrase_with_its_comma_attached_to_the_source():
    text = "Selon le ministère de la Santé du Hamas, au moins 20 personnes ont été tuées."
    assert "ministère de la Santé" in (speaker_of(text, "au moins 20") or "")


def test_later_speaker_named_inside_a_run_of_quoted_sentences_is_the_antecedent():
    text = ("« Le maire a promis le changement. Je promets le changement, et mon bilan le montre » a déclaré "
            "Paul Berthier à Lyon. Il a estimé que ces chiffres étaient « un triste rappel ».")
    assert speaker_of(text, "un triste rappel") == "Paul Berthier"


def indirect_starting(text: str, start: str) -> Quote | None:
    quotes = annotate_article(Article(id="t", text=text, language="fr", published="2024-03-12")).quotes
    return next((q for q in quotes if q.kind != "direct" and q.text.startswith(start)), None)


def test_inverted_clitic_incise_after_a_statement_is_an_indirect_quote():
    text = ("La loi a été adoptée dans la nuit, a annoncé le président du Sénat, Paul Lenoir. "
            "Sur 500 votants, il y a eu 300 voix pour et 200 contre, a-t-il précisé.")
    q = indirect_starting(text, "Sur 500 votants")
    assert q is not None and q.speaker_text == "Paul Lenoir"


def test_pour_source_whose_phrase_the_parser_runs_into_the_statement():
    text = "Pour le procureur fédéral, plus de trois cents personnes auraient été victimes de cette escroquerie."
    q = indirect_starting(text, "plus de trois cents")
    assert q is not None and q.speaker_text == "le procureur fédéral"
    # a name set off by a comma before a colon is no statement
    named = "Pour la principale association de défense des locataires, la CNL : « Le loyer doit baisser »."
    assert indirect_starting(named, "la CNL") is None


def test_stance_participle_after_se_dire_reports_a_statement():
    q = indirect_starting("Le ministère s'est dit déterminé à combattre toutes les formes de racisme.", "déterminé")
    assert q is not None and q.speaker_text == "Le ministère"


def test_quoted_infinitive_reports_the_marked_words_only():
    both = ("Marc Lenoir, directeur de l'usine, a indiqué « vouloir éviter tout licenciement », "
            "et à « embaucher des jeunes » dès l'an prochain.")
    q = indirect_starting(both, "vouloir éviter")
    assert q is not None and "embaucher" in q.text and "prochain" not in q.text
    # one quoted infinitive is a direct quote only, the narrative after it is not reported
    one = "Le groupe, qui affirme « agir au nom du peuple », suite à la décision du gouvernement, a détruit trois ponts."
    assert indirect_starting(one, "agir") is None


def test_a_coordinated_verb_has_no_inverted_subject():
    text = ("La direction de l'usine a immédiatement réagi et a nié toute responsabilité en affirmant que le "
            "départ du salarié était lié à des raisons personnelles.")
    q = indirect_starting(text, "le départ")
    assert q is not None and q.speaker_text == "La direction de l'usine"


def test_renchérir_introduces_a_que_clause():
    text = "Le député Jean Morel a critiqué le budget. Il renchérit que la situation est grave pour les agriculteurs."
    q = indirect_starting(text, "la situation")
    assert q is not None and q.speaker_text == "Jean Morel"


def test_unlemmatised_present_of_an_re_verb_is_a_verb_of_saying():
    # fr_core_news_md lemmatises "reconnait" (no circumflex) to "reconner"
    text = "Le maire Paul Ravel a publié une tribune. Il reconnait que la tempête a influencé son choix."
    q = indirect_starting(text, "la tempête")
    assert q is not None and q.speaker_text == "Paul Ravel"

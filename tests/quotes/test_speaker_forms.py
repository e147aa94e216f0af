"""Speakers written as ANNOTATION.md asks: the fullest form of an unnamed description, reports
speaking in their own name, titles the tagger took for names — on sentences written for these tests."""

from __future__ import annotations

from foedus.quotes.speaker_forms import fullest_descriptions
from foedus.records import Quote


def _quote(speaker: str) -> Quote:
    return Quote(article_id="t", start=0, end=1, text="x", kind="indirect", speaker_text=speaker)


def test_short_description_takes_the_fullest_form():
    short, full, group = _quote("un porte-parole des pompiers"), _quote("le porte-parole des pompiers du Var"), \
        _quote("des analystes")
    fullest_descriptions([short, full, group])
    assert short.speaker_text == "le porte-parole des pompiers du Var"
    assert group.speaker_text == "des analystes"


def test_other_head_or_plural_keeps_its_words():
    a, b, c = _quote("un porte-parole de la mairie"), _quote("le maire de la ville"), _quote("les analystes de la banque")
    d = _quote("les analystes")
    fullest_descriptions([a, b, c, d])
    assert (a.speaker_text, d.speaker_text) == ("un porte-parole de la mairie", "les analystes")


def test_report_speaks_as_its_phrase_with_its_author(quotes):
    text = "Selon un rapport établi par l'Observatoire des loyers, les prix ont baissé de 3 % en un an."
    assert quotes.find(text, "les prix", kind="selon").speaker_text == "un rapport établi par l'Observatoire des loyers"


def test_first_phrase_speaks_when_parsed_under_its_apposition(quotes):
    text = ("Le rapport annuel de la CNIL, la Commission nationale de l'informatique, conclut que les fichiers "
            "de police contiennent trop d'erreurs.")
    q = quotes.find(text, "les fichiers", kind="indirect")
    assert q.speaker_text and q.speaker_text.lower().startswith("le rapport annuel")


def test_title_tagged_as_a_name_resolves_to_its_holder(quotes):
    text = ("Le président François Hollande a visité Nice. « Aucun Français ne doit rester sans soins » "
            "estime le président de la République.")
    assert quotes.speaker(text, "Aucun Français") == "François Hollande"


def test_body_named_with_an_apostrophe_is_found_by_its_type(quotes):
    text = ("La chaîne britannique Sainsbury's a fermé cent magasins. Selon la chaîne, la baisse "
            "des ventes a été brutale.")
    q = quotes.find(text, "la baisse", kind="selon")
    assert q.speaker_text == "Sainsbury's"


def test_person_the_selon_statement_is_about_is_not_its_source(quotes):
    text = ("Le maire Paul Roux a été hospitalisé hier soir après un malaise, selon le porte-parole. "
            "La mairie reste ouverte.")
    q = quotes.find(text, "Le maire Paul Roux", kind="selon")
    assert q.speaker_text and "porte-parole" in q.speaker_text


def test_possessive_document_speaks_for_its_owner(quotes):
    text = "Le ministre Paul Martin a publié une lettre mardi. Selon sa lettre, la réforme sera votée en juin."
    assert quotes.find(text, "la réforme", kind="selon").speaker_text == "Paul Martin"


def test_an_acronym_speaks_by_a_name_that_spells_it_not_by_a_nickname(quotes):
    # the KB gives the CGT the nickname "la centrale de Montreuil"; the article's name for it stays
    text = ("La CGT a revendiqué plus d'1,5 million de manifestants et y a vu « une première étape réussie ». "
            "À Paris, la manifestation a rassemblé 250.000 personnes selon la centrale de Montreuil.")
    assert quotes.speaker(text, "une première étape").lower().removeprefix("la ") == "cgt"


def test_an_acronym_speaks_by_the_full_name_the_article_gives(quotes):
    text = ("La Confédération générale du travail appelle à la grève. La CGT a dénoncé « une réforme injuste », "
            "mardi à Paris.")
    assert quotes.speaker(text, "une réforme injuste").lower().removeprefix("la ") == "confédération générale du travail"

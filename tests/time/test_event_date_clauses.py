"""A date inside a clause that describes a noun dates that noun, not the sentence's act (issue 5)."""

from __future__ import annotations

from foedus.annotate import annotate_article
from foedus.records import Article


def _dates(text: str, published: str) -> set[str | None]:
    ann = annotate_article(Article(id="t", text=text, language="fr", published=published))
    return {e.date for e in ann.events}


def test_a_date_in_a_participle_clause_after_a_comma_is_the_nouns():
    text = ("Selon le procureur, l'assaillant a été abattu par les militaires de l'opération Sentinelle, "
            "mise en place après les attentats de janvier 2015 en France.")
    dates = _dates(text, "2017-10-02")
    assert dates and "2015-01-01" not in dates


def test_the_sentences_own_date_still_counts():
    text = "L'aviation russe a bombardé le 12 mars des positions de l'Etat islamique près de Palmyre."
    assert _dates(text, "2016-03-14") == {"2016-03-12"}


def test_an_act_in_quoted_words_takes_the_day_of_the_incise():
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = '"The United States condemns the missile launch by North Korea," the spokesperson said in a statement Monday.'
    events = annotate_article(Article(id="t", text=text, language="en", published="2021-09-28")).events
    assert any(e.code.startswith("11") and e.date == "2021-09-27" for e in events)


def test_a_date_under_a_detached_past_participle_is_the_described_nouns():
    # "dirigées par …" set off by commas describes the army, wherever the parser hangs it
    text = ("Les combats font toujours rage entre les Forces armées du Soudan (FAS, armée régulière), dirigées par le "
            "général Abdel Fattah Al-Bourhane, chef de la junte qui est à la tête du pays depuis 2021, et les "
            "paramilitaires des Forces de soutien rapide (RSF).")
    dates = _dates(text, "2023-04-17")
    assert dates == {"2023-04-17"}


def test_a_bare_infinitive_takes_the_tense_of_the_verb_above():
    # published on a Sunday: the past tense of "a hésité" makes "samedi" the day before
    text = ("La délégation de l'opposition syrienne a hésité plusieurs jours avant de rencontrer l'émissaire de "
            "l'ONU samedi soir à Genève.")
    dates = _dates(text, "2016-01-31")
    assert "2016-01-30" in dates and "2016-02-06" not in dates


def test_a_date_in_a_clause_describing_the_trigger_dates_it():
    # ("signé dimanche" describes the accord itself, not another noun)
    text = ("Le président doit diriger à compter de mardi une transition en vertu d'un accord signé dimanche entre "
            "les putschistes et la Cédéao.")
    dates = _dates(text, "2012-05-22")
    assert "2012-05-20" in dates


def test_an_act_named_after_n_days_apres_is_that_many_days_earlier():
    text = ("Le 10 septembre, une délégation de la Cédéao a rencontré les militaires à Conakry, cinq jours après "
            "le coup d'Etat contre le président Alpha Condé.")
    ann = annotate_article(Article(id="t", text=text, language="fr", published="2021-09-10"))
    coups = [e for e in ann.events if e.code == "180"]
    assert coups and all(e.date == "2021-09-05" for e in coups)
    assert any(e.code.startswith("04") and e.date == "2021-09-10" for e in ann.events)


def test_a_fronted_participle_with_a_month_describes_the_subject_not_the_act():
    text = ("Élu en mars dès le premier tour, le nouveau président sénégalais Bassirou Diomaye Faye a rencontré le "
            "président français Emmanuel Macron.")
    dates = _dates(text, "2024-06-20")
    assert dates and "2024-03-01" not in dates


def test_a_fronted_participle_with_a_day_may_still_date_the_act():
    dates = _dates("Arrivé lundi à Moscou, Emmanuel Macron a rencontré Vladimir Poutine.", "2024-06-20")
    assert dates == {"2024-06-17"}

"""A wire report's dateline gives its own "today" (time/dateline.py), and undated acts and relative
days are read against it; the day the lead tells dates the body's undated acts — on texts written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from foedus.time.dateline import dateline_day, lead_day


@pytest.mark.parametrize("text, published, lang, day", [
    ("DAMAS, 7 avril (Xinhua) -- Les factions rebelles en Syrie ont salué les frappes.", "2017-04-08", "fr", "2017-04-07"),
    ("Titre de la dépêche\nMANILLE, 6 décembre (Xinhua) -- L'ambassadeur a parlé.", "2024-12-07", "fr", "2024-12-06"),
    ("BANGUI (IVOIREBUSINESS) le 21 mars 2013 - Les rebelles ont repris les armes.", "2013-03-21", "fr", "2013-03-21"),
    ("PARIS, 31 décembre (Reuters) - Le gouvernement a annoncé.", "2021-01-02", "fr", "2020-12-31"),
    ("BEIJING, June 28 (Xinhua) -- China urged the United States.", "2019-06-29", "en", "2019-06-28"),
])
def test_the_dateline_day(text, published, lang, day):
    assert dateline_day(text, published, lang) == dt.date.fromisoformat(day)


@pytest.mark.parametrize("text, published", [
    ("Le 7 avril - jour de l'attaque - reste dans les mémoires.", "2017-04-08"),  # a sentence, not a dateline
    ("PARIS (Reuters) - Le gouvernement a annoncé.", "2017-04-08"),  # no day in it
    ("DAMAS, 7 mars (Xinhua) -- Les rebelles ont parlé.", "2017-04-08"),  # a month before: an old report
])
def test_no_dateline_day(text, published):
    assert dateline_day(text, published, "fr") is None


def test_an_undated_act_takes_the_dateline_day_not_the_page_date():
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("DAMAS, 7 avril (Xinhua) -- L'armée syrienne a bombardé les positions des rebelles à Alep, "
            "a indiqué une source militaire.")
    ann = annotate_article(Article(id="t", text=text, language="fr", published="2017-04-08"))
    strikes = [e for e in ann.events if e.code.startswith("19")]
    assert strikes and all(e.date == "2017-04-07" for e in strikes)


DAYS = [(30, dt.date(2016, 8, 24)), (200, dt.date(2016, 8, 20))]


@pytest.mark.parametrize("first_sentence, today, day", [
    ((0, 100), "2016-08-25", dt.date(2016, 8, 24)),  # "mercredi" in the lead, a page of Thursday
    ((0, 100), "2016-08-24", None),  # the lead tells the publication day itself: nothing to change
    ((0, 100), "2016-09-30", None),  # a day weeks before: a date of the story's past, not its news day
    ((0, 20), "2016-08-25", None),  # no day in the first sentence (the later one is the body's)
    ((0, 300), "2016-08-25", dt.date(2016, 8, 24)),  # the latest day the lead names
    ((0, 300), "2016-08-24", None),  # "… tués samedi, a annoncé mercredi …": the lead tells of today
    ((0, 100), None, None),
])
def test_the_lead_day(first_sentence, today, day):
    assert lead_day(first_sentence, DAYS, today) == day


def test_an_undated_act_in_the_body_takes_the_day_the_lead_tells():
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("Le président Barack Obama a appelé mercredi la Russie à cesser les bombardements sur Alep. "
            "Il a aussi exhorté la Turquie à la retenue. Jeudi, la Chine a critiqué les États-Unis.")
    ann = annotate_article(Article(id="t", text=text, language="fr", published="2016-08-25"))
    dates = {e.trigger: (e.date, e.date_precision) for e in ann.events}
    assert dates["exhorté"] == ("2016-08-24", "lead")  # no day of its own: Wednesday, as the lead tells
    assert dates["critiqué"] == ("2016-08-25", "day")  # its own day wins


def test_the_lead_is_the_first_real_sentence_past_a_dateline_and_a_heading_in_capitals():
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("BANGUI (AFP) le 21 mars 2013 - BOZIZE DOIT PARTIR, SELON LES REBELLES DE LA SELEKA.\n"
            "Les rebelles centrafricains ont affirmé mercredi reprendre les armes contre le régime du président Bozizé.\n"
            "Le président François Bozizé a fait libérer les prisonniers politiques des rebelles.")
    ann = annotate_article(Article(id="t", text=text, language="fr", published="2013-03-21"))
    released = [e for e in ann.events if e.trigger == "libérer"]
    assert released and all((e.date, e.date_precision) == ("2013-03-20", "lead") for e in released)

"""A wire report's dateline gives its own "today" (time/dateline.py), and undated acts and relative
days are read against it — on texts written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from foedus.time.dateline import dateline_day


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

"""event_date_for: the day named in the event's sentence, else the publication date."""

from __future__ import annotations

from foedus.time import event_date_for, extract_timexes

TEXT = (
    "Le président a reçu hier son homologue. "
    "Les deux hommes avaient parlé le 17 novembre au téléphone. "
    "Ils coopèrent depuis 2014. "
    "Ils se reverront."
)
PUB = "2015-11-26"


def _sentence(fragment: str) -> tuple[int, int]:
    start = TEXT.index(fragment)
    return start, start + len(fragment)


def test_day_in_sentence_wins() -> None:
    timexes = extract_timexes(TEXT, PUB)
    s, e = _sentence("Les deux hommes avaient parlé le 17 novembre au téléphone.")
    verb = TEXT.index("parlé")
    assert event_date_for(verb, verb + 5, s, e, timexes, PUB) == ("2015-11-17", "day")
    s, e = _sentence("Le président a reçu hier son homologue.")
    verb = TEXT.index("reçu")
    assert event_date_for(verb, verb + 4, s, e, timexes, PUB) == ("2015-11-25", "day")


def test_year_only_gives_year_precision() -> None:
    timexes = extract_timexes(TEXT, PUB)
    s, e = _sentence("Ils coopèrent depuis 2014.")
    assert event_date_for(s + 4, s + 13, s, e, timexes, PUB) == ("2014-01-01", "year")


def test_no_date_falls_back_to_publication() -> None:
    timexes = extract_timexes(TEXT, PUB)
    s, e = _sentence("Ils se reverront.")
    assert event_date_for(s, e, s, e, timexes, PUB) == (PUB, "publication")
    assert event_date_for(s, e, s, e, timexes, None) == (None, "publication")


def test_nearest_day_in_sentence() -> None:
    text = "Hier, Paris a condamné l'attaque de mardi soir."
    timexes = extract_timexes(text, PUB)
    verb = text.index("condamné")
    attack = text.index("attaque")
    assert event_date_for(verb, verb + 8, 0, len(text), timexes, PUB)[0] == "2015-11-25"
    assert event_date_for(attack, attack + 7, 0, len(text), timexes, PUB)[0] == "2015-11-24"


def test_a_period_after_publication_does_not_date_an_act_reported_done() -> None:
    text = "Ahead of the anniversary next year, the two ministers agreed to cooperate."
    pub = "2024-11-15"
    timexes = extract_timexes(text, pub, "en")
    verb = text.index("agreed")
    assert event_date_for(verb, verb + 6, 0, len(text), timexes, pub) == (pub, "publication")

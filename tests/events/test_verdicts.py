"""Verdicts in quotes: a speaker who calls what another party did illegal, a lie or a provocation
condemns that party (CAMEO 111) — the party the verdict's own phrase names ("l'imprudence
d'Israël", "the annexation is illegal" with the annexing state named), else the one actor the
quoted sentence names; the speaker's own side is never the culprit, and a verdict word nobody
is said to have spoken codes nothing — on sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2024-05-01"


def aimed(events: set[tuple[str, str, str]], source: str, target: str, code: str) -> bool:
    """An event of `code` from an actor of country `source` to one of country `target`."""
    return any(s.startswith(source) and t.startswith(target) and c == code for s, t, c in events)


def blamed_by(events: set[tuple[str, str, str]], source: str) -> bool:
    """Any criticism or accusation (root 11) made by an actor of country `source`."""
    return any(s.startswith(source) and c.startswith("11") for s, _, c in events)


def test_a_verdict_noun_condemns_whose_act_it_names(french_events):
    events = french_events("« L'imprudence croissante d'Israël doit être freinée », a déclaré le président turc "
                           "Recep Tayyip Erdogan.")
    assert ("TURGOV", "ISR", "111") in events


def test_a_verdict_adjective_condemns_the_one_party_the_quote_names(french_events):
    events = french_events("Le ministre français des Affaires étrangères a réagi : « La décision de la Russie est "
                           "parfaitement illégale ».")
    assert aimed(events, "FRA", "RUS", "111")


def test_the_judged_subject_is_the_culprit_not_the_judge(french_events):
    events = french_events("« Le régime iranien est hypocrite », a affirmé le ministre israélien des Affaires "
                           "étrangères.")
    assert aimed(events, "ISR", "IRN", "111")
    assert not blamed_by(events, "IRN")


def test_the_speakers_own_side_is_no_culprit(french_events):
    events = french_events("« Cette situation est absurde pour la France », a déclaré le président français "
                           "Emmanuel Macron.")
    assert not any(code.startswith("11") for _, _, code in events)


def test_a_verdict_word_nobody_speaks_codes_nothing(french_events):
    events = french_events("Le projet illégal de la Russie a été présenté mardi à Moscou.")
    assert not any(code.startswith("11") for _, _, code in events)


def test_english_verdicts_in_a_quote_condemn_the_named_party(english_events):
    events = english_events('"This is a shameful provocation by Moscow," the British foreign secretary said.')
    assert aimed(events, "GBR", "RUS", "111")


def test_war_crimes_named_in_a_quote_are_an_accusation(french_events):
    events = french_events("« Les crimes de guerre commis par la Russie ne resteront pas impunis », a déclaré le président "
                           "ukrainien Volodymyr Zelensky.")
    assert aimed(events, "UKR", "RUS", "112")


def test_what_a_verdict_noun_says_of_a_doer_makes_the_doer_the_culprit(french_events):
    events = french_events("« La Russie bombarde les civils, et cela constitue un crime de guerre », a déclaré le "
                           "président ukrainien Volodymyr Zelensky.")
    assert aimed(events, "UKR", "RUS", "112")
    assert not blamed_by(events, "RUS")

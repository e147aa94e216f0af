"""Implicit arguments and parse repairs of the French event coder (events/implicit.py,
events/arguments.py), on short invented sentences — not the dev articles."""

from __future__ import annotations

import pytest

from foedus.events.implicit import domestic_government


def dyads(text: str, published: str = "2024-03-05") -> set[tuple[str, str, str]]:
    from foedus.annotate import annotate_article
    from foedus.records import Article

    ann = annotate_article(Article(id="t", text=text, language="fr", published=published))
    return {(e.source, e.target, e.code) for e in ann.events}


def roots(text: str) -> set[tuple[str, str, str]]:
    return {(s[:3], t[:3], c[:2]) for s, t, c in dyads(text)}


def test_domestic_government_pure_function():
    assert domestic_government("MMR", "MMRMED") == ("MMRGOV", "MMRMED")
    assert domestic_government("CHNCVL", "CHN") == ("CHNCVL", "CHNGOV")
    assert domestic_government("FRA", "FRAGOV") == ("FRA", "FRAGOV")  # still the same actor: dropped later
    assert domestic_government("RUS", "FRAGOV") == ("RUS", "FRAGOV")


def test_reaction_targets_the_last_perpetrator():
    text = ("Les rebelles ont attaqué un village au Mali. "
            "Le gouvernement malien a fermement condamné ces violences.")
    found = dyads(text)
    assert any(s == "MLIGOV" and t == "MLIREB" and c.startswith("11") for s, t, c in found)


def test_refusal_answers_the_request_of_the_previous_sentence():
    text = ("Le secrétaire général de l'ONU a sollicité Pékin afin d'obtenir une visite au Tibet. "
            "Les autorités chinoises ont refusé cet accès.")
    assert ("CHN", "IGO", "12") in roots(text)


def test_self_sector_frame_and_bare_country_as_government():
    assert ("MMRGOV", "MMRMED", "0811") in dyads("Le Myanmar a officiellement aboli la censure.")


def test_counted_countries_and_entre_below_the_trigger():
    text = ("Les États-Unis ont vivement critiqué l'Iran. "
            "Cet incident a provoqué la rupture des relations diplomatiques entre les deux pays.")
    found = roots(text)
    assert ("USA", "IRN", "16") in found and ("IRN", "USA", "16") in found


def test_cancelled_meeting_is_not_an_event():
    found = roots("Le président russe a annulé hier une rencontre avec le chancelier allemand.")
    assert not any(c == "04" for _, _, c in found)


def test_named_apposition_and_place_slot():
    found = dyads("Le ministre des Affaires étrangères, Laurent Fabius, est attendu à Alger le 16 juillet.",
                  published="2012-07-05")
    assert ("FRAGOV", "DZAGOV", "036") in found


@pytest.mark.parametrize("text", [
    "Des milliers de manifestants ont exigé des réformes à Tunis.",
    "Des centaines de manifestants tunisiens réclament des réformes.",
])
def test_domestic_demand_is_aimed_at_the_government(text: str):
    found = dyads(text)
    assert any(s[:3] == "TUN" and t == "TUNGOV" and c.startswith("10") for s, t, c in found) or \
        any(s[:3] == "TUN" and t == "TUNGOV" for s, t, c in found)


def test_an_anti_adjective_names_the_target_of_a_hostile_act():
    # "antirusses", glued or hyphenated: the act is aimed at that country
    assert ("IGO", "RUS", "16") in roots("Les sanctions antirusses de l'Union européenne n'effraient personne, a indiqué "
                                         "le vice-ministre russe des Affaires étrangères.")


def test_an_anti_adjective_of_a_complement_is_not_the_acts_target():
    # (the adjective qualifies the complement, not the sanctions)
    assert not any(t == "RUS" for _, t, _ in roots("L'Union européenne a décidé des sanctions contre les financiers "
                                                   "de la propagande antirusse."))

"""French domestic actors of the shipped knowledge base: parties coded by whether they governed on the
date, ministers while in post (country elite after), unions, employers, institutions, companies."""

from __future__ import annotations

import re

import pytest

from foedus.actors.build.make_data import build_organisations, read_curated_people
from foedus.actors.kb import load_kb

CODE = re.compile(r"^[A-Z]{3}[A-Z]*$")  # country or group, then sectors (IMGMUSAQ)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def code_on(phrase: str, date: str, lang: str = "fr") -> str | None:
    results = load_kb().lookup(phrase, date, lang)
    return results[0].code if results else None


@pytest.mark.parametrize("phrase", ["le PS", "le Parti socialiste", "les socialistes", "French Socialist Party"])
def test_socialists_govern_under_hollande_not_after(phrase: str) -> None:
    assert code_on(phrase, "2013-02-10", "en" if phrase.startswith("French") else "fr") == "FRAGOV"
    assert code_on(phrase, "2018-06-01", "en" if phrase.startswith("French") else "fr") == "FRAOPP"


def test_right_wing_parties_follow_the_cohabitations() -> None:
    assert code_on("le RPR", "1987-04-01") == "FRAGOV"  # Chirac's government, Mitterrand president
    assert code_on("le RPR", "1999-04-01") == "FRAOPP"  # Jospin's government, Chirac president
    assert code_on("le PS", "1999-04-01") == "FRAGOV"
    assert code_on("l'UMP", "2010-01-15") == "FRAGOV"
    assert code_on("l'UMP", "2013-01-15") == "FRAOPP"
    assert code_on("LR", "2024-10-15") == "FRAGOV"  # Barnier's government
    assert code_on("LR", "2019-10-15") == "FRAOPP"


def test_presidential_party_and_far_right() -> None:
    assert code_on("La République en marche", "2016-09-01") == "FRAOPP"
    assert code_on("LREM", "2019-03-01") == "FRAGOV"
    assert code_on("le Front national", "2015-12-06") == "FRAOPP"
    assert code_on("le RN", "2024-07-01") == "FRAOPP"
    assert code_on("La France insoumise", "2023-01-01") == "FRAOPP"


def test_ambiguous_party_words_are_not_french_parties() -> None:
    # "les républicains" are as often the US party; a bare "Sénat" is any country's senate
    for phrase in ("les républicains", "le Sénat", "les écologistes"):
        assert all(r.code is None or not r.code.startswith("FRA") for r in load_kb().lookup(phrase, "2016-05-01", "fr"))


def test_minister_codes_follow_the_post() -> None:
    assert code_on("Pierre Moscovici", "2013-04-01") == "FRAGOV"
    assert code_on("Pierre Moscovici", "2016-04-01", "en") == "IGOEUREEC"  # European commissioner
    assert code_on("Jérôme Cahuzac", "2012-12-05") == "FRAGOV"
    assert code_on("Jérôme Cahuzac", "2013-04-02") == "FRAELI"  # resigned on 19 March 2013
    assert code_on("Gérald Darmanin", "2019-11-01") == "FRAGOV"  # budget minister before the Interior
    assert code_on("Olivier Véran", "2021-01-10") == "FRAGOV"
    assert code_on("Olivier Véran", "2012-07-05") == "FRAELI"


def test_office_holder_descriptions_name_the_new_ministers() -> None:
    kb = load_kb()
    finance = kb.lookup("le ministre français des Finances", "2013-05-01", "fr")[0]
    assert finance.name == "Pierre Moscovici"
    interior = kb.lookup("le ministre français de l'Intérieur", "2010-03-01", "fr")[0]
    assert interior.name == "Brice Hortefeux"
    # a bare "ministre" names no particular minister (portfolios outside the indexed positions)
    assert kb.lookup("le ministre français", "2013-05-01", "fr")[0].name is None


def test_chambers_and_courts() -> None:
    assert code_on("Claude Bartolone", "2014-01-01") == "FRALEG"
    assert code_on("Gérard Larcher", "2021-01-01") == "FRALEG"
    assert code_on("le Sénat français", "2021-01-01") == "FRALEG"
    assert code_on("le Conseil constitutionnel", "2021-01-01") == "FRAJUD"
    assert code_on("le Conseil d'Etat", "2021-01-01") == "FRAJUD"
    assert code_on("la Cour des comptes", "2021-01-01") == "FRAGOV"
    assert code_on("Bercy", "2021-01-01") == "FRAGOV"
    assert code_on("la place Beauvau", "2021-01-01") == "FRAGOV"
    assert code_on("le PNAT", "2021-01-01") == "FRAJUD"
    assert code_on("la gendarmerie nationale", "2021-01-01") == "FRACOP"


def test_unions_employers_and_their_leaders() -> None:
    assert code_on("la CGT", "2016-05-26") == "FRALAB"
    assert code_on("Force ouvrière", "2016-05-26") == "FRALAB"
    assert code_on("le Medef", "2016-05-26") == "FRABUS"
    assert code_on("Bernard Thibault", "2010-10-12") == "FRALAB"
    assert code_on("Philippe Martinez", "2016-05-26") == "FRALAB"
    assert code_on("Philippe Martinez", "2024-01-01") == "FRAELI"  # after Sophie Binet took over
    assert code_on("Laurent Berger", "2019-12-05") == "FRALAB"


def test_companies_and_foreign_bodies() -> None:
    assert code_on("la SNCF", "2018-04-03") == "FRABUS"
    assert code_on("Air France", "2018-04-03") == "FRABUS"
    assert code_on("Scotland Yard", "2018-04-03") == "GBRCOP"
    assert code_on("la Guardia Civil", "2018-04-03") == "ESPCOP"
    assert code_on("la Bundeswehr", "2018-04-03") == "DEUMIL"
    # a common word or a product is not the company without a qualifier
    assert code_on("Total", "2018-04-03") is None
    assert code_on("le groupe Total", "2018-04-03") == "FRABUS"


def test_curated_organisation_roles_are_well_formed() -> None:
    for row in build_organisations(None):
        assert CODE.match(row["code"]), row["id"]
        for role in row.get("roles", []):
            assert CODE.match(role["code"]), row["id"]
            assert all(d is None or DATE.match(d) for d in (role["start"], role["end"])), row["id"]
            assert role["start"] is None or role["end"] is None or role["start"] <= role["end"], row["id"]


def test_curated_people_roles_are_well_formed() -> None:
    for person in read_curated_people():
        for role in person["roles"]:
            assert CODE.match(role["code"]), person["name"]
            assert all(d is None or DATE.match(d) for d in (role["start"], role["end"])), person["name"]
            assert role["start"] is None or role["end"] is None or role["start"] <= role["end"], person["name"]


def test_neighbouring_parties_follow_their_governments() -> None:
    assert code_on("le SPD", "2011-06-01") == "DEUOPP"  # Merkel's CDU–FDP coalition
    assert code_on("le SPD", "2016-06-01") == "DEUGOV"  # grand coalition
    assert code_on("le FDP", "2025-01-10") == "DEUOPP"  # out of Scholz's coalition since November 2024
    assert code_on("the Tories", "2019-10-01", "en") == "GBRGOV"
    assert code_on("Labour", "2019-10-01", "en") == "GBROPP"
    assert code_on("Labour", "2025-02-01", "en") == "GBRGOV"
    assert code_on("le PSOE", "2015-03-01") == "ESPOPP"
    assert code_on("le PSOE", "2019-03-01") == "ESPGOV"
    # "the Conservative Party" is also Canada's: not coded British
    assert code_on("the Conservative Party", "2019-10-01", "en") is None


def test_nationals_of_a_country_are_its_civilians():
    from foedus.annotate import annotate_article
    from foedus.records import Article

    ann = annotate_article(Article(id="t", text="La police iranienne a arrêté deux ressortissants français à Téhéran.",
                                   language="fr", published="2024-04-14"))
    assert ("IRNCOP", "FRACVL", "173") in {(e.source, e.target, e.code) for e in ann.events}

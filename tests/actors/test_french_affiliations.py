"""French people the KB does not code take the code of the body the text ties them to (issue 5:
actors of domestic politics), and an indefinite article makes a body's name a kind. Sentences
written for the test."""

from __future__ import annotations

from foedus.annotate import annotate_article
from foedus.records import Article


def codes(text: str, published: str = "2012-11-06") -> dict[str, str | None]:
    ann = annotate_article(Article(id="t", text=text, language="fr", published=published))
    return {m.text: m.code for m in ann.mentions}


def test_a_title_apposed_after_the_name_gives_the_body_code():
    found = codes("Christian Jacob, président du groupe UMP, a dénoncé la décision.")
    assert found["Christian Jacob"] == "FRAOPP"


def test_a_title_before_the_name_reaches_the_body_one_noun_down():
    found = codes("Le président du directoire de PSA, Philippe Varin, a précisé que le plan était maintenu.",
                  published="2012-07-12")
    assert found["Philippe Varin"] == "FRABUS"


def test_a_party_in_brackets_after_the_name():
    found = codes("Philippe Gosselin (UMP) a dénoncé un incident grave.")
    assert found["Philippe Gosselin"] == "FRAOPP"


def test_a_title_held_by_someone_else_ties_no_one():
    found = codes("La veuve de l'ancien président de l'Autorité palestinienne, Souha Arafat, a demandé "
                  "l'exhumation du corps.", published="2012-07-05")
    assert found.get("Souha Arafat") is None


def test_an_indefinite_article_makes_a_body_name_a_kind():
    found = codes("Le Front islamique, une alliance de groupes qui veut créer un État islamique en Syrie, "
                  "a été visé.", published="2014-11-06")
    assert "IMGMUSISI" not in found.values()
    assert codes("L'aviation a frappé l'État islamique.", published="2014-11-06").get("État islamique") == "IMGMUSISI"


def test_the_head_of_a_described_body_takes_its_code():
    found = codes("Amos Hochstein s'est réuni lundi avec le président du Parlement libanais Nabih Berri.",
                  published="2024-03-04")
    assert found["Nabih Berri"] == "LBNLEG"



def test_an_adviser_of_a_head_of_state_serves_that_government():
    found = codes("Ivan Petrovitch, conseiller de Vladimir Poutine, a rejeté la proposition.", published="2020-05-04")
    assert found["Ivan Petrovitch"] == "RUSGOV"

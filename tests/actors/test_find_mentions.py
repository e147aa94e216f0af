"""find_mentions and resolve_pronoun on real sentences (the bundled RT France sample)."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.actors.kb import load_kb
from foedus.actors.resolve import find_mentions, resolve_pronoun
from foedus.records import Mention

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"


@pytest.fixture(scope="module")
def nlp():
    spacy = pytest.importorskip("spacy")
    return spacy.load("fr_core_news_md")


@pytest.fixture(scope="module")
def sample(nlp):
    if not SAMPLE.exists():
        pytest.skip("shared sample absent")
    doc = nlp(SAMPLE.read_text(encoding="utf-8"))
    return doc, find_mentions(doc, "rt", "2015-11-26", "fr", load_kb())


def by_text(mentions: list[Mention], text: str) -> list[Mention]:
    return [m for m in mentions if m.text.strip() == text]


def test_named_person_coded_on_date(sample) -> None:
    _, mentions = sample
    putin = by_text(mentions, "Vladimir Poutine")
    assert putin and all(m.code == "RUSGOV" and m.kind == "name" for m in putin)


def test_counterpart_resolves_to_person(sample) -> None:
    _, mentions = sample
    [m] = by_text(mentions, "homologue français")
    assert m.code == "FRAGOV" and m.name == "François Hollande" and m.kind == "description"


def test_plural_description(sample) -> None:
    _, mentions = sample
    [m] = by_text(mentions, "militaires russes")
    assert m.code == "RUSMIL" and m.number == "pl"


def test_capitals_as_actors_but_not_as_places(sample) -> None:
    doc, mentions = sample
    assert [m.code for m in by_text(mentions, "Ankara")] == ["TURGOV"]
    moscow = by_text(mentions, "Moscou")
    assert [m.code for m in moscow] == ["RUSGOV"]  # "entre Ankara et Moscou", not "à Moscou"
    a_moscou = doc.text.index("à Moscou") + 2
    assert all(m.start != a_moscou for m in mentions)
    assert not any(m.text == "Syrie" for m in mentions)  # "en Syrie" is a place


def test_groups_of_the_two_presidents(sample) -> None:
    _, mentions = sample
    groups = [m for m in mentions if m.kind == "group"]
    assert groups
    for g in groups:
        assert g.number == "pl" and sorted(g.members) == ["FRAGOV", "RUSGOV"]
    assert any("deux présidents" in g.text and len(g.member_ids) == 2 for g in groups)


def test_coordinated_countries_and_unknown_person(sample) -> None:
    _, mentions = sample
    codes = [m.code for m in mentions if m.text in ("Russie", "France")]
    assert "RUS" in codes and "FRA" in codes
    bret = by_text(mentions, "Cyrille Bret")
    assert bret and bret[0].code is None and bret[0].name == "Cyrille Bret"


def test_pronoun_after_quote(sample) -> None:
    doc, mentions = sample
    il = next(t for t in doc if t.text == "-il")
    antecedent = resolve_pronoun(doc, il.i, mentions)
    assert antecedent is not None and antecedent.name == "Vladimir Poutine"


def test_surname_after_full_name_and_feminine_pronoun(nlp) -> None:
    doc = nlp("Angela Merkel a rencontré Cyrille Bret à Berlin. Bret a salué la chancelière. Elle a répondu.")
    mentions = find_mentions(doc, "t", "2016-01-01", "fr")
    bret = [m for m in mentions if m.text == "Bret"]
    assert bret and bret[0].name == "Cyrille Bret"
    elle = next(t for t in doc if t.text == "Elle")
    antecedent = resolve_pronoun(doc, elle.i, mentions)
    assert antecedent is not None and antecedent.name == "Angela Merkel"
    assert not any(m.text == "Berlin" for m in mentions)


def test_person_names_beat_countries_and_acronyms_follow_their_body(nlp):
    text = ("Le ministre des Affaires étrangères Dominique de Villepin a reçu mardi les représentants "
            "de Human Rights Watch. Dominique de Villepin a promis une réponse à HRW avant lundi.")
    mentions = find_mentions(nlp(text), "t", "2003-01-21", "fr", load_kb())
    assert not any(m.actor_id == "country:DMA" for m in mentions)  # not the island of Dominica
    assert any(m.name == "Dominique de Villepin" for m in mentions)
    hrw = [m for m in mentions if m.text == "HRW"]
    assert hrw and hrw[0].name == "Human Rights Watch"


def test_qualified_plural_is_not_the_last_two_persons(nlp) -> None:
    # two office-holders are named, then a plural agent noun qualified by an adjective: a class of
    # leaders ("les dirigeants africains"), not a back-reference to those two
    text = ("Le président Macky Sall a reçu Paul Kagame à Dakar. "
            "Les dirigeants africains se sont réunis le lendemain. Les deux présidents ont signé un accord.")
    doc = nlp(text)
    mentions = find_mentions(doc, "t", "2016-06-01", "fr", load_kb())
    groups = [m for m in mentions if m.kind == "group"]
    assert not any("dirigeants africains" in g.text or g.text.strip() == "dirigeants" for g in groups)
    assert any("deux présidents" in g.text and sorted(g.members) == ["RWAGOV", "SENGOV"] for g in groups)


def test_a_name_led_by_an_article_is_not_its_common_noun_in_lower_case(nlp):
    doc = nlp("La Poste a confirmé la réunion. Il a déposé la lettre à la poste.")
    mentions = find_mentions(doc, "t", "2014-03-02", "fr", load_kb())
    assert [m.text for m in mentions if m.code] == ["La Poste"]


def test_a_name_apposed_to_the_subject_outranks_a_later_name(nlp) -> None:
    # "Le président Emmanuel Macron" — the parser makes the name an apposition of the subject "président"
    doc = nlp("Le président Emmanuel Macron a assuré dimanche à son homologue ukrainien Volodymyr Zelensky qu’il "
              "soutiendrait son plan de paix.")
    mentions = find_mentions(doc, "t", "2023-02-19", "fr")
    il = next(t for t in doc if t.text == "il")
    antecedent = resolve_pronoun(doc, il.i, mentions)
    assert antecedent is not None and antecedent.name == "Emmanuel Macron"

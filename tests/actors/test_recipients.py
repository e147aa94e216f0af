"""A capital or country after "à" is a recipient when a verb or noun of asking, saying or giving
governs it (actors/recipients.py, data/recipient_heads.tsv), and a place otherwise. Sentences
written for the test."""

from __future__ import annotations

import pytest

from foedus.annotate import annotate_article
from foedus.records import Article


def events(text: str, published: str = "2015-11-26") -> list[tuple[str, str, str]]:
    ann = annotate_article(Article(id="t", text=text, language="fr", published=published))
    return [(e.source, e.target, e.code) for e in ann.events]


@pytest.mark.parametrize("text, dyad", [
    ("Washington a demandé à Pékin de libérer les militants.", ("USAGOV", "CHNGOV")),
    ("Moscou reproche à Washington son soutien aux rebelles.", ("RUSGOV", "USAGOV")),
    ("Berlin a livré à Kiev des armes antichars.", ("DEUGOV", "UKRGOV")),
])
def test_a_capital_after_a_recipient_verb_is_its_government(text: str, dyad: tuple[str, str]) -> None:
    assert any((s, t) == dyad for s, t, _ in events(text))


def test_an_unlemmatised_present_verb_still_governs_a_recipient() -> None:
    # fr_core_news_md lemmatises "demande" as the noun and cuts "Paris" off as a root of its own
    assert ("FRAGOV", "RUSGOV", "020") in events("Paris demande à Moscou de cesser ses frappes en Syrie.")


def test_a_capital_after_a_motion_verb_stays_a_place() -> None:
    found = events("François Hollande est arrivé à Moscou jeudi pour rencontrer Vladimir Poutine.")
    # the visit's host comes from the place, and Moscow never acts as a government here
    assert all(s != "RUSGOV" or c.startswith("04") for s, _, c in found)
    assert any(s == "FRAGOV" and t == "RUSGOV" and c.startswith("04") for s, t, c in found)

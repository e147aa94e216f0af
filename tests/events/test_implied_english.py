"""Implied agents and unnamed people in English news (issues 5 and 10 share the mechanism).
Sentences written for the test."""

from __future__ import annotations

from foedus.annotate import annotate_article
from foedus.records import Article


def events(text: str, published: str = "2016-04-12") -> list[tuple[str, str, str]]:
    ann = annotate_article(Article(id="t", text=text, language="en", published=published))
    return [(e.source, e.target, e.code) for e in ann.events]


def test_an_agentless_passive_arrest_is_the_local_police_s():
    assert ("GBRCOP", "GBRCVL", "173") in events("Five men were arrested in London on Tuesday.")


def test_arrested_foreigners_keep_their_nationality():
    assert ("ESPCOP", "ROUCVL", "173") in events("Two Romanian nationals were detained by police in Madrid.")


def test_lawmakers_rejecting_a_bill_reject_their_government():
    found = events("Lawmakers in Italy rejected the bill on Tuesday.")
    assert any(s == "ITALEG" and t == "ITAGOV" and c.startswith("12") for s, t, c in found)

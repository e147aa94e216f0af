"""The case-free scanner of a time rule (time/grammar.py) finds exactly the matches of the rule's own
case-insensitive regex — on texts written for the test, with capitals, accents and a character
whose lower case is longer."""

from __future__ import annotations

import pytest

from foedus.time.grammar import compiled_rules

TEXTS = {
    "fr": ["DAMAS, 7 AVRIL (Xinhua) -- Le Président a parlé Jeudi Soir, le 17 Novembre 2015, au XIXe siècle "
           "et Hier matin ; il y a Deux Semaines, DANS TROIS JOURS, vers 14h30.",
           "İstanbul, le 3 mars : la réunion de l'après-midi du Mardi 4 mars."],
    "en": ["On Monday, November 17, 2015 the President spoke; LAST WEEK and Two Days Ago, at 3 p.m."],
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_the_scanner_finds_what_the_rule_finds(lang):
    scanned = 0
    for text in TEXTS[lang]:
        lowered = text.lower()
        lowered = lowered if len(lowered) == len(text) else None
        for rule in compiled_rules(lang):
            expected = [(m.span(), m.groupdict()) for m in rule.regex.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in rule.finditer(text, lowered)] == expected, rule.name
            scanned += len(expected)
    assert scanned >= 5  # the texts do hold time expressions

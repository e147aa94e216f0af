"""Tokens in another speaker's quoted words (events/quoted_tokens.py). Text written for the test."""

from __future__ import annotations

from foedus.events.quoted_tokens import quoted_elsewhere
from foedus.language import load_nlp


def test_quoted_words_are_elsewhere_except_the_quote_holding_the_token():
    doc = load_nlp("fr")("Le ministre a dénoncé « une agression de Moscou », puis il a ajouté : « Kiev se défendra ».")
    moscou = next(t for t in doc if t.text == "Moscou")
    kiev = next(t for t in doc if t.text == "Kiev")
    ministre = next(t for t in doc if t.text == "ministre")
    from_outside = quoted_elsewhere(ministre)
    assert moscou.i in from_outside and kiev.i in from_outside and ministre.i not in from_outside
    from_first_quote = quoted_elsewhere(moscou)
    assert moscou.i not in from_first_quote and kiev.i in from_first_quote
    assert quoted_elsewhere(moscou) is from_first_quote  # built once per Doc and quote

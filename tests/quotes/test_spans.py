"""Quotation spans (quotes/spans.py) on texts written for the tests: pairs, nesting, and a curly
quote a page closes with a straight mark, a closing guillemet written the wrong way round."""

from __future__ import annotations

from foedus.quotes.spans import find_marked_spans


def spans(text: str) -> list[str]:
    return [s.text(text) for s in find_marked_spans(text)]


def test_french_and_english_pairs():
    assert spans("Il a dit « non » puis “yes” et \"peut-être\".") == ["non", "yes", "peut-être"]


def test_marks_nested_inside_a_quote_stay_in_it():
    assert spans("« Il a parlé d'un “plan” absurde », a-t-il dit.") == ["Il a parlé d'un “plan” absurde"]


def test_a_curly_quote_closed_by_a_straight_mark():
    text = 'She urged them not to “lend legitimacy to this regime," stressing that “chaos has followed.”'
    assert spans(text) == ["lend legitimacy to this regime,", "chaos has followed."]


def test_a_curly_quote_with_no_close_in_its_paragraph_is_no_span():
    assert spans("He said “we will see and left.\n\nThen the talks ended.") == []


def test_a_wrongly_oriented_closing_guillemet_glued_to_the_last_word_closes(quotes):
    text = ("« Je ne pense pas que cela soit digne d'une réaction de notre part« , a déclaré Sergueï Lavrov. "
            "« Peu importe ce qu'ils font« .")
    assert quotes.speaker(text, "Je ne pense pas") == "Sergueï Lavrov"
    assert quotes.find(text, "Peu importe").text == "Peu importe ce qu'ils font"

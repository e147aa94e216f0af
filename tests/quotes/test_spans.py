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


def test_a_quote_going_on_over_paragraphs_ends_at_each_paragraph():
    # news style: each paragraph of a long quote opens with a mark, only the last one closes
    text = ('"Australia is not a party to the dispute.\n\n"We hope Australia will abide by its promise.\n\n'
            '"Carefully talk and cautiously behave."\n\nThe talks ended.')
    assert spans(text) == ["Australia is not a party to the dispute.", "We hope Australia will abide by its promise.",
                           "Carefully talk and cautiously behave."]
    french = "« Nous irons jusqu'au bout.\n« Personne ne nous arrêtera », a-t-il dit."
    assert spans(french) == ["Nous irons jusqu'au bout.", "Personne ne nous arrêtera"]


def test_a_body_cut_off_inside_its_last_quote_keeps_the_quote():
    assert spans('The ministry added:\n\n"China has lodged serious representa') == ["China has lodged serious representa"]
    # a mark opened mid-sentence and never closed is no quote, even at the end
    assert spans('He spoke of "a new era for the region') == []


def test_each_paragraph_of_a_long_quote_keeps_its_speaker(quotes):
    text = ('Lu Kang, the Chinese Foreign Ministry spokesman, said the ruling was illegal.\n\n'
            '"Frankly speaking, I was shocked by the remarks," he said.\n\n'
            '"Australia is not a party to the South China Sea issue.\n\n'
            '"We hope Australia will firmly abide by its promise."\n\nThe ministry lodged a protest.')
    assert quotes.speaker(text, "Australia is not a party", "en") == "Lu Kang"
    assert quotes.speaker(text, "We hope Australia", "en") == "Lu Kang"


def test_a_curly_quote_closed_by_a_straight_mark_stays_closed_before_a_next_quoted_paragraph():
    text = 'She urged them not to “lend legitimacy to this regime," stressing the risks.\n\n"We will not."'
    assert spans(text) == ["lend legitimacy to this regime,", "We will not."]

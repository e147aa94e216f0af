"""English wire forms: a spokeswoman taken up by her family name and by "she", a long dateline, a
commission with a that-clause, an adverb after the speaker's phrase — on sentences written for
these tests after wire copy."""

from __future__ import annotations


def test_a_family_name_alone_and_she_take_up_the_titled_spokeswoman(quotes):
    text = ("Foreign Ministry spokeswoman Mao Ning said Beijing lodged solemn representations. Takaichi's remarks "
            "had \"fundamentally damaged the political foundation\" of relations, Mao said. She said Beijing "
            "sternly urged Tokyo to retract the remarks.")
    assert quotes.speaker(text, "fundamentally damaged", "en") == "Mao Ning"
    she = quotes.first(text, "Beijing sternly urged", "en", reported=True)
    assert she is not None and she.speaker_text == "Mao Ning"


def test_a_long_dateline_is_not_the_speaker(quotes):
    text = ("SEOUL, South Korea, Aug. 22 (UPI) -- North Korea's military threatened Tuesday that it is ready to "
            "stage \"ruthless\" retaliation against South Korea and the United States.")
    assert quotes.speaker(text, "ruthless", "en") == "North Korea's military"


def test_a_threat_with_a_that_clause_reports_words_but_not_with_an_infinitive(quotes):
    text = "North Korea's military threatened on Tuesday that it is ready to stage retaliation against South Korea."
    q = quotes.first(text, "it is ready", "en", reported=True)
    assert q is not None and q.speaker_text == "North Korea's military"
    # (a guard: "threatened to" is the act of threatening, coded as an event, not reported words)
    assert quotes.first("The rebels threatened to attack the capital.", "attack the capital", "en", reported=True) is None


def test_an_adverb_after_the_speakers_phrase_is_not_part_of_it(quotes):
    text = "The Ministry of Foreign Affairs in Kenya however, said it was yet to receive any formal notice."
    q = quotes.first(text, "it was yet", "en", reported=True)
    assert q is not None and q.speaker_text == "The Ministry of Foreign Affairs in Kenya"

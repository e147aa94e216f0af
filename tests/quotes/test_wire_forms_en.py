"""English wire attribution: a subject with a relative clause before "said", "it said", "the
statement said" after "X said in a statement", a bare definite description taking up the fuller
one before it — on sentences written for these tests."""

from __future__ import annotations


def test_subject_with_a_relative_clause_before_said(quotes):
    text = ("“We regret the loss of life,” U.S. Central Command, which oversees operations in the region, "
            "said in a statement.")
    assert quotes.speaker(text, "We regret", lang="en") == "U.S. Central Command"
    assert quotes.first(text, "We regret", lang="en", reported=True) is None


def test_it_and_the_statement_speak_for_the_body(quotes):
    text = ("The Treasury Department imposed new sanctions on Monday, it said in a statement. The sanctions are "
            "imposed in coordination with the Commerce Department, the statement said.")
    first = quotes.find(text, "The Treasury Department imposed", lang="en", kind="indirect")
    assert "Treasury Department" in first.speaker_text
    assert "Treasury Department" in quotes.find(text, "The sanctions", lang="en", kind="indirect").speaker_text


def test_a_bare_definite_description_takes_up_the_fuller_one(quotes):
    text = ("The United States has condemned the missile launch, a State Department spokesperson said. "
            "\"The launch violates several resolutions,\" the spokesperson said on Monday.")
    assert quotes.speaker(text, "The launch violates", lang="en") == "a State Department spokesperson"


def test_the_subject_between_the_quote_and_said_speaks_and_the_statement_continues(quotes):
    text = ("\"The ministers discussed urgent bilateral issues, the schedule of the upcoming contacts and the main "
            "international topics,\" the Russian Foreign Ministry said in a statement. \"The focus was on the "
            "Syrian crisis,\" the statement continued.")
    assert quotes.speaker(text, "The ministers", lang="en") == "Russian Foreign Ministry"
    assert quotes.speaker(text, "The focus", lang="en") == "Russian Foreign Ministry"


def test_the_ministry_and_the_military_named_before(quotes):
    text = ("The talks were held in Lima, Seoul's foreign ministry said Friday. The diplomats met on Thursday, "
            "according to the ministry. The IDF said on Sunday that it was striking launchers. Earlier the "
            "military said that its jets had targeted launchers.")
    assert quotes.find(text, "The diplomats", lang="en", kind="selon").speaker_text == "Seoul's foreign ministry"
    assert quotes.speaker(text, "its jets", lang="en") == "IDF"


def test_a_person_described_by_age_is_the_one_named_before(quotes):
    text = ("The main opposition candidate, Daniel Osei, has rejected the results. The 62-year-old claimed that "
            "\"numerous steps have been taken to manipulate the results.\"")
    assert quotes.speaker(text, "numerous steps", lang="en") == "Daniel Osei"


def test_a_title_the_kb_knows_as_no_office_is_not_the_office_holder(quotes):
    text = ("Ghana's main opposition candidate, John Mahama, rejected the results in which President Nana "
            "Akufo-Addo won a second term. According to the provisional results published by the electoral "
            "commission, Akufo-Addo's New Patriotic Party won 137 seats, while Mahama's party won 136. "
            "The opposition leader said his party had in fact won 140 seats.")
    q = quotes.find(text, "his party had", lang="en")
    assert q.speaker_text != "Nana Akufo-Addo" and "Mahama" in q.speaker_text
    selon = quotes.find(text, "Akufo-Addo's New Patriotic", lang="en")
    assert selon.speaker_text == "the electoral commission"


def test_an_age_description_takes_up_a_person_named_sentences_before(quotes):
    text = ("But Mahama rejected those numbers.\n\n“We will take all legitimate steps,” he told a news conference.\n\n"
            "“We will not give up.”\n\nChallenging election results could test the stability of the nation.\n\n"
            "The 62-year-old claimed that the results had been manipulated.")
    assert "Mahama" in quotes.find(text, "the results had been", lang="en").speaker_text


def test_a_chain_of_incises_after_a_quote_makes_no_statement(quotes):
    text = ('"It was very difficult, but we discussed solutions as well," he said, the sources told Reuters. '
            '"There was progress."')
    assert quotes.first(text, "but we discussed", lang="en", reported=True) is None


def test_the_official_takes_up_a_us_official_not_the_last_person_named(quotes):
    text = ("US Secretary of State John Kerry will meet Iranian Foreign Minister Mohammad Javad Zarif on Saturday, "
            "a US official said.\n\n\"Secretary Kerry will meet Foreign Minister Zarif this afternoon,\" the official said.")
    assert quotes.speaker(text, "Secretary Kerry will meet", lang="en") == "a US official"


def test_a_quote_goes_on_after_its_incise_whatever_the_kb_spelling(quotes):
    text = ('"I visited the north. I listen to the residents," Netanyahu said. "The current situation will not '
            'continue. I am committed to this."')
    assert "Netanyahu" in (quotes.speaker(text, "The current situation", lang="en") or "")

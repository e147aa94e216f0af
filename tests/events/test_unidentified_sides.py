"""An actor whose country nothing in the article gives is no identified side: the event keeps its
evidence but is not scored as a dyad (ANNOTATION.md). Sentences written for these tests."""

from __future__ import annotations

PUBLISHED = "2018-04-26"


def test_a_speaker_of_no_known_country_gives_no_side(english_events):
    text = ('Foreign Office spokesperson Mohammad Faisal said India was violating the ceasefire agreement. '
            '"India should walk the talk and refrain from provocative statements," he said.')
    events = english_events(text)
    assert any(tgt == "IND" and code.startswith("11") for _, tgt, code in events)  # the criticism is kept
    assert not any((src or "").startswith("---") or (tgt or "").startswith("---") for src, tgt, _ in events)

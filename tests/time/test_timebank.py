"""Accuracy and speed on French TimeBank 1.1 (108 Est Républicain articles, real gold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from foedus.eval.timebank import print_report, read_tml, run_timebank

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "external" / "fr" / "ftib" / "Data"


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    if not DATA.exists():
        pytest.skip("French TimeBank absent")
    return run_timebank(DATA)


def test_reader_offsets_match_gold_text() -> None:
    if not DATA.exists():
        pytest.skip("French TimeBank absent")
    doc = read_tml(DATA / "1999-05-21-0530.tml")
    assert doc.dct == "1999-05-21"
    assert doc.timexes
    for g in doc.timexes:
        assert doc.text[g.start : g.end] == g.text


def test_extraction_f1(scores: dict[str, float]) -> None:
    assert scores["documents"] == 108
    assert scores["timex_f1"] >= 0.92
    assert scores["timex_p"] >= 0.90 and scores["timex_r"] >= 0.88


def test_date_value_accuracy(scores: dict[str, float]) -> None:
    # Anchors on the same files: HeidelTime 84.4 % correct DATE values, dateparser 75.5 %.
    assert scores["date_value_acc"] >= 0.92


def test_time_value_accuracy(scores: dict[str, float]) -> None:
    assert scores["time_value_acc"] >= 0.85


def test_speed(scores: dict[str, float]) -> None:
    # 50× faster than 4 s per document.
    assert scores["seconds_per_doc"] < 0.08


def test_report_last_line_is_json(scores: dict[str, float], capsys: pytest.CaptureFixture[str]) -> None:
    print_report(scores)
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == len(scores) + 1
    assert json.loads(lines[-1]) == scores

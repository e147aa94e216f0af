"""Accuracy of ActorKB.lookup on real news wording (tests/actors/data/resolution_cases.tsv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from foedus.actors.kb import load_kb
from foedus.actors.normalize import fold

CASES = Path(__file__).resolve().parent / "data" / "resolution_cases.tsv"


def read_cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_case_file_is_large_and_bilingual() -> None:
    cases = read_cases()
    assert len(cases) >= 300
    assert {c["lang"] for c in cases} >= {"fr", "en"}
    assert all(c["note"] for c in cases)


def test_lookup_accuracy() -> None:
    kb = load_kb()
    cases = read_cases()
    failures: list[str] = []
    scored = correct = 0
    for case in cases:
        results = kb.lookup(case["phrase"], case["date"] or None, case["lang"])
        got = results[0] if results else None
        scored += 1
        ok = got is not None and got.code == case["expected_code"]
        if case["expected_actor"]:
            scored += 1
            actor_ok = got is not None and got.name is not None and fold(got.name) == fold(case["expected_actor"])
            correct += actor_ok
            ok = ok and actor_ok
        correct += got is not None and got.code == case["expected_code"]
        if not ok:
            failures.append(f"{case['phrase']!r} {case['date']} {case['lang']}: expected {case['expected_code']}"
                            f" {case['expected_actor']} got {got and (got.code, got.name, got.why)}")
    accuracy = correct / scored
    print(f"\nlookup accuracy {accuracy:.4f} ({correct}/{scored} codes+actors over {len(cases)} cases)")
    for failure in failures:
        print("  FAIL", failure)
    assert accuracy >= 0.95


def test_same_phrase_changes_holder_with_date() -> None:
    kb = load_kb()
    names = {kb.lookup("le président américain", d, "fr")[0].name for d in ("2016-06-01", "2021-06-01", "2025-06-01")}
    assert len(names) == 3
    assert {kb.lookup("le président américain", d, "fr")[0].code for d in ("2016-06-01", "2021-06-01")} == {"USAGOV"}


def test_extra_file_overrides_actor(tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"id": "p-zork", "name": "Zork Zorkovic", "gender": "m", "aliases": {"fr": ["Zork Zorkovic"]},'
                     ' "roles": [{"code": "FRAGOV", "start": "2020-01-01", "end": null, "position": "other"}]}\n',
                     encoding="utf-8")
    kb = load_kb([extra])
    assert kb.lookup("Zork Zorkovic", "2021-01-01", "fr")[0].code == "FRAGOV"
    assert load_kb().lookup("Zork Zorkovic", "2021-01-01", "fr") == []

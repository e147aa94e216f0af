"""Sanity checks for the French event-trigger lexicon `foedus/events/data/triggers_fr.tsv`.

Format, codes (against the pinned CAMEO table), slot names, coverage of the 20 CAMEO roots, no
conflicting duplicates; one test loads fr_core_news_md and checks the lemmas are ones it produces.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
LEXICON = REPO / "src" / "foedus" / "events" / "data" / "triggers_fr.tsv"
CAMEO_TABLE = REPO.parent / "shared" / "external" / "gdelt-cameo" / "CAMEO.eventcodes.txt"

HEADER = ["lemma", "pos", "with", "code", "source", "target", "symmetric", "note"]
POS = {"VERB", "NOUN", "ADJ"}
PREPOSITIONS = {
    "à", "de", "avec", "contre", "envers", "vers", "sur", "en", "entre", "pour", "par",
    "auprès", "chez", "dans", "devant", "selon",
}
PLAIN_SLOTS = {"nsubj", "nsubj:pass", "obj", "iobj", "amod", "poss", "obl:agent"}
ROOTS = [f"{i:02d}" for i in range(1, 21)]


SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "REF"}


def _slot_ok(slot: str) -> bool:
    if slot in PLAIN_SLOTS:
        return True
    if slot.startswith(("self:", "place:", "implied:")):  # implicit party: the source's / the place's country + sector
        return slot.split(":")[1] in SECTORS
    rel, _, prep = slot.partition(":")
    return rel in {"obl", "nmod"} and prep in PREPOSITIONS


def load_rows() -> list[list[str]]:
    """Non-comment rows after the header, each a list of fields (tabs kept as separators)."""
    lines = [
        line.rstrip("\n")
        for line in LEXICON.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    ]
    assert lines, "lexicon is empty"
    assert lines[0].split("\t") == HEADER, f"bad header: {lines[0]!r}"
    return [line.split("\t") for line in lines[1:]]


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    return load_rows()


@pytest.fixture(scope="module")
def cameo_codes() -> set[str]:
    if not CAMEO_TABLE.exists():
        pytest.skip(f"pinned CAMEO table not found at {CAMEO_TABLE}")
    codes = set()
    for line in CAMEO_TABLE.read_text(encoding="latin-1").splitlines()[1:]:
        code = line.split("\t", 1)[0].strip()
        if code:
            codes.add(code)
    return codes


def test_file_is_utf8_nfc_and_has_enough_lines(rows):
    import unicodedata

    text = LEXICON.read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text
    assert len(rows) >= 300


def test_every_line_has_eight_fields(rows):
    bad = [r for r in rows if len(r) != 8]
    assert not bad, f"lines without 8 tab-separated fields: {bad[:5]}"


def test_field_values(rows):
    problems = []
    for r in rows:
        lemma, pos, with_, code, source, target, symmetric, note = r
        if not lemma or lemma != lemma.lower() or lemma != lemma.strip() or " " in lemma:
            problems.append(("lemma", r))
        if pos not in POS:
            problems.append(("pos", r))
        if with_ and (with_ != with_.lower() or " " in with_ or "," in with_ or with_ == "pas"):
            problems.append(("with", r))
        if not re.fullmatch(r"\d{2,4}", code):
            problems.append(("code", r))
        if not source:
            problems.append(("source", r))
        if symmetric not in {"yes", "no"}:
            problems.append(("symmetric", r))
        if not note.strip():
            problems.append(("note", r))
    assert not problems, problems[:10]


def test_codes_exist_in_pinned_cameo_table(rows, cameo_codes):
    unknown = sorted({r[3] for r in rows if r[3] not in cameo_codes})
    assert not unknown, f"codes not in the pinned CAMEO table: {unknown}"


def test_slot_names_are_allowed(rows):
    bad = []
    for r in rows:
        for column in (4, 5):
            for slot in filter(None, r[column].split(",")):
                if not _slot_ok(slot):
                    bad.append((r[0], r[2], slot))
    assert not bad, f"unknown slot names: {bad}"


def test_no_slot_repeated_within_a_column(rows):
    bad = [r[:3] for r in rows for col in (4, 5) if len(set(r[col].split(","))) != len(r[col].split(","))]
    assert not bad, bad


def test_all_twenty_roots_covered(rows):
    per_root = Counter(r[3][:2] for r in rows)
    missing = [root for root in ROOTS if per_root[root] == 0]
    assert not missing, f"CAMEO roots without a trigger: {missing}"
    # print the distribution for the report (pytest -s)
    print({root: per_root[root] for root in ROOTS})


def test_no_conflicting_duplicates(rows):
    codes: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for r in rows:
        codes[(r[0], r[1], r[2])].add(r[3])
    conflicts = {k: v for k, v in codes.items() if len(v) > 1}
    assert not conflicts, conflicts
    keys = Counter((r[0], r[1], r[2]) for r in rows)
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, f"duplicate (lemma, pos, with) lines: {dupes}"


def test_reflexive_lines_use_with_se_not_lemma(rows):
    bad = [r[0] for r in rows if r[0].startswith(("se ", "s'", "s’"))]
    assert not bad, bad


def test_symmetric_lines_have_a_symmetric_reading(rows):
    # symmetric=yes only makes sense for verbs or for nouns that can take both sides (entre/avec) or a plural owner
    bad = [
        r[:4]
        for r in rows
        if r[6] == "yes" and r[1] == "NOUN" and not any(s in r[5] for s in ("nmod:entre", "nmod:avec"))
    ]
    assert not bad, bad


def test_lemmas_are_model_lemmas():
    """At least 90 % of distinct (lemma, pos) heads must lemmatise to themselves with fr_core_news_md."""
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md is not installed")
    heads = sorted({(r[0], r[1]) for r in load_rows()})
    mismatches = []
    for lemma, pos in heads:
        doc = nlp(lemma)
        if len(doc) != 1 or doc[0].lemma_.lower() != lemma:
            mismatches.append((lemma, pos, [(t.text, t.lemma_, t.pos_) for t in doc]))
    for m in mismatches:
        print("lemma mismatch:", m)
    share = 1 - len(mismatches) / len(heads)
    assert share >= 0.90, f"only {share:.1%} of lemmas are self-lemmatising; mismatches: {mismatches}"

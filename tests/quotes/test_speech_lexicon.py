"""Checks on the speech lexicon data files in src/foedus/quotes/data/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "foedus" / "quotes" / "data"
RDP = Path("external") / "fr" / "ggt-rdp-rules" / "quote_verb_list.txt"

CLASSES = {"assertive", "directive", "commissive", "question"}
FRAMES = {"goes-on", "asks", "answers", "sub-directive", "que", "inf", "incise", "direct", "obj", "addr", "small", "source"}  # small: object + its predicate ("called X a Y"); source: "appris auprès de X"
NOUN_KINDS = {"document", "source", "speaker_role"}
MARKER_KINDS = {"according", "opinion", "cited_by", "interview", "source_phrase", "hedge"}
LANGS = {"fr", "en", "es"}


def read_tsv(name: str, header: list[str]) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    assert rows, f"{name} is empty"
    assert rows[0].split("\t") == header, f"{name}: bad header {rows[0]!r}"
    out = []
    for n, ln in enumerate(rows[1:], 2):
        cells = ln.split("\t")
        assert len(cells) == len(header), f"{name} row {n}: {len(cells)} columns: {ln!r}"
        row = dict(zip(header, cells))
        for col in header[:-1]:  # every column but the free-text note is required
            assert row[col].strip() == row[col] and row[col], f"{name} row {n}: bad {col} {ln!r}"
        out.append(row)
    return out


def verbs(lang: str) -> list[dict[str, str]]:
    return read_tsv(f"speech_verbs_{lang}.tsv", ["lemma", "class", "frames", "note"])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_verb_file_valid(lang):
    rows = verbs(lang)
    lemmas = [r["lemma"] for r in rows]
    dups = {x for x in lemmas if lemmas.count(x) > 1}
    assert not dups, f"duplicate lemmas: {sorted(dups)}"
    for r in rows:
        assert r["class"] in CLASSES, r
        frames = r["frames"].split(",")
        assert frames and set(frames) <= FRAMES, r
        assert len(frames) == len(set(frames)), r
        assert r["lemma"] == r["lemma"].lower() or lang != "fr", r
    classes = {r["class"] for r in rows}
    assert classes == CLASSES, f"{lang}: some class unused: {CLASSES - classes}"


def test_nouns_valid():
    rows = read_tsv("speech_nouns.tsv", ["lang", "noun", "kind", "note"])
    keys = [(r["lang"], r["noun"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate nouns"
    for r in rows:
        assert r["lang"] in LANGS and r["kind"] in NOUN_KINDS, r
    have = set(keys)
    for key in [("fr", "communiqué"), ("fr", "porte-parole"), ("fr", "service de presse"),
                ("fr", "source"), ("en", "statement"), ("en", "spokesman"), ("en", "press release")]:
        assert key in have, key


def test_markers_valid():
    rows = read_tsv("source_markers.tsv", ["lang", "marker", "kind", "note"])
    keys = [(r["lang"], r["marker"]) for r in rows]
    assert len(keys) == len(set(keys)), "duplicate markers"
    for r in rows:
        assert r["lang"] in LANGS and r["kind"] in MARKER_KINDS, r
    have = {k: r for k, r in zip(keys, rows)}
    for key in [("fr", "selon"), ("fr", "d'après"), ("fr", "pour"), ("fr", "de l'avis de"),
                ("fr", "aux dires de"), ("fr", "à en croire"), ("en", "according to"),
                ("en", "as reported by"), ("es", "según"), ("es", "de acuerdo con")]:
        assert key in have, key
    assert "ambig" in have[("fr", "pour")]["note"]


def test_directives_and_commissives_not_assertive():
    fr = {r["lemma"]: r["class"] for r in verbs("fr")}
    for lemma, cls in [("demander", "directive"), ("appeler", "directive"), ("exiger", "directive"),
                       ("ordonner", "directive"), ("promettre", "commissive"),
                       ("menacer", "commissive")]:
        assert fr.get(lemma) == cls, (lemma, fr.get(lemma))
    for lemma in ["dire", "déclarer", "affirmer", "indiquer", "annoncer", "expliquer", "estimer",
                  "assurer", "préciser", "ajouter", "démentir", "rappeler", "souligner"]:
        assert fr.get(lemma) == "assertive", lemma
    en = {r["lemma"]: r["class"] for r in verbs("en")}
    for lemma in ["ask", "urge", "demand", "order", "promise", "threaten"]:
        assert en.get(lemma) in {"directive", "commissive"}, lemma
    for lemma in ["say", "tell", "add", "state", "announce", "explain", "claim", "warn", "insist"]:
        assert en.get(lemma) == "assertive", lemma


def dropped_lemmas() -> set[str]:
    text = (DATA / "ORIGIN.md").read_text(encoding="utf-8")
    return set(re.findall(r"^- dropped: `([^`]+)`", text, flags=re.M))


def test_dropped_not_in_file():
    dropped = dropped_lemmas()
    assert dropped, "ORIGIN.md lists no dropped lemma"
    assert not dropped & {r["lemma"] for r in verbs("fr")}


@pytest.fixture(scope="module")
def fr_lemmatizer():
    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load("fr_core_news_md", exclude=["ner", "parser"])
    except OSError:
        pytest.skip("fr_core_news_md is not installed")
    lem = nlp.get_pipe("lemmatizer")

    def lemma(form: str) -> str:
        doc = nlp.make_doc(form)
        for tok in doc:
            tok.pos_ = "VERB"
        return " ".join(tok.lemma_ for tok in lem(doc))

    return lemma


def test_radar_de_parite_forms_covered(shared, fr_lemmatizer):
    path = shared / RDP
    if not path.exists():
        pytest.skip(f"{path} is absent")
    forms = list(dict.fromkeys(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
                               if ln.strip()))
    lemmas = {r["lemma"] for r in verbs("fr")}
    dropped = dropped_lemmas()
    mapped = unmapped = 0
    missing: dict[str, list[str]] = {}
    for form in forms:
        lemma = fr_lemmatizer(form)
        if lemma in lemmas:
            mapped += 1
        elif lemma not in dropped:
            unmapped += 1
            missing.setdefault(lemma, []).append(form)
    covered = len(forms) - unmapped
    assert covered / len(forms) >= 0.95, f"only {covered}/{len(forms)} covered; missing {missing}"
    # most forms must really be in the lexicon, not merely declared dropped
    assert mapped / len(forms) >= 0.85, f"only {mapped}/{len(forms)} forms map to a lemma"

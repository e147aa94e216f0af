"""Per-language trigger lexicons (events/data/triggers_<lang>.tsv) with their argument frames."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")


@dataclass(frozen=True)
class Trigger:
    lemma: str
    pos: str
    with_lemma: str  # a dependent lemma the head must have ("se", "à", "téléphone"), or ""
    code: str
    source_slots: tuple[str, ...]
    target_slots: tuple[str, ...]
    symmetric: bool
    line: int  # line number in the data file: the rule id of events it produces

    @property
    def rule(self) -> str:
        return f"trigger:{self.lemma}/{self.pos}{'+' + self.with_lemma if self.with_lemma else ''}:{self.code}"


@lru_cache(maxsize=None)
def trigger_lexicon(lang: str) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """(lemma, POS) → triggers, the more specific (with a required dependent) first."""
    path = DATA / f"triggers_{lang}.tsv"
    if not path.exists():
        return {}
    table: dict[tuple[str, str], list[Trigger]] = {}
    numbered = [(n, ln) for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if ln.strip() and not ln.startswith("#")]
    header = numbered[0][1].split("\t")
    for n, line in numbered[1:]:
        row = dict(zip(header, line.split("\t")))
        code = (row.get("code") or "").strip()
        if not code:
            continue
        trig = Trigger(
            lemma=row["lemma"].strip().lower(),
            pos=row["pos"].strip().upper(),
            with_lemma=(row.get("with") or "").strip().lower(),
            code=code,
            source_slots=tuple(s.strip() for s in (row.get("source") or "nsubj").split(",") if s.strip()),
            target_slots=tuple(s.strip() for s in (row.get("target") or "").split(",") if s.strip()),
            symmetric=(row.get("symmetric") or "").strip().lower() in {"yes", "y", "true", "1"},
            line=n,
        )
        table.setdefault((trig.lemma, trig.pos), []).append(trig)
    return {k: tuple(sorted(v, key=lambda t: t.with_lemma == "")) for k, v in table.items()}


def _rows(name: str) -> list[dict[str, str]]:
    path = DATA / name
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, ln.split("\t"))) for ln in lines[1:]]


@lru_cache(maxsize=None)
def region_demonyms(lang: str) -> dict[str, str]:
    """Region adjective → region code ("européens" → EUR), from data/region_demonyms.tsv."""
    return {r["form"].strip(): r["code"].strip() for r in _rows("region_demonyms.tsv") if r["lang"] == lang}


@lru_cache(maxsize=None)
def articleless_countries(lang: str) -> frozenset[str]:
    """French names of states used without an article ("Israël", "Cuba"), from data/articleless_countries.tsv."""
    return frozenset(r["name"].strip() for r in _rows("articleless_countries.tsv") if r["lang"] == lang)


@lru_cache(maxsize=None)
def quantity_heads() -> frozenset[str]:
    """Heads of counted phrases ("milliers", "thousands", "miembros"), all languages, from data/quantity_heads.tsv."""
    return frozenset(r["lemma"].strip() for r in _rows("quantity_heads.tsv"))


@lru_cache(maxsize=None)
def person_nouns(lang: str) -> frozenset[str]:
    """Common nouns for unnamed people ("hommes", "suspects"), from data/person_nouns.tsv."""
    return frozenset(r["lemma"].strip() for r in _rows("person_nouns.tsv") if r["lang"] == lang)


@lru_cache(maxsize=None)
def government_acts(lang: str) -> frozenset[str]:
    """Nouns for a government's acts ("budget", "réforme"), from data/government_acts.tsv."""
    return frozenset(r["lemma"].strip() for r in _rows("government_acts.tsv") if r["lang"] == lang)


@lru_cache(maxsize=None)
def definite_anaphors(lang: str) -> dict[str, tuple[str, ...]]:
    """Bare organisation nouns ("l'ONG") → the code prefixes of the organisation they take up."""
    return {r["noun"].strip(): tuple(p.strip() for p in r["prefixes"].split(","))
            for r in _rows("definite_anaphors.tsv") if r["lang"] == lang}


@lru_cache(maxsize=None)
def combining_forms(lang: str) -> dict[str, str]:
    """First members of two-country adjectives ("franco" in "franco-allemand") → country code."""
    return {r["form"].strip(): r["code"].strip() for r in _rows("combining_forms.tsv") if r["lang"] == lang}


@lru_cache(maxsize=None)
def collective_nouns(lang: str) -> frozenset[str]:
    """Nouns for a grouping of actors ("fédération", "coalition"), from data/collective_nouns.tsv."""
    return frozenset(r["lemma"].strip() for r in _rows("collective_nouns.tsv") if r["lang"] == lang)


@lru_cache(maxsize=None)
def fixed_expressions(lang: str) -> tuple[str, ...]:
    """Phrases led by a trigger word that report no act ("prise de décision"), from
    data/fixed_expressions.tsv."""
    return tuple(r["phrase"].strip().lower() for r in _rows("fixed_expressions.tsv") if r["lang"] == lang)


@lru_cache(maxsize=None)
def classifier_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """Compounds in which a trigger word only classifies a thing ("navires de guerre"), from
    data/classifier_phrases.tsv, as word tuples."""
    return tuple(tuple(r["phrase"].strip().lower().split()) for r in _rows("classifier_phrases.tsv") if r["lang"] == lang)


@lru_cache(maxsize=None)
def military_objects(lang: str) -> frozenset[str]:
    """Things an armed force strikes (data/military_objects.tsv)."""
    return frozenset(r["lemma"].strip() for r in _rows("military_objects.tsv") if r["lang"] == lang)


@lru_cache(maxsize=None)
def unaccusative_verbs() -> frozenset[str]:
    """Verbs whose perfect takes "être" ("est arrivé"), all languages together (the lemmas do not
    collide), from data/unaccusative_verbs.tsv."""
    return frozenset(r["lemma"].strip() for r in _rows("unaccusative_verbs.tsv"))


@lru_cache(maxsize=None)
def intent_verbs(lang: str) -> frozenset[str]:
    """Verbs stating their subject's intent to do the act of their infinitive ("veut bombarder"),
    from data/intent_verbs.tsv."""
    return frozenset(r["lemma"].strip() for r in _rows("intent_verbs.tsv") if r["lang"] == lang)


@lru_cache(maxsize=None)
def verb_class(name: str) -> frozenset[str]:
    """A small closed word class the coder treats apart ("asking", "announcing", "fights_ideas"),
    from data/verb_classes.tsv."""
    return frozenset(r["lemma"].strip() for r in _rows("verb_classes.tsv") if r["class"] == name)

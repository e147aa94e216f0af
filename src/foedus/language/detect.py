"""Offline language detection (lingua), used when an article does not say its language."""

from __future__ import annotations

from functools import lru_cache

# Languages the detector chooses among: those with a pipeline, and the frequent ones we store and skip.
CANDIDATES = ("FRENCH", "ENGLISH", "SPANISH", "GERMAN", "ITALIAN", "PORTUGUESE", "RUSSIAN", "ARABIC", "DUTCH", "TURKISH")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, name) for name in CANDIDATES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it cannot tell."""
    sample = text[:2000]
    if len(sample.strip()) < 20:
        return None
    lang = _detector().detect_language_of(sample)
    return lang.iso_code_639_1.name.lower() if lang is not None else None

"""Language stage: detect the language of an article and load one spaCy pipeline per language."""

from foedus.language.pipeline import UnsupportedLanguage, available_languages, load_nlp

__all__ = ["UnsupportedLanguage", "available_languages", "load_nlp"]

"""Fixtures of the event tests: code a text through the whole pipeline and list its events."""

from __future__ import annotations

from typing import Callable

import pytest


def _coder(lang: str, default: str, unknown_country: bool = False) -> Callable[..., set[tuple[str, str, str]]]:
    from dataclasses import replace

    from foedus.annotate import annotate_article
    from foedus.events.settings import coder_settings, using_coder_settings
    from foedus.records import Article

    def code(text: str, published: str | None = None) -> set[tuple[str, str, str]]:
        with using_coder_settings(replace(coder_settings(), unknown_country=unknown_country)):
            ann = annotate_article(Article(id="t", text=text, language=lang, published=published or default))
        return {(e.source, e.target, e.code) for e in ann.events}

    return code


@pytest.fixture
def english_events(request: pytest.FixtureRequest) -> Callable[..., set[tuple[str, str, str]]]:
    """(source, target, code) of an English text's events, published on the test module's
    PUBLISHED date unless the call gives one."""
    return _coder("en", getattr(request.module, "PUBLISHED", "2015-11-26"))


@pytest.fixture
def french_events(request: pytest.FixtureRequest) -> Callable[..., set[tuple[str, str, str]]]:
    """The same for a French text (default date: the module's PUBLISHED, else the sample's)."""
    return _coder("fr", getattr(request.module, "PUBLISHED", "2015-11-26"))


@pytest.fixture
def spanish_events(request: pytest.FixtureRequest) -> Callable[..., set[tuple[str, str, str]]]:
    """The same for a Spanish text (default date: the Spanish validation notes' 2004-03-10), coded as
    UniversalPetrarch's Spanish golds code it: an agent of no known country keeps "---" + its sector."""
    return _coder("es", getattr(request.module, "PUBLISHED", "2004-03-10"), unknown_country=True)

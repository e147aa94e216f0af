"""Fixtures of the event tests: code a text through the whole pipeline and list its events."""

from __future__ import annotations

from typing import Callable

import pytest


def _coder(lang: str, default: str) -> Callable[..., set[tuple[str, str, str]]]:
    from foedus.annotate import annotate_article
    from foedus.records import Article

    def code(text: str, published: str | None = None) -> set[tuple[str, str, str]]:
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
    """The same for a Spanish text (default date: the Spanish validation notes' 2004-03-10)."""
    return _coder("es", getattr(request.module, "PUBLISHED", "2004-03-10"))

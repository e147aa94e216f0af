"""Fixtures of the event tests: code a text through the whole pipeline and list its events."""

from __future__ import annotations

from typing import Callable

import pytest


@pytest.fixture
def english_events(request: pytest.FixtureRequest) -> Callable[..., set[tuple[str, str, str]]]:
    """(source, target, code) of an English text's events, published on the test module's
    PUBLISHED date unless the call gives one."""
    from foedus.annotate import annotate_article
    from foedus.records import Article

    default = getattr(request.module, "PUBLISHED", "2015-11-26")

    def code(text: str, published: str | None = None) -> set[tuple[str, str, str]]:
        ann = annotate_article(Article(id="t", text=text, language="en", published=published or default))
        return {(e.source, e.target, e.code) for e in ann.events}

    return code

"""Shared by the actor tests: the codes the real pipeline gives each mention text of an article."""

from __future__ import annotations

from typing import Callable

import pytest

from foedus.annotate import annotate_article
from foedus.records import Article

MentionCodes = Callable[..., dict[str, set[str]]]


def _mention_codes(text: str, lang: str, published: str, rule: str | None = None) -> dict[str, set[str]]:
    """mention text → the codes given to it ("" for none), only mentions made by `rule` if given."""
    ann = annotate_article(Article(id="t", text=text, language=lang, published=published))
    found: dict[str, set[str]] = {}
    for m in ann.mentions:
        if rule is None or m.rule == rule:
            found.setdefault(m.text, set()).add(m.code or "")
    return found


@pytest.fixture
def mention_codes() -> MentionCodes:
    return _mention_codes

"""Fixtures of the quote tests: run a text through the whole pipeline and find one of its quotes."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from foedus.records import Quote


@dataclass(frozen=True)
class QuoteFinder:
    """The quote of a text that starts with given words, as the real pipeline attributes it."""

    published: str = "2024-03-12"

    def first(self, text: str, start: str, lang: str = "fr", kind: str | None = None,
              reported: bool = False, published: str | None = None) -> Quote | None:
        """The first quote starting with `start` (of `kind`; `reported`: any kind but direct), or None."""
        from foedus.annotate import annotate_article
        from foedus.records import Article

        quotes = annotate_article(Article(id="t", text=text, language=lang, published=published or self.published)).quotes
        return next((q for q in quotes if q.text.startswith(start) and (kind is None or q.kind == kind)
                     and not (reported and q.kind == "direct")), None)

    def find(self, text: str, start: str, lang: str = "fr", kind: str | None = None,
             published: str | None = None) -> Quote:
        found = self.first(text, start, lang, kind, published=published)
        assert found is not None, f"no quote starting with {start!r}"
        return found

    def speaker(self, text: str, start: str, lang: str = "fr") -> str | None:
        return self.find(text, start, lang).speaker_text

    def addressee(self, text: str, start: str, lang: str = "fr") -> str | None:
        return self.find(text, start, lang).addressee_text


@pytest.fixture
def quotes() -> QuoteFinder:
    return QuoteFinder()

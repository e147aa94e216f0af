"""Which tokens stand in another speaker's quoted words, as seen from a given token."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.language.syntax import doc_text
from foedus.quotes.spans import find_marked_spans


def quoted_elsewhere(tok: Token) -> set[int]:
    """Token indices inside quotation marks that do not also hold `tok`: another speaker's words
    are not arguments of an act the journalist reports. Built once per Doc and per set of quotes
    holding `tok` (rules ask it for every token of a clause)."""
    doc = tok.doc
    cache = doc.user_data.get("foedus_quoted_elsewhere")
    if cache is None:
        cache = doc.user_data["foedus_quoted_elsewhere"] = {"spans": find_marked_spans(doc_text(doc))}
    spans = cache["spans"]
    holding = tuple(k for k, span in enumerate(spans) if span.start <= tok.idx < span.end)
    out = cache.get(holding)
    if out is None:
        out = set()
        for k, span in enumerate(spans):
            if k in holding:
                continue
            s = doc.char_span(span.start, span.end, alignment_mode="expand")
            if s is not None:
                out.update(range(s.start, s.end))
        cache[holding] = out
    return out

"""The text of reported content: a token range as a quote's characters, without marks or trailing punctuation."""

from __future__ import annotations

from spacy.tokens import Doc

from foedus.records import Quote

QUE = {"que", "qu'", "qu’", "that"}
MARKS = "«»“”\"‹›„"
MIN_CONTENT_TOKENS = 3
CLAUSE_OPENERS = {"car", "mais", "et", "donc", "or", "because", "but", "and"}


def content_text(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """Character range and text of tokens [start, end), trailing punctuation and marks dropped."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in {")", "%"}:
        end -= 1
    while start < end and (doc[start].is_space or doc[start].text in {",", ":"} or doc[start].text in MARKS):
        start += 1
    if end <= start:
        return 0, 0, ""
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    text = "".join(ch for ch in doc[start:end].text if ch not in MARKS)  # == doc.text[s:e], without rebuilding doc.text
    return s, e, " ".join(text.split())


def clause_start(doc: Doc, start: int, end: int) -> int:
    """Reported content of an incise starts after the last ";" or ":" before it."""
    for j in range(end - 1, start - 1, -1):
        if doc[j].text in {";", ":"}:
            return j + 1
    return start


def make_quote(doc: Doc, start: int, end: int, kind: str, rule: str, conf: float, direct_spans, subject, verb,
               min_tokens: int = MIN_CONTENT_TOKENS):
    if end - start < min_tokens:
        return None
    s, e, text = content_text(doc, start, end)
    if not text:
        return None
    # content wholly inside quotation marks is a direct quote only
    if any(ds <= s + 1 and e - 1 <= de for ds, de in direct_spans):
        return None
    return Quote(article_id="", start=s, end=e, text=text, kind=kind, rule=rule, confidence=conf), subject, verb

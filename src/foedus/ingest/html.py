"""HTML pages → `Article`: main text and metadata (title, date, author, language) by trafilatura.

Scripts, styles, navigation and boilerplate are dropped by trafilatura's extractor; what is
left is NFC-normalised like every other source so content hashes agree across formats.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from foedus.ingest.readers import MAX_ARTICLE_BYTES, BadInput, article_from_dict
from foedus.records import Article

_HTML_LANG = re.compile(rb"<html[^>]*\slang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.IGNORECASE)
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)
MIN_TEXT_CHARS = 20  # below this trafilatura found no article, only boilerplate


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Bytes → str using the HTTP/meta charset when given, else UTF-8, else a clear failure."""
    if not data.strip():
        raise BadInput("empty HTML")
    if len(data) > MAX_ARTICLE_BYTES:
        raise BadInput(f"HTML too large ({len(data) / 1e6:.1f} MB > {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit)")
    if b"\x00" in data[:8192]:
        raise BadInput("binary content (contains NUL bytes), not HTML")
    found = _CHARSET.search(data[:4096])
    encodings = [e for e in (declared, found.group(1).decode("ascii", "ignore") if found else None, "utf-8") if e]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise BadInput(f"HTML is not valid {encodings[0]} and declares no other charset")


def html_language(data: bytes) -> str | None:
    found = _HTML_LANG.search(data[:4096])
    return found.group(1).decode("ascii").lower()[:2] if found else None


def article_from_html(data: bytes, origin: str, url: str | None = None, charset: str | None = None,
                      defaults: dict[str, Any] | None = None) -> Article:
    """One HTML page → one Article; raises `BadInput` with the reason when no text is found."""
    import trafilatura

    html = decode_html(data, charset)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = getattr(doc, "title", None) if doc is not None else None
    # trafilatura repeats the <h1> as the first line of the body: keep the title out of the text
    # so sentence offsets start at the article proper.
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:]
    text = unicodedata.normalize("NFC", text).strip()
    if len(text) < MIN_TEXT_CHARS:
        raise BadInput("no article text found in HTML (only markup, scripts or boilerplate)")
    meta: dict[str, Any] = dict(defaults or {})
    meta.update({
        "title": title or meta.get("title"),
        "published": (getattr(doc, "date", None) or meta.get("published") or None),
        "source": getattr(doc, "sitename", None) or meta.get("source"),
        "url": url or getattr(doc, "url", None) or meta.get("url"),
        "language": meta.get("language") or getattr(doc, "language", None) or html_language(data),
    })
    author = getattr(doc, "author", None)
    if meta["published"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta["published"])[:10]):
        meta["published"] = None  # an unparseable page date is not worth losing the article
    article = article_from_dict(meta, text, origin)
    set_author(article, author)
    return article


def set_author(article: Article, author: str | None) -> None:
    """`Article` has no author field (records.py is shared); the byline rides along as an extra
    attribute, survives pickling to workers, and is stored in `article_sources.author`."""
    if author:
        article.__dict__["author"] = author

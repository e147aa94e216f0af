"""RSS and Atom feeds (files or URLs) → one `Article` per entry, via feedparser.

An entry's text is its full content when the feed carries it, else its summary; the HTML of
either is reduced to text with paragraph breaks kept (sentence splitting relies on them).
"""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path
from typing import Iterator

from foedus.ingest.html import set_author
from foedus.ingest.readers import BadInput, article_from_dict
from foedus.records import Article, Failure

FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote")


def html_fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (feed content), one paragraph per block element."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises several types on garbage; the entry then has no usable text
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n\n" + (el.tail or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    paragraphs, current = [], []
    for line in lines + [""]:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return "\n\n".join(paragraphs)


def _entry_date(entry: dict) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return time.strftime("%Y-%m-%d", parsed)
    return None


def read_feed(source: str | Path) -> Iterator[Article | Failure]:
    """Entries of one feed; a feed that cannot be parsed at all is one Failure."""
    import feedparser

    name = str(source)
    try:
        target = source if isinstance(source, str) and "://" in source else Path(source).read_bytes()
    except OSError as err:
        yield Failure(name, f"cannot read ({err.strerror or err})")
        return
    parsed = feedparser.parse(target)
    if not parsed.entries:
        reason = f"not a readable RSS/Atom feed ({parsed.get('bozo_exception') or 'no entries'})"
        yield Failure(name, " ".join(str(reason).split()))
        return
    feed_title = parsed.feed.get("title")
    feed_lang = (parsed.feed.get("language") or "")[:2].lower() or None
    for n, entry in enumerate(parsed.entries, 1):
        origin = f"{name}#{n}"
        contents = entry.get("content") or []
        body = contents[0].get("value", "") if contents else entry.get("summary", "")
        text = unicodedata.normalize("NFC", html_fragment_text(body or ""))
        meta = {"title": entry.get("title"), "url": entry.get("link"), "published": _entry_date(entry),
                "source": feed_title, "language": feed_lang, "id": None}
        try:
            article = article_from_dict(meta, text, origin)
        except BadInput as err:
            yield Failure(origin, f"feed entry: {err}")
            continue
        set_author(article, entry.get("author"))
        yield article

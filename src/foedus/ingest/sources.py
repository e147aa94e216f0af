"""Every input kind behind one iterator: directories, globs, .txt (+ sidecar), .jsonl, .html,
RSS/Atom feeds (files or http(s) URLs) and WARC / WARC.gz archives.

`iter_sources` yields `Article | Failure` in a stable order and never raises; `count_items`
gives the number of items a run will see (for the progress bar's ETA) without keeping texts.
"""

from __future__ import annotations

import glob
from pathlib import Path
from typing import Iterable, Iterator

from foedus.ingest.feeds import FEED_SUFFIXES, read_feed
from foedus.ingest.html import article_from_html
from foedus.ingest.readers import (JSONL_SUFFIXES, MAX_ARTICLE_BYTES, TEXT_SUFFIXES, BadInput, read_jsonl,
                                   read_text_file)
from foedus.ingest.warc import is_warc, read_warc
from foedus.records import Article, Failure

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES


def is_known(path: Path) -> bool:
    return path.suffix.lower() in KNOWN_SUFFIXES or is_warc(path)



def expand_sources(paths: Iterable[str | Path]) -> Iterator[Path | str | Failure]:
    """Files to read, in a stable order: directories recursively, globs expanded, URLs kept."""
    for raw in paths:
        text = str(raw)
        if text.startswith(("http://", "https://")):
            yield text
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and is_known(child):
                    yield child
        elif path.exists():
            yield path
        elif glob.has_magic(text):
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True))
            files = [m for m in matches if m.is_file() and is_known(m)]
            if not files:
                yield Failure(text, "glob matches no readable file")
            yield from files
        else:
            yield Failure(text, "no such file")


def _size_check(path: Path) -> None:
    # Refuse before reading: a 50 MB "article" must not be pulled into memory to be refused.
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        raise BadInput(f"too large ({size / 1e6:.1f} MB > {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit)")


def read_source(item: Path | str) -> Iterator[Article | Failure]:
    """Articles of one file or URL; failures named by file (and line, entry or offset)."""
    if isinstance(item, str):
        yield from read_feed(item)
        return
    suffix = item.suffix.lower()
    try:
        if is_warc(item):
            yield from read_warc(item)
        elif suffix in JSONL_SUFFIXES:
            yield from read_jsonl(item)
        elif suffix in FEED_SUFFIXES:
            yield from read_feed(item)
        elif suffix in HTML_SUFFIXES:
            _size_check(item)
            yield article_from_html(item.read_bytes(), str(item))
        else:
            _size_check(item)
            yield read_text_file(item)
    except BadInput as err:
        yield Failure(str(item), str(err))
    except OSError as err:
        yield Failure(str(item), f"cannot read ({err.strerror or err})")
    except Exception as err:  # a parser bug on one odd file must not stop the batch
        yield Failure(str(item), f"unreadable ({type(err).__name__}: {' '.join(str(err).split())[:200]})")


def iter_sources(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    for item in expand_sources(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_source(item)


def count_items(paths: Iterable[str | Path]) -> int | None:
    """How many items (articles or failures) `iter_sources` will yield, cheaply; None when a
    source can only be counted by parsing it (URLs)."""
    total = 0
    for item in expand_sources(paths):
        if isinstance(item, str):
            return None
        if isinstance(item, Failure) or item.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES:
            total += 1
        elif item.suffix.lower() in JSONL_SUFFIXES:
            try:
                with item.open("rb") as fh:
                    total += max(1, sum(1 for line in fh if line.strip()))
            except OSError:
                total += 1
        else:  # feeds and archives: parse them once (no NLP), which is cheap next to annotating
            total += max(1, sum(1 for _ in read_source(item)))
    return total

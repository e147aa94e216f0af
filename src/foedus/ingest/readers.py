"""Read plain-text files (with optional sidecar JSON or header block) and JSON Lines of articles.

Every input yields either an `Article` or a `Failure` naming the file and the reason; nothing
raises, so one bad file never stops a batch.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Iterator

from foedus.records import Article, Failure, content_hash

MAX_ARTICLE_BYTES = 10 * 1024 * 1024  # larger bodies are refused: no news article is this long
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
_HEADER_LINE = re.compile(r"^([a-z_]+):\s?(.*)$")
_HEADER_KEYS = {"title": "title", "date": "published", "published": "published", "lang": "language",
                "language": "language", "source": "source", "url": "url", "id": "id"}


class BadInput(ValueError):
    """An input that cannot become an article; the message is the reason shown to the user."""


def decode_text(data: bytes, limit: int = MAX_ARTICLE_BYTES) -> str:
    if not data.strip():
        raise BadInput("empty file")
    if len(data) > limit:
        raise BadInput(f"too large ({len(data) / 1e6:.1f} MB > {limit / 1e6:.0f} MB limit)")
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BadInput(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}; Latin-1 or another "
            "encoding?): re-encode it as UTF-8"
        ) from None
    controls = sum(1 for ch in text[:4096] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 4096):
        raise BadInput("binary file (mostly control characters), not text")
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n"))


def split_header(text: str) -> tuple[dict[str, str], str]:
    """A leading block of `key: value` lines ended by a blank line is metadata, not body."""
    lines = text.split("\n")
    meta: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if meta and any(k in _HEADER_KEYS for k in meta):
                return meta, "\n".join(lines[i + 1:]).strip("\n")
            break
        m = _HEADER_LINE.match(line)
        if not m:
            break
        meta[m.group(1)] = m.group(2).strip()
    return {}, text


def article_from_dict(meta: dict[str, Any], text: str, origin: str) -> Article:
    published = meta.get("published") or meta.get("date")
    if published is not None:
        published = str(published)[:10]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
            raise BadInput(f"publication date {meta.get('published') or meta.get('date')!r} is not YYYY-MM-DD")
    body = text.strip()
    if not body:
        raise BadInput("no article text")
    digest = content_hash(body)
    return Article(
        id=str(meta.get("id") or f"a{digest}"),
        text=body,
        language=meta.get("language") or meta.get("lang"),
        published=published,
        title=meta.get("title"),
        source=meta.get("source"),
        url=meta.get("url"),
        origin=origin,
        content_hash=digest,
    )


def read_text_file(path: Path) -> Article:
    """A .txt article: metadata from `NAME.json` beside it, or from a leading header block."""
    text = decode_text(path.read_bytes())
    header, body = split_header(text)
    meta = {_HEADER_KEYS[k]: v for k, v in header.items() if k in _HEADER_KEYS}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        try:
            meta.update({k: v for k, v in json.loads(sidecar.read_text(encoding="utf-8")).items() if v is not None})
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise BadInput(f"sidecar {sidecar.name} is not valid JSON ({err})") from None
    if "id" not in meta:
        meta["id"] = path.stem if sidecar.exists() else None
    return article_from_dict(meta, body, str(path))


def read_jsonl(path: Path) -> Iterator[Article | Failure]:
    data = path.read_bytes()
    try:
        text = decode_text(data, limit=max(MAX_ARTICLE_BYTES, len(data)))
    except BadInput as err:
        yield Failure(str(path), str(err))
        return
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        origin = f"{path}:{n}"
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise BadInput("line is not a JSON object")
            if len(obj.get("text") or "") > MAX_ARTICLE_BYTES:
                raise BadInput("article text too large")
            yield article_from_dict(obj, obj.get("text") or "", origin)
        except json.JSONDecodeError as err:
            yield Failure(origin, f"invalid JSON ({err.msg} at column {err.colno}; truncated line?)")
        except BadInput as err:
            yield Failure(origin, str(err))


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    """Articles from files, globs and directories (recursively) in a stable order: .txt, .jsonl,
    .html, RSS/Atom feeds and WARC archives (see `foedus.ingest.sources`)."""
    from foedus.ingest.sources import iter_sources  # sources builds on this module

    yield from iter_sources(paths)

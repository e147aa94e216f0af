"""WARC / WARC.gz archives (e.g. CC-NEWS) → one `Article` per HTML response record.

Streaming: warcio's ArchiveIterator reads record by record from the open file, so an archive
of any size uses the memory of one record. A damaged or truncated archive yields a Failure for
the damaged part (named by file and byte offset) after every good record before it.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Iterator

from foedus.ingest.html import article_from_html
from foedus.ingest.readers import MAX_ARTICLE_BYTES, BadInput
from foedus.records import Article, Failure

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


def read_warc(path: Path) -> Iterator[Article | Failure]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    damage = (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError)
    offset = 0
    try:
        stream = path.open("rb")
    except OSError as err:
        yield Failure(str(path), f"cannot read ({err.strerror or err})")
        return
    with stream:
        records = ArchiveIterator(stream)
        while True:
            try:
                record = next(records)
            except StopIteration:
                # warcio ends quietly on a gzip member cut short: whatever lies between the last
                # record it read and the end of the file is a damaged tail.
                size = path.stat().st_size
                if records.offset < size:
                    yield Failure(f"{path}@{records.offset}", f"truncated or damaged archive: bytes "
                                  f"{records.offset}–{size} hold no complete record; records before it kept")
                return
            except damage as err:
                yield Failure(f"{path}@{offset}", f"truncated or damaged archive after offset {offset} "
                              f"({type(err).__name__}: {' '.join(str(err).split())[:160]}); records before it kept")
                return
            offset = records.offset  # start of this record (get_record_offset() would consume it)
            origin = f"{path}@{offset}"
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            if not content_type.lower().startswith(HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                payload = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
                article = article_from_html(payload, origin, url=url, charset=_charset(content_type))
            except BadInput as err:
                yield Failure(origin, f"WARC record {url or ''}: {err}".replace("record : ", "record: "))
                continue
            except damage as err:
                yield Failure(origin, f"truncated WARC record at offset {offset} ({type(err).__name__}: "
                              f"{' '.join(str(err).split())[:160]}); records before it kept")
                return
            yield article

"""Builders for test inputs: HTML pages, feeds and WARC archives written on the fly."""

from __future__ import annotations

import io
from pathlib import Path

PARAGRAPHS = [
    "Le ministre des Affaires étrangères a reçu mardi son homologue allemand à Paris pour discuter de la crise.",
    "Les deux responsables ont appelé à un cessez-le-feu immédiat et à la reprise des négociations à Genève.",
    "Selon un communiqué, la France enverra une aide humanitaire supplémentaire dans les prochains jours.",
    "L'opposition a critiqué cette décision, jugeant la réponse du gouvernement trop tardive et insuffisante.",
]


def html_page(title: str, body: list[str], date: str = "2016-03-04", lang: str = "fr", script: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="author" content="Marie Curie"><meta property="article:published_time" content="{date}T08:00:00Z">'
            f"<script>{script}</script><style>p {{color: red}}</style></head><body><nav>Accueil | Monde</nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>© Journal</footer></body></html>")


def write_warc(path: Path, pages: list[tuple[str, str]], gzip: bool = True) -> list[int]:
    """A WARC with one HTML response per (url, html) plus a request record; returns the
    byte offsets where each response ends (to truncate after a given record)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    ends = []
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, html in pages:
            req = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(req)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                            http_headers=headers)
            writer.write_record(rec)
            fh.flush()
            ends.append(fh.tell())
    return ends


def rss_feed(items: list[tuple[str, str, str]]) -> str:
    """RSS 2.0 with (title, link, html content) items; the first carries content:encoded."""
    entries = []
    for n, (title, link, content) in enumerate(items):
        body = (f"<content:encoded><![CDATA[{content}]]></content:encoded>" if n == 0
                else f"<description><![CDATA[{content}]]></description>")
        entries.append(f"<item><title>{title}</title><link>{link}</link>"
                       f"<pubDate>Tue, 0{n + 1} Mar 2016 10:00:00 GMT</pubDate><author>redaction@journal.fr</author>{body}</item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Le Journal</title>'
            f"<language>fr</language>{''.join(entries)}</channel></rss>")

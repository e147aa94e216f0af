"""Every source kind (HTML, feeds, WARC, globs) and a corpus of bad inputs: one clear failure
per bad item, no crash, no good article lost."""

from __future__ import annotations

import gzip
from pathlib import Path

from corpus_helpers import PARAGRAPHS, html_page, rss_feed, write_warc

from foedus.ingest.sources import count_items, iter_sources
from foedus.records import Article, Failure


def split(results):
    return ([r for r in results if isinstance(r, Article)], {r.origin: r.reason for r in results if isinstance(r, Failure)})


def test_html_text_and_metadata_without_scripts(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text(html_page("Crise diplomatique", PARAGRAPHS, script="var secret = 'NE_PAS_GARDER';"), encoding="utf-8")
    (article,) = list(iter_sources([page]))
    assert isinstance(article, Article)
    assert article.title == "Crise diplomatique" and article.published == "2016-03-04" and article.language == "fr"
    assert article.__dict__.get("author") == "Marie Curie"
    assert "NE_PAS_GARDER" not in article.text and "color" not in article.text and "Accueil" not in article.text
    assert PARAGRAPHS[1] in article.text and not article.text.startswith("Crise diplomatique")


def test_rss_entries_become_articles(tmp_path: Path):
    feed = tmp_path / "flux.rss"
    feed.write_text(rss_feed([("Premier", "https://journal.fr/1", "<p>" + "</p><p>".join(PARAGRAPHS[:2]) + "</p>"),
                              ("Second", "https://journal.fr/2", PARAGRAPHS[2]),
                              ("Vide", "https://journal.fr/3", "")]), encoding="utf-8")
    articles, failures = split(list(iter_sources([feed])))
    assert [a.url for a in articles] == ["https://journal.fr/1", "https://journal.fr/2"]
    assert articles[0].published == "2016-03-01" and articles[0].source == "Le Journal" and articles[0].language == "fr"
    assert articles[0].text == PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1]  # paragraphs kept apart
    assert list(failures) == [f"{feed}#3"] and "no article text" in failures[f"{feed}#3"]


def test_warc_streams_html_responses_with_offsets(tmp_path: Path):
    warc = tmp_path / "news.warc.gz"
    write_warc(warc, [(f"https://journal.fr/{i}", html_page(f"Titre {i}", PARAGRAPHS[i:] + PARAGRAPHS[:i])) for i in range(3)])
    articles, failures = split(list(iter_sources([warc])))
    assert not failures
    assert [a.url for a in articles] == [f"https://journal.fr/{i}" for i in range(3)]
    assert all(a.origin.startswith(f"{warc}@") for a in articles) and len({a.origin for a in articles}) == 3


def test_bad_corpus_one_failure_each_and_all_good_kept(tmp_path: Path):
    good_txt = tmp_path / "good.txt"
    good_txt.write_text(PARAGRAPHS[0], encoding="utf-8")
    good_html = tmp_path / "good.html"
    good_html.write_text(html_page("Bon", PARAGRAPHS, script="alert('x')" * 50), encoding="utf-8")
    (tmp_path / "empty.html").write_text("")
    (tmp_path / "binary.html").write_bytes(b"\x00\x01\x02\xff" * 64)
    (tmp_path / "latin1.txt").write_bytes("Le président a déclaré à Genève.".encode("latin-1"))
    (tmp_path / "scripts-only.html").write_text("<html><body><script>" + "var a=1;" * 200 + "</script></body></html>")
    truncated_html = tmp_path / "truncated.html"
    truncated_html.write_text(html_page("Tronqué", PARAGRAPHS)[:400], encoding="utf-8")
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # 50 MB, refused from its size without being read
        fh.truncate(50 * 1024 * 1024)
    warc = tmp_path / "cut.warc.gz"
    ends = write_warc(warc, [(f"https://journal.fr/{i}", html_page(f"T{i}", PARAGRAPHS[i:] + PARAGRAPHS[:i])) for i in range(3)])
    data = warc.read_bytes()
    warc.write_bytes(data[: ends[1] + (ends[2] - ends[1]) // 2])  # third response cut in the middle
    gz = tmp_path / "cut2.warc.gz"
    gz.write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nabc")[:40])
    (tmp_path / "bad.rss").write_text("<rss><channel><item><title>oops", encoding="utf-8")

    results = list(iter_sources([tmp_path, tmp_path / "missing.html", str(tmp_path / "nomatch-*.txt")]))
    articles, failures = split(results)
    by_name = {Path(o.split("@")[0].split("#")[0]).name: r for o, r in failures.items()}
    assert {a.origin for a in articles if "@" not in a.origin} - {str(truncated_html)} == {str(good_txt), str(good_html)}
    assert sorted(a.url for a in articles if a.origin.startswith(str(warc))) == ["https://journal.fr/0", "https://journal.fr/1"]
    assert by_name["empty.html"] == "empty HTML"
    assert "binary" in by_name["binary.html"]
    assert "UTF-8" in by_name["latin1.txt"]
    assert "no article text" in by_name["scripts-only.html"]
    assert "too large" in by_name["big.txt"] and "52.4 MB" in by_name["big.txt"]
    assert "truncated" in by_name["cut.warc.gz"] and "records before it kept" in by_name["cut.warc.gz"]
    assert "@" in next(o for o in failures if o.startswith(str(warc)))  # the offset of the damage
    assert "cut2.warc.gz" in by_name and "bad.rss" in by_name
    assert by_name["missing.html"] == "no such file" and "matches no" in by_name["nomatch-*.txt"]
    assert all("\n" not in r for r in failures.values())
    # truncated HTML: either its text is kept or it is one clear failure — never a crash
    assert any(a.origin == str(truncated_html) for a in articles) or "truncated.html" in by_name
    assert count_items([tmp_path]) == len(list(iter_sources([tmp_path])))

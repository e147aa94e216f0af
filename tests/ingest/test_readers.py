"""Reading inputs: metadata, and one clear failure per bad file without stopping the batch."""

from __future__ import annotations

import json
from pathlib import Path

from foedus.ingest.readers import iter_articles, split_header
from foedus.records import Article, Failure


def write_bad_inputs(tmp: Path) -> dict[str, Path]:
    files = {
        "good": tmp / "good.txt",
        "empty": tmp / "empty.txt",
        "binary": tmp / "binary.txt",
        "latin1": tmp / "latin1.txt",
        "missing": tmp / "missing.txt",
    }
    files["good"].write_text("La Russie et la France ont signé un accord à Moscou.", encoding="utf-8")
    files["empty"].write_text("", encoding="utf-8")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    files["latin1"].write_bytes("Le président français a déclaré à Genève que…".encode("latin-1", errors="replace"))
    return files


def test_bad_inputs_each_give_one_reason_and_the_good_one_is_read(tmp_path: Path):
    files = write_bad_inputs(tmp_path)
    results = list(iter_articles([files[k] for k in ("empty", "binary", "good", "latin1", "missing")]))
    failures = {Path(r.origin).name: r.reason for r in results if isinstance(r, Failure)}
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.origin for a in articles] == [str(files["good"])]
    assert failures["empty.txt"] == "empty file"
    assert "binary" in failures["binary.txt"]
    assert "UTF-8" in failures["latin1.txt"] and "0xe9" in failures["latin1.txt"]
    assert failures["missing.txt"] == "no such file"


def test_sidecar_metadata_and_header_block(tmp_path: Path, shared: Path):
    sample = shared / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"
    (article,) = list(iter_articles([sample]))
    assert article.published == "2015-11-26" and article.language == "fr" and article.source == "RT France"
    assert article.id == "rt-fr-2015-11-26-poutine-hollande"
    (wiki,) = list(iter_articles([shared / "dev" / "wikinews-fr" / "001.txt"]))
    assert wiki.published == "2012-06-21" and wiki.language == "fr" and wiki.text.startswith("21 juin 2012")
    meta, body = split_header("not: a header\nbecause no known key\n\nbody")
    assert meta == {} and body.startswith("not: a header")


def test_jsonl_lines_fail_one_by_one(tmp_path: Path):
    path = tmp_path / "batch.jsonl"
    good = {"id": "x1", "text": "Paris a condamné l'attaque.", "published": "2020-01-02", "language": "fr"}
    path.write_text(json.dumps(good) + "\n{\"id\": \"x2\", \"text\": \"tronq\n" + json.dumps({"id": "x3", "text": ""}) + "\n",
                    encoding="utf-8")
    results = list(iter_articles([path]))
    assert isinstance(results[0], Article) and results[0].id == "x1"
    assert isinstance(results[1], Failure) and "invalid JSON" in results[1].reason and results[1].origin.endswith(":2")
    assert isinstance(results[2], Failure) and results[2].reason == "no article text"

"""A real DuckDB store built from real French text: the RT sample and a few Wikinews articles."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "rt-fr-2015-11-26-poutine-hollande.txt"
WIKINEWS = [SHARED / "dev" / "wikinews-fr" / f"{n}.txt" for n in ("001", "006", "011", "015")]
TOKEN = "test-token-5f2c"


def build_store(path: Path) -> Path:
    from foedus.annotate import annotate_article
    from foedus.ingest.readers import read_text_file
    from foedus.store.db import connect, store_annotation

    con = connect(path)
    for file in [SAMPLE, *WIKINEWS]:
        store_annotation(con, annotate_article(read_text_file(file)))
    con.close()
    return path


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SAMPLE.exists():
        pytest.skip("../shared/samples is not beside the repository")
    return build_store(tmp_path_factory.mktemp("api") / "foedus.duckdb")


def _client(app):  # TestClient wraps httpx; silence its deprecation notice in test output
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(db_path: Path) -> Iterator:
    """Read-only app (no token)."""
    from foedus.api.app import create_app

    app = create_app(str(db_path))
    with _client(app) as c:
        yield c
    app.state.db.close()


@pytest.fixture()
def writable_client(tmp_path: Path) -> Iterator:
    """An app with a write token over a database of its own (writes must not leak into others)."""
    from foedus.api.app import create_app

    app = create_app(str(tmp_path / "w.duckdb"), token=TOKEN)
    with _client(app) as c:
        yield c
    app.state.db.close()


@pytest.fixture(scope="session")
def write_token() -> str:
    return TOKEN


@pytest.fixture(scope="session")
def sample_text() -> str:
    if not SAMPLE.exists():
        pytest.skip("../shared/samples is not beside the repository")
    return SAMPLE.read_text(encoding="utf-8")

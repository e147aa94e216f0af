"""The in-memory event index answers /api/events exactly like the SQL path; the response cache."""

from __future__ import annotations

import itertools
import random
import warnings
from pathlib import Path

import pytest

ACTORS = ["FRAGOV", "FRA", "FRAMIL", "RUSGOV", "RUS", "USA", "USAGOV", "DEU", "IGOUNO", "SYRREB"]
CODES = ["010", "0211", "036", "040", "042", "043", "111", "112", "120", "190", "193"]


def _client(app):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def synthetic_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A few thousand events with NULLs, ties, dates with and without a time, odd codes."""
    from foedus.store.db import connect

    path = tmp_path_factory.mktemp("index") / "synthetic.duckdb"
    con = connect(path)
    actors = "[" + ",".join(f"'{a}'" for a in ACTORS) + "]"
    codes = "[" + ",".join(f"'{c}'" for c in CODES) + "]"
    con.execute(f"""
        INSERT INTO events (id, article_id, sentence, start, "end", source, target, code, root, quad_class,
                            goldstein, date, place_country, sentence_text, rule, confidence)
        SELECT 'e' || i, 'a' || (i % 97), i % 5, i, i + 10,
               CASE WHEN i % 23 = 0 THEN NULL ELSE {actors}[1 + CAST(hash(i * 7) % 10 AS BIGINT)] END,
               CASE WHEN i % 29 = 0 THEN NULL ELSE {actors}[1 + CAST(hash(i * 13) % 10 AS BIGINT)] END,
               c, left(c, 2),
               CASE WHEN i % 31 = 0 THEN NULL WHEN left(c, 2) <= '05' THEN 1 WHEN left(c, 2) <= '09' THEN 2
                    WHEN left(c, 2) <= '14' THEN 3 ELSE 4 END,
               CASE WHEN i % 37 = 0 THEN NULL ELSE round((CAST(hash(i) % 9 AS INTEGER) - 4) / 2.0, 1) END,
               CASE WHEN i % 17 = 0 THEN NULL
                    WHEN i % 11 = 0 THEN strftime(DATE '2020-01-01' + CAST(hash(i * 3) % 400 AS INTEGER), '%Y-%m-%dT10:30')
                    ELSE strftime(DATE '2020-01-01' + CAST(hash(i * 3) % 400 AS INTEGER), '%Y-%m-%d') END,
               CASE WHEN i % 3 = 0 THEN 'FRA' WHEN i % 3 = 1 THEN 'SYR' ELSE NULL END,
               CASE WHEN i % 41 = 0 THEN NULL
                    ELSE 'Sentence ' || i || ([' MET in Paris', ' threatened', ' Menaced the ÉTAT', ' 50% up'])[1 + CAST(i % 4 AS BIGINT)] END,
               'test', CASE WHEN i % 2 = 0 THEN 0.5 ELSE 0.9 END
        FROM (SELECT i, {codes}[1 + CAST(hash(i * 17) % {len(CODES)} AS BIGINT)] AS c FROM range(3000) r(i))""")
    con.close()
    return path


@pytest.fixture(scope="module")
def both(synthetic_db: Path):
    """(indexed client, SQL-only client) over the same read-only file."""
    from foedus.api.app import create_app

    indexed = create_app(str(synthetic_db))
    assert indexed.state.db.wait_index(60) == "ready"
    plain = create_app(str(synthetic_db))
    plain.state.db.wait_index(60)
    plain.state.db.event_index = None  # force the SQL path
    with _client(indexed) as a, _client(plain) as b:
        yield a, b
    indexed.state.db.close()
    plain.state.db.close()


FILTERS = [
    {},
    {"actor": "FRA"},
    {"actor": "FRAG"},
    {"actor": "R"},
    {"actor": "ZZZ"},
    {"source": "USA", "quad": 3},
    {"target": "RUSGOV", "root": "04"},
    {"dyad": "FRA,RUS"},
    {"dyad": "FRA,FRA"},
    {"country": "fra"},
    {"code": "02"},
    {"code": "0211"},
    {"date_from": "2020-03-01", "date_to": "2020-03-31"},
    {"date_from": "2020-03-01"},
    {"date_to": "2020-02-15"},
    {"date_from": "2022-01-01"},
    {"date_from": "2020-06-01", "date_to": "2020-05-01"},
    {"q": "threatened", "actor": "RUS"},
    {"q": "menaced the état"},
    {"q": "50%"},
    {"q": "_"},
    {"article": "a5", "code": "11"},
    {"ids": "e1,e2,e30,e2999,nope,e17"},
    {"ids": "", "actor": "FRA"},
    {"ids": "e7,e7,e" + "9" * 40 + ",é,e2500"},
    {"ids": "e3,e4,e5,e6,e7,e8,e9,e10", "quad": 1},
    {"actor": "SYR", "date_from": "2020-01-10", "date_to": "2020-09-30", "quad": 1},
]
SORTS = [("date", "asc"), ("date", "desc"), ("goldstein", "desc"), ("goldstein", "asc"), ("code", "asc"),
         ("source", "desc"), ("quad_class", "asc"), ("confidence", "desc"), ("article_id", "asc")]


def _sql_page(cur, f, sort: str, order: str, limit: int, offset: int) -> tuple[int, list[str]]:
    from foedus.api.queries import EVENT_SORTS, order_by

    w = f.where()
    total = cur.execute("SELECT count(*) FROM events" + w.sql(), w.params).fetchone()[0]
    ids = cur.execute("SELECT id FROM events" + w.sql() + order_by(sort, order, EVENT_SORTS) + " LIMIT ? OFFSET ?",
                      w.params + [limit, offset]).fetchall()
    return total, [r[0] for r in ids]


def test_index_matches_sql_for_filters_sorts_and_pages(both) -> None:
    """Same totals and same page ids, in the same order, as the SQL the endpoint would run."""
    import asyncio

    from foedus.api.routes_data import event_filters

    indexed, _ = both
    db = indexed.app.state.db
    rng = random.Random(7)
    checked = 0
    with db.cursor() as cur:
        for filters, (sort, order) in itertools.product(FILTERS, SORTS):
            f = asyncio.run(event_filters(**{**dict.fromkeys(
                ("actor", "source", "target", "dyad", "country", "code", "root", "quad", "date_from", "date_to",
                 "q", "article", "ids")), **filters}))
            for limit, offset in ((50, 0), (7, rng.randint(0, 300)), (1000, 0), (10, 5000)):
                total, rows = db.event_index.query(f, sort, order, limit, offset)
                assert (total, [r["id"] for r in rows]) == _sql_page(cur, f, sort, order, limit, offset), \
                    (filters, sort, order, limit, offset)
                checked += 1
    assert checked == len(FILTERS) * len(SORTS) * 4


def test_index_and_sql_endpoints_agree(both) -> None:
    indexed, plain = both
    for params in ({"actor": "fra", "code": "04", "sort": "goldstein", "order": "desc", "limit": 20, "offset": 3},
                   {"dyad": "FRA,RUS", "date_from": "2020-02-01", "date_to": "2020-08-31"},
                   {"q": "threatened", "country": "SYR", "sort": "date", "order": "desc"}):
        a, b = indexed.get("/api/events", params=params), plain.get("/api/events", params=params)
        assert a.status_code == b.status_code == 200
        assert a.json() == b.json() and a.json()["total"] > 0


def test_index_rows_equal_sql_rows(both) -> None:
    indexed, plain = both
    """Every row (NULLs included), unvalidated from Arrow vs validated from SQL: same bytes."""
    for params in [{"actor": "FRA", "limit": 200}, {"q": "x", "limit": 5}] + [
            {"limit": 1000, "offset": n, "sort": "date"} for n in (0, 1000, 2000)]:
        a, b = indexed.get("/api/events", params=params), plain.get("/api/events", params=params)
        assert a.status_code == b.status_code == 200
        assert a.content == b.content, params


def test_ids_filter(both) -> None:
    indexed, plain = both
    params = {"ids": "e1,e2,e30,nope", "sort": "goldstein"}
    a, b = indexed.get("/api/events", params=params).json(), plain.get("/api/events", params=params).json()
    assert a == b and a["total"] == 3


def test_health_reports_index_and_cache(both) -> None:
    indexed, _ = both
    body = indexed.get("/api/health").json()
    assert body["event_index"] == "ready"
    assert {"hits", "misses", "entries"} <= set(body["cache"])


def test_index_off_when_disabled(synthetic_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from foedus.api.database import Database

    monkeypatch.setenv("FOEDUS_EVENT_INDEX_MAX_ROWS", "0")
    db = Database(synthetic_db)
    assert db.wait_index(1) == "off" and db.event_index is None
    db.close()


def test_response_cache_hits_normalised_queries(both) -> None:
    indexed, _ = both
    cache = indexed.app.state.db.responses
    first = indexed.get("/api/events?code=04&actor=FRA&limit=13")
    hits = cache.stats()["hits"]
    again = indexed.get("/api/events?limit=13&actor=FRA&code=04")  # same query, other parameter order
    assert cache.stats()["hits"] == hits + 1
    assert again.content == first.content and again.headers["content-type"] == first.headers["content-type"]
    # errors and exports are not cached
    indexed.get("/api/events?quad=9")
    indexed.get("/api/events?quad=9")
    assert ("/api/events", "quad=9") not in cache._entries
    indexed.get("/api/events.csv?limit=2")
    assert not any(k[0].endswith(".csv") for k in cache._entries)


def test_response_cache_cleared_by_writes(writable_client) -> None:
    from foedus.ingest.readers import article_from_dict
    from foedus.records import Annotation
    from foedus.store.db import store_annotation

    before = writable_client.get("/api/articles").json()
    assert before["total"] == 0
    assert writable_client.get("/api/articles").json() == before  # served from the cache
    db = writable_client.app.state.db
    assert db.responses.stats()["entries"] >= 1
    # what the write endpoints do (without running the NLP pipeline)
    article = article_from_dict({"id": "w1", "language": "fr"}, "Un texte.", "test")
    with db.write_lock, db.cursor() as cur:
        assert store_annotation(cur, Annotation(article=article), status="skipped")
    db.invalidate()
    assert db.responses.stats()["entries"] == 0
    assert writable_client.get("/api/articles").json()["total"] == 1


def test_cache_is_bounded() -> None:
    from foedus.api.cache import ResponseCache

    cache = ResponseCache(max_bytes=1000, max_entry=600)
    cache.put(("/a", ""), ([], b"x" * 700), cache.generation)  # over max_entry: not kept
    assert cache.get(("/a", "")) is None
    for n in range(10):
        cache.put((f"/p{n}", ""), ([], b"y" * 300), cache.generation)
    assert cache.stats()["bytes"] <= 1000
    assert cache.get(("/p9", "")) is not None and cache.get(("/p0", "")) is None
    stale = cache.generation
    cache.clear()
    cache.put(("/late", ""), ([], b"z"), stale)  # computed before the write: dropped
    assert cache.get(("/late", "")) is None


def test_fast_path_answers_like_the_route(both) -> None:
    """GET /api/events is answered by the ASGI fast path; an unknown parameter (ignored by the
    route) sends the same query through FastAPI: the bytes must be the same."""
    indexed, _ = both
    cache = indexed.app.state.db.responses
    for params in ({}, {"actor": "rus", "limit": "20"}, {"dyad": "fra,rus", "sort": "goldstein", "order": "desc"},
                   {"q": "threatened", "date_from": "2020-02-01", "date_to": "2020-12-31", "offset": "3"},
                   {"ids": "e1,e2,e3", "quad": "1"}, {"country": "SYR", "code": "04", "root": "04", "limit": "1000"}):
        cache.clear()
        fast = indexed.get("/api/events", params=params)
        cache.clear()
        routed = indexed.get("/api/events", params={**params, "unknown": "1"})
        assert fast.status_code == routed.status_code == 200
        assert fast.content == routed.content, params
        assert fast.headers["content-type"] == routed.headers["content-type"] == "application/json"


def test_fast_path_leaves_errors_to_the_route(both) -> None:
    indexed, _ = both
    for query in ("quad=9", "actor=", "actor=R-S", "limit=0", "sort=id", "date_from=2020-02-30",
                  "ids=" + ",".join(f"e{n}" for n in range(1001))):
        response = indexed.get("/api/events?" + query)
        assert response.status_code == 422, query
        assert response.json()["error"]
    # a repeated parameter: the route's rule (last value wins) applies
    assert indexed.get("/api/events?quad=1&quad=2").json() == indexed.get("/api/events?quad=2").json()


def test_fast_path_model_follows_the_route_parameters(both) -> None:
    from foedus.api.routes_data import _query_model

    indexed, _ = both
    documented = {p["name"] for p in indexed.get("/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]}
    assert set(_query_model().model_fields) == documented


def test_empty_database_is_indexed(tmp_path: Path) -> None:
    from foedus.api.app import create_app

    app = create_app(str(tmp_path / "empty.duckdb"))
    assert app.state.db.wait_index(30) == "ready"
    with _client(app) as c:
        for params in ({}, {"ids": "e1"}, {"sort": "goldstein", "order": "desc"}, {"q": "x", "date_from": "2020-01-01"}):
            body = c.get("/api/events", params=params).json()
            assert body["total"] == 0 and body["items"] == []
    app.state.db.close()


def test_large_answers_are_cached(both) -> None:
    """An analysis answer of several MB (e.g. /api/network with its event ids) is worth keeping."""
    from foedus.api.cache import ResponseCache

    cache = ResponseCache(max_bytes=64 << 20)
    cache.put(("/api/network", ""), ([], b"x" * (9 << 20)), cache.generation)
    assert cache.get(("/api/network", "")) is not None
    indexed, _ = both
    first = indexed.get("/api/network")
    assert first.status_code == 200
    assert ("/api/network", "") in indexed.app.state.db.responses._entries


def test_factory_app_is_ready_when_returned(synthetic_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from foedus.api.app import app_from_env

    monkeypatch.setenv("FOEDUS_SERVE_DB", str(synthetic_db))
    app = app_from_env()
    assert app.state.db.index_state == "ready" and app.state.db.event_index is not None
    app.state.db.close()

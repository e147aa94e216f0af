"""Read endpoints over the stored records: articles, events (+ CSV/JSONL export), quotes, actors."""

from __future__ import annotations

import csv
import inspect
import io
import json
import logging
from datetime import date
from collections.abc import Iterator
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError, create_model
from fastapi.responses import Response, StreamingResponse

from foedus.api.database import Database, decode_row, rows_as_dicts
from foedus.api.models import (
    ActorOut,
    AnnotatedArticle,
    ArticleOut,
    ArticleSummary,
    EventOut,
    MentionOut,
    Page,
    PlaceOut,
    QuoteOut,
    TimexOut,
)
from foedus.api.queries import (
    ACTORS_SQL,
    ARTICLE_LIST_SQL,
    EVENT_SORTS,
    EventFilters,
    QuoteFilters,
    Where,
    like_contains,
    order_by,
    trigger_span,
)
from foedus.api.security import ApiError

router = APIRouter(prefix="/api")
log = logging.getLogger("foedus.api")

ACTOR_CODE = r"^[A-Za-z0-9]{1,32}$"
DAY = r"^\d{4}-\d{2}-\d{2}$"
ROW_ID = r"^[A-Za-z0-9_.:-]{1,200}$"
EXPORT_MAX = 100_000


async def get_db(request: Request) -> Database:  # async: no thread hop for a plain lookup
    return request.app.state.db


Db = Annotated[Database, Depends(get_db)]


async def event_filters(  # async: pure validation, no thread hop
    actor: Annotated[str | None, Query(pattern=ACTOR_CODE, description="Actor code prefix on either side (RUS, FRAGOV).")] = None,
    source: Annotated[str | None, Query(pattern=ACTOR_CODE, description="Source actor code prefix.")] = None,
    target: Annotated[str | None, Query(pattern=ACTOR_CODE, description="Target actor code prefix.")] = None,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{1,32},[A-Za-z0-9]{1,32}$", description="A,B: events between A and B, either direction.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO-3 country where the event took place.")] = None,
    code: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code prefix (04, 042).")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root code (two digits).")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class 1-4.")] = None,
    date_from: Annotated[str | None, Query(pattern=DAY)] = None,
    date_to: Annotated[str | None, Query(pattern=DAY)] = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="Text searched in the evidence sentence.")] = None,
    article: Annotated[str | None, Query(pattern=ROW_ID)] = None,
    ids: Annotated[str | None, Query(max_length=20_000, description="Comma-separated event ids (at most 1000).")] = None,
) -> EventFilters:
    id_list = None
    if ids is not None:
        id_list = [i for i in ids.split(",") if i]
        if len(id_list) > 1000:
            raise ApiError(422, "too many ids", {"max": 1000, "got": len(id_list)})
    for name, day in (("date_from", date_from), ("date_to", date_to)):
        if day:
            try:
                date.fromisoformat(day)
            except ValueError:
                raise ApiError(422, f"{name} is not a valid date", {"loc": ["query", name], "value": day}) from None
    pair = tuple(x.upper() for x in dyad.split(",")) if dyad else None
    return EventFilters(
        actor=actor and actor.upper(), source=source and source.upper(), target=target and target.upper(),
        dyad=pair, country=country and country.upper(), code=code, root=root, quad=quad,  # type: ignore[arg-type]
        date_from=date_from, date_to=date_to, q=q, article=article, ids=id_list,
    )


Filters = Annotated[EventFilters, Depends(event_filters)]
EVENT_PAGE = TypeAdapter(Page[EventOut])
Limit = Annotated[int, Query(ge=1, le=1000)]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]


@router.get("/articles", response_model=Page[ArticleSummary], summary="Stored articles, newest first")
def list_articles(
    db: Db,
    q: Annotated[str | None, Query(max_length=200, description="Substring of the title or text.")] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    date_from: Annotated[str | None, Query(pattern=DAY)] = None,
    date_to: Annotated[str | None, Query(pattern=DAY)] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[ArticleSummary]:
    w = Where()
    if q:
        w.add(r"(a.title ILIKE ? ESCAPE '\' OR a.text ILIKE ? ESCAPE '\')", like_contains(q), like_contains(q))
    if source:
        w.add(r"a.source ILIKE ? ESCAPE '\'", like_contains(source))
    if date_from:
        w.add("CAST(a.published AS VARCHAR) >= ?", date_from)
    if date_to:
        w.add("CAST(a.published AS VARCHAR) <= ?", date_to)
    with db.cursor() as cur:
        total = cur.execute("SELECT count(*) FROM articles a" + w.sql(), w.params).fetchone()[0]
        rows = rows_as_dicts(
            cur, ARTICLE_LIST_SQL + w.sql() + " ORDER BY published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
            w.params + [limit, offset],
        )
    return Page[ArticleSummary](total=total, limit=limit, offset=offset, items=[ArticleSummary(**r) for r in rows])


@router.get("/articles/{article_id}", response_model=AnnotatedArticle, summary="One article with its text, quotes, events and mentions")
def get_article(db: Db, article_id: Annotated[str, Path(pattern=ROW_ID)]) -> AnnotatedArticle:
    with db.cursor() as cur:
        found = rows_as_dicts(cur, "SELECT * EXCLUDE (ingested_at) FROM articles WHERE id = ?", [article_id])
        if not found:
            raise ApiError(404, f"no article {article_id!r}", {"id": article_id})
        article = found[0]
        text = article["text"] or ""
        mentions = rows_as_dicts(cur, "SELECT * FROM mentions WHERE article_id = ? ORDER BY start", [article_id])
        quotes = rows_as_dicts(cur, "SELECT * FROM quotes WHERE article_id = ? ORDER BY start", [article_id])
        events = rows_as_dicts(cur, "SELECT * FROM events WHERE article_id = ? ORDER BY start, id", [article_id])
        timexes = rows_as_dicts(cur, "SELECT * FROM timexes WHERE article_id = ? ORDER BY start", [article_id])
        places = rows_as_dicts(cur, "SELECT * FROM places WHERE article_id = ? ORDER BY start", [article_id])
    return annotated(article, text, mentions, quotes, events, timexes, places)


def annotated(article: dict, text: str, mentions: list[dict], quotes: list[dict], events: list[dict],
              timexes: list[dict], places: list[dict], actors: list[dict] | None = None) -> AnnotatedArticle:
    """The article-view shape, shared by stored articles and on-the-fly analyses."""
    event_rows = []
    for e in events:
        span = trigger_span(text, e["start"], e["end"], e.get("trigger"))
        event_rows.append(EventOut(**e, trigger_start=span[0] if span else None, trigger_end=span[1] if span else None))
    return AnnotatedArticle(
        article=ArticleOut(**{**article, "text": text}),
        mentions=[MentionOut(**m) for m in mentions],
        quotes=[QuoteOut(**q) for q in quotes],
        events=event_rows,
        timexes=[TimexOut(**t) for t in timexes],
        places=[PlaceOut(**p) for p in places],
        actors=actors or [],
    )


@router.get("/events", response_model=Page[EventOut], summary="Stored events, filtered, sorted and paginated")
async def list_events(
    db: Db,
    filters: Filters,
    limit: Limit = 50,
    offset: Offset = 0,
    sort: Annotated[Literal[EVENT_SORTS], Query()] = "date",  # type: ignore[valid-type]
    order: Annotated[Literal["asc", "desc"], Query()] = "asc",
) -> Response:
    index = db.event_index
    if index is not None and index.covers(filters):
        # Read-only server: filter, count and page in memory (see foedus.api.event_index).
        return Response(await answer_from_index(index, filters, sort, order, limit, offset), media_type="application/json")
    total, rows = await run_in_threadpool(_sql_events, db, filters, sort, order, limit, offset)
    return Response(_event_page_json(total, rows, limit, offset), media_type="application/json")


def _event_page_json(total: int, rows: list[dict], limit: int, offset: int) -> bytes:
    # Validated and encoded in one pass of pydantic-core (about half the cost of building the
    # models one by one and then validating them again through response_model).
    page = EVENT_PAGE.validate_python({"total": total, "limit": limit, "offset": offset, "items": rows})
    return EVENT_PAGE.dump_json(page)


def _query_model() -> type[BaseModel]:
    """The query parameters of GET /api/events as one pydantic model, built from the route's own
    declarations (event_filters and list_events), so the fast path cannot drift from them."""
    fields: dict[str, Any] = {}
    for function, skip in ((event_filters, ()), (list_events, ("db", "filters"))):
        for name, param in inspect.signature(function).parameters.items():
            if name not in skip:
                fields[name] = (param.annotation, param.default)
    return create_model("EventQuery", __config__=ConfigDict(extra="forbid"), **fields)


class EventsFastPath:
    """ASGI shortcut for GET /api/events on a read-only server with its event index loaded.

    FastAPI resolves the route's 17 query parameters one by one (~1.5 ms a request, more than
    answering from the index); here they are validated in one pydantic call. Anything unusual
    (a parameter repeated, empty or unknown, any validation error, no index) goes on to the
    FastAPI route unchanged, so errors and the OpenAPI schema stay the route's."""

    def __init__(self, app: Any, db: Database) -> None:
        self.app = app
        self.db = db
        self.model = _query_model()
        self.filter_names = list(inspect.signature(event_filters).parameters)

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("method") == "GET" and scope.get("path") == "/api/events":
            try:
                body = await self._answer(scope.get("query_string", b""))
            except Exception:  # outside the app's error handler: let the route answer (or fail) properly
                log.exception("event index fast path failed; answering through the route")
                body = None
            if body is not None:
                await send({"type": "http.response.start", "status": 200, "headers": [
                    (b"content-length", str(len(body)).encode("ascii")), (b"content-type", b"application/json")]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)

    async def _answer(self, query_string: bytes) -> bytes | None:
        index = self.db.event_index
        if index is None:
            return None
        pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
        given = dict(pairs)
        if len(given) != len(pairs) or "" in given.values():
            return None
        try:
            params = self.model.model_validate(given)
            filters = await event_filters(**{name: getattr(params, name) for name in self.filter_names})
        except (ValidationError, ApiError):
            return None
        if not index.covers(filters):
            return None
        return await answer_from_index(index, filters, params.sort, params.order, params.limit, params.offset)


async def answer_from_index(index: Any, filters: EventFilters, sort: str, order: str, limit: int, offset: int) -> bytes:
    """The page from the in-memory index: on the event loop (well under a millisecond), except
    a text search over many rows, which goes to a thread."""
    words, first = index.match(filters)
    if filters.q:
        if index.text_search_is_cheap(words):
            words = index.search_text(words, first, filters.q)
        else:
            words = await run_in_threadpool(index.search_text, words, first, filters.q)
    return index.page_json(words, first, sort, order, limit, offset)


def _sql_events(db: Database, filters: EventFilters, sort: str, order: str, limit: int, offset: int) -> tuple[int, list[dict]]:
    w = filters.where()
    with db.cursor() as cur:
        total = db.count(cur, "SELECT count(*) FROM events" + w.sql(), w.params)
        rows = rows_as_dicts(
            cur, "SELECT * FROM events" + w.sql() + order_by(sort, order, EVENT_SORTS) + " LIMIT ? OFFSET ?",
            w.params + [limit, offset],
        )
    return total, rows


def _export_rows(db: Database, filters: EventFilters, limit: int, sort: str, order: str) -> Iterator[dict]:
    w = filters.where()
    with db.cursor() as cur:
        result = cur.execute(
            "SELECT * FROM events" + w.sql() + order_by(sort, order, EVENT_SORTS) + " LIMIT ?", w.params + [limit]
        )
        names = [d[0] for d in result.description]
        while batch := result.fetchmany(2000):
            for row in batch:
                yield decode_row(dict(zip(names, row)))


ExportLimit = Annotated[int, Query(ge=1, le=EXPORT_MAX)]
ExportSort = Annotated[Literal[EVENT_SORTS], Query()]  # type: ignore[valid-type]
ExportOrder = Annotated[Literal["asc", "desc"], Query()]


@router.get("/events.csv", summary="Events as CSV (same filters as /api/events)",
            response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}}}})
def export_csv(db: Db, filters: Filters, limit: ExportLimit = EXPORT_MAX, sort: ExportSort = "date",
               order: ExportOrder = "asc") -> StreamingResponse:
    columns = list(EventOut.model_fields)[:-2]  # not the article-view-only trigger offsets

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in _export_rows(db, filters, limit, sort, order):
            writer.writerow(row)
            if buffer.tell() > 64_000:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="events.csv"'})


@router.get("/events.jsonl", summary="Events as JSON Lines (same filters as /api/events)",
            response_class=StreamingResponse, responses={200: {"content": {"application/x-ndjson": {}}}})
def export_jsonl(db: Db, filters: Filters, limit: ExportLimit = EXPORT_MAX, sort: ExportSort = "date",
                 order: ExportOrder = "asc") -> StreamingResponse:
    def lines() -> Iterator[str]:
        for row in _export_rows(db, filters, limit, sort, order):
            yield json.dumps(row, ensure_ascii=False, default=str) + "\n"

    return StreamingResponse(lines(), media_type="application/x-ndjson",
                             headers={"Content-Disposition": 'attachment; filename="events.jsonl"'})


@router.get("/quotes", response_model=Page[QuoteOut], summary="Quotations with their speakers")
def list_quotes(
    db: Db,
    speaker: Annotated[str | None, Query(max_length=200, description="Speaker name substring.")] = None,
    addressee: Annotated[str | None, Query(max_length=200, description="Addressee name substring.")] = None,
    actor: Annotated[str | None, Query(pattern=ACTOR_CODE, description="Speaker actor code prefix.")] = None,
    kind: Annotated[Literal["direct", "indirect", "mixed", "selon"] | None, Query()] = None,
    article: Annotated[str | None, Query(pattern=ROW_ID)] = None,
    speech: Annotated[bool | None, Query(description="true: only reported speech (not titles in quotes).")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Substring of the quoted text.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[QuoteOut]:
    filters = QuoteFilters(speaker=speaker, addressee=addressee, actor=actor and actor.upper(), kind=kind,
                           article=article, speech=speech, q=q)
    w = filters.where()
    with db.cursor() as cur:
        total = cur.execute("SELECT count(*) FROM quotes" + w.sql(), w.params).fetchone()[0]
        rows = rows_as_dicts(cur, "SELECT * FROM quotes" + w.sql() + " ORDER BY article_id, start, id LIMIT ? OFFSET ?",
                             w.params + [limit, offset])
    return Page[QuoteOut](total=total, limit=limit, offset=offset, items=[QuoteOut(**r) for r in rows])


@router.get("/actors", response_model=Page[ActorOut], summary="Actors seen, with mention and event counts")
def list_actors(
    db: Db,
    q: Annotated[str | None, Query(max_length=200, description="Substring of the code or name.")] = None,
    limit: Limit = 200,
    offset: Offset = 0,
) -> Page[ActorOut]:
    w = Where()
    if q:
        w.add(r"(code ILIKE ? ESCAPE '\' OR name ILIKE ? ESCAPE '\')", like_contains(q), like_contains(q))
    base = f"SELECT * FROM ({ACTORS_SQL})" + w.sql()
    with db.cursor() as cur:
        total = cur.execute(f"SELECT count(*) FROM ({base})", w.params).fetchone()[0]
        rows = rows_as_dicts(cur, base + " ORDER BY events + mentions DESC, code LIMIT ? OFFSET ?", w.params + [limit, offset])
    return Page[ActorOut](total=total, limit=limit, offset=offset, items=[ActorOut(**r) for r in rows])

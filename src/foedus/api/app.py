"""The FastAPI application: JSON API under /api/, the dashboard under /.

``create_app(db_path, token)`` fixes the database file at start; no request parameter names a
file. Without a token the database is opened read-only and every write endpoint answers 403.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from foedus.api import routes_analysis, routes_data, routes_write
from foedus.api.cache import ResponseCacheMiddleware
from foedus.api.database import Database
from foedus.api.models import ErrorOut
from foedus.api.security import MAX_BODY_BYTES, BodyLimitMiddleware, install_error_handlers

STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"

ERROR_RESPONSES = {
    403: {"model": ErrorOut, "description": "Write without a valid token"},
    404: {"model": ErrorOut, "description": "Not found"},
    413: {"model": ErrorOut, "description": "Request body too large"},
    422: {"model": ErrorOut, "description": "Invalid parameters"},
    500: {"model": ErrorOut, "description": "Internal error (no details leaked)"},
}


class FoedusApi(FastAPI):
    """FastAPI with a fast lane for GET requests: the response cache, then the in-memory answer
    to /api/events, placed in front of Starlette's own middleware stack (error handler, body
    limit, routing), which a cached or indexed answer does not need. Whatever the lane does not
    answer goes through the full stack."""

    fast_lane: Any = None

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if self.fast_lane is not None and scope["type"] == "http" and scope.get("method") == "GET":
            await self.fast_lane(scope, receive, send)
        else:
            await super().__call__(scope, receive, send)

    async def full_stack(self, scope: dict, receive: Any, send: Any) -> None:
        await super().__call__(scope, receive, send)


def create_app(db_path: str, token: str | None = None, max_body_bytes: int = MAX_BODY_BYTES,
               wait_for_index: bool = False) -> FastAPI:
    """An app serving the Foedus database at ``db_path``; writes need ``token``.

    A read-only app loads its events into memory (foedus.api.event_index), in the background
    unless ``wait_for_index`` (then the app is returned ready)."""
    app = FoedusApi(
        title="Foedus API",
        version="1",
        description=(
            "Political event data from news: articles, CAMEO events, quotations with speakers, "
            "actors, dyads, networks and coalitions. Read-only unless the server has a token; "
            "send it as `Authorization: Bearer <token>` to /api/ingest or /api/analyze with store=true."
        ),
        responses=ERROR_RESPONSES,
    )
    app.state.db = Database(db_path, writable=bool(token), wait_for_index=wait_for_index)
    app.state.token = token or None
    app.add_middleware(BodyLimitMiddleware, limit=max_body_bytes)
    # GET: a cached answer skips every other layer; then /api/events from the event index.
    app.fast_lane = ResponseCacheMiddleware(routes_data.EventsFastPath(app.full_stack, db=app.state.db),
                                            cache=app.state.db.responses)
    install_error_handlers(app)
    app.include_router(routes_data.router)
    app.include_router(routes_analysis.router)
    app.include_router(routes_write.router)

    @app.get("/api/health", summary="Liveness and what the server serves")
    async def health() -> dict[str, object]:
        db = app.state.db
        return {"status": "ok", "writable": db.writable, "event_index": db.index_state, "cache": db.responses.stats()}

    @app.get("/api", include_in_schema=False)
    def api_root() -> JSONResponse:
        return JSONResponse({"docs": "/docs", "openapi": "/openapi.json"})

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    # StaticFiles resolves paths inside STATIC_DIR only (it refuses ../ escapes).
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.router.add_event_handler("shutdown", app.state.db.close)
    return app


def app_from_env() -> FastAPI:
    """Factory for multi-process serving (`foedus serve --workers N`): read-only, db from the env."""
    import os

    # Each worker loads its index before it starts accepting connections, so while one worker
    # is still loading the shared socket's connections go to the ready ones.
    return create_app(os.environ.get("FOEDUS_SERVE_DB", "foedus.duckdb"), wait_for_index=True)

"""Read-only by default: write token check, request size limit and JSON errors.

Every error leaves the app as ``{"error": ..., "detail": ...}``; unexpected exceptions are
logged server-side and answered with a generic 500 so no stack trace reaches the client.
"""

from __future__ import annotations

import logging
import secrets
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("foedus.api")

MAX_BODY_BYTES = 2 * 1024 * 1024


class ApiError(Exception):
    """An error with a status code, a message and optional details, rendered as JSON."""

    def __init__(self, status: int, error: str, detail: Any = None) -> None:
        super().__init__(error)
        self.status = status
        self.error = error
        self.detail = detail


def error_response(status: int, error: str, detail: Any = None, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "detail": jsonable_encoder(detail)}, status_code=status, headers=headers)


def require_token(request: Request, configured: str | None) -> None:
    """Writes need a configured token sent as ``Authorization: Bearer <token>``."""
    if not configured:
        raise ApiError(403, "writes are disabled", "start the server with --token to allow writes")
    header = request.headers.get("authorization", "")
    scheme, _, sent = header.partition(" ")
    # compare_digest: the time taken must not reveal how much of the token was right.
    if scheme.lower() != "bearer" or not secrets.compare_digest(sent.strip().encode(), configured.encode()):
        raise ApiError(403, "missing or wrong write token", "send Authorization: Bearer <token>")


class BodyLimitMiddleware:
    """Refuses bodies over ``limit`` bytes with 413, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await self._refuse(scope, receive, send)
            return
        if declared is not None or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        # No Content-Length (chunked upload): read the body up to the limit before the app sees
        # it, then replay it. Raising from inside the app's body parsing would be turned into a
        # 400 by FastAPI, so the size is settled here.
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # client went away
            body = message.get("body", b"")
            size += len(body)
            if size > self.limit:
                await self._refuse(scope, receive, send)
                return
            chunks.append(body)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = error_response(413, "request body too large", {"limit_bytes": self.limit})
        await response(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.error, exc.detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        messages = {404: f"not found: {request.url.path}", 405: f"method {request.method} not allowed here"}
        error = messages.get(exc.status_code) or str(exc.detail)
        detail = exc.detail if exc.status_code not in messages else None
        return error_response(exc.status_code, error, detail, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        # Keep the location, message and type of each problem; drop echoed input and context
        # objects, which may be large or not JSON-serialisable.
        problems = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        return error_response(422, "invalid request", problems)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal server error", {"type": type(exc).__name__})

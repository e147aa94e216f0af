"""Whole-response cache for the read endpoints.

The server's database only changes through its own write endpoints (a read-only DuckDB file
cannot be written by anyone while it is open), so a GET answer stays true until the next write.
Responses are cached as bytes, keyed by path and the raw query string with its parameters
sorted by name (so ``a=1&b=2`` and ``b=2&a=1`` share an entry); a hit skips routing, SQL and JSON
encoding. Writes bump a generation counter and clear the cache; a response computed across a
write is not stored. Bounded in bytes (LRU) and per entry; exports are never cached.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any, Callable

Key = tuple[str, str]
Entry = tuple[list[tuple[bytes, bytes]], bytes]

UNCACHED_SUFFIXES = (".csv", ".jsonl")
UNCACHED_PATHS = ("/api/health",)


class ResponseCache:
    def __init__(self, max_bytes: int = 64 << 20, max_entry: int | None = None) -> None:
        self.max_bytes = max_bytes
        # Large entries are the ones most worth keeping (a /api/network answer can be ~10 MB and
        # take seconds to compute), so an entry may use up to a quarter of the budget.
        self.max_entry = max_bytes // 4 if max_entry is None else max_entry
        self._entries: OrderedDict[Key, Entry] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.generation = 0
        self.hits = 0
        self.misses = 0

    def get(self, key: Key) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return entry

    def put(self, key: Key, entry: Entry, generation: int) -> None:
        size = len(entry[1]) + len(key[0]) + len(key[1])
        if size > self.max_entry:
            return
        with self._lock:
            if generation != self.generation or key in self._entries:
                return
            self._entries[key] = entry
            self._bytes += size
            while self._bytes > self.max_bytes and self._entries:
                old_key, (_, old_body) = self._entries.popitem(last=False)
                self._bytes -= len(old_body) + len(old_key[0]) + len(old_key[1])

    def clear(self) -> None:
        with self._lock:
            self.generation += 1
            self._entries.clear()
            self._bytes = 0

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._entries), "bytes": self._bytes, "hits": self.hits, "misses": self.misses}


def cache_key(path: str, query_string: bytes) -> Key:
    """Parameters sorted by name; a repeated parameter keeps the order of its values (the
    last one wins in the route, so ``a=1&a=2`` and ``a=2&a=1`` are different queries)."""
    pairs = query_string.decode("latin-1").split("&")
    return path, "&".join(sorted(pairs, key=lambda pair: pair.partition("=")[0]))


class ResponseCacheMiddleware:
    """Pure ASGI middleware (no per-request Starlette objects) serving GET /api/* from the cache."""

    def __init__(self, app: Callable[..., Any], cache: ResponseCache) -> None:
        self.app = app
        self.cache = cache

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        path = scope.get("path", "")
        if (
            scope["type"] != "http"
            or scope.get("method") != "GET"
            or not path.startswith("/api/")
            or path.endswith(UNCACHED_SUFFIXES)
            or path in UNCACHED_PATHS
        ):
            await self.app(scope, receive, send)
            return
        key = cache_key(path, scope.get("query_string", b""))
        entry = self.cache.get(key)
        if entry is not None:
            headers, body = entry
            # x-cache: lets a client (and bench/load_api.py) tell cached answers from computed ones
            await send({"type": "http.response.start", "status": 200, "headers": [*headers, (b"x-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        generation = self.cache.generation
        start: dict[str, Any] = {}
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def capture(message: dict) -> None:
            nonlocal size, keep
            if message["type"] == "http.response.start":
                start.update(message)
                keep = message.get("status") == 200
            elif message["type"] == "http.response.body" and keep:
                body = message.get("body", b"")
                size += len(body)
                if size > self.cache.max_entry:
                    keep = False
                    chunks.clear()
                else:
                    chunks.append(body)
                if not message.get("more_body", False) and keep:
                    headers = [(bytes(k), bytes(v)) for k, v in start.get("headers", [])]
                    self.cache.put(key, (headers, b"".join(chunks)), generation)
            await send(message)

        await self.app(scope, receive, capture)

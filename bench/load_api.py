"""Load test of the read API: ≥1M synthetic events, N concurrent clients on loopback.

    python bench/load_api.py [--events 1000000] [--clients 50] [--duration 20] [--runs 3] [--workers 2] [--no-cache]

Builds a DuckDB file with the real schema (events generated in SQL with ``range()``, dated in
order over ten years so DuckDB's min/max zone maps prune date filters), starts the read-only
server (uvicorn with uvloop and httptools, as ``foedus serve --workers N``) on 127.0.0.1 only,
runs closed-loop clients (each sends a request, reads the whole response, sends the next) against
``/api/events`` with a mix of filters for ``--duration`` seconds, ``--runs`` times, and prints
requests/s, latency percentiles (from sending the request to the last byte of the body), the
share of answers served from the response cache (``x-cache: hit``) and the latency of cached and
computed answers apart, then the median of the runs.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psutil

ACTORS = ["FRAGOV", "RUSGOV", "USAGOV", "DEUGOV", "GBRGOV", "CHNGOV", "TURGOV", "SYRGOV", "IRNGOV", "UKRGOV",
          "FRAMIL", "RUSMIL", "USAMIL", "IMGMUSISI", "SYRREB", "ISR", "EGY", "IRQGOV", "SAUGOV", "IGOUNO"]
PLACES = ["SYR", "UKR", "FRA", "RUS", "USA", "IRQ"]
CODES = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "090", "111", "112",
         "120", "128", "130", "138", "163", "173", "180", "190", "193", "195"]


BUILT_EVENTS = 1_000_000  # event ids are e0 … e{n-1}; set from --events


def build_db(path: Path, n_events: int) -> None:
    from foedus.store.db import connect

    con = connect(path)
    actors = "[" + ",".join(f"'{a}'" for a in ACTORS) + "]"
    codes = "[" + ",".join(f"'{c}'" for c in CODES) + "]"
    countries = "[" + ",".join(f"'{c}'" for c in PLACES) + ", NULL, NULL]"  # a third of events unplaced
    n_articles = max(1, n_events // 40)
    con.execute(f"""
        INSERT INTO articles (id, text, language, published, title, source, url, origin, content_hash, status)
        SELECT 'a' || i, 'Synthetic article ' || i, 'fr',
               strftime(DATE '2015-01-01' + CAST(i * 3650 // {n_articles} AS INTEGER), '%Y-%m-%d'),
               'Article ' || i, 'bench', NULL, 'bench', 'h' || i, 'done'
        FROM range({n_articles}) t(i)""")
    con.execute(f"""
        INSERT INTO events (id, article_id, sentence, start, "end", source, target, code, root, quad_class,
                            goldstein, date, date_precision, place_country, trigger, negated, modality, sentence_text,
                            rule, confidence)
        SELECT 'e' || i, 'a' || (i // 40), i % 40, (i % 40) * 100, (i % 40) * 100 + 90,
               s, t, c, left(c, 2),
               CASE WHEN left(c, 2) <= '05' THEN 1 WHEN left(c, 2) <= '09' THEN 2 WHEN left(c, 2) <= '14' THEN 3 ELSE 4 END,
               round((CAST(hash(i) % 200 AS INTEGER) - 100) / 10.0, 1),
               strftime(DATE '2015-01-01' + CAST(i * 3650 // {n_events} AS INTEGER), '%Y-%m-%d'),
               'day', {countries}[1 + CAST(hash(i * 19) % {len(PLACES) + 2} AS BIGINT)], 'verb', false, 'asserted',
               'Synthetic sentence ' || i || ': ' || s || ' and ' || t || ' ' ||
                   (['met', 'criticised', 'threatened', 'praised', 'attacked', 'negotiated with'])[1 + CAST(i % 6 AS BIGINT)] || ' over Syria.',
               'bench', 0.9
        FROM (SELECT i, {actors}[1 + CAST(hash(i * 7) % {len(ACTORS)} AS BIGINT)] AS s,
                        {actors}[1 + CAST(hash(i * 13) % {len(ACTORS)} AS BIGINT)] AS t,
                        {codes}[1 + CAST(hash(i * 17) % {len(CODES)} AS BIGINT)] AS c
              FROM range({n_events}) r(i))""")
    con.execute("CHECKPOINT")
    con.close()


def queries(rng: random.Random) -> str:
    """One /api/events request with a random, realistic mix of the issue's filters: actor, dyad,
    country, code/root/quad, date range, text search, sorting and pagination (page after page,
    or a jump); a few dashboard calls (first page, the events of a network edge by id)."""
    year = rng.randint(2015, 2024)
    month = rng.randint(1, 12)
    a, b = rng.sample(ACTORS, 2)
    options = [
        f"/api/events?actor={a[:3]}&limit=50",
        f"/api/events?dyad={a[:3]},{b[:3]}&date_from={year}-01-01&date_to={year}-12-31",
        f"/api/events?source={a}&quad={rng.randint(1, 4)}&limit=20",
        f"/api/events?code={rng.choice(CODES)[:2]}&date_from={year}-{month:02d}-01&date_to={year}-{month:02d}-28&sort=goldstein&order=desc",
        f"/api/events?date_from={year}-{month:02d}-01&date_to={year}-{month:02d}-28&offset={rng.randint(0, 500)}",
        f"/api/events?target={b}&root={rng.choice(CODES)[:2]}&sort=date&order=desc",
        f"/api/events?q=threatened&actor={a[:3]}&date_from={year}-01-01&date_to={year}-03-31",
        f"/api/events?country={rng.choice(PLACES)}&quad={rng.randint(1, 4)}&date_from={year}-01-01&limit=50"
        f"&offset={50 * rng.randint(0, 10)}&sort=date&order=desc",
        f"/api/events?actor={a}&code={rng.choice(CODES)[:3]}&sort={rng.choice(['date', 'goldstein', 'code'])}"
        f"&order={rng.choice(['asc', 'desc'])}&offset={50 * rng.randint(0, 5)}",
        f"/api/events?limit=50&offset={50 * rng.randint(0, 3)}&sort=date&order=desc",
        "/api/events?limit=200&ids=" + ",".join(f"e{rng.randrange(BUILT_EVENTS)}" for _ in range(rng.randint(5, 200))),
    ]
    return rng.choice(options)


def kind(url: str) -> str:
    """The query's shape: its parameter names (for per-shape latencies)."""
    return ",".join(sorted(p.split("=")[0] for p in url.partition("?")[2].split("&")))


@dataclass
class Run:
    """One measured run: per-request latencies (s), and which answers came from the cache."""

    latencies: list[float] = field(default_factory=list)
    cached: list[bool] = field(default_factory=list)
    errors: int = 0


async def run_load(base: str, clients: int, duration: float, client: str = "raw",
                   shapes: dict[str, list[float]] | None = None, seed: int = 0) -> Run:
    run = Run()
    latencies = run.latencies
    deadline = time.perf_counter() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def httpx_client(seed: int) -> None:
        rng = random.Random(seed)
        async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
            while time.perf_counter() < deadline:
                url = queries(rng)
                start = time.perf_counter()
                response = await http.get(url)
                latencies.append(time.perf_counter() - start)
                run.cached.append(response.headers.get("x-cache") == "hit")
                if shapes is not None:
                    shapes.setdefault(kind(url), []).append(latencies[-1])
                if response.status_code != 200:
                    run.errors += 1

    async def raw_client(seed: int) -> None:
        rng = random.Random(seed)
        host, port = base.removeprefix("http://").split(":")
        connection = None
        while time.perf_counter() < deadline:
            url = queries(rng)
            start = time.perf_counter()
            if connection is None:
                connection = await asyncio.open_connection(host, int(port))
            status, keep_alive, hit = await asyncio.wait_for(raw_get(*connection, url), timeout=30)
            latencies.append(time.perf_counter() - start)
            run.cached.append(hit)
            if shapes is not None:
                shapes.setdefault(kind(url), []).append(latencies[-1])
            if status != 200:
                run.errors += 1
            if not keep_alive:
                connection[1].close()
                connection = None
        if connection is not None:
            connection[1].close()

    one_client = raw_client if client == "raw" else httpx_client
    await asyncio.gather(*(one_client(seed + i) for i in range(clients)))
    return run


async def raw_get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, url: str) -> tuple[int, bool, bool]:
    """One HTTP/1.1 keep-alive GET, body read in full: (status, keep-alive, served from cache).
    A tenth of httpx's CPU per request, so the load generator does not take the CPU the server
    under test needs."""
    writer.write(f"GET {url} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode("ascii"))
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if headers.get("transfer-encoding", "").lower() == "chunked":
        while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
            await reader.readexactly(size + 2)
        await reader.readuntil(b"\r\n")  # no trailers are sent
    else:
        await reader.readexactly(int(headers.get("content-length", "0")))
    return status, headers.get("connection", "").lower() != "close", headers.get("x-cache") == "hit"


def _cpu(processes: list[psutil.Process]) -> float:
    total = 0.0
    for p in processes:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(sorted_ms: list[float], p: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(p / 100 * len(sorted_ms)))] if sorted_ms else float("nan")


def summary(run: Run, duration: float, server_cpu: float, client_cpu: float) -> dict[str, float]:
    ms = sorted(1000 * x for x in run.latencies)
    hits = sum(run.cached)
    return {
        "rps": len(ms) / duration, "p50": percentile(ms, 50), "p90": percentile(ms, 90), "p99": percentile(ms, 99),
        "max": ms[-1] if ms else float("nan"), "mean": statistics.fmean(ms) if ms else float("nan"),
        "errors": run.errors, "cached": hits / max(1, len(ms)), "requests": len(ms),
        "p99_computed": percentile(sorted(1000 * x for x, c in zip(run.latencies, run.cached) if not c), 99),
        "p99_cached": percentile(sorted(1000 * x for x, c in zip(run.latencies, run.cached) if c), 99),
        "server_cpu_ms": 1000 * server_cpu / max(1, len(ms)), "client_cpu_ms": 1000 * client_cpu / max(1, len(ms)),
        "load": os.getloadavg()[0],
    }


def print_summary(label: str, r: dict[str, float]) -> None:
    print(f"{label}: {r['rps']:.0f} req/s, latency ms p50 {r['p50']:.1f}  p90 {r['p90']:.1f}  p99 {r['p99']:.1f}  "
          f"max {r['max']:.1f}  mean {r['mean']:.1f}; errors {r['errors']:.0f}; cached {100 * r['cached']:.0f}% "
          f"(p99 computed {r['p99_computed']:.1f}, cached {r['p99_cached']:.1f}); CPU per request server "
          f"{r['server_cpu_ms']:.2f} ms, load client {r['client_cpu_ms']:.2f} ms; load average {r['load']:.1f}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per measured run")
    parser.add_argument("--runs", type=int, default=3, help="measured runs (the median is reported)")
    parser.add_argument("--workers", type=int, default=2, help="server processes (read-only: several may share the file)")
    parser.add_argument("--client", choices=["raw", "httpx"], default="raw",
                        help="raw: minimal asyncio HTTP/1.1 client (cheap); httpx: what the first measures used")
    parser.add_argument("--no-cache", action="store_true", help="server without its response cache: every answer computed")
    parser.add_argument("--by-shape", action="store_true", help="latency per query shape too")
    parser.add_argument("--db", help="reuse or create this DuckDB file (default: a temporary one)")
    args = parser.parse_args()
    global BUILT_EVENTS
    BUILT_EVENTS = args.events
    try:  # the load generator shares the CPUs with the server: the cheaper its loop, the better
        import uvloop

        uvloop.install()
    except ImportError:
        pass

    tmp = tempfile.TemporaryDirectory(prefix="foedus-bench-")
    db = Path(args.db) if args.db else Path(tmp.name) / "bench.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        build_db(db, args.events)
        print(f"built {db} with {args.events:,} events in {time.perf_counter() - t0:.1f} s", flush=True)
    port = free_port()
    env = {**os.environ, "FOEDUS_SERVE_DB": str(db)}
    if args.no_cache:
        env["FOEDUS_RESPONSE_CACHE_MB"] = "0"
    # What `foedus serve --workers N` runs (uvicorn picks uvloop and httptools when installed;
    # named here so that a missing one fails instead of silently measuring something else).
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "foedus.api.app:app_from_env", "--factory", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(args.workers), "--loop", "uvloop", "--http", "httptools",
         "--log-level", os.environ.get("BENCH_LOG_LEVEL", "warning"), "--no-access-log"],
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    results: list[dict[str, float]] = []
    shapes: dict[str, list[float]] = {}
    try:
        # Ready = answering and done loading the in-memory event index (each worker loads its
        # own before it accepts connections; a few polls reach every worker). Bounded: ~120 s.
        ready = 0
        for _ in range(1200):
            if server.poll() is not None:
                raise SystemExit("server exited")
            try:
                health = httpx.get(base + "/api/health", timeout=1).json()
                ready = ready + 1 if health.get("event_index") != "building" else 0
                if ready >= 4 * args.workers:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        else:
            raise SystemExit("server did not start")
        print(f"server ready, event index: {health.get('event_index')}; load average {os.getloadavg()[0]:.1f}", flush=True)
        asyncio.run(run_load(base, min(args.clients, 5), 2.0, args.client, seed=10_000))  # warm-up: connections
        processes = [psutil.Process(server.pid), *psutil.Process(server.pid).children(recursive=True)]
        for k in range(args.runs):
            server_cpu, client_cpu = _cpu(processes), time.process_time()
            # each run its own seeds: new parameter draws, not a replay of the previous run's URLs
            run = asyncio.run(run_load(base, args.clients, args.duration, args.client, shapes, seed=1000 * (k + 1)))
            server_cpu, client_cpu = _cpu(processes) - server_cpu, time.process_time() - client_cpu
            results.append(summary(run, args.duration, server_cpu, client_cpu))
            print_summary(f"run {k + 1}", results[-1])
            now = [psutil.Process(server.pid), *psutil.Process(server.pid).children(recursive=True)]
            if {p.pid for p in now} != {p.pid for p in processes}:
                print("  (server processes changed during the run: a worker was restarted)", flush=True)
                processes = now
    finally:
        server.terminate()
        server.wait(timeout=20)
        tmp.cleanup()
    if args.by_shape:
        for name, values in sorted(shapes.items()):
            values.sort()
            print(f"  {name:<55} n={len(values):<6} p50 {1000 * values[len(values) // 2]:7.1f}  "
                  f"p99 {1000 * values[int(0.99 * len(values))]:7.1f}  max {1000 * values[-1]:7.1f} ms")
    median = {key: statistics.median(r[key] for r in results) for key in results[0]}
    print(f"{args.events:,} events, {args.clients} clients, {args.workers} server workers, {args.client} client, "
          f"response cache {'off' if args.no_cache else 'on'}, {os.cpu_count()} CPUs, {args.runs} runs of "
          f"{args.duration:.0f} s", flush=True)
    print_summary("median", median)


if __name__ == "__main__":
    main()

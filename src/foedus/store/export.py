"""Exports: any table as Parquet / CSV / JSON Lines, the corpus as Parquet partitioned by
publication month, and events as GDELT 2.0 Events and Mentions files (see docs/gdelt-export.md).
"""

from __future__ import annotations

import csv
import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlparse

import duckdb

from foedus.events.ontology import CAMEO_TABLE_NAME

TABLES = ("articles", "events", "quotes", "mentions", "timexes", "places", "failures", "article_status",
          "article_sources", "runs")
PARTITIONED_TABLES = ("articles", "events", "quotes", "mentions", "timexes", "places", "article_sources")
FORMATS = ("parquet", "csv", "jsonl", "gdelt-events", "gdelt-mentions")

# GDELT 2.0 column order (codebook V2.0; 61 event columns, 16 mention columns).
_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR] + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO] + [f"Actor2Geo_{c}" for c in _GEO] + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]
# CAMEO actor "type" codes (role/sector); any other 3-letter chunk that is not a country is
# read as a known-group code (UNO, NAT, EUR, IMG…).
CAMEO_TYPES = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LEG",
               "ELI", "HLH", "LAB", "REF", "AGR", "ENV", "IGO", "NGO", "NGM", "INS", "MOD", "RAD", "UAF", "SET",
               "DEV", "HRI", "RES", "IMG", "SEP", "UIS", "MNC", "AMN", "HRW", "CHR", "MOS", "JEW", "BUD", "HIN"}
_MONTH = "coalesce(substr(a.published, 1, 7), 'unknown')"


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    path = Path(__file__).resolve().parents[1] / "actors" / "data" / "countries.jsonl"
    return frozenset(json.loads(line)["code"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def split_actor_code(code: str | None) -> dict[str, str]:
    """CAMEO actor code → GDELT's parts: RUSGOV → country RUS, type1 GOV; UNO → known group."""
    out: dict[str, str] = {}
    if not code:
        return out
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    types = []
    for i, chunk in enumerate(chunks):
        if i == 0 and chunk in _countries():
            out["CountryCode"] = chunk
        elif chunk in CAMEO_TYPES:
            types.append(chunk)
        elif "KnownGroupCode" not in out:
            out["KnownGroupCode"] = chunk
    for n, t in enumerate(types[:3], 1):
        out[f"Type{n}Code"] = t
    return out


def global_event_id(event_id: str) -> int:
    """GDELT ids are integers: the first 15 hex digits of our stable event id (60 bits)."""
    return int(event_id[:15], 16)


def _day(value: str | None) -> datetime | None:
    try:
        return datetime.strptime(str(value)[:10], "%Y-%m-%d") if value else None
    except ValueError:
        return None


def _stamp(value) -> str:
    return value.strftime("%Y%m%d%H%M%S") if value is not None else ""


def _source_name(url: str | None, source: str | None) -> str:
    host = urlparse(url).hostname if url and "://" in url else None
    return (host[4:] if host and host.startswith("www.") else host) or source or ""


def _write_tsv(rows: list[list], out: Path, columns: list[str], header: bool) -> int:
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        if header:
            writer.writerow(columns)
        for row in rows:
            assert len(row) == len(columns)
            writer.writerow(["" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in row])
    return len(rows)


_EVENTS_SQL = f"""
SELECT e.*, a.url AS article_url, a.origin AS article_origin, a.published AS article_published,
       a.ingested_at, length(a.text) AS doc_len, a.text AS doc_text, a.source AS article_source,
       (SELECT count(*) FROM article_sources s WHERE coalesce(s.duplicate_of, s.article_id) = e.article_id) AS copies,
       (SELECT count(DISTINCT coalesce(s.source, s.url, s.origin)) FROM article_sources s
         WHERE coalesce(s.duplicate_of, s.article_id) = e.article_id) AS sources
FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.article_id, e.start, e.id"""


def gdelt_event_rows(con: duckdb.DuckDBPyConnection) -> list[list]:
    rows = []
    for ev in con.execute(_EVENTS_SQL).df().to_dict("records"):
        day = _day(ev["date"]) if ev.get("date_precision") in (None, "day") else None
        day = day or _day(ev["date"]) or _day(ev["article_published"])
        a1, a2 = split_actor_code(ev["source"]), split_actor_code(ev["target"])
        copies = max(1, int(ev["copies"] or 0))
        cols: dict[str, object] = {
            "GLOBALEVENTID": global_event_id(ev["id"]),
            "SQLDATE": day.strftime("%Y%m%d") if day else "",
            "MonthYear": day.strftime("%Y%m") if day else "",
            "Year": day.year if day else "",
            "FractionDate": f"{day.year + (day.month * 30 + day.day) / 365:.4f}" if day else "",
            "Actor1Code": ev["source"], "Actor1Name": (ev["source_text"] or "").upper() or None,
            "Actor2Code": ev["target"], "Actor2Name": (ev["target_text"] or "").upper() or None,
            "IsRootEvent": 1 if ev["sentence"] == 0 else 0,
            "EventCode": ev["code"], "EventBaseCode": ev["code"][:3], "EventRootCode": ev["root"],
            "QuadClass": ev["quad_class"], "GoldsteinScale": ev["goldstein"],
            "NumMentions": copies, "NumSources": max(1, int(ev["sources"] or 0)), "NumArticles": copies,
            "ActionGeo_FullName": ev["place"],
            "ActionGeo_Lat": ev["lat"] if ev["lat"] == ev["lat"] else None,
            "ActionGeo_Long": ev["lon"] if ev["lon"] == ev["lon"] else None,
            "DATEADDED": _stamp(ev["ingested_at"]), "SOURCEURL": ev["article_url"] or ev["article_origin"],
        }
        for part, value in a1.items():
            cols[f"Actor1{part}"] = value
        for part, value in a2.items():
            cols[f"Actor2{part}"] = value
        rows.append([cols.get(c) for c in GDELT_EVENT_COLUMNS])
    return rows


def _offset(text: str, needle: str | None, lo: int, hi: int) -> int | None:
    if not needle or not text:
        return None
    found = text.find(needle, max(0, lo), hi)
    return found if found >= 0 else None


def gdelt_mention_rows(con: duckdb.DuckDBPyConnection) -> list[list]:
    """One mention per event per copy of its article (the stored one and each duplicate)."""
    sources = con.execute(
        "SELECT coalesce(s.duplicate_of, s.article_id) AS canonical, s.origin, s.url, s.source, st.updated_at "
        "FROM article_sources s LEFT JOIN article_status st ON st.origin = s.origin ORDER BY s.origin").fetchall()
    by_article: dict[str, list[tuple]] = {}
    for canonical, origin, url, source, seen_at in sources:
        by_article.setdefault(canonical, []).append((origin, url, source, seen_at))
    rows = []
    for ev in con.execute(_EVENTS_SQL).df().to_dict("records"):
        text, lo = ev["doc_text"] or "", int(ev["start"]) - 400
        copies = by_article.get(ev["article_id"]) or [(ev["article_origin"], ev["article_url"], ev["article_source"],
                                                       ev["ingested_at"])]
        for origin, url, source, seen_at in copies:
            web = bool(url and url.startswith(("http://", "https://")))
            rows.append([
                global_event_id(ev["id"]), _stamp(ev["ingested_at"]), _stamp(seen_at or ev["ingested_at"]),
                1 if web else 2, _source_name(url, source), url if web else (url or origin),
                int(ev["sentence"]) + 1, _offset(text, ev["source_text"], lo, int(ev["end"]) + 400),
                _offset(text, ev["target_text"], lo, int(ev["end"]) + 400), int(ev["start"]), 1,
                round(float(ev["confidence"]) * 100), int(ev["doc_len"] or 0), None, None, None,
            ])
    return rows


def export_table(con: duckdb.DuckDBPyConnection, table: str, fmt: str, out: str | Path,
                 header: bool = False) -> int:
    """Write one table; returns the number of rows written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "gdelt-events":
        return _write_tsv(gdelt_event_rows(con), out, GDELT_EVENT_COLUMNS, header)
    if fmt == "gdelt-mentions":
        return _write_tsv(gdelt_mention_rows(con), out, GDELT_MENTION_COLUMNS, header)
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r} (one of {', '.join(TABLES)})")
    options = {"parquet": "FORMAT parquet", "csv": "FORMAT csv, HEADER true", "jsonl": "FORMAT json"}[fmt]
    con.execute(f"COPY (SELECT * FROM {table}) TO '{_sql_path(out)}' ({options})")
    return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _sql_path(path: Path | str) -> str:
    return str(path).replace("'", "''")


def export_partitioned(con: duckdb.DuckDBPyConnection, directory: str | Path) -> list[str]:
    """The corpus as Hive-partitioned Parquet, `DIR/TABLE/month=YYYY-MM/*.parquet`, month of
    the article's publication. Rewritten whole each time, so it always mirrors the database."""
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    for table in PARTITIONED_TABLES:
        key = "id" if table == "articles" else "article_id"
        source = (f"SELECT t.*, {_MONTH} AS month FROM {table} t LEFT JOIN articles a ON a.id = t.{key}"
                  if table != "articles" else f"SELECT a.*, {_MONTH} AS month FROM articles a")
        if table == "article_sources":  # a copy is filed with the article it duplicates
            source = (f"SELECT t.*, {_MONTH} AS month FROM article_sources t "
                      "LEFT JOIN articles a ON a.id = coalesce(t.duplicate_of, t.article_id)")
        con.execute(f"COPY ({source}) TO '{_sql_path(root / table)}' "
                    "(FORMAT parquet, PARTITION_BY (month), OVERWRITE true)")
    (root / "ORIGIN.json").write_text(json.dumps({"goldstein_table": CAMEO_TABLE_NAME,
                                                  "tables": list(PARTITIONED_TABLES)}, indent=1), encoding="utf-8")
    return sorted(str(p) for p in root.rglob("*.parquet"))

"""Typed request and response bodies of the HTTP API (they document the OpenAPI schema).

Row models mirror the record dataclasses of :mod:`foedus.records` (plus the stored ``id``), so
a stored row, an annotation made on the fly and an API answer all have the same fields.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"


class ErrorOut(BaseModel):
    error: str = Field(description="What went wrong, in one sentence.")
    detail: Any = Field(None, description="Specifics: offending fields, limits, ids.")


class Page(BaseModel, Generic[T]):
    total: int = Field(description="Rows matching the filters, before pagination.")
    limit: int
    offset: int
    items: list[T]


class ArticleSummary(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None
    url: str | None = None
    status: str | None = None
    events: int = 0
    quotes: int = 0


class ArticleOut(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None
    url: str | None = None
    content_hash: str | None = None


class MentionOut(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | None = None
    article_id: str
    sentence: int | None = None
    start: int
    end: int
    text: str
    code: str | None = None
    actor_id: str | None = None
    kind: str | None = None
    name: str | None = None
    gender: str | None = None
    number: str | None = None
    members: list[str] = []
    rule: str | None = None
    confidence: float | None = None


class QuoteOut(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | None = None
    article_id: str
    start: int
    end: int
    text: str
    kind: str
    speaker_text: str | None = None
    speaker_actor_id: str | None = None
    speaker_code: str | None = None
    addressee_text: str | None = None
    addressee_actor_id: str | None = None
    cue: str | None = None
    sentence: int | None = None
    speech: bool | None = None
    rule: str | None = None
    confidence: float | None = None


class EventOut(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str | None = None
    article_id: str
    sentence: int | None = None
    start: int
    end: int
    source: str | None = None
    target: str | None = None
    code: str
    root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    plover_mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    place: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    source_text: str | None = None
    target_text: str | None = None
    source_actor_id: str | None = None
    target_actor_id: str | None = None
    trigger: str | None = None
    negated: bool | None = None
    modality: str | None = None
    in_quote_of: str | None = None
    sentence_text: str | None = None
    rule: str | None = None
    confidence: float | None = None
    trigger_start: int | None = Field(None, description="Offset of the trigger word (article views only).")
    trigger_end: int | None = None


class TimexOut(BaseModel):
    model_config = ConfigDict(extra="ignore")
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    rule: str | None = None


class PlaceOut(BaseModel):
    model_config = ConfigDict(extra="ignore")
    start: int
    end: int
    text: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


class RoleOut(BaseModel):
    code: str
    start: str | None = None
    end: str | None = None
    title: str | None = None


class KbActorOut(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    roles: list[RoleOut] = []
    wikidata: str | None = None


class AnnotatedArticle(BaseModel):
    """An article with everything found in it: the article view and the analyze answer."""

    article: ArticleOut
    mentions: list[MentionOut]
    quotes: list[QuoteOut]
    events: list[EventOut]
    timexes: list[TimexOut] = []
    places: list[PlaceOut] = []
    actors: list[KbActorOut] = []
    stored: bool | None = Field(None, description="analyze only: whether the article was stored now.")


class ActorOut(BaseModel):
    code: str
    name: str | None = None
    actor_id: str | None = None
    kind: str | None = None
    mentions: int = 0
    articles: int = 0
    events: int = 0


class DyadRow(BaseModel):
    period: str
    dyad: str
    source: str
    target: str
    events: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None = None


class DyadsOut(BaseModel):
    actors: list[str]
    by: str
    level: str
    directed: bool
    rows: list[DyadRow]


class NetworkNode(BaseModel):
    id: str
    events: int


class NetworkEdge(BaseModel):
    source: str
    target: str
    events: int
    cooperation: float
    conflict: float
    weight: float
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    event_ids: list[str]


class NetworkOut(BaseModel):
    start: str | None
    end: str | None
    level: str
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class BlocOut(BaseModel):
    label: str
    members: list[str]
    cohesion: float | None = None
    cooperation_event_ids: list[str]
    conflict_event_ids: list[str]
    dissent_event_ids: list[str] = []
    joined: list[str] = []
    left: list[str] = []


class WindowOut(BaseModel):
    start: str
    end: str
    events: int
    actors: int
    blocs: list[BlocOut]
    clarity: float | None = None
    frustration: float | None = None
    signed_modularity: float | None = None


class CoalitionsOut(BaseModel):
    window: str
    level: str
    windows: list[WindowOut]
    changes: list[dict[str, Any]]
    switches: list[dict[str, Any]]


class AnalyzeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=500_000, description="Article body (plain text).")
    published: str | None = Field(None, pattern=DATE_PATTERN, description="YYYY-MM-DD; relative dates resolve against it.")
    language: str | None = Field(None, pattern=r"^[a-z]{2}$")
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    store: bool = Field(False, description="Also store the article (needs the write token).")


class IngestArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=500_000)
    id: str | None = Field(None, max_length=200)
    published: str | None = Field(None, pattern=DATE_PATTERN)
    language: str | None = Field(None, pattern=r"^[a-z]{2}$")
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[IngestArticle] = Field(min_length=1, max_length=200)


class IngestItemOut(BaseModel):
    id: str | None
    status: str = Field(description="stored | duplicate | skipped | failed")
    reason: str | None = None


class IngestOut(BaseModel):
    stored: int
    duplicates: int
    skipped: int
    failed: int
    items: list[IngestItemOut]

"""The records every stage produces and consumes (see DESIGN.md, "Records").

Every record that comes out of text carries its provenance: the article id, the sentence
index, character offsets into the article text, the rule (or model) that produced it and a
confidence. Records are plain dataclasses so that they serialise to JSON, DuckDB rows and
Parquet without a framework in between.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any


def content_hash(text: str) -> str:
    """Stable id of an article body: sha256 of its NFC-normalised text, 16 hex digits."""
    norm = unicodedata.normalize("NFC", text).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    id: str
    text: str
    language: str | None = None
    published: str | None = None  # YYYY-MM-DD
    title: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # file path or feed the article came from
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Role:
    code: str  # CAMEO-style actor code held in that role, e.g. FRAGOV
    start: str | None = None  # inclusive, YYYY-MM-DD; None = open
    end: str | None = None  # inclusive; None = open
    title: str | None = None

    def holds_on(self, date: str | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


@dataclass
class Actor:
    id: str  # stable id: Wikidata QID when known, else a slug
    name: str
    kind: str  # person | country | organisation | igo | armed_group | seat | group
    code: str | None = None  # code when it does not depend on the date (countries, IGOs)
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    gender: str | None = None  # m | f | None
    wikidata: str | None = None
    origin: str | None = None  # where the fact comes from

    def code_on(self, date: str | None) -> str | None:
        """The actor's CAMEO-style code on a date (roles first, then the static code)."""
        for role in self.roles:
            if role.holds_on(date):
                return role.code
        return self.code


@dataclass
class Mention:
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    code: str | None  # CAMEO-style code on the article's date
    actor_id: str | None = None
    kind: str = "name"  # name | description | pronoun | metonym | demonym
    head: int | None = None  # token index of the mention's head in the Doc
    name: str | None = None  # canonical name of the actor (fullest form known)
    gender: str | None = None  # m | f | None
    number: str = "sg"  # sg | pl
    members: list[str] = field(default_factory=list)  # codes of a plural mention ("les deux présidents")
    member_ids: list[str] = field(default_factory=list)
    rule: str = ""
    confidence: float = 1.0


@dataclass
class Quote:
    article_id: str
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed | selon
    speaker_text: str | None = None  # canonical speaker name (fullest form in the article)
    speaker_actor_id: str | None = None
    speaker_code: str | None = None
    addressee_text: str | None = None
    addressee_actor_id: str | None = None
    cue: str | None = None
    sentence: int = 0
    speech: bool = True  # False: a name/title/term in quotation marks
    rule: str = ""
    confidence: float = 1.0


@dataclass
class TimeExpr:
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3-like value: 2015-11-17, 2015-11-26TEV, P3D, XXXX-WXX-1 ...
    mod: str | None = None  # START | END | MID | APPROX ...
    anchored: bool = True  # False when the value does not depend on a reference date
    rule: str = ""


@dataclass
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None  # ISO-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # country | city | region
    rule: str = ""
    confidence: float = 1.0


@dataclass
class Event:
    article_id: str
    sentence: int
    start: int
    end: int
    source: str | None
    target: str | None
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str | None = None
    plover_mode: str | None = None
    date: str | None = None
    date_precision: str | None = None  # day | month | year | lead (the day the lead tells) | publication
    place: str | None = None
    place_country: str | None = None
    lat: float | None = None
    lon: float | None = None
    source_text: str | None = None
    target_text: str | None = None
    source_actor_id: str | None = None
    target_actor_id: str | None = None
    trigger: str | None = None
    negated: bool = False
    modality: str = "asserted"  # asserted | intent | appeal | conditional | reported
    in_quote_of: str | None = None
    sentence_text: str = ""
    rule: str = ""
    confidence: float = 1.0


@dataclass
class Failure:
    origin: str
    reason: str
    stage: str = "ingest"


@dataclass
class Annotation:
    """Everything one article yields; the unit the engine hands to the store."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.to_dict(),
            "actors": [asdict(a) for a in self.actors],
            "mentions": [asdict(m) for m in self.mentions],
            "quotes": [asdict(q) for q in self.quotes],
            "events": [asdict(e) for e in self.events],
            "timexes": [asdict(t) for t in self.timexes],
            "places": [asdict(p) for p in self.places],
        }

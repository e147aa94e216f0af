"""The actor knowledge base: data files in ``data/`` loaded once into flat indexes.

Indexes map a folded phrase key (see ``normalize.key``) to entries, so both ``lookup`` and the
in-text matcher do dictionary look-ups only, never a scan of the knowledge base.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence

from foedus.actors.normalize import case_key, fold, is_case_sensitive, key
from foedus.records import Actor, Role

DATA_DIR = Path(__file__).resolve().parent / "data"
ENV_VAR = "FOEDUS_ACTORS"
POSITIONS = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
             "interior_minister", "finance_minister", "minister", "party_leader", "military_chief", "other")


@dataclass
class Resolution:
    """One reading of a phrase: the code on the date and why it was chosen."""

    code: str | None
    actor_id: str | None
    name: str | None
    kind: str  # name | description | metonym | demonym | group
    why: str
    number: str = "sg"
    gender: str | None = None


@dataclass(frozen=True)
class NameEntry:
    actor_id: str
    alias: str
    lang: str


@dataclass(frozen=True)
class AgentNoun:
    noun: str
    sector: str
    position: str | None
    number: str


@dataclass(frozen=True)
class Demonym:
    country: str
    form: str
    number: str  # sg | pl
    gender: str | None


@dataclass
class ActorKB:
    actors: dict[str, Actor] = field(default_factory=dict)
    names: dict[str, list[NameEntry]] = field(default_factory=dict)
    case_names: dict[str, list[NameEntry]] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)  # key -> ISO-3
    demonyms: dict[tuple[str, str], Demonym] = field(default_factory=dict)  # (lang, key)
    agents: dict[tuple[str, str], AgentNoun] = field(default_factory=dict)  # (lang, key)
    positions: dict[tuple[str, str], list[tuple[str, Role]]] = field(default_factory=dict)
    role_positions: dict[tuple[str, int], str] = field(default_factory=dict)  # (actor id, role index)
    max_tokens: int = 8
    # first word of every name / agent noun -> most tokens a phrase starting with it can span;
    # lets the text scanner skip the other tokens with one look-up
    first_words: dict[str, int] = field(default_factory=dict)
    agent_first_words: dict[tuple[str, str], int] = field(default_factory=dict)

    # ---------------------------------------------------------------- access
    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def code_of(self, actor: Actor, date: str | None) -> tuple[str | None, str]:
        """Code of an actor on a date and a note of the role used."""
        for role in actor.roles:
            if role.holds_on(date):
                return role.code, f"role {role.code} {role.start or '…'}–{role.end or '…'}"
        if actor.code:
            return actor.code, "static code"
        if actor.roles:
            # Out of office on that date: a former or future office-holder is an elite (CAMEO ELI).
            return actor.roles[-1].code[:3] + "ELI", "no role on that date: country elite"
        return None, "no code"

    def position_of(self, actor_id: str, date: str | None) -> str | None:
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        for i, role in enumerate(actor.roles):
            if role.holds_on(date):
                return self.role_positions.get((actor_id, i))
        return None

    def holder(self, country: str, position: str, date: str | None) -> Actor | None:
        """Who held ``position`` in ``country`` on ``date`` (None if unknown or no date)."""
        if date is None:
            return None
        for actor_id, role in self.positions.get((country, position), []):
            if role.holds_on(date):
                return self.actors[actor_id]
        return None

    def match_name(self, raw: str) -> list[NameEntry]:
        return self.case_names.get(case_key(raw), []) or self.names.get(key(raw), [])

    def lookup(self, phrase: str, date: str | None, lang: str) -> list[Resolution]:
        from foedus.actors.lookup import lookup_phrase

        return lookup_phrase(self, phrase, date, lang)

    # ---------------------------------------------------------------- building
    def add_name(self, actor_id: str, alias: str, lang: str) -> None:
        alias = alias.strip()
        if not alias:
            return
        entry = NameEntry(actor_id, alias, lang)
        table, k = (self.case_names, case_key(alias)) if is_case_sensitive(alias) else (self.names, key(alias))
        if lang == "fr" and table is self.case_names and len(alias) >= 4 and alias.isalpha():
            # the French press writes acronyms it pronounces as words in title case ("l'Otan", "l'Onu")
            self.case_names.setdefault(case_key(alias.capitalize()), []).append(NameEntry(actor_id, alias, lang))
        _note_first_word(self.first_words, alias)
        bucket = table.setdefault(k, [])
        if all(e.actor_id != actor_id for e in bucket):
            bucket.append(entry)
        self.max_tokens = max(self.max_tokens, min(12, len(alias.split()) + 2))

    def add_record(self, row: dict[str, Any]) -> None:
        """Add or replace one actor from a countries / organisations / people row."""
        if "iso2" in row:
            self._add_country(row)
            return
        actor_id = row["id"]
        old = self.actors.get(actor_id)
        if old is not None:
            self._forget(actor_id)
        names: dict[str, list[str]] = row.get("aliases") or row.get("names") or {}
        first = next((n for ns in names.values() for n in ns), actor_id)
        roles = [Role(r["code"], r.get("start"), r.get("end"), r.get("title")) for r in row.get("roles", [])]
        kind = row.get("kind") or ("person" if roles else "organisation")
        code = row.get("code")
        actor = Actor(id=actor_id, name=row.get("name") or first, kind=kind, code=code,
                      country=(code or (roles[0].code if roles else ""))[:3] or None,
                      sector=(code[3:6] or None) if code else None, roles=roles, aliases=names,
                      gender=row.get("gender"), wikidata=row.get("wikidata"), origin=row.get("origin"))
        self.actors[actor_id] = actor
        for lang, aliases in names.items():
            for alias in aliases:
                self.add_name(actor_id, alias, lang)
        for i, r in enumerate(row.get("roles", [])):
            position = r.get("position") or "other"
            self.role_positions[(actor_id, i)] = position
            if position != "other":
                self.positions.setdefault((r["code"][:3], position), []).append((actor_id, roles[i]))

    def _forget(self, actor_id: str) -> None:
        for table in (self.names, self.case_names):
            for k in list(table):
                table[k] = [e for e in table[k] if e.actor_id != actor_id]
        for k in list(self.positions):
            self.positions[k] = [(a, r) for a, r in self.positions[k] if a != actor_id]

    def _add_country(self, row: dict[str, Any]) -> None:
        code = row["code"]
        actor_id = f"country:{code}"
        names: dict[str, list[str]] = row.get("names", {})
        self.actors[actor_id] = Actor(id=actor_id, name=(names.get("en") or [code])[0], kind="country", code=code,
                                      country=code, aliases=names, wikidata=row.get("wikidata"), origin="iso3166+cldr")
        for lang, aliases in names.items():
            for alias in aliases:
                self.add_name(actor_id, alias, lang)
        for lang, caps in row.get("capital", {}).items():
            for cap in caps:
                self.capitals.setdefault(key(cap), code)
        for lang, forms in row.get("demonyms", {}).items():
            if lang == "fr" and len(forms) == 4:
                spec = [(forms[0], "sg", "m"), (forms[1], "sg", "f"), (forms[2], "pl", "m"), (forms[3], "pl", "f")]
            else:
                spec = [(f, "sg", None) for f in forms] + [(f + "s", "pl", None) for f in forms if lang == "en"]
            for form, number, gender in spec:
                # keep the first reading of a form shared by two countries (congolais: COG before COD)
                self.demonyms.setdefault((lang, key(form)), Demonym(code, form, number, gender))


def _note_first_word(table: dict[str, int], phrase: str) -> None:
    """Record the phrase's first word, cut both at spaces and at hyphens/apostrophes, since
    tokenizers differ there; the span bound counts every piece."""
    pieces = [p for p in re.split(r"[\s'’\-]+", fold(phrase)) if p]
    if not pieces:
        return
    bound = len(pieces) * 2 + 1  # hyphens and apostrophes may be tokens of their own
    for first in {key(phrase.split()[0]), key(pieces[0]), key(re.split(r"[\s]+", fold(phrase))[0].split("'")[0] + "'")}:
        if first:
            table[first] = max(bound, table.get(first, 0))


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _read_agents(kb: ActorKB, path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        cols = (line.split("\t") + [""] * 5)[:5]
        lang, noun, sector, position, number = cols
        if noun:
            kb.agents.setdefault((lang, key(noun)), AgentNoun(noun, sector, position or None, number or "sg"))
            firsts: dict[str, int] = {}
            _note_first_word(firsts, noun)
            for word, n in firsts.items():
                kb.agent_first_words[(lang, word)] = max(n, kb.agent_first_words.get((lang, word), 0))


DEMONYM_SLOTS = (("sg", "m"), ("sg", "f"), ("pl", "m"), ("pl", "f"))


def _read_country_extras(kb: ActorKB, path: Path) -> None:
    """``countries_<lang>.tsv``: one language's demonyms (m.sg|f.sg|m.pl|f.pl, ';' between
    demonyms), one-word capitals and extra country names, for languages ``countries.jsonl`` covers
    with names only (its demonyms and capitals come from the French/English build)."""
    lang = path.stem.split("_", 1)[1]
    rows = [ln.split("\t") for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    for code, demonyms, capitals, names in ((r + ["", "", ""])[:4] for r in rows[1:]):
        for demonym in filter(None, demonyms.split(";")):
            for form, (number, gender) in zip(demonym.split("|"), DEMONYM_SLOTS):
                kb.demonyms.setdefault((lang, key(form)), Demonym(code, form, number, gender))
        for capital in filter(None, capitals.split(",")):
            kb.capitals.setdefault(key(capital), code)
        for name in filter(None, names.split(",")):
            kb.add_name(f"country:{code}", name.strip(), lang)


def _env_files() -> tuple[Path, ...]:
    raw = os.environ.get(ENV_VAR, "")
    return tuple(Path(p) for p in raw.split(os.pathsep) if p.strip())


_OVERRIDE: list[ActorKB] = []


def _defaults(kb: ActorKB) -> None:
    for name in ("countries.jsonl", "organisations.jsonl", "people.jsonl"):
        for row in _read_jsonl(DATA_DIR / name):
            kb.add_record(row)
    _read_agents(kb, DATA_DIR / "agents.tsv")
    for extras in sorted(DATA_DIR.glob("countries_*.tsv")):
        _read_country_extras(kb, extras)


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...], defaults: bool = True) -> ActorKB:
    kb = ActorKB()
    if defaults:
        _defaults(kb)
    for path in extra:
        for row in _read_jsonl(path):
            kb.add_record(row)
    return kb


def build_kb(rows: Iterable[dict[str, Any]], agents: Iterable[tuple[str, str, str, str | None, str]] = (),
             demonyms: Iterable[tuple[str, str, str]] = (), defaults: bool = False) -> ActorKB:
    """An in-memory knowledge base from given rows (formats of ``data/*.jsonl``), agent nouns
    ``(lang, noun, sector, position, number)`` and demonyms ``(lang, form, country)`` — *instead of*
    the shipped data files unless ``defaults``. Not cached: the caller keeps it."""
    kb = ActorKB()
    if defaults:
        _defaults(kb)
    for row in rows:
        kb.add_record(row)
    for lang, noun, sector, position, number in agents:
        kb.agents.setdefault((lang, key(noun)), AgentNoun(noun, sector, position or None, number or "sg"))
        firsts: dict[str, int] = {}
        _note_first_word(firsts, noun)
        for word, n in firsts.items():
            kb.agent_first_words[(lang, word)] = max(n, kb.agent_first_words.get((lang, word), 0))
    for lang, form, country in demonyms:
        kb.demonyms.setdefault((lang, key(form)), Demonym(country, form, "sg", None))
    return kb


@contextmanager
def using_kb(kb: ActorKB) -> Iterator[ActorKB]:
    """Within the block, every ``load_kb()`` call returns ``kb`` (sentence suites that ship their own
    actor dictionaries run the whole pipeline against them)."""
    _OVERRIDE.append(kb)
    try:
        yield kb
    finally:
        _OVERRIDE.remove(kb)


def load_kb(extra_files: Sequence[Path] = (), defaults: bool = True) -> ActorKB:
    """The knowledge base, built once per process for each set of extra files.

    ``extra_files`` and the files named in ``$FOEDUS_ACTORS`` (os.pathsep-separated) are JSON
    Lines in the formats of ``data/*.jsonl``; a row whose ``id`` exists replaces that actor.
    With ``defaults=False`` only those files are loaded, not the shipped ``data/`` files.
    Inside ``using_kb(kb)`` the given ``kb`` is returned instead.
    """
    if _OVERRIDE:
        return _OVERRIDE[-1]
    if not extra_files and not os.environ.get(ENV_VAR):
        return _load((), defaults)  # the common case, asked per token by some rules: no path work
    files = tuple(Path(p).resolve() for p in (*extra_files, *_env_files()))
    return _load(files, defaults)

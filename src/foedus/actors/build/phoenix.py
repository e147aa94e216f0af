"""Readers of the PETRARCH/Phoenix TABARI-style dictionaries (MIT, Open Event Data Alliance).

Only facts are taken: names, CAMEO-style codes and the date ranges of codes. The files are
read from a checkout given on the command line (``make_data``), or at run time by
``foedus eval --suite petrarch --actors F --agents F`` to build an in-memory knowledge base
(``validation_kb``) for suites written against their own toy dictionaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[\s*([A-Za-z~]{3,15})(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]")


@dataclass
class PhoenixRole:
    code: str
    start: str | None
    end: str | None


@dataclass
class PhoenixEntry:
    names: list[str]
    roles: list[PhoenixRole] = field(default_factory=list)
    static_code: str | None = None
    line: int = 0
    prefix: bool = False  # the primary name had no trailing "_": PETRARCH matches it as a word prefix


def phoenix_date(raw: str) -> str:
    """YYMMDD or YYYYMMDD -> YYYY-MM-DD. Two-digit years above 30 are 19xx (the file starts in the 1930s)."""
    if len(raw) == 8:
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    year = int(raw[:2])
    century = "19" if year > 30 else "20"
    return f"{century}{raw[:2]}-{raw[2:4]}-{raw[4:6]}"


def phoenix_name(raw: str) -> str:
    """FRANCOIS_HOLLANDE_ -> Francois Hollande (accents are lost upstream; matching is accent-blind)."""
    words = [w for w in raw.strip().strip("_").split("_") if w]
    return " ".join("-".join(part.capitalize() for part in w.split("-")) for w in words)


def _parse_codes(text: str) -> tuple[list[PhoenixRole], str | None]:
    roles: list[PhoenixRole] = []
    static: str | None = None
    for code, first, second in _CODE.findall(text):
        code = code.upper()
        if not first:
            static = static or code
            continue
        if first.startswith(">"):
            roles.append(PhoenixRole(code, phoenix_date(first[1:]), None))
        elif first.startswith("<"):
            roles.append(PhoenixRole(code, None, phoenix_date(first[1:])))
        else:
            roles.append(PhoenixRole(code, phoenix_date(first), phoenix_date(second) if second else None))
    return roles, static


def read_actor_file(path: Path) -> list[PhoenixEntry]:
    """Blocks: a primary name, '+' synonyms, then code lines (or codes on the name line)."""
    entries: list[PhoenixEntry] = []
    current: PhoenixEntry | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        body = line.split("#", 1)[0].rstrip()
        if not body.strip() or body.lstrip().startswith(("<!--", "<", "-->")):
            continue
        if body[0] in " \t" or body.lstrip().startswith("["):
            if current is not None:
                roles, static = _parse_codes(body)
                current.roles.extend(roles)
                current.static_code = current.static_code or static
            continue
        name_part = body.split("[", 1)[0].strip()
        roles, static = _parse_codes(body)
        if body.startswith("+"):
            if current is not None and name_part[1:].strip():
                current.names.append(phoenix_name(name_part[1:]))
                current.roles.extend(roles)
            continue
        current = PhoenixEntry(names=[phoenix_name(name_part)], roles=roles, static_code=static, line=lineno,
                               prefix=not name_part.endswith("_") and "_" not in name_part.strip("_"))
        entries.append(current)
    return entries


def read_agents(path: Path) -> list[tuple[str, str]]:
    """(noun phrase, sector) pairs, e.g. ('police officer', 'COP'); substitution sets are skipped."""
    pairs: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^([A-Z][A-Z0-9_\-.']*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]", body)
        if not m or "!" in body:
            continue
        phrase = m.group(1).strip("_").replace("_", " ").lower()
        if phrase:
            pairs.append((phrase, m.group(2)))
    return pairs


_AGENT = re.compile(r"^([A-Z!][A-Z0-9_\-.'!]*)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)([A-Z]{3,12})(~?)\s*\]")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
DEMONYM_ENDINGS = ("", "ian", "ean", "an", "ese", "i", "ish", "ic", "s", "'s")


def read_agent_codes(path: Path) -> list[tuple[str, str, str]]:
    """(noun phrase, number, full agent code) triples, e.g. ('foreign minister', 'sg', 'GOVFRM').

    Substitution sets (``!PERSON! = MAN, MEN``) are expanded; ``{PLURALS}`` are read, and a regular
    plural (+s) is added when no braces are given. Codes written ``[NGO~]`` (agent before the
    country) are kept as the bare code."""
    text = path.read_text(encoding="utf-8", errors="replace")
    subs: dict[str, list[str]] = {}
    out: list[tuple[str, str, str]] = []
    for line in text.splitlines():
        body = line.split("#", 1)[0].strip()
        sub = _SUBSTITUTION.match(body)
        if sub:
            subs[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        m = _AGENT.match(body)
        if not m:
            continue
        phrases = [m.group(1)]
        for marker, words in subs.items():
            phrases = [p.replace(marker, "_" + w if not p.startswith(marker) else w + "_") if marker in p else p
                       for p in phrases for w in (words if marker in p else [""])]
        code = m.group(4)
        for phrase in phrases:
            noun = phrase.strip("_").replace("_", " ").lower()
            out.append((noun, "sg", code))
            plurals = [w.strip("_").replace("_", " ").lower() for w in (m.group(2) or "").split() if w.strip("_")]
            if m.group(2) is None and not noun.endswith("s"):
                plurals = [noun + "s"]
            out.extend((pl, "pl", code) for pl in plurals)
    return out


def validation_kb(actor_files: list[Path], agent_files: list[Path], lang: str = "en"):
    """An in-memory ActorKB from Phoenix-format actor and agent dictionaries, *instead of* the
    shipped data (PETRARCH's ``PETR.Validate.*`` toy dictionaries: Arnor=ARN, Gondor=GON …).

    A one-word primary name without a trailing ``_`` is a prefix in PETRARCH ("ARNOR" also matches
    "Arnorian"): such names get demonym forms so that "Arnorian police" reads as ARNCOP."""
    from foedus.actors.kb import build_kb

    rows, demonyms = [], []
    for path in actor_files:
        for entry in read_actor_file(path):
            names = [n for n in entry.names if n]
            if not names or not (entry.static_code or entry.roles):
                continue
            row = {"id": f"phoenix:{path.name}:{entry.line}", "kind": "organisation", "code": entry.static_code,
                   "names": {lang: names}, "origin": f"phoenix:{path.name}:{entry.line}"}
            if entry.roles:
                row = {"id": row["id"], "name": names[0], "aliases": {lang: names}, "code": entry.static_code,
                       "roles": [{"code": r.code, "start": r.start, "end": r.end} for r in entry.roles]}
            rows.append(row)
            code = entry.static_code or entry.roles[0].code
            if entry.prefix and len(code) == 3 and " " not in names[0]:
                stem = names[0]
                demonyms += [(lang, stem + end, code) for end in DEMONYM_ENDINGS]
                for cut in ("a", "e", "ia", "y"):  # Argentin-a → Argentin-ian / Argentin-e
                    if stem.lower().endswith(cut):
                        demonyms += [(lang, stem[: -len(cut)] + end, code) for end in DEMONYM_ENDINGS if end]
    agents = []
    for path in agent_files:
        for noun, number, code in read_agent_codes(path):
            agents.append((lang, noun, code, None, number))
    return build_kb(rows, agents, demonyms)

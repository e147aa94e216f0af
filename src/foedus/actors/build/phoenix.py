"""Readers of the PETRARCH/Phoenix TABARI-style dictionaries (MIT, Open Event Data Alliance).

Only facts are taken: names, CAMEO-style codes and the date ranges of codes. The files are
read from a checkout given on the command line; nothing here runs when Foedus annotates text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_CODE = re.compile(r"\[([A-Z~]{3,15})(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]")


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
        if not body.strip():
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
        current = PhoenixEntry(names=[phoenix_name(name_part)], roles=roles, static_code=static, line=lineno)
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

"""Actor and agent phrases of PETRARCH/TABARI dictionaries, matched in a parsed sentence and
combined into codes the way PETRARCH does ("Arnor security officials" -> ARNGOV, "MSF Arnor" ->
NGOARN, "Lawmakers in Fornost and Gondor" -> FORLEG + GONLEG).

The files are read with their own conventions (see the comments of ``PETR.Validate.actors.txt``):
``NAME [CODE]`` or a name followed by ``+SYNONYM`` lines and indented code lines; codes may be
date-restricted (``[HOBGOV 19950601 - 19990815]``, ``[HOB < 950601]``, ``[HOBREB > 990816]``) or
name several actors at once (``[FRO/BIL/SAM]``); ``[---]`` is a known non-actor. Agents are
``PHRASE {PLURALS} [~CODE]`` (``~`` after the country) or ``[CODE~]`` (before it), with
substitution sets ``!PERSON! = MAN, MEN``. Names are matched as whole words, case-blind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Span

from foedus.actors.build.phoenix import phoenix_date

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(r"^([^\s<>]+)\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?$")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_AGENT = re.compile(r"^([^\s{\[]+)\s*(?:\{([^}]*)\})?\s*\[\s*(~?)\s*([A-Za-z]{2,15})\s*(~?)\s*\]")
NULL_ACTOR = "---"


@dataclass(frozen=True)
class DatedCode:
    codes: tuple[str, ...]
    start: str | None  # ISO dates, inclusive
    end: str | None


@dataclass
class ActorEntry:
    names: list[str]
    default: tuple[str, ...] = ()
    dated: list[DatedCode] = field(default_factory=list)

    def codes_on(self, date: str | None) -> tuple[str, ...]:
        """The narrowest date restriction containing the date wins (PETR unit tests DATE-04, -09, -11),
        else the undated code."""
        best: tuple[float, tuple[str, ...]] | None = None
        for dc in self.dated if date else []:
            if (dc.start and date < dc.start) or (dc.end and date > dc.end):
                continue
            width = _days(dc.start, dc.end)
            if best is None or width < best[0]:
                best = (width, dc.codes)
        return best[1] if best else self.default


@dataclass(frozen=True)
class AgentEntry:
    phrase: str
    code: str
    before_country: bool  # [NGO~]: written before the country code (NGOARN)


@dataclass
class PhraseBook:
    actors: dict[str, ActorEntry] = field(default_factory=dict)  # folded phrase -> entry
    agents: dict[str, AgentEntry] = field(default_factory=dict)
    longest: int = 1


@dataclass(frozen=True)
class PhraseMatch:
    start: int  # token indices in the Doc, end exclusive
    end: int
    actor: ActorEntry | None
    agent: AgentEntry | None


def _days(start: str | None, end: str | None) -> float:
    if not start or not end:
        return float("inf")
    y1, m1, d1 = (int(x) for x in start.split("-"))
    y2, m2, d2 = (int(x) for x in end.split("-"))
    return (y2 - y1) * 372 + (m2 - m1) * 31 + (d2 - d1)


def fold(text: str) -> str:
    return " ".join(re.sub(r"[_\s]+", " ", text).upper().split())


def _codes(raw: str) -> tuple[str, ...]:
    return tuple(c.strip().upper() for c in raw.split("/") if c.strip() and c.strip() != NULL_ACTOR)


def parse_code_block(raw: str) -> tuple[tuple[str, ...], DatedCode | None]:
    """``HOBGOV 19950601 - 19990815`` -> a dated code; ``FRO/BIL/SAM`` -> three undated codes."""
    m = _RESTRICTION.match(raw.strip())
    if m is None:
        return (), None
    codes = _codes(m.group(1))
    if m.group(2):
        day = phoenix_date(m.group(3))
        return (), DatedCode(codes, day, None) if m.group(2) == ">" else DatedCode(codes, None, day)
    if m.group(4):
        return (), DatedCode(codes, phoenix_date(m.group(4)), phoenix_date(m.group(5)))
    return codes, None


def _strip_comment(line: str) -> str:
    depth = 0
    for i, ch in enumerate(line):
        depth += ch == "["
        depth -= ch == "]"
        if ch == "#" and depth <= 0:
            return line[:i]
    return line


def read_actors(path: Path, book: PhraseBook) -> None:
    entry: ActorEntry | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("<"):
            continue
        line = _strip_comment(raw).rstrip()
        if not line.strip():
            continue
        blocks = _CODE_BLOCK.findall(line)
        name = _CODE_BLOCK.sub(" ", line).strip()
        if line[0] in " \t" or not name:
            name = ""
        elif name.startswith("+"):
            if entry is not None:
                entry.names.append(name[1:])
                _register(book, name[1:], entry)
            name = ""
        else:
            entry = ActorEntry([name])
            _register(book, name, entry)
        for block in blocks:
            if entry is None:
                continue
            codes, dated = parse_code_block(block)
            if dated is not None:
                entry.dated.append(dated)
            elif codes and not entry.default:
                entry.default = codes


def _register(book: PhraseBook, name: str, entry: ActorEntry) -> None:
    key = fold(name)
    if key and key not in book.actors:
        book.actors[key] = entry
        book.longest = max(book.longest, len(key.split()))


def plural(word: str) -> str:
    if word.endswith(("S", "X", "CH", "SH", "Z")):
        return word + "ES"
    if len(word) > 1 and word.endswith("Y") and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


def read_agents(path: Path, book: PhraseBook) -> None:
    subs: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _strip_comment(raw).strip()
        sub = _SUBSTITUTION.match(line)
        if sub:
            subs[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        m = _AGENT.match(line)
        if not m:
            continue
        code, before = m.group(4).upper(), bool(m.group(5)) and not m.group(3)
        phrases = [m.group(1)]
        for marker, words in subs.items():
            phrases = [p.replace(marker, f" {w} ") for p in phrases for w in words] if marker in m.group(1) else phrases
        for phrase in phrases:
            forms = [phrase]
            if m.group(2) is None:
                words = fold(phrase).split()
                forms.append(" ".join(words[:-1] + [plural(words[-1])]))
            else:
                forms += m.group(2).split()
            for form in forms:
                key = fold(form)
                if key and key not in book.agents:
                    book.agents[key] = AgentEntry(key, code, before)
                    book.longest = max(book.longest, len(key.split()))


def load_phrase_book(actor_files: list[Path], agent_files: list[Path]) -> PhraseBook:
    book = PhraseBook()
    for path in actor_files:
        read_actors(path, book)
    for path in agent_files:
        read_agents(path, book)
    return book


def find_phrases(tokens: Span, book: PhraseBook) -> list[PhraseMatch]:
    """Longest actor or agent phrase at each position, left to right (names win ties). Spans are
    compared as text, so "Barad-dur" (three tokens) matches BARAD-DUR."""
    found: list[PhraseMatch] = []
    n, i = len(tokens), 0
    while i < n:
        hit = None
        for j in range(min(n, i + book.longest + 3), i, -1):
            key = fold(tokens[i:j].text)
            if key in book.actors:
                hit = PhraseMatch(tokens[i].i, tokens[j - 1].i + 1, book.actors[key], None)
            elif key in book.agents:
                hit = PhraseMatch(tokens[i].i, tokens[j - 1].i + 1, None, book.agents[key])
            if hit:
                break
        if hit:
            found.append(hit)
            i += hit.end - hit.start
        else:
            i += 1
    return found


def with_agents(base: str, agents: list[AgentEntry]) -> str:
    """Append (or prefix) agent codes, skipping an agent the code already carries (USAGOV + GOV)."""
    code = base
    for agent in agents:
        if any(code[k:k + len(agent.code)] == agent.code for k in range(0, len(code), 3)):
            continue
        code = agent.code + code if agent.before_country else code + agent.code
    return code

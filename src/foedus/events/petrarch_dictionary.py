"""Readers of PETRARCH/TABARI verb and discard dictionaries (the format of ``PETR.Validate.verbs.txt``
and ``CAMEO.2.0.txt``), turned into an in-memory pattern set for ``events/petrarch_coder.py``.

Format, as the files themselves document it:

* ``&NAME`` opens a synset; ``+WORDS`` lines are its members (``_`` joins words; a member may be
  another synset, ``+&OTHER``, which is expanded).
* ``--- VERB [code] ---`` opens a verb block. The lines that follow without a leading ``-`` are the
  verb's forms: ``BAN {BANS BANNED}`` (irregular forms in braces), ``DOWNPLAY [014]`` (a synonym
  with its own default code), ``KLM_NOP_+RST`` / ``+CORDON_OFF`` (multi-word verbs; ``+`` marks the
  word that is the verb).
* ``- upper * lower [code]`` lines are the block's patterns: words before (upper) and after (lower)
  the verb ``*``. Words joined by ``_`` must be adjacent, words separated by spaces may have other
  words between them. ``$`` / ``+`` mark where the source / target actor is, ``^`` skips an actor,
  ``%`` is a compound actor, ``&NAME`` is any member of a synset.
* A code ``[A:B]`` is a paired event: A from source to target and B from target to source;
  ``[---]`` means "do not code".
* ``#`` starts a comment (but not inside ``[###]``); ``<!-- -->`` lines are comments.

Discard files list words or phrases: a leading ``+`` discards the whole story, otherwise only the
sentence that contains the phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

NULL_CODES = {"", "---"}
ACTOR_SLOTS = {"$": "source", "+": "target", "^": "skip", "%": "compound"}
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_HEADER = re.compile(r"^---\s+(.+?)\s*---\s*$")
_IRREGULAR = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class PatternItem:
    """One element of a pattern: a word, a synset (``&NAME``) or an actor slot (source/target/skip/compound)."""

    kind: str  # word | synset | source | target | skip | compound
    value: str
    adjacent: bool  # must touch the element before it (the verb, for the first lower item)


@dataclass
class VerbPattern:
    upper: list[PatternItem]  # text order, the last item is the one nearest the verb
    lower: list[PatternItem]  # text order, the first item is the one nearest the verb
    code: str
    line: int

    @property
    def size(self) -> int:
        return len(self.upper) + len(self.lower)


@dataclass
class VerbForm:
    """A verb as written in the text: its words, the index of the inflected word, its inflections."""

    words: tuple[str, ...]
    head: int
    inflections: frozenset[str]  # upper-case forms the head word may take
    code: str | None  # the form's own default code, else the block's
    block: "VerbBlock"


@dataclass
class VerbBlock:
    name: str
    code: str
    forms: list[VerbForm] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)
    by_word: dict[str, list[VerbForm]] = field(default_factory=dict)  # inflected head word -> forms

    def forms_for(self, word: str) -> list[VerbForm]:
        return self.by_word.get(word.upper(), [])

    def members(self, synset: str) -> list[tuple[str, ...]]:
        return self.synsets.get(synset, [])


@dataclass
class DiscardList:
    sentence: list[tuple[str, ...]] = field(default_factory=list)
    story: list[tuple[str, ...]] = field(default_factory=list)


def strip_comment(line: str) -> str:
    """Drop ``# ...`` comments, keeping ``#`` inside square brackets (the ``[###]`` code)."""
    depth = 0
    for i, ch in enumerate(line):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "#" and depth == 0:
            return line[:i].rstrip()
    return line.rstrip()


def regular_inflections(base: str) -> set[str]:
    """English regular verb endings of an upper-case base form (PETRARCH conjugates the same way)."""
    forms = {base, base + "S", base + "ED", base + "ING"}
    if base.endswith("E"):
        forms = (forms - {base + "ED"}) | {base + "D"}  # FREE -> FREED, AGREE -> AGREED
        if not base.endswith("EE"):
            forms = (forms - {base + "ING"}) | {base[:-1] + "ING"}  # CELEBRATE -> CELEBRATING
    if base.endswith(("S", "SH", "CH", "X", "Z", "O")):
        forms.add(base + "ES")
    if len(base) > 2 and base.endswith("Y") and base[-2] not in "AEIOU":
        forms |= {base[:-1] + "IES", base[:-1] + "IED"}
    if 2 < len(base) <= 4 and base[-1] not in "AEIOUWXY" and base[-2] in "AEIOU" and base[-3] not in "AEIOU":
        forms |= {base + base[-1] + "ED", base + base[-1] + "ING"}  # STAB -> STABBED, STOP -> STOPPED
    return forms


def _verb_words(raw: str) -> tuple[tuple[str, ...], int]:
    """``WIRE_+TAP`` -> (("WIRE", "TAP"), 1); ``+CORDON_OFF`` -> (("CORDON", "OFF"), 0)."""
    parts = [p for p in re.split(r"[_\s]+", raw.strip()) if p]
    head = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    return tuple(p.lstrip("+") for p in parts), head


def parse_code(raw: str) -> str:
    return raw.strip().replace(" ", "")


def _pattern_items(text: str) -> list[tuple[str, str, bool]]:
    """Tokens of one side of a pattern as (kind, value, joined-to-previous-by-underscore)."""
    items: list[tuple[str, str, bool]] = []
    for chunk in text.split():
        for n, part in enumerate(chunk.split("_")):
            if not part:
                continue
            kind = ACTOR_SLOTS.get(part, "synset" if part.startswith("&") else "word")
            items.append((kind, part.lstrip("&") if kind == "synset" else part, n > 0 and bool(chunk.split("_")[n - 1])))
    return items


def parse_pattern(body: str, line: int, default: str) -> VerbPattern | None:
    """``SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [111]`` -> upper/lower item lists and the code."""
    codes = _CODE_BLOCK.findall(body)
    code = parse_code(codes[0]) if codes else default
    text = _CODE_BLOCK.sub(" ", body).strip()
    star = re.search(r"(_?)\*(_?)", text)
    if star is None:
        return None
    upper_items = _pattern_items(text[: star.start()])
    lower_items = _pattern_items(text[star.end():])
    upper: list[PatternItem] = []
    for n, (kind, value, _) in enumerate(upper_items):
        # adjacency of an upper item is to the item after it (nearer the verb)
        touches = upper_items[n + 1][2] if n + 1 < len(upper_items) else bool(star.group(1))
        upper.append(PatternItem(kind, value, touches))
    lower = [PatternItem(kind, value, joined if n else bool(star.group(2)))
             for n, (kind, value, joined) in enumerate(lower_items)]
    return VerbPattern(upper, lower, code, line)


def _add_form(book: VerbDictionary, block: VerbBlock, body: str) -> None:
    irregular = _IRREGULAR.search(body)
    codes = _CODE_BLOCK.findall(body)
    name = _CODE_BLOCK.sub(" ", _IRREGULAR.sub(" ", body)).strip()
    if not name:
        return
    words, head = _verb_words(name)
    inflections = regular_inflections(words[head])
    for extra in (irregular.group(1).split() if irregular else []):
        extra_words, extra_head = _verb_words(extra)
        inflections.add(extra_words[extra_head])
    form = VerbForm(words, head, frozenset(inflections), parse_code(codes[0]) if codes else None, block)
    block.forms.append(form)
    for word in form.inflections:
        book.by_word.setdefault(word, []).append(form)


def _expand_synsets(raw: dict[str, list[str]]) -> dict[str, list[tuple[str, ...]]]:
    def expand(name: str, seen: frozenset[str]) -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        for member in raw.get(name, []):
            if member.startswith("&"):
                inner = member[1:].strip("_")
                if inner not in seen:
                    out.extend(expand(inner, seen | {inner}))
            else:
                out.append(tuple(w for w in re.split(r"[_\s]+", member) if w))
        return out

    return {name: [m for m in expand(name, frozenset({name})) if m] for name in raw}


def read_verb_dictionary(path: Path) -> VerbDictionary:
    return parse_verb_dictionary(path.read_text(encoding="utf-8", errors="replace"))


def parse_verb_dictionary(text: str) -> VerbDictionary:
    book = VerbDictionary()
    raw_synsets: dict[str, list[str]] = {}
    synset: str | None = None
    block: VerbBlock | None = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        if raw.lstrip().startswith("<"):
            continue
        body = strip_comment(raw).strip()
        if not body:
            continue
        header = _HEADER.match(body)
        if header:
            codes = _CODE_BLOCK.findall(header.group(1))
            name = _CODE_BLOCK.sub(" ", header.group(1)).strip()
            block = VerbBlock(name, parse_code(codes[0]) if codes else "---")
            book.blocks.append(block)
            synset = None
            continue
        if body.startswith("&"):
            synset = body[1:].split()[0].strip("_")
            raw_synsets[synset] = []
            block = None
            continue
        if synset is not None and body.startswith("+"):
            raw_synsets[synset].append(body[1:].strip())
            continue
        if block is None:
            continue
        if body.startswith("-"):
            pattern = parse_pattern(body[1:], lineno, block.code)
            if pattern is not None:
                block.patterns.append(pattern)
        else:
            _add_form(book, block, body)
    book.synsets = _expand_synsets(raw_synsets)
    for blk in book.blocks:
        # longer patterns are tried first (PETR unit tests PATTERN-29..31), then file order
        blk.patterns.sort(key=lambda p: (-p.size, p.line))
    return book


def read_discards(path: Path) -> DiscardList:
    return parse_discards(path.read_text(encoding="utf-8", errors="replace"))


def parse_discards(text: str) -> DiscardList:
    out = DiscardList()
    for raw in text.splitlines():
        body = strip_comment(raw).strip()
        if not body or body.startswith("<"):
            continue
        story = body.startswith("+")
        words = tuple(w.upper() for w in re.split(r"[_\s]+", body.lstrip("+")) if w)
        if words:
            (out.story if story else out.sentence).append(words)
    return out

"""Find the spans between quotation marks in raw text («…», “…”, "…", ‹…›), nesting kept inside."""

from __future__ import annotations

from dataclasses import dataclass

from foedus.language.syntax import doc_text

PAIRS = {"«": "»", "“": "”", "‹": "›", "„": "“"}
STRAIGHT = '"'
OPENING_MARKS = set(PAIRS) | {STRAIGHT}
MAX_QUOTE_CHARS = 3000  # an unclosed mark must not swallow the rest of a long article


@dataclass(frozen=True)
class MarkedSpan:
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark
    start: int  # first character of the inner text (outer spaces dropped)
    end: int  # one past its last character

    def text(self, doc_text: str) -> str:
        return doc_text[self.start:self.end]


def _inner(text: str, open_at: int, close_at: int) -> MarkedSpan | None:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkedSpan(open_at, close_at, start, end) if end > start else None


def find_marked_spans(text: str, single: dict[str, str] | None = None) -> list[MarkedSpan]:
    """Outermost quotation spans in text order; marks nested inside a span stay in its text.
    `single`: the language's single marks (English 'x' and ‘x’), opening → closing."""
    spans: list[MarkedSpan] = []
    i, n = 0, len(text)
    single = single or {}
    while i < n:
        ch = text[i]
        if ch in PAIRS:
            close = _find_close(text, i, ch, PAIRS[ch])
        elif ch == STRAIGHT:
            close = _find_straight_close(text, i)
        elif ch in single:
            close = _find_single_close(text, i, single[ch])
        else:
            i += 1
            continue
        if close is None:
            i += 1
            continue
        span = _inner(text, i, close)
        if span:
            spans.append(span)
        i = close + 1
    return spans


def _find_close(text: str, open_at: int, opener: str, closer: str) -> int | None:
    depth, j, limit = 0, open_at, min(len(text), open_at + MAX_QUOTE_CHARS)
    straight: int | None = None  # a straight mark closing a curly quote: “… imposed," (no ” follows)
    while j < limit:
        c = text[j]
        if c == "«" == opener and depth == 1 and j > open_at + 1 and not text[j - 1].isspace() \
                and (j + 1 == len(text) or not text[j + 1].isalnum()):
            return j  # a wrongly oriented closing mark glued to the last word ("… de notre part« , a-t-il")
        if c == opener and opener != closer:
            depth += 1
        elif c == closer:
            depth -= 1
            if depth == 0:
                return j
        elif c == "\n" and depth == 1 and continued_in_next_paragraph(text, j):
            # the quote goes on in the next paragraph, which opens with a mark again (a straight mark
            # seen in this paragraph closed it already: "“… regime," stressing that …")
            return straight if straight is not None else j
        elif c == "\n" and j + 1 < len(text) and text[j + 1] == "\n" and opener != "«":
            return straight if depth == 1 else None  # typographic quotes do not run across paragraphs
        elif c == STRAIGHT and opener == "“" and straight is None and j > open_at + 1 and not text[j - 1].isspace() \
                and (j + 1 == len(text) or not text[j + 1].isalnum()):
            straight = j
        j += 1
    if depth == 1 and j >= len(text) and straight is None and cut_off_at_end(text, open_at):
        return len(text)
    return straight if depth == 1 and j >= len(text) else None


def continued_in_next_paragraph(text: str, newline: int) -> bool:
    """News style on both sides of the Channel and the Atlantic: a quote running over several
    paragraphs is not closed at the end of each; the next paragraph opens with a mark again
    ("Australia is not a party.¶"We hope…""). This paragraph's words end at the line break."""
    rest = text[newline:newline + 12].lstrip(" \t\n\u00a0")
    return text[newline - 1:newline] != "\n" and bool(rest) and rest[0] in OPENING_MARKS


def cut_off_at_end(text: str, open_at: int) -> bool:
    """A body cut off inside its last quote ("China has lodged serious representa"): the quote
    opened its paragraph or followed a colon and the text stops mid-word, with no line break."""
    # (only the tail is read: the caller reaches here for a mark within MAX_QUOTE_CHARS of the end)
    k = open_at - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    tail = text[open_at:].rstrip()
    return "\n" not in tail and tail[-1:].isalnum() and (k < 0 or text[k] in "\n:")


def _find_straight_close(text: str, open_at: int) -> int | None:
    # A straight quote opens after a space/punctuation/start and closes before one.
    if open_at > 0 and text[open_at - 1].isalnum():
        return None
    limit = min(len(text), open_at + MAX_QUOTE_CHARS)
    j = open_at + 1
    while j < limit:
        if text[j] == "\n" and continued_in_next_paragraph(text, j):
            return j
        if text[j] == "\n" and text[j - 1] == "\n":
            return None
        if text[j] == STRAIGHT and (j + 1 == len(text) or not text[j + 1].isalnum()):
            return j
        j += 1
    return len(text) if j >= len(text) and cut_off_at_end(text, open_at) else None


MAX_SINGLE_CHARS = 300  # single marks quote words or a phrase; an apostrophe must not open a long span


def _find_single_close(text: str, open_at: int, closer: str) -> int | None:
    """A single mark opens after a space or an opening bracket, before a letter, and closes after
    a letter or punctuation, before a non-letter — so that apostrophes ("it's", "l'État", "the
    countries' leaders") neither open nor close a quote."""
    if (open_at > 0 and not (text[open_at - 1].isspace() or text[open_at - 1] in "([")) \
            or open_at + 1 >= len(text) or not text[open_at + 1].isalpha():
        return None
    limit = min(len(text), open_at + MAX_SINGLE_CHARS)
    for j in range(open_at + 3, limit):  # two characters at least ("rock 'n' roll" is no quote)
        if text[j] == "\n":
            return None
        if text[j] == closer and not text[j - 1].isspace() and (j + 1 == len(text) or not text[j + 1].isalnum()):
            return j
    return None


def marked_ranges(doc) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of a parsed text's quotation spans, computed once per Doc."""
    cached = doc.user_data.get("foedus_marked_ranges")
    if cached is None:
        cached = [(span.open_at, span.close_at) for span in find_marked_spans(doc_text(doc))]
        doc.user_data["foedus_marked_ranges"] = cached
    return cached


def between_marks(doc, char: int) -> bool:
    """The character lies between quotation marks (strictly inside a span's marks)."""
    return any(lo < char < hi for lo, hi in marked_ranges(doc))

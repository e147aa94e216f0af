"""Round-ups of reactions ("Voici les principales réactions…", Reuters and AFP factboxes) head each
section with its speaker on a line of its own, in capitals: "* PAOLO GENTILONI, COMMISSAIRE
EUROPÉEN …" then «"Vive la République!", s'est-il exclamé». The quotes of that section whose speaker
is not named in the section itself (a pronoun, no cue, or a person the pronoun resolver took from
elsewhere) are the heading's person's. Read from the text alone; `heading_speakers` sets the speakers in place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from foedus.records import Mention, Quote

BULLETS = "*•-–—·"
# a name of two to four capitalised words, then a comma and the person's role
NAME_THEN_ROLE = re.compile(r"^([^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){1,3}), \w")


@dataclass(frozen=True)
class Heading:
    start: int  # where the heading line starts
    end: int  # where the section it heads ends (the next heading or the text's end)
    speaker: str


def _heading_speaker(line: str) -> str | None:
    """The person a capitals heading line names ("* STEFANOS KASSELAKIS, CHEF DE FILE DU PARTI GREC
    SYRIZA" → "Stefanos Kasselakis"), or None for any other line."""
    body = line.strip().lstrip(BULLETS).strip()
    letters = [ch for ch in body if ch.isalpha()]
    if len(letters) < 6 or any(ch.islower() for ch in letters):
        return None
    found = NAME_THEN_ROLE.match(body)
    return found.group(1).title() if found else None


def reaction_headings(text: str) -> list[Heading]:
    """The capitals headings naming a person, each with the span of the section it heads."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    found = [(start, speaker) for start, line in lines if (speaker := _heading_speaker(line))]
    # a capitals line that names nobody (a subheading) ends the section before it as well
    ends = sorted({start for start, line in lines if line.strip() and not any(ch.islower() for ch in line)
                   and sum(ch.isalpha() for ch in line) >= 6} | {len(text)})
    return [Heading(start, next(e for e in ends if e > start), speaker) for start, speaker in found]


def heading_speakers(text: str, quotes: list[Quote]) -> None:
    """Give a section's quotes the heading's person when the section names no other speaker."""
    for heading in reaction_headings(text):
        line_end = text.find("\n", heading.start)
        section = text[line_end if line_end >= 0 else heading.end:heading.end].lower()  # (its body, not the heading)
        own = {word.casefold() for word in heading.speaker.split()}
        for q in quotes:
            if not q.speech or not heading.start < q.start < heading.end:
                continue
            words = [word for word in (q.speaker_text or "").split() if len(word) > 3]
            named_here = bool(words) and any(word.lower() in section for word in words)
            if not named_here or all(word.casefold() in own for word in words):  # ("KASSELAKIS": the heading's, written short)
                q.speaker_text, q.speaker_actor_id, q.speaker_code = heading.speaker, None, None
                q.rule, q.confidence = "reaction-heading", 0.6


CROSSHEAD_MAX_WORDS = 12
SENTENCE_END = tuple(".!?…:;»\"”)")


@lru_cache(maxsize=8)
def crossheads(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the crossheads inside a body: a short line between paragraphs, capitalised and
    without final punctuation ("Washington demande des preuves"). The first line (the headline)
    is not one."""
    spans, offset = [], 0
    for line in text.split("\n"):
        body = line.strip()
        if offset > 0 and body and body[0].isupper() and not body.endswith(SENTENCE_END) \
                and len(body.split()) <= CROSSHEAD_MAX_WORDS and offset + len(line) < len(text.rstrip()):
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return tuple(spans)


def off_crossheads(text: str, candidates: list[Mention], is_person) -> list[Mention]:
    """A crosshead is a title, not narrative: a body or place named on it is no later pronoun's
    antecedent ("Washington demande des preuves" then "« … », a-t-il martelé" is still the
    president's); a person it names may be the next paragraph's subject, and stays."""
    spans = crossheads(text)
    return [m for m in candidates if is_person(m) or not any(start <= m.start < end for start, end in spans)] \
        if spans else candidates

"""A pronoun after a quote names the reporter, not a person named inside what was reported.

"Poutine a eu 140 conversations, selon Iouri Ouchakov. « … », a-t-il déclaré.": the pronoun's
nearest agreeing antecedent, Poutine, stands inside reported speech; like the words between
quotation marks, a reported clause is the source's account, not narrative that introduces a new
topic. The one who spoke last, the source of that clause, goes on speaking.
"""

from __future__ import annotations

import re

from foedus.actors.given_names import given_name_gender
from foedus.records import Mention, Quote

# the incise after a closing mark holds an inverted subject clitic: "», a-t-il déclaré", "», ajoute-t-elle"
PRONOUN_INCISE = re.compile(r"^[\s,»”\"]*(?:\w+\s+)?\w+-(?:t-)?(il|elle|he|she)\b", re.IGNORECASE)
REPORTED_KINDS = {"indirect", "selon", "mixed"}
# a description's article gives its gender ("la télévision d'État" is no "il")
ARTICLE_GENDER = {"la": "f", "une": "f", "cette": "f", "le": "m", "un": "m", "ce": "m", "cet": "m"}


def incise_pronoun(text: str, quote: Quote) -> str | None:
    """"il" / "elle" when the quote is followed by an incise with an inverted subject clitic."""
    found = PRONOUN_INCISE.match(text[quote.end:quote.end + 40])
    return found.group(1).lower() if found else None


def reporter_goes_on(text: str, direct: list[Quote], reported: list[Quote], mentions: list[Mention], lang: str) -> None:
    """Give a direct quote whose incise pronoun was resolved to a person named (or a noun phrase
    written) inside the reported clause just before it the source of that clause (when the
    source's gender agrees)."""
    for q in direct:
        pronoun = incise_pronoun(text, q) if q.speech and q.speaker_text and q.rule == "incise-verb" else None
        if pronoun is None:
            continue
        before = [c for c in reported if c.end <= q.start and c.speaker_text and c.speaker_text != q.speaker_text
                  and q.sentence - c.sentence <= 1]
        if not before:
            continue
        clause = max(before, key=lambda c: c.end)
        if any(clause.end <= o.start < q.start for o in direct if o is not q):
            continue  # another quote came between: the pronoun follows that one
        named = [m.start for m in mentions if m.start < q.start and _names(m, q.speaker_text)]
        named.append(text.rfind(q.speaker_text, 0, q.start))  # an unnamed subject taken up ("Un kamikaze s'est fait exploser")
        if not named or not clause.start <= max(named) < clause.end:
            continue
        gender = next((m.gender for m in mentions if m.gender and _names(m, clause.speaker_text)), None) \
            or given_name_gender(clause.speaker_text, lang) or ARTICLE_GENDER.get(clause.speaker_text.split()[0].lower())
        if gender is not None and gender != ("f" if pronoun in {"elle", "she"} else "m"):
            continue
        q.speaker_text, q.speaker_actor_id, q.speaker_code = clause.speaker_text, clause.speaker_actor_id, clause.speaker_code
        q.rule, q.confidence = "incise-pronoun-reporter", 0.6


def _names(m: Mention, speaker: str) -> bool:
    """The mention is a form of the speaker's name ("Poutine" of "Vladimir Poutine")."""
    words = (m.name or m.text or "").split()
    return bool(words) and set(words) <= set(speaker.split())

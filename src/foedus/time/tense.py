"""Guess whether the clause around a time expression speaks of the past or the future.

The direction decides which "jeudi" or "décembre" is meant. With a spaCy Doc we read the
morphology of the governing verb; without one we look for cheap surface cues in the same
sentence (auxiliary + participle, future endings, "va" + infinitive) and keep the nearest.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from foedus.time.calendar import FUTURE, PAST, PRESENT
from foedus.time.lexicon import Lexicon, Tense

if TYPE_CHECKING:  # spaCy stays optional for this module
    from spacy.tokens import Doc, Token

# Apostrophes split words ("s'est" → "s", "est") so that reflexive compound tenses are seen.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
SENTENCE_END = re.compile(r"[.!?…]+(?=\s)|\n")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Cheap sentence around [start, end): from the last sentence end before to the next after."""
    left = 0
    for m in SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = SENTENCE_END.search(text, end)
    return left, (m.start() if m else len(text))


def _participle(word: str, t: "Tense") -> bool:
    return len(word) > 2 and word.endswith(t.participle_endings) and not word.endswith(t.participle_non_endings)


def _cues(words: list[tuple[int, str]], lex: Lexicon) -> list[tuple[int, str]]:
    """(position, direction) of every tense cue among the sentence's words."""
    t = lex.tense
    cues: list[tuple[int, str]] = []
    lowered = [(pos, w.lower().replace("\u2019", "'")) for pos, w in words]
    for i, (pos, w) in enumerate(lowered):
        following = [x for _, x in lowered[i + 1 : i + 2 + t.participle_max_gap]]
        if w in t.scheduling_words:
            # "prévu le 3 août", "fixé à samedi": a past participle that announces a future date.
            cues.append((pos, FUTURE))
        elif w in t.past_auxiliaries and any(_participle(f, t) for f in following):
            cues.append((pos, PAST))
        elif w in t.past_words or (len(w) > 4 and w.endswith(t.past_endings) and words[i][1].islower()):
            cues.append((pos, PAST))
        elif w in t.future_auxiliaries and following:
            cues.append((pos, FUTURE))
        elif (
            t.future_endings
            and len(w) >= 3
            and w.endswith(t.future_endings)
            and w not in t.future_excluded
            and words[i][1].islower()
        ):
            cues.append((pos, FUTURE))
    return cues


def _phrase_cues(sentence: str, offset: int, lex: Lexicon) -> list[tuple[int, str]]:
    """Multi-word cues ("il y a", "going to") found as phrases."""
    low = sentence.lower().replace("\u2019", "'")
    found: list[tuple[int, str]] = []
    for phrase, direction in [(p, PAST) for p in lex.tense.past_markers] + [
        (p, FUTURE) for p in lex.tense.future_markers + tuple(a for a in lex.tense.future_auxiliaries if " " in a)
    ]:
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low):
            found.append((offset + m.start(), direction))
    return found


def cheap_tense(text: str, start: int, end: int, lex: Lexicon, bounds: tuple[int, int] | None = None) -> str | None:
    left, right = bounds if bounds else sentence_bounds(text, start, end)
    sentence = text[left:right]
    words = [(left + m.start(), m.group()) for m in WORD.finditer(sentence)]
    # The expression's own words ("dernier", "prochain") are handled by the caller.
    words = [(p, w) for p, w in words if not (start <= p < end)]
    before = [w for p, w in words if p < start][-3:]
    if before and _bare_participle(before, lex):
        # "annoncées mercredi", "lancé vendredi", "réélu dimanche": the participle dates the past act.
        return PAST
    cues = _cues(words, lex) + _phrase_cues(sentence, left, lex)
    middle = (start + end) / 2
    cues = [c for c in cues if abs(c[0] - middle) <= lex.tense.max_cue_distance]
    if not cues:
        return None
    return min(cues, key=lambda c: abs(c[0] - middle))[1]


def _bare_participle(before: list[str], lex: Lexicon) -> bool:
    """One of the two words before the expression is a participle not announcing a schedule."""
    t = lex.tense
    lowered = [w.lower() for w in before]
    if any(w in t.scheduling_words for w in lowered):
        return False
    for i in range(max(0, len(before) - 2), len(before)):
        word, low = before[i], lowered[i]
        if len(low) < 4 or not word[1:].islower():
            continue
        previous = lowered[i - 1] if i > 0 else ""
        if previous in t.past_auxiliaries or (t.future_endings and previous.endswith(t.future_endings)):
            continue  # "seront retirées", "a été signé": a compound form, left to the cue scan
        if lex.lang == "fr" and low.endswith(("é", "ée", "és", "ées")):
            return True
        if lex.lang == "en" and (low.endswith("ed") or low in t.past_words):
            return True
    return False


def _verb_direction(verb: "Token") -> str | None:
    morph = verb.morph
    tense = morph.get("Tense")
    form = morph.get("VerbForm")
    aux_lemmas = {c.lemma_.lower() for c in verb.children if c.dep_.startswith("aux")}
    if "Fut" in tense:
        return FUTURE
    if "Part" in form and aux_lemmas & {"avoir", "être", "have", "be"}:
        return PAST
    if "Inf" in form and aux_lemmas & {"aller", "devoir", "will", "shall"}:
        return FUTURE
    if aux_lemmas & {"will", "shall"}:
        return FUTURE
    if "Past" in tense or "Imp" in tense:
        return PAST
    if "Pres" in tense:
        return PRESENT
    return None


def doc_tense(doc: "Doc", start: int, end: int) -> str | None:
    """Direction from the verb that governs the token at `start` (None when none is found)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX"):
            direction = _verb_direction(token)
            if direction is not None or "Inf" not in token.morph.get("VerbForm") or token.head is token:
                return direction
            # a bare infinitive has no tense of its own: "a hésité … avant de rallier la Suisse samedi soir"
            governing = token.head if token.head.pos_ in ("VERB", "AUX") else None
            return found if governing is not None and (found := _verb_direction(governing)) in (PAST, FUTURE) else None
        if token.head is token:
            break
        token = token.head
    return None


def clause_tense(
    text: str,
    start: int,
    end: int,
    lex: Lexicon,
    doc: "Doc | None" = None,
    bounds: tuple[int, int] | None = None,
) -> str | None:
    """PAST, FUTURE, PRESENT or None (unknown) for the clause around [start, end)."""
    if doc is not None:
        found = doc_tense(doc, start, end)
        if found in (PAST, FUTURE):
            return found
        cheap = cheap_tense(text, start, end, lex, bounds)
        return cheap or found
    return cheap_tense(text, start, end, lex, bounds)

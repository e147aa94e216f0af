"""Speech-verb, speech-noun, source-marker and term-marker lexicons (data files in quotes/data/)."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from foedus.quotes.speaker_words import HUMAN_NOUN_ENDINGS

DATA = Path(__file__).with_name("data")


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(lines, delimiter="\t")]


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str
    cls: str  # assertive | directive | commissive | question | expressive
    frames: frozenset[str]  # que, inf, incise, direct, obj


@dataclass(frozen=True)
class SpeechLexicon:
    verbs: dict[str, SpeechVerb]
    markers: frozenset[str]  # "selon", "d'après", "according to" (lower-case, as words)
    speech_nouns: frozenset[str]  # nouns that head a speaker phrase (sources, roles, relations)
    term_markers: frozenset[str]  # nouns/participles that introduce a name in quotes ("opération")
    link_prefixes: tuple[str, ...]  # line openings of linked headlines ("En savoir plus")
    shift_markers: tuple[str, ...] = ()  # "de son côté": the clause turns to another actor
    interview_nouns: frozenset[str] = frozenset()  # "dans une interview à X": X is the addressee
    channel_nouns: frozenset[str] = frozenset()  # "sur Twitter", "on Telegram": where it was posted
    document_nouns: frozenset[str] = frozenset()  # "communiqué", "statement": its author speaks through it
    role_nouns: frozenset[str] = frozenset()  # "porte-parole", "official": people whose job is to speak
    # multiword "selon"-type markers as word sequences ("de l'avis de" → ("de", "l'", "avis", "de"))
    source_phrases: tuple[tuple[str, ...], ...] = ()
    single_marks: tuple[tuple[str, str], ...] = ()  # English 'x' and ‘x’: (opening, closing)

    def verb(self, lemma: str) -> SpeechVerb | None:
        return self.verbs.get(lemma.lower())

    def is_assertive(self, lemma: str) -> bool:
        v = self.verb(lemma)
        return v is not None and v.cls == "assertive"


@lru_cache(maxsize=None)
def speech_lexicon(lang: str) -> SpeechLexicon:
    verbs = {}
    for row in _rows(DATA / f"speech_verbs_{lang}.tsv"):
        frames = frozenset(f.strip() for f in row.get("frames", "").split(",") if f.strip())
        verbs[row["lemma"].lower()] = SpeechVerb(row["lemma"].lower(), row.get("class", "assertive"), frames)
    marker_rows = [r for r in _rows(DATA / "source_markers.tsv") if r.get("lang") == lang]
    markers = frozenset(r["marker"].lower() for r in marker_rows)
    # "d'après" and "according to" have their own parse-based handling in cues.marker_source
    phrases = tuple(marker_words(r["marker"]) for r in marker_rows if r.get("kind") in {"according", "opinion"}
                    and " " in r["marker"] and r["marker"].lower() not in {"according to"})
    noun_rows = [r for r in _rows(DATA / "speech_nouns.tsv") if r.get("lang") == lang]
    relational = (r["lemma"].lower() for r in _rows(DATA / "relational_nouns.tsv") if r.get("lang") == lang)
    nouns = frozenset(r["noun"].lower() for r in noun_rows) | frozenset(relational)  # "le frère de X" speaks
    interviews = frozenset(r["noun"].lower() for r in _rows(DATA / "interview_nouns.tsv") if r.get("lang") == lang)
    terms = _rows(DATA / "term_markers.tsv")
    return SpeechLexicon(
        verbs=verbs,
        markers=markers,
        speech_nouns=nouns,
        term_markers=frozenset(r["word"].lower() for r in terms if r.get("lang") == lang and r.get("kind") == "term"),
        link_prefixes=tuple(r["word"].lower() for r in terms if r.get("lang") == lang and r.get("kind") == "link"),
        interview_nouns=interviews,
        channel_nouns=frozenset(r["noun"].lower() for r in _rows(DATA / "channel_nouns.tsv") if r.get("lang") == lang),
        document_nouns=frozenset(r["noun"].lower() for r in noun_rows if r.get("kind") == "document"),
        role_nouns=frozenset(r["noun"].lower() for r in noun_rows if r.get("kind") == "speaker_role"),
        shift_markers=tuple(r["word"].lower() for r in terms if r.get("lang") == lang and r.get("kind") == "shift"),
        source_phrases=phrases,
        single_marks=tuple((r["open"], r["close"]) for r in _rows(DATA / "quote_marks.tsv") if r.get("lang") == lang),
    )


def marker_words(marker: str) -> tuple[str, ...]:
    """A marker as the tokens the French tokenizer makes of it: elided words keep their apostrophe."""
    return tuple(re.findall(r"[^\s'’]+['’]?", marker.lower().replace("’", "'")))


@lru_cache(maxsize=None)
def _word_list(file: str, column: str, lang: str) -> frozenset[str]:
    """The lower-cased `column` of a data file's rows for `lang`."""
    return frozenset(r[column].lower() for r in _rows(DATA / file) if r.get("lang") == lang)


def circumstance_nouns(lang: str) -> frozenset[str]:
    """Nouns heading a circumstance ("pour l'instant"), never an opinion holder (circumstance_nouns.tsv)."""
    return _word_list("circumstance_nouns.tsv", "noun", lang)


def locution_nouns(lang: str) -> frozenset[str]:
    """Nouns heading a locution after "à" ("à l'issue de", "au lendemain de"), never an addressee (locution_nouns.tsv)."""
    return _word_list("locution_nouns.tsv", "noun", lang)


def follower_nouns(lang: str) -> frozenset[str]:
    """Nouns of a person's side ("le camp Gbagbo"): the group speaks, not the person (follower_nouns.tsv)."""
    return _word_list("follower_nouns.tsv", "noun", lang)


def relay_verbs(lang: str) -> frozenset[str]:
    """Verbs of relaying a document ("le communiqué repris par X"): data/relay_verbs.tsv."""
    return _word_list("relay_verbs.tsv", "lemma", lang)


def speechless_nouns(lang: str) -> frozenset[str]:
    """Machines and weapons that never speak ("avion", "drone"): data/speechless_nouns.tsv."""
    return _word_list("speechless_nouns.tsv", "lemma", lang)


def voice_nouns(lang: str) -> frozenset[str]:
    """Nouns of "par la voix de X" ("voix", "voie", "bouche"): data/voice_nouns.tsv."""
    return _word_list("voice_nouns.tsv", "lemma", lang)


def sending_verbs(lang: str) -> frozenset[str]:
    """Verbs of sending someone on a mission ("dépêcher X pour exprimer …"): data/sending_verbs.tsv."""
    return _word_list("sending_verbs.tsv", "lemma", lang)


def meeting_verbs(lang: str) -> frozenset[str]:
    """Verbs of meeting someone ("rencontrer", "met with"): data/meeting_verbs.tsv."""
    return _word_list("meeting_verbs.tsv", "lemma", lang)


@lru_cache(maxsize=None)
def conversation_words(lang: str, kind: str) -> frozenset[str]:
    """Nouns ("entretien", "call") or verbs of talking ("parler", "speak") of a conversation:
    data/conversation_words.tsv."""
    return frozenset(r["lemma"].lower() for r in _rows(DATA / "conversation_words.tsv")
                     if r.get("lang") == lang and r.get("kind") == kind)


def spokesperson_nouns(lang: str) -> frozenset[str]:
    """Titles of people who speak for a body ("porte-parole"): data/spokesperson_nouns.tsv."""
    return _word_list("spokesperson_nouns.tsv", "noun", lang)


def leader_nouns(lang: str) -> frozenset[str]:
    """Nouns of a leader in general ("le dirigeant"), of no one office: data/leader_nouns.tsv."""
    return _word_list("leader_nouns.tsv", "noun", lang)


@lru_cache(maxsize=None)
def honorific_titles(lang: str) -> dict[str, str]:
    """Honorific (lower case, no dot) → the title lemma it implies ("me" → "avocat"): data/honorific_titles.tsv."""
    return {r["honorific"].lower(): r["title"].lower() for r in _rows(DATA / "honorific_titles.tsv") if r.get("lang") == lang}


def human_by_ending(form: str, lemma: str, lang: str) -> bool:
    """A noun whose ending marks a person ("négociateur", "analyste", "habitante") and that is not one
    of the things news writes with such an ending ("soutien", "mandat"; data/impersonal_nouns.tsv)."""
    return form.lower().endswith(HUMAN_NOUN_ENDINGS) and lemma.lower() not in _word_list("impersonal_nouns.tsv", "noun", lang)

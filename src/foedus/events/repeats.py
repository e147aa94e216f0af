"""One event per distinct act (ANNOTATION.md): visits coded both ways, and the same act told again
(a repeat, a headline restating a dated act) kept once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from foedus.events.lexicon import military_objects
from foedus.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Token

    from foedus.events.arguments import Argument

DEFAULT_PRECISIONS = {"publication", "lead"}  # dates an act gets by default, not from its own words
DEFINITE_ARTICLES = {"le", "la", "l'", "l’", "les", "the", "el", "los", "las"}
DEMONSTRATIVES = {"ce", "cet", "cette", "ces", "this", "these", "that", "those", "este", "esta", "estos", "estas",
                  "ese", "esa", "esos", "esas"}


def visit_codes(code: str, source: str, target: str, host: str | None) -> list[tuple[str, str, str]]:
    """A meeting in one side's country is a visit: 042 guest→host and 043 host→guest."""
    if code == "042":
        return [("042", source, target), ("043", target, source)]
    if code == "043":
        return [("043", source, target), ("042", target, source)]
    if code in {"040", "044"} and host:
        if target[:3] == host and source[:3] != host:
            return [("042", source, target), ("043", target, source)]
        if source[:3] == host and target[:3] != host:
            return [("043", source, target), ("042", target, source)]
    return [(code, source, target)]


def repeats(coded: set[tuple[str, str, str, str | None]], source: str, target: str, code: str,
             date: str | None) -> bool:
    """The same act mentioned again is one event (ANNOTATION.md): an undated repeat of a coded act,
    or one demonstration told with several verbs ("se sont rassemblés … ont scandé …") the same day
    by the same country's people against the same country."""
    for s, t, c, d in coded:
        if c == code and date is None and (s, t) == (source, target):
            return True
        if c == code and code[:2] == "14" and d == date and (s[:3], t[:3]) == (source[:3], target[:3]):
            return True
    return False


def restated(events: dict[tuple, Event], source: str, target: str, code: str, date: str | None,
               precision: str) -> bool:
    """A headline or lead restating an act the body dates (or the reverse) is one event: a date that
    only defaults to the publication day does not make it a second act. The explicit date wins."""
    for event in events.values():
        if (event.source, event.target, event.code) != (source, target, code) or event.date == date:
            continue
        if precision in DEFAULT_PRECISIONS:
            return True
        if event.date_precision in DEFAULT_PRECISIONS:
            event.date, event.date_precision = date, precision
            return True
    return False


def told_before(tok: Token, arguments: tuple[Argument | None, ...]) -> bool:
    """"« Cette visite est historique », a-t-il déclaré", "a annoncé cette visite": an act named with a
    demonstrative is one the article told before; unless its own phrase names a party, it is no new act
    (the parties the sentence would lend it — the speaker, the place — are not the act's)."""
    if tok.pos_ != "NOUN" or not _determined_by(tok, DEMONSTRATIVES):
        return False
    inside = {t.i for t in tok.subtree}
    return not any(a is not None and a.token is not None and a.token.i in inside for a in arguments)


def told_again(token: Token, sources: list[str], source_text: str | None,
               earlier: list[tuple[set[str], list[str], list[str]]]) -> tuple[list[str], list[str]] | None:
    """"l'attaque de drones" after "l'Iran a lancé une attaque de drones contre Israël": a definite
    noun naming the act an earlier trigger of the same lemma and root coded, with no doer of its own
    (no source read, or only the weapon it was done with: `source_text`), is that act — its parties.
    `earlier`: (lemmas naming it — the trigger's and its light-verb noun's —, sources, targets) of the
    acts of the same root before it, in text order."""
    weapon = (source_text or "").lower().rstrip("s") in military_objects(token.lang_ or "fr")  # "de drones"
    if token.pos_ != "NOUN" or (sources and not weapon) or not _determined_by(token, DEFINITE_ARTICLES):
        return None
    for lemmas, sources, targets in reversed(earlier):
        if token.lemma_ in lemmas and sources and targets:
            return sources, targets
    return None


def _determined_by(tok: Token, determiners: set[str]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in determiners for c in tok.children)

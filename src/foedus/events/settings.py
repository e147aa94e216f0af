"""Settings of the event coder for a run, set with `using_coder_settings` (as `using_petrarch` sets a
verb dictionary): the defaults follow ANNOTATION.md.

``one_sided``: ANNOTATION.md codes an event only between a source and a target, so an act with no
named target ("the miners went on strike", "the minister resigned") yields no event. Ontologies such
as PLOVER also code these one-sided acts; with ``one_sided=True`` each source of such an act gets an
event whose target is None (the GDELT export leaves Actor2 empty), and an act whose only party is
its patient ("three civilians were killed in a car bombing") an event whose source is None.

``unknown_country``: ANNOTATION.md gives no event a side whose country the text never gives ("the
spokesman" of no known state): such a side is None. PETRARCH's suites code it "---" plus its sector
("---CVL") and score the sector; with ``unknown_country=True`` the side keeps that code."""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import ContextManager, Iterator, Sequence, TypeVar


@dataclass(frozen=True)
class CoderSettings:
    one_sided: bool = False  # code acts with a source and no target (target None)
    unknown_country: bool = False  # keep PETRARCH's "---" + sector for a side of no known country


DEFAULT = CoderSettings()
_ACTIVE: ContextVar[CoderSettings] = ContextVar("coder_settings", default=DEFAULT)


T = TypeVar("T")


@contextmanager
def scoped(var: ContextVar[T], value: T) -> Iterator[T]:
    """Set a context variable for the duration of a block (thread- and task-local)."""
    token = var.set(value)
    try:
        yield value
    finally:
        var.reset(token)


def using_coder_settings(settings: CoderSettings) -> ContextManager[CoderSettings]:
    """Code events with these settings for the duration of the block."""
    return scoped(_ACTIVE, settings)


def coder_settings() -> CoderSettings:
    return _ACTIVE.get()


def one_sided_pairs(sources: Sequence[str], targets: Sequence[str], most: int) -> list[tuple[str, str]]:
    """(source, "") for each source of an act that yields no two-sided pair, when one-sided events are
    on: no target was found, or the target is the source itself ("Turkish authorities imposed a
    curfew in Turkey", a government acting in its own country); ("", target) for each target of an
    act with no source. A group of more than `most` parties is not expanded, as for two-sided acts."""
    if not coder_settings().one_sided or len(sources) > most or len(targets) > most:
        return []
    if not sources:  # a patient with no named doer: "three civilians were killed in a car bombing"
        return [("", t) for t in dict.fromkeys(targets) if t]
    return [(s, "") for s in dict.fromkeys(sources) if s]

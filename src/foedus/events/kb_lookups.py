"""KB look-ups the event coder needs beyond the mention scan: agent nouns, demonyms, country and
capital names read straight from a token."""

from __future__ import annotations

from typing import Callable


def agent_sector_lookup(lang: str) -> tuple[Callable[[str], str | None], Callable[[str], str | None],
                                            Callable[[str], str | None]]:
    """Three KB lookups for actors the mention scan leaves out: agent noun → sector, demonym
    adjective → country, a country's name read as a place ("supply arms to Israel") → country."""
    from foedus.actors.kb import load_kb
    from foedus.actors.normalize import key

    kb = load_kb()

    def sector(lemma: str) -> str | None:
        agent = kb.agents.get((lang, key(lemma)))
        return agent.sector if agent is not None else None

    def demonym(word: str) -> str | None:
        found = kb.demonyms.get((lang, key(word)))
        return found.country if found is not None else None

    def country(phrase: str) -> str | None:
        for entry in kb.names.get(key(phrase), ()):
            actor = kb.actors[entry.actor_id]
            if actor.kind == "country":
                return kb.code_of(actor, None)[0]
        return None

    return sector, demonym, country


def capital_lookup() -> Callable[[str], str | None]:
    """A capital's name → its country ("Séoul" → KOR), from the KB."""
    from foedus.actors.kb import load_kb
    from foedus.actors.normalize import key

    capitals = load_kb().capitals
    return lambda name: capitals.get(key(name))

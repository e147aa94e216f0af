"""``ActorKB.lookup``: read one phrase ("le président américain", "l'Élysée", "Ankara").

Order of readings: a known name (country, organisation, person) → a capital standing for its
government → a description (agent noun + demonym or "de la France", in either word order,
possibly a coordination of demonyms) → a demonym used as a noun ("les Russes").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from foedus.actors.given_names import given_name_gender
from foedus.actors.normalize import strip_leading_article, tokens

if TYPE_CHECKING:
    from foedus.actors.kb import ActorKB, AgentNoun, Demonym, Resolution

POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "ce", "cet", "cette", "ces",
               "his", "her", "their", "its", "our", "deux", "two", "trois", "three", "plusieurs", "several"}
COORD = {"et", "and", ",", "ou", "or"}
OF = {"de", "du", "des", "d'", "of"}
FEMININE_DET = {"la", "une", "cette", "sa"}
COUNTERPARTS = {"homologue", "counterpart"}


def name_resolution(kb: "ActorKB", actor_id: str, date: str | None, why: str, lang: str = "en") -> "Resolution":
    from foedus.actors.kb import Resolution

    actor = kb.actors[actor_id]
    code, role_note = kb.code_of(actor, date)
    kind = "metonym" if actor.kind == "seat" else "name"
    # People keep their canonical name; countries and bodies are named in the text's language.
    name = actor.name if actor.kind == "person" else ((actor.aliases.get(lang) or [actor.name])[0])
    gender = actor.gender or (given_name_gender(actor.name, lang) if actor.kind == "person" else None)
    return Resolution(code, actor_id, name, kind, f"{why}; {role_note}", gender=gender)


def _join(toks: list[str]) -> str:
    return "".join(t.replace(".", "") for t in toks)


def _longest_agent(kb: "ActorKB", toks: list[str], lang: str) -> tuple["AgentNoun | None", int]:
    for n in range(len(toks), 0, -1):
        if not toks[n - 1].strip(".,;:!?\n "):
            continue  # never end an agent phrase on punctuation
        agent = kb.agents.get((lang, _join(toks[:n])))
        if agent is not None:
            return agent, n
    return None, 0


def _demonyms_at(kb: "ActorKB", toks: list[str], lang: str) -> tuple[list["Demonym"], int]:
    """One demonym or a coordination of them ("français et russe"); returns them and tokens used."""
    found: list[Demonym] = []
    i = 0
    while i < len(toks):
        dem = kb.demonyms.get((lang, _join(toks[i:i + 1])))
        if dem is None:
            break
        found.append(dem)
        i += 1
        if i < len(toks) - 1 and toks[i] in COORD and kb.demonyms.get((lang, _join(toks[i + 1:i + 2]))):
            i += 1
            continue
        break
    return found, i


def _country_after_of(kb: "ActorKB", toks: list[str]) -> tuple[str | None, int]:
    """'de la France', 'du Mali', "de l'Iran", 'of Russia' -> ISO-3 and tokens used."""
    if not toks or toks[0] not in OF:
        return None, 0
    rest, _ = strip_leading_article(toks[1:], "fr")
    rest, _ = strip_leading_article(rest, "en")
    used = len(toks) - len(rest)
    for n in range(min(len(rest), 5), 0, -1):
        for entry in kb.names.get(_join(rest[:n]), []):
            actor = kb.actors[entry.actor_id]
            if actor.kind == "country":
                return actor.code, used + n
    return None, 0


def describe(kb: "ActorKB", agent: "AgentNoun", countries: list[str], date: str | None, number: str,
             gender: str | None, why: str, position_hint: str | None = None) -> list["Resolution"]:
    """Resolutions of '<agent> <countries>' on a date: one per country, with the office-holder."""
    from foedus.actors.kb import Resolution

    # "son homologue français" with no context: counterparts in the news are mostly heads of state
    position = agent.position or position_hint or ("head_of_state" if agent.noun.lower() in COUNTERPARTS else None)
    out: list[Resolution] = []
    for country in countries:
        code = country + agent.sector
        holder = kb.holder(country, position, date) if position and number == "sg" else None
        if holder is not None:
            out.append(Resolution(code, holder.id, holder.name, "description",
                                  f"{why}; {position} of {country} on {date}: {holder.name}",
                                  number=number, gender=holder.gender or gender))
        else:
            out.append(Resolution(code, None, None, "description", why, number=number, gender=gender))
    if len(out) > 1:
        for r in out:
            r.kind = "group"
    return out


def lookup_phrase(kb: "ActorKB", phrase: str, date: str | None, lang: str) -> list["Resolution"]:
    from foedus.actors.kb import Resolution

    entries = kb.match_name(phrase)
    toks = tokens(phrase)
    bare, article = strip_leading_article(toks, lang)
    if not entries and bare != toks:
        # strip the article from the raw text too, so capitals of acronyms survive ("l'UE", "the UK")
        raw_bare = re.sub(r"^\s*(?:les|le|la|l['’]|the|des|du)\s*", "", phrase, flags=re.IGNORECASE)
        entries = kb.match_name(raw_bare)
    if entries:
        # Prefer the entry in the phrase's language, then countries/organisations over Phoenix people.
        entries = sorted(entries, key=lambda e: (e.lang != lang, kb.actors[e.actor_id].origin not in (None, "curated", "iso3166+cldr")))
        return [name_resolution(kb, e.actor_id, date, f"name '{e.alias}' ({e.lang})", lang) for e in entries[:1]]
    if len(bare) <= 2:
        country = kb.capitals.get(_join(toks)) or kb.capitals.get(_join(bare))
        if country:
            return [Resolution(country + "GOV", None, None, "metonym", f"capital of {country} for its government")]
    gender = "f" if article in FEMININE_DET else None
    while bare and bare[0] in POSSESSIVES:
        bare = bare[1:]
    number = "pl" if article in ("les", "des") else "sg"
    # French order: agent [demonym…] [complement], or agent 'de la France'
    agent, n = _longest_agent(kb, bare, lang)
    if agent is not None:
        dems, m = _demonyms_at(kb, bare[n:], lang)
        if dems:
            rest = bare[n + m:]
            longer, k = _longest_agent(kb, bare[:n] + rest, lang)
            if longer is not None and k > n:  # "ministre russe des Affaires étrangères"
                agent = longer
            num = "pl" if len(dems) > 1 else (agent.number if agent.number == "pl" else number)
            return describe(kb, agent, [d.country for d in dems], date, num, gender,
                            f"agent '{agent.noun}' + demonym {'/'.join(d.form for d in dems)}")
        country, m = _country_after_of(kb, bare[n:])
        if country:
            return describe(kb, agent, [country], date, agent.number, gender, f"agent '{agent.noun}' of {country}")
    # English order: demonym(s) agent ("Russian foreign minister", "the US president")
    dems, m = _demonyms_at(kb, bare, lang)
    if dems and m < len(bare):
        agent, n = _longest_agent(kb, bare[m:], lang)
        if agent is not None and m + n == len(bare):
            num = "pl" if len(dems) > 1 else agent.number
            return describe(kb, agent, [d.country for d in dems], date, num, gender,
                            f"demonym {dems[0].form} + agent '{agent.noun}'")
    if dems and m == len(bare) and len(dems) == 1:
        dem = dems[0]
        return [Resolution(dem.country, None, None, "demonym", f"demonym '{dem.form}' as a noun", number=dem.number)]
    return []


def foreign_qualifier(kb: "ActorKB", tokens, keys: list[str], lang: str, j: int, code: str | None) -> str | None:
    """The country of a demonym adjective right after a body's name (at `j`), when it is another
    country ("l'Assemblée nationale vénézuélienne")."""
    if j >= len(tokens) or not code or code[:3] in {"IGO", "NGO"} or tokens[j].pos_ != "ADJ":
        return None
    demonym = kb.demonyms.get((lang, keys[j]))
    return demonym.country if demonym is not None and demonym.country != code[:3] else None

"""Actor mentions in a spaCy ``Doc``: names, metonyms, descriptions, groups, surnames, pronouns.

One left-to-right pass over the tokens; at each token the longest known phrase wins (names
before descriptions). Every candidate is a dictionary look-up of the concatenated folded
tokens (``normalize.key``), so the cost is a few look-ups per token, independent of the KB size.
Language specifics live in the data files and in the small word lists below.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from foedus.actors.given_names import given_name_gender
from foedus.actors.kb import ActorKB, Resolution, load_kb
from foedus.actors.name_runs import NAME_PARTICLES, name_run_end
from foedus.actors.lookup import (foreign_qualifier, COORD, FEMININE_DET, _country_after_of, _demonyms_at, _longest_agent, describe,
                                  name_resolution)
from foedus.actors.normalize import capitals_lost, case_key, key, leads_with_article
from foedus.actors.person_entities import ALL_TITLES, MASC_TITLES, FEM_TITLES, person_entity_starts
from foedus.actors.name_forms import family_name_first, gender_of_apposed_title, gender_of_title
from foedus.actors.place_nouns import names_a_place
from foedus.actors.pronouns import resolve_pronoun
from foedus.actors.recipients import is_recipient
from foedus.language.syntax import cut_off_subject
from foedus.records import Mention

# qualifiers of an office-holder description that name someone other than the holder on the day
NOT_SITTING = {key(w) for w in ("élu", "élue", "elect", "désigné", "désignée", "designate", "ancien", "ancienne", "ex",
                                 "former", "futur", "future")}

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_mentions", "resolve_pronoun"]

# A place name after these words is a location, not an actor ("à Moscou", "en Syrie", "in Syria").
LOCATION_PREPS = {"a", "en", "au", "aux", "dans", "vers", "depuis", "sur", "pres", "in", "at", "to", "into",
                  "from", "near", "jusqu'a", "via", "outside", "inside", "across"}
# A capital stands for its government as a core argument or after these words ("entre Ankara et Moscou").
# an indefinite article before a body's name makes it a kind, not the body ("créer un État islamique");
# not English, where "a Free Syrian Army commander" is common
GENERIC_ARTICLES = {"un", "une", "una"}
METONYM_DEPS = {"nsubj", "nsubj:pass", "obj", "iobj", "obl:agent", "obl:arg", "nsubjpass", "dobj", "pobj", "agent"}
METONYM_PREPS = {"entre", "avec", "contre", "par", "selon", "between", "with", "against", "by", "according", "pour"}
PERSON_KINDS = {"person"}
GROUP_NUMERALS = {"deux": 2, "trois": 3, "quatre": 4, "two": 2, "three": 3, "four": 4, "both": 2}


@dataclass
class _PersonSeen:
    actor_id: str | None
    name: str
    code: str | None
    gender: str | None
    position: str | None


# capitalised words that may follow a country's name in running text without making it a name
COUNTRY_FOLLOWERS = {"et", "and", "y", "ou", "or"}


class _Scanner:
    def __init__(self, doc: "Doc", article_id: str, published: str | None, lang: str, kb: ActorKB) -> None:
        self.doc, self.article_id, self.date, self.lang, self.kb = doc, article_id, published, lang, kb
        # Token objects built once: doc[i] makes a new one at every access, and every matcher reads them
        self.tokens = list(doc)
        texts = [t.text for t in self.tokens]
        self.keys = [key(t) for t in texts]
        self.case_keys = [case_key(t) for t in texts]
        self.is_punct = [t.is_punct for t in self.tokens]
        self.sent_of = [0] * len(doc)
        for s_i, sent in enumerate(doc.sents):
            self.sent_of[sent.start:sent.end] = [s_i] * (sent.end - sent.start)
        self.per_start, self.title_leads = person_entity_starts(doc, self.keys, kb, lang)
        self.mentions: list[Mention] = []
        self.surnames: dict[str, _PersonSeen] = {}
        self.persons: list[_PersonSeen] = []
        self.full_names: dict[str, list[_PersonSeen]] = {}  # first word → persons named in full

    # ---------------------------------------------------------------- helpers
    def _span_key(self, i: int, n: int) -> str:
        return "".join(self.keys[i:i + n])

    def _prev_word(self, i: int) -> str:
        """The word before token i, skipping one article ("à la Maison Blanche" -> "a")."""
        j = i - 1
        if j >= 0 and self.keys[j] in ("le", "la", "les", "l'", "the"):
            j -= 1
        return self.keys[j] if j >= 0 else ""

    def _is_location(self, i: int) -> bool:
        prev = self._prev_word(i)
        return prev in LOCATION_PREPS and not (prev == "a" and is_recipient(self.tokens[i], self.lang))

    def _gender_before(self, i: int) -> str | None:
        prev = self.keys[i - 1] if i > 0 else ""
        if prev in MASC_TITLES or self.tokens[i - 1].text in ("M.", "M"):
            return "m"
        if prev in FEM_TITLES:
            return "f"
        return gender_of_title(self.tokens, self.keys, i - 1, self.lang)

    def _add(self, start: int, end: int, res: Resolution, rule: str, confidence: float,
             head: int | None = None, members: list[Resolution] | None = None) -> Mention:
        if res.kind == "name" and start in self.title_leads:
            head = self.doc[start:end].root.i if head is None else head
            start = self.title_leads[start]  # "président Maduro": the title is the person's, not a bare agent
        span = self.doc[start:end]
        mention = Mention(article_id=self.article_id, sentence=self.sent_of[start], start=span.start_char,
                          end=span.end_char, text=span.text, code=res.code, actor_id=res.actor_id,
                          kind=res.kind, head=span.root.i if head is None else head, name=res.name,
                          gender=res.gender, number=res.number, rule=rule, confidence=confidence)
        if members:
            mention.members = [m.code for m in members if m.code]
            mention.member_ids = [m.actor_id for m in members if m.actor_id]
        self.mentions.append(mention)
        return mention

    def _remember_person(self, actor_id: str | None, name: str, code: str | None, gender: str | None) -> None:
        position = self.kb.position_of(actor_id, self.date) if actor_id else None
        seen = _PersonSeen(actor_id, name, code, gender, position)
        self.persons.append(seen)
        parts = name.split()
        if len(parts) >= 2:
            self.full_names.setdefault(key(parts[0]), []).append(seen)
        if len(parts) >= 2 and parts[-1][:1].isupper() and len(parts[-1]) > 2:
            # a lower-case or two-letter last word ("Rami Abd al") is a particle, not a surname:
            # "Al" of "Al-Qaïda" must not become that person
            self.surnames.setdefault(key(parts[-1]), seen)
            self.surnames.setdefault(key(" ".join(parts[1:])), seen)
            if len(parts) >= 4 and parts[-2][:1].isupper() and len(parts[-2]) > 2:  # "M. Bongo" for "Ali Ben Bongo Ondimba"
                self.surnames.setdefault(key(parts[-2]), seen)
        if len(parts) == 2 and "-" in parts[1] and parts[1][:1].isupper() and parts[0][:1].isupper() and len(parts[0]) > 1 \
                and given_name_gender(parts[0], self.lang) is None:
            # East Asian order, family name first ("Cho Tae-yul" → "Cho", "Moon Jae-in" → "Moon"):
            # a hyphenated given name after a word that is no given name
            self.surnames.setdefault(key(parts[0]), seen)

    # ---------------------------------------------------------------- matchers
    def match_name(self, i: int) -> int:
        bound = self.kb.first_words.get(self.keys[i])
        if bound is None:
            return 0
        n_max = min(bound, len(self.tokens) - i)
        for n in range(n_max, 0, -1):
            if not self.keys[i + n - 1] or self.is_punct[i + n - 1]:
                continue  # a match ends on a word, never on "." or a line break
            k = self._span_key(i, n)
            entries = self.kb.names.get(k) or self.kb.case_names.get("".join(self.case_keys[i:i + n]))
            if entries and n > 1:  # the key drops spaces so that tokenizer cuts match; the text's own spaces must agree
                words = len(self.doc[i:i + n].text.split())  # ("la garde" is not "Lagarde")
                entries = [e for e in entries if len(e.alias.split()) == words]
            if not entries:
                continue
            if n == 1 and not (self.tokens[i].text[:1].isupper() or self.tokens[i].is_upper):
                return 0  # lower-case single words are common nouns ("taliban" aside, rare in names)
            if n > 1 and (self.kb.actors[entries[0].actor_id].kind == "person" or leads_with_article(entries[0].alias)) \
                    and capitals_lost(entries[0].alias, self.doc[i:i + n].text):
                continue  # "le maire" / "Le maire" is an office, not "Le Maire" (names of bodies vary in case)
            entry = sorted(entries, key=lambda e: (e.lang != self.lang, self.kb.actors[e.actor_id].origin not in (None, "curated", "iso3166+cldr")))[0]
            actor = self.kb.actors[entry.actor_id]
            person = self.per_start.get(i)
            if actor.kind != "person" and person is not None and person.end > i + n and not self.doc[i + n].is_punct:
                return 0  # "Dominique de Villepin", "Michael Jordan": a person's name, not the country
            if actor.kind == "person" and n == 1 and self.tokens[i].whitespace_ != "" and (end := name_run_end(self.doc, i)) > i + 1:
                # "Abbas Araqchi", "Bachar al-Jaafari": the first name of another person, not "Abbas" again
                return 0 if person is not None else self._unknown_person(i, end, actor.gender)
            if actor.kind == "country" and self._first_name_like(i + n):
                return 0  # "Dominique de Villepin", "Jordan Bardella", "France Télévisions": not the country
            if actor.kind == "country" and self._is_location(i):
                return n  # a place ("en Syrie"): consumed, not an actor
            if actor.kind == "person" and n == 1 and key(self.tokens[i].text) in self.surnames:
                return 0  # an article person with that surname takes precedence
            if actor.kind not in {"person", "country"} and n > 1 and self.tokens[i].is_title \
                    and i > 0 and self.tokens[i - 1].lower_ in GENERIC_ARTICLES:
                return 0  # "veut créer un État islamique en Syrie": a kind of state, not the group
            res = name_resolution(self.kb, entry.actor_id, self.date, f"name '{entry.alias}'", self.lang)
            foreign = foreign_qualifier(self.kb, self.tokens, self.keys, self.lang, i + n, res.code)
            if actor.kind not in {"person", "country"} and foreign is not None:
                # "l'Assemblée nationale vénézuélienne": the same kind of body in the country the
                # adjective names, not the one the KB's name stands for
                res = Resolution(foreign + (res.code or "")[3:], None, None, "description", f"{res.why} of {foreign}")
            if actor.kind == "person":
                res.name = actor.name
                self._remember_person(actor.id, actor.name, res.code, actor.gender)
            self._add(i, i + n, res, "kb-name", 0.95 if n > 1 else 0.85)
            return n
        return 0

    def match_capital(self, i: int) -> int:
        tok = self.tokens[i]
        country = self.kb.capitals.get(self.keys[i])
        if not country or not tok.text[:1].isupper() or self._is_location(i):
            return 0
        head = tok
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        prev = self._prev_word(head.i)
        if head.dep_ in METONYM_DEPS or prev in METONYM_PREPS or cut_off_subject(head, tok):
            res = Resolution(country + "GOV", None, None, "metonym", f"capital of {country} as {head.dep_ or prev}")
            self._add(i, i + 1, res, "capital-metonym", 0.8)
            return 1
        return 0

    def _first_name_like(self, j: int) -> bool:
        """The word before `j` is followed by a capitalised name (or a particle and one), as a first
        name or the first word of a longer proper name is."""
        doc = self.doc
        if j < len(doc) and doc[j].lower_ in NAME_PARTICLES and j + 1 < len(doc):
            j += 1
        return j < len(doc) and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].is_sent_start \
            and doc[j].text.lower() not in COUNTRY_FOLLOWERS

    def match_full_name(self, i: int) -> int:
        """A person's full name said again ("Dominique de Villepin" where NER missed it the second
        time) before any shorter reading of its first word (the country "Dominique")."""
        for seen in reversed(self.full_names.get(self.keys[i], [])):
            parts = [key(w) for w in seen.name.split()]
            if self.keys[i:i + len(parts)] == parts:
                res = Resolution(seen.code, seen.actor_id, seen.name, "name", "person named again", gender=seen.gender)
                self._add(i, i + len(parts), res, "person-repeat", 0.9)
                return len(parts)
        return 0

    def _unknown_person(self, start: int, end: int, gender: str | None) -> int:
        name = self.doc[start:end].text
        self._add(start, end, Resolution(None, None, name, "name", "name longer than a KB first name", gender=gender), "name-run", 0.6)
        self._remember_person(None, name, None, gender)
        return end - start

    def match_given_name_run(self, i: int) -> int:
        """A given name and a surname the tagger missed ("le vice-ministre russe des Affaires
        étrangères Grigori Karassine lors d'un entretien"): a capitalised word the given-name table
        knows, inside a sentence, not after another capitalised word, followed by a capitalised name."""
        tok = self.tokens[i]
        if not tok.is_title or tok.is_sent_start or (i > 0 and self.tokens[i - 1].text[:1].isupper()) \
                or names_a_place(self.keys, i):
            return 0  # ("la mosquée Sidi Yeyia", "rue Jean Jaurès": places named after people)
        gender = given_name_gender(tok.text, self.lang)
        end = i + 1
        while gender is not None and end < min(i + 4, len(self.tokens)) and self.tokens[end - 1].whitespace_ == " " \
                and self.tokens[end].is_alpha and self.tokens[end].is_title:
            end += 1  # (the parser may open a sentence at the surname: no sentence test there)
        return self._unknown_person(i, end, gender) if end > i + 1 else 0

    def match_surname(self, i: int) -> int:
        seen = self.surnames.get(self.keys[i]) or family_name_first(self.keys, i, self.full_names, self.lang, MASC_TITLES | FEM_TITLES)
        if seen is None or not self.tokens[i].text[:1].isupper():
            return 0
        return self._surname(i, i + 1, seen)

    def _surname(self, start: int, end: int, seen: _PersonSeen) -> int:
        res = Resolution(seen.code, seen.actor_id, seen.name, "name", "surname of a person named earlier", gender=seen.gender)
        self._add(start, end, res, "surname", 0.9)
        return end - start

    def match_person_entity(self, i: int) -> int:
        ent = self.per_start.get(i)
        if ent is None or (ent.text.isupper() and len(ent.text) <= 4) or (len(ent) == 1 and self.keys[i] in ALL_TITLES):
            return 0  # short capitals tagged PER are mostly acronyms of media or parties; "Monsieur" alone addresses
        prev = self.keys[i - 1] if i > 0 else ""
        after = self.tokens[ent.end].text if ent.end < len(self.tokens) else ""
        if (names_a_place(self.keys, i) or prev in {"in", "dans", "at", "near"}) and after not in {"'s", "’s"}:
            return 0  # "in provincial capital Banda Aceh", "avenue du général Leclerc": a place, no person
        name = ent.text.strip()
        if len(name.split()) > 1 and (seen := self.surnames.get(key(name))) is not None:
            return self._surname(i, ent.end, seen)  # "Schraner Burgener" after "Christine Schraner Burgener"
        if len(ent) == 1 and (seen := family_name_first(self.keys, i, self.full_names, self.lang, None)) is not None:
            return self._surname(i, ent.end, seen)  # "Mao said" after "spokeswoman Mao Ning"
        gender = self._gender_before(i) or given_name_gender(name, self.lang) or gender_of_apposed_title(self.tokens, ent.end)
        res = Resolution(None, None, name, "name", "spaCy PER not in the KB", gender=gender)
        self._add(ent.start, ent.end, res, "ner-person", 0.6)
        self._remember_person(None, name, None, gender)
        return ent.end - i

    def match_acronym(self, i: int) -> int:
        """An unknown acronym standing for a body named earlier in full ("HRW" after "Human Rights
        Watch"): the initials of the name's capitalised words spell it."""
        text = self.doc[i].text
        if not (2 <= len(text) <= 6 and text.isalpha() and text.isupper()):
            return 0
        for m in reversed(self.mentions):
            if m.kind != "name" or m.rule == "ner-person" or (m.actor_id or "").startswith("country:"):
                continue
            spellings = {"".join(w[0] for w in form.replace("-", " ").split() if w[:1].isupper())
                         for form in (m.name or "", m.text)}
            if text in spellings:
                res = Resolution(m.code, m.actor_id, m.name or m.text, "name", f"acronym of '{m.text}'", gender=m.gender)
                self._add(i, i + 1, res, "acronym", 0.8)
                return 1
        return 0

    def _article_gender(self, i: int) -> tuple[str | None, str]:
        j = i - 1
        while j >= 0 and self.keys[j] in GROUP_NUMERALS:
            j -= 1
        det = self.keys[j] if j >= 0 else ""
        gender = "f" if det in FEMININE_DET else None
        return gender, det

    def match_description(self, i: int) -> int:
        if (self.lang, self.keys[i]) not in self.kb.agent_first_words and (self.lang, self.keys[i]) not in self.kb.demonyms:
            return 0
        window = self.keys[i:i + 10]
        agent, n = _longest_agent(self.kb, window, self.lang)
        dems, m, start = [], 0, i
        if agent is not None:
            dems, m = _demonyms_at(self.kb, window[n:], self.lang)
        else:  # English order: "Russian troops"
            dems, m = _demonyms_at(self.kb, window, self.lang)
            if dems and m < len(window):
                agent, n = _longest_agent(self.kb, window[m:], self.lang)
                if agent is None:
                    return 0
                end = i + m + n
                return self._emit_description(start, end, agent, [d.country for d in dems], i + m + n - 1)
            return 0
        if agent is None:
            return 0
        gender, det = self._article_gender(i)
        if dems:
            rest = window[n + m:]
            longer, k = _longest_agent(self.kb, window[:n] + rest, self.lang)
            end = i + n + m
            if longer is not None and k > n:
                agent, end = longer, i + m + k
            return self._emit_description(start, end, agent, [d.country for d in dems], i, gender)
        country, used = _country_after_of(self.kb, window[n:])
        if country:
            return self._emit_description(start, i + n + used, agent, [country], i, gender)
        counterpart = self._counterpart(agent, det)
        if counterpart is not None:  # "Emmanuel Macron et son homologue": the other leader named before
            res = Resolution(counterpart.code, counterpart.actor_id, counterpart.name, "description",
                             f"counterpart of {self.persons[-1].name}", gender=counterpart.gender)
            self._add(start, i + n, res, "description", 0.7, head=i)
            return n
        qualified = i + n < len(self.tokens) and self.tokens[i + n].pos_ == "ADJ"
        if agent.number == "pl" and agent.position and not qualified \
                and (det in ("les", "ces", "the") or self.keys[i - 1] in GROUP_NUMERALS):
            # "les dirigeants européens" names a class of leaders, not the last persons named
            return self._emit_group(i, n, det)
        return 0

    def _sitting(self, start: int, end: int) -> bool:
        """The description names the office's holder on the day, not one elected or named to it,
        nor one who held it ("le président américain élu", "l'ancien président", "former president")."""
        around = {self.keys[k] for k in range(max(0, start - 1), min(len(self.keys), end + 1))}
        return not around & NOT_SITTING

    def _counterpart(self, agent, det: str) -> _PersonSeen | None:
        """"son homologue" with no country: the latest person named before of another country than the
        one named last (whose counterpart it is), both with a code."""
        if key(agent.noun) not in {"homologue", "counterpart"} or det not in {"son", "sa", "his", "her"} or not self.persons:
            return None
        owner = self.persons[-1]
        if not owner.code:
            return None
        return next((p for p in reversed(self.persons) if p.code and p.code[:3] != owner.code[:3]), None)

    def _emit_description(self, start: int, end: int, agent, countries: list[str], head: int,
                          gender: str | None = None) -> int:
        hint = self.persons[-1].position if (agent.position is None and self.persons and agent.sector == "GOV"
                                              and key(agent.noun) in ("homologue", "homologues", "counterpart")) else None
        number = "pl" if len(countries) > 1 else agent.number
        results = describe(self.kb, agent, countries, self.date, number, gender, f"agent '{agent.noun}'", hint)
        if len(results) == 1:
            res = results[0]
            if res.actor_id and not self._sitting(start, end):  # "le président américain élu", "l'ancien président"
                res = Resolution(res.code, None, None, "description", res.why + "; not the office's holder that day",
                                 number=res.number, gender=gender)
            self._add(start, end, res, "description", 0.8, head=head)
            if res.actor_id:
                self._remember_person(res.actor_id, res.name or "", res.code, res.gender)
        else:
            group = Resolution(None, None, None, "group", "coordinated demonyms", number="pl")
            self._add(start, end, group, "group-demonyms", 0.75, head=head, members=results)
        return end - start

    def _emit_group(self, i: int, n: int, det: str) -> int:
        """'les (deux) présidents': the last distinct persons named before, two unless counted."""
        count = GROUP_NUMERALS.get(self.keys[i - 1], 2) if i > 0 else 2
        after = self.tokens[i + n] if i + n < len(self.tokens) else None
        if after is not None and after.pos_ == "ADJ" and after.dep_ == "amod":
            return 0  # "les dirigeants européens": a qualified class of people, not the persons just named
        members: list[_PersonSeen] = []
        for seen in reversed(self.persons):
            if seen.code and all(seen.name != m.name for m in members):
                members.append(seen)
            if len(members) == count:
                break
        if len(members) < 2:
            return 0
        start = i - 1 if self.keys[i - 1] in GROUP_NUMERALS else i
        mention = self._add(start, i + n, Resolution(None, None, None, "group", "plural agent noun", number="pl"),
                            "group-persons", 0.7, head=i + n - 1)
        mention.members = [m.code for m in reversed(members) if m.code]
        mention.member_ids = [m.actor_id for m in reversed(members) if m.actor_id]
        mention.name = " et ".join(m.name for m in reversed(members)) if self.lang == "fr" else \
            " and ".join(m.name for m in reversed(members))
        return n

    def run(self) -> list[Mention]:
        i = 0
        while i < len(self.tokens):
            tok = self.tokens[i]
            if tok.is_punct or tok.is_space:
                i += 1
                continue
            used = (self.match_full_name(i) or self.match_surname(i) or self.match_name(i) or self.match_capital(i)
                    or self.match_description(i) or self.match_person_entity(i) or self.match_acronym(i)
                    or self.match_given_name_run(i))
            i += max(used, 1)
        return self.mentions


def find_mentions(doc: "Doc", article_id: str, published: str | None, lang: str,
                  kb: ActorKB | None = None) -> list[Mention]:
    """All actor mentions of a parsed article, in text order, coded on ``published``."""
    return _Scanner(doc, article_id, published, lang, kb or load_kb()).run()

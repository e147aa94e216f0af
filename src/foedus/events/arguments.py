"""Event arguments from the dependency parse: which tokens fill a trigger's source and target
slots, and which actor codes those tokens denote."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Token

from foedus.actors.article_country import NOT_COUNTRIES
from foedus.actors.pronouns import latter_mention, object_clitic_antecedent
from foedus.events.agent_phrases import heads_locution, phrase_sector
from foedus.events.arrivals import is_destination, located
from foedus.events.english import compound_sector, english_sector, possessor_country
from foedus.events.lexicon import collective_nouns, definite_anaphors, quantity_heads, region_demonyms, verb_class
from foedus.events.members import PEOPLE_QUANTIFIERS, acronym_inside, conjunct_head, listed_before, member_body, named_member, stranded_conjuncts
from foedus.events.name_titles import title_before
from foedus.events.phrases import additive_phrase, case_word as _case_of, neuter_antecedent, of_complements
from foedus.events.titles import titled_mentions
from foedus.records import Mention
from foedus.language.syntax import lemma_positions

QUANTITY_HEADS = quantity_heads()  # "des milliers de manifestants": the people are in the complement
DEFINITE_ARTICLES = {"le", "la", "l'", "l’", "les", "the"}
PLURAL_POSSESSIVES = {"leur", "leurs", "their"}
RELATIVE_PRONOUNS = {"qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "who", "which", "that"}
# the Spanish model labels relative clauses plain `acl` ("los manifestantes, que habían ocupado …")
RELATIVE_CLAUSE_DEPS = {"acl:relcl", "relcl", "acl"}
COUNTED_GROUP_NOUNS = {"pays", "country", "countries", "país", "países"}
GROUP_NUMERALS = {"deux": 2, "trois": 3, "two": 2, "three": 3, "both": 2, "dos": 2, "tres": 3}
# PETRARCH's code for an agent whose country the text never gives ("la policía dispersó a los
# manifestantes" alone): the sector is still known, and scorers read "---" as no country
UNKNOWN_COUNTRY = "---"
PLACE_NAMED_PACTS = verb_class("place_named_pact")  # "la Convention de Vienne": the capital names the pact
# unnamed agents that act where they are (police, protesters, civilians, courts); officials, soldiers
# and refugees are often abroad ("met with the President … at the palace")
LOCAL_SECTORS = {"COP", "CVL", "OPP", "LAB", "EDU", "BUS", "MED", "REL", "AGR", "HLH", "JUD", "LEG"}
ORIGIN_PREPS = {"in", "from"}  # English "officials in/from <country>"
# English "it"/"its" stand for a country or a body, which the quote resolver never takes as antecedents
NEUTER_PRONOUNS = {"it", "its"}
PERSONAL_PRONOUNS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "lui", "eux", "he", "she", "they", "him", "them",
                     "son", "sa", "ses", "leur", "leurs", "his", "her", "their"}


@dataclass
class Argument:
    codes: list[str]
    text: str
    actor_ids: list[str]
    token: Token
    is_place: bool = False


PLACE_ENTS = {"LOC", "GPE"}  # entity labels of places (the model may tag a country's name NOUN)


class ActorReader:
    """Maps tokens to actor codes using the article's mentions (and pronoun resolution)."""

    def __init__(self, mentions: list[Mention], pronoun_resolver: Callable | None = None,
                 agent_sector: Callable[[str], str | None] | None = None, main_country: str | None = None,
                 demonym_country: Callable[[str], str | None] | None = None, lang: str = "fr",
                 text: str = "", country_named: Callable[[str], str | None] | None = None) -> None:
        self.country_named = country_named or (lambda phrase: None)
        self.place_country: Callable[[Token], str | None] = lambda tok: None  # set by the coder
        # the country of a place named by this very token ("le maire de Paris"), set by the coder
        self.named_place_country: Callable[[Token], str | None] = lambda tok: None
        self.capital_country: Callable[[str], str | None] = lambda name: None  # set by the coder
        self.demonym_country = demonym_country or (lambda word: None)
        self.lang = lang
        self.regions = region_demonyms(lang)
        self.anaphors = definite_anaphors(lang)
        self.collectives = collective_nouns(lang)
        titled = titled_mentions(mentions, text) if text else {}  # "Iraqi President Saddam Hussein"
        self.mentions = [titled.get(k, m) for k, m in enumerate(mentions)]
        self.pronoun_resolver = pronoun_resolver
        # a bare agent noun ("l'armée", "la police", "des civils") belongs to the article's country
        self.agent_sector = agent_sector or (lambda lemma: None)
        self.main_country = main_country
        # trigger lemma → the country its unnamed doer was placed in (frames.implied_agent)
        self.implied_countries: dict[str, str] = {}
        self._by_head = {m.head: m for m in self.mentions if m.head is not None}

    def mention_for(self, tok: Token) -> Mention | None:
        if tok.i in self._by_head:
            return self._by_head[tok.i]
        covering = [m for m in self.mentions if m.start <= tok.idx < m.end]
        return max(covering, key=lambda m: m.end - m.start) if covering else None  # (the first of the longest)

    def read(self, tok: Token) -> Argument | None:
        if tok.lower_ in RELATIVE_PRONOUNS and tok.head.dep_ in RELATIVE_CLAUSE_DEPS:
            tok = tok.head.head
        mention = self.mention_for(tok)
        if mention is None and tok.lower_ in PERSONAL_PRONOUNS and self.pronoun_resolver is not None:
            mention = self.pronoun_resolver(tok.doc, tok.i, self.mentions)
        if mention is None and tok.pos_ == "PRON" and tok.dep_ in {"obj", "iobj"} and tok.lang_ == "fr":
            mention = object_clitic_antecedent(tok, self.mentions, self.mention_for, self.pronoun_resolver)  # "Il l'a accusée"
        mention = mention or latter_mention(tok, self.mentions)  # "Ce dernier a condamné …"
        if mention is None and tok.lower_ in NEUTER_PRONOUNS:
            mention = neuter_antecedent(tok, self.mentions, self.mention_for)
        if mention is None and tok.lower_ in PLURAL_POSSESSIVES:
            mention = self.last_group_before(tok.idx)
        if mention is not None and mention.kind == "description" and mention.actor_id is None:
            again = self._title_used_again(tok)  # "le secrétaire général" no office-holder fills: the one named so
            if again is not None:
                return again
        if mention is not None and not (mention.code or mention.members):
            # a person the KB does not know, described by an apposition ("Navi Pillay, haute-commissaire
            # des Nations unies"): the body the description names
            found = self._apposition(tok) or self._apposition_as_conjunct(tok) or title_before(self, mention, tok)
            if found is None and tok.pos_ in {"NOUN", "PROPN"} and mention.end - mention.start == len(tok.text):
                found = self._bare_agent(tok)  # a common noun the NER took for a name ("Policías y …")
            return found
        if mention is None and tok.pos_ in {"NOUN", "PROPN"}:
            # a phrase whose head is generic ("les ministères de la Défense … des deux pays"), or a
            # common noun naming what the name after it is ("l'organisation armée basque ETA"): look inside
            generic = tok.pos_ == "PROPN" or self.agent_sector(tok.lemma_.lower())
            for sub in tok.children:
                if additive_phrase(sub):
                    continue  # "le président par intérim, de même que la Colombie": a co-subject
                # X: the model's tag for names it cannot read ("Moody's" → "Moody'" + "s")
                apposed_name = sub.pos_ in {"PROPN", "X"} and not _case_of(sub)
                inner = self._by_head.get(sub.i) or (self.mention_for(sub) if apposed_name else None)
                # ("M. Macron", "Mme Joly": the parser heads the name on the honorific the mention leaves out)
                if inner is not None and (sub.dep_ in {"nmod", "amod"} and (generic or apposed_name) or sub.dep_ == "flat:name"):
                    mention = inner  # (a name split in tokens has its head elsewhere: "Moody'" + "s")
                    break
                named = self._by_head.get(sub.i) if sub.head.i == tok.i and sub.dep_ == "compound" else None
                if named is not None and named.code and len(named.code) > 3 and not named.code.startswith("IGO"):
                    mention = named  # "al-Shabab militants", "Kremlin officials": the group or body named
                    break
        if mention is None:
            mention = named_member(tok, self.mention_for) or acronym_inside(tok, self._by_head) or member_body(tok, self._by_head)
        if mention is None and tok.lemma_.lower() in self.collectives and not self.agent_sector(tok.lemma_.lower()):
            # "les fédérations nationales des syndicats": the group acts as what it groups
            for sub in tok.children:
                if sub.dep_.startswith("nmod") and _case_of(sub) in {"de", "des", "du", "d'", "of", "de los", "de las"}:
                    grouped = self.read(sub)
                    if grouped is not None:
                        return grouped
        if mention is None:
            described = (self._counted_countries(tok) or self._definite_anaphor(tok) or self._named_apposition(tok)
                         or self._title_used_again(tok) or self._bare_agent(tok) or self._apposition_as_conjunct(tok) or self._demonym_people(tok)
                         or self._demonym_word(tok) or self.country_as_place(tok))
            return self._with_conjuncts(described, tok) if described is not None else None
        codes = list(mention.members) if mention.members else ([mention.code] if mention.code else [])
        ids = list(mention.member_ids) if mention.member_ids else ([mention.actor_id] if mention.actor_id else [])
        # (a conjunct the parser hangs on the last word of a name: "Vladimir Poutine et Emmanuel Macron",
        # or on the name apposed to a title: "Le chef de l'Etat Emmanuel Macron et son homologue")
        apposed = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and tok.doc[c.i - 1].text != ","]  # (not a list)
        name_parts = [tok] + [c for part in [tok] + apposed for c in part.children if c.dep_ in {"flat:name", "flat"}] + apposed
        extra = [self.read(c) for part in name_parts for c in part.children if c.dep_ == "conj"]
        extra += [self.read(c) for c in [*listed_before(tok), *stranded_conjuncts(tok)]]  # ("accusé les États-Unis et Israël")
        for arg in extra:
            if arg:
                codes += [c for c in arg.codes if c not in codes]
                ids += arg.actor_ids
        if not codes:
            return None
        place = _case_of(tok) in {"à", "au", "en", "dans", "in", "at"} and mention.kind in {"metonym", "name", "country"}
        return Argument(codes=codes, text=mention.name or mention.text, actor_ids=ids, token=tok, is_place=place)

    def _apposition_as_conjunct(self, tok: Token) -> Argument | None:
        """"le Conseil national syrien, principale coalition de l'opposition, a appelé": an apposition
        the parser took for a conjunct (comma, no "et") describes the unknown head."""
        for child in tok.children:
            before = child.doc[child.left_edge.i - 1].text if child.left_edge.i > 0 else ""
            comma = child.left_edge.text == "," or before == ","
            if child.dep_ == "conj" and comma and not any(c.dep_ == "cc" for c in child.children):
                return self.read(child)
        return None

    def _named_apposition(self, tok: Token) -> Argument | None:
        """"Le ministre des affaires étrangères, Laurent Fabius": the named person, not the title."""
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                found = self.mention_for(child)
                if found is not None and found.code:
                    return self.read(child)
        return None

    def _title_used_again(self, tok: Token) -> Argument | None:
        """"Le secrétaire général … demande" after "Bernard Thibault, son secrétaire général": a bare
        definite title takes up the last person the article gave that title (in apposition either way)."""
        lemma = tok.lemma_.lower()
        # no complement naming whose title it is ("de la CGT", "américain"); "encore en fonction" is no such complement
        bare = not any((c.dep_.startswith("nmod") and _case_of(c) in {"de", "du", "des", "d'", ""}) or c.dep_ in {"appos", "poss"}
                       or (c.dep_ == "amod" and self.demonym_country(c.lower_)) for c in tok.children)
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in tok.children)
        if tok.pos_ != "NOUN" or not bare or not definite or not self.agent_sector(lemma):
            return None
        for k in reversed(lemma_positions(tok.doc).get(lemma, ())):
            if k >= tok.i:
                continue
            earlier = tok.doc[k]
            linked = [earlier.head] if earlier.dep_ == "appos" else []
            linked += [c for c in earlier.children if c.dep_ == "appos"]
            left = earlier.i - 1  # "Laurent Berger, son secrétaire général" however it is parsed
            while left >= 0 and (tok.doc[left].is_punct or tok.doc[left].pos_ == "DET"):
                left -= 1
            linked += [tok.doc[left]] if left >= 0 else []
            for person in linked:
                m = self.mention_for(person)
                if m is not None and m.code and m.kind == "name" and m.gender is not None:
                    return Argument(codes=[m.code], text=m.name or m.text,
                                    actor_ids=[m.actor_id] if m.actor_id else [], token=tok)
        return None

    def _apposition(self, tok: Token) -> Argument | None:
        for child in tok.children:
            if child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"}:
                return self.read(child)
        return None

    def _with_conjuncts(self, arg: Argument, tok: Token) -> Argument:
        """"entre les indépendantistes algériens et l'armée française": every conjunct is an actor (also
        one the parser hangs on the adjective: "Rebelles tigréens et armée fédérale")."""
        on_adjective = [c for a in tok.children if a.dep_ == "amod" for c in a.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        for child in [*tok.children, *on_adjective, *stranded_conjuncts(tok)]:
            if child.dep_ == "conj":
                other = self.read(child)
                if other is not None:
                    arg.codes += [c for c in other.codes if c not in arg.codes]
                    arg.actor_ids += other.actor_ids
        return arg

    def _counted_countries(self, tok: Token) -> Argument | None:
        """"les deux pays": the last two distinct countries named before."""
        if tok.lemma_.lower() not in COUNTED_GROUP_NOUNS:
            return None
        count = next((GROUP_NUMERALS[c.lower_] for c in tok.children if c.lower_ in GROUP_NUMERALS), 0)
        if not count:
            return None
        found: list[str] = []
        for m in sorted((m for m in self.mentions if m.end <= tok.idx and m.code), key=lambda m: -m.start):
            country = m.code[:3]
            if country.isalpha() and country not in NOT_COUNTRIES and country not in found:
                found.append(country)
            if len(found) == count:
                return Argument(codes=found[::-1], text=tok.text, actor_ids=[], token=tok)
        return None

    def _definite_anaphor(self, tok: Token) -> Argument | None:
        """"L'ONG dénonce …" after "L'ONG Human Rights Watch …": the last organisation of that kind."""
        prefixes = self.anaphors.get(tok.lemma_.lower())
        definite = any("Def" in c.morph.get("Definite") or c.lower_ in {"ce", "cette"} for c in tok.children
                       if c.dep_ == "det")
        if not prefixes or not definite or any(c.dep_ in {"nmod", "amod", "appos"} for c in tok.children):
            return None
        for m in sorted((m for m in self.mentions if m.end <= tok.idx and m.code), key=lambda m: -m.start):
            code = m.code
            if any(code.startswith(p) or (p.startswith("*") and code[3:6] == p[1:]) for p in prefixes):
                return Argument(codes=[code], text=m.name or m.text, actor_ids=[m.actor_id] if m.actor_id else [],
                                token=tok)
        return None

    def _demonym_word(self, tok: Token) -> Argument | None:
        """A demonym with no agent noun stands for its country, as PETRARCH's dictionaries code it:
        "an Indian proposal", "the Israeli raid", "Palestinians blamed Israel"."""
        if tok.pos_ not in {"ADJ", "PROPN", "NOUN"} or (tok.pos_ != "ADJ" and not tok.text[:1].isupper()):
            return None  # a people is written with a capital ("les Algériens"); "algériens" is an adjective
        country = self.demonym_country(tok.text) or self.demonym_country(tok.lower_)
        return Argument(codes=[country], text=tok.text, actor_ids=[], token=tok) if country else None

    def capital_government(self, tok: Token) -> Argument | None:
        """A capital in the complement of an act's object stands for its government ("a salué la
        décision de Séoul"); elsewhere after "de" it is a place ("les attentats de Paris")."""
        named_pact = tok.head.lemma_.lower() in PLACE_NAMED_PACTS and tok.head.i != tok.i
        country = self.capital_country(tok.text) if tok.pos_ == "PROPN" and not named_pact else None  # ("la Convention de Vienne")
        return Argument(codes=[country + "GOV"], text=tok.text, actor_ids=[], token=tok) if country else None

    def country_as_place(self, tok: Token) -> Argument | None:
        """A country named after a place preposition has no actor mention ("to Israel", "at Russia"),
        but in an argument slot of the act it is the act's party."""
        if tok.pos_ != "PROPN":
            return None
        words = [t for t in tok.subtree if t.i <= tok.i and (t.i == tok.i or t.dep_ in {"compound", "det"})]
        phrase = " ".join(t.text for t in words if t.dep_ != "det" or t.lower_ == "the")
        country = self.country_named(phrase) or self.country_named(tok.text)
        return Argument(codes=[country], text=phrase, actor_ids=[], token=tok) if country else None

    def last_group_before(self, char: int) -> Mention | None:
        """"leur rencontre": the last plural group named before ("les deux présidents")."""
        groups = [m for m in self.mentions if m.members and m.end <= char]
        return groups[-1] if groups else None

    def _bare_agent(self, tok: Token) -> Argument | None:
        """An agent noun with no KB mention: "le gouvernement malien", "l'armée", "des milliers de
        manifestants" — its country from a demonym or a "de <country>" inside the phrase, else the
        article's main country, else unknown (UNKNOWN_COUNTRY)."""
        quantity = tok.lemma_.lower() in QUANTITY_HEADS
        # English titles are often PROPN ("Foreign Minister"); the Spanish model tags "miles" (de personas) NUM
        if tok.pos_ not in {"NOUN", "PROPN"} and not (quantity and tok.pos_ == "NUM"):
            return None
        if quantity:
            inner = [c for c in list(tok.children) + of_complements(tok)
                     if c.dep_.startswith("nmod") or c.dep_ == "pobj"]  # "des milliers de", "thousands of"
            inner = [c for c in inner if c.pos_ in {"NOUN", "PROPN"}]
            if inner:
                return self.read(inner[0])
            # "opposition groups", "rebel group": the agent noun modifying the quantity head
            kinds = [c for c in tok.children if c.dep_ in {"compound", "amod"} and self.agent_sector(c.lemma_.lower())]
            sector = self.agent_sector(kinds[0].lemma_.lower()) if kinds else (
                compound_sector(tok, self.agent_sector) if self.lang == "en" else self._phrase_sector(tok))  # "rights groups", "grupo armado"
            country = (self.country_in_phrase(tok) or self.sentence_country(tok) or self.main_country or UNKNOWN_COUNTRY)
            return Argument(codes=[country + sector], text=tok.text, actor_ids=[], token=tok) if sector else None
        if heads_locution(tok):
            return None  # "au cours de la semaine": a time locution, not "la cour"
        compound = english_sector(tok, self.agent_sector) if self.lang == "en" else None  # "opposition leader", "forces"
        sector = compound or self._phrase_sector(tok) or self.agent_sector(tok.lemma_.lower())
        if not sector:
            return None
        if sector == "GOV":
            # a title over another agent ("les leaders de la rébellion", "le porte-parole de l'armée")
            # names that agent's leadership: code the agent
            for child in of_complements(tok):
                if child.pos_ == "NOUN":
                    inner_sector = self.agent_sector(child.lemma_.lower())
                    if inner_sector and inner_sector != "GOV":
                        return self._bare_agent(child)
                body = self.mention_for(child) if child.pos_ == "PROPN" else None
                if body is not None and body.code and len(body.code) > 3 and body.code[3:6] != "GOV" \
                        and body.kind == "name" and not body.rule.startswith("ner-person"):
                    # "le secrétaire général de la CGT", "le président du Medef": the body's leader speaks for it
                    return Argument(codes=[body.code], text=body.name or body.text,
                                    actor_ids=[body.actor_id] if body.actor_id else [], token=tok)
        # "Protesters clashed with riot police in Ottawa": the country of the act's place before the article's
        local = possessor_country(tok, self.read) or (self.place_country(tok) if sector in LOCAL_SECTORS else None)  # "their forces"
        country = self.country_in_phrase(tok) or local or self.country_in_phrase(conjunct_head(tok)) \
            or self.sentence_country(tok, sector=sector) or self.main_country or UNKNOWN_COUNTRY
        return Argument(codes=[country + sector], text=tok.text, actor_ids=[], token=tok)

    def _phrase_sector(self, tok: Token) -> str | None:
        """A many-word agent noun ("les forces de l'ordre", "los dirigentes sindicales"): agent_phrases.py."""
        return phrase_sector(tok, self.agent_sector, self.lang)

    def sentence_country(self, tok: Token, skip: set[int] = frozenset(), sector: str | None = None) -> str | None:
        """The one country the sentence names ("Sur le plan politique israélien, le chef du parti…"):
        closer context than the article's most named country. None when it names several or none.
        `skip`: token indices whose names do not count (the people an implied agent acts on);
        `sector`: an agent of that sector named with its country in the same sentence is another one
        ("l'armée fédérale, appuyée par l'armée de l'Érythrée": not Eritrea's)."""
        sent = tok.sent
        skipped = {tok.doc[i].idx for i in skip}
        found = {m.code[:3] for m in self.mentions if m.code and sent.start_char <= m.start < sent.end_char
                 and m.code[:3].isalpha() and m.code[:3] not in NOT_COUNTRIES and m.start not in skipped
                 and not (m.head is not None and is_destination(tok.doc[m.head]))  # ("avant de rallier la Suisse")
                 and not (sector and m.code[3:6] == sector)}
        found |= {c for t in sent if t.pos_ == "ADJ" and t.i not in skip and (c := self.demonym_country(t.lower_))}
        found |= {c for t in sent if t.pos_ == "PROPN" and t.i not in skip and located(t) and not is_destination(t) and (c := self.named_place_country(t))}
        return found.pop() if len(found) == 1 else None

    def _demonym_people(self, tok: Token) -> Argument | None:
        """A counted plural demonym that no mention covers ("varios centenares de serbios bloquearon
        la carretera", "2.000 israelíes"): that country's people (civilians). Uncounted ("les
        Algériens") it may stand for the nation at war, so it is left alone."""
        if tok.pos_ not in {"NOUN", "PROPN", "ADJ"} or "Plur" not in tok.morph.get("Number"):
            return None
        counted = tok.head.lemma_.lower() in QUANTITY_HEADS or any(c.dep_ == "nummod" or c.lower_ in PEOPLE_QUANTIFIERS for c in tok.children)
        if not counted:
            return None
        country = self.demonym_country(tok.lower_)
        return Argument(codes=[country + "CVL"], text=tok.text, actor_ids=[], token=tok) if country else None

    def country_in_phrase(self, tok: Token) -> str | None:
        english_of = [c for c in of_complements(tok) if c.dep_ == "pobj"]  # "the government of Iraq"
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS):
            for pobj in (g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"):
                found = self.country_as_place(pobj)  # "officials in the United States": no mention after "in"
                if found is not None or self.named_place_country(pobj):  # "officials in Mumbai": the city's country
                    return found.codes[0] if found is not None else self.named_place_country(pobj)
        for child in list(tok.children) + english_of:
            if child.dep_ in {"amod", "nmod", "compound", "poss", "nmod:poss", "pobj"} and not additive_phrase(child):
                m = self.mention_for(child)
                international = m is not None and m.code and m.code.startswith("IGO")  # "UN troops" → IGOUNOMIL
                if m is not None and m.code and m.kind in {"demonym", "name", "country"} and (len(m.code) == 3 or international):
                    return m.code
                country = self.demonym_country(child.lower_) or self.regions.get(child.lower_)
                if country:
                    return country
                if (child.pos_ == "PROPN" or child.ent_type_ in PLACE_ENTS) and child.dep_ in {"nmod", "pobj"}:
                    # "le maire de Paris", "the governor of Texas", "les généraux … au Soudan" (tagged NOUN)
                    country = self.named_place_country(child)
                    if country:
                        return country
        return None


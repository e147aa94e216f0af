"""Code one article's events: trigger → arguments → modality → CAMEO code, with evidence."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations
from typing import Callable

from spacy.tokens import Doc, Token

from foedus.events.allegations import fold_allegations
from foedus.events.english_parties import own_people
from foedus.actors.article_country import main_country
from foedus.events.arguments import UNKNOWN_COUNTRY, ActorReader
from foedus.events.slots import slot_tokens, verb_subject
from foedus.events.english import fold_result_participles, is_denied, is_scheduled, meeting_host
from foedus.events.frames import VISIT_CODES, case_of, condemned_force_act, reciprocal, source_target, unnamed_owner
from foedus.events.patients import casualty_verb, hits_unnamed, identified_nationalities, strikes_military_objects, struck_place, unnamed_people
from foedus.events.inherited_source import inherited_source
from foedus.events.object_acts import fold_object_acts
from foedus.events.implicit import (PLACE_SLOT, SELF_SLOT, STATE_SECTORS, demand_code, dissent_code, domestic_government, is_internal_order, own_government_target,
                                    own_sector_targets, force_doer, perpetrator_target, place_targets, protest_abroad_target, reported_act_doer,
                                    releaser_sources,
                                    requester_target)
from foedus.events.kb_lookups import agent_sector_lookup, capital_lookup
from foedus.events.lexicon import Trigger, intent_verbs, person_nouns, trigger_lexicon, verb_class
from foedus.events.matching import addresses_an_audience, match_trigger, reporting_lemmas
from foedus.events.means import fold_means
from foedus.events.modality import (OBLIGATION_AUXILIARIES, future_code, is_future, is_hypothetical, is_intended,
                                    is_naming, is_negated, is_question, is_reported_future, is_reported_obligation,
                                    is_standing_relation)
from foedus.events.ontology import lookup
from foedus.events.phrase_targets import phrase_target
from foedus.events.quoted_parties import incise_quote, is_verdict, judged_by_verb, quoted_party
from foedus.events.refusals import negated_reading, ruled_in
from foedus.events.repeats import repeats, restated, told_again, told_before, visit_codes
from foedus.events.settings import coder_settings, one_sided_pairs
from foedus.events.wrapping import fold_wrapped_acts
from foedus.events.street import (armed_killing_code, fold_grievances, fold_purpose_protests,
                                  street_clash, victims_as_civilians)
from foedus.records import Event, Mention, Place, Quote, TimeExpr
from foedus.language.syntax import doc_text

BARE_STATEMENT_CODES = {"010"}
ATTACK_ROOTS = {"18", "19", "20"}
UNILATERAL_ROOTS = {"16"}  # reduce relations: mutual only when both are the subject ("les deux pays ont rompu")
ARREST_CODES = {"173"}
# verbs that also take ideas as objects ("combattre l'antisémitisme", "fight corruption"): an unnamed
# object is no civilian victim
FIGHTS_IDEAS = verb_class("fights_ideas")
# territory taken is held from whoever held it (armed forces, rebels), not from its civilians
OCCUPY_CODES = {"192"}
PROPERTY_CODES = {"171", "1711", "1712"}  # seizing or destroying property: no actor is named as its owner
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"}
MAX_GROUP_EXPANSION = 4  # ANNOTATION.md: acts of five or more parties are not expanded


@dataclass
class Candidate:
    trigger: Trigger
    token: Token
    code: str
    sources: list[str]
    targets: list[str]
    source_text: str | None
    target_text: str | None
    modality: str = "asserted"
    wrapped: bool = False
    quote: Quote | None = None
    target_token: Token | None = None  # where the target was read, when a slot gave it
    one_way: bool = False  # a symmetric trigger read in one direction only (street.py)


def _quote_at(quotes: list[Quote], char: int) -> Quote | None:
    inside = [q for q in quotes if q.start <= char < q.end and q.speaker_text and q.speech]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


def _inside_actor_name(tok: Token, reader: ActorReader) -> bool:
    """A trigger word that is part of an actor's name or description ("l'Organisation de libération
    de la Palestine", "les partis d'opposition serbes") names the actor, not an act."""
    if tok.pos_ == "NOUN" and reader.agent_sector(tok.lemma_.lower()) is not None and (
            tok.dep_ == "appos" and tok.head.pos_ == "PROPN" or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)):
        return True  # "Michel Barnier, négociateur de l'UE": a title apposed to a name
    mention = reader.mention_for(tok)
    if mention is None or not mention.code or mention.end - mention.start <= len(tok.text):
        return False
    # the head of a description may still be an act ("la visite du président"), unless the trigger
    # word is itself an agent noun ("l'opposition serbe")
    return mention.head != tok.i or reader.agent_sector(tok.lemma_.lower()) is not None


def _third_party_doer(tok: Token, reader: ActorReader) -> bool:
    """The reported act has its own doer, named by a common noun no actor covers ("la centrale
    précise que l'agent avait formulé une demande"): it is not the speaker's act."""
    verb = tok.head if tok.pos_ == "NOUN" and tok.dep_ in {"obj", "dobj"} else tok
    people = person_nouns(reader.lang)
    return any(c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} and c.lemma_.lower() in people for c in verb.children)


def speaker_affiliation(reader: ActorReader, doc: Doc, quote: Quote) -> str | None:
    """The code of a speaker the KB does not know, from the body the article attaches to them
    ("Myriam Martinet, de la CGT", "Navi Pillay, haute-commissaire de l'ONU"): read at the last
    mention of that name before the quote."""
    if not quote.speaker_text:
        return None
    named = [m for m in reader.mentions if m.head is not None and m.start < quote.start
             and quote.speaker_text in {m.name, m.text}]
    for mention in reversed(named):
        head = doc[mention.head]
        arg = reader.read(head)
        if arg is not None and arg.codes:
            return arg.codes[0]
        for child in head.children:  # "Myriam Martinet, de la CGT": the body after "de"
            body = reader.mention_for(child) if child.dep_ == "nmod" and case_of(child) in {"de", "du", "d'"} else None
            if body is not None and body.code and body.kind == "name":
                return body.code
    return None


def _in_unattributed_quote(quotes: list[Quote], char: int) -> bool:
    return any(q.start <= char < q.end and q.kind == "direct" and not q.speaker_text for q in quotes)


def candidates_in(doc: Doc, lang: str, reader: ActorReader, quotes: list[Quote]) -> list[Candidate]:
    found: dict[int, Candidate] = {}
    reporting = reporting_lemmas(lang)
    for tok in doc:
        if is_reported_obligation(tok, reporting) and not is_negated(tok):
            demand = _obligation_candidate(tok, lang, reader)
            if demand is not None:
                found[tok.i] = demand
            continue  # the demanded act is not done
        trig = match_trigger(tok, lang) if tok.lower_ not in OBLIGATION_AUXILIARIES else None
        trig = negated_reading(tok, lang, trig)  # a negated act is not done; "won't accept" refuses
        if trig is None or (trig.code in BARE_STATEMENT_CODES and not addresses_an_audience(trig)):
            # "a dit à X": its content, when a speech act, is coded by its own trigger; a speech made
            # before an assembly ("son discours devant l'Assemblée") is the act itself
            continue
        hypothetical = is_hypothetical(tok) and not is_reported_future(tok, reporting)
        if (hypothetical or is_question(tok) or is_naming(tok) or _inside_actor_name(tok, reader)
                or is_denied(tok) or is_standing_relation(tok, trig.code)):
            continue
        source, target = source_target(reader, tok, trig)
        verdict = is_verdict(tok, trig)
        if verdict and judged_by_verb(tok, lang):
            continue  # "condamne ces sanctions illégales": one condemnation
        if verdict and tok.pos_ == "NOUN" and source is not None and (source.token is None or source.token.head.i != tok.i):
            source = None  # "X constitue un crime", "X mène une politique d'ingérence": X is judged, not judging
        if source is None and trig.code not in BARE_STATEMENT_CODES and not verdict:
            # (a verdict is its judge's, never the doer's of the clause it sits in: "« La Russie
            # mène une guerre lâche, et cela constitue un crime de guerre »")
            source = inherited_source(reader, tok, quotes)  # "staged a strike in protest against …", "…, accusant X"
        if target is None and source is not None and condemned_force_act(tok, trig) is None:
            target = phrase_target(reader, tok, trig.code, source.codes)  # English: a party deeper in the phrase
        if told_before(tok, (source, target)):
            continue
        quote = _quote_at(quotes, tok.idx)
        if quote is None and _in_unattributed_quote(quotes, tok.idx):
            continue  # words nobody is said to have spoken (a linked headline) assert nothing
        sources = source.codes if source else []
        targets = target.codes if target else []
        if quote is not None:
            # an act stated inside a quote is the speaker's: "nous"/the speaker's own country → the speaker
            speaker_code = quote.speaker_code or speaker_affiliation(reader, tok.doc, quote)
            # (the speaker's bare country or own sector only: "a court in Guyana has issued warrants, a
            # police officer said" is the court's act, not the reporting officer's)
            # ("Jordan and Britain have agreed …, a Jordanian official confirmed": a joint act of
            # several named parties stays theirs)
            own = len(sources) == 1 and sources[0] in {speaker_code[:3], speaker_code} if speaker_code else False
            mutual = trig.symmetric and len(targets) >= 2  # "un sommet entre A et B", reported by C: A and B met
            if speaker_code and (own or (not sources and trig.code[:2] in VERBAL_ROOTS and not mutual
                                         and not _third_party_doer(tok, reader))):
                sources = [speaker_code]
            # (a speech act is aimed at the one spoken to; a truce or talks the words mention are not
            # made with the listener: "determined to get a ceasefire", said to Herzog)
            if not targets and quote.addressee_actor_id is not None and trig.code[:2] in VERBAL_ROOTS and not trig.symmetric:
                targets = [c for c in (reader_code(reader, quote.addressee_actor_id),) if c]
            if not targets and verdict:
                # "« C'est inacceptable quand HP… »", "« l'imprudence croissante d'Israël »"
                targets = quoted_party(reader, tok, quote, sources)
        elif trig.code[:2] in {"11", "12"} and (said := incise_quote(tok, quotes)) is not None and said.speaker_code:
            # "« Le gouvernement ment », a dénoncé X": the quote's speaker criticises what the quote names
            sources = [said.speaker_code]
            targets = targets if targets and targets != sources else quoted_party(reader, tok, said, sources)
        hits = (trig.code[:2] in ATTACK_ROOTS or trig.code in PROPERTY_CODES) and trig.lemma not in FIGHTS_IDEAS \
            and trig.code not in OCCUPY_CODES and not any(s.startswith((SELF_SLOT, PLACE_SLOT)) for s in trig.target_slots)
        # "des frappes israéliennes ont tué 20 personnes à Gaza": the act's victims are the verb's
        at = (casualty_verb(tok) or tok) if hits and sources and not targets else tok
        victims = next((a for c in at.children if c.dep_ in {"obj", "dobj"} and (a := reader.read(c)) is not None), None) \
            if at is not tok else None
        targets = victims.codes if victims is not None and not set(victims.codes) & set(sources) else targets
        struck = struck_place(at, reader) if hits and sources and not targets else None
        if struck and all(src[:3] != struck for src in sources):
            targets = [struck]  # "l'armée russe a bombardé Kharkiv": the country the place is in
        elif hits and sources and not targets and hits_unnamed(at, reader):
            # an attack on people or places no actor names ("ont attaqué un hôtel", "pris en otage des
            # personnes") targets the civilians of the country it happens in
            owner = unnamed_owner(at, reader)  # "sur un véhicule israélien": the country named
            place = reader.place_country(at)
            country = owner or place or reader.main_country  # "struck targets in Gaza"
            # (a state's forces striking unnamed things with no place given are not striking their own
            # people: "its fighter jets targeted launchers" in an article about Israel)
            own_forces = not owner and not place and strikes_military_objects(tok, lang) \
                and any(src[:3] == country and src[3:6] in STATE_SECTORS for src in sources)
            targets = ([owner] if owner else [country + "CVL"]) if country and not own_forces and all(
                src[:3] != country or len(src) > 3 for src in sources) else []
        held = unnamed_people(tok, reader) if trig.code in ARREST_CODES and sources and not targets else None
        if held is not None:
            # "cinq hommes ont été arrêtés": civilians of the arresting country, or of the one their
            # demonym names ("two Romanian nationals")
            country = reader.country_in_phrase(held) or sources[0][:3]
            targets = [country + "CVL"] if country.isalpha() else []
        if trig.code in ARREST_CODES and sources and all(t[3:] == "CVL" for t in targets) and all(
                src[3:6] in STATE_SECTORS for src in sources):
            # "quatre personnes ont été arrêtées ; il s'agit de deux Polonais et de deux Russes"
            targets = [c for c in identified_nationalities(tok, reader) if c != sources[0][:3]] or targets
        targets = own_people(sources, targets, target.token if target else None)  # "advised Australians to …"
        future = is_future(tok, reporting) or is_scheduled(tok) or is_intended(tok, intent_verbs(lang)) or ruled_in(tok)
        found[tok.i] = Candidate(trig, tok, future_code(trig.code) if future else trig.code, sources, targets,
                                 source.text if source else None, target.text if target else None,
                                 modality="intent" if future else "asserted", quote=quote,
                                 target_token=target.token if target else None)
    fold_wrapped_acts(found)
    fold_purpose_protests(found)
    fold_grievances(found)
    fold_allegations(found)
    fold_result_participles(found, ATTACK_ROOTS)
    fold_means(found)  # "killed in a car bombing": the bombing's code
    fold_object_acts(found)
    kept = [c for c in found.values() if not c.wrapped]
    _implicit_targets(kept)
    return [c for c in kept if not is_internal_order(c)]


def _identified(code: str | None) -> str | None:
    """An actor whose country nothing gave (UNKNOWN_COUNTRY: "the spokesman" of no known state) is
    not identified: the event keeps its evidence but no side (ANNOTATION.md: no identifiable source
    or target, no event to score). PETRARCH's suites keep it (settings.unknown_country)."""
    return code if code and (not code.startswith(UNKNOWN_COUNTRY) or coder_settings().unknown_country) else None


def _obligation_candidate(tok: Token, lang: str, reader: ActorReader) -> Candidate | None:
    """"X said that Y must …": X demands of Y (the lexicon's line for the modal gives the code)."""
    trig = next(iter(trigger_lexicon(lang).get(("must", "VERB"), ())), None)
    reporter = next(iter(slot_tokens(tok.head, "nsubj")), None) or verb_subject(tok.head)
    obliged = next(iter(slot_tokens(tok, "nsubj")), None)
    source = reader.read(reporter) if reporter is not None else None
    target = reader.read(obliged) if obliged is not None else None
    if trig is None or target is None or (source is None and not coder_settings().one_sided):
        return None  # (one-sided events: a demand whose maker the text does not name)
    return Candidate(trig, tok, trig.code, source.codes if source else [], target.codes, source and source.text, target.text,
                     modality="demand", target_token=target.token)


def _implicit_targets(cands: list[Candidate]) -> None:
    """Targets the sentence leaves implicit, in text order (see events/implicit.py)."""
    for n, cand in enumerate(cands):
        cand.code = demand_code(cand)
        cand.code = dissent_code(cand)
        cand.code = armed_killing_code(cand)
        cand.targets = victims_as_civilians(cand)
        again = told_again(cand.token, cand.sources, cand.source_text,
                           [({c.token.lemma_, c.trigger.with_lemma}, c.sources, c.targets) for c in cands[:n] if c.code[:2] == cand.code[:2]])
        if again is not None:
            cand.sources, cand.targets, cand.one_way = list(again[0]), list(again[1]), True
            continue  # the act told before, as told (its repeat is then kept once)
        clash = street_clash(cand)
        if clash is not None:
            cand.sources, cand.targets, cand.code, cand.one_way = clash[0], clash[1], "145", True
        if expand_pairs(cand):
            continue
        earlier = cands[:n]
        if not cand.sources:
            cand.sources = releaser_sources(cand)
        if not cand.sources and (doers := force_doer(cand, cands)):
            cand.sources, cand.one_way = doers, True  # the war the doer wages, not a mutual one
        found = (own_sector_targets(cand) or perpetrator_target(cand, earlier) or reported_act_doer(cand, earlier)
                 or requester_target(cand, earlier)
                 or own_government_target(cand))
        if found:
            cand.targets = found


def reader_code(reader: ActorReader, actor_id: str) -> str | None:
    for m in reader.mentions:
        if m.actor_id == actor_id and m.code:
            return m.code
    return None


def _same_actor(a: str, b: str) -> bool:
    """An actor acting on itself: equal codes, or a country and one of its own sectors
    (BRAGOV → BRA). Two sectors of one country (AFGREB → AFGCVL) are distinct actors."""
    return a == b or (a[:3] == b[:3] and (len(a) == 3 or len(b) == 3))


def expand_pairs(cand: Candidate) -> list[tuple[str, str]]:
    sources, targets = cand.sources, cand.targets
    if len(sources) > MAX_GROUP_EXPANSION or len(targets) > MAX_GROUP_EXPANSION:
        return []
    if not targets and len(sources) >= 2 and (cand.trigger.symmetric or reciprocal(cand.token)) and not cand.one_way:
        return [(a, b) for a, b in permutations(sources, 2) if not _same_actor(a, b)]
    if len(targets) >= 2 and not sources and cand.trigger.symmetric:
        return [(a, b) for a, b in permutations(targets, 2) if not _same_actor(a, b)]
    pairs = [p for p in (domestic_government(s, t) for s in sources for t in targets) if not _same_actor(*p)]
    # (breaking ties with a named party is the subject's act alone: "A a rompu ses relations avec B")
    if cand.trigger.symmetric and pairs and _direct_party(cand) and not cand.one_way and cand.modality != "intent" \
            and cand.code[:2] not in UNILATERAL_ROOTS:
        # "rencontrera son homologue": the subject states the intent to meet, the other party does not
        pairs += [(t, s) for s, t in pairs if (t, s) not in pairs]
    return pairs


def _direct_party(cand: Candidate) -> bool:
    """A symmetric act is mutual with a party of the trigger itself ("agreed with Iran"), not with
    the party of an act in its complement ("agreed to lift the sanctions on Iran")."""
    node = cand.target_token
    for _ in range(5):
        if node is None or node.i == cand.token.i:
            return True
        if node.head.i == node.i or (node.pos_ in {"VERB", "AUX"} and node.i != cand.target_token.i):
            return False
        node = node.head
    return False


def _host_is_a_named_party(cand: Candidate, host: str, reader: ActorReader) -> bool:
    """Every place the sentence names is an actor's name ("The US, Russia and Switzerland met"): the
    place scan reads country names as places, but the meeting's place is not given."""
    parties = {s[:3] for s in cand.sources + cand.targets}
    if host not in parties:
        return False
    sent = cand.token.sent
    return all(reader.mention_for(t) is not None for t in sent if t.ent_type_ in {"GPE", "LOC"} and t.pos_ == "PROPN")


def code_events(doc: Doc, article_id: str, lang: str, published: str | None, mentions: list[Mention],
                quotes: list[Quote], timexes: list[TimeExpr], host_of: Callable[[Token], str | None],
                date_for: Callable[[int, int, int, int], tuple[str | None, str]],
                pronoun_resolver: Callable | None = None, place_countries: list[str] | None = None,
                place_of: Callable[[Token], Place | None] | None = None,
                places: list[Place] | None = None) -> list[Event]:
    sector_of, demonym_of, country_named = agent_sector_lookup(lang)
    reader = ActorReader(mentions, pronoun_resolver, agent_sector=sector_of,
                         main_country=main_country(mentions, place_countries or []), demonym_country=demonym_of,
                         lang=lang, text=doc_text(doc), country_named=country_named)
    if place_of is not None:
        reader.place_country = lambda tok: getattr(place_of(tok), "country", None)
    reader.capital_country = capital_lookup()
    reader.named_place_country = lambda tok: next(
        (p.country for p in places or () if p.start <= tok.idx < p.end and p.country), None)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    events: dict[tuple, Event] = {}
    visited: set[frozenset[str]] = set()  # country pairs with a visit already coded
    coded: set[tuple[str, str, str, str | None]] = set()  # (source, target, code, date) already coded
    for cand in candidates_in(doc, lang, reader, quotes):
        sent = cand.token.sent
        date, precision = date_for(cand.token.idx, cand.token.idx + len(cand.token), sent.start_char, sent.end_char)
        if precision == "day" and published and date and date > published and cand.modality == "asserted" \
                and "Past" not in cand.token.morph.get("Tense"):
            # an act dated after the article was published has not been done: it is planned ("doit
            # rencontrer ce samedi Kerry à Genève" → intent to meet); a verb in a past tense was done,
            # whatever day the sentence names elsewhere. The intent is dated as stated, by the article
            # (the day named is the plan's, not the intent's)
            cand.code, cand.modality = future_code(cand.code), "intent"
            date, precision = published, "publication"
        host = host_of(cand.token) if cand.code in VISIT_CODES else None
        place = place_of(cand.token) if place_of else None
        host = meeting_host(host, place, reader.mentions, (cand.source_text, cand.target_text),
                            lambda: _host_is_a_named_party(cand, host, reader))
        if cand.code == "042" and not cand.targets and host and all(src[:3] != host for src in cand.sources):
            cand.targets = [host + "GOV"]  # "la visite de Hollande à Moscou": the host country's government
        if not cand.targets and place is not None and place.country:
            cand.targets = place_targets(cand, place.country)  # "est attendu à Alger" (lexicon slot place:GOV)
        cand.targets = protest_abroad_target(cand, place.country if place else None) or cand.targets
        for source, target in expand_pairs(cand) or one_sided_pairs(cand.sources, cand.targets, MAX_GROUP_EXPANSION):
            codes = visit_codes(cand.code, source, target, host) if source and target else [(cand.code, source, target)]
            pair = frozenset((source[:3], target[:3]))
            if codes[0][0] in {"042", "043"}:
                if pair in visited:
                    continue  # ANNOTATION.md: the same visit mentioned again ("ce déplacement") is one event
                visited.add(pair)
            elif codes[0][0] in {"040", "044"} and pair in visited:
                continue  # ANNOTATION.md: the talks held during a visit are no separate 040
            for code, s, t in codes:
                key = (s, t, code, date)
                if key in events or repeats(coded, s, t, code, date) or restated(events, s, t, code, date, precision):
                    continue
                coded.add((s, t, code, date))
                entry = lookup(code)
                events[key] = Event(
                    article_id=article_id, sentence=sent_index.get(sent.start, 0),
                    start=sent.start_char, end=sent.end_char, source=_identified(s), target=_identified(t), code=code, root=entry.root,
                    quad_class=entry.quad_class, goldstein=entry.goldstein, plover=entry.plover,
                    plover_mode=entry.plover_mode, date=date, date_precision=precision,
                    place=place.name if place else None, place_country=place.country if place else None,
                    lat=place.lat if place else None, lon=place.lon if place else None,
                    source_text=cand.source_text, target_text=cand.target_text, trigger=cand.token.text,
                    modality=cand.modality if cand.quote is None else "reported",
                    in_quote_of=cand.quote.speaker_text if cand.quote else None,
                    sentence_text=sent.text.strip(), rule=cand.trigger.rule,
                    confidence=0.7 if cand.quote is None else 0.6,
                )
    return list(events.values())

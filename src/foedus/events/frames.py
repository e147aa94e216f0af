"""Reading a trigger's frame: which actors fill its source and target, from the lexicon's slots
first, then from parse repairs and the trigger's clause (the PETRARCH-style fallbacks)."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.arguments import ActorReader, Argument
from foedus.events.arrivals import visitor_on_visit
from foedus.events.slots import demonym_filler, in_attribution, is_passive, passive_agent, slot_tokens, stolen_object, verb_subject
from foedus.events.clause_parties import BORDER_HEADS, PLACE_HEADS, WITNESSING_VERBS, clause_source, clause_target, occasion_parties
from foedus.events.english import doer_of_object_act
from foedus.events.object_acts import condemned_act_trigger, condemned_force_act
from foedus.events.regions import region_between, with_hung_second_party
from foedus.events.implicit import aimed_at_someone, anti_targets, bears_arms
from foedus.events.lexicon import Trigger, combining_forms
from foedus.events.phrases import OCCASION_WORDS
from foedus.time.lexicon import is_day_word
from foedus.language.syntax import CLAUSE_ARGUMENT_DEPS

VISIT_CODES = {"040", "042", "043", "044"}
FORCE_ROOTS = {"18", "19", "20"}  # where force is used, that country is hit: its place names a target
ABOUT_CASES = {"contra", "por", "sobre"}  # a Spanish noun phrase an act is about, not a party to it
REACTION_ROOTS = {"11", "12"}  # disapproval and rejection: "condemned this attack by X" is aimed at X
VICTIM_CASES = {"contre", "envers", "against"}
HOSTILE_ROOTS = {"11", "12", "13", "16", "17", "18", "19", "20"}  # acts "anti-X" aims at X ("les sanctions antirusses")
OWNER_PREPS = {"of", "by", "from"}  # "the decision of Seoul"; "an agreement in Minsk" is a place, not its author
MANNER_CASES = {"en", "in"}  # "bloquearon la ruta en protesta por …": the act is done as a protest
REFLEXIVE = {"se", "s'", "s’", "soi"}
STATEMENT_CODES = {"010"}
# verbs whose subject makes the speech their object names ("a prononcé un discours devant …")
SPEAKING_LIGHT_VERBS = {"prononcer", "faire", "tenir", "donner", "livrer", "adresser", "deliver", "give", "make"}
DATIVE_SLOTS = {"iobj", "obl:à", "nmod:à"}
IMPLIED_SLOT = "implied:"  # lexicon source slot: the agent a passive leaves unsaid, as a sector of the place's country
RECIPROCAL_MARKERS = {"l'un", "l’un", "mutuellement", "réciproquement", "each other", "one another"}


def _args(reader: ActorReader, tok: Token, slots: tuple[str, ...]) -> Argument | None:
    for slot in slots:
        for filler in slot_tokens(tok, slot):
            arg = reader.read(filler)
            if arg is not None:
                return arg
    return None


def _country_struck(reader: ActorReader, tok: Token, trig: Trigger) -> Argument | None:
    """"ses bombardements sur la Syrie", "des frappes contre l'Irak": a country the actor layer
    read as a place ("sur", "contre" name places too) is the attack's target itself."""
    if trig.code[:2] not in FORCE_ROOTS:
        return None
    # the parser may hang the place on the light verb: "poursuit ses bombardements | sur la Syrie"
    heads = [tok, tok.head] if tok.dep_ in CLAUSE_ARGUMENT_DEPS and tok.head.pos_ == "VERB" else [tok]
    for slot in (s for s in trig.target_slots if s.endswith((":sur", ":contre", ":on", ":against"))):
        for filler in (f for head in heads for f in slot_tokens(head, slot)):
            named = reader.country_as_place(filler)  # "sur la Yougoslavie"
            if named is not None:
                return named
            # "sur Alep": the city's country; "contre la capitale Bangui": the name apposed to the place noun
            named_places = [filler] + [c for c in filler.children if c.dep_ in {"nmod", "appos", "flat:name"}
                                       and c.pos_ == "PROPN" and not case_of(c)]
            country = next((c for f in named_places if f.pos_ == "PROPN" and (c := reader.named_place_country(f))), None)
            if country:
                return Argument(codes=[country], text=filler.text, actor_ids=[], token=filler)
            owner = _owner_of_struck(reader, filler)
            if owner is not None:
                return owner
    if tok.pos_ == "NOUN" and tok.dep_ in {"obj", "nsubj", "nsubj:pass"}:
        # "accentuent leur offensive terrestre à Gaza": a war waged in a country hits that country (an
        # attack only aimed at — "les bases … pour une attaque en Irak" — is not waged)
        for filler in (c for c in tok.children if c.dep_.startswith("nmod") and case_of(c) in WAGED_IN_CASES):
            named = reader.country_as_place(filler)
            country = named.codes[0] if named is not None else (
                reader.named_place_country(filler) if filler.pos_ == "PROPN" else None)
            if country:  # (a country's own forces at home act on themselves: the coder drops that pair)
                return Argument(codes=[country], text=filler.text, actor_ids=[], token=filler)
    return None


WAGED_IN_CASES = {"à", "en", "dans"}
OWNER_CASES = {"de", "du", "des", "d'"}


def _demonym_target(reader: ActorReader, tok: Token, trig: Trigger) -> Argument | None:
    country = demonym_filler(tok, trig.target_slots, reader.demonym_country) if trig.code[:2] in {"16", "17"} else None
    return Argument(codes=[country], text=country, actor_ids=[], token=tok) if country else None  # "contre des entités russes"


def _owner_of_struck(reader: ActorReader, thing: Token) -> Argument | None:
    """"des raids contre des objectifs militaires du Hamas": the owner of the things struck."""
    if reader.read(thing) is not None or thing.pos_ != "NOUN":
        return None
    for owner in (c for c in thing.children if c.dep_.startswith("nmod") and case_of(c) in OWNER_CASES):
        arg = reader.read(owner)
        if arg is not None and not arg.is_place:
            return arg
    return None


def source_target(reader: ActorReader, tok: Token, trig: Trigger) -> tuple[Argument | None, Argument | None]:
    if tok.pos_ in {"VERB", "AUX"} and is_passive(tok) and "nsubj:pass" not in trig.source_slots:
        # (lines with an nsubj:pass source are active meanings the model parses as passive: ORIGIN-triggers.md)
        agent = passive_agent(tok)
        source = reader.read(agent) if agent is not None else None
        target = _args(reader, tok, ("nsubj",)) if "obj" in trig.target_slots else None
        if target is None:
            target = _args(reader, tok, tuple(s for s in trig.target_slots if s != "obj"))
        if target is None and "obj" in trig.target_slots and tok.dep_ == "acl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            target = reader.read(tok.head)  # "the dissidents jailed by the government": the noun the participle qualifies
        subjects = slot_tokens(tok, "nsubj")
        if target is None and subjects and "obj" in trig.target_slots and trig.code[:2] in REACTION_ROOTS:
            target = _args(reader, subjects[0], ("poss",))  # "X's plan was rejected by Y": the plan's owner
        if agent is None and source is None:
            source = implied_agent(reader, tok, trig)
        between = tuple(s for s in trig.target_slots if s.endswith(":entre"))
        if source is None and target is None and trig.symmetric and between:
            target = _between_below(reader, tok, between)  # "un accord a été signé … entre A et B"
        return source, target
    source = _args(reader, tok, trig.source_slots)
    if source is None and tok.pos_ == "NOUN" and "nmod:de" in trig.source_slots and trig.code[:2] not in FORCE_ROOTS | {"04", "14", "17"}:
        source = next((a for c in slot_tokens(tok, "nmod:de") if (a := reader.capital_government(c))), None)  # "le refus de Moscou"
    if source is None and tok.pos_ in {"VERB", "AUX"}:
        subj = verb_subject(tok)
        source = reader.read(subj) if subj is not None else None
    if source is None and tok.pos_ == "NOUN" and trig.code == "042" and (visitor := visitor_on_visit(tok)) is not None:
        source = reader.read(visitor)  # "son homologue X, en visite à Ndjamena"
    if source is None and tok.pos_ == "NOUN" and (tok.dep_ in CLAUSE_ARGUMENT_DEPS or aimed_at_someone(tok)):
        # "le coup d'État … à Bamako": the country's military; a coup named in passing ("depuis le
        # coup d'État du 1er février", "les auteurs d'un coup d'État") is background, no act told
        source = implied_agent(reader, tok, trig)
    if source is None and tok.pos_ == "ADJ" and tok.head.i != tok.i:
        source = _args(reader, tok.head, ("nsubj",))
    target = _args(reader, tok, trig.target_slots) or _country_struck(reader, tok, trig) or _demonym_target(reader, tok, trig)
    if source is not None and target is not None and source.token is not None and target.token is not None \
            and source.token.i == target.token.i:
        # "l'invasion de l'Ukraine": one "de" complement, the victim (its doer is told elsewhere);
        # an armed force's is its doer ("les bombardements de l'Otan se sont poursuivis sur Tripoli")
        armed = trig.code[:2] in FORCE_ROOTS and bears_arms(source.codes)
        source, target = (source, _country_struck(reader, tok, trig)) if armed else (None, target)
    if target is not None and target.token is not None and region_between(target.token, reader.mention_for):
        return source, None  # "une opération de combat entre Mali, Burkina Faso et Niger": a region
    between_one = target is not None and len(target.codes) == 1 and case_of(target.token) in {"entre", "entrer"}
    if between_one and trig.symmetric and target.token.dep_.startswith(("nmod", "obl")):
        # parser slip: "un cessez-le-feu entre A et B" with B conjoined to the trigger itself
        target = with_hung_second_party(reader, target, also=[c for c in tok.children if c.dep_ == "conj" and c.i > target.token.i])
    if target is None and trig.with_lemma:
        # light-verb triggers: "restore ties with X", "lever les sanctions contre X" hang the target on the noun
        for child in tok.children:
            if child.lemma_.lower() == trig.with_lemma:
                # (or one "de" complement down: "l'envoi d'équipement de protection à l'Ukraine")
                target = _args(reader, child, trig.target_slots) or next(
                    (a for g in child.children if g.dep_ == "nmod" and (a := _args(reader, g, trig.target_slots))), None)
                break
    if target is None and tok.pos_ == "NOUN" and tok.dep_ in CLAUSE_ARGUMENT_DEPS and tok.head.pos_ in {"VERB", "AUX"}:
        # the parser may hang the noun's complement on the verb: "n'a pas exclu le dialogue avec la
        # junte", "les bombardements de l'Otan se sont poursuivis sur Tripoli"
        # (a subject's "entre" list is read below, its second party hung elsewhere: "les combats font rage entre …")
        hung = tuple("obl:" + s.split(":", 1)[1] for s in trig.target_slots if s.startswith("nmod:") and ":" in s
                     and not (s.endswith(":entre") and tok.dep_.startswith("nsubj")))
        target = _args(reader, tok.head, hung) if hung else None
    if target is None and trig.code not in VISIT_CODES:
        # "a reçu une cape brodée du Liban" is no visit: a host receives the actor itself
        target = _nested_target(reader, tok, source, blaming=trig.code[:2] == "11")
    doer = doer_of_object_act(tok) if target is None and trig.code[:2] in REACTION_ROOTS else None
    target = reader.read(doer) if doer is not None else target  # "condemned this attack by X"
    condemned = condemned_force_act(tok, trig)
    if condemned is not None and target is not None and target.token is not None \
            and target.token.i in {t.i for t in condemned.subtree if t.i != condemned.i}:
        # "a condamné l'assassinat de X": who is criticised is the one who used force, not the victim
        # the act's complement names — the act's own doer, else nobody (no other party stands in)
        target = source_target(reader, condemned, condemned_act_trigger(condemned))[0]
        if target is None and (doer := doer_of_object_act(tok)) is not None:
            target = reader.read(doer)  # "l'attentat revendiqué par l'ETA"
    if target is None and DATIVE_SLOTS & set(trig.target_slots) and tok.pos_ in {"VERB", "AUX"}:
        target = _dative_country(reader, tok, source)
    hearer = trig.code in STATEMENT_CODES and tok.head.lemma_.lower() not in SPEAKING_LIGHT_VERBS
    witness = tok.head.lemma_.lower() in WITNESSING_VERBS  # "des militants rapportent la destruction de …"
    between = tuple(s for s in trig.target_slots if s.endswith(":entre"))
    listed = (target if target is not None and target.token is not None and case_of(target.token) == "entre"
              else _between_below(reader, tok, between) if target is None and between and tok.pos_ == "NOUN" else None)
    # "a qualifié de constructives les négociations entre Londres et Bruxelles": the list are the parties
    among = trig.symmetric and listed is not None and len(listed.codes) > 1
    if source is None and tok.pos_ == "NOUN" and (tok.dep_ in {"obj", "dobj"} or case_of(tok) in MANNER_CASES or stolen_object(tok)) \
            and not hearer and not witness and not among:  # "l'assemblée écouta un discours": the listener did not speak
        # light verbs: "ont exprimé leurs condoléances", "a mené des frappes" — the verb's subject acts,
        # also when the verb shares it with its governor ("entendent poursuivre les attentats"); so does
        # the subject of a verb done "en protesta" / "in protest"
        source = _args(reader, tok.head, ("nsubj",))
        subject = verb_subject(tok.head) if source is None and tok.head.pos_ in {"VERB", "AUX"} else None
        source = reader.read(subject) if subject is not None else source
    verb = occasion_verb(tok) if source is None and trig.code[:2] == "04" else None
    if verb is not None and target is None:  # (the parser may hang "avec X" on the verb)
        target = _args(reader, verb, tuple(s.replace("nmod:", "obl:") for s in trig.target_slots if s.startswith("nmod:avec")))
    if verb is not None and target is not None:  # "a déclaré …, à l'issue d'une rencontre avec X": who speaks met X
        subject = next(iter(slot_tokens(verb, "nsubj")), None) or verb_subject(verb)
        source = reader.read(subject) if subject is not None else None
    if source is None and target is None and trig.symmetric and tok.head.i != tok.i:
        # "les tensions entre Ankara et Moscou" with the "entre" phrase attached one level up
        up = tok.head.head if tok.head.dep_.startswith("nmod") else tok.head  # (or two: "le théâtre d'une série de contacts entre")
        target = with_hung_second_party(reader, _args(reader, tok.head, between) or _args(reader, up, between))
    if source is None and target is None and trig.symmetric and between:
        # one level down: "la rupture des relations entre les deux pays", "les négociations qui se
        # déroulent entre Washington et Téhéran"
        target = _between_below(reader, tok, between)
    if target is None and (trig.code[:2] == "14" or trig.code[:2] in HOSTILE_ROOTS and tok.pos_ == "NOUN"):
        # ("les sanctions antirusses de l'UE", "une campagne anti-française")
        countries = anti_targets(tok, reader.demonym_country, reader.regions, own_only=trig.code[:2] != "14")
        if countries:
            target = Argument(codes=countries, text=" ".join(countries), actor_ids=[], token=tok)
    if source is None and target is None and trig.symmetric and trig.code[:2] == "04":
        target = paired_countries(reader, tok)  # "le sommet franco-allemand": both countries meet
    if source is None and target is None and trig.symmetric and trig.code[:2] == "04":
        source = occasion_parties(reader, tok)  # "Lors d'un entretien …, X et Y ont évoqué": they met
    group_acts_on_itself = source is not None and len(source.codes) >= 2 and (trig.symmetric or reciprocal(tok))
    if target is None and source is not None and not group_acts_on_itself and not _hosts_a_thing(tok, trig) \
            and condemned is None:
        target = clause_target(reader, tok, source, places_count=trig.code[:2] in FORCE_ROOTS,
                               topic=trig.code in {"040", "046"}, blaming=trig.code[:2] == "11")
    if target is None and source is not None and tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.pos_ == "VERB":
        # "to dislodge Maduro from power, imposing new sanctions": the act aims at whom its clause's verb does
        target = next((a for c in tok.head.children if c.dep_ in {"dobj", "obj"} and (a := reader.read(c)) is not None
                       and not set(a.codes) & set(source.codes)), None)
    if source is None and target is not None and tok.pos_ == "NOUN" and not among:
        source = clause_source(reader, tok, target)
    if target is not None and target.token is not None and in_attribution(target.token) and not in_attribution(tok):
        target = None  # "… avec 50 dirigeants, selon les déclarations faites aux médias": who reported is no party
    return source, target


# words that make a meeting the occasion of another act ("à l'issue d'une rencontre", "lors d'un entretien")
OCCASION_HEADS = {"issue", "cours", "lors", "marge", "occasion", "sortie", "terme"}


def occasion_verb(tok: Token) -> Token | None:
    """The verb whose act a meeting noun is the occasion of: "a déclaré, à l'issue d'une rencontre
    avec X", "a affirmé lors d'un entretien avec X", "said during talks with X", "après un entretien
    avec X, elle a pris sa décision"."""
    head = tok.head
    # ("Après un entretien téléphonique avec Barack Obama, elle a pris sa décision": she had the talk)
    if head.pos_ in {"VERB", "AUX"} and case_of(tok) in OCCASION_WORDS:
        return head
    if head.lemma_.lower() in OCCASION_HEADS and head.head.i != head.i and head.head.pos_ in {"VERB", "AUX"}:
        return head.head
    return None


def implied_agent(reader: ActorReader, tok: Token, trig: Trigger) -> Argument | None:
    """`implied:COP` in the lexicon: a passive act with no agent whose doer is clear ("cinq hommes
    ont été arrêtés à Londres" → the British police): that sector of the country the act happens
    in — the place's, else the one country the sentence names, else the article's."""
    sectors = [s[len(IMPLIED_SLOT):] for s in trig.source_slots if s.startswith(IMPLIED_SLOT)]
    if not sectors:
        return None
    patients = {t.i for filler in slot_tokens(tok, "nsubj") for t in filler.subtree}
    country = reader.place_country(tok) or reader.sentence_country(tok, skip=patients)
    if country and tok.pos_ == "NOUN":
        reader.implied_countries.setdefault(trig.lemma, country)
    # an act named again with no place ("ont condamné le coup d'État") is the one placed earlier
    country = country or (reader.implied_countries.get(trig.lemma) if tok.pos_ == "NOUN" else None) or reader.main_country
    if not country:
        return None
    return Argument(codes=[country + sectors[0]], text=f"({sectors[0]} implied)", actor_ids=[], token=tok)


def _dative_country(reader: ActorReader, tok: Token, source: Argument | None) -> Argument | None:
    """"a accordé une aide de 50 millions d'euros au Niger": a country after "à" that the parser hung
    inside the object — the recipient the lexicon's "à" slot asks for (a place phrase is no mention)."""
    for sub in tok.subtree:
        if sub.pos_ != "PROPN" or sub.i <= tok.i or case_of(sub) not in {"à", "au", "aux"}:
            continue
        if sub.head.i != tok.i and sub.head.pos_ in {"VERB", "AUX"}:
            continue  # another verb's complement
        found = reader.read(sub)
        if found is not None and (source is None or {c[:3] for c in found.codes} != {c[:3] for c in source.codes}):
            return found
    return None


def _hosts_a_thing(tok: Token, trig: Trigger) -> bool:
    """"a reçu une cape brodée du Liban": a host receives an object, not a guest — no visit. Nor does
    the clause name the host of a visit that is what others act about ("protestaron contra la visita
    de Arafat a Gaza": the protesters and the leader they name are no hosts)."""
    about = tok.pos_ == "NOUN" and case_of(tok) in ABOUT_CASES
    return trig.code in VISIT_CODES and (about or any(c.dep_ in {"obj", "dobj"} and c.pos_ == "NOUN" for c in tok.children))


def _between_below(reader: ActorReader, tok: Token, between: tuple[str, ...]) -> Argument | None:
    """An "entre A et B" phrase up to two noun/relative-clause levels below the trigger."""
    slots = between + ("obl:entre",)
    frontier = [tok]
    for level in range(3):
        # (a verb's time adjunct may hold it: "signé dans l'après-midi du 2 novembre entre A et B")
        frontier = [c for node in frontier for c in node.children
                    if c.dep_.startswith("nmod") or c.dep_ in {"acl:relcl", "relcl", "acl"}
                    or level == 0 and c.dep_ == "obl:mod" and tok.pos_ in {"VERB", "AUX"}]
        for node in frontier:
            found = _args(reader, node, slots)
            if found is not None:
                return found
    if tok.pos_ == "NOUN" and tok.head.i != tok.i:
        # "les pourparlers en cours entre l'Ukraine et la Russie": the parser hung the phrase right
        # after the noun on the noun's governor
        after = next((c for c in tok.head.children if c.left_edge.i == tok.right_edge.i + 1 and c.pos_ == "NOUN"), None)
        return _args(reader, after, slots) if after is not None else None
    return None


def _nested_target(reader: ActorReader, tok: Token, source: Argument | None, depth: int = 0,
                   blaming: bool = False) -> Argument | None:
    """The actor one level down when the direct slot holds a non-actor: "a dénoncé la furie des
    islamistes" (the object's complement), "exige que l'armée quitte le pouvoir" (the subject of
    the demanded clause), "promised to buy more Brazilian products" (the infinitive's object, unless the
    act blames: `blaming`)."""
    for child in tok.children:
        # (not for blame: in "accuse Kigali de soutenir le M23" the one the infinitive acts on is not accused)
        if depth == 0 and not blaming and child.dep_ == "xcomp" and child.pos_ == "VERB" and tok.pos_ in {"VERB", "ADJ"}:
            inner = _infinitive_party(reader, child, source) or _nested_target(reader, child, source, depth + 1)
            if inner is not None and (source is None or inner.codes != source.codes):
                return inner
        if child.dep_ in {"obj", "dobj"} and not is_day_word(child.text, tok.doc.lang_ or "fr"):
            # ("a rejeté jeudi à Athènes l'exigence de X": the day the parser took for the object
            # carries the place, no party)
            for grand in child.children:
                if case_of(grand) in VICTIM_CASES or (grand.dep_ == "prep" and grand.lower_ in VICTIM_CASES):
                    continue  # "a condamné les agressions contre les journalistes": the victims, not the target
                owner = grand.dep_ == "det" and "Yes" in grand.morph.get("Poss")  # "a dénoncé leur « fuite en avant »"
                if grand.dep_.startswith("nmod") or grand.dep_ in {"amod", "prep", "poss", "compound"} or owner:  # "praised Haiti's efforts"
                    inner = next((g for g in grand.children if g.dep_ == "pobj"), None) if grand.dep_ == "prep" else grand
                    arg = reader.read(inner) if inner is not None else None
                    if arg is None and inner is not None and (grand.dep_ == "nmod" or grand.lower_ in OWNER_PREPS):
                        arg = reader.capital_government(inner)  # "la décision de Séoul" (not "the Beijing Olympics")
                    if arg is not None and (source is None or arg.codes != source.codes):
                        return arg
        if child.dep_.startswith("obl") and child.lower_ == "ce":
            # "a appelé à ce que les rebelles … soient tenus responsables": the parser hangs the
            # clause's subject on "ce"
            for grand in child.children:
                arg = reader.read(grand) if grand.pos_ in {"NOUN", "PROPN"} else None
                if arg is not None and (source is None or arg.codes != source.codes):
                    return arg
        if child.dep_ in {"ccomp", "xcomp"} and child.pos_ in {"VERB", "AUX", "ADJ"}:
            for grand in child.children:
                if grand.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}:
                    arg = reader.read(grand)
                    if arg is not None and (source is None or arg.codes != source.codes):
                        return arg
    return None


INFINITIVE_SLOTS = ("obj", "iobj", "obl:to", "obl:against", "obl:on", "obl:with", "obl:at", "obl:from")
OWN_POSSESSIVES = {"its", "their", "his", "her", "our", "my"}


def _infinitive_party(reader: ActorReader, verb: Token, source: Argument | None) -> Argument | None:
    """The other party of an infinitive complement ("is willing to withdraw its troops from Lebanon"
    → Lebanon): its own forces ("its troops", "troops" of the source's country) are what it moves."""
    for slot in INFINITIVE_SLOTS:
        for filler in slot_tokens(verb, slot):
            if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in filler.children):
                continue
            arg = reader.read(filler)
            if arg is None or (source is not None and {c[:3] for c in arg.codes} & {c[:3] for c in source.codes}):
                continue
            return arg
    return None


def paired_countries(reader: ActorReader, tok: Token) -> Argument | None:
    """A two-country adjective on the trigger ("franco-allemand", "israélo - palestiniennes", which
    the tokenizer may split): its combining form and its demonym name the two parties."""
    parts = [c for c in tok.children if c.dep_ == "amod" and c.i > tok.i]
    text = "".join(c.text for c in parts if c.i <= (parts[0].i + 2)) if parts else ""
    first, _, last = text.lower().partition("-")
    codes = [combining_forms(reader.lang).get(first), reader.demonym_country(last) if last else None]
    if None in codes or codes[0] == codes[1]:
        return None
    return Argument(codes=[c for c in codes if c], text=text, actor_ids=[], token=tok)


def unnamed_owner(tok: Token, reader: ActorReader) -> str | None:
    """The country a demonym gives the unnamed thing or people an attack hits ("ont ouvert le feu sur
    un véhicule israélien", "a abattu un avion américain"), up to the light verb's noun."""
    nodes = [tok] + [c for c in tok.children if c.dep_ in {"obj", "dobj"} and c.pos_ == "NOUN"]
    for node in nodes:
        for child in node.children:
            if child.dep_ == "prep":  # English: "an attack on Ukrainian cities" hangs the noun on its preposition
                child = next((g for g in child.children if g.dep_ == "pobj"), child)
            hit = child.dep_ in {"obj", "dobj", "obl:arg", "obl:mod", "obl", "nmod", "pobj"} and child.pos_ == "NOUN" \
                and child.lemma_.lower() not in PLACE_HEADS | BORDER_HEADS  # ("près de la frontière du Mali": where, not what)
            if hit and reader.mention_for(child) is None:
                named = next((m.code for c in child.children if c.dep_ == "compound" and (m := reader.mention_for(c))
                              and m.code), None)
                if named:
                    return named  # "an Islamic State target", "Hamas positions": the actor they belong to
                country = reader.country_in_phrase(child)
                if country:
                    return country
    return None


def case_of(tok: Token) -> str:
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), "")


def reciprocal(tok: Token) -> bool:
    span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
    text = span.text.lower().replace("’", "'")
    return any(m in text for m in RECIPROCAL_MARKERS) or any(c.lower_ in REFLEXIVE for c in tok.children)

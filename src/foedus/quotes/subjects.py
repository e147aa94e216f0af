"""The subject of a verb of saying: the parse's, an inverted one after an incise verb, or the one a
misparse hid (participles, relative clauses the parser hung on their subject). Pure functions over
a parsed ``Doc``; ``cues`` builds its cues on them."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.quotes.document_participles import document_before_participle
from foedus.quotes.lexicon import locution_nouns, sending_verbs, speech_lexicon
from foedus.quotes.marker_phrases import voice_of
from foedus.quotes.speaker_words import DESCRIBED_DEMONSTRATIVES, ONE_OF
from foedus.time.lexicon import is_day_word, is_time_word
from foedus.language.syntax import CLAUSE_SUBJECT_DEPS, clause_verb, misread_name, present_participle, absolute_participle_subject, comma_between, comma_subject, glued_person, name_after_title, \
    repaired_subject

SUBJECT_DEPS = CLAUSE_SUBJECT_DEPS
CLITIC_SUBJECTS = {"-il", "-elle", "-ils", "-elles", "il", "elle", "ils", "elles", "-on"}
# What may stand right before an incise verb whose subject follows it ("», a déclaré X",
# "» s'est réjoui le président", "comme le précise l'ambassadeur").
INCISE_PRECEDERS = {"a", "ont", ",", "avait", "avaient", "le", "l'", "l’", "comme", "est", "sont", "était", "s'", "s’", "se",
                    "»", "”", '"'}
INCISE_AUXILIARIES = {"a", "ont", "avait", "avaient"}
REFLEXIVE_CLITICS = {"se", "s'", "s’"}
NEGATION_WORDS = {"ne", "n'", "n’", "pas", "not", "never", "jamais"}
ITERATION_NOUNS = {"fois", "reprise", "time", "times", "vez"}  # "a justifié une nouvelle fois": how often, not who


DATELINE_DASHES = {"—", "–", "-", "--"}


def _is_dateline(tok: Token) -> bool:
    """A place opening a paragraph and followed by a dash ("MOSCOW —", "PARIS -"): the dateline,
    which the parser sometimes attaches to the first verb as a second subject."""
    doc = tok.doc
    opens = tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws or doc[tok.i - 1].is_space
    return opens and tok.i + 1 < len(doc) and doc[tok.i + 1].text in DATELINE_DASHES


def _names_preceding_phrase(tok: Token) -> bool:
    """A name glued to the noun of a prepositional phrase before it, naming that thing ("sur son fil
    Twitter", "sur la chaîne BFMTV"), unless it is a person's name."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    return tok.pos_ == "PROPN" and tok.ent_type_ != "PER" and prev is not None and prev.pos_ == "NOUN" \
        and any(c.dep_ == "case" for c in prev.children)


def _prepositional(tok: Token) -> bool:
    """A "subject" with its own preposition is a misread adjunct ("a de son côté affirmé X")."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "case" and c.i < tok.i and c.lower_ in {"de", "pour", "à", "d'", "d’", "dans"}
                                      for c in tok.children)  # ("Dans un communiqué, X a souligné")


def described_demonstrative(tok: Token) -> bool:
    """"celui qui est aussi ministre": a demonstrative a relative clause describes, standing for a person."""
    return tok.lower_ in DESCRIBED_DEMONSTRATIVES and any(c.dep_ in {"acl:relcl", "relcl"} for c in tok.children)


def gerund_form(tok: Token) -> bool:
    """"en martelant": "en" then a word in -ant, whatever the parser tagged it."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "en" and tok.lower_.endswith("ant")


def _past_day_word(tok: Token) -> Token:
    """"Samedi le «Premier ministre» X a reconnu": the parser makes the opening day the subject and
    hangs the real one on it; the noun hung on it is the subject."""
    if tok.pos_ != "NOUN" or not is_day_word(tok.text, tok.doc.lang_):
        return tok
    return next((c for c in tok.children if c.dep_ in {"nmod", "appos"} and c.i > tok.i and c.pos_ in {"NOUN", "PROPN"}), tok)


def _after_fronted_participle(subject: Token) -> Token:
    """"Justifiant cette décision, l'ex-commissaire … a fait savoir": the parser makes the fronted
    participle the subject and hangs the real one on it, after the comma, as an object."""
    if subject.pos_ != "VERB" or not present_participle(subject):
        return subject
    after_comma = [c for c in subject.children if c.dep_ in {"obj", "conj", "nsubj", "appos"} and c.pos_ in {"NOUN", "PROPN"}
                   and comma_between(subject.doc, subject.i, c.i)]
    return after_comma[-1] if after_comma else subject


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb: a nominal subject first, then an inverted clitic (-t-il), then
    the subject of the clause it depends on (participles: "ajoutant que…")."""
    voice = voice_of(verb)
    if voice is not None:
        return voice
    subjects = [_after_fronted_participle(c) for c in verb.children if c.dep_ in SUBJECT_DEPS
                and c.lower_ not in {"-t", "t"} | REFLEXIVE_CLITICS and not _prepositional(c)]
    nominal = [_past_day_word(c) for c in subjects if c.pos_ in {"PROPN", "NOUN"}]
    if len(nominal) > 1 and _is_dateline(nominal[0]):
        nominal = nominal[1:]  # "MOSCOW — Russia's highest court has judged that": the place is the dateline
    clitic = next((c for c in subjects if c.lower_ in CLITIC_SUBJECTS and c.lower_.startswith("-")), None)
    if clitic is not None:  # "admettait-on samedi dans …": the day after the clitic is no second subject
        subjects = [n for n in subjects if not (n.i > verb.i and is_day_word(n.text, n.doc.lang_)
                                                and not any(c.dep_ == "det" for c in n.children))]
        nominal = [n for n in nominal if n in subjects]
    if clitic is not None and nominal and comma_between(verb.doc, nominal[0].i, clitic.i):
        return clitic  # "La crise « est un test », a-t-il déclaré": the noun is the statement's, not the incise's
    if len(nominal) > 1 and nominal[1].i < verb.i and name_after_title(nominal[0], nominal[1]):
        # "Le secrétaire général de l'ONU Kofi Annan a estimé", "La ministre de …, Elisabeth Borne a
        # jugé": the parser cuts the title from the name it introduces and gives the verb two
        # subjects; the name is the speaker.
        return nominal[1]
    if len(nominal) > 1 and nominal[0].i < nominal[1].i < verb.i and comma_between(verb.doc, nominal[0].i, nominal[1].left_edge.i) \
            and not comma_between(verb.doc, nominal[1].i, verb.i):
        # "En annonçant un prochain échange « massif », le président russe … avait affirmé": a phrase
        # of the fronted clause the parser made a second subject; the subject is the one next to the verb
        return nominal[1]
    if nominal and nominal[0].i < verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and (inverted := inverted_subject(verb)) is not None and _comma_after_phrase(inverted):
        return inverted  # "Cette position, poursuit Muyaya, « … »": an incise set between commas
    if nominal and nominal[0].i < verb.i and clause_between(nominal[0], verb):
        # "X a averti Y qu'un dialogue n'était pas …, a annoncé l'Elysée": a subject the parser took
        # from another clause across a comma; the incise's own subject follows the verb
        return inverted_subject(verb) or _fronted_relative_subject(verb) or nominal[0]
    if nominal:
        return nominal[0]
    if subjects:  # (an inverted clitic before a verb the parser made a second subject: "-elle … ne la ferait")
        return clitic or subjects[-1]
    light = verb.doc[verb.i - 1] if verb.i else None
    if light is not None and light.lemma_.lower() in {"faire", "laisser"} and light.i != verb.i:
        found = [_after_fronted_participle(c) for c in light.children if c.dep_ in SUBJECT_DEPS]
        if found:
            return found[0]  # "le Conseil a fait savoir que": the subject sits on "fait"
        clitic = next((t for t in verb.doc[max(0, light.i - 2):light.i] if t.lower_ in CLITIC_SUBJECTS and t.lower_.startswith("-")), None)
        if clitic is not None:
            return clitic  # "«…», a-t-il fait valoir"
    for tok in verb.doc[verb.i + 1:min(len(verb.doc), verb.i + 3)]:
        if tok.lower_ in CLITIC_SUBJECTS and tok.lower_.startswith("-"):  # "a-t-il", "affirme-t-elle"
            return tok
    for tok in verb.doc[max(0, verb.i - 3):verb.i]:
        if tok.lower_ in CLITIC_SUBJECTS and tok.lower_.startswith("-") and (verb.i in {tok.head.i, tok.head.head.i} or tok.i == verb.i - 1):
            return tok  # "a-t-il ajouté" with the clitic labelled an expletive, or hung on the auxiliary
    # (an infinitive has no inverted subject: "a tenu à rendre «hommage»" — the object is no speaker)
    inverted = (inverted_subject(verb) if "Inf" not in verb.morph.get("VerbForm") else None) or absolute_participle_subject(verb)
    if inverted is not None:
        return inverted
    sent_on_mission = verb.dep_ == "advcl" and verb.head.lemma_.lower() in sending_verbs(verb.doc.lang_ or "fr") \
        and any(c.dep_ == "mark" and c.lower_ in {"pour", "to"} for c in verb.children)
    if (verb.dep_ == "xcomp" or sent_on_mission) and verb.head.i != verb.i:
        controller = [c for c in verb.head.children if c.dep_ in {"obj", "dobj"} and c.pos_ in {"PROPN", "NOUN", "PRON"}]
        if controller:
            return controller[0]  # object control: "prompting the opposition to assert that…", "a dépêché X pour exprimer"
    document = document_before_participle(verb)
    if document is not None:
        return document  # "restée sourde aux appels de l'UA lui demandant de «suspendre»": the appeal, by its author
    if verb.dep_ == "acl" and "Fin" in verb.morph.get("VerbForm") and verb.head.pos_ in {"NOUN", "PROPN"} \
            and verb.head.i < verb.i and verb.doc[verb.i - 1].text == ",":
        return verb.head  # "L'Observatoire …, une organisation …, affirme que": a finite verb the parser hung on its subject
    if verb.dep_ in {"acl", "acl:relcl"} and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < verb.i \
            and _comma_then_auxiliary(verb) and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return verb.head  # "le premier ministre, plus acerbe qu'à son habitude, a souligné que": hung on its subject
    if gerund_form(verb):
        node = verb.head  # "X a défendu son action en martelant que": a gerund is said of the main clause's subject
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"} and node.i != verb.i:
                return subject_of(node)
            if node.head.i == node.i:
                break
            node = node.head
    aside = participle_aside_subject(verb)
    if aside is not None:
        return aside
    governing = _participle_governor(verb)
    if governing is not None:
        return subject_of(governing)
    if verb.dep_ in {"advcl", "conj", "acl"} and (fronted := _fronted_relative_subject(verb) or comma_subject(verb)) is not None:
        return fronted  # the parser hung the main verb on the relative clause or the object before it
    participle = verb.dep_ == "advmod" and present_participle(verb)
    if (verb.dep_ in {"xcomp", "advcl", "conj", "acl"} or participle) and verb.head.i != verb.i:
        # (", arguant qu'…" may be labelled an adverb of the verb before it)
        found = subject_of(verb.head)
        if found is not None:
            return found
    return repaired_subject(verb)


def _fronted_relative_subject(verb: Token) -> Token | None:
    """"La Cedeao, qui confirme … alors que la confusion régnait …, dit trouver": a noun phrase opening
    the sentence, then a relative clause between commas, then the verb — the phrase is its subject."""
    sent, doc = verb.sent, verb.doc
    comma = next((t.i for t in doc[sent.start:verb.i] if t.text == ","), None)
    if comma is None or comma == sent.start or comma + 1 >= verb.i or doc[comma + 1].lower_ not in {"qui", "dont"}:
        return None
    opening = doc[sent.start:comma]
    before = verb.i - 1
    while before > comma and doc[before].pos_ in {"AUX", "ADV"} or doc[before].lower_ in REFLEXIVE_CLITICS:
        before -= 1
    if any(t.pos_ in {"VERB", "AUX"} for t in opening) or before <= comma + 1 or doc[before].text != ",":
        return None  # the verb must follow the comma closing the relative clause
    head = opening.root
    return head if head.pos_ in {"NOUN", "PROPN"} else None


def _comma_after_phrase(tok: Token) -> bool:
    """A comma closes the phrase `tok` heads (its name parts and modifiers)."""
    end = max([tok.i] + [c.i for c in tok.subtree if c.i - tok.i < 8])
    return end + 1 < len(tok.doc) and tok.doc[end + 1].text == ","


def _comma_then_auxiliary(verb: Token) -> bool:
    """A comma, then the verb's tense auxiliary right before it (", a souligné")."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].dep_ == "aux:tense" and doc[verb.i - 1].head.i == verb.i and doc[verb.i - 2].text == ","


def clause_between(subject: Token, verb: Token) -> bool:
    """A finite verb of another clause and a comma stand between a subject and its verb."""
    name_end = max([subject.i] + [c.i for c in subject.children if c.dep_ in {"flat:name", "flat", "amod"}])
    between = subject.doc[name_end + 1:verb.i]
    own = {c.i for c in verb.children}
    # (the subject's own auxiliary, cut off by an aside: "L'intéressé a, pour sa part, nié")
    return any(t.text == "," for t in between) and any(
        t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") and t.i not in own
        and not (t.i == name_end + 1 and t.lemma_ in {"avoir", "être"}) for t in between)


def _participle_governor(verb: Token) -> Token | None:
    """The verb a detached present participle is said of: "X demandait une enquête, estimant que …",
    "X a démenti que Y soit malade, indiquant que …" — the parser may hang the participle on the
    object noun or inside the reported clause, but set off by a comma it is said of the main
    clause's subject (the parser may even make it a marker: ", disant espérer voir …")."""
    doc = verb.doc
    if verb.dep_ not in {"acl", "advcl", "mark"} or "Part" not in verb.morph.get("VerbForm") \
            or "Pres" not in verb.morph.get("Tense") or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    said = _inverted_before(doc[verb.i - 2]) if verb.i > 1 else None
    if said is not None:
        return said  # "«…», a ajouté X, soulignant que …": said of the incise's subject
    root = verb.sent.root
    closing = next((t.i for t in reversed(doc[verb.sent.start:verb.i]) if t.text in "«»“”\"„"), None)
    if closing is not None and root.i < closing:
        # «…», a-t-il déclaré dans un discours, accusant …": the incise verb after the quote, not
        # the quote's own verb the parser made the root
        incise = next((t for t in doc[closing + 1:verb.i] if t.pos_ == "VERB"), None)
        if incise is not None and doc[closing + 1].text == "," \
                and (any(c.dep_ in SUBJECT_DEPS and c.i > closing for c in incise.children) or inverted_subject(incise)):
            return incise
    if root.pos_ in {"VERB", "AUX"} and root.i < verb.i and root.i != verb.i:
        return root
    node = clause_verb(verb.head)
    return node if node.pos_ in {"VERB", "AUX"} and node.i < verb.i else None


def _inverted_before(tok: Token) -> Token | None:
    """The verb whose inverted subject ends at `tok` ("…, a ajouté John Kerry"), or the verb `tok`
    is whose subject is an inverted clitic ("…, a-t-il dit")."""
    if tok.pos_ in {"VERB", "AUX"} and any(c.text.startswith("-") and c.dep_ in SUBJECT_DEPS for c in tok.children):
        return tok
    for node in (tok, *tok.ancestors):
        if node.dep_ in SUBJECT_DEPS and node.head.pos_ in {"VERB", "AUX"} and node.head.i < node.i:
            return node.head
        if node.i < tok.i - 6 or node.dep_ not in {"flat:name", "flat", "appos", "nmod", "amod"}:
            return None
    return None


def inverted_subject(verb: Token) -> Token | None:
    """A subject after an incise verb, past its prepositional phrases: "a annoncé en prévision de la
    visite de X le service de presse du Kremlin" → "service"."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].pos_ == "ADV" and verb.doc[before].lower_ not in NEGATION_WORDS:
        before -= 1  # "» a ensuite précisé X", "a également ajouté X": adverbs sit between auxiliary and verb
    doc = verb.doc
    if "Inf" in verb.morph.get("VerbForm") and before > 1:  # "a tenu à préciser X", "a voulu rappeler X"
        governor = before - 1 if doc[before].lower_ in {"à", "de", "d'", "d’"} else before
        if doc[governor].pos_ in {"VERB", "AUX"} and (doc[governor].i == verb.head.i or doc[governor].head.i == verb.i):
            # (either way round: the parser may hang "fait" on "savoir" in "a fait savoir X")
            before = governor - 1
            while before > 0 and doc[before].pos_ == "ADV" and doc[before].lower_ not in NEGATION_WORDS:
                before -= 1
    if doc[before].lower_ not in INCISE_PRECEDERS:  # "a pour sa part confié X", "a de son côté affirmé X"
        aux = next((t.i for t in reversed(doc[max(0, before - 4):before]) if t.lower_ in INCISE_AUXILIARIES), None)
        if aux is not None and all(t.pos_ in {"ADP", "DET", "NOUN", "ADV", "PRON"} and not t.is_punct for t in doc[aux + 1:before + 1]) \
                and aux > 0 and doc[aux - 1].text in {",", "»", "”", '"'}:
            before = aux
    prev = verb.doc[before].lower_ if verb.i else ""
    if prev == "à" and "Part" in verb.morph.get("VerbForm") and before > 0 and doc[before - 1].text == ",":
        prev = "a"  # "«…», à confié M. Reynders": the auxiliary misspelt, a common slip in the press
    if prev not in INCISE_PRECEDERS:
        return None
    if any(c.dep_ == "cc" and c.i < verb.i and not any(t.is_punct for t in doc[c.i + 1:verb.i]) for c in verb.children):
        return None  # "… et a nié toute responsabilité": a coordinated verb, its object follows
    form = verb.morph.get("VerbForm")
    if "Ger" in form or present_participle(verb):
        return None  # "…, saying Tehran would respond", "ajoutant Paris…": a participle has no inverted subject
    adjuncts: set[int] = set()
    for tok in verb.doc[verb.i + 1:verb.sent.end]:
        # (a "verb" the parser hangs on a noun as an adjective is a misread noun: "lors d'un point presse")
        if tok.text in {".", ";", "«", "»", "“", "”", ":"} or tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux:tense", "amod"}:
            return None
        if tok.dep_ == "mark" or tok.lower_ in {"que", "qu'", "qu’", "that"}:
            return None  # ", stating that the submarine…": what follows is the reported clause
        if tok.dep_ == "dobj":
            return None  # "…, warned Israel against…": English labels the object apart from an inverted subject
        if tok.dep_ == "pobj":
            continue  # English: "said in a statement" — the object of a preposition is no subject
        if tok.lower_ in ONE_OF and tok.pos_ == "PRON" and any(c.dep_ == "nmod" and c.pos_ == "NOUN" for c in tok.children):
            return tok  # "…, a annoncé un de ses responsables" (not the number)
        timed = is_time_word(tok.text, doc.lang_ or "fr") or tok.like_num or tok.lemma_.lower() in ITERATION_NOUNS
        if tok.dep_ in {"obl:mod", "npadvmod"} and tok.head.i == verb.i and (timed or any(c.dep_ == "case" for c in tok.children)) \
                or tok.dep_ in {"obj", "dobj"} and timed or tok.pos_ == "NOUN" and is_time_word(tok.text, doc.lang_ or "fr"):
            adjuncts.add(tok.i)  # (the parser may make "quelques heures plus tard" the object, "le porte-parole" an adjunct;
            continue  # "a indiqué jeudi la secrétaire …", "ce samedi 17 mai le Kremlin": time adjuncts, wherever they hang)
        if timed and tok.pos_ == "NOUN" and not any(c.dep_ == "det" for c in tok.children):
            continue  # "se demandait, hier matin, le quotidien": a bare time word is never the speaker
        if tok.pos_ == "PROPN" and tok.head.i in adjuncts and tok.dep_ in {"flat:name", "appos"} and tok.text[:1].isupper() \
                and is_time_word(tok.head.text, doc.lang_ or "fr"):
            return tok  # "a déclaré mercredi Hong Lei, porte-parole …": the name the parser hung on the day
        if any(a.i in adjuncts for a in tok.ancestors) and (tok.like_num or is_time_word(tok.text, doc.lang_ or "fr")
                                                             or not any(c.dep_ == "det" for c in tok.children)) \
                and not (tok.dep_ == "appos" and tok.ent_type_ in {"PER", "PERSON"}):
            continue  # "a déclaré ce vendredi 25 février la porte-parole": the adjunct's date, not the subject
            # ("a fait savoir mercredi la CSC": a determined noun the parser hung on the day is the subject;
            # "a précisé peu avant la réunion du Conseil de sécurité Alain Juppé": so is a person it apposed)
        if described_demonstrative(tok) or misread_name(tok):
            return tok  # "…, a indiqué celui qui est aussi ministre …"; "a écrit Macron sur X" (Macron: ADV)
        if tok.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "case" for c in tok.children):
            if _names_preceding_phrase(tok):
                continue  # "a annoncé sur son fil Twitter la ministre": the name belongs to the phrase
            head = tok.head
            # "a fait savoir mercredi la CSC", "ce samedi 17 mai le Kremlin": hung on the day or its month
            if any(c.dep_ == "det" for c in tok.children) and (head.i in adjuncts or any(a.i in adjuncts for a in head.ancestors)
                                                             and (head.like_num or is_time_word(head.text, doc.lang_ or "fr"))):
                return tok
            if head.pos_ in {"NOUN", "PROPN"} and head.i < tok.i and tok.dep_ in {"flat:name", "flat", "nmod", "appos", "amod", "compound"}:
                if head.lower_ in locution_nouns(doc.lang_ or "fr") and tok.pos_ == "PROPN":
                    return tok  # "confiera à son tour Didier Reynders": a locution, then the speaker
                if any(c.dep_ == "case" for c in head.children) is False or tok.dep_ == "appos" and any(
                        "Yes" in c.morph.get("Poss") for c in head.children):
                    continue  # (the name of "à son ministre …": the one addressed)
                if (person := glued_person(tok, head)) is not None:
                    return person
            named = tok
            while named.dep_ == "compound" and named.head.i > named.i:
                named = named.head  # "said Muslim Brotherhood spokesperson Gehad El-Haddad on Tuesday"
            if named is not tok and named.ent_type_ not in {"PERSON", "PER"}:  # (a name apposed to the title)
                named = next((c for c in named.children if c.dep_ == "appos" and c.ent_type_ in {"PERSON", "PER"}), named)
            if named is not tok and named.ent_type_ in {"PERSON", "PER"}:
                return named  # "said spokesperson Gopal Baglay responding to …": the title is the name's
            if tok.dep_ not in {"flat:name", "flat"} or tok.head.i == verb.i:
                return tok  # (a name glued to the verb as its last part: "», lance Paul Roux")
    return None


# litotes: "n'a pas caché que …", "n'a pas exclu que …", "ne nie pas que …" do say it
LITOTES_VERBS = {"cacher", "exclure", "nier", "démentir", "hide", "deny", "rule"}


def said_not(verb: Token) -> bool:
    """A negated verb of saying reports nothing: "n'a pas précisé qui en était responsable", "did
    not say whether" — unless the negation is a litotes ("n'a pas caché que")."""
    negated = any(c.dep_ in {"advmod", "neg"} and c.lower_ in NEGATION_WORDS - {"ne", "n'", "n’"} for c in verb.children)
    return negated and verb.lemma_.lower() not in LITOTES_VERBS


# the circle round a leader that an impersonal "on" speaks from ("dit-on dans l'entourage du ministre")
CIRCLE_NOUNS = {"entourage", "camp", "cabinet", "équipe", "rang"}


def learned_from(verb: Token) -> Token | None:
    """The source a verb of learning names: "…, a-t-on appris auprès d'un officier rebelle", "a-t-on
    appris de source militaire", "peut-on lire dans le communiqué" — that source speaks, not "on"."""
    doc = verb.doc
    for tok in doc[verb.i + 1:verb.sent.end]:
        if tok.text in {".", ";", "«", "»"}:
            break
        if tok.lower_ == "auprès":
            return next((t for t in doc[tok.i + 1:min(verb.sent.end, tok.i + 5)] if t.pos_ in {"NOUN", "PROPN"}), None)
        if tok.lower_ == "source" and tok.i > 0 and doc[tok.i - 1].lower_ in {"de", "d'", "d’"}:
            return tok
        if tok.lower_ == "dans" and tok.head.lemma_.lower() in speech_lexicon(doc.lang_ or "fr").document_nouns:
            return tok.head  # "…, peut-on lire dans la déclaration": the document speaks
        if tok.lower_ == "dans" and tok.head.lemma_.lower() in CIRCLE_NOUNS:
            return tok.head  # "…, admettait-on dans l'entourage du président": that circle speaks
    return None


def participle_aside_subject(verb: Token) -> Token | None:
    """"le président Emmanuel Macron, recevant des descendants …, estime que": a finite verb with no
    subject of its own after a participle clause set off by commas has the noun before that clause."""
    doc = verb.doc
    if "Fin" not in verb.morph.get("VerbForm") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    j = verb.i - 1
    while j > 0 and (doc[j].pos_ in {"AUX", "ADV"} or doc[j].lower_ in REFLEXIVE_CLITICS):
        j -= 1
    opening = next((t.i for t in reversed(doc[max(0, j - 30):j]) if t.text == ","), None) if doc[j].text == "," else None
    if opening is None or opening < 1 or "Part" not in doc[opening + 1].morph.get("VerbForm"):
        return None
    subject = doc[opening - 1]
    while subject.dep_ in {"flat:name", "flat", "appos", "amod"} and subject.head.i < subject.i:
        subject = subject.head
    return subject if subject.pos_ in {"NOUN", "PROPN"} else None

"""Find the cue (verb of saying, or "selon X") that attributes a stretch of text, and its subject."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from foedus.language.syntax import (absolute_participle_subject, comma_between, glued_person, heads_sentence,
                                   repaired_subject)
from foedus.quotes.lexicon import SpeechLexicon
from foedus.quotes.marker_phrases import source_after_phrase

SUBJECT_DEPS = {"nsubj", "nsubj:pass", "expl:subj", "csubj"}
CLITIC_SUBJECTS = {"-il", "-elle", "-ils", "-elles", "il", "elle", "ils", "elles", "-on"}
# What may stand right before an incise verb whose subject follows it ("», a déclaré X",
# "» s'est réjoui le président", "comme le précise l'ambassadeur").
INCISE_PRECEDERS = {"a", "ont", ",", "avait", "avaient", "le", "l'", "l’", "comme", "est", "sont", "était", "s'", "s’", "se",
                    "»", "”", '"'}
REFLEXIVE_CLITICS = {"se", "s'", "s’"}
NEGATION_WORDS = {"ne", "n'", "n’", "pas", "not", "never", "jamais"}
ADDRESSEE_DEPS = {"obl", "obl:arg", "obl:mod", "iobj", "dative", "prep", "pobj"}
ADDRESSEE_CASES = {"à", "au", "aux", "to"}


@dataclass
class Cue:
    verb: Token | None  # the verb of saying (None for a bare "selon X")
    subject: Token | None  # head token of the speaker phrase
    addressee: Token | None = None
    rule: str = ""


DATELINE_DASHES = {"—", "–", "-", "--"}


def _is_dateline(tok: Token) -> bool:
    """A place opening a paragraph and followed by a dash ("MOSCOW —", "PARIS -"): the dateline,
    which the parser sometimes attaches to the first verb as a second subject."""
    doc = tok.doc
    opens = tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws or doc[tok.i - 1].is_space
    return opens and tok.i + 1 < len(doc) and doc[tok.i + 1].text in DATELINE_DASHES


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb: a nominal subject first, then an inverted clitic (-t-il), then
    the subject of the clause it depends on (participles: "ajoutant que…")."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ not in {"-t", "t"} | REFLEXIVE_CLITICS]
    nominal = [c for c in subjects if c.pos_ in {"PROPN", "NOUN"}]
    if len(nominal) > 1 and _is_dateline(nominal[0]):
        nominal = nominal[1:]  # "MOSCOW — Russia's highest court has judged that": the place is the dateline
    clitic = next((c for c in subjects if c.lower_ in CLITIC_SUBJECTS and c.lower_.startswith("-")), None)
    if clitic is not None and nominal and comma_between(verb.doc, nominal[0].i, clitic.i):
        return clitic  # "La crise « est un test », a-t-il déclaré": the noun is the statement's, not the incise's
    if len(nominal) > 1 and nominal[0].pos_ == "NOUN" and nominal[1].pos_ == "PROPN" \
            and nominal[1].left_edge.i == nominal[0].right_edge.i + 1 and nominal[1].i < verb.i:
        # "Le secrétaire général de l'ONU Kofi Annan a estimé": the parser cuts the title from the
        # name it introduces and gives the verb two subjects; the name is the speaker.
        return nominal[1]
    if nominal:
        return nominal[0]
    if subjects:
        return subjects[-1]
    light = verb.doc[verb.i - 1] if verb.i else None
    if light is not None and light.lemma_.lower() in {"faire", "laisser"} and light.i != verb.i:
        found = [c for c in light.children if c.dep_ in SUBJECT_DEPS]
        if found:
            return found[0]  # "le Conseil a fait savoir que": the subject sits on "fait"
    for tok in verb.doc[verb.i + 1:min(len(verb.doc), verb.i + 3)]:
        if tok.lower_ in CLITIC_SUBJECTS and tok.lower_.startswith("-"):  # "a-t-il", "affirme-t-elle"
            return tok
    inverted = inverted_subject(verb) or absolute_participle_subject(verb)
    if inverted is not None:
        return inverted
    if verb.dep_ == "xcomp" and verb.head.i != verb.i:
        controller = [c for c in verb.head.children if c.dep_ in {"obj", "dobj"} and c.pos_ in {"PROPN", "NOUN", "PRON"}]
        if controller:
            return controller[0]  # object control: "prompting the opposition to assert that…"
    governing = _participle_governor(verb)
    if governing is not None:
        return subject_of(governing)
    if verb.dep_ in {"xcomp", "advcl", "conj", "acl"} and verb.head.i != verb.i:
        found = subject_of(verb.head)
        if found is not None:
            return found
    return repaired_subject(verb)


def _participle_governor(verb: Token) -> Token | None:
    """The verb a detached present participle is said of: "X demandait une enquête, estimant que …",
    "X a démenti que Y soit malade, indiquant que …" — the parser may hang the participle on the
    object noun or inside the reported clause, but set off by a comma it is said of the main
    clause's subject."""
    doc = verb.doc
    if verb.dep_ not in {"acl", "advcl"} or "Part" not in verb.morph.get("VerbForm") \
            or "Pres" not in verb.morph.get("Tense") or verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    root = verb.sent.root
    if root.pos_ in {"VERB", "AUX"} and root.i < verb.i and root.i != verb.i:
        return root
    node = verb.head
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node if node.pos_ in {"VERB", "AUX"} and node.i < verb.i else None


def inverted_subject(verb: Token) -> Token | None:
    """A subject after an incise verb, past its prepositional phrases: "a annoncé en prévision de la
    visite de X le service de presse du Kremlin" → "service"."""
    before = verb.i - 1
    while before > 0 and verb.doc[before].pos_ == "ADV" and verb.doc[before].lower_ not in NEGATION_WORDS:
        before -= 1  # "» a ensuite précisé X", "a également ajouté X": adverbs sit between auxiliary and verb
    prev = verb.doc[before].lower_ if verb.i else ""
    if prev not in INCISE_PRECEDERS:
        return None
    if any(c.dep_ == "cc" and c.i < verb.i for c in verb.children):
        return None  # "… et a nié toute responsabilité": a coordinated verb, its object follows
    form = verb.morph.get("VerbForm")
    if "Ger" in form or ("Part" in form and "Pres" in verb.morph.get("Tense")):
        return None  # "…, saying Tehran would respond", "ajoutant Paris…": a participle has no inverted subject
    for tok in verb.doc[verb.i + 1:verb.sent.end]:
        if tok.text in {".", ";", "«", "»", "“", "”", ":"} or tok.pos_ in {"VERB", "AUX"} and tok.dep_ != "aux:tense":
            return None
        if tok.dep_ == "mark" or tok.lower_ in {"que", "qu'", "qu’", "that"}:
            return None  # ", stating that the submarine…": what follows is the reported clause
        if tok.dep_ == "dobj":
            return None  # "…, warned Israel against…": English labels the object apart from an inverted subject
        if tok.dep_ in {"obl:mod", "npadvmod"} and tok.head.i == verb.i:
            continue  # "a indiqué jeudi la secrétaire …": the verb's time adjunct, not its subject
        if tok.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "case" for c in tok.children):
            head = tok.head
            if head.pos_ in {"NOUN", "PROPN"} and head.i < tok.i and tok.dep_ in {"flat:name", "flat", "nmod", "appos"}:
                if any(c.dep_ == "case" for c in head.children) is False:
                    continue
                if (person := glued_person(tok, head)) is not None:
                    return person
            if tok.dep_ not in {"flat:name", "flat"} or tok.head.i == verb.i:
                return tok  # (a name glued to the verb as its last part: "», lance Paul Roux")
    return None


def addressee_of(verb: Token, lex: SpeechLexicon | None = None) -> Token | None:
    """Who the words are addressed to: "a déclaré à X", "said to X"; and the direct object of a
    verb whose lexicon frames say it names the addressee ("told reporters", "a averti Moscou que")."""
    for c in verb.children:
        if c.dep_ in ADDRESSEE_DEPS and c.pos_ in {"PROPN", "NOUN", "PRON"}:
            cases = {g.lower_ for g in c.children if g.dep_ == "case"}
            if cases & ADDRESSEE_CASES and c.ent_type_ not in {"LOC", "GPE"}:
                return c
        if c.dep_ == "prep" and c.lower_ in ADDRESSEE_CASES:  # English: the preposition heads its object
            objects = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in {"PROPN", "NOUN", "PRON"}]
            if objects and objects[0].ent_type_ not in {"LOC", "GPE"}:
                return objects[0]
    entry = lex.verb(verb.lemma_) if lex is not None else None
    if entry is not None and "addr" in entry.frames:
        for c in verb.children:
            if c.dep_ in {"obj", "dobj"} and c.pos_ in {"PROPN", "NOUN", "PRON"} and c.i > verb.i:
                return c
    return None


def is_speech_verb(tok: Token, lex: SpeechLexicon, classes: set[str] | None = None) -> bool:
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = speech_verb_lemma(tok, lex)
    v = lex.verb(lemma) if lemma else None
    return v is not None and (classes is None or v.cls in classes)


def cue_after(doc: Doc, close_tok: int, sent: Span, lex: SpeechLexicon) -> Cue | None:
    """An incise right after the closing mark: «…», a déclaré X / a-t-il ajouté / selon X."""
    # a comma after the mark opens an incise even where the parser ended the sentence at "»"
    comma_next = close_tok + 1 < len(doc) and doc[close_tok + 1].text == ","
    if close_tok + 1 < len(doc) and doc[close_tok + 1].text == ":":
        return colon_after(doc, close_tok + 1)
    end = min(len(doc) if comma_next else sent.end, close_tok + 7)
    for tok in doc[close_tok + 1:end]:
        if tok.text in {"«", "“", '"'} or (tok.is_punct and tok.text not in {",", "-", "—", "–"}):
            break
        if tok.pos_ == "CCONJ":
            return None  # "«…» et a menacé …": a new clause, not an incise
        source = marker_source(tok, lex)
        if source is not None:
            return Cue(None, source, rule="incise-selon")
        if is_speech_verb(tok, lex):
            subject = subject_of(tok)
            if subject is None or subject.i < close_tok:
                # a "subject" inside the quote is a misparse of the incise ("«… ce qui montre …»,
                # ajoute le documentaire"): the speaker follows the verb
                subject = inverted_subject(tok) or subject
            return Cue(tok, subject, addressee_of(tok, lex), rule="incise-verb")
    return open_incise(doc, close_tok, lex) if comma_next else None


def colon_after(doc: Doc, colon: int) -> Cue | None:
    """«…» : le substitut Weyland a requis la sévérité — the clause after the colon names who
    spoke: the nominal subject of its first verb."""
    for tok in doc[colon + 1:min(len(doc), colon + 12)]:
        if tok.text in {".", ";", "«", "“", '"'}:
            return None
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "aux:tense", "aux:pass", "cop"}:
            subject = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i > colon
                            and c.pos_ in {"PROPN", "NOUN"}), None)
            return Cue(tok, subject, addressee_of(tok), rule="colon-after") if subject is not None else None
    return None


def _first_nominal_after(verb: Token) -> Token | None:
    """The subject right after an incise verb: its first noun or name, past determiners and
    adjectives only ("analyse Thierry Garnier", "tempête le maire")."""
    for tok in verb.doc[verb.i + 1:min(len(verb.doc), verb.i + 5)]:
        if tok.pos_ in {"DET", "ADJ"}:
            continue
        return tok if tok.pos_ in {"PROPN", "NOUN"} else None
    return None


def open_incise(doc: Doc, close_tok: int, lex: SpeechLexicon) -> Cue | None:
    """«…», analyse Thierry Gagnez / «…», s'insurgeait-il: any verb placed in the incise, its
    subject inverted after it, introduces the quote — French incises are an open class
    ("analyse", "tempête", "ironise", "sourit") no lexicon lists in full."""
    j = close_tok + 2
    while j < len(doc) and doc[j].lower_ in REFLEXIVE_CLITICS | {"a", "avait", "ont", "avaient", "est", "s'est"}:
        j += 1
    # the parser often tags an unknown incise verb as an adjective or noun ("analyse", "raconte")
    if j >= len(doc) or doc[j].pos_ not in {"VERB", "ADJ", "NOUN"} or doc[j].is_sent_start and doc[j].text[:1].isupper():
        return None
    if j + 1 < len(doc) and doc[j + 1].lower_ in {"à", "au", "aux", "de", "du", "des", "d'", "d’"}:
        return None  # "suite à", "lors de": a prepositional phrase, not an incise
    verb = doc[j]
    if lex.verb("dire") is None:  # a language without a French-style incise lexicon
        return None
    clitic = doc[j + 1] if j + 1 < len(doc) and doc[j + 1].lower_ in CLITIC_SUBJECTS and doc[j + 1].lower_.startswith("-") else None
    subject = clitic or _first_nominal_after(verb)
    if subject is None:
        return None
    return Cue(verb, subject, addressee_of(verb, lex), rule="incise-open")


def cue_before(doc: Doc, open_tok: int, sent: Span, lex: SpeechLexicon) -> Cue | None:
    """X a déclaré : «…» — a verb of saying before the quote in its sentence, nearest first
    (the sentence before too when a colon introduces the quote and the parser split there)."""
    start = sent.start
    before = [t for t in doc[max(0, open_tok - 2):open_tok] if not t.is_space]
    if start == open_tok and before and before[-1].text == ":":
        start = doc[open_tok - 1].sent.start
    for tok in reversed(doc[start:open_tok]):
        if tok.text in {"»", "”"}:
            return None
        if is_speech_verb(tok, lex):
            subj = subject_of(tok)
            if subj is not None:
                return Cue(tok, subj, addressee_of(tok, lex), rule="cue-before")
    return None


def speech_verb_lemma(tok: Token, lex: SpeechLexicon) -> str | None:
    """The lexicon lemma of a verb form; fr_core_news_md leaves some present forms unlemmatised
    ("indique", "estime"), so the infinitive is tried too."""
    lemma = tok.lemma_.lower()
    # multiword verbs of saying: "fait savoir", "a fait valoir", "laisse entendre"
    for prev in reversed(list(tok.doc[max(0, tok.i - 2):tok.i])):
        if prev.pos_ in {"VERB", "AUX"} and prev.lemma_.lower() in {"faire", "laisser", "mettre"}:
            multi = f"{prev.lemma_.lower()} {lemma}"
            if lex.verb(multi) is not None:
                return multi
    for cand in (lemma, lemma + "r", lemma + "er", tok.lower_ + "re"):  # "reconnait" (lemma "reconner") → "reconnaitre"
        if lex.verb(cand) is not None:
            return cand
    return None


def governing_cue(doc: Doc, tokens: list[Token], lex: SpeechLexicon, quote_range: tuple[int, int]) -> Cue | None:
    """The nearest verb of saying (any class) above the quote in the parse, outside the quote."""
    lo, hi = quote_range
    for tok in tokens:
        node = tok
        for _ in range(12):
            if node.head.i == node.i:
                break
            node = node.head
            if lo <= node.i < hi:
                continue
            if is_speech_verb(node, lex):
                subj = subject_of(node)
                if subj is not None:
                    return Cue(node, subj, addressee_of(node, lex), rule="governor-verb")
    return None


def selon_in(sent: Span, lex: SpeechLexicon, exclude: tuple[int, int] = (0, 0)) -> Cue | None:
    """A "selon X" / "d'après X" phrase in the sentence (outside the excluded token range)."""
    doc = sent.doc
    for tok in sent:
        if exclude[0] <= tok.i < exclude[1]:
            continue
        if tok.lower_ == "pour" and not heads_sentence(tok):
            continue  # "pour" names a source only at the head of the sentence ("Mais pour X, …")
        source = marker_source(tok, lex)
        if source is None:
            continue
        # "D'après X, «…» ; Y a ajouté : «…»": a marker across another quote or a semicolon is
        # another clause's
        between = doc[tok.i:exclude[0]] if tok.i < exclude[0] else doc[exclude[1]:tok.i]
        if exclude != (0, 0) and any(t.text == ";" for t in between):
            continue
        return Cue(None, source, rule="selon")
    return None


def marker_source(tok: Token, lex: SpeechLexicon) -> Token | None:
    """The source named by a marker starting at `tok`: "selon X", "d'après X" (tok = "après"),
    "according to X" — UD hangs the marker under X, English parses put X under "to"."""
    low = tok.lower_
    if low == "according":
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        return obj if obj is not None and obj.pos_ in {"NOUN", "PROPN", "PRON"} else None
    doc = tok.doc
    phrase_source = source_after_phrase(tok, lex.source_phrases)
    if phrase_source is not None:
        return phrase_source
    d_apres = low in {"d'", "d’"} and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "après"
    is_marker = low in lex.markers or d_apres or (low == "après" and tok.i > 0 and doc[tok.i - 1].lower_ in {"d'", "d’"})
    head = tok.head
    if low == "après" and head.i < tok.i and head.lower_ in {"d'", "d’"}:
        head = head.head  # "d’après" parsed as case + fixed: the source heads "d’"
    if low == "pour" and head.lemma_.lower() == "part":
        return None  # "pour sa part", "pour leur part": for his part, no source
    if is_marker and head.i > tok.i and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return head
    return None


def clause_before_colon(doc: Doc, open_tok: int) -> Span | None:
    """The words from the sentence start to a colon right before the opening mark, if there is one."""
    j = open_tok - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != ":":
        return None
    return doc[doc[j].sent.start:j]


def colon_source(doc: Doc, open_tok: int, lex: SpeechLexicon) -> Cue | None:
    """«…» after "Pour X : " / "Selon X :" with no verb before the colon: X speaks ("Pour la
    principale association …, l'April : «…»")."""
    clause = clause_before_colon(doc, open_tok)
    if clause is None:
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in clause):
        return None
    for tok in clause:
        source = marker_source(tok, lex)
        if source is not None:
            return Cue(None, source, rule="colon-selon")
    return None


def colon_cue(doc: Doc, open_tok: int) -> Cue | None:
    """«…» introduced by a colon: the speaker is the subject of the verb before the colon, whatever
    the verb ("Akli Gasmi, jeune berger, se souvient : «…»") — the colon is the journalist's cue."""
    clause = clause_before_colon(doc, open_tok)
    if clause is None:
        return None
    for tok in reversed(clause):
        # a predicate: a verb, or any word the parser gave a subject ("Michel Guay … raconte :"
        # with "raconte" mistagged as an adjective)
        has_subject = any(c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ in {"PROPN", "NOUN", "PRON"} for c in tok.children)
        if (tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "aux:tense", "aux:pass", "cop"}) or has_subject:
            subj = subject_of(tok)
            if subj is not None:
                return Cue(tok, subj, addressee_of(tok), rule="colon")
            return None
    return None


def interview_addressee(tokens, lex: SpeechLexicon) -> Token | None:
    """The medium an interview was given to, the addressee of what it reports: "Dans une interview
    à Radio Sawa, …", "in an interview with the BBC"."""
    if isinstance(tokens, Span):
        # the parser splits at ";" and ":", the writer's sentence runs on
        start = tokens.start
        while start > 0 and tokens.doc[start - 1].text in {";", ":"}:
            start = tokens.doc[start - 1].sent.start
        tokens = tokens.doc[start:tokens.end]
    for tok in tokens:
        if tok.lower_ not in lex.interview_nouns:
            continue
        follow = list(tok.doc[tok.i + 1:min(len(tok.doc), tok.i + 4)])
        if follow and follow[0].lower_ in {"à", "au", "aux", "to", "with", "a", "con"}:
            for cand in follow[1:]:
                if cand.pos_ in {"PROPN", "NOUN"}:
                    return cand
                if cand.pos_ not in {"DET"}:
                    break
    return None

"""Find the cue (verb of saying, or "selon X") that attributes a stretch of text, and its subject."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from foedus.language.syntax import heads_sentence, participle_after_auxiliary
from foedus.quotes.addressees import addressee_of
from foedus.quotes.lexicon import SpeechLexicon
from foedus.quotes.marker_phrases import source_after_phrase, starts_phrase
from foedus.quotes.subjects import CLITIC_SUBJECTS, REFLEXIVE_CLITICS, SUBJECT_DEPS, gerund_form, inverted_subject, present_participle, subject_of
from foedus.quotes.incise_bounds import new_clause_after
from foedus.quotes.spans import between_marks

@dataclass
class Cue:
    verb: Token | None  # the verb of saying (None for a bare "selon X")
    subject: Token | None  # head token of the speaker phrase
    addressee: Token | None = None
    rule: str = ""


def is_gerund(tok: Token) -> bool:
    """"en martelant que …": the parser may tag a gerund as an adjective."""
    return gerund_form(tok) and tok.pos_ in {"VERB", "ADJ"}


def is_speech_verb(tok: Token, lex: SpeechLexicon, classes: set[str] | None = None) -> bool:
    cls = speech_verb_class(tok, lex)
    return cls is not None and (classes is None or cls in classes)


def speech_verb_class(tok: Token, lex: SpeechLexicon) -> str | None:
    """The lexicon class (assertive, directive, commissive…) of a verb of saying, None for any other
    token; memoised per Doc, since every quote rule asks it of every token."""
    memo = tok.doc.user_data.setdefault(f"foedus_speech_class:{id(lex)}", {})
    if tok.i in memo:
        return memo[tok.i]
    cls = None
    if tok.pos_ in {"VERB", "AUX"} or is_gerund(tok) or participle_after_auxiliary(tok) \
            or (tok.pos_ == "ADJ" and any(c.dep_ == "aux:tense" for c in tok.children)):
        # (a participle with its auxiliary is a verb whatever its tag: "a en effet prétendu que")
        lemma = speech_verb_lemma(tok, lex)
        v = lex.verb(lemma) if lemma else None
        cls = v.cls if v is not None else None
    memo[tok.i] = cls
    return cls


def cue_after(doc: Doc, close_tok: int, sent: Span, lex: SpeechLexicon) -> Cue | None:
    """An incise right after the closing mark: «…», a déclaré X / a-t-il ajouté / selon X."""
    # a comma after the mark opens an incise even where the parser ended the sentence at "»"
    close_tok = past_parenthesis(doc, close_tok)  # "«…» (ndlr …), a déclaré X"
    comma_next = close_tok + 1 < len(doc) and doc[close_tok + 1].text == ","
    if close_tok + 1 < len(doc) and doc[close_tok + 1].text == ":":
        return colon_after(doc, close_tok + 1)
    long_subject = _subject_opening_incise(doc, close_tok, lex)
    if long_subject is not None:  # "“…,” U.S. Central Command, which oversees …, said in a statement"
        return Cue(long_subject.head, long_subject, addressee_of(long_subject.head, lex), rule="incise-verb")
    end = min(len(doc) if comma_next else sent.end, close_tok + 7)
    for tok in doc[close_tok + 1:end]:
        if tok.text in {"«", "“", '"'} or (tok.is_punct and tok.text not in {",", "-", "—", "–"}):
            break
        if tok.pos_ == "CCONJ" or tok.pos_ == "SCONJ" and tok.lower_ not in {"comme", "as"}:
            return None  # "«…» et a menacé …", "«…» quand il prédit que …": a new clause, not an incise
        source = marker_source(tok, lex) if tok.lower_ != "pour" else None  # "«…» pour la frontière": a purpose
        if source is not None:
            return Cue(None, source, rule="incise-selon")
        if is_speech_verb(tok, lex) and not (gerund_form(tok) and doc[tok.i - 1].lower_ == "en"):  # («…» en lançant)
            if tok.dep_ in {"acl", "amod"} and tok.head.pos_ == "NOUN" and close_tok < tok.head.i < tok.i \
                    and not any(c.dep_ == "case" for c in tok.head.children):  # ("a pour sa part confié X")
                return None  # "« inacceptable » la fermeture annoncée du théâtre": a participle of the noun
            subject = subject_of(tok)
            if new_clause_after(doc, close_tok, tok, subject):
                return None  # "« nid d'espions », les manifestants ont scandé des slogans": a clause of its own
            if subject is None or subject.i < close_tok:
                # a "subject" inside the quote is a misparse of the incise ("«… ce qui montre …»,
                # ajoute le documentaire"): the speaker follows the verb
                opened = next((t.i for t in reversed(doc[max(0, close_tok - 400):close_tok]) if t.text in {"«", "“", '"'}), -1)
                between = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and close_tok < c.i < tok.i), None)
                subject = between or inverted_subject(tok) or (
                    subject if subject is not None and not opened < subject.i < close_tok else None)
            return Cue(tok, subject, addressee_of(tok, lex), rule="incise-verb")
    return open_incise(doc, close_tok, lex) if comma_next else _incise_after_adjunct(doc, close_tok, lex)


def _incise_after_adjunct(doc: Doc, close_tok: int, lex: SpeechLexicon) -> Cue | None:
    """«…» dans le district Kievski au nord de la ville, a indiqué la mairie: a prepositional phrase
    (no verb in it) between the closing mark and the incise, whose subject follows its verb."""
    first = close_tok + 1
    if first >= len(doc) or doc[first].pos_ != "ADP":
        return None
    comma = next((t.i for t in doc[first:min(len(doc), first + 16)] if t.is_punct), None)
    if comma is None or doc[comma].text != "," or any(t.pos_ in {"VERB", "AUX"} for t in doc[first:comma]):
        return None
    for tok in doc[comma + 1:min(len(doc), comma + 5)]:
        if is_speech_verb(tok, lex) and tok.dep_ not in {"aux", "aux:tense"}:
            subject = inverted_subject(tok) or next((c for c in tok.children if c.lower_ in CLITIC_SUBJECTS - {"-on"}), None)
            return Cue(tok, subject, addressee_of(tok, lex), rule="incise-verb") if subject is not None else None
        if tok.pos_ not in {"AUX", "ADV"} and not tok.text.startswith("-"):  # ("…, a-t-il ajouté")
            return None
    return None


def _subject_opening_incise(doc: Doc, close_tok: int, lex: SpeechLexicon) -> Token | None:
    """A subject right after the closing mark whose verb of saying comes after a relative clause
    or an apposition set off by commas, too far for the incise window."""
    first = close_tok + 1
    while first < len(doc) and doc[first].text == ",":
        first += 1
    if first >= len(doc) or doc[first].pos_ not in {"PROPN", "NOUN", "DET"}:
        return None
    subject = doc[first] if doc[first].pos_ != "DET" else doc[first].head
    while subject.dep_ in {"compound", "flat:name", "flat", "amod"} and subject.head.i > subject.i:
        subject = subject.head
    verb = subject.head
    if not subject.dep_.startswith("nsubj") or verb.i <= subject.i or subject.left_edge.i != first \
            or not is_speech_verb(verb, lex) or not any(t.text == "," for t in doc[subject.i:verb.i]):
        return None
    return subject


def past_parenthesis(doc: Doc, i: int) -> int:
    """The closing bracket of a parenthesis that opens right after token i (an editor's note or
    a gloss after a quote, "«…» (ndlr militants radicaux)"), else i."""
    if i + 1 >= len(doc) or doc[i + 1].text != "(":
        return i
    for tok in doc[i + 2:min(len(doc), i + 30)]:
        if tok.text in {"(", "«", "“", "\n\n"} or "\n" in tok.text:
            return i
        if tok.text == ")":
            return tok.i
    return i


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


def _incise_infinitive(tok: Token) -> bool:
    return tok.pos_ == "VERB" and "Inf" in tok.morph.get("VerbForm")


def _first_nominal_after(verb: Token) -> Token | None:
    """The subject right after an incise verb: its first noun or name, past determiners and
    adjectives and adverbs only ("analyse Thierry Garnier", "ont prévenu plus tôt les autorités")."""
    doc = verb.doc
    for tok in doc[verb.i + 1:min(len(doc), verb.i + 6)]:
        if tok.pos_ in {"DET", "ADJ", "ADV"}:
            continue
        if _incise_infinitive(tok) or tok.lower_ in {"à", "de", "d'"} and tok.i + 1 < len(doc) and _incise_infinitive(doc[tok.i + 1]):
            continue  # "croit savoir une source", "a tenu à préciser le ministre"
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
    # (no present participle: "«…», élargissant son appel" is the subject's; French-style incise lexicons only)
    if j >= len(doc) or doc[j].pos_ not in {"VERB", "ADJ", "NOUN"} or doc[j].is_sent_start and doc[j].text[:1].isupper() \
            or present_participle(doc[j]) or lex.verb("dire") is None:
        return None
    if j + 1 < len(doc) and doc[j + 1].lower_ in {"à", "au", "aux", "de", "du", "des", "d'", "d’"} \
            and not (j + 2 < len(doc) and _incise_infinitive(doc[j + 2])):
        return None  # "suite à", "lors de": a prepositional phrase, not an incise
    verb = doc[j]
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
            while _infinitive(tok) and tok.head.i != tok.i and is_speech_verb(tok.head, lex):
                tok = tok.head  # "a accusé X d'avoir ordonné «…»": the accuser speaks, not the one accused
            subj = subject_of(tok)
            if subj is not None:
                return Cue(tok, subj, addressee_of(tok, lex), rule="cue-before")
    return None


def _infinitive(verb: Token) -> bool:
    return "Inf" in verb.morph.get("VerbForm") or any("Inf" in c.morph.get("VerbForm") for c in verb.children if c.dep_.startswith("aux"))


def speech_verb_lemma(tok: Token, lex: SpeechLexicon) -> str | None:
    """The lexicon lemma of a verb form; fr_core_news_md leaves some present forms unlemmatised
    ("indique", "estime"), so the infinitive is tried too. Memoised per Doc: quote rules ask it of
    the same tokens many times."""
    memo = tok.doc.user_data.setdefault(f"foedus_speech_lemma:{id(lex)}", {})
    if tok.i not in memo:
        memo[tok.i] = _speech_verb_lemma(tok, lex)
    return memo[tok.i]


def _speech_verb_lemma(tok: Token, lex: SpeechLexicon) -> str | None:
    lemma = tok.lemma_.lower()
    # multiword verbs of saying: "fait savoir", "a fait valoir", "laisse entendre"
    for prev in reversed(list(tok.doc[max(0, tok.i - 2):tok.i])):
        if prev.pos_ in {"VERB", "AUX"} and prev.lemma_.lower() in {"faire", "laisser", "mettre"}:
            multi = f"{prev.lemma_.lower()} {lemma}"
            if lex.verb(multi) is not None:
                return multi
    # a verb its fixed complement follows: "a mis en garde le ministre", "mettant en garde"
    # (a verb that follows is the head of the expression: "a fait savoir" is found from "savoir")
    tail = [t.lower_ for t in itertools.takewhile(lambda t: t.pos_ not in {"VERB", "AUX"}, tok.doc[tok.i + 1:tok.i + 3])]
    for n in (2, 1):
        if len(tail) >= n and (multi := lex.verb(" ".join([lemma, *tail[:n]]))) is not None:
            return multi.lemma
    if is_gerund(tok) and tok.pos_ == "ADJ":
        lemma = tok.lower_[:-3] + "er"  # "martelant" (an adjective to the parser) → "marteler"
    participle = lemma.rstrip("s").removesuffix("e").removesuffix("é")  # "twitté", its own lemma → "twitter"
    for cand in (lemma, lemma + "r", lemma + "er", tok.lower_ + "re", participle + "er"):  # "reconnait" → "reconnaitre"
        if lex.verb(cand) is not None:
            return cand
    return None


def has_frame(tok: Token, lex: SpeechLexicon, frame: str) -> bool:
    """The verb's lexicon entry has `frame` ("direct", "goes-on", "asks", "answers")."""
    lemma = speech_verb_lemma(tok, lex)
    entry = lex.verb(lemma) if lemma is not None else None
    return entry is not None and frame in entry.frames


def governing_cue(doc: Doc, tokens: list[Token], lex: SpeechLexicon, quote_range: tuple[int, int]) -> Cue | None:
    """The nearest verb of saying (any class) above the quote in the parse, outside the quote."""
    lo, hi = quote_range
    for tok in tokens:
        node = tok
        for _ in range(12):
            if node.head.i == node.i:
                break
            node = node.head
            if lo <= node.i < hi or between_marks(doc, node.idx):
                continue  # a verb inside quoted words is the quoted speaker's, no cue of another quote
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
        if exclude != (0, 0) and tok.i < exclude[0] and any(t.pos_ == "CCONJ" for t in between) \
                and any(is_speech_verb(t, lex) for t in between):
            continue  # "…, selon plusieurs ONG, et le pape a dit redouter un «…»": the later verb's quote
        return Cue(None, source, rule="selon")
    return None


RELATIVE_PRONOUNS = {"lequel", "laquelle", "lesquels", "lesquelles", "qui", "quoi"}
MARKER_PIECES = {"according", "d'", "d’", "après"}  # words a marker starts with beside lex.markers


def marker_source(tok: Token, lex: SpeechLexicon) -> Token | None:
    """The source named by a marker starting at `tok`: "selon X", "d'après X" (tok = "après"),
    "according to X" — UD hangs the marker under X, English parses put X under "to"."""
    low = tok.lower_
    if low not in lex.markers and low not in MARKER_PIECES and not starts_phrase(tok, lex.source_phrases):
        return None  # asked of every token: most are no marker
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
    if is_marker and head.i > tok.i and head.pos_ in {"NOUN", "PROPN", "PRON"} and head.lower_ not in RELATIVE_PRONOUNS:
        return head  # ("des allégations selon lesquelles …": a relative clause, selon.from_opinion_relative's)
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

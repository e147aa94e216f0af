"""Indirect quotes named by a source marker rather than a verb: "selon X, …", "de l'avis de X, …",
"pour X, …" (opinion), and relative clauses in those senses ("le patronat, pour qui …", "un
rapport selon lequel …")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foedus.quotes.clause_text import CLAUSE_OPENERS, QUE, make_quote
from foedus.quotes.cues import marker_source
from foedus.quotes.lexicon import SpeechLexicon, circumstance_nouns
from foedus.quotes.speaker_words import HUMAN_NOUN_ENDINGS
from foedus.quotes.speakers import SpeakerResolver
from foedus.records import Quote

# relative pronouns after which a preposition of opinion or source makes the clause the
# antecedent's words ("pour qui", "selon lequel"); "pour lequel" is a purpose, not an opinion
OPINION_RELATIVES = {"qui": {"pour", "selon"}, "lequel": {"selon"}, "laquelle": {"selon"}, "lesquels": {"selon"},
                     "lesquelles": {"selon"}}


RELATIVES = {"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "who", "which"}


def opinion_holder(source: Token, resolver: SpeakerResolver) -> bool:
    """"pour X" gives X's opinion only when X can hold one: a name, a pronoun, a mention of an
    actor or a noun of a person, body or source."""
    if source.pos_ != "NOUN" or resolver.mention_at(source) is not None:
        return True
    if source.lemma_.lower() in circumstance_nouns(resolver.lang):
        return False  # "Pour l'instant, …", "Pour ce dossier, …"
    # a person's noun by its ending needs a stem before it: "fois" ends like "Chinois" but is none
    ending = next((e for e in HUMAN_NOUN_ENDINGS if source.lower_.endswith(e)), None)
    return resolver.can_speak_noun(source) and (ending is None or resolver.is_known_speaker_noun(source)
                                                 or len(source.lower_) - len(ending) >= 3)


def from_opinion_relative(doc: Doc, pronoun: Token, sent: Span, direct_spans) -> tuple[Quote, Token, None] | None:
    """A relative clause in the opinion or source sense: "le patronat, pour qui [la hausse est
    excessive]", "un rapport selon lequel […]" — the antecedent of the relative pronoun speaks."""
    antecedent = opinion_antecedent(doc, pronoun, sent)
    if antecedent is None:
        return None
    # the relative clause as parsed, else (the parser often misses "pour qui") to the sentence's end
    clause = pronoun.head
    parsed = clause.dep_ in {"acl:relcl", "acl"} and clause.i > pronoun.i
    end = min(clause.right_edge.i + 1, sent.end) if parsed else sent.end
    end = next((t.i for t in doc[pronoun.i:end] if t.text == ";"), end)
    made = make_quote(doc, pronoun.i + 1, end, "indirect", "selon-relative", 0.7, direct_spans, antecedent, None)
    if made is None:
        return None
    made[0].kind = "selon"
    return made


def opinion_antecedent(doc: Doc, pronoun: Token, sent: Span) -> Token | None:
    """Who speaks in an opinion relative ("le patronat, pour qui", "Erdogan selon qui"): the
    relative pronoun's antecedent, the head of its whole phrase."""
    if pronoun.lower_ not in OPINION_RELATIVES:
        return None
    before = doc[pronoun.i - 1] if pronoun.i > sent.start else None
    if before is None or before.lower_ not in OPINION_RELATIVES[pronoun.lower_]:
        return None
    antecedent = doc[before.i - 1] if before.i - 1 > sent.start else None
    if antecedent is not None and antecedent.text == ",":
        antecedent = doc[antecedent.i - 1]  # "le patronat, pour qui …"
    if antecedent is not None and antecedent.pos_ == "ADJ" and antecedent.head.i < antecedent.i:
        antecedent = antecedent.head  # "les organisations patronales pour qui …"
    if antecedent is None or antecedent.pos_ not in {"NOUN", "PROPN"}:
        return None
    while antecedent.dep_ == "nmod" and antecedent.head.i < antecedent.i and antecedent.head.pos_ in {"NOUN", "PROPN"} \
            and any(c.dep_ == "case" and c.lower_ in {"de", "du", "des", "d'", "d’"} for c in antecedent.children):
        antecedent = antecedent.head  # "le syndicat des bailleurs pour qui …": the whole phrase's head
    return antecedent


def from_marker(doc: Doc, marker: Token, sent: Span, lex: SpeechLexicon, direct_spans) -> tuple[Quote, Token, None] | None:
    source = marker_source(marker, lex)
    if source is None:
        return None
    if marker.lower_ == "pour" and marker.i != sent.start:
        return None  # "pour X" has the opinion sense only at the head of the sentence
    phrase = sorted({marker.i, *(t.i for t in source.subtree)})
    lo = min(phrase[0], marker.i - 1 if marker.lower_ == "après" else marker.i)
    hi = _source_phrase_end(doc, source, phrase[-1] + 1)
    if doc[hi - 1].text == "," and hi - 1 > source.i:
        hi -= 1  # the parser may hang the comma that closes "Selon X," on X: it is no part of the phrase
    if hi < sent.end and doc[hi].text != ",":
        hi = _comma_closing_source(doc, hi, sent.end)
    before = doc[lo - 1] if lo > sent.start else None
    opens_clause = before is None or before.lower_ in QUE | CLAUSE_OPENERS or before.text in {",", ":", "«", "“", "-", "–", "—"}
    # "…, selon l'Observatoire, qui n'a pas pu …": a relative clause after the source is said of it
    relative_next = hi + 1 < sent.end and doc[hi + 1].lower_ in RELATIVES
    # "X ont fait 35 morts, selon plusieurs ONG, et le pape a dit …": a new clause after the source
    # is no part of its statement; the clause before it is
    new_clause_next = lo > sent.start + 2 and hi + 1 < sent.end and doc[hi + 1].pos_ == "CCONJ"
    # "Une attaque a tué dix civils, selon les autorités, à l'heure où …": the sentence's main verb
    # stands before the source, so the statement does too
    said_before = sent.root.i < lo and sent.root.pos_ in {"VERB", "AUX"} and before is not None and before.text == ","
    if opens_clause and hi < sent.end and doc[hi].text == "," and not (relative_next and lo > sent.start + 2) \
            and not new_clause_next and not said_before:
        start, end = hi + 1, sent.end  # "Selon X, …" / "… que, selon X, …"
        if before is not None and before.lower_ in QUE:
            return None  # inside a que-clause: the verb's indirect quote is the outermost one
    else:
        start, end = sent.start, lo
        if quote_with_incise(doc, start, end, lex):
            return None  # "«Allah Akbar», scandent des gens sur place, selon la vidéo": the incise says who spoke
    made = make_quote(doc, start, end, "indirect", "selon", 0.75, direct_spans, source, None)
    if made is None and start > lo and lo - sent.start >= 3 and any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start:lo]):
        # "L'entretien a été organisé, selon la présidence, « à l'initiative de … »": the words in
        # marks finish the clause begun before the marker — the whole sentence is the statement
        made = make_quote(doc, sent.start, end, "indirect", "selon", 0.7, direct_spans, source, None)
    if made is None:
        return None
    made[0].kind = "selon"
    return made


def _comma_closing_source(doc: Doc, hi: int, end: int) -> int:
    """The comma that closes a source phrase the parser cut short, hanging its complements on the
    main verb ("Selon une source [au sein de la présidence française], le locataire …"): the first
    comma within a few words with no verb before it and a clause after it; else `hi`."""
    for tok in doc[hi:min(end, hi + 10)]:
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {"«", "“", '"', ":", ";"}:
            return hi
        if tok.text == ",":
            return tok.i if _clause_follows(doc, tok.i + 1) else hi
    return hi


def quote_with_incise(doc: Doc, start: int, end: int, lex: SpeechLexicon) -> bool:
    """The span is a quotation and its incise: a closing mark, then a verb of saying after a comma
    ("«…», a-t-il dit") or a pronoun subject (English "…," he said)."""
    for i in range(start, end - 2):
        if doc[i].text not in {"»", "”", '"'}:
            continue
        j = i + 1
        while j < min(end, i + 6) and (doc[j].text == "," or doc[j].pos_ in {"AUX", "PRON"}):
            j += 1
        verb = doc[j] if j < end else None
        if verb is not None and j > i + 1 and verb.pos_ in {"VERB", "AUX"}:
            entry = lex.verb(verb.lemma_)
            if entry is not None and "incise" in entry.frames:
                return True
    return False


def _source_phrase_end(doc: Doc, source: Token, end: int) -> int:
    """The source phrase stops at its first comma that does not open an apposition to the source
    ("Selon le ministre, Manuel Valls, …" goes on): the parser may hang the statement's own subject
    on the source ("Pour le procureur, plus de cent personnes …")."""
    # an "apposition" followed straight by a predicate is the statement's subject that the parser
    # hung on the source ("De l'avis de X, la langue française est …")
    appositions = [c for c in source.children if c.dep_ == "appos" and not _predicate_after(doc, _name_end(doc, c) + 1)]
    apposed = {t.i for c in appositions for t in c.subtree}
    for j in range(source.i + 1, end - 1):
        if doc[j].text == "," and j + 1 not in apposed and _clause_follows(doc, j + 1):
            return j
    return end


def _name_end(doc: Doc, tok: Token) -> int:
    """The last word of the name or phrase `tok` heads, before any quotation mark."""
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].head.i in range(tok.i, end + 1) and doc[end + 1].dep_ in {"flat:name", "flat", "amod"}:
        end += 1
    return end


def _predicate_after(doc: Doc, i: int) -> bool:
    """A verb at `i`, or words in marks opening with one ("X « ne doit pas démissionner »")."""
    if i >= len(doc):
        return False
    if doc[i].text in {"«", "“", '"'}:
        return any(t.pos_ in {"VERB", "AUX"} for t in doc[i + 1:min(len(doc), i + 4)])
    return doc[i].pos_ in {"VERB", "AUX"}


def _clause_follows(doc: Doc, start: int) -> bool:
    """A verb comes before the next comma, colon or sentence end: what follows is a statement,
    not a name set off by a comma ("Pour l'association …, l'April : «…»")."""
    for tok in doc[start:start + 40]:
        if tok.text in {"«", "“"}:
            return _predicate_after(doc, tok.i)  # "Selon X, Y « ne doit pas … »"
        if tok.text in {",", ":", ";"} or tok.is_sent_end and tok.is_punct:
            return False
        if tok.pos_ in {"VERB", "AUX"}:
            return True
    return False


def skip_leading_marker(doc: Doc, start: int, end: int, lex: SpeechLexicon) -> int:
    """Content after "que" that opens with "selon lui," starts after that phrase."""
    tok = doc[start] if start < end else None
    if tok is not None and (tok.lower_ in lex.markers or tok.lower_ in {"d'", "d’"}):
        for j in range(start + 1, min(end, start + 8)):
            if doc[j].text == ",":
                return j + 1
    return start

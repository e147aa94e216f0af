"""Indirect speech: "X a indiqué que …", "a affirmé ne pas …", "…, a annoncé l'armée", "selon X, …"."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from foedus.quotes.cues import interview_addressee, inverted_subject, CLITIC_SUBJECTS, addressee_of, is_speech_verb, marker_source, subject_of
from foedus.quotes.lexicon import SpeechLexicon
from foedus.quotes.speakers import SpeakerResolver
from foedus.records import Quote

QUE = {"que", "qu'", "qu’", "that"}
SKIPPABLE = {"ADV", "PUNCT"}  # "a également indiqué que", "a affirmé, mardi, que"
MARKS = "«»“”\"‹›„"
MIN_CONTENT_TOKENS = 3
DATA = Path(__file__).with_name("data")
INVERTED_CLITICS = {"-t", "-il", "-elle", "-ils", "-elles", "-on", "t", "-t-il", "-t-elle"}
CLAUSE_OPENERS = {"car", "mais", "et", "donc", "or", "because", "but", "and"}


def _content_text(doc: Doc, start: int, end: int) -> tuple[int, int, str]:
    """Character range and text of tokens [start, end), trailing punctuation and marks dropped."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in {")", "%"}:
        end -= 1
    while start < end and (doc[start].is_space or doc[start].text in {",", ":"} or doc[start].text in MARKS):
        start += 1
    if end <= start:
        return 0, 0, ""
    s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    text = "".join(ch for ch in doc[start:end].text if ch not in MARKS)  # == doc.text[s:e], without rebuilding doc.text
    return s, e, " ".join(text.split())


def _sentence_end(sent: Span) -> int:
    return sent.end


def _inside(spans: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in spans)


def _que_after(doc: Doc, verb: Token, limit: int) -> Token | None:
    """The "que" of the verb's complement clause, past an addressee or a time/place phrase
    ("a assuré aux journalistes que", "annonce mardi soir sur internet que")."""
    for tok in doc[verb.i + 1:min(limit, verb.i + 10)]:
        if tok.lower_ in QUE:
            return tok
        if tok.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or tok.text in {".", ";", ":", "«", "»"}:
            return None
    return None


def _bare_complement(doc: Doc, verb: Token, limit: int) -> int | None:
    """A complement clause with no complementiser right after the verb (English "said Brazil
    supports…"): a `ccomp` child whose clause starts within two tokens of the verb."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and not any(g.dep_ == "mark" for g in child.children):
            start = child.left_edge.i
            if start - verb.i <= 2 and doc[start].text not in MARKS and child.i < limit:
                return start
    return None


@lru_cache(maxsize=None)
def stance_adjectives() -> frozenset[str]:
    """Stance adjectives after "se dire" (data/stance_adjectives.tsv)."""
    lines = (DATA / "stance_adjectives.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")][1:]
    return frozenset(row[1].strip().lower() for row in rows if len(row) > 1)


def _masculine_singular(tok: Token) -> str:
    """An adjective's or participle's masculine singular ("déterminées" → "déterminé"): the parser
    lemmatises a participle to its verb ("déterminer"), an adjective to itself."""
    if tok.pos_ == "ADJ":
        return tok.lemma_.lower()
    word = tok.lower_
    for ending in ("es", "s", "e"):
        if word.endswith("é" + ending):
            return word[:-len(ending)]
    return word


def _infinitive_after(doc: Doc, verb: Token, limit: int) -> Token | None:
    for tok in doc[verb.i + 1:min(limit, verb.i + 5)]:
        if tok.pos_ in {"VERB", "AUX"} and "Inf" in tok.morph.get("VerbForm"):
            return tok
        if tok.lower_ in {"ne", "n'", "n’", "pas", "plus", "jamais", "de", "d'", "d’", "-t", "-il", "-elle"}:
            continue
        if tok.pos_ in {"ADJ", "VERB"} and _masculine_singular(tok) in stance_adjectives():
            return tok  # "s'est dit prêt à …", "s'est dit déterminé à …"
        if tok.text in MARKS:
            continue  # "a indiqué « vouloir procéder … »": a quoted infinitive
        if tok.pos_ not in {"ADV", "PRON"}:
            return None
    return None


def _incise_subject(doc: Doc, verb: Token) -> Token | None:
    """The inverted subject of an incise verb ("…, a annoncé l'armée", "…, affirme-t-il")."""
    # the words right after the incise verb name the speaker; a "subject" the parser found
    # elsewhere ("Carlos" in the statement) is a misparse of the incise
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ in {"NOUN", "PROPN"} and c.i < verb.i \
                and not any(g.dep_ in {"cop", "nsubj"} for g in c.children) \
                and all(t.is_punct or t.dep_.startswith("aux") for t in doc[c.right_edge.i + 1:verb.i]):
            return None  # "le chef du parti, X, a annoncé …": the subject stands right before the verb, no incise
    subj = inverted_subject(verb) or subject_of(verb)
    if subj is None:
        return None
    inverted_clitic = subj.lower_.startswith("-") and subj.lower_ in CLITIC_SUBJECTS  # "a-t-il précisé"
    return subj if subj.i > verb.i or inverted_clitic else None


def find_indirect_quotes(doc: Doc, article_id: str, lex: SpeechLexicon, resolver: SpeakerResolver,
                         direct: list[Quote], sent_index: dict[int, int]) -> list[Quote]:
    direct_spans = [(q.start, q.end) for q in direct]
    found: list[Quote] = []
    for sent in doc.sents:
        for tok in sent:
            if _inside(direct_spans, tok.idx):
                continue
            q = _from_verb(doc, tok, sent, lex, direct_spans) if is_speech_verb(tok, lex, {"assertive"}) else None
            if q is None and marker_source(tok, lex) is not None:
                q = _from_marker(doc, tok, sent, lex, direct_spans)
            if q is None:
                continue
            quote, subject, verb = q
            speaker = resolver.resolve(subject) if subject is not None else None
            if speaker is None:
                continue
            quote.article_id, quote.sentence = article_id, sent_index.get(sent.start, 0)
            quote.speaker_text, quote.speaker_actor_id, quote.speaker_code = speaker.text, speaker.actor_id, speaker.code
            if verb is not None:
                quote.cue = verb.text
                addressee = addressee_of(verb, lex) or interview_addressee(sent, lex)
                target = resolver.resolve(addressee) if addressee is not None else None
                if target is not None:
                    quote.addressee_text, quote.addressee_actor_id = target.text, target.actor_id
            if any(s < quote.end and quote.start < e for s, e in direct_spans):
                quote.kind = "mixed" if quote.kind == "indirect" else quote.kind
            found.append(quote)
    return _outermost(found)


def _content_end(doc: Doc, verb: Token, end: int, lex: SpeechLexicon) -> int:
    """The reported content stops before a coordinated new verb of saying ("said South Korea is
    a partner and he also said that…", "a affirmé que … et a ajouté que …"): that is a new quote."""
    for tok in doc[verb.i + 1:end]:
        if tok.pos_ != "CCONJ":
            continue
        for nxt in doc[tok.i + 1:min(end, tok.i + 5)]:
            if is_speech_verb(nxt, lex) and nxt.head.i == verb.i and nxt.dep_ == "conj":
                stop = tok.i
                while stop > verb.i + 1 and doc[stop - 1].is_punct:
                    stop -= 1
                return stop
    return end


def _from_verb(doc: Doc, verb: Token, sent: Span, lex: SpeechLexicon, direct_spans) -> tuple[Quote, Token | None, Token] | None:
    frames = lex.verb(verb.lemma_).frames if lex.verb(verb.lemma_) else frozenset()
    end = _content_end(doc, verb, _sentence_end(sent), lex)
    que = _que_after(doc, verb, end)
    if que is not None and ("que" in frames or not frames):
        start = _skip_leading_marker(doc, que.i + 1, end, lex)
        return _make(doc, start, end, "indirect", "que-clause", 0.8, direct_spans, subject_of(verb), verb)
    bare = _bare_complement(doc, verb, end) if "que" in frames else None
    if bare is not None:  # English "said Brazil supports Korea" (no "that")
        return _make(doc, bare, end, "indirect", "bare-complement", 0.65, direct_spans, subject_of(verb), verb)
    inf = _infinitive_after(doc, verb, end) if "inf" in frames else None
    if inf is not None:
        start = inf.i
        while start > verb.i + 1 and doc[start - 1].lower_ in {"ne", "n'", "n’", "pas", "plus", "jamais"}:
            start -= 1
        end = _quoted_infinitive_end(doc, inf, end, direct_spans)
        return _make(doc, start, end, "indirect", "infinitive", 0.7, direct_spans, subject_of(verb), verb)
    subj = _incise_subject(doc, verb) if "incise" in frames or not frames else None
    prev = doc[verb.i - 1] if verb.i > sent.start else None
    while prev is not None and prev.i > sent.start and prev.lower_ in INVERTED_CLITICS:
        prev = doc[prev.i - 1]  # "…, a-t-il précisé"
    if prev is not None and prev.lower_ in {"a", "ont", "avait", "avaient"} and prev.i - 1 >= sent.start:
        prev = doc[prev.i - 1]
    if subj is not None and prev is not None and prev.text == ",":
        start = _clause_start(doc, sent.start, prev.i)
        if prev.i - 1 >= 0 and doc[prev.i - 1].text in MARKS and not _words_before_marks(doc, start, prev.i - 1):
            return None  # "«…», a-t-il dit": a direct quote's incise
        # "La fraternité prônée par Emmaüs «a fait déplacer des montagnes», a déclaré …": mixed
        return _make(doc, start, prev.i, "indirect", "incise", 0.7, direct_spans, subj, verb)
    fronted = _fronted_clause(doc, verb, sent.start) if "incise" in frames else None
    if fronted is not None:  # "The rebels seized the town, the army said."
        return _make(doc, *fronted, "indirect", "incise-fronted", 0.7, direct_spans, subject_of(verb), verb)
    comme = _comme_before(doc, verb, sent.start)
    if subj is not None and comme is not None:  # "…, comme le précise l'ambassadeur X"
        return _make(doc, _clause_start(doc, sent.start, comme), comme, "indirect", "incise-comme", 0.6, direct_spans, subj, verb)
    return None


def _quoted_infinitive_end(doc: Doc, inf: Token, end: int, direct_spans: list[tuple[int, int]]) -> int:
    """An infinitive inside quotation marks ("affirme « agir au nom de Dieu », suite à …") reports
    what the marks hold — up to their close, or to the close of a coordinated quoted infinitive
    ("a indiqué « vouloir … », et à « embaucher … »") — not the narrative after them."""
    span = next(((s, e) for s, e in direct_spans if s <= inf.idx < e), None)
    if span is None:
        return end
    close = next((t.i for t in doc[inf.i:end] if t.idx >= span[1]), end)
    j = close + 1
    while j < end and (doc[j].text == "," or doc[j].lower_ in {"et", "ou", "à", "de", "d'", "d’", "and", "or", "to"}):
        j += 1
    nxt = next(((s, e) for s, e in direct_spans if 0 < s - doc[j].idx <= 2), None) \
        if j < end and doc[j].text in MARKS else None
    if nxt is not None and j > close + 1:
        return next((t.i for t in doc[j:end] if t.idx >= nxt[1]), end)
    return close


def _fronted_clause(doc: Doc, verb: Token, sent_start: int) -> tuple[int, int] | None:
    """A reported clause put before its verb of saying and subject: "[The rebels seized the town],
    the army said" — the parser makes it a clausal complement ending at a comma before the subject."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < verb.i), None)
    if subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma <= sent_start or doc[comma].text != ",":
        return None
    clause = next((c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i < comma), None)
    if clause is None or doc[comma - 1].text in MARKS:
        return None  # none, or "«…», the army said": a direct quote's incise
    start = _clause_start(doc, sent_start, comma)
    return (start, comma) if comma - start >= 3 else None


def _words_before_marks(doc: Doc, start: int, closing: int) -> bool:
    """Words of the clause stand outside, and right before, the quotation marks that close at `closing`."""
    opening = next((j for j in range(closing - 1, start - 1, -1) if doc[j].text in MARKS), None)
    if opening is None or opening == 0 or doc[opening - 1].is_punct:
        return False  # "Lors de leur rencontre, «…»": a circumstance before the quote, not its clause
    return sum(1 for t in doc[start:opening] if t.is_alpha) >= 2


def _clause_start(doc: Doc, start: int, end: int) -> int:
    """Reported content of an incise starts after the last ";" or ":" before it."""
    for j in range(end - 1, start - 1, -1):
        if doc[j].text in {";", ":"}:
            return j + 1
    return start


def _comme_before(doc: Doc, verb: Token, sent_start: int) -> int | None:
    for j in range(verb.i - 1, max(sent_start, verb.i - 4) - 1, -1):
        if doc[j].lower_ == "comme":
            return j
        if doc[j].lower_ not in {"le", "l'", "l’", "a", "l", "avait"}:
            return None
    return None


def _from_marker(doc: Doc, marker: Token, sent: Span, lex: SpeechLexicon, direct_spans) -> tuple[Quote, Token, None] | None:
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
    before = doc[lo - 1] if lo > sent.start else None
    opens_clause = before is None or before.lower_ in QUE | CLAUSE_OPENERS or before.text in {",", ":", "«", "“"}
    if opens_clause and hi < sent.end and doc[hi].text == ",":
        start, end = hi + 1, sent.end  # "Selon X, …" / "… que, selon X, …"
        if before is not None and before.lower_ in QUE:
            return None  # inside a que-clause: the verb's indirect quote is the outermost one
    else:
        start, end = sent.start, lo
    made = _make(doc, start, end, "indirect", "selon", 0.75, direct_spans, source, None)
    if made is None:
        return None
    made[0].kind = "selon"
    return made


def _source_phrase_end(doc: Doc, source: Token, end: int) -> int:
    """The source phrase stops at its first comma that does not open an apposition to the source
    ("Selon le ministre, Manuel Valls, …" goes on): the parser may hang the statement's own subject
    on the source ("Pour le procureur, plus de cent personnes …")."""
    apposed = {t.i for c in source.children if c.dep_ == "appos" for t in c.subtree}
    for j in range(source.i + 1, end - 1):
        if doc[j].text == "," and j + 1 not in apposed and j - 1 not in apposed and _clause_follows(doc, j + 1):
            return j
    return end


def _clause_follows(doc: Doc, start: int) -> bool:
    """A verb comes before the next comma, colon or sentence end: what follows is a statement,
    not a name set off by a comma ("Pour l'association …, l'April : «…»")."""
    for tok in doc[start:start + 40]:
        if tok.text in {",", ":", ";", "«", "“"} or tok.is_sent_end and tok.is_punct:
            return False
        if tok.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _skip_leading_marker(doc: Doc, start: int, end: int, lex: SpeechLexicon) -> int:
    """Content after "que" that opens with "selon lui," starts after that phrase."""
    tok = doc[start] if start < end else None
    if tok is not None and (tok.lower_ in lex.markers or tok.lower_ in {"d'", "d’"}):
        for j in range(start + 1, min(end, start + 8)):
            if doc[j].text == ",":
                return j + 1
    return start


def _make(doc: Doc, start: int, end: int, kind: str, rule: str, conf: float, direct_spans, subject, verb):
    if end - start < MIN_CONTENT_TOKENS:
        return None
    s, e, text = _content_text(doc, start, end)
    if not text:
        return None
    # content wholly inside quotation marks is a direct quote only
    if any(ds <= s + 1 and e - 1 <= de for ds, de in direct_spans):
        return None
    return Quote(article_id="", start=s, end=e, text=text, kind=kind, rule=rule, confidence=conf), subject, verb


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Indirect quotes do not nest: keep the outermost reported content."""
    quotes = sorted(quotes, key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[Quote] = []
    for q in quotes:
        if any(k.start <= q.start and q.end <= k.end for k in kept):
            continue
        kept.append(q)
    return kept

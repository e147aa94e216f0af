"""Direct quotations: spans between quotation marks, attributed through their cue."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from foedus.quotes.cues import Cue, colon_cue, colon_source, interview_addressee, cue_after, cue_before, governing_cue, is_speech_verb, selon_in
from foedus.quotes.lexicon import SpeechLexicon
from foedus.quotes.spans import MarkedSpan, find_marked_spans
from foedus.quotes.speakers import Speaker, SpeakerResolver
from foedus.records import Quote


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None and len(span) else 0


def _line_start(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    return text[start:at].strip().lower()


def is_term(doc: Doc, span: MarkedSpan, open_tok: int, lex: SpeechLexicon) -> bool:
    """Names and terms in quotation marks ("l'opération «Barkhane»") are not speech."""
    words = [t for t in doc[open_tok + 1:_token_at(doc, span.close_at)] if not t.is_punct and not t.is_space]
    before = [t for t in doc[max(0, open_tok - 3):open_tok] if not t.is_space]
    if before and not before[-1].is_punct and before[-1].lower_ in lex.term_markers:
        return True  # "le quotidien «Le Monde»" — not "…indique le quotidien. «Des analyses…»"
    if 0 < len(words) <= 4 and all(w.text[:1].isupper() or not w.is_alpha for w in words):
        return not any(w.pos_ in {"VERB", "AUX"} for w in words)
    return False


def find_direct_quotes(doc: Doc, article_id: str, lex: SpeechLexicon, resolver: SpeakerResolver) -> list[Quote]:
    text = doc.text
    quotes: list[Quote] = []
    spans, inner_cues = split_inner_incises(doc, find_marked_spans(text), lex)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    for span in spans:
        open_tok, close_tok = _token_at(doc, span.open_at), _token_at(doc, span.close_at)
        sent = doc[open_tok].sent
        # the quote's sentence may end inside the quote: attribution reads the closing mark's sentence too
        close_sent = doc[close_tok].sent
        q = Quote(article_id=article_id, start=span.start, end=span.end, text=span.text(text), kind="direct",
                  sentence=sent_index.get(sent.start, 0))
        prefix = _line_start(text, span.open_at)
        if any(prefix.startswith(p) for p in lex.link_prefixes):
            q.rule, q.confidence = "linked-headline", 0.9
            quotes.append(q)
            continue
        cue = inner_cues.get(span) or cue_after(doc, close_tok, close_sent, lex)
        if cue is None:
            cue = selon_in(close_sent, lex, exclude=(open_tok, close_tok + 1))
        if cue is None:
            cue = cue_before(doc, open_tok, sent, lex)
            if cue is not None and not _cue_reaches(doc, cue, open_tok, spans, span):
                cue = None
        if cue is None:
            cue = colon_cue(doc, open_tok) or colon_source(doc, open_tok, lex)
        if cue is None:
            inside = [t for t in doc[open_tok + 1:close_tok]]
            cue = governing_cue(doc, inside, lex, (open_tok, close_tok + 1))
        if cue is not None and cue.addressee is None:
            cue.addressee = interview_addressee(close_sent, lex)
        speaker = resolver.resolve(cue.subject) if cue and cue.subject is not None else None
        if cue is not None and cue.rule in {"colon", "cue-before"} and not resolver.is_person_speaker(speaker) \
                and _first_person(doc, open_tok, close_tok):
            # "Le reportage a convaincu la veuve, Souha Arafat, de demander … : «Je veux…»": who
            # says "je" is a person — the one the sentence named last before the colon
            person = resolver.person_before(open_tok, doc[open_tok - 1].sent.start)
            speaker = resolver.speaker_of(person) if person is not None else speaker
        if cue is not None and cue.subject is not None and _is_clitic(cue.subject) and quotes:
            # "«…», ajoute Hassan. «Moi, dit-il, …»": an incise pronoun right after a quoted speaker
            # is that speaker, even one the actor layer does not know
            last = next((p for p in reversed(quotes) if p.speaker_text), None)
            if last is not None and q.sentence - last.sentence <= 2:
                speaker = Speaker(last.speaker_text, last.speaker_actor_id, last.speaker_code)
        if speaker is None and (cue is None or cue.rule == "selon") and is_term(doc, span, open_tok, lex):
            q.speech, q.rule, q.confidence = False, "term-in-marks", 0.6
            quotes.append(q)
            continue
        _attribute(q, speaker, cue, resolver)
        quotes.append(q)
    _inherit_speakers(doc, quotes, resolver)
    return quotes


INNER_INCISE = re.compile(r",\s*([^\s,«»]+?)-(?:t-)?(il|elle|ils|elles|on)\s*,", re.IGNORECASE)


def split_inner_incises(doc: Doc, spans: list[MarkedSpan], lex: SpeechLexicon) -> tuple[list[MarkedSpan], dict]:
    """«Moi, dit-il, j'ai l'impression…» is two quotes around an incise inside the marks; both
    take the incise's speaker (ANNOTATION.md: a quotation broken by an incise is two quotes)."""
    out: list[MarkedSpan] = []
    cues: dict[MarkedSpan, Cue] = {}
    text = doc.text  # built from every token on each access: once, not once per span
    for span in spans:
        inner = text[span.start:span.end]
        m = INNER_INCISE.search(inner)
        verb_tok = None
        if m:
            verb_at = span.start + m.start(1)
            verb_tok = next((t for t in doc if t.idx == verb_at), None)
        if verb_tok is None or not is_speech_verb(verb_tok, lex):
            out.append(span)
            continue
        comma1, comma2 = span.start + m.start(), span.start + m.end() - 1
        first = MarkedSpan(span.open_at, comma1, span.start, comma1)
        second = MarkedSpan(comma2, span.close_at, _skip_space(text, comma2 + 1), span.end)
        clitic = next((t for t in doc if t.idx >= verb_at and t.lower_.lstrip("-") == m.group(2).lower()), None)
        cue = Cue(verb_tok, clitic, None, rule="inner-incise")
        for part in (first, second):
            if part.end > part.start:
                out.append(part)
                cues[part] = cue
    return out, cues


FIRST_PERSON_WORDS = {"je", "j'", "j’", "moi", "me", "m'", "m’", "mon", "ma", "mes", "i", "my", "me"}


def _first_person(doc: Doc, open_tok: int, close_tok: int) -> bool:
    """The quote speaks in the first person singular in its first words."""
    return any(t.lower_ in FIRST_PERSON_WORDS for t in doc[open_tok + 1:min(close_tok, open_tok + 8)])


def _is_clitic(tok) -> bool:
    return tok.lower_.lstrip("-") in {"il", "elle", "ils", "elles"} and tok.i > 0 and tok.doc[tok.i - 1].pos_ in {"VERB", "AUX", "PRON"}


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _cue_reaches(doc: Doc, cue: Cue, open_tok: int, spans: list[MarkedSpan], span: MarkedSpan) -> bool:
    """A cue before the quote counts when only a colon, "que" or nothing separates them, or when
    the quote sits in the verb's subtree."""
    between = [t for t in doc[cue.verb.i + 1:open_tok] if not t.is_space] if cue.verb is not None else []
    if cue.verb is not None and not between:
        return True  # "a dénoncé «…»": the quote is the verb's own object
    if any(t.text == ":" for t in between) or (between and between[-1].lower_ in {"que", "qu'", "qu’"}):
        return True
    if cue.verb.i > 0 and doc[cue.verb.i - 1 - (doc[cue.verb.i - 1].lower_ in {"le", "l'", "l’", "la", "les"})].lower_ == "comme" \
            and between and between[-1].text == "," and cue.subject is not None and cue.subject.i > cue.verb.i:
        return True  # "comme le rappelle HRW, «…»": the incise introduces the quote
    subtree = {t.i for t in cue.verb.subtree} if cue.verb is not None else set()
    return open_tok + 1 in subtree


def _attribute(q: Quote, speaker: Speaker | None, cue: Cue | None, resolver: SpeakerResolver) -> None:
    if speaker is None:
        q.rule, q.confidence = (cue.rule + "-unresolved" if cue else "no-cue"), 0.3
        return
    q.speaker_text, q.speaker_actor_id, q.speaker_code = speaker.text, speaker.actor_id, speaker.code
    q.cue = cue.verb.text if cue and cue.verb is not None else (cue.rule if cue else None)
    q.rule = cue.rule if cue else "inherited"
    q.confidence = 0.9 if cue and cue.rule.startswith("incise") else 0.75
    if cue and cue.addressee is not None:
        addressee = resolver.resolve(cue.addressee)
        if addressee is not None:
            q.addressee_text, q.addressee_actor_id = addressee.text, addressee.actor_id


def _inherit_speakers(doc: Doc, quotes: list[Quote], resolver: SpeakerResolver) -> None:
    """A quote with no cue takes the speaker of the quote just before it when they are in the
    same sentence, when it opens its own sentence right after an attributed quote, when the
    quotes on both sides, a sentence away at most, have that same speaker, or when it stands as
    a sentence of its own a few sentences on and nobody else has been named since (the journalist
    goes on quoting the same person)."""
    for k, (prev, cur) in enumerate(zip(quotes, quotes[1:])):
        if cur.rule == "no-cue" and cur.speech and prev.speaker_text and 1 < cur.sentence - prev.sentence <= 6 \
                and _opens_sentence(doc, cur) and not resolver.other_person_between(prev.end, cur.start, prev.speaker_text):
            cur.speaker_text, cur.speaker_actor_id, cur.speaker_code = prev.speaker_text, prev.speaker_actor_id, prev.speaker_code
            cur.rule, cur.confidence, cur.cue = "inherited-continued", 0.5, prev.cue
            continue
        if cur.speaker_text or not cur.speech or cur.rule == "linked-headline" or not prev.speaker_text:
            continue
        gap = doc.text[prev.end:cur.start]
        same_sentence = cur.sentence == prev.sentence or len(gap) < 12
        nxt = next((q for q in quotes[k + 2:] if q.speech), None)
        surrounded = (nxt is not None and nxt.speaker_text == prev.speaker_text and cur.sentence - prev.sentence <= 1
                      and nxt.sentence - cur.sentence <= 1)
        if same_sentence or surrounded or (cur.sentence - prev.sentence <= 1 and _opens_sentence(doc, cur)):
            cur.speaker_text, cur.speaker_actor_id, cur.speaker_code = prev.speaker_text, prev.speaker_actor_id, prev.speaker_code
            cur.rule, cur.confidence, cur.cue = "inherited", 0.6, prev.cue


def _opens_sentence(doc: Doc, q: Quote) -> bool:
    tok = _token_at(doc, q.start)
    sent = doc[tok].sent
    return doc.text[sent.start_char:q.start].strip() in {"«", "“", '"', "‹", "„", "—", "-"}

"""Direct quotations: spans between quotation marks, attributed through their cue."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from foedus.quotes.colon_nominal import colon_nominal
from foedus.quotes.selon import opinion_antecedent
from foedus.quotes.cues import Cue, colon_cue, colon_source, interview_addressee, cue_after, cue_before, governing_cue, is_speech_verb, selon_in, speech_verb_lemma
from foedus.quotes.lexicon import SpeechLexicon
from foedus.quotes.spans import MarkedSpan, find_marked_spans
from foedus.quotes.subjects import learned_from
from foedus.quotes.uncued import attribute_uncued, token_at
from foedus.quotes.participle_agents import participle_agent
from foedus.quotes.incise_pronouns import may_stand_for
from foedus.quotes.speakers import Speaker, SpeakerResolver
from foedus.records import Quote
from foedus.language.syntax import doc_text


_token_at = token_at


# what may join two quoted fragments that one incise after the second attributes
FRAGMENT_JOINS = {"", ",", "mais", "et", "puis", "ou", ", mais", ", et", "but", "and", ", but", ", and"}


def _joined_next(text: str, spans: list[MarkedSpan], n: int) -> MarkedSpan | None:
    """The next quoted fragment when only a conjunction stands between the two."""
    if n + 1 >= len(spans):
        return None
    between = text[spans[n].close_at + 1:spans[n + 1].open_at]
    return spans[n + 1] if "\n" not in between and " ".join(between.split()).lower() in FRAGMENT_JOINS else None


def _line_start(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    return text[start:at].strip().lower()


def is_term(doc: Doc, span: MarkedSpan, open_tok: int, lex: SpeechLexicon) -> bool:
    """Names and terms in quotation marks ("l'opération «Barkhane»") are not speech."""
    words = [t for t in doc[open_tok + 1:_token_at(doc, span.close_at)] if not t.is_punct and not t.is_space]
    before = [t for t in doc[max(0, open_tok - 4):open_tok] if not t.is_space]
    if before and not before[-1].is_punct and before[-1].lower_ in lex.term_markers:
        return True  # "le quotidien «Le Monde»" — not "…indique le quotidien. «Des analyses…»"
    named = next((t for t in before[-4:-1] if t.lower_ in lex.term_markers and t.lower_.endswith(("é", "ée", "és", "ées"))), None)
    if named is not None and not any(t.is_punct for t in doc[named.i + 1:open_tok]) and len(words) <= 4:
        return True  # "l'ancienne ambassade baptisée en Iran «nid d'espions»"
    if len(before) >= 2 and " ".join(t.lower_ for t in before[-2:]) in lex.term_markers and len(words) <= 4:
        return True  # a charge: "mis en examen pour «homicide involontaire»", "charged with “murder”"
    if 0 < len(words) <= 4 and all(w.text[:1].isupper() or not w.is_alpha for w in words):
        return not any(w.pos_ in {"VERB", "AUX"} for w in words)
    return False


def is_document_title(doc: Doc, span: MarkedSpan, open_tok: int, lex: SpeechLexicon) -> bool:
    """A title or name, whatever verb is near: a determiner, then a document noun and a capitalised
    word in the marks ("en annonçant dans une «lettre à la Nation»"); capitalised words after "du"
    ("la création du «Fonds Clinton-Bush»")."""
    words = [t for t in doc[open_tok + 1:_token_at(doc, span.close_at)] if not t.is_punct and not t.is_space]
    before = next((t for t in reversed(doc[max(0, open_tok - 2):open_tok]) if not t.is_space), None)
    if before is not None and before.lower_ in {"du", "des", "of"} and 0 < len(words) <= 4 \
            and all(w.text[:1].isupper() or not w.is_alpha for w in words):
        return True  # a name as a noun's complement: "a annoncé la création du «Fonds Clinton-Bush»"
    return bool(words) and before is not None and before.pos_ == "DET" and words[0].lemma_.lower() in lex.document_nouns \
        and len(words) <= 6 and any(w.text[:1].isupper() for w in words[1:])


def find_direct_quotes(doc: Doc, article_id: str, lex: SpeechLexicon, resolver: SpeakerResolver) -> list[Quote]:
    text = doc_text(doc)
    quotes: list[Quote] = []
    spans, inner_cues = split_inner_incises(doc, find_marked_spans(text, dict(lex.single_marks)), lex)
    sent_index = {s.start: i for i, s in enumerate(doc.sents)}
    for n, span in enumerate(spans):
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
        cue = inner_cues.get(span) or participle_agent(doc, close_tok, lex, open_tok) or cue_after(doc, close_tok, close_sent, lex)
        if cue is None and (joined := _joined_next(text, spans, n)) is not None:
            # "«A» mais «B», a-t-il déclaré à X": both fragments are the incise's
            joined_close = _token_at(doc, joined.close_at)
            cue = cue_after(doc, joined_close, doc[joined_close].sent, lex)
        if cue is None:  # "Selon X, « … . … »": the marker may sit in the opening sentence only
            opening = _with_cut_head(doc, sent)
            cue = selon_in(close_sent, lex, exclude=(open_tok, close_tok + 1)) or (
                selon_in(opening, lex, exclude=(open_tok, close_tok + 1)) if opening.start != close_sent.start else None) \
                or _selon_on_same_line(doc, close_tok, lex)
        if cue is None or cue.rule in {"selon", "incise-selon"}:
            cue = _nearer_source(doc, open_tok, sent, lex, cue) or cue
        if cue is None:
            cue = cue_before(doc, open_tok, sent, lex)
            if cue is not None and not _cue_reaches(doc, cue, open_tok, lex):
                cue = None
        if cue is None:
            cue = colon_cue(doc, open_tok) or colon_source(doc, open_tok, lex) or colon_nominal(
                doc, open_tok, resolver.lang, resolver.can_speak_noun) or _signed_line(doc, close_tok)
        if cue is None:
            inside = [t for t in doc[open_tok + 1:close_tok]]
            cue = governing_cue(doc, inside, lex, (open_tok, close_tok + 1))
            if cue is not None and not _takes_quoted_object(cue, lex) and not _que_between(doc, cue, open_tok):
                cue = None  # "auraient remarqué un «signe distinctif»": perceived, not said
        if cue is not None and cue.addressee is None:
            cue.addressee = interview_addressee(close_sent, lex)
        if cue is not None and cue.subject is not None and cue.verb is not None and cue.subject.lower_.lstrip("-") == "on":
            cue.subject = learned_from(cue.verb) or cue.subject  # "«…», a-t-on appris auprès de X"
        speaker = resolver.subject_speaker(cue.subject) if cue and cue.subject is not None else None
        if speaker is None and cue is not None and cue.rule == "inner-incise" and cue.subject is not None:
            speaker = resolver.resolve(cue.subject)  # (the incise's name stands between the marks it splits)
        described_person = cue is not None and cue.subject is not None and resolver.is_person_noun(cue.subject)
        if cue is not None and cue.rule in {"colon", "cue-before"} and not resolver.is_person_speaker(speaker) \
                and not described_person and _first_person(doc, open_tok, close_tok):
            # "Le reportage a convaincu la veuve, Souha Arafat, de demander … : «Je veux…»": who
            # says "je" is a person — the one the sentence named last before the colon
            person = resolver.person_before(open_tok, doc[open_tok - 1].sent.start)
            speaker = resolver.speaker_of(person) if person is not None else speaker
        if cue is not None and cue.subject is not None and _is_clitic(cue.subject) and quotes:
            # "«…», ajoute Hassan. «Moi, dit-il, …»": an incise pronoun right after a quoted speaker
            # is that speaker, even one the actor layer does not know
            last = next((p for p in reversed(quotes) if p.speaker_text), None)
            # …unless the narrative has named someone else since ("Pierre Durand a pris la parole.
            # «…», a-t-il assuré" is Durand's)
            if last is not None and q.sentence - last.sentence <= 2 \
                    and not resolver.other_person_between(last.end, q.start, last.speaker_text) \
                    and may_stand_for(cue.subject, last.speaker_text, last.speaker_actor_id, resolver.mentions):
                speaker = Speaker(last.speaker_text, last.speaker_actor_id, last.speaker_code)
        if speaker is None and (cue is None or cue.rule == "selon") and is_term(doc, span, open_tok, lex) \
                or is_document_title(doc, span, open_tok, lex):
            q.speech, q.rule, q.confidence = False, "term-in-marks", 0.6
            quotes.append(q)
            continue
        _attribute(q, speaker, cue, resolver)
        quotes.append(q)
    attribute_uncued(doc, quotes, resolver, lex)
    return quotes


# (the incise may carry a short tail and close the sentence: "…, écrit-elle sur les médias sociaux. B")
INNER_INCISE = re.compile(r",\s*([^\s,«»]+?)-(?:t-)?(il|elle|ils|elles|on)(?:\s+[^,.;:«»!?\"“”]{1,80}?)?\s*[,.]", re.IGNORECASE)
# "«A, a dénoncé Mme Joly. B»": an incise naming the speaker inside marks left open across paragraphs
INNER_NAMED_INCISE = re.compile(r",\s*(?:a|ont)\s+(\w+)\s+(?:(?:M\.|Mme|Me)\s+)?([A-ZÉ][\w'’-]+(?:\s+[A-ZÉ][\w'’-]+)*)\s*[,.]")


def split_inner_incises(doc: Doc, spans: list[MarkedSpan], lex: SpeechLexicon) -> tuple[list[MarkedSpan], dict]:
    """«Moi, dit-il, j'ai l'impression…» is two quotes around an incise inside the marks; both
    take the incise's speaker (ANNOTATION.md: a quotation broken by an incise is two quotes)."""
    out: list[MarkedSpan] = []
    cues: dict[MarkedSpan, Cue] = {}
    text = doc_text(doc)  # built from every token on each access: once, not once per span
    for span in spans:
        inner = text[span.start:span.end]
        m = INNER_INCISE.search(inner) or INNER_NAMED_INCISE.search(inner)
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
        if m.re is INNER_INCISE:  # the clitic
            subject = next((t for t in doc if t.idx >= verb_at and t.lower_.lstrip("-") == m.group(2).lower()), None)
        else:  # the name's first word
            subject = next((t for t in doc if t.idx == span.start + m.start(2)), None)
        cue = Cue(verb_tok, subject, None, rule="inner-incise")
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


def _cue_reaches(doc: Doc, cue: Cue, open_tok: int, lex: SpeechLexicon) -> bool:
    """A cue before the quote counts when only a colon, "que" or nothing separates them, or when
    the quote sits in the verb's subtree — the last two only for verbs that take quoted words or a
    noun as their object (frames "direct", "obj"; "a fustigé une «dérive»"): a verb of saying only
    with "que" or in an incise ("remarquer") has a perception sense, and "ont remarqué un «signe
    distinctif»" is what they saw."""
    between = [t for t in doc[cue.verb.i + 1:open_tok] if not t.is_space] if cue.verb is not None else []
    if any(t.text == ":" for t in between) or (between and between[-1].lower_ in {"que", "qu'", "qu’"}):
        return True
    if not _takes_quoted_object(cue, lex):
        return False
    if 2 < len(between) <= 8 and between[0].text == between[-1].text == "," and all(t.text != "," for t in between[1:-1]):
        between = []  # "en rappelant, à chaque fois, «l'engagement»": an adjunct set off by commas
    if cue.verb is not None and not between:
        return True  # "a dénoncé «…»": the quote is the verb's own object
    if cue.verb.i > 0 and doc[cue.verb.i - 1 - (doc[cue.verb.i - 1].lower_ in {"le", "l'", "l’", "la", "les"})].lower_ == "comme" \
            and between and between[-1].text == "," and cue.subject is not None and cue.subject.i > cue.verb.i:
        return True  # "comme le rappelle HRW, «…»": the incise introduces the quote
    subtree = {t.i for t in cue.verb.subtree} if cue.verb is not None else set()
    return open_tok + 1 in subtree


def _nearer_source(doc: Doc, open_tok: int, sent: Span, lex: SpeechLexicon, outer: Cue | None) -> Cue | None:
    """An outer "selon X" relays the whole sentence; a nearer source of the quoted words is theirs:
    an opinion relative right before the marks ("Erdogan selon qui la chancelière «soutient les
    terroristes»"), or a verb of judging or saying whose object the quote is ("Angela Merkel a jugé
    «aberrantes» les accusations …, selon son porte-parole": Merkel's word, relayed by him)."""
    for tok in reversed(doc[sent.start:open_tok]):
        if tok.text in {"»", "”", ";"} or tok.pos_ in {"VERB", "AUX"}:
            break
        if (antecedent := opinion_antecedent(doc, tok, sent)) is not None:
            return Cue(None, antecedent, rule="selon-relative")
    if outer is None or outer.subject is None:
        return None
    near = cue_before(doc, open_tok, sent, lex)
    if near is None or near.verb is None or near.subject is None or not near.subject.i < near.verb.i < open_tok \
            or near.verb.i < outer.subject.i < open_tok or not _cue_reaches(doc, near, open_tok, lex):
        return None
    # the quote right after the verb, as its object ("a jugé «aberrantes»", "a exprimé «sa gratitude»")
    between = [t for t in doc[near.verb.i + 1:open_tok] if not t.is_space]
    return near if all(t.pos_ == "ADV" or t.lower_ in {"de", "d'", "d’"} for t in between) else None


SIGNATURE_MAX_TOKENS = 10


def _signed_line(doc: Doc, close_tok: int) -> Cue | None:
    """"«La fête ne sera pas longue.» Georges-Louis Bouchez Président du MR": a pull-quote signed on
    its own line by a person's name (and title), with no verb — the name is the speaker."""
    line = []
    for tok in doc[close_tok + 1:close_tok + 2 + SIGNATURE_MAX_TOKENS]:
        line.append(tok)
        if "\n" in tok.text_with_ws:
            break
    ends_line = bool(line) and ("\n" in line[-1].text_with_ws or line[-1].i == len(doc) - 1)
    if not ends_line or len(line) > SIGNATURE_MAX_TOKENS or line[0].ent_type_ not in {"PER", "PERSON"} \
            or line[0].ent_iob_ != "B" or any(t.pos_ == "AUX" or t.is_punct and t.text not in {",", "-", "–", "—"} for t in line):
        return None
    return Cue(None, line[0], rule="signed-line")


def _que_between(doc: Doc, cue: Cue, open_tok: int) -> bool:
    lo, hi = sorted((cue.verb.i, open_tok)) if cue.verb is not None else (0, 0)
    return any(t.lower_ in {"que", "qu'", "qu’", "that"} for t in doc[lo:hi])


def _takes_quoted_object(cue: Cue, lex: SpeechLexicon) -> bool:
    lemma = speech_verb_lemma(cue.verb, lex) if cue.verb is not None else None
    entry = lex.verb(lemma) if lemma else None
    return entry is None or not entry.frames or bool(entry.frames & {"direct", "obj"})


def _attribute(q: Quote, speaker: Speaker | None, cue: Cue | None, resolver: SpeakerResolver) -> None:
    if speaker is None:
        q.rule, q.confidence = (cue.rule + "-unresolved" if cue else "no-cue"), 0.3
        return
    q.speaker_text, q.speaker_actor_id, q.speaker_code = speaker.text, speaker.actor_id, speaker.code
    q.cue = cue.verb.text if cue and cue.verb is not None else (cue.rule if cue else None)
    q.rule = cue.rule if cue else "inherited"
    q.confidence = 0.9 if cue and cue.rule.startswith("incise") else 0.75
    if cue and cue.addressee is not None:
        addressee = resolver.addressee(cue.addressee, speaker.text)
        if addressee is not None:
            q.addressee_text, q.addressee_actor_id = addressee.text, addressee.actor_id


def _selon_on_same_line(doc: Doc, close_tok: int, lex: SpeechLexicon) -> Cue | None:
    """"Une «bonne nouvelle» selon Joe Biden" on a line of its own, which the parser cut before
    "selon": the marker opening the next sentence of the same line."""
    sent = doc[close_tok].sent
    if sent.end >= len(doc) or "\n" in doc_text(doc)[doc[close_tok].idx:doc[sent.end].idx]:
        return None
    nxt = doc[sent.end].sent
    return selon_in(nxt, lex) if nxt[0].lower_ in {"selon", "d'", "d’"} else None


def _with_cut_head(doc: Doc, sent: Span) -> Span:
    """The sentence with the piece the segmenter cut before its opening comma ("Selon Météo
    France" | ", « L'épisode … »")."""
    if sent.start == 0 or doc[sent.start].text != ",":
        return sent
    return doc[doc[sent.start - 1].sent.start:sent.end]

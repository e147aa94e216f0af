"""Indirect speech: "X a indiqué que …", "a affirmé ne pas …", "…, a annoncé l'armée", "selon X, …"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foedus.language.syntax import comma_subject
from foedus.quotes.subjects import clause_between, described_demonstrative, learned_from, present_participle, said_not
from foedus.quotes.addressees import addressee_of
from foedus.quotes.cues import interview_addressee, inverted_subject, CLITIC_SUBJECTS, is_speech_verb, marker_source, speech_verb_class, \
    speech_verb_lemma, subject_of
from foedus.quotes.backward import find_backward_quotes
from foedus.quotes.clause_text import MARKS, QUE, clause_start, make_quote
from foedus.quotes.complements import bare_complement, infinitive_after, que_after, stance_phrase_end
from foedus.quotes.incise_bounds import (CLOSING_MARKS, INVERTED_CLITICS, before_parenthesis, closes_direct_quote, inside,
                                         statement_goes_on)
from foedus.quotes.lexicon import SpeechLexicon, speech_lexicon
from foedus.quotes.nesting import outermost
from foedus.quotes.selon import OPINION_RELATIVES, from_marker, from_opinion_relative, opinion_holder, quote_with_incise, \
    skip_leading_marker
from foedus.quotes.speakers import SpeakerResolver
from foedus.records import Quote

SKIPPABLE = {"ADV", "PUNCT"}  # "a également indiqué que", "a affirmé, mardi, que"


def _sentence_end(sent: Span) -> int:
    return sent.end


def _incise_subject(doc: Doc, verb: Token) -> Token | None:
    """The inverted subject of an incise verb ("…, a annoncé l'armée", "…, affirme-t-il")."""
    # an inverted clitic right after the verb is the speaker, whatever the parser made the subject
    # ("Les frontières resteront ouvertes, précise-t-il": "frontières" is the statement's)
    after = next((t for t in doc[verb.i + 1:verb.i + 3] if t.lower_ not in {"-t", "t"}), None)
    if after is not None and after.lower_ in CLITIC_SUBJECTS and after.lower_.startswith("-"):
        return after  # "Ce budget est, disent-ils, …": the clitic, not the statement's subject
    before = doc[_expression_start(doc, verb) - 1] if verb.i else verb
    if before.lower_ in CLITIC_SUBJECTS and before.lower_.startswith("-") and doc[before.i - 1].lower_ in {"-t", "a", "ont"}:
        return before  # "…, a-t-il fait valoir, …": whatever the parser hung the clitic on
    inverted = inverted_subject(verb)
    if inverted is not None and described_demonstrative(inverted):
        return inverted  # "…, la liberté, a indiqué celui qui est aussi ministre": never the statement's noun
    # the words right after the incise verb name the speaker; a "subject" the parser found
    # elsewhere ("Carlos" in the statement) is a misparse of the incise
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubj:pass"} and c.pos_ in {"NOUN", "PROPN"} and c.i < verb.i \
                and not any(g.dep_ in {"cop", "nsubj", "case"} for g in c.children) \
                and all(t.is_punct or t.dep_.startswith("aux") for t in doc[c.right_edge.i + 1:verb.i]) \
                and not clause_between(c, verb) and not any(t.text in CLOSING_MARKS for t in doc[c.i:verb.i]):
            # "le chef du parti, X, a annoncé …": the subject stands right before the verb, no incise —
            # unless a speaker follows the verb and the statement resumes after it ("Cette décision,
            # a précisé le ministre algérien, ne touchera pas …")
            return _speaker_then_resumption(doc, verb)
            # (a "subject" behind a preposition is a participle's agent: "…, interceptées par le système …, a déclaré X")
    subj = inverted or subject_of(verb)
    if subj is None:
        return None
    inverted_clitic = subj.lower_.startswith("-") and subj.lower_ in CLITIC_SUBJECTS  # "a-t-il précisé"
    return subj if subj.i > verb.i or inverted_clitic else None


def _expression_start(doc: Doc, verb: Token) -> int:
    """The first word of a speech verb written in several ("fait valoir", "mis en garde")."""
    lemma = speech_verb_lemma(verb, speech_lexicon(doc.lang_ or "fr")) or ""
    words = lemma.split()
    start = verb.i - len(words) + 1
    return start if len(words) > 1 and start >= 0 and doc[start].lemma_.lower() == words[0] else verb.i


def _speaker_then_resumption(doc: Doc, verb: Token) -> Token | None:
    """The speaker of "X, a précisé le ministre, <rest of the statement>": a person's noun or name
    after the verb, then a comma and a finite verb of the statement (no relative clause)."""
    speaker = inverted_subject(verb)
    if speaker is None or speaker.i < verb.i:
        return None
    from foedus.actors.kb import load_kb
    from foedus.actors.person_entities import names_office

    lang = doc.lang_ or "fr"
    if not (speaker.ent_type_ == "PER" or speaker.lemma_.lower() in speech_lexicon(lang).speech_nouns
            or names_office(speaker.lemma_, load_kb(), lang)):
        return None
    comma = speaker.right_edge.i + 1
    rest = doc[comma + 1:verb.sent.end]
    if comma >= verb.sent.end or doc[comma].text != "," or not len(rest) or rest[0].lower_ in {"qui", "dont", "lequel", "laquelle"}:
        return None
    finite = any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in rest)
    return speaker if finite else None


def _proposes(verb: Token, lex: SpeechLexicon) -> bool:
    """"suggérant que le président … puisse être invité": a verb that asserts with the indicative
    proposes with the subjunctive (lexicon frame "sub-directive"), a proposal, not a quote."""
    entry = lex.verb(speech_verb_lemma(verb, lex) or "")
    if entry is None or "sub-directive" not in entry.frames:
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    return clause is not None and any("Sub" in t.morph.get("Mood") for t in (clause, *clause.children) if t.pos_ in {"VERB", "AUX"})


def find_indirect_quotes(doc: Doc, article_id: str, lex: SpeechLexicon, resolver: SpeakerResolver,
                         direct: list[Quote], sent_index: dict[int, int]) -> list[Quote]:
    direct_spans = [(q.start, q.end) for q in direct]
    candidates: list[tuple[tuple[Quote, Token, Token | None], Span]] = []
    for sent in doc.sents:
        for tok in sent:
            if inside(direct_spans, tok.idx):
                continue
            cls = speech_verb_class(tok, lex)
            said = cls == "assertive" and not said_not(tok) and not _proposes(tok, lex)
            # a commission reports words only with a that-clause ("threatened that it is ready to …");
            # with an infinitive it is the act of promising or threatening, coded as an event
            pledged = cls == "commissive" and not said_not(tok)
            q = _from_verb(doc, tok, sent, lex, direct_spans) if said or pledged else None
            if pledged and q is not None and q[0].rule != "que-clause":
                q = None
            if q is None and (entry := lex.verb(tok.lemma_)) is not None and "small" in entry.frames:
                q = _small_clause(doc, tok, sent, lex, direct_spans)
            if q is None and marker_source(tok, lex) is not None:
                q = from_marker(doc, tok, sent, lex, direct_spans)
                if q is not None and tok.lower_ == "pour" and not opinion_holder(q[1], resolver):
                    q = None  # "Pour la première fois, …": a circumstance, not someone's opinion
            if q is None and tok.lower_ in OPINION_RELATIVES:
                q = from_opinion_relative(doc, tok, sent, direct_spans)
            if q is not None:
                candidates.append((q, sent))
    candidates += find_backward_quotes(doc, lex, resolver.lang, direct_spans)
    found: list[Quote] = []
    sayers: set[int] = set()  # quotes whose verb has an active, personal subject ("le roi a précisé que")
    relaying: set[int] = set()  # "selon" quotes whose source is a document
    for (quote, subject, verb), sent in candidates:
        speaker = resolver.subject_speaker(subject) if subject is not None else None
        if speaker is None:
            continue
        quote.article_id, quote.sentence = article_id, sent_index.get(sent.start, 0)
        quote.speaker_text, quote.speaker_actor_id, quote.speaker_code = speaker.text, speaker.actor_id, speaker.code
        if verb is not None:
            quote.cue = verb.text
            addressee = addressee_of(verb, lex) or interview_addressee(sent, lex)
            target = resolver.addressee(addressee, speaker.text) if addressee is not None else None
            if target is not None:
                quote.addressee_text, quote.addressee_actor_id = target.text, target.actor_id
        if any(s < quote.end and quote.start < e for s, e in direct_spans):
            quote.kind = "mixed" if quote.kind == "indirect" else quote.kind
        found.append(quote)
        if verb is not None and subject is not None and subject.dep_ == "nsubj" and not any(c.dep_ in {"aux:pass", "auxpass"} for c in verb.children):
            sayers.add(id(quote))  # ("il a été convenu que …": impersonal, nobody says it but the source)
        if quote.kind == "selon" and subject is not None and subject.lemma_.lower() in resolver.document_nouns:
            relaying.add(id(quote))  # "selon le communiqué": a document relaying a sayer (not a newspaper's report)
    return outermost(found, sayers, relaying)


def _content_end(doc: Doc, verb: Token, end: int, lex: SpeechLexicon) -> int:
    """The reported content stops before a coordinated new verb of saying ("said South Korea is
    a partner and he also said that…", "a affirmé que … et a ajouté que …"): that is a new quote."""
    cut = verb.right_edge.i + 1
    if (verb.dep_ in {"advcl", "acl"} and verb.head.i > verb.i or verb.dep_ in {"acl:relcl", "relcl"}) \
            and cut < len(doc) and doc[cut].text == ",":
        end = min(end, cut)  # "Soulignant que …, il a dit que …": the fronted clause ends first
    main = verb.head.head if verb.dep_ in {"acl:relcl", "relcl"} and verb.head.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} else None
    if main is not None and verb.i < main.i < end:  # "X, qui a affirmé que …, a quitté …": the relative ends first
        end = next((j for j in range(verb.i + 1, main.i) if doc[j].text == ","
                    and all(t.pos_ in {"AUX", "ADV"} for t in doc[j + 1:main.i])), end)
    for tok in doc[verb.i + 1:end]:
        nxt = doc[tok.i + 1] if tok.i + 1 < end else None
        if tok.text == "," and nxt is not None and is_speech_verb(nxt, lex, {"assertive"}) and present_participle(nxt):
            return tok.i  # "a démenti que …, indiquant que …": the participle's clause is a new quote
        if tok.pos_ == "VERB" and tok.dep_ != "ROOT" and is_speech_verb(tok, lex, {"assertive"}) \
                and (subject := comma_subject(tok)) is not None and subject.i > verb.i:
            return subject.left_edge.i - 1  # "X, qui a déclaré que …, le Premier ministre a déclaré que …": another speaker
        source = marker_source(nxt, lex) if tok.text == "," and nxt is not None else None
        if source is not None and all(t.is_punct or t.is_space for t in doc[source.right_edge.i + 1:end]):
            return tok.i  # "X reported that …, according to the Post.": a closing source's marker ends the content
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
    que = que_after(doc, verb, end)
    if que is not None and ("que" in frames or not frames):
        start = skip_leading_marker(doc, que.i + 1, end, lex)
        main_subject = _main_subject_after_fronted(doc, verb, sent, end)
        if main_subject is not None:  # "Soulignant que …, il a dit …": the participle is said of "il"
            end = main_subject.i - 1
        return make_quote(doc, start, end, "indirect", "que-clause", 0.8, direct_spans, main_subject or subject_of(verb), verb)
    bare = bare_complement(doc, verb, end) if "que" in frames else None
    if bare is not None:  # English "said Brazil supports Korea" (no "that")
        return make_quote(doc, bare, end, "indirect", "bare-complement", 0.65, direct_spans, subject_of(verb), verb)
    inf = infinitive_after(doc, verb, end) if "inf" in frames else None
    if inf is not None:
        start = inf.i
        while start > verb.i + 1 and doc[start - 1].lower_ in {"ne", "n'", "n’", "pas", "plus", "jamais", "to"}:
            start -= 1
        end = _quoted_infinitive_end(doc, inf, end, direct_spans)
        if "Inf" not in inf.morph.get("VerbForm"):  # "s'est dit inquiet lundi et a demandé …": the adjective's phrase
            return make_quote(doc, start, min(end, stance_phrase_end(inf)), "indirect", "stance", 0.7, direct_spans,
                              subject_of(verb), verb, min_tokens=1)
        return make_quote(doc, start, end, "indirect", "infinitive", 0.7, direct_spans, subject_of(verb), verb)
    # a verb that speaks only in incises ("appuie-t-il") is no speech verb as a bare participle
    incise_only = bool(frames) and not frames & {"que", "inf"}
    subj = _incise_subject(doc, verb) if ("incise" in frames or not frames) and not (incise_only and _bare_participle(verb)) \
        else None
    if "source" in frames:  # "…, a-t-on appris auprès d'un officier": the source speaks
        subj = learned_from(verb) or subj
    prev = doc[_expression_start(doc, verb) - 1] if verb.i > sent.start else None
    if prev is not None and prev.pos_ == "ADV" and prev.i == verb.i - 1 and prev.i > sent.start \
            and doc[prev.i - 1].lower_ in INVERTED_CLITICS:
        prev = doc[prev.i - 1]  # "…, a-t-il encore affirmé": an adverb after the inverted clitic
    while prev is not None and prev.i > sent.start and prev.lower_ in INVERTED_CLITICS:
        prev = doc[prev.i - 1]  # "…, a-t-il précisé"
    if prev is not None and prev.lower_ in {"a", "ont", "avait", "avaient"} and prev.i - 1 >= sent.start:
        prev = doc[prev.i - 1]
    after = _mid_incise_rest(doc, verb, subj, sent) if subj is not None and prev is not None and prev.text == "," \
        and not (prev.i > 0 and inside(direct_spans, doc[prev.i - 1].idx)) \
        and not closes_direct_quote(doc, prev.i - 1, direct_spans) else None  # "« Moi, dit-il, j'ai… »"
    if after is not None:  # "Contrairement aux discours, appuie-t-il, le français est …"
        # the inverted clitic is the speaker, not a noun the parser took from the statement after it
        clitic = next((t for t in doc[verb.i + 1:verb.i + 3] if t.lower_ in CLITIC_SUBJECTS and t.lower_.startswith("-")), None)
        return make_quote(doc, after, sent.end, "indirect", "incise-mid", 0.65, direct_spans, clitic or subj, verb)
    if subj is not None and prev is not None and prev.text == ",":
        start = clause_start(doc, _statement_start(doc, sent, direct_spans), prev.i)
        mark = before_parenthesis(doc, prev.i - 1)  # "«…» (ndlr …), a-t-il dit"
        if mark >= 0 and doc[mark].text in MARKS and not _words_before_marks(doc, start, mark):
            return None  # "«…», a-t-il dit": a direct quote's incise
        if quote_with_incise(doc, start, prev.i, lex):
            return None  # "«…», he said, the sources told Reuters": a chain of incises after a direct quote
        if _reported_before(doc, start, prev.i, lex) and statement_goes_on(doc, verb, sent):
            return None  # "il a répondu que …, qui est, a-t-il dit, « … »": an incise inside a que-clause
        # "La fraternité prônée par Emmaüs «a fait déplacer des montagnes», a déclaré …": mixed
        return make_quote(doc, start, prev.i, "indirect", "incise", 0.7, direct_spans, subj, verb)
    if subj is not None and prev is not None and prev.text in CLOSING_MARKS:
        start = clause_start(doc, sent.start, prev.i)
        if _words_before_marks(doc, start, prev.i):
            # "Il semble que X ait été causé « par … » a-t-il précisé": a mixed quote whose incise
            # follows the closing mark with no comma
            return make_quote(doc, start, prev.i + 1, "indirect", "incise", 0.65, direct_spans, subj, verb)
    fronted = _fronted_clause(doc, verb, sent.start) if "incise" in frames else None
    if fronted is not None and quote_with_incise(doc, *fronted, lex):
        fronted = None  # "“…,” he said, the sources told Reuters": the quote has its incise already
    if fronted is not None:  # "The rebels seized the town, the army said."
        return make_quote(doc, *fronted, "indirect", "incise-fronted", 0.7, direct_spans, subject_of(verb), verb)
    comme = _comme_before(doc, verb, sent.start)
    if subj is not None and comme is not None:  # "…, comme le précise l'ambassadeur X"
        return make_quote(doc, clause_start(doc, sent.start, comme), comme, "indirect", "incise-comme", 0.6, direct_spans, subj, verb)
    return None


def _small_clause(doc: Doc, verb: Token, sent: Span, lex: SpeechLexicon, direct_spans) -> tuple[Quote, Token | None, Token] | None:
    """A verb of saying with an object and its predicate ("called the vote an impressive display of
    confidence", "described the policy as addressing…"): the object and what is said of it."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    said = next((c for c in verb.children if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")), None)
    if obj is None or said is None or said.i < obj.i or verb.pos_ != "VERB":
        return None
    end = _content_end(doc, verb, _sentence_end(sent), lex)
    return make_quote(doc, obj.left_edge.i, end, "indirect", "small-clause", 0.6, direct_spans, subject_of(verb), verb)


def _main_subject_after_fronted(doc: Doc, verb: Token, sent: Span, end: int) -> Token | None:
    """The subject clitic of the main clause after a participle opening the sentence ("Soulignant
    que …, il a dit que …"), which the parser may miss when it makes the participle the root."""
    if verb.i != sent.start or not present_participle(verb):
        return None
    for tok in doc[verb.i + 2:end - 1]:
        nxt = doc[tok.i + 1]
        if tok.text == "," and nxt.lower_ in {"il", "elle", "ils", "elles"} and nxt.dep_.startswith("nsubj") \
                and nxt.head.pos_ in {"VERB", "AUX"} and nxt.head.i > nxt.i:
            return nxt
    return None


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary ("des soldats, appuyés par des avions,"), which modifies a
    noun, unlike an incise ("…, a indiqué X" has its auxiliary, "…, indique X" is finite)."""
    return "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
        and not any(c.dep_.startswith("aux") for c in verb.children)


def _statement_start(doc: Doc, sent: Span, direct_spans: list[tuple[int, int]]) -> int:
    """Where the statement an incise closes begins: the sentence start, or the previous sentence's
    when the parser cut inside quotation marks or after them before a lower-case word ("… « … Madrid
    Arena » qui peut …, a dit X")."""
    start = sent.start
    while start > 0 and (((doc[start].is_lower or doc[start].text == ",") and doc[start - 1].text in CLOSING_MARKS)
                         or any(s < doc[start].idx < e for s, e in direct_spans)):
        start = doc[start - 1].sent.start
    return start


def _reported_before(doc: Doc, start: int, end: int, lex: SpeechLexicon) -> bool:
    """A verb of saying with its "que" stands between `start` and `end`: what follows it is
    already reported content, and an incise after it belongs to that report."""
    return any(is_speech_verb(t, lex) and que_after(doc, t, end) is not None for t in doc[start:end])


def _mid_incise_rest(doc: Doc, verb: Token, subj: Token, sent: Span) -> int | None:
    """Where the statement goes on after an incise set between commas in mid-sentence ("A, dit-il,
    B"): right after the incise when what precedes it is only a circumstance (no verb, no
    subject), else from the clause start (the incise split the statement)."""
    close = verb.i + 1
    while close < sent.end and doc[close].lower_ in INVERTED_CLITICS:
        close += 1
    if close == verb.i + 1 and subj.i > verb.i:
        close = subj.right_edge.i + 1  # "…, affirme le ministre, …"
    if close >= sent.end or doc[close].text != ",":
        return None
    if close + 1 < sent.end and (doc[close + 1].pos_ == "PRON" and doc[close + 1].dep_.startswith("nsubj")
                                 or present_participle(doc[close + 1])):
        return None  # "…, a dit X, qui a reçu …", "…, a ajouté X, soulignant que …": said of the speaker
    rest_has_verb = any(t.pos_ in {"VERB", "AUX"} for t in doc[close + 1:sent.end])
    opening = clause_start(doc, sent.start, verb.i)
    before = doc[opening:verb.i]
    clitic = doc[verb.i + 1].lower_ in INVERTED_CLITICS
    if any(t.dep_ in {"nsubj", "nsubj:pass"} for t in before) and (
            rest_has_verb or (clitic and any(t.pos_ in {"VERB", "AUX"} for t in before))):
        return opening  # "Il est, disent-ils, la langue de …": the verb may stand before a clitic incise
    if any(t.pos_ in {"VERB", "AUX"} for t in before) and rest_has_verb:
        return opening
    return close + 1 if rest_has_verb else None


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
    start = clause_start(doc, sent_start, comma)
    return (start, comma) if comma - start >= 3 else None


def _words_before_marks(doc: Doc, start: int, closing: int) -> bool:
    """Words of the clause stand outside, and right before, the quotation marks that close at `closing`."""
    opening = next((j for j in range(closing - 1, start - 1, -1) if doc[j].text in MARKS), None)
    while opening is not None and opening - 1 > start and (doc[opening - 1].text in {"»", "”"} or (
            doc[opening - 1].text == "," and opening - 2 > start and doc[opening - 2].text in {"»", "”"})):
        # "a été « sans tabou » « et sans langue de bois »", "Cette frappe, «…», «…», précise X":
        # fragments in a row, one clause
        opening = next((j for j in range(opening - 2, start - 1, -1) if doc[j].text in {"«", "“"}), None)
    if opening is not None and opening - 2 > start and doc[opening - 1].lower_ in {"mais", "et", "but", "and"} \
            and doc[opening - 2].text in {"»", "”", '"'}:
        # "«Nos forces continuent de se replier» mais «les rebelles …», a-t-il déclaré": quotes joined;
        # any word before the first is the clause's ("Elle «exprime …» mais «ne modifie pas …»")
        opening = next((j for j in range(opening - 3, start - 1, -1) if doc[j].text in {"«", "“", '"'}), None)
        return opening is not None and any(t.is_alpha for t in doc[start:opening])
    if opening is not None and opening > start and doc[opening - 1].text == "," and any(
            t.dep_ in {"nsubj", "nsubj:pass"} and opening < t.head.i < closing for t in doc[start:opening - 1]):
        return True  # "Cette frappe, «préparée …», «a été …», précise X": the quoted clause's subject
    if opening is not None and opening > start and doc[opening - 1].text == "," and (earlier := next(
            (j for j in range(opening - 2, start - 1, -1) if doc[j].text in {"»", "”"}), None)) is not None:
        # "le chef de l'Etat « a créé … » sur les principaux sujets, « accords … compris », a précisé X":
        # a fragment closing a statement that an earlier fragment's clause holds
        return _words_before_marks(doc, start, earlier)
    if opening is None or opening == 0 or doc[opening - 1].is_punct:
        return False  # "Lors de leur rencontre, «…»": a circumstance before the quote, not its clause
    words = [t for t in doc[start:opening] if t.is_alpha]
    # "M. Dupont « faisait une erreur »": a name alone is the clause's subject
    return len(words) >= 2 or any(t.pos_ in {"PROPN", "NOUN"} for t in words)


def _comme_before(doc: Doc, verb: Token, sent_start: int) -> int | None:
    for j in range(verb.i - 1, max(sent_start, verb.i - 4) - 1, -1):
        if doc[j].lower_ == "comme":
            return j
        if doc[j].lower_ not in {"le", "l'", "l’", "a", "l", "avait"}:
            return None
    return None

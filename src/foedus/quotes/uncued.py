"""Direct quotes with no cue of their own: who the text makes clear is speaking.

ANNOTATION.md: "A quote with no cue takes the speaker of the surrounding quotes when the text
makes that clear." Journalists do that in a few recurrent ways, tried in this order:
- the quote opens a sentence right after a narrative sentence whose subject can speak ("La
  porte-parole a nuancé les chiffres. «On a constaté…»") — when someone was quoted just before,
  only if that sentence is about speaking;
- the quote continues the quote just before it (same sentence, next sentence, or a few
  sentences on with nobody else named in between — interviews and long statements);
- a fragment inside a narrative sentence is the words of that sentence's named subject ("Le
  syndicat SUD a mis l'accent sur les «conditions de travail»");
- a fragment in the sentence after an attributed quote goes on reporting the same source ("D'après
  le communiqué du ministère, «…». L'agression a été violente, «…»"), when nobody else is named.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foedus.quotes.cues import has_frame, is_speech_verb, subject_of
from foedus.quotes.lexicon import SpeechLexicon, speechless_nouns
from foedus.quotes.speakers import Speaker, SpeakerResolver
from foedus.quotes.spans import between_marks
from foedus.records import Quote
from foedus.language.syntax import SUBJECT_DEPS, doc_text

OPENING_MARKS = {"«", "“", '"', "‹", "„", "—", "-"}
QUOTE_MARKS = set("«»“”\"‹›„")
RELATIVE_SUBJECTS = {"qui", "who", "which", "that"}
INSTITUTIONAL_SECTORS = {"GOV", "COP", "JUD", "LEG"}  # bodies whose words the news reports ("avions" are MIL too)
RELATIVE_CLAUSES = {"acl:relcl", "relcl"}
LONE_WORD_SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"}


def token_at(doc: Doc, char: int) -> int:
    """The token holding a character; for a character in a token's trailing space or past the
    text's end (a quote closed by its paragraph's end or by a cut-off body), the token before it."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and len(span):
        return span.start
    text = doc_text(doc)
    char = min(char, len(text) - 1)
    while char > 0 and text[char].isspace():
        char -= 1  # back to the last written character: its token is the one before
    span = doc.char_span(char, char + 1, alignment_mode="expand") if char >= 0 else None
    return span.start if span is not None and len(span) else 0


def attribute_uncued(doc: Doc, quotes: list[Quote], resolver: SpeakerResolver, lex: SpeechLexicon) -> None:
    """Give a speaker to the quotes (in text order) that their cues left without one."""
    for k, cur in enumerate(quotes):
        if cur.speaker_text or not cur.speech or cur.rule == "linked-headline":
            continue
        prev = quotes[k - 1] if k else None
        nxt = next((q for q in quotes[k + 1:] if q.speech), None)
        if nxt is not None and nxt.speaker_text and _only_joined(doc_text(doc)[cur.end:nxt.start]):
            # "Cette frappe, «…», «…», précise l'état-major": fragments in a row share the incise
            _give(cur, _speaker_of(nxt), "inherited-next-fragment", 0.6, nxt.cue)
            continue
        if cur.rule == "no-cue" and opens_sentence(doc, cur):
            # with someone quoted just before, only a sentence about speaking hands the word over
            # ("La porte-parole a nuancé les chiffres. «…»"; not "Le maire paiera la moitié. «…»")
            quoted_before = prev is not None and prev.speaker_text is not None and cur.sentence - prev.sentence <= 6
            introducer = narrative_subject_before(doc, cur, resolver, lex if quoted_before else None)
            if introducer is not None:
                _give(cur, introducer, "previous-sentence-subject", 0.55)
                continue
            if cur.start <= 2 and (teller := _narrative_subject_after(doc, cur, resolver, lex)) is not None:
                _give(cur, teller, "next-sentence-subject", 0.5)  # a quote opening the article, then who said it
                continue
        if prev is not None and prev.speaker_text and _narrative_infinitive(doc, cur, lex):
            _give(cur, _speaker_of(prev), "narrative-infinitive", 0.6, prev.cue)  # "Et d'ajouter : «…»"
            continue
        rule = _continuation(doc, prev, cur, nxt, resolver) if prev is not None and prev.speaker_text else None
        if rule is not None:
            _give(cur, _speaker_of(prev), rule, 0.5 if rule == "inherited-continued" else 0.6, prev.cue)
            continue
        if cur.rule != "no-cue":
            continue
        # a lone word in marks with no cue ("la «dédiabolisation» du parti") is mostly a term: it is
        # someone's word only when a person or a named body is the clause's subject ("Michel Barnier
        # reste «confiant»", "la police parle d'une situation «calme»")
        lone_word = len(cur.text.split()) < 2
        subject = named_clause_subject(doc, cur, resolver, named_only=lone_word, lex=lex)
        if subject is not None:
            _give(cur, subject, "clause-subject", 0.5)
        elif not lone_word and prev is not None and prev.speaker_text and 0 < cur.sentence - prev.sentence <= 1 \
                and not resolver.other_person_between(prev.end, cur.start, prev.speaker_text) \
                and not other_actor_subject(doc, cur, prev, resolver):
            _give(cur, _speaker_of(prev), "inherited-next-sentence", 0.45, prev.cue)


def _narrative_infinitive(doc: Doc, q: Quote, lex: SpeechLexicon) -> bool:
    """"Et d'ajouter : «…»", "Et de conclure : «…»": the French narrative infinitive of a verb of
    saying goes on with the one quoted before."""
    before = doc[max(0, token_at(doc, q.start) - 5):token_at(doc, q.start)]
    words = [t for t in before if not t.is_punct]
    return len(words) >= 3 and words[-3].lower_ == "et" and words[-2].lower_ in {"de", "d'", "d’"} \
        and is_speech_verb(words[-1], lex)


def _only_joined(between: str) -> bool:
    """Only marks, commas and a conjunction stand between two quoted fragments."""
    rest = "".join(ch for ch in between if ch not in QUOTE_MARKS and ch not in ", \n\u00a0\u202f")
    return rest in {"", "et", "and", "ou", "or"}


def _continuation(doc: Doc, prev: Quote, cur: Quote, nxt: Quote | None, resolver: SpeakerResolver) -> str | None:
    """The quote carries on the quote just before it: in the same sentence, opening the next
    sentence, between two quotes of that speaker, or opening a sentence a few sentences on with
    nobody else named since (the journalist goes on quoting the same person)."""
    gap = cur.sentence - prev.sentence
    if cur.rule == "no-cue" and 1 < gap <= 6 and opens_sentence(doc, cur) \
            and not resolver.other_person_between(prev.end, cur.start, prev.speaker_text):
        return "inherited-continued"
    same_sentence = gap == 0 or len(doc_text(doc)[prev.end:cur.start]) < 12
    surrounded = nxt is not None and nxt.speaker_text == prev.speaker_text and gap <= 1 and nxt.sentence - cur.sentence <= 1
    return "inherited" if same_sentence or surrounded or (gap <= 1 and opens_sentence(doc, cur)) else None


def opens_sentence(doc: Doc, q: Quote) -> bool:
    sent = doc[token_at(doc, q.start)].sent
    # "" too: the segmenter may leave the opening mark alone as a sentence of its own ("«" | "On ne …")
    return doc_text(doc)[sent.start_char:q.start].strip() in OPENING_MARKS | {""}


def _narrative_subject_after(doc: Doc, q: Quote, resolver: SpeakerResolver, speech_lex: SpeechLexicon) -> Speaker | None:
    """"«Nous n'avons pas attaqué Poutine». Le président ukrainien, X, s'est exprimé …": the subject of
    the narrative sentence right after, when its verb is a verb of saying."""
    sent = doc[token_at(doc, q.end)].sent
    if sent.end >= len(doc):
        return None
    after = doc[sent.end].sent
    if any(ch in QUOTE_MARKS for ch in after.text) or not any(is_speech_verb(t, speech_lex) for t in after if t.dep_ != "aux:tense"):
        return None
    subject = _main_subject(after)
    return resolver.speaking_subject(subject) if subject is not None else None


def narrative_subject_before(doc: Doc, q: Quote, resolver: SpeakerResolver,
                             speech_lex: SpeechLexicon | None = None) -> Speaker | None:
    """The subject of the sentence right before the quote's when that sentence is narrative (no
    quotation marks in it) and its subject can speak: a person, a named body, a speaker noun;
    with `speech_lex`, only when that sentence's verb is a verb of saying."""
    sent = doc[token_at(doc, q.start)].sent
    if sent.start == 0:
        return None
    before = doc[sent.start - 1].sent
    if any(ch in QUOTE_MARKS for ch in before.text) or before.text.rstrip().endswith(":"):
        return None
    if speech_lex is not None and not any(is_speech_verb(t, speech_lex) for t in before if t.dep_ != "aux:tense"):
        return None
    subject = _main_subject(before)
    return resolver.speaking_subject(subject) if subject is not None else None


def named_clause_subject(doc: Doc, q: Quote, resolver: SpeakerResolver, named_only: bool = False,
                         lex: SpeechLexicon | None = None) -> Speaker | None:
    """The named person or body that is the subject of the clause a quoted fragment sits in, or a
    government, police, court or parliament however named ("la police parle d'une situation
    «calme»"), or any subject of a verb that voices marked words (`lex`'s `direct` frame);
    `named_only` (a lone word): not someone speaking by role only."""
    open_tok, close_tok = token_at(doc, q.start), token_at(doc, max(q.start, q.end - 1))
    first = doc[open_tok + 1] if doc[open_tok].is_quote and open_tok + 1 < len(doc) else doc[open_tok]
    # "Les deux gouvernements, …, «avertissent que …»", "la France a «condamné …»": the quote opens
    # with the verb of a subject named before the marks
    if (first.pos_ == "AUX" and first.dep_.startswith("aux") or first.lower_ in VERB_CLITICS or first.dep_ == "advmod") \
            and first.head.pos_ == "VERB" and first.i < first.head.i <= close_tok:
        # "la Guinée … «a décidé de ne pas appliquer …»", "le conseiller «se doit de …»", "Guterres also
        # "strongly condemned" the outbreak"
        first = first.head
    mark = open_tok - 1 if open_tok and doc[open_tok - 1].is_quote else open_tok
    finite = "Fin" in first.morph.get("VerbForm") or any(c.dep_.startswith("aux") and c.i < close_tok for c in first.children) \
        or mark > 0 and doc[mark - 1].pos_ == "AUX" and "Part" in first.morph.get("VerbForm") \
        or first.dep_ == "ROOT" and any(c.dep_ in SUBJECT_DEPS and c.i < open_tok for c in first.children)
    # ("a « regretté »"; "Guterres also "strongly condemned" the outbreak", a past the model tags a participle)
    verb = first if first.pos_ == "VERB" and finite and first.i <= close_tok else None
    subject = subject_of(verb) if verb is not None else None
    if verb is not None and (subject is None or subject.i >= open_tok):
        subject = _subject_before(verb, open_tok)  # (subject_of may take an object for an inverted subject)
    if subject is None or subject.i >= open_tok:  # (the parser hung it elsewhere: the verb above the quote)
        verb = _governing_verb(doc, open_tok, close_tok)
        if verb is None:
            return None
        subject = subject_of(verb)
    if subject is None and "Inf" in verb.morph.get("VerbForm"):
        # "X ne cache pas sa volonté de mettre un terme à … «…»": the subject of the verb above
        verb = next((v for v in list(verb.ancestors)[:3] if v.pos_ in {"VERB", "AUX"}), verb)
        subject = subject_of(verb)
    if subject is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        subject = subject_of(verb.head)  # "L'Elysée a dénoncé …, mais aussi noté «…»": the first verb's subject
    if subject is not None and subject.lower_ in RELATIVE_SUBJECTS and subject.head.dep_ in RELATIVE_CLAUSES:
        subject = subject.head.head  # "le gouvernement qui s'apprête à promulguer le texte «…»": the antecedent
        named_only = False  # (the antecedent's own label is its role in the main clause)
    if subject is None or subject.i >= open_tok or subject.sent.start != doc[open_tok].sent.start \
            or between_marks(doc, subject.idx) or subject.dep_ in {"nsubj:pass", "nsubjpass"} and _undergoes(verb):
        return None  # ("Les cinq Maliens … ont été libérés «dans le cadre d'une action …»": undergone, not said)
    if subject.lemma_.lower() in speechless_nouns(doc.lang_ or "fr"):
        return None  # ("des avions … ont survolé la zone pour des « missions de reconnaissance »")
    if verb is first and subject.pos_ in {"NOUN", "PROPN"}:
        return resolver.resolve(subject)  # words whose own verb it governs are its words ("les deux gouvernements")
    speaker = resolver.speaking_subject(subject)
    if speaker is None:
        return None
    # a body the actor layer codes by its sector speaks too ("les autorités maliennes"), and so does
    # an institution named by its agent noun alone ("le gouvernement qui s'apprête à …", "la police")
    # (not people described by what they do: "les manifestants auraient remarqué un «…»")
    code = speaker.code or ""
    coded_body = code[3:6] in INSTITUTIONAL_SECTORS or code[:3] in {"IGO", "NGO"} or _agent_sector(subject) in INSTITUTIONAL_SECTORS
    verb_finite = "Fin" in verb.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in verb.children)
    if named_only and not verb_finite and subject.dep_ not in LONE_WORD_SUBJECTS:
        return None  # a lone word under a participle needs a true subject (not a name the parser left as a root)
    if named_only:
        m = speaker.mention
        named = m is not None and m.kind in {"name", "description"} and bool(m.name or m.actor_id)
        return speaker if named or coded_body or _voices_words(verb, lex) else None
    # ("Protesters were chanting …, “…”"; not "les manifestants auraient remarqué un «…»": perceived)
    return speaker if coded_body or _voices_words(verb, lex) or resolver.is_named_speaker(speaker, subject) else None


# words that may stand before a verb opening a quote ("«se doit de …»", "«n'a pas …»")
VERB_CLITICS = {"se", "s'", "s’", "ne", "n'", "n’", "le", "la", "l'", "l’", "les", "lui", "leur", "en", "y", "nous", "vous"}


def _subject_before(verb: Token, open_tok: int) -> Token | None:
    """The subject written before the marks of a quote that opens with its verb, also when the
    verb is the second of two ("la Guinée, dont le gouvernement est issu d'un coup d'État, «exprime
    son désaccord»": the parser joins "exprime" to "issu")."""
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        found = next((c for c in v.children if c.dep_ in SUBJECT_DEPS and c.i < open_tok), None) if v is not None else None
        if found is not None:
            return found
    return None


def _voices_words(verb: Token, lex: SpeechLexicon | None) -> bool:
    """A verb of saying that takes marked words as its own ("chant", "dénoncer", "insister"): the
    lexicon's `direct` frame."""
    return lex is not None and is_speech_verb(verb, lex) and has_frame(verb, lex, "direct")


def _undergoes(verb: Token) -> bool:
    """A true passive ("ont été libérés"), not an active verb the parser labels so ("la Guinée …
    «exprime son désaccord»", "Il a fait libérer «…»")."""
    return any(c.dep_ in {"aux:pass", "auxpass"} for c in verb.children) or "Pass" in verb.morph.get("Voice") \
        and any(c.lemma_.lower() in {"être", "be"} for c in verb.children if c.dep_.startswith("aux"))


def _agent_sector(noun: Token) -> str | None:
    from foedus.actors.kb import load_kb  # (the KB's agent nouns: "gouvernement" → GOV, "police" → COP)
    from foedus.actors.normalize import key

    agent = load_kb().agents.get((noun.lang_ or "fr", key(noun.lower_))) if noun.pos_ == "NOUN" else None
    return agent.sector if agent is not None else None


def other_actor_subject(doc: Doc, q: Quote, prev: Quote, resolver: SpeakerResolver) -> bool:
    """The quote's sentence is about another named actor ("The Defence Agency is studying whether
    "technical errors" is…"): the fragment is mentioned there, not spoken by the last source (a
    description such as "les agresseurs" is the source's account, not another voice)."""
    subject = _main_subject(doc[token_at(doc, q.start)].sent)
    speaker = resolver.speaking_subject(subject) if subject is not None else None
    return resolver.is_named_speaker(speaker, subject) and speaker.text != prev.speaker_text


def _governing_verb(doc: Doc, open_tok: int, close_tok: int) -> Token | None:
    """The first verb above the quote's words in the parse, outside the quote."""
    node = doc[open_tok + 1] if open_tok + 1 < len(doc) else doc[open_tok]
    for _ in range(12):
        if node.head.i == node.i:
            break
        node = node.head
        if open_tok <= node.i <= close_tok or between_marks(doc, node.idx):
            continue  # (a verb in another quote is that quote's words: "à «défendre…», «à rester unis»")
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return node if node.pos_ in {"VERB", "AUX"} and not open_tok <= node.i <= close_tok else None


def _main_subject(sent: Span) -> Token | None:
    root = sent.root
    if root.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
        return None
    return subject_of(root) if root.pos_ in {"VERB", "AUX"} else next(
        (c for c in root.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)


def _speaker_of(q: Quote) -> Speaker:
    return Speaker(q.speaker_text or "", q.speaker_actor_id, q.speaker_code)


def _give(q: Quote, speaker: Speaker, rule: str, confidence: float, cue: str | None = None) -> None:
    q.speaker_text, q.speaker_actor_id, q.speaker_code = speaker.text, speaker.actor_id, speaker.code
    q.rule, q.confidence, q.cue = rule, confidence, cue


def repeated_in_body(text: str, quotes: list[Quote]) -> None:
    """A quote set alone on its line (a subheading or pull-quote: "« Nous sommes déterminés à
    l'arrêter »") repeats words the body quotes later with their cue: it takes that quote's speaker,
    not the subject of the sentence before it."""
    for k, q in enumerate(quotes):
        line_start, line_end = text.rfind("\n", 0, q.start) + 1, text.find("\n", q.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if not q.speech or len(q.text.split()) < 2 or line.strip(" «»“”\"'.!?") != q.text.strip(" .!?"):
            continue
        later = next((p for p in quotes[k + 1:] if p.speaker_text and p.cue and q.text.strip(" .!?") in p.text), None)
        if later is not None:
            _give(q, _speaker_of(later), "repeated-in-body", 0.6, later.cue)

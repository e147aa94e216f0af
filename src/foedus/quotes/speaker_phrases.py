"""Noun-phrase helpers for speakers: the phrase a head token spans, the author a document noun
names, the name a body's description is followed by, a title's wordings. Pure functions over a
parsed ``Doc``; ``speakers.SpeakerResolver`` uses them."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Span, Token

from foedus.quotes.lexicon import relay_verbs, speech_lexicon
from foedus.time.lexicon import is_time_word
from foedus.quotes.coreference import SUBJECT_DEPS, body_nouns
from foedus.quotes.title_links import qualifiers_clash, titled_otherwise
from foedus.quotes.speaker_words import INDEFINITE_ARTICLES
from foedus.quotes.media import addressed_medium
from foedus.records import Mention

if TYPE_CHECKING:
    from foedus.quotes.speakers import Speaker

DATA = Path(__file__).with_name("data")
# Dependents that are not part of the speaker's name phrase.
CUT_DEPS = {"acl", "acl:relcl", "appos", "parataxis", "punct", "advcl", "dislocated", "conj", "cc", "relcl"}


@lru_cache(maxsize=None)
def non_person_speakers(lang: str) -> frozenset[str]:
    """Speaker nouns of documents, bodies and institutions (data/non_person_speakers.tsv)."""
    lines = (DATA / "non_person_speakers.tsv").read_text(encoding="utf-8").splitlines()
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")][1:]
    return frozenset(noun.strip().lower() for row_lang, noun in rows if row_lang == lang)


@lru_cache(maxsize=None)
def report_nouns(lang: str) -> frozenset[str]:
    rows = [ln.split("\t") for ln in (DATA / "report_nouns.tsv").read_text(encoding="utf-8").splitlines()
            if ln.strip() and not ln.startswith("#")][1:]
    return frozenset(noun.strip().lower() for row_lang, noun in rows if row_lang == lang)


def report_phrase(token: Token, lang: str) -> Span | None:
    """A report, study or survey speaking in its own name, as the text names it: the noun phrase with
    the participle that names its author ("un rapport établi par l'INSEE"), not its topic."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in report_nouns(lang):
        return None
    phrase = noun_phrase(token)
    author = next((c for c in token.children if c.dep_ == "acl" and c.i == phrase.end
                   and any(g.dep_ == "obl:agent" for g in c.children)), None)
    end = noun_phrase(next(g for g in author.children if g.dep_ == "obl:agent")).end if author is not None else phrase.end
    while end > token.i + 1 and token.doc[end - 1].pos_ in {"ADP", "DET", "CCONJ"}:
        end -= 1  # "… par l'INSEE sur « … »": the topic's preposition left before the marks
    return token.doc[phrase.start:end]


def fronted_apposition(token: Token) -> Token | None:
    """"Le rapport final du BEA, le Bureau d'enquêtes…, conclut": the parser may make the first noun
    phrase a dependent of its apposition. A noun hanging before its head with no preposition
    ("Le rapport", no "de") and a comma between them is the phrase the apposition describes."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    for child in token.children:
        if child.i > token.i or child.dep_ not in {"nmod", "obl:mod"} or child.pos_ not in {"NOUN", "PROPN"} \
                or any(g.dep_ == "case" for g in child.children):
            continue
        between = token.doc[child.right_edge.i + 1:token.left_edge.i if token.left_edge.i > child.i else token.i]
        if any(t.text == "," for t in between):
            return child
    return None


def stranded_name(token: Token) -> Token | None:
    """"Qasioun, une agence de presse de l'opposition, a déclaré": the parser may leave the name
    alone at the head of the sentence and make its indefinite apposition the subject. A name
    that opens the sentence, followed by a comma and the subject phrase, is the one who speaks."""
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in token.children):
        return None
    comma = token.left_edge.i - 1
    if comma < 1 or token.doc[comma].text != ",":
        return None
    name = token.doc[comma - 1]
    while name.dep_ in {"flat:name", "flat"} and name.head.i < name.i:
        name = name.head
    opens = name.left_edge.i == name.sent.start  # (the parser may even end a sentence at the comma)
    return name if opens and name.pos_ == "PROPN" and name.head.i in {name.i, token.i} else None


def document_author(token: Token, document_nouns: frozenset[str], can_speak: Callable[[Token], bool]) -> Token | None:
    """The body or person a document noun names as its author: "le communiqué du ministère",
    "un communiqué de la police londonienne", "a statement from the ministry" — a complement
    with its own determiner or a name ("de presse", "de 81 pages" name no author)."""
    if token.pos_ != "NOUN" or (token.lemma_.lower() not in document_nouns and token.lower_ not in document_nouns):
        return None
    # ("les résolutions lues à la fin du sommet présidé par X": the summit's; "repris par Le Parisien": a relay)
    for verb in (c for c in token.children if c.dep_ in {"acl", "amod"} and "Part" in c.morph.get("VerbForm")
                 and _agrees(c, token) and c.lemma_.lower() not in relay_verbs(token.doc.lang_ or "fr")):
        # "selon les chiffres donnés par la préfecture", "les déclarations faites … par X"
        agent = next((g for g in verb.children if g.dep_ in {"obl:agent", "agent"}), None)
        if agent is not None and agent.dep_ == "agent":  # English: "figures released by X" hangs X under "by"
            agent = next((g for g in agent.children if g.dep_ == "pobj"), None)
        if agent is not None and (agent.pos_ == "PROPN" or can_speak(agent)):
            return agent
    for child in token.children:
        if child.dep_ not in {"nmod", "pobj", "prep"} or child.i < token.i:
            continue
        if child.dep_ == "prep":  # English: "statement from/of X" hangs X under the preposition
            if child.lower_ not in {"of", "from", "by"}:
                continue
            child = next((g for g in child.children if g.dep_ == "pobj"), None)
            if child is None:
                continue
        elif not any(g.dep_ == "case" and g.lower_ in {"de", "du", "des", "d'", "d’"} for g in child.children):
            continue
        determined = any(g.dep_ == "det" for g in child.children) or \
            any(g.dep_ == "case" and g.lower_ in {"du", "des"} for g in child.children)
        if child.pos_ == "PROPN" or (child.pos_ == "NOUN" and determined and can_speak(child)):
            return child
    return None


def _agrees(participle: Token, noun: Token) -> bool:
    """A past participle agrees with the noun it qualifies in number and gender when both are marked."""
    return all(not participle.morph.get(f) or not noun.morph.get(f) or participle.morph.get(f) == noun.morph.get(f)
               for f in ("Number", "Gender"))


def body_named_after(phrase: Span, lang: str) -> str | None:
    """A description of a body followed by its name: "l'association de défense du logiciel
    libre, l'April" → "l'April"."""
    doc = phrase.doc
    head = phrase.root
    if head.pos_ != "NOUN" or head.lemma_.lower() not in body_nouns(lang):
        return None
    # the first comma after the description, past its coordinated words ("de promotion et la
    # défense du logiciel libre, l'April"), with no verb on the way
    end = phrase.end
    while end < min(len(doc), phrase.end + 15) and doc[end].text != ",":
        if doc[end].pos_ in {"VERB", "AUX"} or doc[end].is_sent_end or doc[end].text in {":", "«", "»"}:
            return None
        end += 1
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    j = end + 1
    if doc[j].pos_ == "DET":
        j += 1
    k = j
    while k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].ent_type_ in {"ORG", "MISC"}
                                 or doc[k].is_upper and len(doc[k]) > 1):
        k += 1
    if k == j or doc[j].ent_type_ in {"PER", "LOC"}:
        return None
    return doc[end + 1:k].text


def _apostrophe_name(doc, i: int) -> bool:
    """A capitalised word cut at its apostrophe before a glued "s" ("Sainsbury'" of "Sainsbury's")."""
    tok = doc[i]
    return tok.text[:1].isupper() and tok.text.endswith(("'", "’")) and not tok.whitespace_ \
        and i + 1 < len(doc) and doc[i + 1].lower_ == "s"


def _possessive_s(doc, i: int, name_start: int) -> bool:
    """The "s" of a name written with an apostrophe ("Moody's", "McDonald's"), split off by the tokenizer."""
    return i > name_start and doc[i].lower_ == "s" and doc[i - 1].text.endswith(("'", "’")) and not doc[i - 1].whitespace_


def named_by_type(head: Token) -> str | None:
    """A definite description of a body ("le quotidien", "l'ONG") → the name the article gave
    when it introduced a body of that type ("Le quotidien français Le Figaro")."""
    doc = head.doc
    if head.pos_ != "NOUN" or not any(c.lower_ in {"le", "la", "l'", "l’"} for c in head.children):
        return None
    lemma = head.lemma_.lower()
    for tok in doc[:head.i]:
        if tok.lemma_.lower() != lemma or tok.i == head.i or qualifiers_clash(tok, head):
            continue  # "la présidence yougoslave" is not "la présidence française" named before
        j = tok.i + 1
        while j < head.i and doc[j].pos_ == "ADJ":
            j += 1
        start = j
        if j < head.i and doc[j].pos_ == "DET" and doc[j].text[:1].isupper():
            j += 1
        end = j
        while end < head.i and (doc[end].pos_ in {"PROPN", "X"} or _apostrophe_name(doc, end) or _possessive_s(doc, end, j)):
            end += 1  # "Moody's" is tokenised "Moody'" (tagged X, PRON or VERB) + "s"
        if end > j:
            return doc[start:end].text
    return None


def title_forms(head: Token) -> list[str]:
    """A title's wordings, longest first: "premier ministre de France", "premier ministre",
    "ministre" — the KB knows "premier ministre" (head of government) apart from "ministre"."""
    doc = head.doc
    left = [c.i for c in head.children if c.dep_ in {"amod", "compound"} and c.i < head.i]  # English "opposition leader"
    start = min(left) if left and all(doc[i].pos_ in {"ADJ", "NOUN"} for i in range(min(left), head.i)) else head.i
    forms = []
    for comp in (c for c in head.children if c.dep_ == "nmod" and c.i > head.i):
        span = doc[start:comp.right_edge.i + 1]
        if any(g.dep_ == "case" for g in comp.children) and not any(t.is_punct for t in span):
            forms.append(span.text)
            if comp.right_edge.i > comp.i:  # "chef du gouvernement fédéral" is also "chef du gouvernement"
                forms.append(doc[start:comp.i + 1].text)
    forms += [doc[start:head.i + 1].text, head.lemma_.lower()]
    return [f.lower() for f in forms]


def in_document(tok: Token) -> bool:
    """"dans un communiqué", "in a statement", "lors d'une interview": a preposition whose noun is a
    document or an interview."""
    if tok.dep_ not in {"case", "prep"} or tok.lower_ not in {"dans", "in", "lors", "sur", "on"}:
        return False
    noun = tok.head if tok.dep_ == "case" else next((c for c in tok.children if c.dep_ == "pobj"), tok)
    lex = speech_lexicon(tok.doc.lang_ or "fr")
    if tok.lower_ in {"sur", "on"}:  # "la présidence sur Twitter", "the ministry on Telegram": a channel
        if noun.i > tok.i and noun.pos_ == "PROPN" and noun.ent_type_ not in {"LOC", "GPE"} \
                and not any(c.dep_ in {"det", "case"} and c.i != tok.i for c in noun.children):
            return True  # "a déclaré la ministre sur RTL", "said X on CNN": a broadcaster by its name
        return noun.i > tok.i and noun.lemma_.lower() in lex.channel_nouns
    return noun.i > tok.i and noun.lemma_.lower() in lex.document_nouns | lex.interview_nouns


def noun_phrase(head: Token) -> Span:
    """The noun phrase headed by `head`, without relative clauses, appositions or what follows a comma."""
    doc = head.doc
    keep = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for child in tok.children:
            if child.dep_ in CUT_DEPS or child.text[:1].islower() and is_time_word(child.text, doc.lang_ or "fr") \
                    and not any(g.dep_ == "case" for g in child.children):
                continue  # ("un diplomate de l'ONU lundi": the day is the verb's; "Le Soir" is a name)
            keep.add(child.i)
            stack.append(child)
    lo, hi = min(keep), max(keep)
    if head.pos_ == "PROPN" and head.dep_ in {"appos", "nsubj"} and not any(c.dep_ in {"case", "det"} for c in head.children):
        # "à l'AFP Zaw Min Tun", "a déclaré Billene Seyoum lors de": the parser split the name, hanging its
        # rest on the phrase before it or making it a sentence of its own
        while hi + 1 < len(doc) and doc[hi + 1].pos_ == "PROPN" and doc[hi + 1].text[:1].isupper() \
                and doc[hi + 1].head.i in {head.head.i, head.i, hi, hi + 1}:
            hi += 1
    while head.ent_type_ == "ORG" and hi + 1 < len(doc) and doc[hi + 1].ent_iob_ == "I" and doc[hi + 1].text[:1].isupper():
        hi += 1  # "Affaires mondiales Canada": the body's name the parser cut into two phrases
    # stop at the first comma or quotation mark after the head, or at the statement the words came in
    # ("les autorités dans un communiqué", where the parser hangs the document on the speaker)
    for i in range(head.i, hi + 1):
        if doc[i].text in {",", "«", "»", "“", "”", '"', "(", ":"} or in_document(doc[i]) \
                or doc[i].dep_ == "case" and doc[i].head.head.i == head.i and addressed_medium(doc[i].head) \
                and head.lemma_.lower() not in speech_lexicon(doc.lang_ or "fr").document_nouns \
                or (doc[i].pos_ == "SCONJ" and doc[i].lower_ in {"que", "qu'", "qu’", "that"}):
            hi = i - 1  # ("a indiqué à la télévision publique que …": the clause is no part of the name)
            break
    while lo < head.i and (doc[lo].dep_ == "case" and doc[lo].head == head or doc[lo].lower_ in {"selon", "d'", "d’", "après", "pour"}):
        lo += 1
    for i in range(head.i - 1, lo - 1, -1):
        if doc[i].pos_ in {"VERB", "AUX", "SCONJ"} or doc[i].lower_ in {"comme", "as"}:
            lo = i + 1  # an inverted subject's phrase starts after its verb ("comme le rappelle HRW")
            break
    for i in range(head.i, lo - 1, -1):
        if doc[i].text in {",", "«", "»", "“", "”", '"', "(", ":"}:
            lo = i + 1
            break
    while hi > head.i and doc[hi].pos_ == "ADV" and doc[hi].is_lower:
        hi -= 1  # "The Ministry of Foreign Affairs in Kenya however": the adverb is the clause's
    return doc[lo:hi + 1]


def title_holder(head: Token, mentions: list[Mention], is_person: Callable[[Mention], bool], lang: str,
                 published: str | None) -> Mention | None:
    """A bare title ("le président") → the last person named before it who holds that office (KB positions).
    An indefinite title ("selon un dirigeant de l'opposition") is someone the article does not name."""
    if head.pos_ != "NOUN" or any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in head.children):
        return None
    from foedus.actors.kb import load_kb
    from foedus.actors.normalize import key

    kb = load_kb()
    forms = title_forms(head)
    # (a feminine title is no man's office: "la présidente des députés RN" is not the President)
    from foedus.quotes.coreference import noun_gender
    gender = noun_gender(head)
    mentions = [m for m in mentions if gender is None or m.gender is None or m.gender == gender]
    before = [m for m in mentions if m.end <= head.idx and is_person(m) and m.actor_id]
    # the office as the KB words it for that date: "le secrétaire général de l'Otan" after "le chef de
    # l'organisation, Jens Stoltenberg" (an office no position class covers)
    wordings = {key(f) for f in forms[:-2]}
    for m in reversed(before):
        actor = kb.get(m.actor_id)
        if actor is not None and any(r.title and key(r.title) in wordings for r in actor.roles if r.holds_on(published)):
            return m
    # the longest wording the KB knows decides: "opposition leader" holds no office, whatever "leader" alone would
    agent = next((a for a in (kb.agents.get((lang, key(t))) for t in forms) if a is not None), None)
    if agent is None or not agent.position:
        return None
    holders = [m for m in before if kb.position_of(m.actor_id, published) == agent.position]
    if holders:
        return salient_holder(holders, head)
    # named only later ("…, a indiqué le président de la République. François Hollande a …"): the one holder
    later = {m.actor_id: m for m in mentions if m.start > head.idx and is_person(m) and m.actor_id
             and kb.position_of(m.actor_id, published) == agent.position}
    return next(iter(later.values())) if not before and len(later) == 1 and "Plur" not in head.morph.get("Number") else None


LINKED_TO_SUBJECT = {"appos", "flat:name", "flat", "nmod", "compound"}  # "le président russe Vladimir Poutine a …"


def salient_holder(holders: list[Mention], head: Token) -> Mention:
    """Of the office holders named before a bare title, the one it takes up. A name in the title's
    own sentence is not described again there ("… sans le départ de son président, Bachar al-Assad,
    a affirmé le chef de l'État": not Assad); the last holder who was a clause's subject outranks
    one only mentioned since ("François Hollande a affirmé … sans le départ de Bachar al-Assad"),
    as a subject is what a later description most often takes up."""
    sent = head.sent
    outside = [m for m in holders if not sent.start_char <= m.start < sent.end_char] or holders
    subjects = [m for m in outside if m.head is not None and _heads_subject(head.doc[m.head])]
    return (subjects or outside)[-1]


def _heads_subject(tok: Token) -> bool:
    while tok.dep_ in LINKED_TO_SUBJECT and tok.head.i != tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
        tok = tok.head
    return tok.dep_ in SUBJECT_DEPS


def sole_office_person(head: Token, mentions: list[Mention], is_person: Callable[[Mention], bool],
                       gender_of: Callable[[Mention], str | None], lang: str, published: str | None) -> Mention | None:
    """A definite office ("la ministre") → the one person named before it in the whole article whose
    actor code is of the office's sector, whose gender fits and whose known office (KB) is not
    another: "la ministre des Transports … Elisabeth Borne … La ministre, qui se dit disponible"
    (two candidates: no guess; "le négociateur" is no office)."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children):
        return None
    from foedus.actors.kb import load_kb
    from foedus.actors.normalize import key
    from foedus.quotes.coreference import noun_gender

    kb = load_kb()
    agent = next((a for a in (kb.agents.get((lang, key(t))) for t in title_forms(head)) if a is not None), None)
    if agent is None or not agent.sector or not agent.position:
        return None

    def holds(m: Mention) -> bool:
        office = kb.position_of(m.actor_id, published) if m.actor_id else None
        return office in (None, "other", agent.position) or agent.position == "minister" and office.endswith("_minister")

    gender = noun_gender(head)
    found = {(m.actor_id or m.name or m.text): m for m in mentions if m.end <= head.idx and is_person(m) and m.code
             and m.code[3:6] == agent.sector and (gender is None or gender_of(m) in (None, gender)) and holds(m)}
    found = {k: m for k, m in found.items() if not titled_otherwise(m, head.doc, agent.position)}
    return next(iter(found.values())) if len(found) == 1 else None


PORTFOLIO_PREPS = {"à", "au", "aux", "de", "du", "des", "d'", "d’", "for", "of"}


def portfolio_holder_start(phrase: Span, is_person_noun: Callable[[Token], bool]) -> int | None:
    """Where the holder's name may start after a title the parser cut from its portfolio ("le
    secrétaire | au Trésor Steven Mnuchin", "la ministre | de la Santé Agnès Buzyn"): past the
    preposition, its determiners and one to three capitalised portfolio words. None when the
    complement is itself a person ("le porte-parole du président X" names the president)."""
    doc, j = phrase.doc, phrase.end
    if j >= len(doc) or doc[j].lower_ not in PORTFOLIO_PREPS:
        return None
    j += 1
    while j < len(doc) and (doc[j].pos_ == "DET" or doc[j].lower_ in {"l'", "l’"}):
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].lower_ in {"premier", "première"} or is_person_noun(doc[j]):
        return None
    k = j + 1
    while k < min(len(doc), j + 3) and doc[k].pos_ == "ADJ" and doc[k].text[:1].islower():
        k += 1  # "aux Affaires étrangères"
    return k if k < len(doc) and doc[k].text[:1].isupper() else None


ARTICLES_BEFORE = (("les ", "les "), ("la ", "la "), ("le ", "le "), ("l'", "l'"), ("l’", "l'"), ("du ", "le "), ("des ", "les "))


def with_written_article(text: str, m: Mention) -> str:
    """A body named by a common noun keeps the article the text gives it ("la préfecture de police
    de Paris"; "du ministère" → "le ministère"), as readers and annotators name it."""
    return article_before(text, m.start) + m.text if m.text[:1].islower() else m.text


def article_before(text: str, start: int) -> str:
    """The article written right before `start` ("du" given back as "le "), or ""."""
    before = text[max(0, start - 4):start].lower()
    return next((article for written, article in ARTICLES_BEFORE
                 if before.endswith(written) and (len(before) == len(written) or not before[-len(written) - 1].isalpha())), "")

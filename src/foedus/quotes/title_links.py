"""A person's title and the name it goes with: "X, ancien porte-parole de …" then "l'ancien
porte-parole … fait remarquer" is X; "le chef de la délégation" is the person the article names
by that title; a run of proper nouns set off by commas after a title names its holder. Pure
functions over a parsed ``Doc`` and the article's actor mentions."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.actors.normalize import fold
from foedus.actors.person_affiliations import affiliation_roles
from foedus.language.syntax import name_after_title, verb_group_start
from foedus.quotes.coreference import noun_gender, noun_hypernyms, person_gender
from foedus.quotes.lexicon import honorific_titles, leader_nouns, spokesperson_nouns
from foedus.quotes.media import medium_nouns
from foedus.quotes.salience import topic_over_described
from foedus.quotes.speaker_words import INDEFINITE_ARTICLES, OF_CASES
from foedus.records import Mention
from foedus.language.syntax import doc_text


def title_antecedent(head: Token, mentions: list[Mention], is_person) -> Mention | None:
    """A title the article already gave to a named person: "X, ancien porte-parole de …" then
    "l'ancien porte-parole … fait remarquer" → X (the last such person before `head`)."""
    if head.pos_ != "NOUN":
        return None
    lemma = head.lemma_.lower()
    definite = any(c.dep_ == "det" and c.lower_ in {"le", "la", "l'", "l’", "the"} for c in head.children)
    # "la diplomate" after "son ambassadrice en Espagne, Karima Benyaich": a narrower title counts
    narrower = noun_hypernyms(head.doc.lang_ or "fr").get(lemma, frozenset()) if definite and lemma != "source" else frozenset()
    found: Mention | None = None
    for tok in head.doc[:head.i]:
        if tok.lemma_.lower() != lemma and tok.lemma_.lower() not in narrower or qualifiers_clash(tok, head):
            continue
        person = _person_linked_to(tok, mentions, is_person)
        if person is not None and not _gender_clash(person, head):
            found = person
    return found


def _gender_clash(person: Mention, title: Token) -> bool:
    """"la présidente des députés RN" is not Emmanuel Macron, named "le président" before."""
    gender = noun_gender(title)  # (the article's gender first: "porte-parole" is either)
    return gender is not None and person.gender is not None and person.gender != gender


def title_named_next(head: Token, mentions: list[Mention], is_person) -> Mention | None:
    """An indefinite title the next sentence gives a name ("…, a foreign ministry spokesperson said.
    Spokesperson Mao Ning made the remarks …"): that person."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in head.children):
        return None
    end = head.sent.end
    if end >= len(head.doc):
        return None
    lemma = head.lemma_.lower()
    for tok in head.doc[end].sent:
        if tok.lemma_.lower() == lemma and (person := _person_linked_to(tok, mentions, is_person)) is not None:
            return person
    return None


def qualifiers_clash(earlier: Token, later: Token) -> bool:
    """The titles differ in number, or each has a qualifier the other lacks (an adjective, a
    complement): "la présidence yougoslave" is not "la présidence française" named before."""
    def adjectives(t: Token) -> set[str]:
        return {c.lemma_.lower() for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ"}
    def complements(t: Token) -> set[str]:
        return {c.lemma_.lower() for c in t.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}}
    before, now = adjectives(earlier), adjectives(later)
    if _status(earlier) != _status(later):
        return True  # "le président élu" is not "le président de Madagascar" named before
    if {noun_gender(earlier), noun_gender(later)} == {"m", "f"}:
        return True  # "la présidente" is not "le président" named before
    if {*earlier.morph.get("Number")} ^ {*later.morph.get("Number")} == {"Sing", "Plur"}:
        return True  # "les chefs d'État … ont jugé" is not "le chef du gouvernement belge" named before
    if before - now and complements(later) - complements(earlier):
        return True  # "le président de la Confédération" is not "le président ukrainien"
    def of_whom(t: Token) -> set[str]:
        return {fold(c.lemma_.lower()) for c in t.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}
                and any(g.dep_ == "case" and g.lower_ in OF_CASES for g in c.children)}  # ("l'État" is "l'Etat")
    if of_whom(earlier) and of_whom(later) and not of_whom(earlier) & of_whom(later):
        return True  # "le porte-parole de la présidence" is not "un porte-parole du Séléka"
    return bool(before) and bool(now - before)


# words that give a title's holder a status other than sitting (elected, designated, former, outgoing)
STATUS_WORDS = {"elu", "elue", "elect", "designe", "designee", "designate", "ancien", "ancienne", "former",
                "sortant", "sortante", "outgoing", "interimaire", "interim"}


def _status(title: Token) -> set[str]:
    near = [*title.children, *title.doc[title.i + 1:title.i + 2]]
    return {fold(t.lower_) for t in near if fold(t.lower_) in STATUS_WORDS}


def _person_linked_to(title: Token, mentions: list[Mention], is_person) -> Mention | None:
    """The person a title is apposed to, either way round ("X, porte-parole" / "le porte-parole, X")."""
    # "FO spokesman Asim Iftikhar"; "Maxime Prévot Président des Engagés" (a signature, glued to the name)
    linked = [title.head] if title.dep_ in {"appos", "nmod", "amod", "compound", "flat:name"} else []
    if title.dep_ == "conj" and title.head.i < title.i and not any(c.dep_ == "cc" for c in title.children):
        linked.append(title.head)  # "Éric Massi, un porte-parole du Séléka": an apposition the parser read as a conjunct
    # "L'ancien porte-parole de la mission, Timor Goksel, …": the apposed name may hang anywhere
    # in the title's phrase
    # (not a name its "de" complement gives, glued to a word of it: "le fils du défunt leader Omar Bongo")
    # (nor a name in a clause the parser hung on the title: "le porte-parole, rappelant … le président Xi")
    linked += [t for t in title.subtree if t.dep_ in {"appos", "flat:name"} and t.pos_ == "PROPN"
               and not (_in_of_complement(t, title) and t.i > 0 and t.doc[t.i - 1].text != ",")
               and not any(a.pos_ in {"VERB", "AUX"} for a in _path_up(t, title))]
    start = min([title.i, *(c.i for c in title.children if c.dep_ == "det" and c.i < title.i)])
    if start >= 2 and title.doc[start - 1].text == ",":
        # "Bachar al-Jaafari, ambassadeur syrien à l'ONU", "Éric Massi, un porte-parole de la rébellion":
        # a title right after the name and its comma
        linked.append(title.doc[start - 2])
    if title.dep_.startswith("nsubj"):  # "La ministre de …, Elisabeth Borne a jugé": two subjects to the parser
        linked += [t for t in title.head.children if t.dep_ == title.dep_ and t.i > title.i and name_after_title(title, t)]
    for tok in linked:
        for m in mentions:
            if m.start <= tok.idx < m.end and is_person(m):
                return m
        # NER may miss a name at its first occurrence ("Timor Goksel" tagged LOC): the same
        # words recognised as a person elsewhere in the article
        words = " ".join(t.text for t in [tok, *(c for c in tok.children if c.dep_ in {"flat:name", "flat"})])
        for m in mentions:
            if is_person(m) and (m.name or m.text) == words:
                return m
        if tok.dep_ == "appos" and not any(m.code and m.start <= tok.idx < m.end for m in mentions):
            if (named := enclosed_name(tok)) is not None:
                return named
    # the parser may cut the title from its name ("Le ministre iranien des Affaires étrangères
    # Mohammad Javad Zarif" in two sentences) where the actor layer still joined them
    described = next((m for m in mentions if m.start <= title.idx < m.end and m.kind == "description" and m.name), None)
    if described is not None:
        return next((m for m in mentions if m.kind == "name" and m.name == described.name and is_person(m)), None)
    return _named_after_its_complements(title, mentions, is_person)


def _path_up(tok: Token, top: Token) -> list[Token]:
    """The heads between `tok` and its ancestor `top` (both left out)."""
    path, node = [], tok.head
    while node.i != top.i and node.head.i != node.i:
        path.append(node)
        node = node.head
    return path


def _in_of_complement(tok: Token, title: Token) -> bool:
    """`tok` hangs below a "de"/"of" complement of the title."""
    node = tok
    while node.i != title.i and node.head.i != node.i:
        if node.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in OF_CASES for c in node.children):
            return True
        node = node.head
    return False


def _named_after_its_complements(title: Token, mentions: list[Mention], is_person) -> Mention | None:
    """"l'ancien Premier ministre et leader du Parti … (PEDN), Lansana Kouyate": the name after the
    first comma that closes the title's words, with no verb between (the parser hangs it anywhere)."""
    doc = title.doc
    roles = affiliation_roles(doc.lang_ or "fr")  # ("et leader du parti": a role the tagger may read as a verb)
    for tok in doc[title.i + 1:min(len(doc), title.i + 20)]:
        if tok.pos_ in {"VERB", "AUX"} and tok.lower_ not in roles or tok.is_sent_start \
                or tok.text in {";", ":", "«", "»", '"', "“", "”"}:
            return None
        if tok.text == ",":
            nxt = tok.i + 1
            return next((m for m in mentions if nxt < len(doc) and m.start == doc[nxt].idx and is_person(m)), None)
    return None


def enclosed_name(first: Token) -> Mention | None:
    """"Le porte-parole de la délégation … sur la Syrie, Louai Safi, s'est réjoui": a run of two or
    more proper nouns set off by commas after a person's title names that person, even when NER
    calls it a place and the parser hangs it on the title's last complement."""
    doc, last = first.doc, first.i
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
        last += 1
    if first.pos_ != "PROPN" or last == first.i or last + 1 >= len(doc) or doc[last + 1].text != "," \
            or doc[first.i - 1].text != ",":
        return None
    span = doc[first.i:last + 1]
    return Mention(article_id="", sentence=0, start=span.start_char, end=span.end_char, text=span.text,
                   code=None, kind="name", head=first.i, name=span.text, rule="quotes:apposed-name")


def title_named_later(head: Token, mentions: list[Mention], is_person, sentences_after: int = 5) -> Mention | None:
    """A definite title with a complement that one of the next sentences (the segmenter cuts quotes
    into several) gives to a named person with
    the same complement ("Le chef de la délégation de Damas a accusé … » … Bachar al-Jaafari,
    ambassadeur syrien à l'ONU et chef de la délégation"): that person, not the last one named."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in {"le", "la", "l'", "l’", "the"} for c in head.children):
        return None
    complement = next((c.lemma_.lower() for c in head.children if c.dep_ == "nmod" and c.pos_ == "NOUN"), None)
    doc, end, first = head.doc, head.sent.end, head.left_edge.i
    if complement is None or _person_linked_to(head, mentions, is_person) is not None \
            or first >= 2 and doc[first - 1].text == "," and doc[first - 2].pos_ == "PROPN":
        return None  # ("Peter De Roover, le chef de groupe de la N-VA": named where it stands)
    for _ in range(sentences_after):
        if end < len(doc):
            end = doc[end].sent.end
    for tok in doc[head.sent.end:end]:
        if tok.lemma_.lower() != head.lemma_.lower() or not any(c.dep_ == "nmod" and c.lemma_.lower() == complement for c in tok.children):
            continue
        anchor = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" else tok  # "ambassadeur … et chef de …"
        person = _person_linked_to(anchor, mentions, is_person)
        if person is not None:
            return person
    return None


def recent_person(head: Token, mentions: list[Mention], is_person, quoted, shift_markers) -> Mention | None:
    """A definite title with no name ("Le porte-parole du collectif se félicite…") → the person
    named last in this or the previous sentence (journalists name, then describe); `quoted(char)`
    says whether a character lies between quotation marks."""
    if head.pos_ != "NOUN" or not any(c.lower_ in {"le", "la", "l'", "l’", "the", "ce", "cet", "cette", "this"}
                                      for c in head.children) or head.lemma_.lower() in medium_nouns(head.doc.lang_ or "fr"):
        return None  # ("a annoncé à la télévision le colonel …": a medium is nobody named before)
    # this sentence and the one before, words inside quotation marks left out (a multi-sentence
    # quote sits between the name and "…», explique l'ingénieur")
    doc, sent = head.doc, head.sent
    window_start, counted = sent.start, 0
    while window_start > 0 and (counted < 1 or _cut_sentence(doc, window_start)):
        window_start = doc[window_start - 1].sent.start
        counted += 0 if quoted(doc[window_start].idx + 1) else 1
    lo = doc[window_start].idx
    clause = doc_text(doc)[sent.start_char:head.idx].lower()
    if any(marker in clause for marker in shift_markers):
        return None  # "De son côté, le négociateur…": someone other than the last person named
    gender = noun_gender(head)
    if any(c.dep_ == "case" and c.lower_ in {"selon", "après", "according"} for c in head.children):
        # "X a été hospitalisé, selon le porte-parole": the statement is about the person named
        # in its own sentence, not by them
        if any(sent.start_char <= m.start < head.idx and is_person(m) for m in mentions):
            return None
    # "X a toujours été …, a poursuivi le porte-parole": a person named in the statement an incise
    # closes is what was said, not who said it
    verb = head.head
    incise = verb.pos_ in {"VERB", "AUX"} and verb.i < head.i and verb_group_start(verb) > sent.start \
        and doc[verb_group_start(verb) - 1].text == ","
    # (the statement starts after the last full stop: the parser may join it to the sentence before)
    said_from = max([sent.start] + [t.i + 1 for t in doc[sent.start:verb.i] if t.text in {".", "!", "?"}])
    people = [m for m in mentions if lo <= m.start < head.idx and is_person(m) and not quoted(m.start)
              and (gender is None or person_gender(m, doc) in (None, gender)) and not (incise and m.start >= doc[said_from].idx)]
    demonstrative = any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in head.children)
    role_nouns = spokesperson_nouns(doc.lang_ or "fr")
    if head.lemma_.lower() in role_nouns and not demonstrative and any(
            c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in OF_CASES for g in c.children) for c in head.children):
        # "le porte-parole de la présidence" after "le président centrafricain François Bozizé":
        # one who speaks for a body is not a person the article gave another office
        people = [m for m in people if not _office_before(m, doc, role_nouns)]
    own = _office_of(head) if head.lemma_.lower() not in leader_nouns(doc.lang_ or "fr") else None  # ("le dirigeant": any office)
    # ("Après avoir donné un ultimatum à son homologue russe, le républicain a annoncé": not the
    # one a phrase fronted before the subject's own clause names)
    people = [m for m in people if not titled_otherwise(m, doc, own) and not _in_fronted_clause(doc, m, head)]
    return topic_over_described(doc, people, head)


def _in_fronted_clause(doc, m: Mention, subject: Token) -> bool:
    """The mention is inside a clause fronted before the subject's own ("Après avoir donné un
    ultimatum à son homologue russe, le républicain …") — not merely a phrase the parser fronted
    ("Pierre Durand, le maire, a pris la parole" read with the name as an adjunct)."""
    if not fronted_adjunct_mention(doc, m, subject):
        return False
    tok = doc[m.head]
    while tok.head.i not in (tok.i, subject.head.i):
        tok = tok.head
        if tok.pos_ == "VERB":
            return True
    return False


def _cut_sentence(doc, start: int) -> bool:
    """The segmenter opened a sentence at `start` inside one: no full stop, mark or line break before
    it ("… à bord de son avion Air | Force One que le délai …")."""
    before = doc[start - 1]
    return before.text not in {".", "!", "?", "…", "»", "”", '"', ":", ";"} and "\n" not in before.whitespace_ + before.text


def said_before(head: Token, spoken: dict):
    """The speaker an earlier occurrence of the same definite title was given ("…, a poursuivi le
    porte-parole" resolved to "le porte-parole de l'ambassade de Chine"; then "Le porte-parole a dit
    que …"): the same description, the same speaker, whoever was named in between."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children):
        return None
    doc = head.doc
    earlier = [i for i in spoken if i < head.i and doc[i].pos_ == "NOUN" and doc[i].lemma_ == head.lemma_]
    return spoken[max(earlier)] if earlier else None


def _office_of(head: Token) -> str | None:
    from foedus.actors.kb import load_kb
    from foedus.actors.normalize import key

    agent = load_kb().agents.get((head.doc.lang_ or "fr", key(head.lemma_)))
    return agent.position if agent is not None and agent.position else None


def titled_otherwise(m: Mention, doc, position: str | None) -> bool:
    """The article gives the person another office than `position` right before or after the name
    ("le ministre … de l'Intérieur, Jean-François Ndongou" is not "le président gabonais élu")."""
    from foedus.actors.kb import load_kb
    from foedus.actors.normalize import key

    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if position is None or span is None:
        return False
    agents, lang = load_kb().agents, doc.lang_ or "fr"
    sent = span.sent
    after = doc[span.end + 1:min(span.end + 4, sent.end)] if span.end < sent.end and doc[span.end].text == "," else []
    near = [*doc[max(sent.start, span.start - 8):span.start], *after]  # "le ministre …, X" / "X, ministre de …"
    offices = {office for t in near if t.pos_ == "NOUN" and (office := _office_worded_at(doc, t.i, agents, lang))}
    return bool(offices) and not any(_same_office(position, office) for office in offices)


def _office_worded_at(doc, i: int, agents, lang: str) -> str | None:
    """The office the longest KB wording starting at token i names ("chef de la diplomatie
    iranienne" → foreign_minister, not "chef" alone)."""
    from foedus.actors.normalize import key

    for n in (5, 4, 3, 2):
        agent = agents.get((lang, key(doc[i:min(i + n, len(doc))].text)))
        if agent is not None and agent.position:
            return agent.position
    agent = agents.get((lang, key(doc[i].lemma_)))
    return agent.position if agent is not None and agent.position else None


def _same_office(one: str, other: str) -> bool:
    return one == other or "minister" in {one, other} and (one + other).count("_minister") == 1


def _office_before(m: Mention, doc, role_nouns: frozenset[str]) -> bool:
    """The mention is an office that is not a speaking role, or a name right after one ("le
    président centrafricain François Bozizé")."""
    first = _first_token(doc, m)
    if first is None:
        return False
    if m.kind == "description" and m.head is not None:
        return doc[m.head].pos_ == "NOUN" and doc[m.head].lemma_.lower() not in role_nouns  # the office itself
    if first.dep_ == "appos" and first.head.pos_ == "NOUN" and first.head.i < first.i:
        return first.head.lemma_.lower() not in role_nouns  # "son ambassadrice en Espagne, Karima Benyaich"
    for tok in reversed(doc[max(0, first.i - 3):first.i]):
        if tok.pos_ == "NOUN":
            return tok.lemma_.lower() not in role_nouns
        if tok.pos_ not in {"ADJ", "PROPN"}:
            return False
    return False


def _first_token(doc, m: Mention) -> Token | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def honorific_holder(head: Token, mentions: list[Mention], is_person, sentences_after: int = 3) -> Mention | None:
    """"l'avocat" / "son avocat" → the person the article writes with the honorific that carries
    that title ("Me Paul Bekaert"): the last one before, else the first in the next sentences."""
    lemma = head.lemma_.lower()
    forms = {form for form, title in honorific_titles(head.doc.lang_ or "fr").items() if title == lemma}
    if head.pos_ != "NOUN" or not forms or any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in head.children):
        return None
    doc = head.doc
    end = head.sent.end
    for _ in range(sentences_after):
        if end < len(doc):
            end = doc[end].sent.end
    limit = doc[end - 1].idx if end > 0 else 0

    def honoured(m: Mention) -> bool:
        first = _first_token(doc, m)
        return first is not None and (first.lower_.rstrip(".") in forms  # (the mention may begin with it)
                                      or first.i > 0 and doc[first.i - 1].lower_.rstrip(".") in forms)
    held = [m for m in mentions if is_person(m) and m.start <= limit and honoured(m)]
    before = [m for m in held if m.end <= head.idx]
    return before[-1] if before else next((m for m in held if m.start > head.idx), None)


def named_right_after(phrase, mentions: list[Mention], is_person) -> Mention | None:
    """The person whose name directly follows a description, set off by a comma or not ("le
    ministre de la Communication, Ousséni Tamboura"): later "le ministre" is that person."""
    gap = doc_text(phrase.doc)[phrase.end_char:phrase.end_char + 3]
    reach = phrase.end_char + len(gap) - len(gap.lstrip(", "))
    return next((m for m in mentions if phrase.end_char <= m.start <= reach and is_person(m)), None)


def fronted_adjunct_mention(doc, m: Mention, pronoun: Token) -> bool:
    """A mention inside a phrase fronted before the pronoun's own clause ("En réaction au chef du
    Parti conservateur, Andrew Scheer, qui …, il a répondu"): a subject pronoun does not take it up."""
    if m.head is None or not pronoun.dep_.startswith("nsubj") or not (pronoun.sent.start_char <= m.start < pronoun.idx):
        return False
    tok = doc[m.head]
    while tok.head.i != tok.i and tok.head.i != pronoun.head.i:
        if tok.dep_.startswith("nsubj"):
            return False
        tok = tok.head
    return tok.head.i == pronoun.head.i and tok.i < pronoun.i and tok.dep_ in {"obl", "obl:mod", "obl:arg", "advcl", "advmod"} \
        and any(t.text == "," for t in doc[tok.i:pronoun.i])

"""Small repairs over the dependency parse shared by the quote and event stages."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
CLAUSE_SUBJECT_DEPS = SUBJECT_DEPS | {"expl:subj", "csubj"}  # any subject a clause may have
# the relations by which a noun is what its clause is about (its subject or object; both languages)
CLAUSE_ARGUMENT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj"}


def clause_verb(tok: Token) -> Token:
    """The verb heading the token's clause: the token itself when it is a verb, else its nearest
    verbal ancestor, else the root it reaches."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def present_participle(tok: Token) -> bool:
    """"ajoutant", "justifiant", "accusant": the morphology of a present participle, whatever its label."""
    return "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense")


def auxiliary_subject(verb: Token) -> Token | None:
    """Parser slips like "X, impuissant, a de son côté dénoncé" hang the subject on the auxiliary
    ("a") and the participle elsewhere: the subject of the auxiliary just before the verb."""
    for tok in reversed(list(verb.doc[verb.sent.start:verb.i])):
        if tok.lemma_ in {"avoir", "être"} and tok.i >= verb.i - 5:
            found = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
            if found:
                return found[0]
        if tok.pos_ == "VERB" and tok.lemma_ not in {"avoir", "être"}:
            return None
    return None


CLAUSE_BREAKS = {";", ":", "«", "»", "“", "”"}


def clause_initial_subject(verb: Token) -> Token | None:
    """Parser slips like "; le ministre des finances, X, a pour sa part ajouté :" leave the verb
    with no subject and the clause's first noun phrase as a root of its own: that noun phrase,
    when nothing but its own words, commas, auxiliaries and adverbials stand before the verb."""
    doc = verb.doc
    start = verb.i
    while start > verb.sent.start and doc[start - 1].text not in CLAUSE_BREAKS:
        start -= 1
    first = next((t for t in doc[start:verb.i] if t.pos_ in {"NOUN", "PROPN"}), None)
    if first is None or first.dep_ not in {"ROOT", "nsubj", "dep"} or any(c.dep_ == "case" for c in first.children):
        return None
    if any(t.pos_ == "VERB" for t in doc[first.i + 1:verb.i] if t.i not in {s.i for s in first.subtree}):
        return None  # another verb between: not this verb's subject
    if verb.dep_ == "acl" and verb.head.i == first.i and "Part" in verb.morph.get("VerbForm") and doc[verb.i - 1].text != "," \
            and "Pres" not in verb.morph.get("Tense") and not any(c.dep_.startswith("aux") for c in verb.children):
        # "Des propos jugés « … »": a past participle says what was done to its noun (not "The
        # president, X, announced", a past tense the parser hung on its subject)
        return None
    return first


def infinitive_guesses(tok: Token, lang: str) -> list[str]:
    """The French model sometimes leaves a present-tense verb or a past participle unlemmatised
    ("demande" → "demande") or tags it a noun while giving it a subject ("Le secrétaire général …
    demande au gouvernement", "Erdogan a téléphoné au roi"): the first-group infinitive of the form."""
    if lang != "fr":
        return []
    unlemmatised = tok.pos_ == "VERB" and tok.lemma_.lower() == tok.lower_
    predicate_noun = tok.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in tok.children) and not any(
        c.dep_ == "cop" for c in tok.children)
    if not (unlemmatised or predicate_noun):
        return []
    word = tok.lower_
    # (past participles too: "Erdogan a téléphoné au roi", "téléphoné" tagged a noun)
    for ending, stem_cut in (("ées", 3), ("és", 2), ("ée", 2), ("é", 1), ("ent", 3), ("es", 2), ("e", 1)):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return [word[:-stem_cut] + "er"]
    return []


def stranded_subject(verb: Token) -> Token | None:
    """Parser slips like "Paris demande à Moscou de…" cut the sentence before the verb and leave
    the subject as a verbless root of its own: that root, when the piece before the verb ends
    without punctuation and is nothing but a noun phrase."""
    doc = verb.doc
    i = verb.i - 1
    if i < 0 or verb.dep_ != "ROOT" or doc[i].is_punct:
        return None
    root = doc[i]
    while root.head.i != root.i:
        root = root.head
    if root.pos_ not in {"NOUN", "PROPN"} or root.dep_ != "ROOT" or root.i >= verb.i:
        return None
    if any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in root.subtree):
        return None
    return root


def fronted_adverbial_subject(verb: Token) -> Token | None:
    """Parser slips like "De leur côté, Paris et Bonn se sont déclarés …" hang the subject as a
    conjunct of the fronted adverbial phrase: its first nominal conjunct after the phrase's comma."""
    for adverbial in verb.children:
        if adverbial.dep_ not in {"obl:mod", "obl", "nsubj"} or adverbial.i > verb.i \
                or not any(c.dep_ == "case" for c in adverbial.children):
            continue
        comma = next((t.i for t in verb.doc[adverbial.i:verb.i] if t.text == ","), None)
        if comma is None:  # "Dans un communiqué la présidence … affirme": no comma, the subject hung on the adjunct
            glued = next((c for c in adverbial.children if c.dep_ == "nmod" and c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}
                          and any(g.dep_ == "det" for g in c.children) and not any(g.dep_ == "case" for g in c.children)), None)
            if glued is not None:
                return glued
            continue
        # (or as its apposition: "À la sortie de l'audience, Me Raoul Gohi Bi, un des avocats, a promis")
        conjuncts = [c for c in adverbial.children if c.dep_ in {"conj", "appos"} and comma < c.i < verb.i
                     and c.pos_ in {"NOUN", "PROPN", "PRON"}]
        if conjuncts:
            return conjuncts[0]
    for clause in verb.children:
        # "S'exprimant sur Al-Jazeera, le chef de la diplomatie … a assuré": a fronted participle
        # clause whose last noun took the subject as its apposition
        if clause.dep_ != "advcl" or clause.i > verb.i or "Part" not in clause.morph.get("VerbForm") \
                or "Pres" not in clause.morph.get("Tense"):
            continue
        comma = next((t.i for t in verb.doc[clause.i:verb.i] if t.text == ","), None)
        held = [t for t in clause.subtree if t.dep_ == "appos" and t.pos_ in {"NOUN", "PROPN"}
                and comma is not None and comma < t.i < verb.i and t.head.i < comma]
        if held:
            return held[0]
    return None


def bare_fronted_name(verb: Token) -> Token | None:
    """"Bamako, avec les autres pays membres de l'AES, ont condamné": a proper name opening the
    sentence with no preposition, which the parser made an adjunct of a finite verb that has no
    subject, is that subject."""
    if "Fin" not in verb.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in verb.children):
        return None
    if any(c.dep_.startswith(("nsubj", "expl:subj")) for c in verb.children):
        return None
    first = verb.sent.start
    for c in verb.children:
        if c.i < verb.i and c.dep_ in {"obl:mod", "obl", "nmod"} and c.pos_ == "PROPN" and c.left_edge.i == first \
                and not any(g.dep_ == "case" for g in c.children) and not c.ent_type_ in {"DATE", "TIME"} \
                and c.text[:1].isupper() and not any(t.like_num for t in c.subtree):
            return c  # (not a dateline's day: "Jeudi, ont été tués …" is no subject)
    return None


def cut_off_subject(head: Token, tok: Token) -> bool:
    """A name the parser cut off from its verb: a verbless root of its own right before the verb
    ("Paris demande à Moscou de…"), a bare name opening the sentence ("Bamako, avec …, ont condamné"),
    or a conjunct hung on a fronted adverbial ("De leur côté, Paris et Bonn ont…"); `head` is the
    name's head, `tok` the token read."""
    nxt = head.i + 1
    if head.dep_ == "ROOT" and nxt < len(head.doc) and head.doc[nxt].pos_ == "VERB" and stranded_subject(head.doc[nxt]) == head:
        return True
    adverbial = tok.head
    if head.dep_ in {"obl:mod", "obl", "nmod"} and head.head.pos_ in {"VERB", "AUX"} and bare_fronted_name(head.head) == head:
        return True  # "Bamako, avec les autres pays …, ont condamné"
    if tok.dep_ != "conj" or adverbial.dep_ not in {"obl:mod", "obl"}:
        return False
    first = fronted_adverbial_subject(adverbial.head)
    return first is not None and first.i <= tok.i < adverbial.head.i


def name_after_title(title: Token, name: Token) -> bool:
    """Two subjects the parser gave one verb are a title and the name it introduces: "Le secrétaire
    général de l'ONU Kofi Annan a estimé", "La ministre de …, Elisabeth Borne a jugé"."""
    gap = name.left_edge.i - title.right_edge.i
    return title.pos_ == "NOUN" and name.pos_ == "PROPN" and (
        gap == 1 or gap == 2 and title.doc[title.right_edge.i + 1].text == ",")


def heads_sentence(tok: Token) -> bool:
    """Only conjunctions, adverbs and punctuation stand before `tok` in its sentence ("Mais pour X, …")."""
    return all(t.pos_ in {"CCONJ", "ADV", "PUNCT"} for t in tok.doc[tok.sent.start:tok.i])


def absolute_participle_subject(verb: Token) -> Token | None:
    """The subject of an absolute participle clause: in "…, répond X, Pierre Ehret soulignant que…"
    the name right before the present participle, set off by a comma from what precedes it, is
    the participle's own subject — the parser hangs it on the main verb as an apposition or a
    second subject."""
    doc = verb.doc
    if "Part" not in verb.morph.get("VerbForm") or "Pres" not in verb.morph.get("Tense") or verb.i < 2:
        return None
    name = doc[verb.i - 1]
    while name.dep_ in {"flat:name", "flat"} and name.head.i < name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.head.i == verb.i or name.i == verb.i:
        return None
    before = doc[name.i - 1] if name.i > verb.sent.start else None
    if before is None or before.text != "," or any(t.head.i != name.i for t in doc[name.i + 1:verb.i]):
        return None
    return name


def glued_person(tok: Token, phrase_head: Token) -> Token | None:
    """A person's name the parser glued onto a prepositional phrase ("a annoncé à l'agence RIA
    Novosti Valentine Sapounov"): the first PER entity after `tok` inside the phrase, when `tok`
    itself is no person."""
    if tok.ent_type_ == "PER":
        return None
    return next((t for t in tok.doc[tok.i + 1:phrase_head.right_edge.i + 1] if t.ent_iob_ == "B" and t.ent_type_ == "PER"), None)


def comma_between(doc, start: int, end: int) -> bool:
    return any(t.text == "," for t in doc[start + 1:end])


def participle_stolen_subject(verb: Token) -> Token | None:
    """Parser slips like "Joji Otaki, auteur de l'étude ayant fourni ces résultats, précise que…"
    give the subject to the participle clause before the verb: a participle takes no subject of its
    own, so the subject it holds is the verb's."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or "Part" not in clause.morph.get("VerbForm"):
            continue
        found = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i and c.pos_ in {"PROPN", "NOUN"}]
        if found:
            return found[0]
    return None


def comma_subject(verb: Token) -> Token | None:
    """"…, mais que les gangs devraient « respecter l'autorité de l'État », le Premier ministre a
    déclaré que …": the parser made the noun phrase between the comma and the auxiliary an object of
    the clause before; standing right before the verb's auxiliary, it is the verb's subject."""
    doc = verb.doc
    aux = verb.i - 1
    if aux < 2 or doc[aux].dep_ not in {"aux", "aux:tense"} or doc[aux].head.i != verb.i:
        return None
    start = aux
    while start > verb.sent.start and doc[start - 1].pos_ in {"DET", "ADJ", "NOUN", "PROPN"} and aux - start < 6:
        start -= 1
    phrase = doc[start:aux]
    if not len(phrase) or doc[start - 1].text != "," or phrase[0].pos_ not in {"DET", "PROPN"}:
        return None
    return next((t for t in phrase if t.pos_ in {"NOUN", "PROPN"} and not start <= t.head.i < aux), None)


def repaired_subject(verb: Token) -> Token | None:
    """The subject of a verb the parse left without one, by the repairs above in turn."""
    return auxiliary_subject(verb) or clause_initial_subject(verb) or fronted_adverbial_subject(verb) \
        or participle_stolen_subject(verb) or comma_subject(verb)


FINITE_AVOIR = {"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "avons", "avez", "ai"}


def participle_after_auxiliary(tok: Token) -> bool:
    """"a twitté l'épouse de M. Lopez": a participle the model does not know, tagged a proper noun
    or a noun, right after a finite form of "avoir" (or its inverted clitic "a-t-il") is a verb."""
    if tok.pos_ not in {"PROPN", "NOUN"} or tok.i == 0 or not tok.lower_.endswith(("é", "ée", "és", "ées")):
        return False
    prev = tok.doc[tok.i - 1]
    return prev.lower_ in FINITE_AVOIR or (prev.lower_ in {"-il", "-elle", "-ils", "-elles", "-on"}
                                            and tok.i > 1 and tok.doc[tok.i - 2].lower_ in {"a", "-t", "ont"})


def verb_group_start(verb: Token) -> int:
    """The first token of a verb with its auxiliaries before it ("a-t-il dit" → "a")."""
    return min([verb.i] + [c.i for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i])


def sentence_index(doc, i: int) -> int:
    """The index among the Doc's sentences of the sentence holding token i."""
    return max(k for k, s in enumerate(doc.sents) if s.start <= i)


def misread_name(tok: Token) -> bool:
    """A person's name the tagger read as another part of speech ("a écrit Macron sur …": ADV),
    which the entity recogniser still marks a person: a name where a noun phrase may stand."""
    return tok.ent_type_ in {"PER", "PERSON"} and tok.ent_iob_ == "B" and tok.text[:1].isupper() \
        and tok.pos_ in {"ADV", "ADJ", "X", "INTJ"} and not tok.is_sent_start


NAME_PARTICLES = {"le", "la", "de", "du", "des", "van", "von", "der", "den", "di", "da", "al", "el", "ben", "ould", "ibn"}


def honorific_cut_from_name(token: Token, honorifics: set[str]) -> Token | None:
    """"a ajouté Mme Le Pen": the parser may make the honorific the subject and hang the name it
    introduces elsewhere (the particle "Le" read as an article); the name right after is the speaker."""
    if token.lower_.rstrip(".") not in honorifics:
        return None
    doc, subtree = token.doc, {t.i for t in token.subtree}
    k = token.i + 1
    while k < len(doc) and k - token.i <= 3 and doc[k].lower_ in NAME_PARTICLES and doc[k].text[:1].isupper():
        k += 1
    if k >= len(doc) or k in subtree or not doc[k].text[:1].isupper() or doc[k].pos_ not in {"PROPN", "NOUN", "ADJ", "X"}:
        return None
    return doc[k]


def doc_text(doc) -> str:
    """The Doc's text, built once: spaCy's Doc.text joins every token again on each access, which
    rules that slice it per quote or per token pay over and over."""
    text = doc.user_data.get("foedus_text")
    if text is None:
        text = doc.user_data["foedus_text"] = doc.text
    return text


def lower_words(doc) -> list[str]:
    """Every token's lower-cased text, typographic apostrophes made straight, built once per Doc
    (phrase look-ups on every token would otherwise make spaCy build each Token again)."""
    words = doc.user_data.get("foedus_lower_words")
    if words is None:
        words = doc.user_data["foedus_lower_words"] = [t.lower_.replace("’", "'") for t in doc]
    return words


def lemma_positions(doc) -> dict[str, list[int]]:
    """Each lower-cased lemma → the indices of its tokens, in order, built once per Doc (rules that
    look back for an earlier use of a word would otherwise walk the whole text each time)."""
    positions = doc.user_data.get("foedus_lemma_positions")
    if positions is None:
        positions = {}
        for t in doc:
            positions.setdefault(t.lemma_.lower(), []).append(t.i)
        doc.user_data["foedus_lemma_positions"] = positions
    return positions

"""Who the words are addressed to: "a déclaré à X", "said to X", "a averti Moscou que", "à
l'intention de X". Pure functions over a parsed ``Doc``."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.quotes.lexicon import SpeechLexicon, conversation_words, locution_nouns, meeting_verbs, speech_lexicon
from foedus.quotes.media import addressed_medium, medium_nouns
from foedus.quotes.subjects import SUBJECT_DEPS

ADDRESSEE_DEPS = {"obl", "obl:arg", "obl:mod", "iobj", "dative", "prep", "pobj"}
ADDRESSEE_CASES = {"à", "au", "aux", "to"}
# "à l'intention de X", "à l'adresse de X", "à l'attention de X": a locution whose complement is the addressee
TOWARD_NOUNS = {"intention", "adresse", "attention"}


def addressee_of(verb: Token, lex: SpeechLexicon | None = None) -> Token | None:
    """Who the words are addressed to: "a déclaré à X", "said to X"; and the direct object of a
    verb whose lexicon frames say it names the addressee ("told reporters", "a averti Moscou que")."""
    # "a lancé le secrétaire au Trésor X": a complement right after an inverted subject is its portfolio
    inverted = [s.right_edge.i for s in verb.children if s.dep_ in SUBJECT_DEPS | {"obj"} and s.i > verb.i]
    place_named: Token | None = None  # "a indiqué à Macron": the NER may tag a surname as a place
    for c in verb.children:
        if c.dep_ in {"iobj", "expl:comp"} and c.lower_ in {"lui", "leur"} and c.i < verb.i:
            return c  # "M. Burkhalter lui a dit que": the clitic stands for the one spoken to
        if c.dep_ in ADDRESSEE_DEPS and c.pos_ in {"PROPN", "NOUN", "PRON"} and not (c.left_edge.i - 1 in inverted and c.text.istitle()):
            cases = {g.lower_ for g in c.children if g.dep_ == "case"}
            if cases & ADDRESSEE_CASES and c.lower_ in TOWARD_NOUNS:  # "à l'intention de M. Reynders"
                return next((g for g in c.children if g.dep_ == "nmod" and g.pos_ in {"PROPN", "NOUN"}), None)
            if cases & ADDRESSEE_CASES and c.ent_type_ not in {"LOC", "GPE"} and c.lower_ not in locution_nouns(verb.doc.lang_) \
                    and c.lemma_.lower() not in speech_lexicon(verb.doc.lang_ or "fr").document_nouns:
                return c  # ("réagissant à l'annonce de …", "en réponse à": what is answered, not who)
            if cases & ADDRESSEE_CASES and c.ent_type_ in {"LOC", "GPE"} and c.i > verb.i and place_named is None:
                place_named = c
        if c.dep_ == "prep" and c.lower_ in ADDRESSEE_CASES:  # English: the preposition heads its object
            objects = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in {"PROPN", "NOUN", "PRON"}]
            if objects and objects[0].ent_type_ not in {"LOC", "GPE"}:
                return objects[0]
    for c in verb.children:  # "a lancé le chef de l'État en s'adressant à l'ambassadeur de France"
        # (or fronted: "S'adressant aux habitants de la région, M. Abadi a lancé")
        if (c.dep_ in {"advcl", "xcomp", "conj"} and c.i > verb.i or c.dep_ == "advcl") and c.lemma_.lower() in {"adresser", "address"}:
            return addressee_of(c, None) or next((g for g in c.children if g.dep_ in {"obj", "dobj"}), None)
        # a participle of talking: "Speaking earlier with Israeli President Isaac Herzog, Blinken said …"
        if c.dep_ == "advcl" and c.lemma_.lower() in conversation_words(verb.doc.lang_ or "fr", "verb") and c.tag_ in {"VBG", "VERB"} \
                and (found := addressee_of(c, None) or _partner(c)) is not None:
            return found
    glued = _addressee_after_name(verb) or _one_met(verb) or _conversation_partner(verb)
    if glued is not None:
        return glued
    if place_named is not None:
        return place_named  # the resolver keeps it only when it names a person (SpeakerResolver.addressee)
    entry = lex.verb(verb.lemma_) if lex is not None else None
    if entry is not None and "addr" in entry.frames:
        for c in verb.children:
            if c.dep_ in {"obj", "dobj"} and c.pos_ in {"PROPN", "NOUN", "PRON"} and c.i > verb.i:
                return c
    return None


def _addressee_after_name(verb: Token) -> Token | None:
    """"a dit le président ivoirien, Alassane Ouattara à la presse": the parser hangs the "à"
    phrase on the speaker's name; a person's name takes no "à" complement but a place."""
    speakers = [c for c in verb.children if c.i > verb.i]
    # ("a déclaré le commandant des forces armées, Williams Kaliman, aux journalistes": on the apposed name)
    speakers += [a for c in speakers if c.pos_ == "NOUN" for a in c.children if a.dep_ == "appos" and a.pos_ == "PROPN"]
    for c in speakers:
        named = c.pos_ == "PROPN" and c.ent_type_ == "PER"
        # ("a indiqué Ali Asgar Soltanieh, l'envoyé iranien …, à l'agence Fars": the title is left as "dep")
        if not (named or c.pos_ == "NOUN" and c.dep_ in SUBJECT_DEPS | {"obj", "dep", "appos"}):
            continue
        for g in c.children:
            cases = {x.lower_ for x in g.children if x.dep_ == "case"}
            if named and g.dep_ == "nmod" and g.pos_ in {"NOUN", "PROPN"} and cases & ADDRESSEE_CASES \
                    and g.ent_type_ not in {"LOC", "GPE"} and g.lower_ not in locution_nouns(verb.doc.lang_) \
                    or addressed_medium(g):
                # ("a déclaré son avocat belge à la télévision flamande": after a title, only a
                # medium is addressed — "le ministre aux Affaires étrangères" names a portfolio)
                return g
    return None


def _one_met(verb: Token) -> Token | None:
    """"Wu Daiwei met with the Japanese ambassador … and offered an apology, stating that …": words
    said in a clause joined to a meeting are addressed to the one met (up to two clause links up)."""
    node = verb
    for _ in range(2):
        if node.dep_ not in {"advcl", "conj", "xcomp"} or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in meeting_verbs(verb.doc.lang_ or "fr"):
            for c in node.children:
                if c.dep_ in {"obj", "dobj"} and c.pos_ in {"PROPN", "NOUN"}:
                    return c
                if c.dep_ == "prep" and c.lower_ == "with":
                    return next((g for g in c.children if g.dep_ == "pobj"), None)
                if c.dep_.startswith("obl") and any(g.dep_ == "case" and g.lower_ == "avec" for g in c.children):
                    return c
            return None
    return None


# the words that set a statement inside a conversation: "dans la conversation", "pendant l'appel",
# "during the call"; "au cours de" and "lors de" hang the noun on "cours"/"lors"
DURING_CASES = {"dans", "pendant", "durant", "during", "in"}
DURING_HEADS = {"cours", "lors"}


def _conversation_partner(verb: Token) -> Token | None:
    """"Au cours de son échange téléphonique, le roi du Maroc a précisé que …": words said during a
    conversation are addressed to the one it was with — named in the phrase ("lors d'un entretien
    avec Antonio Guterres") or, for the conversation told before, in the last one the article named."""
    nouns = conversation_words(verb.doc.lang_ or "fr", "noun")
    occasion: Token | None = None
    for c in verb.children:
        if c.lemma_.lower() in nouns and any(g.dep_ in {"case", "prep"} and g.lower_ in DURING_CASES for g in c.children):
            occasion = c
        elif c.lower_ in DURING_HEADS:
            occasion = next((g for g in c.children if g.lemma_.lower() in nouns), None)
        elif c.dep_ == "prep" and c.lower_ in DURING_CASES:  # English: the preposition heads its object
            occasion = next((g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in nouns), None)
        if occasion is not None:
            break
    if occasion is None:
        return None
    partner = _partner(occasion)
    if partner is not None or not any(d.dep_ in {"det", "poss", "nmod:poss"} and d.lower_ not in {"un", "une", "a", "an"}
                                      for d in occasion.children):
        return partner
    talks = nouns | meeting_verbs(verb.doc.lang_ or "fr")
    earlier = [t for t in verb.doc[:occasion.i] if t.lemma_.lower() in talks and _partner(t) is not None]
    return _partner(earlier[-1]) if earlier else None


def _partner(talk: Token) -> Token | None:
    """The "avec"/"with" complement of a conversation noun or meeting verb; of the verb that has the
    noun as object ("a eu un entretien téléphonique avec X": the parser hangs "avec" on "eu")."""
    holders = [talk] + ([talk.head] if talk.dep_ in {"obj", "dobj"} and talk.head.pos_ in {"VERB", "AUX"} else [])
    for c in (c for h in holders for c in h.children):
        if c.dep_ == "prep" and c.lower_ == "with":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
        if c.pos_ in {"NOUN", "PROPN"} and any(g.dep_ == "case" and g.lower_ == "avec" for g in c.children):
            # a person's name the parser hung on the conversation itself names the partner ("avec le
            # secrétaire général des Nations unies Antonio Guterres": "Antonio" apposed to "entretien")
            named = next((a for a in talk.children if a.dep_ == "appos" and a.ent_type_ == "PER" and a.i > c.i), None)
            return named or c
    return None


def can_be_addressed(token: Token, speaker_noun: bool, names_an_actor: bool) -> bool:
    """Only someone can be spoken to: "à chaque fois", "à une désescalade" are no addressees. A
    French "à" phrase can be many things, so it must be a name, an acronym, a noun of a speaker, a
    body or a medium, or hold an actor's mention; "told the crowd" is always someone."""
    if not any(c.dep_ == "case" and c.lower_ in ADDRESSEE_CASES - {"to"} for c in token.children):
        return True
    return token.pos_ == "PROPN" or token.ent_type_ in {"ORG", "PER"} or token.text[:1].isupper() or speaker_noun \
        or names_an_actor or token.lemma_.lower() in medium_nouns(token.doc.lang_ or "fr")

"""Which trigger a token is: its lemma and POS looked up in the language's trigger lexicon,
with the dependent a line requires, and repairs for the French model's lemma slips."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from foedus.events.arrivals import arriving_force
from foedus.events.english import english_dependent, own_act_complement
from foedus.events.frames import REFLEXIVE
from foedus.events.lexicon import Trigger, classifier_phrases, fixed_expressions, trigger_lexicon
from foedus.events.phrases import OCCASION_WORDS
from foedus.language.syntax import infinitive_guesses, lower_words


# clausal dependents: their words belong to another act
CLAUSE_DEPS = {"ccomp", "advcl", "conj", "parataxis", "relcl", "acl:relcl", "csubj"}


def _occasion(child: Token) -> bool:
    """A phrase of time is no light-verb noun: "Après d'intenses négociations, ils ont accepté …"."""
    return any(g.dep_ == "case" and g.lower_ in OCCASION_WORDS for g in child.children)


def _has_dependent(tok: Token, lemma: str) -> bool:
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"} and tok.lang_ == "en":
            if lemma == "to" and english_dependent(child, lemma):
                return True  # "have sworn to fight", the infinitive labelled advcl
            continue  # "claimed that ISIL had attacked Iraq": a verb in a clause is no light-verb noun
        if child.dep_ == "aux" and tok.lang_ == "en":
            continue  # the verb's own infinitive marker: "tried to hack into" is no "hacked to death"
        if (child.lemma_.lower() == lemma or child.lower_ == lemma) and not _occasion(child):
            return True
        if lemma in REFLEXIVE and child.lower_ in REFLEXIVE:
            return True
        if any(g.lower_ == lemma and g.dep_ in {"case", "mark"} for g in child.children):
            return True
        if child.dep_ in {"obj", "dobj"} and any(g.lemma_.lower() == lemma and any(c.lower_ in {"en", "à", "de"} for c in g.children)
                                                  for g in child.children):
            # "pris 52 diplomates en otages", "condamné l'ancien ministre à deux ans", "menaçant le régime
            # de sanctions": the phrase hangs on the object
            return True
        if english_dependent(child, lemma):
            return True  # "spoke by phone", "held a new round of talks"
    if tok.pos_ == "NOUN" and tok.dep_ in {"obj", "dobj"}:
        # "mettre fin aux hostilités": the parser may hang the noun's complement on the light verb
        return any(s.i > tok.i and s.dep_.startswith("obl") and s.lemma_.lower() == lemma for s in tok.head.children)
    return False


def match_trigger(tok: Token, lang: str) -> Trigger | None:
    trig = _lexicon_reading(tok, lang)  # a dict look-up first: most tokens trigger nothing
    if trig is None or _opens_fixed_expression(tok, lang) or _inside_classifier(tok, lang):
        return None  # "la prise de décision": no capture; "des navires de guerre": no war
    return trig


def _lexicon_reading(tok: Token, lang: str) -> Trigger | None:
    pos = "VERB" if tok.pos_ in {"VERB", "AUX"} else tok.pos_
    # a guessed verb reading comes first: a noun with a subject is a misparsed verb
    readings = [(lemma, "VERB") for lemma in infinitive_guesses(tok, lang)] + [(tok.lemma_.lower(), pos)]
    if pos == "VERB" and any(c.dep_ == "cop" for c in tok.children):
        # a "verb" with a copula is a misparsed predicate ("« Le régime est hypocrite »")
        readings += [(tok.lemma_.lower(), "ADJ"), (tok.lemma_.lower(), "NOUN")]
    for reading in readings:
        for trig in trigger_lexicon(lang).get(reading, ()):
            if trig.with_lemma and trig.code[:2] == "02" and own_act_complement(tok, trig.with_lemma):
                continue  # "wants to help Israel": an intent (the bare line), not an appeal for help
            if not trig.with_lemma or _has_dependent(tok, trig.with_lemma) or arriving_force(tok, trig.with_lemma):
                return trig  # (a force's noun in the subject of a verb of arrival: events/arrivals.py)
    return None


@lru_cache(maxsize=None)
def reporting_lemmas(lang: str) -> frozenset[str]:
    """The language's reporting verbs (quotes/data/speech_verbs_<lang>.tsv)."""
    from foedus.quotes.lexicon import speech_lexicon

    try:
        return frozenset(speech_lexicon(lang).verbs)
    except FileNotFoundError:
        return frozenset()


def addresses_an_audience(trig: Trigger) -> bool:
    """A statement trigger whose target is the audience it is made before (slot `nmod:devant`)."""
    return any(slot.endswith(":devant") for slot in trig.target_slots)


def _inside_classifier(tok: Token, lang: str) -> bool:
    places = _classifier_places(lang).get(tok.lower_)
    if places is None:  # tested on every token: one dict look-up first
        return False
    words = lower_words(tok.doc)
    for phrase, k in places:
        if tok.i - k >= 0 and tuple(words[tok.i - k:tok.i - k + len(phrase)]) == phrase:
            return True
    return False


@lru_cache(maxsize=8)
def _classifier_places(lang: str) -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Each word that stands after the first place of a classifier phrase → (phrase, its index)."""
    places: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase in classifier_phrases(lang):
        for k in range(1, len(phrase)):
            places.setdefault(phrase[k], []).append((phrase, k))
    return {word: tuple(found) for word, found in places.items()}


def _opens_fixed_expression(tok: Token, lang: str) -> bool:
    if tok.lower_ not in _first_words(lang):  # tested on every token: a set look-up first
        return False
    phrases = fixed_expressions(lang)
    following = "".join(t.text_with_ws for t in tok.doc[tok.i:tok.i + 6]).lower()
    return any(following.startswith(p) for p in phrases)


@lru_cache(maxsize=8)
def _first_words(lang: str) -> frozenset[str]:
    return frozenset(p.split()[0].split("-")[0] for p in fixed_expressions(lang))  # "decision-making": "decision" + "-" + …

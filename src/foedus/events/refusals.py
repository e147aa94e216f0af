"""A negated acceptance is a refusal (CAMEO 12): "Syria will not accept more refugees", "the rebels
did not agree to the plan", "le gouvernement n'acceptait pas le plan". Other negated acts are not done and stay uncoded; for the verbs of the
`refused_when_negated` class (data/verb_classes.tsv) the coder reads the verb as the language's bare
`refuse` line of the trigger lexicon (same slots: the subject refuses, the object is refused). An
agreement not reached or signed (a trigger coded 057, "failed to reach agreement", "did not sign the
accord") is likewise a refusal: PETRARCH2's FAIL block codes a bare failure 120."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.lexicon import Trigger, trigger_lexicon, verb_class
from foedus.events.modality import is_negated

REFUSE_LEMMA = {"en": "refuse", "fr": "refuser"}
AGREEMENT_CODES = {"057"}  # sign formal agreement


def negated_reading(tok: Token, lang: str, own: Trigger | None) -> Trigger | None:
    """The trigger a token stands for once negation is read: its own when not negated, the refusal
    reading when negated (None: the negated act is dropped). Tokens with neither a trigger nor a verb
    of acceptance are not checked for negation (this runs on every token)."""
    could_refuse = lang in REFUSE_LEMMA and tok.pos_ == "VERB" and tok.lemma_.lower() in verb_class("refused_when_negated")
    if own is None and not could_refuse:
        return None
    if own is not None and ruled_in(tok):
        return own  # "n'a pas exclu le dialogue": not ruled out, an intent (coded so by the coder)
    return refusal_reading(tok, lang, own) if is_negated(tok) else own


def ruled_in(tok: Token) -> bool:
    """The object of a negated verb of ruling out (litotes): "n'a pas exclu le dialogue avec X"."""
    return tok.dep_ in {"obj", "dobj"} and tok.head.lemma_.lower() in verb_class("ruled_in_when_negated") \
        and is_negated(tok.head)


def refusal_reading(tok: Token, lang: str, own: Trigger | None = None) -> Trigger | None:
    """The `refuse` trigger for a negated verb of acceptance or agreement (`own`: the verb's own
    trigger), else None (the negated act is dropped)."""
    lemma = REFUSE_LEMMA.get(lang)
    agreement = own is not None and own.code in AGREEMENT_CODES
    if lemma is None or tok.pos_ != "VERB" or not (agreement or tok.lemma_.lower() in verb_class("refused_when_negated")):
        return None
    return next((t for t in trigger_lexicon(lang).get((lemma, "VERB"), ()) if not t.with_lemma), None)

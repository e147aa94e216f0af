"""Targets named inside a quotation: the party a quoted verdict condemns ("« C'est inacceptable
quand HP… »", "« l'imprudence d'Israël »") and the party a criticism verb's quote names when the
verb is the quote's incise ("« Le gouvernement ment aux Français », a dénoncé X")."""

from __future__ import annotations

from spacy.tokens import Token

from foedus.events.arguments import ActorReader
from foedus.events.lexicon import Trigger, verb_class
from foedus.events.matching import match_trigger
from foedus.records import Quote
from foedus.language.syntax import doc_text

# nouns of condemnation ("mensonge", "provocation"): in a quote, aimed at the party the quote names
VERDICT_NOUNS = verb_class("verdict_noun")

# what may stand between a quote's closing mark and its incise verb ("», a dénoncé"), or between
# the verb and the opening mark ("a dénoncé : «")
INCISE_GAP = 16


def quoted_party(reader: ActorReader, tok: Token, quote: Quote, sources: list[str]) -> list[str]:
    """The one actor a quoted verdict's sentence names inside the quote, other than the speaker."""
    sent = tok.sent
    codes = {m.code for m in reader.mentions if m.code and quote.start <= m.start < quote.end
             and sent.start_char <= m.start < sent.end_char}
    # "« La décision de Moscou est inacceptable »": a capital after "de" is no mention, but names its government
    codes |= {arg.codes[0] for t in sent if quote.start <= t.idx < quote.end and reader.mention_for(t) is None
              and (arg := reader.capital_government(t)) is not None}
    # an agent noun the actor layer left unread on a broken parse ("« Le gouvernement ment »")
    codes |= {arg.codes[0] for t in sent if quote.start <= t.idx < quote.end and t.pos_ == "NOUN"
              and reader.mention_for(t) is None and (arg := reader.read(t)) is not None and arg.codes}
    # the speaker's own side is no target; another sector of the same country is ("« Le gouvernement
    # ment », a dénoncé le chef de l'opposition")
    codes = {c for c in codes if not any(c == s or (c[:3] == s[:3] and min(len(c), len(s)) == 3) for s in sources)}
    if len(codes) > 1:  # "« Le gouvernement trompe les électeurs »": the people wronged are not the culprit
        codes = {c for c in codes if not c.endswith("CVL")}
    return list(codes) if len(codes) == 1 else []


def incise_quote(tok: Token, quotes: list[Quote]) -> Quote | None:
    """The direct quote a verb with no object of its own closes ("«…», a dénoncé X") or opens
    ("X a dénoncé : «…»"): the verb is that quote's cue."""
    if any(c.dep_ in {"obj", "dobj", "obl:arg"} and not c.is_punct for c in tok.children):
        return None
    text = doc_text(tok.doc)
    for quote in quotes:
        if quote.kind != "direct" or not quote.speech:
            continue
        closes_before = quote.end <= tok.idx and tok.idx - quote.end <= INCISE_GAP and "." not in text[quote.end:tok.idx]
        opens_after = tok.idx < quote.start and quote.start - tok.idx <= INCISE_GAP and ":" in text[tok.idx:quote.start]
        if closes_before or opens_after:
            return quote
    return None


def is_verdict(tok: Token, trig: Trigger) -> bool:
    """A word of condemnation (an adjective or a verdict noun of root 11): its judge is whoever
    speaks it, the judged is the party its phrase or its quote names."""
    return trig.code[:2] == "11" and (tok.pos_ == "ADJ" or tok.lemma_.lower() in VERDICT_NOUNS)


def judged_by_verb(tok: Token, lang: str) -> bool:
    """An adjective qualifying the object of a verb of condemnation ("condamne ces sanctions
    illégales"): the verb's act says it all, the adjective is no second verdict."""
    if tok.pos_ != "ADJ":
        return False
    noun = tok
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "amod":
        return False
    noun = noun.head
    verb = noun.head if noun.dep_ in {"obj", "dobj"} else None
    trig = match_trigger(verb, lang) if verb is not None else None
    return trig is not None and trig.code[:2] in {"11", "12"}

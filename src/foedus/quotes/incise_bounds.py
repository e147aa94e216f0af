"""Where an incise stands against the quotes around it: after a direct quote's closing mark (past
an editor's note in brackets), or in the middle of a statement that goes on after it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from foedus.quotes.clause_text import QUE
from foedus.time.lexicon import is_day_word

CLOSING_MARKS = {"»", "”", "›", '"'}
INVERTED_CLITICS = {"-t", "-il", "-elle", "-ils", "-elles", "-on", "t", "-t-il", "-t-elle"}


def inside(spans: list[tuple[int, int]], char: int) -> bool:
    return any(s <= char < e for s, e in spans)


def statement_goes_on(doc: Doc, verb: Token, sent: Span) -> bool:
    """The incise is set in mid-sentence: after the verb and its clitic subject, a comma and more words."""
    after = verb.i + 1
    while after < sent.end and doc[after].lower_ in INVERTED_CLITICS:
        after += 1
    return after + 1 < sent.end and doc[after].text == "," and any(t.is_alpha for t in doc[after + 1:sent.end])


def before_parenthesis(doc: Doc, i: int) -> int:
    """The token before the parenthesis that token i closes (an editor's note after a quote), else i."""
    if i <= 0 or doc[i].text != ")":
        return i
    return next((t.i - 1 for t in reversed(doc[max(0, i - 30):i]) if t.text == "("), i)


def closes_direct_quote(doc: Doc, i: int, direct_spans: list[tuple[int, int]]) -> bool:
    """Token i is the closing mark of a direct quote: an incise after it ("« … », a dit X à la
    presse") is that quote's, not one set in the middle of a statement."""
    i = before_parenthesis(doc, i)  # "« … » (ndlr …), a déclaré X"
    return i > 0 and doc[i].text in CLOSING_MARKS and inside(direct_spans, doc[i - 1].idx)


def new_clause_after(doc: Doc, close_tok: int, verb: Token, subject: Token | None) -> bool:
    """After the closing mark, a subject before its verb opens a clause of its own, not an incise:
    "« nid d'espions », les manifestants ont scandé des slogans" (a noun object), "«…», le Premier
    ministre a déclaré que …" (a que-clause; the parser may have lost that subject). An infinitive
    with no finite verb before it is a complement, no incise ("«…» à faire valoir")."""
    if "Inf" in verb.morph.get("VerbForm") and not any("Fin" in t.morph.get("VerbForm") for t in doc[close_tok + 1:verb.i]):
        return True
    if subject is not None and close_tok < subject.i < verb.i and any(
            c.dep_ in {"obj", "dobj"} and c.pos_ == "NOUN" and not is_day_word(c.text, doc.lang_) for c in verb.children):
        return True
    que_next = verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in QUE
    opening = doc[close_tok + 2] if close_tok + 2 < verb.i and doc[close_tok + 1].text == "," else None
    return que_next and opening is not None and opening.pos_ in {"DET", "PROPN"}

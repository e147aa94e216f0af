"""Sentence-boundary hints set before the parser (the parser keeps preset boundaries).

News bodies put titles and paragraphs on their own lines, and the statistical parser often
runs them together; it also splits after an opening « or before a comma. These errors break
quote attribution, so paragraph starts are forced boundaries, a quotation mark never starts or
ends a sentence on its own, and a comma or a lower-case word after a word never starts one.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

OPENING_MARKS = {"«", "“", "‹", "„"}
DATELINE_DASHES = {"—", "–", "-", "--"}
MAX_DATELINE_TOKENS = 14  # "NEW YORK, United States (Reuters) —", "SEOUL, South Korea, Aug. 22 (UPI) --"
CLOSING_MARKS = {"»", "”", "›"}
DATELINE_PUNCT = {",", "(", ")", ".", "/"}
CONTINUING_PUNCT = {",", ";", ")", "]"}
# a run this long with no stop is no sentence (a list, a table, a hostile input): the parser cuts it
MAX_UNSTOPPED_RUN = 150
# what a sentence may end with (then the next token may start one): stops, marks, brackets, dashes,
# bullets; not a word, a number, a comma or an opening bracket
SENTENCE_ENDINGS = {".", "!", "?", "…", "...", ":", ";", "»", "”", '"', "'", ")", "]", "-", "–", "—", "--", "*", "•", "|",
                    "/"}


@Language.component("foedus_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    run = 0  # tokens since the last place a sentence could end
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        ends = _may_end(prev)
        run = 0 if ends or "\n" in prev.whitespace_ else run + 1
        if tok.is_space:
            tok.is_sent_start = False
        elif "\n" in prev.text or ("\n" in prev.whitespace_) or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
        elif prev.text in OPENING_MARKS or (prev.text == '"' and not prev.whitespace_ and _opens(doc, i - 1)) \
                or tok.text in CLOSING_MARKS or tok.text in CONTINUING_PUNCT \
                or (tok.is_lower and tok.is_alpha and (prev.is_alpha or prev.text == ",")) \
                or (not ends and run < MAX_UNSTOPPED_RUN):
            # "…, une attaque repoussée par la Misca, | a appris l'AFP": a comma or a lower-case
            # word after a word goes on with the sentence (the parser sometimes cuts there); so does
            # anything after a word or number with no full stop, mark or line break ("Bassirou
            # Diomaye | Faye se sont rencontrés", "son avion Air | Force One", "Conakry | .")
            tok.is_sent_start = False
    for start in [0, *(t.i + 1 for t in doc if "\n" in t.text or "\n" in t.whitespace_)]:
        after = _dateline_end(doc, start)
        if after is not None:
            doc[after].is_sent_start = True
            doc[after - 1].is_sent_start = False  # (the dash ends the dateline: no sentence of its own)
    return doc


def _opens(doc: Doc, i: int) -> bool:
    """A straight quotation mark glued to the word after it opens a quote ('"Côté russe, …'): it
    stands at the start of a line or after a space, so it cannot close one."""
    return i == 0 or bool(doc[i - 1].whitespace_) or doc[i - 1].is_space or "\n" in doc[i - 1].text


def _may_end(tok) -> bool:
    """A token a sentence may end with: a full stop, a mark, a bracket or a dash, or an abbreviation
    written with its dot ("M.", "J.-C."); a prefix cut from its word ("an anti- Gondor parade") is
    left to the parser (the PETRARCH coder glues such cuts back, and its suite is written so)."""
    return tok.text in SENTENCE_ENDINGS or tok.text.endswith((".", "-")) or tok.is_space


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a dateline that opens a paragraph ("BAMAKO, Mali (AP) –", "MOSCOW (Reuters) -"):
    the parser otherwise takes the place for the subject of the report's first sentence."""
    if start >= len(doc) or not (doc[start].is_alpha and len(doc[start]) >= 3 and (doc[start].is_upper or doc[start].is_title)):
        return None
    agency = False  # a place in title case opens a dateline only with its agency: "Bamako (AFP) -"
    for tok in doc[start + 1:start + MAX_DATELINE_TOKENS]:
        agency = agency or tok.text == ")"
        if tok.text in DATELINE_DASHES:
            if not (doc[start].is_upper or agency):
                return None
            return tok.i + 1 if tok.i + 1 < len(doc) and not doc[tok.i + 1].is_space else None
        if not (tok.is_title or tok.is_upper or tok.like_num or tok.text in DATELINE_PUNCT or _date_word(tok)):
            return None  # ("BEIJING, June 28 (Xinhua) --", "EREVAN/BAKOU, 18 octobre (Reuters) -")
    return None


def _date_word(tok) -> bool:
    """A lower-case word of a dateline's date: French months follow the day ("18 octobre"), an
    article may precede it ("(IVOIREBUSINESS) le 21 mars 2013 -")."""
    doc = tok.doc
    if not (tok.is_lower and tok.is_alpha and len(tok) <= 9):
        return False
    return (tok.i > 0 and doc[tok.i - 1].like_num) or (tok.i + 1 < len(doc) and doc[tok.i + 1].like_num)


def add_segmenter(nlp: Language) -> None:
    if "foedus_paragraphs" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        if before:
            nlp.add_pipe("foedus_paragraphs", before=before)
        else:
            nlp.add_pipe("foedus_paragraphs", first=True)

"""Subject pronouns that speak ("«…», a-t-il ajouté", "Il a indiqué que …"): the same pronoun
before that they continue, the parties of the words an incise reports and of a question asked
before, which they do not stand for, and the person named after a pronoun that opens an excerpt.
Pure functions over a parsed ``Doc``; the speaker resolver uses them to pick a pronoun's candidates."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from foedus.language.syntax import sentence_index, verb_group_start
from foedus.actors.pronouns import pronoun_features
from foedus.quotes.coreference import person_gender
from foedus.quotes.cues import has_frame
from foedus.quotes.lexicon import SpeechLexicon
from foedus.records import Mention


def previous_subject_pronoun(pronoun: Token, quoted: Callable[[int], bool]) -> Token | None:
    """The same subject pronoun ("il", "-t-il", "elle") earlier in this sentence or the one before,
    outside quotation marks: "Il a aussi décidé de démettre X. Il se chargera …, a-t-il annoncé" — the
    later one continues the earlier, whoever was named between."""
    form = pronoun.lower_.lstrip("-")
    if form not in {"il", "elle", "ils", "elles"} or not (pronoun.text.startswith("-") or pronoun.dep_.startswith("nsubj")):
        return None
    doc = pronoun.doc
    start = pronoun.sent.start
    start = doc[start - 1].sent.start if start > 0 else start
    for _ in range(2):  # the words quoted before the incise, parsed as sentences of their own, are no narrative
        words = [t for t in doc[start].sent if not t.is_punct and not t.is_space]
        if start == 0 or not all(quoted(t.idx) for t in words):
            break  # (a sentence with an incise of its own — "«…», a déclaré Y." — is narrative)
        start = doc[start - 1].sent.start
    return next((t for t in reversed(doc[start:pronoun.i]) if t.lower_.lstrip("-") == form and not quoted(t.idx)
                 and (t.text.startswith("-") or t.dep_.startswith("nsubj"))), None)


def outside_reported_clause(pronoun: Token, candidates: list[Mention], speaks: Callable[[Token], bool]) -> list[Mention]:
    """"Le Conseil doit désormais statuer …, a-t-il insisté": an inverted pronoun after the words it
    reports does not stand for a party named in those words; the speaker was named before (kept
    when nobody else is a candidate). The subject of a verb of saying there is narrative, not
    reported ("le président Saied a annoncé «le gel», «…», a-t-il déclaré")."""
    verb = pronoun.head
    if verb.lower_ in {"-t", "t"} and verb.head.i != verb.i:
        verb = verb.head  # "a-t-elle souligné" parsed "-elle" ← "-t" ← verb
    trailing = trailing_source_phrase(pronoun)
    if trailing is not None:  # "C'est pourquoi le Conseil fédéral adopte une position claire, selon lui"
        lo, hi = pronoun.sent.start_char, trailing.idx
        return [m for m in candidates if not lo <= m.start < hi] or candidates
    if not (pronoun.text.startswith("-") or pronoun.i > verb.i) or verb.pos_ not in {"VERB", "AUX"}:
        return candidates
    first = verb_group_start(verb)
    doc, after = pronoun.doc, max(verb.i, pronoun.i) + 1
    if first == 0 or doc[first - 1].text != "," or after + 1 < len(doc) and doc[after].text == "," \
            and doc[after + 1].pos_ not in {"VERB", "AUX"}:
        return candidates  # ("X a annoncé la rupture, en raison, dit-il, d'actions …": a mid-clause incise)
    # (the parser may start a sentence at the closing quotation mark before the incise)
    lo, hi = doc[max(first - 3, 0)].sent.start_char, doc[first - 1].idx
    outside = [m for m in candidates if not lo <= m.start < hi or m.head is not None and _says(doc[m.head], speaks)]
    return outside or candidates


SOURCE_CASES = {"selon", "d'après", "d’après", "according"}


def trailing_source_phrase(pronoun: Token) -> Token | None:
    """The "selon" of a "selon lui" that closes the statement it attributes ("…, selon lui",
    "…, according to her"): its first word, after some words of its sentence. None otherwise."""
    case = next((c for c in pronoun.children if c.dep_ == "case" and c.lower_ in SOURCE_CASES), None)
    if case is None and pronoun.head.lower_ == "to" and pronoun.head.head.lower_ == "according":
        case = pronoun.head.head  # English: according → to → him
    if case is None or case.i - pronoun.sent.start < 3 or pronoun.doc[case.i - 1].text not in {",", "("}:
        return None
    return case


def _says(tok: Token, speaks: Callable[[Token], bool]) -> bool:
    named = _phrase_head(tok)
    return named.dep_ == "nsubj" and speaks(named.head)  # (active: "a été condamné" says nothing)


def cataphoric_person(pronoun: Token, persons: list[Mention], gender: str | None, sentences_ahead: int = 3) -> Mention | None:
    """"Mardi matin, il a eu un entretien … M. Legault avait demandé …": a subject pronoun before its
    verb with nobody named before it (an excerpt opening after its byline) stands for the first person
    of its gender the next sentences make a clause's subject (not an incise's clitic: "…, a-t-il
    déclaré … avec le président lituanien X" is no sign that X spoke)."""
    if pronoun.text.startswith("-") or pronoun.i > pronoun.head.i or any(m.start < pronoun.idx for m in persons):
        return None
    persons = [m for m in persons if m.head is not None and _subject(pronoun.doc[m.head])]
    here = sentence_index(pronoun.doc, pronoun.i)
    ahead = sorted((m for m in persons if m.start > pronoun.idx and m.sentence - here <= sentences_ahead
                    and (gender is None or m.gender in (None, gender))), key=lambda m: m.start)
    return ahead[0] if ahead else None


def not_asked_about(pronoun: Token, candidates: list[Mention]) -> list[Mention]:
    """"Le gouvernement Trudeau a-t-il la légitimité … ? « … », a-t-il répondu": the party a
    question asks about is not the one answering (kept when nobody else is a candidate)."""
    if not pronoun.text.startswith("-"):
        return candidates
    def asked(m: Mention) -> bool:
        span = pronoun.doc.char_span(m.start, m.end, alignment_mode="expand") if m.start < pronoun.idx else None
        return span is not None and span.sent.text.rstrip().endswith("?")

    kept = [m for m in candidates if not asked(m)]
    return kept or candidates


def _question_before(pronoun: Token, lex: SpeechLexicon) -> tuple[set[int], set[int]]:
    """When the pronoun's verb answers (lexicon frame "answers"), the tokens of those asked ("à
    Mme Joly") and of those asking by a verb with the frame "asks" in this sentence, before the
    pronoun, and the one before; two empty sets otherwise."""
    verb = pronoun.head
    if verb.lower_ in {"-t", "t"} and verb.head.i != verb.i:
        verb = verb.head
    if not has_frame(verb, lex, "answers"):
        return set(), set()
    doc = pronoun.doc
    start = doc[pronoun.sent.start - 1].sent.start if pronoun.sent.start > 0 else pronoun.sent.start
    asking = [v for v in doc[start:pronoun.i] if v.pos_ in {"VERB", "AUX"} and has_frame(v, lex, "asks")]
    asked = {c.i for v in asking for s in v.children if s.dep_ in {"obl", "obl:arg", "iobj", "obj"}
             and any(k.lower_ in {"à", "au", "aux"} for k in s.children) for c in s.subtree}
    askers = {c.i for v in asking for s in v.children if s.dep_ in {"nsubj", "nsubj:pass"} for c in s.subtree}
    return asked, askers


def the_one_asked(pronoun: Token, candidates: list[Mention], lex: SpeechLexicon) -> list[Mention]:
    """"Lorsque la presse a demandé à Mme Joly si Ottawa …, elle a répondu que …": the one asked
    answers (even named in a fronted clause), not the asker nor anyone the question names."""
    return [m for m in candidates if m.head in _question_before(pronoun, lex)[0]]


def not_the_asker(pronoun: Token, candidates: list[Mention], lex: SpeechLexicon) -> list[Mention]:
    """The one who answers is not the one who asked (kept when nobody else is a candidate)."""
    askers = _question_before(pronoun, lex)[1]
    return [m for m in candidates if m.head not in askers] or candidates


def _subject(tok: Token) -> bool:
    """The token heads a clause subject, or is the name part of one ("M. Legault avait demandé")."""
    return _phrase_head(tok).dep_ in {"nsubj", "nsubj:pass"}


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a name part belongs to ("Legault" of "M. Legault")."""
    return tok.head if tok.dep_ in {"flat:name", "flat", "appos"} else tok


def may_stand_for(pronoun: Token, speaker_text: str, speaker_actor_id: str | None, mentions: list[Mention]) -> bool:
    """A subject clitic ("-elle", "il") can stand for the speaker: no known gender of the
    speaker's clashes with the pronoun's ("a-t-elle déclaré" is not the last man quoted)."""
    feats = pronoun_features(pronoun.text)
    if feats is None or feats[0] not in ("m", "f"):
        return True
    genders = {person_gender(m, pronoun.doc) for m in mentions
               if (speaker_actor_id and m.actor_id == speaker_actor_id) or (m.name or m.text) == speaker_text} - {None}
    return not genders or feats[0] in genders

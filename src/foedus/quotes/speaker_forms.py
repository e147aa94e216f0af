"""One unnamed speaker, one written form: ANNOTATION.md writes a speaker "with the fullest name the
article gives", so "un porte-parole de la police" and, later, "le porte-parole de la police
madrilène" are both written the fuller way; "la source militaire" after "une source militaire" is
written as introduced, and "la même source" is the source quoted last."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, TypeVar

from spacy.tokens import Doc, Token

from foedus.actors.acronym_names import spells
from foedus.quotes.coreference import spelt_out_words
from foedus.quotes.speaker_phrases import ARTICLES_BEFORE, article_before, with_written_article
from foedus.quotes.speaker_words import INDEFINITE_ARTICLES
from foedus.records import Mention, Quote
from foedus.language.syntax import doc_text

# a description of one speaker starts with a singular article; plural groups ("des analystes",
# "les analystes du groupe X") may be different people and keep their own words
SINGULAR_ARTICLES = {"le", "la", "l'", "un", "une", "the", "a", "an"}
FUNCTION_WORDS = SINGULAR_ARTICLES | {"de", "du", "des", "d'", "les", "of", "à", "au", "aux", "en"}
SAME_WORDS = {"même", "same"}  # "la même source", "the same source": the one just quoted


def _words(text: str) -> list[str]:
    return re.findall(r"\w[\w-]*'?|'", text.lower().replace("’", "'"))


def _description_key(text: str) -> tuple[str, frozenset[str]] | None:
    """(head word, content words) of a singular description, or None for a name or a group."""
    words = _words(text)
    if len(words) < 2 or words[0] not in SINGULAR_ARTICLES:
        return None
    content = [w for w in words[1:] if w not in FUNCTION_WORDS | SAME_WORDS]
    return (content[0], frozenset(content)) if content else None


def fullest_descriptions(quotes: list[Quote]) -> None:
    """Rewrite each unnamed singular speaker description as the fullest description of the article
    that has the same head and contains all its words."""
    keyed = sorted(((q, _description_key(q.speaker_text)) for q in quotes if q.speaker_text and q.speaker_actor_id is None),
                   key=lambda pair: pair[0].start)
    forms: dict[str, tuple[str, frozenset[str]]] = {}
    for q, key in keyed:  # first-written form first: the one an equal later form is rewritten to
        if key is not None:
            forms.setdefault(q.speaker_text, key)
    last_by_head: dict[str, str] = {}
    for q, key in keyed:
        if key is None:
            continue
        if set(_words(q.speaker_text)) & SAME_WORDS:
            if key[0] in last_by_head:
                q.speaker_text = last_by_head[key[0]]  # "selon la même source sous couvert d'anonymat"
                continue
            previous = _last_speaker_before(quotes, q)
            if previous is not None:  # "«…», a fait savoir le ministre. La même source a annoncé …"
                q.speaker_text, q.speaker_actor_id, q.speaker_code = previous.speaker_text, previous.speaker_actor_id, previous.speaker_code
                continue
        fuller = [text for text, other in forms.items() if other[0] == key[0] and key[1] < other[1]]
        equal = next((text for text, other in forms.items() if other == key), q.speaker_text)
        if fuller:
            q.speaker_text = max(fuller, key=lambda t: (len(forms[t][1]), len(t)))
        elif equal != q.speaker_text and _words(q.speaker_text)[0] not in INDEFINITE_ARTICLES:
            q.speaker_text = equal  # "la source militaire" after "une source militaire"
        last_by_head[key[0]] = q.speaker_text


def _last_speaker_before(quotes: list[Quote], quote: Quote) -> Quote | None:
    """The quote attributed last before this one, to a speaker other than the "same source" itself."""
    before = [o for o in quotes if o.end <= quote.start and o.speaker_text and not set(_words(o.speaker_text)) & SAME_WORDS]
    return max(before, key=lambda o: o.start) if before else None



def named_by_next_incise(quotes: list[Quote], goes_on: Callable[[Quote], bool], introduces: Callable[[Quote], bool],
                         is_person_title: Callable[[str], bool]) -> None:
    """"«…», a dit un porte-parole de la Maison Blanche. «…», a ajouté John Kirby": the unnamed
    person quoted just before is the one named by the next incise when that incise says the speaker
    goes on (`goes_on`: "a ajouté", "poursuit-il"), or when it names someone for the first time with
    no title of their own (`introduces`: "la porte-parole du Premier ministre a déclaré … «…», a
    déclaré Billene Seyoum")."""
    ordered = sorted((q for q in quotes if q.speech and q.speaker_text), key=lambda q: q.start)
    for before, after in zip(ordered, ordered[1:]):
        key = _description_key(before.speaker_text)
        gap = after.sentence - before.sentence
        if before.speaker_actor_id or key is None or not is_person_title(key[0]) or gap > 2 \
                or not _is_full_name(after.speaker_text) or not after.rule.startswith("incise") \
                or not (goes_on(after) or gap <= 1 and introduces(after)):
            continue
        unnamed, sentence = before.speaker_text, before.sentence
        for q in quotes:  # (the clause and the fragments quoted inside it)
            if q.speaker_text == unnamed and q.sentence >= sentence - 1 and q.end <= after.start:
                q.speaker_text, q.speaker_actor_id, q.speaker_code = after.speaker_text, after.speaker_actor_id, after.speaker_code


def _is_full_name(text: str) -> bool:
    """"John Kirby": two or more words, each capitalised (no article, no title)."""
    parts = text.split()
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts)


SpeakerT = TypeVar("SpeakerT")
CONTRACTED_ARTICLES = {"du": "le", "des": "les", "au": "le", "aux": "les"}


def with_contracted_article(speaker: SpeakerT, head: Token) -> SpeakerT:
    """"du ministère de l'Intérieur" names "le ministère de l'Intérieur": the article the
    contracted preposition holds goes back in front of a speaker given as the text's phrase."""
    case = next((g.lower_ for g in head.children if g.dep_ == "case" and g.lower_ in CONTRACTED_ARTICLES), None)
    if speaker is None or case is None or not speaker.text.startswith(head.text):
        return speaker
    return replace(speaker, text=f"{CONTRACTED_ARTICLES[case]} {speaker.text}")


POSSESSIVE_ARTICLES = {"son": "le", "sa": "la", "ses": "les"}  # (French: English news keeps "his spokesman")


def owned_title(phrase: str, possessive: str, owner: str) -> str:
    """"son porte-parole" of Volodymyr Zelensky → "le porte-parole de Volodymyr Zelensky" (ANNOTATION.md
    writes a speaker with the fullest designation the article gives)."""
    article = POSSESSIVE_ARTICLES.get(possessive.lower())
    if article is None:
        return phrase
    rest = phrase[phrase.lower().find(possessive.lower()) + len(possessive):].strip()
    return f"l'{rest} de {owner}" if article != "les" and rest[:1].lower() in "aeiouéèêh" else f"{article} {rest} de {owner}"


def body_name(doc: Doc, m: Mention, mentions: list[Mention]) -> str:
    """A named body by the article's own words, its longest form when the article names it several
    ways ("HRW" → "Human Rights Watch"), an acronym by the words the article spelt it out in ("L'OSDH"
    → "l'Observatoire syrien pour les droits de l'homme"); another way of naming it ("Bruxelles" for
    the Commission) stays as written."""
    forms = [o for o in mentions if o.actor_id == m.actor_id and o.kind == "name"
             and (set(m.text.lower().split()) <= set(o.text.lower().split()) or m.text.isupper() and _spelt_by(o.text, m.text))]
    longest = max(forms, key=lambda o: len(o.text)) if forms else m
    spelt = spelt_out_words(doc, m.head) if longest is m and m.head is not None else None
    if spelt is not None:
        return with_bracketed_acronym(doc_text(doc), spelt.start_char, spelt.end_char, spelt.text)
    return with_bracketed_acronym(doc_text(doc), longest.start, longest.end, with_written_article(doc_text(doc), longest))


def _spelt_by(name: str, acronym: str) -> bool:
    """"Human Rights Watch" spells "HRW"; "la centrale de Montreuil", another name the KB gives
    the CGT, does not (an article's nickname for a body is not its full name)."""
    return spells([re.sub(r"^[ldLD]['’]", "", w) for w in name.split()], acronym)  # ("l'Organisation")


BRACKETED_ACRONYM = re.compile(r"\s*[(\[]\s*([A-ZÀ-Ý][A-Z0-9À-Ý&-]{1,9})\s*[)\]]")


def with_bracketed_acronym(text: str, start: int, end: int, name: str) -> str:
    """"les Forces armées révolutionnaires de Colombie (FARC)": a name the article spells out with its
    acronym in brackets is written whole, article and acronym included — the fullest name the article
    gives, which readers (and annotators) may shorten either way ("les FARC", "l'Union des forces
    démocratiques de Guinée")."""
    acronym = BRACKETED_ACRONYM.match(text, end)
    if acronym is None:
        return name
    written = name[:1].islower() or name.lower().startswith(tuple(a for _, a in ARTICLES_BEFORE))
    article = "" if written else article_before(text, start)  # (unless the name already has it)
    return f"{article}{name} ({acronym.group(1)})"

"""Find and geocode the place mentions of a parsed article.

Mentions come from three places:

* the NER spans labelled LOC/GPE;
* locative phrases — a preposition ("à", "en", "au", "dans", "in", "near"...) followed by a
  capitalised name — which also catch what the model missed or tagged ORG/PER;
* capitalised names that are unambiguous place names on their own (countries, pinned
  exonyms, curated regions), so a Doc from a blank pipeline still yields its countries.

People are left out: a name that is (part of) a PER entity of the article ("Hollande" after
"François Hollande"), or follows a title or a first name, is not a place — unless a
locative preposition says it is ("en Hollande").

Geocoding runs twice: once without context to learn which countries (and US states) the
article names unambiguously, then again with those as context.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from foedus.language.honorifics import honorifics, with_dots
from foedus.places.gazetteer import gazetteer
from foedus.places.geocode import Context, lookup_variants, resolve, to_place
from foedus.places.normalize import fold
from foedus.records import Place

PLACE_LABELS = {"LOC", "GPE"}
LOCATIVES = {
    "fr": {"à", "a", "au", "aux", "en", "dans", "vers", "depuis", "près", "sur", "jusqu'à", "via"},
    "en": {"in", "at", "to", "from", "near", "into", "across", "outside", "inside", "throughout",
           "toward", "towards", "via", "around", "across"},
}
ARTICLES = {"la", "le", "les", "l'", "l’", "the"}
# Lower-case words allowed inside a multi-word name ("Bosnie-Herzégovine", "Saint-Jean-de-Luz",
# "Khan Younès", "Deir ez-Zor", "Bande de Gaza", "Rio de Janeiro").
CONNECTORS = {"-", "de", "du", "des", "d'", "d’", "la", "le", "el", "al", "ez", "es", "of", "et"}
REGION_CUES = {"région", "province", "gouvernorat", "governorate", "state", "état", "etat", "oblast",
               "wilaya", "département", "department", "region", "district", "territoire"}
CITY_CUES = {"ville", "city", "town", "village", "commune", "localité"}
TITLES = with_dots(honorifics()) | {"président",
          "présidente", "president", "premier", "ministre", "minister", "général", "general",
          "sen.", "senator", "sénateur", "gen.", "gov.", "governor", "king", "roi", "reine",
          "queen", "prince", "pope", "pape", "secrétaire", "secretary", "chancelière", "chancellor"}
MINISTRY_WORDS = {"ministère", "ministre", "ministry", "minister", "secrétaire", "secretary",
                  "department", "département", "secrétariat", "secretariat"}
STRONG_SOURCES = {"country", "exonym", "region"}
MAX_NAME_TOKENS = 6
STRAY_MAX_POPULATION = 200_000


@dataclass
class _Mention:
    start: int  # token indices [start, end)
    end: int
    locative: bool
    prefer: str | None
    from_ner: bool


def find_places(doc: Doc, lang: str = "fr") -> list[Place]:
    """Geocoded place mentions of ``doc``, in text order, offsets into ``doc.text``."""
    lang = lang if lang in LOCATIVES else "en"
    doc_text = doc.text  # Doc.text joins every token: build it once
    persons = _person_names(doc)
    mentions = [m for m in _mentions(doc, doc_text, lang) if not _is_person(doc, doc_text, m, persons)]
    texts = [_clean_text(doc_text, doc[m.start:m.end]) for m in mentions]
    context, support = _article_context(texts, mentions, lang)
    places: list[Place] = []
    for mention, (text, start, end) in zip(mentions, texts):
        resolved = resolve(text, lang, context, mention.prefer)
        if resolved is None:
            continue
        entry, rule, confidence = resolved
        if _stray(mention, entry, rule, support):
            continue
        places.append(to_place(entry, text, start, end, rule, confidence))
    return places


def _stray(mention: _Mention, entry, rule: str, support: Counter[str]) -> bool:
    """A small foreign town that only the NER saw, with no preposition and no other mention of
    its country: most likely a person or a word tagged LOC ("Obama" is a town in Japan)."""
    if mention.locative or entry.feature != "city" or rule == "exonym":
        return False
    return entry.population < STRAY_MAX_POPULATION and support[entry.country or ""] <= 1


def _clean_text(doc_text: str, span: Span) -> tuple[str, int, int]:
    """The span's name without a leading article or trailing punctuation, with offsets."""
    tokens = list(span)
    while tokens and (tokens[0].lower_ in ARTICLES or tokens[0].is_punct) and len(tokens) > 1:
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct and len(tokens) > 1:
        tokens = tokens[:-1]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    return doc_text[start:end], start, end


def _mentions(doc: Doc, doc_text: str, lang: str) -> list[_Mention]:
    found: list[_Mention] = []
    taken = [False] * len(doc)
    gaz = gazetteer()
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS and not _strong(gaz, ent.text):
            continue
        locative, prefer = _cues(doc, ent.start, lang)
        if _institution(doc, ent.start) or not lookup_variants(gaz, _clean_text(doc_text, ent)[0])[0]:
            continue  # not in the gazetteer: a person tagged LOC, a building, a continent...
        found.append(_Mention(ent.start, ent.end, locative, prefer, True))
        for i in range(ent.start, ent.end):
            taken[i] = True
    i = 0
    while i < len(doc):
        if taken[i] or not _capitalised(doc[i]):
            i += 1
            continue
        locative, prefer = _cues(doc, i, lang)
        if _institution(doc, i):
            i += 1
            continue
        end = _longest_match(doc, i, taken, locative or prefer is not None)
        if end is None:
            i += 1
            continue
        found.append(_Mention(i, end, locative, prefer, False))
        for j in range(i, end):
            taken[j] = True
        i = end
    return sorted(found, key=lambda m: m.start)


def _longest_match(doc: Doc, start: int, taken: list[bool], cued: bool) -> int | None:
    """End of the longest capitalised name from ``start`` that the gazetteer knows."""
    gaz = gazetteer()
    ends: list[int] = []
    j = start
    while j < len(doc) and j - start < MAX_NAME_TOKENS and not taken[j]:
        token = doc[j]
        if _capitalised(token):
            ends.append(j + 1)
        elif not (token.lower_ in CONNECTORS and j > start):
            break
        j += 1
    for end in reversed(ends):
        text = doc[start:end].text
        matches = lookup_variants(gaz, text)[0]
        if not matches:
            continue
        if cued or any(m.source in STRONG_SOURCES for m in matches):
            # a longer capitalised run that is not a place ("Paris Saint-Germain") is a name
            if end < len(doc) and _capitalised(doc[end]) and not doc[end].is_sent_start:
                return None
            return end
    return None


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha or (token.text[:1].isupper() and "-" in token.text)


def _strong(gaz, text: str) -> bool:
    return any(m.source in STRONG_SOURCES for m in lookup_variants(gaz, text)[0])


def _cues(doc: Doc, start: int, lang: str) -> tuple[bool, str | None]:
    """(is there a locative preposition before the name, region/city cue word)."""
    i = start - 1
    while i >= 0 and doc[i].lower_ in ARTICLES:
        i -= 1
    prefer = None
    if i >= 1 and doc[i].lower_ in {"de", "du", "des", "d'", "d’", "of"}:
        cue = doc[i - 1].lower_
        prefer = "region" if cue in REGION_CUES else "city" if cue in CITY_CUES else None
        if prefer:
            i -= 2
            while i >= 0 and doc[i].lower_ in ARTICLES:
                i -= 1
    locative = i >= 0 and doc[i].lower_ in LOCATIVES[lang]
    return locative or prefer is not None, prefer


def _person_names(doc: Doc) -> set[str]:
    """Folded names that the article uses for people: each PER entity and its last word."""
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ in ("PER", "PERSON"):
            names.add(fold(ent.text))
            if len(ent) > 1:
                names.add(fold(ent[-1].text))
    return names


def _institution(doc: Doc, start: int) -> bool:
    """"ministère de la Défense", "Ministry of Interior": a portfolio, not a place."""
    i = start - 1
    while i >= 0 and (doc[i].lower_ in ARTICLES or doc[i].lower_ in {"de", "du", "des", "d'", "d’", "of", "the"}):
        i -= 1
    return i >= 0 and i < start - 1 and doc[i].lower_.rstrip("s") in MINISTRY_WORDS


def _is_person(doc: Doc, doc_text: str, mention: _Mention, persons: set[str]) -> bool:
    if mention.locative:
        return False
    span = doc[mention.start:mention.end]
    # "la Hollande": French puts no article before a surname
    if mention.start > 0 and doc[mention.start - 1].lower_ in ARTICLES - {"the"}:
        return False
    if fold(_clean_text(doc_text, span)[0]) in persons:
        return True
    if any(ent.label_ in ("PER", "PERSON") for ent in span.ents):
        return True
    if mention.start > 0:
        previous = doc[mention.start - 1]
        if previous.lower_ in TITLES:
            return True
        # "François Hollande", "Denzel Washington": a capitalised word just before that is not
        # the sentence start and not itself a place.
        if _capitalised(previous) and not previous.is_sent_start and not _strong(gazetteer(), previous.text):
            return True
    return False


def _article_context(texts: list[tuple[str, int, int]], mentions: list[_Mention],
                     lang: str) -> tuple[Context, Counter[str]]:
    """Countries and US states that the article names without ambiguity, and how many
    mentions name each country."""
    context = Context()
    support: Counter[str] = Counter()
    gaz = gazetteer()
    for (text, _, _), mention in zip(texts, mentions):
        resolved = resolve(text, lang, Context(), mention.prefer)
        if resolved is None:
            continue
        entry, rule, _ = resolved
        support[entry.country or ""] += 1
        countries = {m.entry.country for m in lookup_variants(gaz, text)[0] if m.source != "alt"}
        if rule in ("country", "region_in_context") or len(countries) == 1 or entry.feature == "country":
            if entry.country:
                context.countries.add(entry.country)
            if entry.feature == "region" and entry.admin1:
                context.admin1.add(entry.admin1)
    return context, support

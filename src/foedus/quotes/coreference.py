"""Who a speaker phrase refers back to, when it does not name anyone itself.

Pure functions over a parsed ``Doc`` and the article's actor mentions:
- ``body_antecedent``: a definite description of a body ("l'ONG", "le quotidien", "the group")
  → the last body of a compatible kind the article has named;
- ``subject_noun_candidates``: the unnamed subjects of the sentences before a pronoun ("Le
  nouveau gouvernement s'est donné pour objectif… Il a déclaré…"), as candidate antecedents.
"""

from __future__ import annotations

import unicodedata

import csv
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from foedus.actors.given_names import given_name_gender
from foedus.actors.normalize import fold
from foedus.actors.pronouns import pronoun_features
from foedus.quotes.subjects import inverted_subject
from foedus.quotes.speaker_words import OF_CASES
from foedus.records import Mention

DATA = Path(__file__).with_name("data")
DEFINITE = {"le", "la", "l'", "l’", "les", "ce", "cet", "cette", "ces", "the", "this", "that", "el", "los", "las"}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass"}
SUBJECT_NOUN_RULE = "quotes:subject-noun"
SINGULAR_DETS = {"l'", "l’", "le", "la", "cette", "ce", "cet", "the", "this", "that"}
OF_WORDS = {"de", "du", "des", "d'", "d’", "of", "del"}
BARE_OF_WORDS = {"de", "d'", "d’", "of"}  # (not "du", "des": they hold an article)


@lru_cache(maxsize=None)
def body_nouns(lang: str) -> dict[str, tuple[str, ...]]:
    """lemma → the code parts a named body must carry to be what the noun refers to."""
    path = DATA / "body_nouns.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    out: dict[str, tuple[str, ...]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["lang"] == lang:
            out[row["noun"].strip().lower()] = tuple(c.strip() for c in row["codes"].split(",") if c.strip())
    return out


def is_definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)


def _is_named_body(m: Mention, is_person) -> bool:
    return (m.kind == "name" and bool(m.name or m.text) and not (m.actor_id or "").startswith("country:")
            and not is_person(m))


def _channel_complement(c: Token) -> bool:
    """A proper noun after a preposition other than "de" is where the body spoke, not its name
    ("a annoncé l'organisation continentale sur Twitter")."""
    return any(g.dep_ == "case" and g.lower_ not in OF_CASES for g in c.children)


def body_antecedent(head: Token, mentions: list[Mention], lang: str, is_person) -> Mention | None:
    """The named body a bare definite description of its kind refers back to ("l'ONG précise…",
    "l'organisation islamique"): among the bodies of a compatible kind named before, the one
    named most often, the latest on a tie."""
    # a capitalised noun standing alone is the body's usual short name ("selon un communiqué de
    # l'Alliance" after "l'OTAN"); with words of its own it is a name ("l'Association des leaders …")
    bare_capital = (head.text.istitle() or head.text.isupper() and head.lower_ in body_nouns(lang)) \
        and all(c.dep_ in {"det", "case", "acl", "acl:relcl", "punct"} for c in head.children)  # "l'ONG", "cette ONG basée à …"
    if head.pos_ not in {"NOUN", "PROPN"} or (head.pos_ == "PROPN" and not bare_capital) or not is_definite(head) \
            or head.text.istitle() and head.i > head.sent.start + 1 and not bare_capital:
        return None
    if any(c.pos_ == "PROPN" and not _channel_complement(c) or c.dep_ in {"appos", "flat:name"} or _of_complement(c)
           or _acronym_after(c, head) for c in head.children):
        return None  # "l'ONG Human Rights Watch", "l'association des leaders …", "l'agence russe TASS" say which body
    if "Plur" in head.morph.get("Number") and not any(c.dep_ == "det" and c.lower_ in SINGULAR_DETS for c in head.children):
        return None  # "les entreprises" is a class of bodies, not the one named before ("l'ONG" is read plural)
    codes = body_nouns(lang).get(head.lemma_.lower()) or body_nouns(lang).get(head.lower_)
    before = [m for m in mentions if m.end <= head.idx and _is_named_body(m, is_person)]
    own = next((m for m in mentions if m.start <= head.idx < m.end and m.code and m.code[:3].isalpha()), None)
    placed = own is not None and any(c.dep_ == "amod" and c.pos_ == "ADJ" for c in head.children)
    if placed:
        # "l'état-major tchadien" after "Boko Haram": a body its own adjective places in another country is not it
        before = [m for m in before if (m.code or "")[:3] == own.code[:3]]
        if len(own.code) > 3:  # "l'état-major malien" (MLIMIL) is no anaphor of "les rebelles touaregs" (MLIREB)
            before = [m for m in before if m.code == own.code]
    if not codes and bare_capital:  # "l'Observatoire" after "l'Observatoire syrien des droits de l'homme"
        before = [m for m in before if head.lower_ in m.text.lower().split() and len(m.text.split()) > 1]
        if not before:
            return None
        codes = ("*",)
    if not codes:
        return None
    if not placed and (introduced := _introduced_name(head, mentions)) is not None:
        return introduced
    typed = [m for m in before if any(part != "*" and part in (m.code or "") for part in codes)]
    pool = typed or (before if "*" in codes else [])
    if not pool:
        return _organisation_entity_before(head) if "*" in codes and not placed else None
    counts: dict[str, int] = {}
    for m in pool:
        counts[m.actor_id or m.text] = counts.get(m.actor_id or m.text, 0) + 1
    return max(reversed(pool), key=lambda m: counts[m.actor_id or m.text])


def _introduced_name(head: Token, mentions: list[Mention]) -> Mention | None:
    """The name an earlier phrase of the same noun gave ("l'agence de presse officielle Sana" …
    "L'agence ajoute que"): the noun taken up means that body, however often another was named."""
    for tok in reversed(head.doc[:head.i]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != head.lemma_.lower():
            continue
        name = next((c for c in tok.children if c.i > tok.i and c.pos_ == "PROPN" and c.text[:1].isupper()
                     and not any(g.dep_ == "case" for g in c.children)), None)
        if name is None:
            continue
        known = next((m for m in mentions if m.start <= name.idx < m.end), None)
        if known is not None:
            return known
        last = max([name.i] + [c.i for c in name.children if c.dep_ in {"flat:name", "flat"}])
        span = head.doc[name.i:last + 1]
        return Mention(article_id="", sentence=0, start=span.start_char, end=span.end_char, text=span.text, code=None,
                       kind="name", head=name.i, name=span.text, rule="quotes:introduced-name")
    return None


INITIALS_SKIP = OF_WORDS | {"la", "le", "les", "l'", "l’", "et", "the", "and", "for", "pour"}
ARTICLES = {"la", "le", "les", "l'", "l’", "the"}


def initials_antecedent(head: Token, mentions: list[Mention], is_person) -> Mention | None:
    """An acronym the article never spelt out names the body before it whose first words it
    abbreviates ("la PP" after "la préfecture de police de Paris", "le PS" after "le Parti
    socialiste"): the last such body named before `head`."""
    acronym = head.text
    if not (2 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    for m in sorted((m for m in mentions if m.end <= head.idx and not is_person(m)), key=lambda m: -m.start):
        words = [w for w in m.text.replace("'", "' ").replace("’", "’ ").split() if w.lower() not in INITIALS_SKIP]
        if len(words) >= len(acronym) and "".join(w[0] for w in words[:len(acronym)]).upper() == acronym:
            return m
    return None


def spelt_out(head: Token) -> Span | None:
    """The name an acronym abbreviates, as the article spelt it out before (a named entity whose
    first letters it is): "AUC urged" after "The African Union Commission" — the article's own
    expansion, whatever else the acronym may stand for elsewhere (ANNOTATION.md: the fullest name)."""
    acronym = head.text
    if not (3 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    for ent in reversed([e for e in head.doc.ents if e.end <= head.i and e.label_ in {"ORG", "NORP", "GPE", "FAC", "MISC"}]):
        span = ent[1:] if ent[0].lower_ in {"the", "la", "le", "l'", "l’", "les"} else ent
        words = [t.text for t in span if t.lower_ not in INITIALS_SKIP and not t.is_punct]
        if len(words) == len(acronym) and "".join(w[0] for w in words).upper() == acronym and span.text != acronym:
            return span
    return None


def spelt_out_words(doc: Doc, at: int) -> Span | None:
    """The words before an acronym whose initials it is, however the entity recogniser cut them
    ("l'Observatoire syrien pour les droits de l'homme … L'OSDH", the recogniser's entity being
    "Observatoire syrien"): the article's own expansion, from a capitalised first word, the
    latest before the acronym, with its article."""
    acronym = doc[at].text
    if not (3 <= len(acronym) <= 6 and acronym.isupper() and acronym.isalpha()):
        return None
    for start in range(at - 1, -1, -1):
        first = doc[start]
        if not first.text[:1].isupper() or fold_initial(first.text) != acronym[0] or first.text == acronym:
            continue
        letters, k = [], start
        while k < at and len(letters) < len(acronym) and (doc[k].is_alpha or doc[k].text[-1:] in "'’"):
            if doc[k].lower_ not in INITIALS_SKIP:
                letters.append(fold_initial(doc[k].text))
            k += 1
        if "".join(letters) == acronym and k - start > len(acronym) - 1:
            opening = start - 1 if start > 0 and doc[start - 1].lower_ in ARTICLES else start
            return doc[opening:k]
    return None


def fold_initial(word: str) -> str:
    return unicodedata.normalize("NFD", word[:1])[:1].upper()


def _acronym_after(tok: Token, head: Token) -> bool:
    """An acronym after the noun, whatever the parser tags it ("l'agence publique russe TASS")."""
    return tok.i > head.i and len(tok.text) >= 2 and tok.text.isupper() and tok.text.isalpha()


def _organisation_entity_before(head: Token) -> Mention | None:
    """A body the actor layer does not know but the parser's entity recogniser names (ORG): "the
    Green Belt Movement … the organization claims" → the last such name before `head`."""
    ent = next((e for e in reversed(head.doc.ents) if e.end <= head.i and e.label_ == "ORG"
                and len(e.text) >= 3), None)
    if ent is None:
        return None
    return Mention(article_id="", sentence=0, start=ent.start_char, end=ent.end_char, text=ent.text, code=None,
                   kind="name", head=ent.root.i, name=ent.text, rule="quotes:organisation-entity")


def _of_complement(tok: Token) -> bool:
    """A "de X" / "of X" complement, which identifies a body ("l'association des leaders
    religieux") — unlike a purpose ("l'organisation militant pour les droits de l'Homme") or a bare
    noun saying what kind of body it is ("le groupe de surveillance basé à Londres")."""
    cases = [c.lower_ for c in tok.children if c.dep_ == "case"]
    bare = tok.pos_ == "NOUN" and tok.text[:1].islower() and set(cases) <= BARE_OF_WORDS \
        and not any(c.dep_ in {"det", "flat:name", "flat", "appos"} for c in tok.children)  # (not "de M. Ortega")
    return tok.dep_ == "nmod" and any(c in OF_WORDS for c in cases) and not bare


def subject_noun_candidates(doc: Doc, pronoun: Token, mentions: list[Mention], can_speak, sentences_back: int = 2
                            ) -> list[Mention]:
    """Unnamed subject noun phrases that can speak ("le nouveau gouvernement", "le documentaire"),
    in this sentence before the pronoun and in the sentences before, as candidate antecedents
    (gender and number from the noun's morphology)."""
    sents = list(doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    named_heads = {m.head for m in mentions if m.name}
    out: list[Mention] = []
    for k in range(max(0, here - sentences_back), here + 1):
        # an incise's subject after its verb ("», ont déclaré les autorités") is read as an object
        inverted = {s.i for v in sents[k] if v.pos_ == "VERB" and (s := inverted_subject(v)) is not None}
        for tok in sents[k]:
            if tok.i >= pronoun.i or (tok.dep_ not in SUBJECT_DEPS and tok.i not in inverted) or tok.pos_ != "NOUN" \
                    or tok.i in named_heads:
                continue
            if not can_speak(tok):
                continue
            gender = noun_gender(tok)
            number = "pl" if (tok.morph.get("Number") or [""])[0] == "Plur" else "sg"
            out.append(Mention(article_id="", sentence=k, start=tok.idx, end=tok.idx + len(tok.text), text=tok.text,
                               code=None, kind="description", head=tok.i, gender=gender, number=number,
                               rule=SUBJECT_NOUN_RULE))
    return out


SPOKEN_RULE = "quotes:spoken"
EPICENE_SPEAKERS = {"source", "informateur", "interlocuteur", "personne", "témoin", "victime"}  # either sex behind the word


def spoken_candidates(doc: Doc, pronoun: Token, spoken: dict) -> list[Mention]:
    """Unnamed cue subjects already given a speaker ("…, a affirmé la source", "ont déclaré les
    autorités" read as an object), before the pronoun, as candidate antecedents."""
    sent_of = {s.start: k for k, s in enumerate(doc.sents)}
    out: list[Mention] = []
    for i in spoken:
        if i >= pronoun.i:
            continue
        tok = doc[i]
        gender = None if tok.lemma_.lower() in EPICENE_SPEAKERS else noun_gender(tok)
        if tok.pos_ == "PRON" and (features := pronoun_features(tok.text)) is not None:
            gender = features[0]  # an incise clitic given a speaker: "-elle" is hers, whatever the tagger says
        number = "pl" if (tok.morph.get("Number") or [""])[0] == "Plur" else "sg"
        out.append(Mention(article_id="", sentence=sent_of.get(tok.sent.start, 0), start=tok.idx, end=tok.idx + len(tok.text),
                           text=tok.text, code=None, kind="description", head=i, gender=gender, number=number, rule=SPOKEN_RULE))
    return out


def noun_gender(tok: Token) -> str | None:
    """"m"/"f" from the noun's morphology, None when the model gives no gender. The article decides
    for a noun of either gender: the model reads "La ministre" as masculine from the noun."""
    det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i and c.morph.get("Gender")), None)
    gender = (det.morph.get("Gender") if det is not None else None) or tok.morph.get("Gender")
    return {"Masc": "m", "Fem": "f"}.get((gender or [""])[0])


def person_gender(m: Mention, doc: Doc) -> str | None:
    """A person's gender: the KB's, else that of the noun the name is apposed to ("la veuve …,
    Souha Arafat")."""
    if m.gender or m.head is None:
        return m.gender
    tok = doc[m.head]
    nouns = [tok.head] if tok.dep_ == "appos" else []
    nouns += [c for c in tok.children if c.dep_ == "appos"]
    for noun in nouns:
        if noun.pos_ == "NOUN" and noun_gender(noun):
            return noun_gender(noun)
    return None


def compatible_names(short: list[str], full: list[str]) -> bool:
    """Every word of the short name is in the full one, or is an initial of one of its words."""
    folded = [w.lower().strip(".") for w in full]
    for word in short:
        w = word.lower()
        if w.endswith(".") and len(w) <= 3:
            if not any(f.startswith(w.strip(".")) for f in folded):
                return False
        elif w not in folded:
            return False
    return short[-1].lower() == folded[-1]


def surface_name(text: str, honorifics: set[str], titles: frozenset[str] = frozenset()) -> str:
    """The name part of a mention as written: "président George W. Bush", "President Xi" → "George W.
    Bush", "Xi" (lower-case words, honorifics and the words of agent nouns such as "Prime Minister")."""
    words = text.split()
    # (a title word that is also a given name, capitalised, is the name: "Marine Le Pen")
    while len(words) > 1 and (words[0][:1].islower() or words[0].lower().rstrip(".") in honorifics
                              or fold(words[0]).lower() in titles and given_name_gender(words[0], "any") is None):
        words.pop(0)
    return " ".join(words)


def title_words(lang: str) -> frozenset[str]:
    """Single words of the KB's agent nouns in `lang` ("prime", "minister", "president"…)."""
    return _title_words(lang)


@lru_cache(maxsize=None)
def _title_words(lang: str) -> frozenset[str]:
    from foedus.actors.kb import load_kb

    return frozenset(w for (agent_lang, _), agent in load_kb().agents.items() if agent_lang == lang
                     for w in fold(agent.noun).lower().split())


def article_spelling(name: str, surfaces: list[str]) -> str:
    """A KB name carries one transliteration ("Dmitri Peskov"); when the article spells the person
    otherwise ("Dmitry Peskov"), the article's own longest spelling names the speaker. A fuller name
    the article never writes ("Mark Carney" for "M. Carney") is not the article's (ANNOTATION.md:
    the fullest name in the article); the actor id still links the person."""
    if not surfaces:
        return name
    words = set(fold(name).lower().split())
    longest = max(surfaces, key=len)
    spelled = set(fold(longest).lower().split())
    return name if words <= spelled else longest


def demonstrative_antecedent(head: Token) -> Token | None:
    """A demonstrative noun phrase points back to the last earlier noun of the same lemma that
    introduced the thing ("selon un sondage paru hier dans le Deseret News" … "Ce même sondage
    révèle…" → "un sondage paru hier…"): the determiner's PronType=Dem, any language."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in head.children):
        return None
    lemma = head.lemma_.lower()
    for tok in reversed(head.doc[:head.i]):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
            demonstrative = any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in tok.children)
            return demonstrative_antecedent(tok) if demonstrative else tok  # ("cette source" twice: the first's)
    narrower = noun_hypernyms(head.doc.lang_ or "fr").get(lemma, frozenset())
    for tok in reversed(head.doc[:head.i]):  # "ce média" after "la télévision publique rwandaise"
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in narrower and (tok.dep_ in SUBJECT_DEPS or any(
                c.dep_ == "det" and c.lower_ in {"un", "une", "a", "an"} for c in tok.children)):  # (introduced: "dont a eu vent un diplomate")
            demonstrative = any(c.dep_ == "det" and "Dem" in c.morph.get("PronType") for c in tok.children)
            return None if demonstrative else tok
    return None


@lru_cache(maxsize=None)
def noun_hypernyms(lang: str) -> dict[str, frozenset[str]]:
    """General noun → the narrower nouns a demonstrative of it may point back to."""
    path = DATA / "noun_hypernyms.tsv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return {row["noun"].strip().lower(): frozenset(w.strip().lower() for w in row["narrower"].split(","))
            for row in csv.DictReader(lines, delimiter="\t") if row["lang"] == lang}


def named_in_plural(m: Mention, doc: Doc) -> bool:
    """A body named in the plural ("les talibans", "les Etats-Unis"): "ils", "selon eux" can stand
    for it; a body named in the singular ("l'Union des industries") is "il" or "elle"."""
    if m.number:
        return m.number != "sg"
    return m.head is None or "Sing" not in doc[m.head].morph.get("Number")


def in_complement(doc: Doc, inner: int | None, head: Token, honorifics: frozenset[str] | set[str] = frozenset()) -> bool:
    """The name at `inner` is itself a "de X" / "of X" complement inside the phrase headed by `head`
    ("le fils de Jean Dupont", "the son of John Smith"), not a name given to the title ("le Premier
    ministre de la Grèce Antonis Samaras")."""
    if inner is None or inner == head.i or head.lower_.rstrip(".") in honorifics:
        return False  # "M. de Villepin": a particle, not a complement
    tok = doc[inner]
    while tok.dep_ in {"flat:name", "flat", "compound"} and tok.head.i != tok.i:
        tok = tok.head
    bare_nmod = tok.dep_ == "nmod" and not any(c.dep_ == "case" for c in tok.children)  # a parser slip for appos
    if (tok.dep_ == "appos" or bare_nmod) and tok.head.i != head.i:
        tok = tok.head  # "un porte-parole du Premier ministre Tony Blair": the name goes with "ministre"
    # "a spokesman for X" speaks for X as "le porte-parole de X" does
    return _of_complement(tok) or (tok.dep_ == "pobj" and tok.head.lower_ in OF_WORDS | {"for"})


def fullest_name(m: Mention, people: list[Mention], mentions: list[Mention], honorifics, lang: str) -> str:
    """The fullest compatible form of a person's name in the article ("B. Obama" → "Barack
    Obama", never "Michelle Obama"); among several, the one named last before this mention."""
    name = m.name or m.text
    parts = name.split()
    while len(parts) > 1 and parts[0].lower().rstrip(".") in honorifics:
        parts = parts[1:]  # "Mme Arbour" is "Louise Arbour" when the article names her so
    if not parts:
        return name
    candidates = [o for o in people if len(o.name or "") > len(name) and compatible_names(parts, (o.name or "").split())]
    if candidates:
        before = [o for o in candidates if o.start <= m.start]
        chosen = max(before, key=lambda o: o.start) if before else min(candidates, key=lambda o: o.start)
        name = chosen.name or name
    surfaces = [surface_name(o.text, honorifics, title_words(lang)) for o in mentions
                if m.actor_id and o.actor_id == m.actor_id and o.kind == "name"]
    return article_spelling(name, surfaces)


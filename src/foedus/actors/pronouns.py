"""Antecedents of personal pronouns ("il", "elle", "ils", "-t-il", "lui", "he", "she", "they").

Agreement first (gender, number), then salience: the same sentence before the pronoun, then
previous sentences going back; within a sentence a subject beats other mentions and the
most recent mention wins. Only mentions that can speak are candidates (persons, groups,
descriptions of people or bodies), never bare countries used as places.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from foedus.language.syntax import sentence_index, verb_group_start
from foedus.records import Mention
from foedus.language.syntax import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# pronoun (folded, without "-t-") -> (gender, number); None = either
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "il": ("m", "sg"), "elle": ("f", "sg"), "ils": ("m", "pl"), "elles": ("f", "pl"), "lui": (None, "sg"),
    "he": ("m", "sg"), "him": ("m", "sg"), "she": ("f", "sg"), "her": ("f", "sg"), "they": (None, "pl"),
    "them": (None, "pl"), "it": ("n", "sg"), "eux": ("m", "pl"), "leur": (None, "pl"), "leurs": (None, "pl"),
    # possessive determiners stand for their possessor ("selon son communiqué"); French ones agree
    # with the possessed noun, so they say nothing of the possessor's gender
    "son": (None, "sg"), "sa": (None, "sg"), "ses": (None, "sg"), "his": ("m", "sg"), "its": (None, "sg"),
    "their": (None, "pl"),
    # relative pronouns opening a sentence ("Lequel s'empresse de préciser que …")
    "lequel": ("m", "sg"), "laquelle": ("f", "sg"), "lesquels": ("m", "pl"), "lesquelles": ("f", "pl"),
    # demonstratives standing for the one just named ("…, a réagi X. À la télévision, celui-ci a qualifié …")
    "celui-ci": ("m", "sg"), "celle-ci": ("f", "sg"), "ceux-ci": ("m", "pl"), "celles-ci": ("f", "pl"),
    # and a demonstrative a relative clause describes ("…, a indiqué celui qui est aussi ministre des
    # affaires étrangères"); the speaker resolver passes these only with that clause
    "celui": ("m", "sg"), "celle": ("f", "sg"), "ceux": ("m", "pl"), "celles": ("f", "pl"),
}
SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "csubj"}
MAX_SENTENCES_BACK = 3


def pronoun_features(text: str) -> tuple[str | None, str] | None:
    word = text.lower().lstrip("-")
    if word.startswith("t-"):
        word = word[2:]
    return PRONOUNS.get(word)


def _agrees(mention: Mention, gender: str | None, number: str, head_number: str | None = None) -> bool:
    # the text decides the number ("les Talibans" is plural even if the KB entry is not)
    mention_number = "pl" if (mention.members or head_number == "Plur") else mention.number
    if number == "pl":
        return mention_number == "pl"
    if mention_number != "sg":
        return False
    if gender == "n":  # English "it": no person of known gender (the caller offers it bodies only)
        return mention.gender is None
    return gender is None or mention.gender is None or mention.gender == gender


def _can_speak(mention: Mention) -> bool:
    if mention.kind in ("pronoun", "demonym"):
        return False
    if mention.actor_id and mention.actor_id.startswith("country:"):
        return False
    return mention.name is not None or mention.kind in ("description", "group", "metonym")


def resolve_pronoun(doc: "Doc", token_i: int, mentions: list[Mention], max_back: int = MAX_SENTENCES_BACK) -> Mention | None:
    """The mention a personal pronoun at ``token_i`` most likely refers to, or None. ``max_back``
    bounds how many narrative sentences back an antecedent may be."""
    token = doc[token_i]
    feats = pronoun_features(token.text)
    if feats is None:
        return None
    parallel = _parallel_pronoun(token)
    if parallel is not None:  # "il s'est entretenu avec X et il a insisté": the same one as the first "il"
        return resolve_pronoun(doc, parallel.i, mentions, max_back)
    gender, number = feats
    if token.lower_ == "lui" and token_i > 0 and doc[token_i - 1].pos_ == "ADP":
        gender = "m"  # "selon lui", "pour lui": the stressed form is masculine (the clitic "lui a dit" is not)
    return _most_salient(doc, token_i, mentions, gender, number, max_back)


def object_clitic_antecedent(tok: "Token", mentions: list[Mention], mention_for: Callable, pronoun_resolver: Callable | None) -> Mention | None:
    """The antecedent of an object clitic, once the clause's own subject (a name, or a pronoun
    resolved by `pronoun_resolver`) is known, so as to leave it out."""
    subj = next((c for c in tok.head.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    subject = mention_for(subj) if subj is not None else None
    if subject is None and subj is not None and pronoun_features(subj.text) is not None and pronoun_resolver is not None:
        subject = pronoun_resolver(tok.doc, subj.i, mentions)
    return resolve_object_clitic(tok.doc, tok.i, mentions, subject)


def resolve_object_clitic(doc: "Doc", token_i: int, mentions: list[Mention], subject: Mention | None) -> Mention | None:
    """The one a French object clitic stands for: "Il l'a accusée de …", "Le ministre les a reçus". Its
    gender is the clitic's ("la", "le"), else the participle's agreement with it ("l'a accusée"); it is
    never the clause's own subject (a reflexive would say "se")."""
    token = doc[token_i]
    word = token.lower_.replace("’", "'")
    if word not in OBJECT_CLITICS or token.pos_ != "PRON" or token.dep_ not in {"obj", "iobj"}:
        return None
    gender, number = OBJECT_CLITICS[word]
    verb = token.head
    if word == "l'" and "Part" in verb.morph.get("VerbForm"):
        agreed = verb.morph.get("Gender")
        gender = "f" if agreed == ["Fem"] else None  # (the masculine is also the unagreed form)
    others = [m for m in mentions if subject is None or not _same_one(m, subject)]
    return _most_salient(doc, token_i, others, gender, number, MAX_SENTENCES_BACK)


# French object clitics -> (gender, number); "lui"/"leur" are datives, read by the caller as personal pronouns
OBJECT_CLITICS: dict[str, tuple[str | None, str]] = {"l'": (None, "sg"), "le": ("m", "sg"), "la": ("f", "sg"),
                                                   "les": (None, "pl")}


def _same_one(a: Mention, b: Mention) -> bool:
    return (a.actor_id is not None and a.actor_id == b.actor_id) or (a.name or a.text) == (b.name or b.text)


def _most_salient(doc: "Doc", token_i: int, mentions: list[Mention], gender: str | None, number: str,
                  max_back: int) -> Mention | None:
    token = doc[token_i]
    sent_i = sentence_index(doc, token_i)
    narrative = _narrative_counts(doc)
    best: tuple[tuple[int, int, int, int, int], Mention] | None = None
    for mention in mentions:
        head = mention.head if mention.head is not None else token_i
        if mention.start >= token.idx or head >= token_i and mention.sentence == sent_i:
            continue
        if mention.sentence > sent_i:
            continue
        # sentences that open inside quotation marks are the quoted speaker's words, not narrative
        # that could introduce someone new: "X a dit : « … . … . … », explique-t-il" is one step
        distance = narrative[sent_i] - narrative[mention.sentence]
        if distance > max_back:
            continue
        head_number = (doc[head].morph.get("Number") or [None])[0]
        if not _can_speak(mention) or not _agrees(mention, gender, number, head_number):
            continue
        # (a name apposed to the subject is the subject: "Le président Emmanuel Macron a assuré …")
        named = doc[head].head if doc[head].dep_ in {"appos", "flat:name", "flat"} else doc[head]
        # (an incise's inverted clitic, "a-t-il dit", a speaker already resolved, is a subject too)
        is_subject = 0 if doc[head].dep_ in SUBJECT_DEPS or named.dep_ in SUBJECT_DEPS or doc[head].text.startswith("-") else 1
        # Most people in news of unknown gender are men: "elle" skips them by one sentence.
        if gender == "f" and mention.gender is None:
            distance += 2
        rank = (distance, sent_i - mention.sentence, is_subject, _embedded(doc[head]), -mention.start)
        if best is None or rank < best[0]:
            best = (rank, mention)
    return best[1] if best else None


OPENING_MARKS, CLOSING_MARKS = "«“", "»”"
# clauses below the main one: their subjects are less salient than the main clause's ("Macron a assuré
# que l'aide de la France se poursuivait. «…», a-t-il fait valoir" — Macron, not the aid)
EMBEDDED_DEPS = {"ccomp", "advcl", "acl", "acl:relcl", "relcl", "csubj"}


def _parallel_pronoun(pronoun: "Token") -> "Token | None":
    """The same subject pronoun of the verb this pronoun's verb is coordinated with, before it."""
    verb = pronoun.head
    if pronoun.dep_ in SUBJECT_DEPS and verb.dep_ in {"advcl", "acl:relcl", "relcl"}:
        # "il a eu un entretien lors duquel il lui a signifié": the "il" of the clause above
        governor = verb.head if verb.dep_ == "advcl" else verb.head.head
        return next((c for c in governor.children if c.dep_ in SUBJECT_DEPS and c.lower_ == pronoun.lower_
                     and c.i < pronoun.i), None) if governor.pos_ in {"VERB", "AUX"} else None
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS and c.lower_ == pronoun.lower_
                 and c.i < pronoun.i), None)


def _embedded(tok: "Token") -> int:
    node = tok
    for _ in range(20):
        if node.dep_ in EMBEDDED_DEPS:
            return 1
        if node.head.i == node.i:
            return 1 if _reported_by_incise(node, tok) else 0
        node = node.head
    return 0


def _reported_by_incise(root: "Token", tok: "Token") -> bool:
    """"L'ancien président X a été condamné …, a-t-il dit": the root is the words an incise after it
    reports (a verb after a comma whose subject is inverted), so its subject is no main-clause one."""
    doc = root.doc
    for verb in root.children:
        if verb.i <= tok.i or verb.pos_ not in {"VERB", "AUX"} or verb.left_edge.i <= tok.i:
            continue
        first = verb_group_start(verb)
        inverted = any(c.dep_ in SUBJECT_DEPS | {"expl:subj"} and (c.i > verb.i or c.text.startswith("-"))
                       for c in verb.children)
        if first > 0 and doc[first - 1].text == "," and inverted:
            return True
    return False


def _narrative_counts(doc: "Doc") -> list[int]:
    """For each sentence, how many narrative sentences (not opening inside «…» / “…”) start at or
    before it. Computed once per Doc."""
    cached = doc.user_data.get("foedus_narrative_counts")
    if cached is not None:
        return cached
    text, depth, pos, counts, total = doc_text(doc), 0, 0, [], 0
    straight = False  # inside straight double quotes, which open and close with the same mark
    for sent in doc.sents:
        upto = sent.start_char + 1  # a mark opening the sentence counts for it
        for ch in text[pos:upto]:
            if ch in OPENING_MARKS:
                depth += 1
            elif ch in CLOSING_MARKS:
                depth = max(0, depth - 1)
            elif ch == '"':
                straight = not straight
            elif ch == "\n":
                straight = False  # (a stray mark does not silence the rest of the article)
        pos = max(pos, upto)
        total += 0 if depth > 0 or straight else 1
        counts.append(total)
    doc.user_data["foedus_narrative_counts"] = counts
    return counts


# "ce dernier", "cette dernière", "ces derniers": the one named last (French; English "the latter")
LATTER_WORDS = {"dernier", "dernière", "derniers", "dernières", "latter"}
# "l'intéressé a nié": the person concerned, the one just spoken of (with a definite article)
CONCERNED_WORDS = {"intéressé", "intéressée", "intéressés", "intéressées"}


def latter_word(head: Token) -> Token | None:
    """The "ce dernier" word of a phrase: the head itself ("Ce dernier a déclaré") or its "de"
    complement ("le porte-parole de ce dernier")."""
    for tok in [head, *(c for c in head.children if c.dep_ in {"nmod", "nmod:poss", "pobj", "prep"})]:
        if tok.lower_ in LATTER_WORDS and any(
                c.dep_ == "det" and ("Dem" in c.morph.get("PronType") or c.lower_ in {"ce", "cette", "ces", "the"})
                for c in tok.children):
            return tok
        if tok.lower_ in CONCERNED_WORDS and any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in tok.children):
            return tok
    return None


def latter_antecedent(latter: Token, candidates: list[Mention], quoted: Callable[[int], bool]) -> Mention | None:
    """The mention "ce dernier" takes up: the last person or coded actor named before it (in the
    same sentence too: "le roi Salmane a reçu un appel d'Erdogan et le porte-parole de ce dernier"),
    outside quotation marks and outside its own phrase, of its gender and number."""
    feminine = latter.lower_.rstrip("s").endswith(("dernière", "intéressée"))
    plural = latter.lower_.endswith("s")
    own_phrase = latter.head.left_edge.idx if latter.head.i < latter.i else latter.left_edge.idx
    before = [m for m in candidates if m.end <= own_phrase and not quoted(m.start)
              and (m.gender is None or (m.gender == "f") == feminine)
              and (m.number == "pl" or bool(m.members)) == plural]
    return max(before, key=lambda m: m.end) if before else None



def latter_mention(tok: Token, mentions: list[Mention]) -> Mention | None:
    """The actor a "ce dernier" standing alone takes up (events: "Ce dernier a condamné …")."""
    latter = latter_word(tok)
    return latter_antecedent(latter, [m for m in mentions if m.code or m.members], lambda _: False) \
        if latter is not None and latter.i == tok.i else None

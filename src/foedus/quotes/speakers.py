"""Turn a cue's subject or addressee token into a canonical speaker (name, actor id, code).

The actor layer supplies mentions (names, descriptions, groups) and pronoun antecedents; what
it does not know (an institution such as "le service de presse du Kremlin", an unnamed source)
is kept as the noun phrase the text gives, which is how ANNOTATION.md writes such speakers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc, Span, Token

from foedus.language.honorifics import honorifics
from foedus.actors.kb import load_kb
from foedus.actors.pronouns import pronoun_features
from foedus.quotes.coreference import SUBJECT_DEPS, SUBJECT_NOUN_RULE, body_antecedent, initials_antecedent, body_nouns, fullest_name, spelt_out, \
    demonstrative_antecedent, in_complement, named_in_plural, person_gender, SPOKEN_RULE, spoken_candidates, subject_noun_candidates
from foedus.quotes.title_links import fronted_adjunct_mention, said_before, honorific_holder, named_right_after, recent_person, title_antecedent, title_named_later, title_named_next
from foedus.quotes.apposition import apposed_person, named_after
from foedus.quotes.speaker_forms import body_name, owned_title, with_bracketed_acronym, with_contracted_article
from foedus.quotes.headings import off_crossheads
from foedus.quotes.pairs import pair_antecedent
from foedus.quotes.incise_pronouns import cataphoric_person, not_asked_about, not_the_asker, outside_reported_clause, \
    previous_subject_pronoun, the_one_asked
from foedus.quotes.anaphora import age_description, document_antecedent, fuller_description, informant_antecedent, latter_taken_up
from foedus.quotes.cues import is_speech_verb, subject_of
from foedus.quotes.lexicon import follower_nouns, human_by_ending, speech_lexicon, spokesperson_nouns
from foedus.quotes.addressees import can_be_addressed
from foedus.quotes.subjects import described_demonstrative, inverted_subject
from foedus.quotes.spans import between_marks
from foedus.quotes.speaker_phrases import body_named_after, document_author, named_by_type, non_person_speakers, \
    noun_phrase, fronted_apposition, report_phrase, sole_office_person, stranded_name, title_holder
from foedus.quotes.topics import topic_antecedent, without_topic_marker
from foedus.quotes.speaker_words import (FIRST_PERSON, INDEFINITE_ARTICLES, PLURAL_PRONOUNS, POSSESSIVES, PRONOUN_SUBJECTS, ONE_OF,
                                        RELATIVE_SUBJECTS)
from foedus.records import Mention
from foedus.language.syntax import doc_text, honorific_cut_from_name

HONORIFICS = honorifics()


@dataclass
class Speaker:
    text: str
    actor_id: str | None = None
    code: str | None = None
    mention: Mention | None = None


# how far back (narrative sentences) a pronoun may reach a named person when nobody nearer agrees
FAR_PERSON_SENTENCES = 8
TAGGED_PERSON_RULES = {"ner-person", "surname", "person-repeat"}  # actors/resolve: names of people the KB lacks


class SpeakerResolver:
    """Resolves tokens to speakers against one article's mentions."""

    def __init__(self, doc: Doc, mentions: list[Mention], pronoun_resolver=None,
                 is_speaker_noun: Callable[[str], bool] | None = None, lang: str = "fr",
                 published: str | None = None, shift_markers: tuple[str, ...] = (),
                 document_nouns: frozenset[str] = frozenset(), role_nouns: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.document_nouns, self.role_nouns = document_nouns, role_nouns
        self.shift_markers = shift_markers
        self.lang, self.published = lang, published
        self.is_speaker_noun = is_speaker_noun or (lambda lemma: True)
        # NER may tag a title as a person's name ("président de la République"): a lower-case
        # "name" is a description, resolved as a title, not a named person
        mentions = [m for m in mentions if not (m.kind == "name" and m.rule.startswith("ner") and m.text[:1].islower())]
        self.mentions = sorted(mentions, key=lambda m: (m.start, -(m.end - m.start)))
        self.pronoun_resolver = pronoun_resolver
        self._spoken: dict[int, Speaker] = {}  # token → speaker, for cue subjects no mention covers

    def mention_at(self, token: Token) -> Mention | None:
        """The longest mention covering the token (or headed by it)."""
        best = None
        for m in self.mentions:
            if m.head == token.i or m.start <= token.idx < m.end:
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def mention_in(self, start: int, end: int) -> Mention | None:
        """The first person-like mention (with a name) inside a character range."""
        inside = [m for m in self.mentions if start <= m.start and m.end <= end]
        named = [m for m in inside if m.name]
        return (named or inside or [None])[0]

    def subject_speaker(self, token: Token) -> Speaker | None:
        """The speaker a cue's subject stands for; a noun between quotation marks is the quoted
        words', never the speaker of another quote ("…avec nos alliés», a déclaré X, attribuant … à la
        «désinformation»")."""
        if token.pos_ in {"NOUN", "PROPN"} and token.lower_ not in PRONOUN_SUBJECTS and self.quoted(token.idx) and not any(
                c.dep_ in {"appos", "flat:name"} and not self.quoted(c.idx) for c in token.children):
            return None  # (a title in marks before a name still names: "le «Premier ministre» séparatiste X")
        speaker = self.resolve(token)
        if speaker is not None and (token.pos_ == "NOUN" and not self.is_person_speaker(speaker) or token.pos_ == "PROPN"
                                    and speaker.mention is None or token.text.startswith("-")):
            # (a name NER missed: "à l'AFP Zaw Min Tun"; an incise clitic, the subject the next "elle" continues)
            self._spoken[token.i] = speaker  # an unnamed speaker a later pronoun may take up
        return speaker

    def resolve(self, token: Token) -> Speaker | None:
        if token.lower_ in RELATIVE_SUBJECTS and token.head.dep_ in {"acl:relcl", "relcl"}:
            token = token.head.head  # "l'organisation, qui affirme …" → the organisation
            if token.pos_ in {"VERB", "AUX"}:  # "…, notent les élus, qui accusent …": hung on the incise verb
                token = inverted_subject(token) or subject_of(token) or token
        if described_demonstrative(token):
            return self._pronoun_speaker(token)  # "a indiqué celui qui est aussi ministre": the one just named
        if (taken := latter_taken_up(token, self.mentions, self._is_person, self.quoted, spokesperson_nouns(self.lang))) is not None:
            return self._from_mention(taken)  # "Ce dernier a déclaré", "le porte-parole de ce dernier"
        if (pair := pair_antecedent(token, self.mentions, self._is_person, self._fullest)) is not None:
            return Speaker(text=pair)  # "les deux pays ont précisé" after "Les Etats-Unis et la Russie ont …"
        if token.pos_ == "PRON" and (named := self.mention_at(token)) is not None and named.kind == "name":
            return self._from_mention(named)  # "Poutine a déclaré": a name the tagger took for a pronoun
        if token.pos_ == "PRON" and token.lower_ not in PRONOUN_SUBJECTS | FIRST_PERSON:
            # "Un des chercheurs de HRW, Ole Solvang, précise…": the apposed name speaks
            named = apposed_person(token, self.mention_at, self._is_person, self.is_person_noun)
            member = next((c for c in token.children if c.dep_ == "nmod" and self.is_person_noun(c)), None) \
                if named is None and token.lower_ in ONE_OF else None
            if member is not None:  # "a annoncé un de ses responsables": one of them, as the text says
                return Speaker(text=self.doc[token.i:member.right_edge.i + 1].text)
            return self._from_mention(named) if named is not None else None
        if token.lower_ in PRONOUN_SUBJECTS or (token.pos_ == "PRON" and token.lower_ not in FIRST_PERSON):
            return self._pronoun_speaker(token)
        previous = self.doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
        if age_description(token) and (aged := self.person_before(token.i, previous) or self._far_person(token)) is not None:
            return self._from_mention(aged)  # "The 62-year-old claimed": the person last named
        token = fronted_apposition(token) or stranded_name(token) or honorific_cut_from_name(token, HONORIFICS) or demonstrative_antecedent(token) or token
        informant = informant_antecedent(token, self.phrase(token))
        if informant is not None:  # "a affirmé la source" after "auprès d'un officier"
            return self.resolve(informant)
        if (expansion := spelt_out(token)) is not None:  # "AUC urged" after "The African Union Commission"
            return Speaker(text=with_bracketed_acronym(doc_text(self.doc), expansion.start_char, expansion.end_char, expansion.text),
                           code=getattr(self.mention_in(expansion.start_char, expansion.end_char), "code", None))
        report = report_phrase(token, self.lang)
        if report is not None:  # "selon le rapport final du BEA": the report speaks (ANNOTATION.md-annotated news)
            inner = self.mention_in(report.start_char, report.end_char)
            return Speaker(text=report.text, code=inner.code if inner else None)
        owner = next((c for c in token.children if c.dep_ in {"det", "nmod:poss", "poss"} and c.lower_ in POSSESSIVES), None) \
            if token.lemma_.lower() in self.document_nouns else None
        if owner is not None:  # "selon son communiqué": the author its possessive points back to
            by_owner = self._pronoun_speaker(owner)
            if by_owner is not None:
                return by_owner
        author = document_author(token, self.document_nouns, self.can_speak_noun) \
            or document_antecedent(token, self.document_nouns, subject_of)
        if author is not None:  # "selon un communiqué de la police" → la police (ANNOTATION.md: the body)
            return with_contracted_article(self.resolve(author), author)
        phrase = self.phrase(token)
        if token.lemma_.lower() in follower_nouns(self.lang) and (side := self.mention_in(phrase.start_char, phrase.end_char)) is not None:
            return Speaker(text=phrase.text, code=side.code)  # "le camp Gbagbo": the side speaks, not its leader
        mention = self.mention_at(token)
        if mention is None or not mention.name:
            inner = self.mention_in(phrase.start_char, phrase.end_char)
            if inner is not None and inner.name and inner.kind in ("name", "description", "group"):
                # "le géopoliticien Cyrille Bret": the person inside the phrase speaks ("le fils de
                # Jean Dupont", "l'avocat de X": not the person a complement names)
                if inner.kind == "name" and self._is_person(inner) and not in_complement(self.doc, inner.head, token, HONORIFICS):
                    mention = inner
        if mention is not None and mention.name and self._is_person(mention):
            return self._from_mention(mention)
        unnamed = mention is None or (mention.actor_id is None and not mention.name)
        # a title the article itself gave a person outranks an office the KB knows another holds:
        # "le ministre" after "Le ministre iranien … Zarif a rejeté l'exigence de Laurent Fabius"
        named = apposed_person(token, self.mention_at, self._is_person, self.is_person_noun) \
            or named_after(phrase, self.mention_at, self._is_person, self.is_person_noun) \
            or (honorific_holder(token, self.mentions, self._is_person) if unnamed else None) \
            or (title_antecedent(token, self.mentions, self._is_person) if unnamed and self.is_person_noun(token) else None) \
            or title_holder(token, self.mentions, self._is_person, self.lang, self.published)
        if named is None and unnamed:
            body = named_by_type(token)
            if body is not None:  # "l'ONG" after "L'ONG Human Rights Watch …"
                person = next((m for m in self.mentions if m.text.endswith(body) and self._is_person(m)), None)
                # ("la ministre" after "la ministre Joly": the person, by the fullest form of her name)
                return self._from_mention(person) if person is not None else Speaker(text=body)
            referent = body_antecedent(token, self.mentions, self.lang, self._is_person) \
                or initials_antecedent(token, self.mentions, self._is_person)
            if referent is not None:  # "l'organisation islamique" after "Ansar Eddine"
                return self._from_mention(referent)
        if named is None and unnamed and self.is_person_noun(token):
            named = title_antecedent(token, self.mentions, self._is_person)
            fuller = fuller_description(token, phrase, self.phrase) if named is None else None
            if fuller is not None and self.mention_in(fuller.start_char, fuller.end_char) is None:
                # "the official said" after "a US official said": not the last person named; but a
                # definite office ("la ministre des Transports") is its one holder the article names
                sole = self._sole_holder(token) if fuller[0].lower_ not in INDEFINITE_ARTICLES else None
                sole = sole or named_right_after(fuller, self.mentions, self._is_person)  # "…, selon le ministre" after "le ministre de X, Y Z"
                return self._from_mention(sole) if sole is not None else Speaker(text=fuller.text)
            if (again := said_before(token, self._spoken)) is not None:
                return again  # "Le porte-parole a dit" after "…, a poursuivi le porte-parole" (unnamed, resolved)
            named = named or title_named_later(token, self.mentions, self._is_person) \
                or recent_person(token, self.mentions, self._is_person, self.quoted, self.shift_markers) or self._sole_holder(token) \
                or title_named_next(token, self.mentions, self._is_person)
        if named is not None:
            return self._from_mention(named)
        # a noun with no actor behind it speaks only as the active subject of the cue verb, or when it
        # is a speaker/source noun ("selon la dernière période" is no attribution)
        if mention is None and token.pos_ == "NOUN" and token.dep_ not in {"nsubj"} \
                and not (token.text.isupper() and any(c.dep_ == "det" for c in token.children)) \
                and not self.is_speaker_noun(token.lemma_.lower()) and token.lemma_.lower() not in body_nouns(self.lang) \
                and not human_by_ending(token.lower_, token.lemma_, self.lang):
            inner = self.mention_in(phrase.start_char, phrase.end_char)
            if inner is None:
                return None  # "Ce déplacement a été convenu…": a passive subject is no speaker
        if mention is not None and mention.kind == "name" and mention.actor_id:
            return self._from_mention(mention)  # a named body, by its fullest form in the article
        body_name = body_named_after(phrase, self.lang)
        if body_name is not None:  # "la principale association de …, l'April"
            return Speaker(text=body_name)
        code = mention.code if mention else (inner.code if (inner := self.mention_in(phrase.start_char, phrase.end_char)) else None)
        if (mention is None or not mention.name) and (fuller := fuller_description(token, phrase, self.phrase)) is not None:
            phrase = fuller  # "the spokesperson" after "a State Department spokesperson"
        owner = next((c for c in token.children if c.dep_ == "det" and c.lower_ in POSSESSIVES), None)
        said_by = self._pronoun_speaker(owner) if owner is not None and self.is_person_noun(token) else None
        # a body or place keeps the article's words ("l'Elysée"); "son porte-parole" is written with its owner
        text = owned_title(phrase.text, owner.text, said_by.text) if said_by is not None and self.is_person_speaker(said_by) else phrase.text
        return Speaker(text=text, actor_id=mention.actor_id if mention else None, code=code, mention=mention)

    def phrase(self, head: Token) -> Span:
        return noun_phrase(head)

    def addressee(self, token: Token, speaker: str | None = None) -> Speaker | None:
        """Who the words are addressed to: resolved like a speaker, else the noun phrase as written ("a dit
        à l'AFP"); not the speaker the parser glued to it ("a dit à l'AFP Oumeima Khellaf")."""
        # an unnamed plural ("aux habitants de la région") is those people, not the last one named
        plural = token.pos_ == "NOUN" and "Plur" in token.morph.get("Number") and self.mention_at(token) is None
        found = self.resolve(token) if not plural else None
        if token.ent_type_ in {"LOC", "GPE"} and token.dep_ not in {"obj", "dobj"}:  # "à Paris" is where, "à Macron" whom
            return found if found and found.mention and self._is_person(found.mention) and found.text != speaker else None
        phrase = self.phrase(token)
        if not plural and not can_be_addressed(token, self.can_speak_noun(token), self.mention_in(phrase.start_char, phrase.end_char) is not None):
            return found if found is not None and (found.mention is not None or found.code is not None) else None
        if (found is None or speaker and found.text == speaker) and token.pos_ in {"NOUN", "PROPN"}:
            found = Speaker(text=phrase.text)
        return found

    def _pronoun_speaker(self, token: Token) -> Speaker | None:
        """A pronoun's antecedent among persons, bodies the text made its subject ("L'ONG … vient de
        publier un rapport dans lequel elle dévoile…") and unnamed subjects that can speak."""
        topic = topic_antecedent(token, self.lang)
        if topic is not None:  # "Quant au chef du Sinn Fein, il a estimé": the topic, not the last person
            return without_topic_marker(with_contracted_article(self.resolve(topic), topic), self.lang)
        if self.pronoun_resolver is None:
            return None
        plural = token.lower_ in PLURAL_PRONOUNS
        # "selon eux" can be a group or a body ("les Talibans"); "il" speaking is a person or a body
        # (French genders bodies), English "he"/"she" only a person
        bodies_too = plural or self.lang != "en" or token.lower_ == "it"
        candidates = [m for m in self.mentions if self._is_person(m) or (plural and (m.members or (m.code and named_in_plural(m, self.doc))))
                      or (bodies_too and m.code and self._is_subject_body(m))]
        earlier = previous_subject_pronoun(token, self.quoted)
        if earlier is not None and earlier.i not in self._spoken and (said := self._pronoun_speaker(earlier)) is not None:
            self._spoken[earlier.i] = said  # "…, a-t-il dit. «…», a-t-il ajouté": the same one, whoever the words named
        if bodies_too:
            candidates += subject_noun_candidates(self.doc, token, self.mentions, self.can_speak_noun)
            candidates += spoken_candidates(self.doc, token, self._spoken)
        # the one a question was put to answers it; else words inside quotation marks are the quoted
        # speaker's, not the narrative's antecedents
        candidates = the_one_asked(token, candidates, speech_lexicon(self.lang)) or [
            m for m in candidates if not self.quoted(m.start) and not fronted_adjunct_mention(self.doc, m, token)
            and not (token.lower_ == "it" and self._is_person(m))]
        candidates = off_crossheads(doc_text(self.doc), not_asked_about(token, outside_reported_clause(token, candidates, self.speaks)), self._is_person)
        candidates = not_the_asker(token, candidates, speech_lexicon(self.lang))
        antecedent = self.pronoun_resolver(self.doc, token.i, candidates)
        if antecedent is None and not plural:  # a speaker named further back, with nobody else since
            antecedent = self.pronoun_resolver(self.doc, token.i, [m for m in candidates if m.name and self._is_person(m)],
                                               max_back=FAR_PERSON_SENTENCES)
        if antecedent is None and not plural:
            antecedent = cataphoric_person(token, [m for m in self.mentions if self._is_person(m)], (pronoun_features(token.text) or (None,))[0])
        if antecedent is None:
            return None
        if antecedent.rule == SPOKEN_RULE and antecedent.head in self._spoken:
            return self._spoken[antecedent.head]  # "…, a affirmé la source. Il a ajouté que …"
        if antecedent.rule == SUBJECT_NOUN_RULE or (antecedent.kind == "description" and not antecedent.name
                                                    and antecedent.head is not None):
            # an unnamed antecedent ("Le président américain … selon lui") is resolved like a subject
            # would be: its title may name a person given earlier
            return self.resolve(self.doc[antecedent.head])
        return self._from_mention(antecedent)

    def quoted(self, char: int) -> bool:  # (words between quotation marks are the quoted speaker's)
        return between_marks(self.doc, char)

    def _is_subject_body(self, m: Mention) -> bool:
        """A body (not a country, not a place) heading or inside a clause subject."""
        if m.head is None or (m.actor_id or "").startswith("country:") or m.kind not in ("name", "description", "metonym"):
            return False
        head = self.doc[m.head]
        return head.dep_ in SUBJECT_DEPS or (head.head.dep_ in SUBJECT_DEPS and head.dep_ in {"appos", "nmod", "flat:name"})

    def can_speak_noun(self, tok: Token) -> bool:
        """A noun of a person, a body or a source ("l'économiste", "le syndicat", "le rapport")."""
        lemma = tok.lemma_.lower()
        return self.is_speaker_noun(lemma) or lemma in body_nouns(self.lang) or human_by_ending(tok.lower_, lemma, self.lang)

    def is_known_speaker_noun(self, tok: Token) -> bool:
        """A noun the lexicons list as a speaker, source or body (not merely guessed from its ending)."""
        lemma = tok.lemma_.lower()
        return self.is_speaker_noun(lemma) or lemma in body_nouns(self.lang)

    def _is_person(self, m: Mention) -> bool:
        """A mention of a person: a KB person, or a name with no code (spaCy PER), or a
        description resolved to a named office-holder."""
        if not m.name or m.kind not in ("name", "description"):
            return False
        if m.actor_id is None:  # (a tagged person keeps being one when coded by the body they lead)
            return m.code is None or m.kind == "description" or m.rule in TAGGED_PERSON_RULES
        actor = load_kb().get(m.actor_id)
        return actor is not None and actor.kind == "person"

    def _tagged_person(self, m: Mention) -> bool:
        """Dictionaries of international actors list people among bodies ("Louise Arbour" under an
        IGO code): the tagger's PER on a multi-word name says it is a person's full name."""
        return m.kind == "name" and len(m.text.split()) >= 2 and m.head is not None and self.doc[m.head].ent_type_ == "PER"

    def person_before(self, token_i: int, from_i: int, outside_quotes: bool = False) -> Mention | None:
        """The person named last between tokens `from_i` and `token_i` (outside quotation marks only,
        with `outside_quotes`)."""
        lo, hi = self.doc[from_i].idx, self.doc[token_i].idx
        people = [m for m in self.mentions if lo <= m.start < hi and self._is_person(m)
                  and not (outside_quotes and self.quoted(m.start))]
        return people[-1] if people else None

    def _far_person(self, token: Token) -> Mention | None:
        """The person named last outside quotation marks, up to FAR_PERSON_SENTENCES sentences back."""
        start = token.sent.start
        for _ in range(FAR_PERSON_SENTENCES):
            start = self.doc[start - 1].sent.start if start > 0 else start
        return self.person_before(token.i, start, outside_quotes=True)

    def other_person_between(self, start: int, end: int, name: str) -> bool:
        """Someone other than `name` is named (outside quotation marks) between two offsets."""
        words = set(name.lower().split())
        return any(start <= m.start < end and self._is_person(m) and not self.quoted(m.start)
                   and not set((m.name or m.text).lower().split()) <= words
                   and not set(m.text.lower().split()) <= words for m in self.mentions)  # (the KB may spell it otherwise)

    def is_person_speaker(self, speaker: Speaker | None) -> bool:
        return speaker is not None and speaker.mention is not None and self._is_person(speaker.mention)

    def speaking_subject(self, token: Token) -> Speaker | None:
        """The speaker a clause subject stands for, when it is one that can speak: a pronoun
        resolved to a speaker, a name, or a noun of a person, a body or a source ("la
        porte-parole", "le syndicat") — not "l'argent", "la réforme"."""
        if token.lower_.rstrip(".") in HONORIFICS and token.i + 1 < len(self.doc) and self.doc[token.i + 1].head.i == token.i:
            token = self.doc[token.i + 1]  # "M. Layton a condamné …" with "M." parsed the subject and the name under it
        if token.pos_ == "NOUN" and not self.can_speak_noun(token) and self.mention_at(token) is None:
            return None
        if token.pos_ not in {"NOUN", "PROPN", "PRON"} or (token.pos_ == "PRON" and token.lower_ not in PRONOUN_SUBJECTS):
            return None
        return self.resolve(token)

    def is_named_speaker(self, speaker: Speaker | None, token: Token) -> bool:
        """A person, a body ("la Fédération belge…", "le syndicat") or someone who speaks by role
        ("les responsables", "officials"), not a bare description of people ("les agresseurs")
        whose words the text would not quote."""
        if speaker is None:
            return False
        m = speaker.mention
        if m is not None and (self._is_person(m) or (m.kind == "name" and bool(m.name or m.text))):
            return True
        capitalised = token.text[:1].isupper() and token.i > token.sent.start and token.pos_ in {"NOUN", "PROPN"}
        # a spokesperson, an official, a diplomat: people whose words the news reports
        role = token.lemma_.lower() in self.role_nouns or token.lower_ in self.role_nouns
        return capitalised or role or token.lemma_.lower() in body_nouns(self.lang)

    def speaker_of(self, mention: Mention) -> Speaker:
        return self._from_mention(mention)

    def _sole_holder(self, head: Token) -> Mention | None:
        return sole_office_person(head, self.mentions, self._is_person, lambda m: person_gender(m, self.doc), self.lang, self.published)

    def speaks(self, verb: Token) -> bool:
        return is_speech_verb(verb, speech_lexicon(self.lang), {"assertive"})

    def is_person_noun(self, head: Token) -> bool:
        """A noun of a person ("le frère de X", "l'économiste"), not of a body or a document."""
        return head.pos_ == "NOUN" and self.is_person_lemma(head.lemma_.lower(), head.lower_)

    def is_person_lemma(self, lemma: str, form: str | None = None) -> bool:
        """A noun lemma of a person (`form` the written word, for agent-noun endings)."""
        return (self.is_speaker_noun(lemma) or human_by_ending(form or lemma, lemma, self.lang)) \
            and lemma not in non_person_speakers(self.lang) and lemma not in body_nouns(self.lang) \
            and lemma not in self.document_nouns  # "according to the final communique": no person

    def _fullest(self, m: Mention) -> str:
        return fullest_name(m, [o for o in self.mentions if self._is_person(o) or self._tagged_person(o)], self.mentions,
                            HONORIFICS, self.lang)

    def _from_mention(self, m: Mention) -> Speaker:
        # a person by the fullest form of the name; a body or group by the article's own words,
        # its longest form when the article names it several ways ("HRW" → "Human Rights Watch")
        if self._is_person(m):
            text = self._fullest(m)
        elif m.actor_id and m.kind == "name":
            text = body_name(self.doc, m, self.mentions)
        else:
            text = m.text or m.name
        return Speaker(text=text, actor_id=m.actor_id, code=m.code, mention=m)


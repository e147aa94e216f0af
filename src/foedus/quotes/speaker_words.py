"""Closed word classes the speaker resolver reads: subject and possessive pronouns, first-person
words, indefinite articles, and the endings of nouns of persons."""

from __future__ import annotations

PRONOUN_SUBJECTS = {"il", "elle", "ils", "elles", "-il", "-elle", "-ils", "-elles", "lui", "eux", "he", "she", "they",
                    "him", "her", "them", "it", "lequel", "laquelle", "lesquels", "lesquelles", "celui-ci", "celle-ci",
                    "ceux-ci", "celles-ci"}
PLURAL_PRONOUNS = {"ils", "elles", "eux", "-ils", "-elles", "they", "them", "lesquels", "lesquelles", "leur", "leurs", "ceux", "celles",
                   "ceux-ci", "celles-ci", "their"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"}
FIRST_PERSON = {"je", "j'", "j’", "nous", "i", "we"}
INDEFINITE_ARTICLES = {"un", "une", "a", "an"}  # "a spokesperson", "une source": someone not yet named
# Endings of French/English nouns of persons ("négociateur", "analyste", "habitante") — a subject
# with such a head can speak even when no lexicon lists it.
HUMAN_NOUN_ENDINGS = ("eur", "euse", "rice", "iste", "ien", "ienne", "ier", "ière", "ant", "ante", "aire", "ais",
                      "aise", "ois", "oise", "at", "ate", "logue", "ef", "oyen", "oyenne", "ain", "aine", "in", "ine",
                      "ard", "arde", "isan", "isane", "euses", "eurs", "istes", "iens", "iennes", "ants", "aires",
                      "ats", "er", "ers", "ist", "ists", "ian", "ians", "or", "ors")
DESCRIBED_DEMONSTRATIVES = {"celui", "celle", "ceux", "celles"}  # with a relative clause: "celui qui est aussi …"
ONE_OF = {"un", "une", "l'un", "l’un", "l'une", "l’une"}  # with a noun complement: "un de ses responsables"
OF_CASES = {"de", "du", "des", "d'", "d’", "of"}  # the prepositions of a complement of whom: "le porte-parole de la présidence"

# relative pronouns whose clause's speaker is the noun the clause hangs on ("François Hollande, lequel a
# plaidé pour …", "l'organisation, qui affirme …")
RELATIVE_SUBJECTS = frozenset({"qui", "who", "lequel", "laquelle", "lesquels", "lesquelles"})

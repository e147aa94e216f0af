"""Tokenizer repairs made before anything is parsed:

- a honorific glued to the name it introduces ("M.Macron", "Mme.Merkel", as some outlets and wires
  write them) is split into "M." + name, so the actor and quote stages see the usual form
  (abbreviations from data/honorifics.tsv);
- French hyphenated compounds the model's tokenizer cuts at the hyphen ("état-major",
  "député-maire") stay one token (data/compounds_fr.tsv);
- the inverted clitic "-elles" is split off its verb like "-ils" and "-elle" already are
  ("ont-elles affirmé" → "ont" + "-elles"): fr_core_news_md's suffix list lacks it, and an incise's
  subject is then read as a plain "elles";
- an elided word glued to the quotation mark after it ("qu'"aucun" scénario", "l'«accord»") is cut
  at the mark, so "qu'" is the conjunction it is and the quote opens where it does;
- a full stop glued between two sentences, as some pages run them together ("l'est de la
  RDC.Le 19 décembre", "«sabotage».Le diplomate"), is cut off so the parser sees two sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.util import compile_prefix_regex, compile_suffix_regex

from foedus.language.honorifics import honorifics

COMPOUNDS = {"fr": Path(__file__).with_name("data") / "compounds_fr.tsv"}

# only abbreviations (short forms) are written with a dot; the name after it is capitalised and
# goes on in lower case, so acronyms ("M.I.T.") are left whole
_NAME_AFTER = r"(?=[A-ZÀ-Ý][a-zà-ÿ])"


def glued_title_prefix() -> str:
    forms = sorted((f for f in honorifics() if len(f) <= 3), key=len, reverse=True)
    alternatives = "|".join(re.escape(f[0].upper() + f[1:]) for f in forms)
    return rf"(?:{alternatives})\.{_NAME_AFTER}"


@lru_cache(maxsize=None)
def compounds(lang: str) -> tuple[str, ...]:
    path = COMPOUNDS.get(lang)
    if path is None:
        return ()
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    forms: set[str] = set()
    for word in lines[1:]:
        capital = word[0].upper() + word[1:]
        forms |= {word, capital, capital.replace("É", "E", 1)}
    return tuple(sorted(forms))


# the French inverted clitics spaCy's suffixes leave out (its list has "-elle", "-ils", "-on", …), and
# the demonstrative "-ci", which its infixes cut in two ("ce mois-ci" → "mois" "-" "ci": the parser
# then starts a sentence at the hyphen) where "-là" stays one suffix ("ce jour-là")
INVERTED_CLITIC_SUFFIX = r"(?<=[^\W\d_])[-‐‑](?:elles|ELLES|ci|CI)"


# a word of two letters or more, or a closing mark, then ".", then a capitalised word: never an
# abbreviation ("M.Macron" is a prefix above; "U.S." has no lower case after the dot)
# (a closing mark before the dot is a token of its own too: «"sabotage".Le» → sabotage | " | . | Le)
RUN_TOGETHER_STOP = r"(?:(?<=[^\W\d_]{2})|(?<=[»”\"\)]))\.(?=[A-ZÀ-Ý][a-zà-ÿ])|(?<=[^\W\d_])[»”\"\)](?=\.[A-ZÀ-Ý][a-zà-ÿ])"


# an elided word ("qu'", "l'", "d'") then an opening mark: the mark is a token of its own
ELISION_BEFORE_MARK = r"(?<=[^\W\d_]['’])[\"«“]"


def repair_tokenizer(nlp: Language) -> None:
    """Add the glued-title prefix, the run-together full stop, the French clitic suffix and the compounds of the pipeline's
    language (idempotent)."""
    pattern = glued_title_prefix()
    prefixes = list(nlp.Defaults.prefixes or [])
    if pattern not in prefixes:
        nlp.tokenizer.prefix_search = compile_prefix_regex([pattern, *prefixes]).search
    infix = nlp.tokenizer.infix_finditer.__self__.pattern if nlp.tokenizer.infix_finditer else None
    if infix is None or RUN_TOGETHER_STOP not in infix:  # the model's own infixes, kept
        ours = RUN_TOGETHER_STOP + (f"|{ELISION_BEFORE_MARK}" if nlp.lang == "fr" else "")
        nlp.tokenizer.infix_finditer = re.compile(ours + (f"|{infix}" if infix else "")).finditer
    if nlp.lang == "fr":
        nlp.tokenizer.suffix_search = compile_suffix_regex([INVERTED_CLITIC_SUFFIX, *(nlp.Defaults.suffixes or [])]).search
    for form in compounds(nlp.lang):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])

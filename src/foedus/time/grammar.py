"""Regex grammars of temporal expressions, one list of rules per language.

Templates hold only the word order; `<NAME>` placeholders are filled with alternations built
from the language's lexicon (lexicon.py). Every rule's named groups are read by the resolver
(resolve.py) under the same names in every language, so one resolver serves all grammars.
A group named `t`, when present, is the expression's extent (prepositions such as "en",
"depuis" are matched as context but left out of the span, as TimeML does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from foedus.time.lexicon import Lexicon, alternation, load_lexicon


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    priority: int  # lower wins between candidates of equal length
    # the same pattern without IGNORECASE, to scan lower-cased text (twice as fast); None when the
    # pattern has upper-case letters of its own (roman numerals), which lower-cased text cannot match
    scanner: re.Pattern[str] | None = None

    def finditer(self, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
        """`regex.finditer(text)`, match for match: the case-free scanner finds where the next match
        starts in `lowered` (text.lower(), of the same length) and the rule's own regex matches
        there, so groups and offsets are the original text's."""
        if self.scanner is None or lowered is None:
            yield from self.regex.finditer(text)
            return
        pos = 0
        while pos <= len(text):
            found = self.scanner.search(lowered, pos)
            if found is None:
                return
            m = self.regex.match(text, found.start())
            if m is None:  # (never expected: the two patterns read the same text alike)
                pos = found.start() + 1
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1


_B = r"(?<![\w-])"  # word start that also refuses "avant-hier" → "hier"
_E = r"(?![\w-])"

FR_DAY = r"(?:1er|premier|[12]\d|3[01]|0?[1-9])"
EN_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]\d{2}|20\d{2})(?![\d,.]\d)"
# A two-digit year ("octobre 98") is trusted unless a noun follows ("mai 12 personnes").
YEAR2 = r"['\u2019]?\d{2}(?!\d)(?![.,]\d)(?!\s+[a-zà-ÿ]{3,})"
NUM = r"(?:\d+(?:[.,]\d+)?|<NUMW>)"
POD_SUFFIX = r"(?:\s+(?:en\s+|dans\s+l[a'\u2019]\s*|au\s+|à\s+la\s+)?(?:(?P<mod>MODW)\s+(?:de\s+|d['\u2019])(?:l['\u2019])?)?(?P<pod><POD>))"

# Durations ("trois jours", "tres días"), fixed durations and sets ("chaque lundi", "cada lunes"):
# one shape for French and Spanish, whose words come from each language's lexicon.
QUANTITY_RULES_FR_ES: list[tuple[str, str]] = [
    ("duration", r"(?P<t>(?:\b(?P<dmod><DMOD>)\s+)?" + _B + r"(?P<n>" + NUM + r"|<VAGUEQ>)\s+(?P<unit><UNIT>)" + _E + ")"),
    ("fixed_duration", _B + r"(?P<t>(?P<fixed><FIXDUR>))" + _E),
    ("set", r"(?P<t>\b(?P<q><SETQ>)\s+(?:(?P<wd><WD>)s?|(?P<unit><SETUNIT>))" + _E + ")"),
]

FR_RULES: list[tuple[str, str]] = [
    ("iso", r"(?<![\d/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
    ("numeric", r"(?<![\d/.,])(?P<d>[12]\d|3[01]|0?[1-9])/(?P<m>1[0-2]|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])"),
    (
        "date",
        r"(?:\b(?P<pre>jusqu['\u2019]au|depuis\s+le|à\s+partir\s+du|avant\s+le)\s+)?"
        r"(?P<t>(?:\b(?:le|ce)\s+)?(?:(?P<wd><WD>)\s+)?" + _B + r"(?P<d>" + FR_DAY + r")\s+(?P<mon><MONTHX>)" + _E
        + r"(?:\s+(?P<y>" + YEAR4 + "|" + YEAR2 + r"))?(?:\s+(?P<mark><MARK>)" + _E + r")?" + POD_SUFFIX.replace("MODW", "<MOD>") + "?)",
    ),
    (
        "day_coord",
        r"(?P<t>(?:\b(?:les|le)\s+)?" + _B + r"(?P<d>" + FR_DAY + r"))(?=(?:\s*,\s*" + FR_DAY + r")*\s+(?:et|ou|au)\s+(?:le\s+)?"
        + FR_DAY + r"\s+(?P<mon><MONTHX>)(?:\s+(?P<y>" + YEAR4 + r"))?)",
    ),
    ("month_year", r"(?P<t>(?:\b(?P<mod><MOD>)[\s-]+(?:de\s+|d['\u2019])?)?" + _B + r"(?P<mon><MONTHX>)\s+(?P<y>" + YEAR4 + "|" + YEAR2 + r"))"),
    (
        "month",
        r"(?:\b(?P<pre>en|depuis|dès|jusqu['\u2019]en|courant|de|d['\u2019])\s*)?(?P<t>(?:\b(?P<mod><MOD>)[\s-]+(?:de\s+|d['\u2019])?)?"
        r"(?:(?:le\s+)?mois\s+(?:de\s+|d['\u2019]))?" + _B + r"(?P<mon><MONTH>)" + _E + r"(?:\s+(?P<mark><MARK>)" + _E + r")?)",
    ),
    # "en 97", "rien en 98": a two-digit year needs "en" and no noun after it ("en 20 minutes").
    ("year2", r"\ben\s+(?P<t>(?P<y>" + YEAR2 + r"))(?!\s*(?:%|h\b|[a-zà-ÿ]))"),
    (
        "year",
        r"(?:\b(?P<pre>en|depuis|dès|de|jusqu['\u2019]en|avant|après|courant|entre|et|d['\u2019]ici)\s+)?(?P<t>(?:\b(?P<mod><MOD>)[\s-]+"
        r"(?:de\s+l['\u2019]année\s+|d['\u2019])?)?(?:l['\u2019]an(?:née)?\s+)?(?<![\d.,])(?P<y>" + YEAR4 + r"))(?!\s*%)",
    ),
    ("decade", r"(?P<t>(?:\b(?P<mod><MOD>)\s+(?:des\s+))?(?:les\s+)?années\s+(?P<dec>\d{4}|\d{2}|<DECW>)" + _E + ")"),
    ("century", r"(?P<t>(?:\b(?P<mod><MOD>)\s+(?:du\s+))?(?:le\s+)?(?P<c>[IVXL]+|\d{1,2})(?:e|è|ème)\s+siècle)"),
    (
        "rel_day",
        _B + r"(?P<t>(?P<rel><REL>)" + _E + r"(?:\s*,?\s+(?P<wd><WD>)" + _E + r")?" + POD_SUFFIX.replace("MODW", "<MOD>") + "?)",
    ),
    ("night_of", r"(?P<t>(?:la\s+)?nuit\s+(?:de|du)\s+(?P<wd><WD>)\s+(?:à|au)\s+(?P<wd2><WD>))"),
    (
        "weekday",
        r"(?:\b(?P<pre>dès|depuis|jusqu['\u2019]à|à\s+partir\s+de|de|d['\u2019])\s*)?(?P<t>(?:\b(?P<this><THIS>)\s+)?(?:(?P<same><SAME>)\s+)?" + _B
        + r"(?P<wd><WD>)" + _E + r"(?:\s+(?P<mark><MARK>)" + _E + r")?" + POD_SUFFIX.replace("MODW", "<MOD>") + r"?)",
    ),
    ("pod_this", r"(?P<t>\b(?P<this><THIS>)\s+(?P<pod><POD>)" + _E + ")"),
    ("pod_def", r"(?P<t>\b(?:la|le|l['\u2019])\s*(?P<pod><POD>)" + _E + r"(?:\s+(?P<same><SAME>))?)(?!\s+(?:de|du|des|d['\u2019])\b)"),
    ("pod_mod", r"(?P<t>\b(?P<mod><MOD>)\s+(?:de\s+|d['\u2019])(?:la\s+|l['\u2019])?(?P<pod><POD>)" + _E + ")"),
    ("anaphora", _B + r"(?P<t>(?P<ana><ANA>)" + _E + r"(?:\s+(?:au\s+)?(?P<pod><POD>)" + _E + ")?)"),
    (
        "period_rel",
        r"(?P<t>(?:\b(?P<mod><MOD>)\s+(?:de\s+(?:la\s+|l['\u2019])?|d['\u2019]|du\s+))?(?:(?P<this><THIS>)\s+|(?:la|le|l['\u2019]|du)\s*)?"
        r"(?P<unit><PERIOD>)(?:-ci)?" + _E + r"(?:\s+(?P<mark><MARK>)" + _E + r")?)",
    ),
    ("season", r"\b(?P<det><SEASONDET>)\s*(?P<t>(?P<season><SEASON>)" + _E + r"(?:\s+(?P<y>" + YEAR4 + r"))?(?:\s+(?P<mark><MARK>))?)"),
    ("ago", r"(?P<t>\b(?P<ago><AGO>)\s+(?P<n>" + NUM + r"|<VAGUEQ>)\s+(?P<unit><UNIT>)" + _E + ")"),
    ("ahead", r"(?P<t>\b(?P<ahead><AHEAD>)\s+(?P<n>" + NUM + r")\s+(?P<unit><UNIT>)" + _E + ")"),
    *QUANTITY_RULES_FR_ES,
    (
        "clock",
        r"(?P<t>(?:\b(?P<approx><APPROX>)\s+)?(?<![\d,.])(?P<h>[01]?\d|2[0-4])\s*(?P<u>h|heures?)"
        r"(?:\s*(?P<mi>[0-5]\d)(?!\d))?" + _E + ")",
    ),
    ("noon", r"(?P<t>(?:\b(?P<approx><APPROX>)\s+)?(?:à\s+)?" + _B + r"(?P<noon><NOON>)" + _E + ")"),
    ("vague", r"(?<![\w'\u2019-])(?P<t>(?P<vague><VAGUE>))" + _E),
]

EN_RULES: list[tuple[str, str]] = [
    ("iso", r"(?<![\d/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
    ("numeric_us", r"(?<![\d/.,])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>\d{4})(?![\d/])"),
    (
        "date",
        r"(?P<t>(?:(?P<wd><WD>),?\s+)?" + _B + r"(?P<mon><MONTHX>)\s+(?P<d>" + EN_DAY + r")(?![\d:])(?:,?\s+(?P<y>" + YEAR4 + r"))?)",
    ),
    (
        "date",
        r"(?P<t>(?:(?P<wd><WD>),?\s+)?(?:the\s+)?" + _B + r"(?P<d>" + EN_DAY + r")\s+(?:of\s+)?(?P<mon><MONTHX>)" + _E
        + r"(?:,?\s+(?P<y>" + YEAR4 + r"))?)",
    ),
    ("month_year", r"(?P<t>(?:\b(?P<mod><MOD>)[\s-]+)?" + _B + r"(?P<mon><MONTHX>)(?:\s+of)?,?\s+(?P<y>" + YEAR4 + r"))"),
    (
        "month",
        r"(?:\b(?P<pre>in|since|by|until|from|during|of)\s+)?(?P<t>(?:(?P<mark><MARK>)\s+|(?P<this><THIS>)\s+)?"
        r"(?:(?P<mod><MOD>)[\s-]+)?" + _B + r"(?P<mon><MONTH>)" + _E + ")",
    ),
    (
        "year",
        r"(?:\b(?P<pre>in|since|from|until|by|before|after|of|during|between|and)\s+)?(?P<t>(?:(?P<mod><MOD>)[\s-]+)?"
        r"(?<![\d.,$£€])(?P<y>" + YEAR4 + r"))(?!\s*%)",
    ),
    ("decade", r"(?P<t>(?:(?P<mod><MOD>)\s+)?(?:the\s+)?['\u2019]?(?P<dec>(?:1\d|20)?\d0)['\u2019]?s)\b"),
    ("century", r"(?P<t>(?:(?P<mod><MOD>)\s+)?(?:the\s+)?(?P<c>\d{1,2})(?:st|nd|rd|th)\s+century)"),
    ("rel_day", _B + r"(?P<t>(?P<rel><REL>)" + _E + r"(?:\s+(?P<pod><POD>)" + _E + ")?)"),
    ("rel_pod", _B + r"(?P<t>(?P<relpod><RELPOD>))" + _E),
    (
        "weekday",
        r"(?:\b(?P<pre>since|until|by)\s+)?(?P<t>(?:(?P<mark><MARK>)\s+|(?P<this><THIS>)\s+)?" + _B + r"(?P<wd><WD>)" + _E
        + r"(?:\s+(?P<pod><POD>)" + _E + ")?)",
    ),
    ("pod_this", r"(?P<t>\b(?P<this><THIS>)\s+(?P<pod><POD>)" + _E + ")"),
    ("pod_def", r"(?P<t>\bthat\s+(?P<pod><POD>)" + _E + ")"),
    ("anaphora", _B + r"(?P<t>(?P<ana><ANA>))" + _E),
    (
        "period_rel",
        r"(?P<t>(?:(?P<mod><MOD>)\s+)?(?:(?P<this><THIS>)|(?P<mark><MARK>))\s+(?P<unit><PERIOD>)" + _E + ")",
    ),
    (
        "season",
        r"\b(?P<det>in|this|the|last|next)\s+(?P<t>(?P<season><SEASON>)" + _E + r"(?:\s+(?:of\s+)?(?P<y>" + YEAR4 + r"))?)",
    ),
    ("ago", r"(?P<t>" + _B + r"(?P<n>" + NUM + r"|<VAGUEQ>)\s+(?P<unit><UNIT>)\s+(?P<ago><AGO>)" + _E + ")"),
    ("duration", r"(?P<t>(?:\b(?P<dmod><DMOD>)\s+)?" + _B + r"(?P<n>" + NUM + r"|<VAGUEQ>)[\s-]+(?P<unit><UNIT>)" + _E + ")"),
    ("fixed_duration", _B + r"(?P<t>(?P<fixed><FIXDUR>))" + _E),
    ("set", r"(?P<t>\b(?P<q><SETQ>)\s+(?:(?P<wd><WD>)|(?P<unit><SETUNIT>))" + _E + ")"),
    (
        "clock",
        r"(?P<t>(?:\b(?P<approx><APPROX>)\s+)?(?<![\d,.:])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*(?P<u><CLOCKU>)(?![\w]))",
    ),
    ("clock", r"(?P<t>(?:\b(?P<approx><APPROX>)\s+)?(?<![\d,.:])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:]))"),
    ("noon", r"(?P<t>(?:\b(?P<approx><APPROX>)\s+)?" + _B + r"(?P<noon><NOON>)" + _E + ")"),
    ("vague", r"(?<![\w'\u2019-])(?P<t>(?P<vague><VAGUE>))" + _E),
]


ES_DAY = r"(?:1\.?[ºo°]|1ro|primero|[12]\d|3[01]|0?[1-9])"
ES_POD_SUFFIX = r"(?:\s+(?:por\s+la\s+|en\s+la\s+|a\s+la\s+|de\s+la\s+|durante\s+la\s+)?(?P<pod><POD>))"
ES_YEAR = r"(?:\s+(?:de|del)\s+(?P<y>" + YEAR4 + r"))"

ES_RULES: list[tuple[str, str]] = [
    ("iso", r"(?<![\d/])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)"),
    ("numeric", r"(?<![\d/.,])(?P<d>[12]\d|3[01]|0?[1-9])/(?P<m>1[0-2]|0?[1-9])/(?P<y>\d{4}|\d{2})(?![\d/])"),
    # "el 17 de noviembre de 2012", "el lunes 3 de marzo", "el pasado 3 de marzo", "el 3 de marzo pasado"
    (
        "date",
        r"(?:\b(?P<pre>hasta\s+el|desde\s+el|a\s+partir\s+del|antes\s+del)\s+)?"
        r"(?P<t>(?:\b(?:el|este)\s+)?(?:(?P<mark><MARK>)\s+)?(?:(?P<wd><WD>)\s*,?\s+)?" + _B + r"(?P<d>" + ES_DAY + r")\s+de\s+"
        r"(?P<mon><MONTHX>)" + _E + ES_YEAR + "?" + ES_POD_SUFFIX + "?)",
    ),
    (
        "date",
        r"(?P<t>(?:\b(?:el|este)\s+)?(?:(?P<wd><WD>)\s*,?\s+)?" + _B + r"(?P<d>" + ES_DAY + r")\s+de\s+(?P<mon><MONTHX>)" + _E
        + r"\s+(?P<mark><MARK>)" + _E + ")",
    ),
    (
        "day_coord",
        r"(?P<t>(?:\b(?:los\s+días|el|los)\s+)?" + _B + r"(?P<d>" + ES_DAY + r"))(?=(?:\s*,\s*" + ES_DAY + r")*\s+(?:y|o|al)\s+(?:el\s+)?"
        + ES_DAY + r"\s+de\s+(?P<mon><MONTHX>)(?:\s+de\s+(?P<y>" + YEAR4 + r"))?)",
    ),
    ("month_year", r"(?P<t>(?:\b(?P<mod><MOD>)\s+de\s+)?" + _B + r"(?P<mon><MONTHX>)\s+(?:de\s+|del\s+)?(?P<y>" + YEAR4 + r"))"),
    (
        "month",
        r"(?:\b(?P<pre>en|desde|hasta|para)\s+)?(?P<t>(?:\b(?P<mod><MOD>)\s+de\s+)?(?:(?:el\s+)?mes\s+de\s+)?"
        + _B + r"(?P<mon><MONTH>)" + _E + r"(?:\s+(?P<mark><MARK>)" + _E + r")?)",
    ),
    ("month", r"(?P<t>\b(?:el\s+)?(?P<mark><MARK>)\s+mes\s+de\s+" + _B + r"(?P<mon><MONTH>)" + _E + ")"),
    (
        "year",
        r"(?:\b(?P<pre>en|desde|de|del|hasta|antes\s+de|después\s+de|durante|entre|y|para)\s+)?(?P<t>(?:\b(?P<mod><MOD>)\s+"
        r"(?:de\s+|del\s+)?)?(?:(?:el\s+)?año\s+)?(?<![\d.,])(?P<y>" + YEAR4 + r"))(?!\s*%)",
    ),
    (
        "decade",
        r"(?P<t>(?:\b(?P<mod><MOD>)\s+de\s+)?(?:\blos\s+años|\b(?:la\s+)?década\s+de(?:\s+los)?)\s+(?P<dec>\d{4}|\d{2}|<DECW>)" + _E + ")",
    ),
    ("century", r"(?P<t>(?:\b(?P<mod><MOD>)\s+del\s+)?(?:\bel\s+)?siglo\s+(?P<c>[IVXL]+|\d{1,2})" + _E + ")"),
    (
        "rel_day",
        _B + r"(?P<t>(?P<rel><REL>)" + _E + r"(?:\s*,?\s+(?P<wd><WD>)" + _E + r")?" + ES_POD_SUFFIX + "?)",
    ),
    # "la madrugada de hoy", "en la noche de ayer"
    ("rel_day", r"(?P<t>\b(?:la\s+)?(?P<pod><POD>)\s+de\s+(?P<rel><REL>)" + _E + ")"),
    ("rel_pod", _B + r"(?P<t>(?P<relpod><RELPOD>))" + _E),
    (
        "weekday",
        r"(?:\b(?P<pre>desde\s+el|hasta\s+el|a\s+partir\s+del|desde|hasta)\s+)?(?P<t>(?:\b(?:el|este|ese)\s+)?(?:(?P<mark2><MARK>)\s+)?"
        r"(?:(?P<same><SAME>)\s+)?" + _B + r"(?P<wd><WD>)" + _E + r"(?:\s+(?P<mark><MARK>)" + _E + r")?" + ES_POD_SUFFIX + r"?)",
    ),
    # "la noche del sábado", "en la tarde del viernes pasado"
    (
        "weekday",
        r"(?P<t>\b(?:la\s+)?(?P<pod><POD>)\s+(?:del|de\s+este)\s+(?:(?P<mark2><MARK>)\s+)?(?P<wd><WD>)" + _E
        + r"(?:\s+(?P<mark><MARK>)" + _E + r")?)",
    ),
    ("pod_this", r"(?P<t>\b(?P<this><THIS>)\s+(?P<pod><POD>)" + _E + ")"),
    ("pod_def", r"(?P<t>\b(?:la|esa|aquella)\s+(?P<pod><POD>)" + _E + r"(?:\s+(?P<same><SAME>))?)(?!\s+(?:de|del)\b)"),
    ("pod_mod", r"(?P<t>\b(?P<mod><MOD>)\s+(?:de\s+)?(?:la\s+)?(?P<pod><POD>)" + _E + ")"),
    ("anaphora", _B + r"(?P<t>(?P<ana><ANA>)" + _E + r"(?:\s+(?:por\s+la\s+|en\s+la\s+|a\s+la\s+)?(?P<pod><POD>)" + _E + ")?)"),
    (
        "period_rel",
        r"(?P<t>(?:\b(?P<mod><MOD>)\s+(?:de\s+(?:la\s+|este\s+|esta\s+)?|del\s+))?(?:(?P<this><THIS>)\s+|(?:el|la|del|al)\s+)?"
        r"(?P<unit><PERIOD>)" + _E + r"(?:\s+(?P<mark><MARK>)" + _E + r")?)",
    ),
    (
        "period_rel",
        r"(?P<t>(?:\b(?P<mod><MOD>)\s+(?:de\s+la\s+|del\s+))?(?:\b(?:el|la|del|al)\s+)?(?P<mark><MARK>)\s+(?P<unit><PERIOD>)" + _E + ")",
    ),
    ("season", r"\b(?P<det><SEASONDET>)\s+(?P<t>(?P<season><SEASON>)" + _E + r"(?:\s+(?:de\s+|del\s+)?(?P<y>" + YEAR4 + r"))?(?:\s+(?P<mark><MARK>))?)"),
    ("ago", r"(?P<t>\b(?P<ago><AGO>)\s+(?:(?:casi|unos|unas|más\s+de|menos\s+de)\s+)?(?P<n>" + NUM + r"|<VAGUEQ>)\s+(?P<unit><UNIT>)" + _E + ")"),
    ("ahead", r"(?P<t>\b(?P<ahead><AHEAD>)\s+(?:(?:unos|unas)\s+)?(?P<n>" + NUM + r")\s+(?P<unit><UNIT>)" + _E + ")"),
    *QUANTITY_RULES_FR_ES,
    (
        "clock",
        r"(?P<t>(?:\b(?P<approx><APPROX>)\s+)?(?:\ba\s+)?\blas?\s+(?P<h>[01]?\d|2[0-4])(?:[:.](?P<mi>[0-5]\d))?"
        r"(?:\s*(?P<u><CLOCKU>))?(?:\s+de\s+la\s+(?:mañana|tarde|noche|madrugada))?" + _E + ")",
    ),
    ("clock", r"(?P<t>(?:\b(?P<approx><APPROX>)\s+)?(?<![\d,.:])(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)\s*(?P<u>horas|hs|h)" + _E + ")"),
    ("noon", r"(?P<t>(?:\b(?P<approx><APPROX>)\s+)?" + _B + r"(?P<noon><NOON>)" + _E + ")"),
    ("vague", r"(?<![\w'\u2019-])(?P<t>(?P<vague><VAGUE>))" + _E),
]

GRAMMARS: dict[str, list[tuple[str, str]]] = {"fr": FR_RULES, "en": EN_RULES, "es": ES_RULES}


def _placeholders(lex: Lexicon) -> dict[str, str]:
    months = list(lex.months)
    return {
        "<MONTH>": alternation(months),
        "<MONTHX>": alternation(months + list(lex.month_abbreviations)),
        "<WD>": alternation(lex.weekdays),
        "<POD>": alternation(lex.parts_of_day),
        "<REL>": alternation(lex.relative_days),
        "<RELPOD>": alternation(lex.relative_day_pods),
        "<MARK>": alternation(lex.past_markers | lex.future_markers),
        "<MOD>": alternation(lex.modifiers),
        "<APPROX>": alternation(lex.approx),
        "<DMOD>": alternation(lex.duration_modifiers),
        "<UNIT>": alternation(lex.units),
        "<NUMW>": alternation(lex.numbers),
        "<VAGUEQ>": alternation(lex.vague_quantities),
        "<FIXDUR>": alternation(lex.fixed_durations),
        "<SEASON>": alternation(lex.seasons),
        "<SEASONDET>": alternation(lex.season_determiners),
        "<ANA>": alternation(lex.anaphora),
        "<SAME>": alternation(lex.raw.get("anaphora_same", [])),
        "<VAGUE>": alternation(lex.vague),
        "<SETQ>": alternation(lex.set_quantifiers),
        "<SETUNIT>": alternation(lex.set_units),
        "<AGO>": alternation(lex.ago),
        "<AHEAD>": alternation(lex.ahead),
        "<PERIOD>": alternation(lex.relative_periods),
        "<THIS>": alternation(lex.this),
        "<DECW>": alternation(lex.decade_words),
        "<NOON>": alternation(lex.noon),
        "<CLOCKU>": alternation(lex.clock_units),
    }


@lru_cache(maxsize=None)
def compiled_rules(lang: str) -> tuple[Rule, ...]:
    """The language's rules with the lexicon filled in, compiled once per process."""
    if lang not in GRAMMARS:
        raise ValueError(f"no time grammar for language {lang!r}")
    lex = load_lexicon(lang)
    fill = _placeholders(lex)
    rules = []
    for priority, (name, template) in enumerate(GRAMMARS[lang]):
        pattern = template
        for key, alt in fill.items():
            pattern = pattern.replace(key, alt)
        # Every expression starts at a word start: refusing mid-word positions up front makes the
        # scan several times faster (the optional prefixes are otherwise tried at every character).
        regex = r"(?<!\w)" + pattern
        scanner = None if _own_capitals(regex) else re.compile(regex)
        rules.append(Rule(name, re.compile(regex, re.IGNORECASE), priority, scanner))
    return tuple(rules)


def _own_capitals(pattern: str) -> bool:
    """Upper-case letters in the pattern itself (not in escapes or group names): "[IVXL]+"."""
    bare = re.sub(r"\(\?P[<=][^>)]+[>)]", "", re.sub(r"\\.", "", pattern))
    return any(c.isupper() for c in bare)

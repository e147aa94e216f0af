"""The country an article is mostly about, from its actor mentions (and places, when known)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from foedus.records import Mention

# code prefixes that are no country: international bodies, armed groups, NGOs, companies, regions
NOT_COUNTRIES = {"IGO", "IMG", "NGO", "MNC", "WST", "EUR", "---"}


def main_country(mentions: list[Mention], place_countries: Iterable[str] = (),
                 count_business: bool = False) -> str | None:
    """The most frequent country code in actor mentions and places (IGOs and armed groups aside).
    Companies count only with `count_business` (the country an unknown organisation is typed with);
    for events they trade everywhere and would pull the article abroad."""
    counts: Counter[str] = Counter()
    for m in mentions:
        # companies trade everywhere: "les banques belges que sont BNP Paribas Fortis et AXA" is Belgian news
        business = m.code is not None and m.code[3:6] == "BUS" and not count_business
        if m.code and m.code[:3].isalpha() and m.code[:3] not in NOT_COUNTRIES and not business:
            counts[m.code[:3]] += 1
    for c in place_countries:
        if c:
            counts[c] += 1
    if not counts:  # no state, person or place: the demonym of a business described in words ("banques belges")
        counts.update(m.code[:3] for m in mentions if m.kind == "description" and m.code and m.code[3:6] == "BUS")
    return counts.most_common(1)[0][0] if counts else None

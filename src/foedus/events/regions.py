"""A list of bare country names after "entre" names a region, not the parties of an act: "une
opération de combat entre Mali, Burkina Faso et Niger" is fought in the tri-border area. French
gives a country its article when the country acts ("entre le Mali et le Niger"); capitals
("entre Ankara et Moscou") and article-less states ("Israël", data/articleless_countries.tsv)
still name parties."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from foedus.events.lexicon import articleless_countries
from foedus.records import Mention


def region_between(tok: Token, mention_for: Callable[[Token], Mention | None]) -> bool:
    """`tok` opens an "entre" list of two or more bare country names that take an article in French."""
    if tok.lang_ != "fr" or not any(c.dep_ == "case" and c.lower_ == "entre" for c in tok.children):
        return False
    # (the parser may hang the later names on the trigger itself)
    later = [c for c in tok.head.children if c.dep_ == "conj" and c.i > tok.i]
    members = [tok, *(c for t in [tok, *later] for c in t.subtree if c.dep_ == "conj" and c.pos_ == "PROPN")]
    if len(members) < 2:
        return False
    for member in members:
        mention = mention_for(member)
        if mention is None or not mention.code or len(mention.code) != 3 \
                or any(c.dep_ == "det" for c in member.children) or mention.text.lower() in articleless_countries("fr"):
            return False
    return True

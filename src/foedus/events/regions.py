"""A list of bare country names after "entre" names a region, not the parties of an act: "une
opération de combat entre Mali, Burkina Faso et Niger" is fought in the tri-border area. French
gives a country its article when the country acts ("entre le Mali et le Niger"); capitals
("entre Ankara et Moscou") and article-less states ("Israël", data/articleless_countries.tsv)
still name parties. The second party of an "entre" list may be hung deep inside a phrase set
between them (`hung_second_party`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from spacy.tokens import Token

from foedus.events.lexicon import articleless_countries
from foedus.records import Mention

if TYPE_CHECKING:
    from foedus.events.arguments import ActorReader, Argument


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


def hung_second_party(first: Token) -> list[Token]:
    """"entre les Forces armées du Soudan (…), dirigées par le général X, et les paramilitaires des
    RSF": the parser hung the second party on the phrase between them — a conjunct after "et" in the
    sentence, past the first party, with no finite verb before it."""
    doc, end = first.doc, first.right_edge.i
    for tok in doc[end + 1:first.sent.end]:
        if "Fin" in tok.morph.get("VerbForm") and not any(a.dep_ == "acl:relcl" for a in (tok, *tok.ancestors) if a.i > end):
            return []  # (a relative clause inside the phrase between them may have one: "chef de la junte qui est …")
        if tok.dep_ == "conj" and tok.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "cc" and c.lower_ in {"et", "and"} for c in tok.children):
            return [tok]
    return []


def with_hung_second_party(reader: "ActorReader", first: "Argument | None", also: list[Token] = ()) -> "Argument | None":
    """An "entre" party read alone gains the second party the parser hung further on (or `also`:
    conjuncts it hung on the trigger itself, "un cessez-le-feu entre A et B")."""
    if first is None or first.token is None or len(first.codes) != 1:
        return first
    for tok in [*also, *hung_second_party(first.token)]:
        other = reader.read(tok)
        if other is not None:
            first.codes += [c for c in other.codes if c not in first.codes]
    return first

"""Indirect quotes do not nest (ANNOTATION.md): of reported clauses inside one another the
outermost is the quote — but a document only relaying a sayer's que-clause yields to it."""

from __future__ import annotations

from foedus.records import Quote


def outermost(quotes: list[Quote], sayers: set[int], relaying: set[int]) -> list[Quote]:
    """Indirect quotes do not nest: keep the outermost reported content — except that "X a précisé
    que …, selon le communiqué" is X's statement, the document (`relaying`: ids of "selon" quotes
    whose source is one) only relaying it; a newspaper's "according to" keeps the whole report.
    `sayers`: ids of que-clause quotes whose verb has an active, personal subject."""
    quotes = sorted(quotes, key=lambda q: (q.start, -(q.end - q.start)))
    quotes = [q for q in quotes if not (id(q) in relaying and any(id(r) in sayers and _relays(q, r) for r in quotes))]
    kept: list[Quote] = []
    for q in quotes:
        if any(k.start <= q.start and q.end <= k.end for k in kept):
            continue
        kept.append(q)
    return kept


def _relays(source: Quote, said: Quote) -> bool:
    """The "selon" statement only frames a que-clause quote: that quote starts inside it and runs to
    its end (or past it, when the clause was not cut before the "selon")."""
    return said is not source and said.rule == "que-clause" and source.start <= said.start < source.end \
        and said.end >= source.end - 2

"""Near-duplicate detection: MinHash LSH finds edited copies, not merely related articles, and
signatures survive a round trip through bytes (they are persisted between runs)."""

from __future__ import annotations

from corpus_helpers import PARAGRAPHS

from foedus.ingest.dedup import NearDuplicateIndex, minhash_from_bytes, minhash_of, signature_bytes

STORY = " ".join(PARAGRAPHS * 3)


def test_edited_copy_is_a_near_duplicate_but_a_different_story_is_not():
    index = NearDuplicateIndex()
    index.add("orig", minhash_of(STORY))
    copy = STORY.replace("mardi", "mercredi", 1) + " Mis à jour à 18 h."
    other = ("Le Parlement européen a adopté jeudi une résolution sur la pêche en Méditerranée, après un long débat "
             "entre les groupes politiques sur les quotas et la protection des espèces menacées dans la région.")
    match = index.match(minhash_of(copy))
    assert match is not None and match[0] == "orig" and 0.8 <= match[1] < 1.0
    assert index.match(minhash_of(other + " " + PARAGRAPHS[0])) is None
    half = " ".join(PARAGRAPHS[:2]) + " " + other  # shares half its text: related, not a copy
    assert index.match(minhash_of(half)) is None


def test_signatures_round_trip_and_index_reloads():
    mh = minhash_of(STORY)
    again = minhash_from_bytes(signature_bytes(mh))
    assert again.jaccard(mh) == 1.0
    index = NearDuplicateIndex()
    assert index.load([("a1", signature_bytes(mh))]) == 1
    assert index.match(minhash_of(STORY + " Fin.")) is not None
    index.remove("a1")
    assert index.match(mh) is None
    assert minhash_of("trop court") is None  # too few shingles to compare

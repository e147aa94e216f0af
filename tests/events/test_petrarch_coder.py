"""The verb-dictionary coder on sentences written for these tests, with toy dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from foedus.events.petrarch_coder import active_petrarch, code_sentences, load_setup, using_petrarch

VERBS = """&MONEY
+EUROS
+SWISS FRANCS

--- PLEDGE [051] ---
PLEDGE
- * &MONEY [071]
- NOT * [---]

--- MEET [036:036] ---
MEET {MET}
- % * [043:043]

--- OPPOSE [112] ---
OPPOSE

--- TURN [---] ---
+TURN_AWAY {+TURNED_AWAY}
- + * FROM $ [083]
"""
ACTORS = """NORDLAND [NRD]
+NORDLANDIC
SUDMARK [SDM]
OSTLAND [OST]
VESTRIA
\t[VSTGOV 20100101-20121231]
\t[VST]
"""
AGENTS = """MINISTER [~GOV]
POLICE {} [~COP]
RELIEF_AGENCY [NGO~]
"""
DISCARDS = "FOOTBALL\n+CROSSWORD\n"


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dicts")
    paths = {}
    for name, text in {"verbs": VERBS, "actors": ACTORS, "agents": AGENTS, "discards": DISCARDS}.items():
        paths[name] = folder / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return load_setup(paths["verbs"], paths["discards"], [paths["actors"]], [paths["agents"]])


@pytest.fixture(scope="module")
def nlp():
    from foedus.language import load_nlp

    return load_nlp("en")


def coded(nlp, setup, text: str, date: str = "2015-06-01") -> set[tuple[str, str, str]]:
    return {(t.source, t.target, t.code) for _, t in code_sentences(nlp(text), setup, date, [])}


def test_default_code_and_synset_pattern(nlp, setup) -> None:
    assert coded(nlp, setup, "Nordland pledged support to Sudmark on Monday.") == {("NRD", "SDM", "051")}
    assert coded(nlp, setup, "Nordland pledged two million swiss francs to Sudmark.") == {("NRD", "SDM", "071")}


def test_null_code_pattern_suppresses_the_event(nlp, setup) -> None:
    assert coded(nlp, setup, "Nordland did not pledge any support to Sudmark.") == set()


def test_negated_verb_without_a_pattern_is_not_coded(nlp, setup) -> None:
    assert coded(nlp, setup, "Nordland did not oppose Sudmark.") == set()
    assert coded(nlp, setup, "Nordland opposed Sudmark.") == {("NRD", "SDM", "112")}


def test_compound_subject_pattern_codes_both_directions(nlp, setup) -> None:
    assert coded(nlp, setup, "Nordland and Sudmark met in the capital.") == {("NRD", "SDM", "043"),
                                                                            ("SDM", "NRD", "043")}
    # one actor is no compound: the verb's paired default code applies instead
    assert coded(nlp, setup, "Nordland met Ostland in the capital.") == {("NRD", "OST", "036"),
                                                                        ("OST", "NRD", "036")}


def test_compound_object_gives_one_event_per_actor(nlp, setup) -> None:
    assert coded(nlp, setup, "The Nordlandic minister opposed Sudmark and Ostland.") == {
        ("NRDGOV", "SDM", "112"), ("NRDGOV", "OST", "112")}


def test_passive_agent_is_the_source(nlp, setup) -> None:
    assert coded(nlp, setup, "Sudmark was opposed by Nordland.") == {("NRD", "SDM", "112")}


def test_agents_combine_with_countries(nlp, setup) -> None:
    assert coded(nlp, setup, "The relief agency of Nordland opposed the Sudmark police.") == {("NGONRD", "SDMCOP", "112")}


def test_multiword_verb_with_source_and_target_markers(nlp, setup) -> None:
    assert coded(nlp, setup, "Nordland turned away the refugees from Sudmark.") == {("SDM", "NRD", "083")}


def test_date_restricted_actor_codes(nlp, setup) -> None:
    assert coded(nlp, setup, "Vestria opposed Nordland.", "2011-03-01") == {("VSTGOV", "NRD", "112")}
    assert coded(nlp, setup, "Vestria opposed Nordland.", "2015-03-01") == {("VST", "NRD", "112")}


def test_discards(nlp, setup) -> None:
    assert coded(nlp, setup, "Nordland opposed Sudmark in a football match.") == set()
    text = "Nordland opposed Sudmark. The crossword page was popular."
    assert coded(nlp, setup, text) == set()  # a story-level discard drops the whole article


def test_setup_is_scoped(setup) -> None:
    assert active_petrarch() is None
    with using_petrarch(setup):
        assert active_petrarch() is setup
    assert active_petrarch() is None


def test_without_actor_files_pipeline_mentions_are_the_actors(nlp, tmp_path: Path) -> None:
    from foedus.records import Mention

    verbs = tmp_path / "verbs.txt"
    verbs.write_text(VERBS, encoding="utf-8")
    bare = load_setup(verbs)
    doc = nlp("Nordland opposed Sudmark.")
    mentions = [Mention("a", 0, 0, 8, "Nordland", "NRD"), Mention("a", 0, 17, 24, "Sudmark", "SDM")]
    assert {(t.source, t.target, t.code) for _, t in code_sentences(doc, bare, None, mentions)} == {("NRD", "SDM", "112")}

"""PETRARCH/TABARI verb and discard dictionaries read from small inline dictionaries."""

from __future__ import annotations

from foedus.events.petrarch_dictionary import (parse_discards, parse_pattern, parse_verb_dictionary,
                                               regular_inflections, strip_comment)

VERBS = """<!-- a toy dictionary -->
&COINS  # currencies
+LIRA
+GOLD_DUCATS
+&METALS

&METALS
+SILVER BARS

--- LEND  [071] ---
LEND {LENT}   # irregular past
LOAN [072]
- * &COINS [073]
- NEVER_* [---]   # never lent: nothing to code
#- * ANYTHING [999]
- $ * + BACK [074:075]

--- HOLD [---] ---
+HOLD_UP {+HELD_UP +HOLDING_UP}
- * CONVOY [211]
"""


def test_synsets_expand_nested_members_and_multiword_members() -> None:
    book = parse_verb_dictionary(VERBS)
    assert book.members("COINS") == [("LIRA",), ("GOLD", "DUCATS"), ("SILVER", "BARS")]
    assert book.members("METALS") == [("SILVER", "BARS")]


def test_verb_forms_inflections_and_own_codes() -> None:
    book = parse_verb_dictionary(VERBS)
    lent = book.forms_for("lent")
    assert [f.block.name for f in lent] == ["LEND"] and lent[0].code is None
    loaned = book.forms_for("LOANED")
    assert loaned[0].code == "072" and loaned[0].block.code == "071"
    assert book.forms_for("LENDX") == []
    held = book.forms_for("HELD")
    assert held and held[0].words == ("HOLD", "UP") and held[0].head == 0


def test_patterns_markers_codes_and_comments() -> None:
    book = parse_verb_dictionary(VERBS)
    lend = book.blocks[0]
    codes = [p.code for p in lend.patterns]
    assert "999" not in codes  # commented-out pattern
    assert codes[0] == "074:075"  # the longest pattern is tried first
    paired = lend.patterns[0]
    assert [i.kind for i in paired.upper] == ["source"]
    assert [(i.kind, i.value) for i in paired.lower] == [("target", "+"), ("word", "BACK")]
    never = next(p for p in lend.patterns if p.upper and p.upper[0].value == "NEVER")
    assert never.code == "---" and never.upper[0].adjacent  # NEVER_* touches the verb


def test_pattern_connectors() -> None:
    pattern = parse_pattern(" SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS  [111] ", 1, "010")
    assert [(i.kind, i.adjacent) for i in pattern.upper] == [("word", True), ("target", False)]
    assert [(i.kind, i.value, i.adjacent) for i in pattern.lower] == [
        ("word", "DEMAND", False), ("synset", "GENINT", True), ("word", "CONVENTIONS", True)]
    assert parse_pattern(" *_OUT ", 2, "010").lower[0].adjacent
    assert parse_pattern(" IN_ * [075A]", 3, "010").upper[0].adjacent is False  # trailing _ is not a link
    assert parse_pattern(" IN_ * [075A]", 3, "010").code == "075A"


def test_comments_keep_bracketed_hashes() -> None:
    assert strip_comment("- * DIPLXMATIC  [###]  # -PAS 95.12.18") == "- * DIPLXMATIC  [###]"
    assert strip_comment("# whole line") == ""


def test_regular_inflections() -> None:
    assert {"CELEBRATED", "CELEBRATING", "CELEBRATES"} <= regular_inflections("CELEBRATE")
    assert "CELEBRATEED" not in regular_inflections("CELEBRATE")
    assert {"FREED", "FREEING"} <= regular_inflections("FREE")
    assert {"STABBED", "STABBING"} <= regular_inflections("STAB")
    assert "ABANDONNED" not in regular_inflections("ABANDON")
    assert {"DENIED", "DENIES"} <= regular_inflections("DENY")
    assert "DEPARTES" not in regular_inflections("DEPART")


def test_discards_story_and_sentence() -> None:
    discards = parse_discards("# story-level lines start with +\nCUP FINAL  # sport\n+Grand_Prix\n")
    assert discards.sentence == [("CUP", "FINAL")]
    assert discards.story == [("GRAND", "PRIX")]

"""Dated roles of organisations (7th column of organisations_curated.txt): the role's code on a
date it covers, the static code on any other date."""

from __future__ import annotations

from foedus.actors.build.make_data import parse_dated_roles, parse_organisation_line
from foedus.actors.kb import build_kb

# An invented party: in opposition until 2001, in government 2001-2004, static code FRA
PARTY_LINE = ("parti_test | party | FRA | Parti des Essais; PDE | Party of Trials | | "
              "FRAOPP - 2000-12-31; FRAGOV 2001-01-01 2004-06-30")


def test_roles_column_is_parsed_with_open_ends() -> None:
    roles = parse_dated_roles("FRAOPP - 2000-12-31; FRAGOV 2001-01-01 2004-06-30; FRAOPP 2004-07-01 -")
    assert [(r["code"], r["start"], r["end"]) for r in roles] == [
        ("FRAOPP", None, "2000-12-31"), ("FRAGOV", "2001-01-01", "2004-06-30"), ("FRAOPP", "2004-07-01", None)]


def test_row_without_roles_has_no_roles_key() -> None:
    row = parse_organisation_line("test_body | institution | FRAJUD | Tribunal des Essais | Trials Court")
    assert row is not None and "roles" not in row and row["code"] == "FRAJUD"


def test_comment_line_is_skipped() -> None:
    assert parse_organisation_line("# id | kind | code") is None


def test_role_code_inside_role_static_code_outside() -> None:
    row = parse_organisation_line(PARTY_LINE)
    assert row is not None and row["code"] == "FRA" and len(row["roles"]) == 2
    kb = build_kb([row])
    assert kb.lookup("le Parti des Essais", "1999-03-01", "fr")[0].code == "FRAOPP"
    assert kb.lookup("le Parti des Essais", "2002-03-01", "fr")[0].code == "FRAGOV"
    assert kb.lookup("le Parti des Essais", "2004-06-30", "fr")[0].code == "FRAGOV"  # end date inclusive
    # after the last role: the static code, not the people's "ELI" fallback
    assert kb.lookup("le Parti des Essais", "2010-01-01", "fr")[0].code == "FRA"
    assert kb.lookup("Party of Trials", "2010-01-01", "en")[0].code == "FRA"

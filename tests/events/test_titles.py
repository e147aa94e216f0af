"""A person the KB does not know takes the code of the title written before the name."""

from __future__ import annotations

from foedus.events.titles import titled_mentions
from foedus.records import Mention


def mention(text: str, doc: str, code: str | None, kind: str = "name", name: str | None = None,
            nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = doc.index(text, start + 1)
    return Mention(article_id="t", sentence=0, start=start, end=start + len(text), text=text, code=code,
                   kind=kind, name=name or text)


def test_title_codes_the_unknown_name_and_its_later_surname() -> None:
    doc = "Ruritanian President Karl Moser arrived in Paris. Later Moser met the press."
    mentions = [mention("Ruritanian President", doc, "RURGOV", kind="description"),
                mention("Karl Moser", doc, None), mention("Moser", doc, None, name="Karl Moser", nth=1)]
    titled = titled_mentions(mentions, doc)
    assert titled[1].code == "RURGOV" and titled[2].code == "RURGOV"
    assert mentions[1].code is None  # the article's own mentions are not changed


def test_former_title_and_other_country_are_not_taken() -> None:
    doc = "the former Ruritanian President Karl Moser and Ruritanian minister Ann Lee"
    former = [mention("Ruritanian President", doc, "RURGOV", kind="description"), mention("Karl Moser", doc, None)]
    assert titled_mentions(former, doc) == {}
    other = [mention("Ruritanian minister", doc, "RURGOV", kind="description"), mention("Ann Lee", doc, "BLRELI")]
    assert titled_mentions(other, doc) == {}


def test_title_replaces_an_out_of_office_code_of_the_same_country() -> None:
    doc = "Ruritanian Foreign Minister Ann Lee"
    mentions = [mention("Ruritanian Foreign Minister", doc, "RURGOV", kind="description"),
                mention("Ann Lee", doc, "RURELI")]
    assert titled_mentions(mentions, doc)[1].code == "RURGOV"


def test_a_title_far_from_the_name_is_not_its_title() -> None:
    doc = "Ruritanian President said that Karl Moser left."
    mentions = [mention("Ruritanian President", doc, "RURGOV", kind="description"), mention("Karl Moser", doc, None)]
    assert titled_mentions(mentions, doc) == {}

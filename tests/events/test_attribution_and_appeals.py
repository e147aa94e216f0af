"""Who reported is no party to the act, and an appeal to do something is an appeal, not the act
(issue 5). Sentences written for the test."""

from __future__ import annotations

from foedus.annotate import annotate_article
from foedus.records import Article


def events(text: str, published: str = "2022-06-14") -> set[tuple[str, str, str]]:
    ann = annotate_article(Article(id="t", text=text, language="fr", published=published))
    return {(e.source, e.target, e.code) for e in ann.events}


def test_the_reporting_phrase_gives_no_target():
    found = events("Le président russe Vladimir Poutine a eu 90 conversations téléphoniques avec des dirigeants "
                   "étrangers depuis janvier, selon les déclarations faites aux médias russes par un conseiller.")
    assert not any(t is not None and t.startswith("RUS") and t != "RUSGOV" for _, t, _ in found)


def test_calling_supporters_to_bang_pots_is_an_appeal_not_an_attack():
    found = events("L'opposant sénégalais Ousmane Sonko a appelé ses partisans à frapper sur des casseroles ce "
                   "mercredi soir.", published="2022-06-15")
    assert not any(c.startswith("19") for _, _, c in found)
    assert any(c.startswith("02") for _, _, c in found)


def test_a_verb_of_calling_with_two_objects_still_names():
    found = events("Le président Paul Roux a appelé son rival « le traître de Lyon » lors d'un meeting.")
    assert not any(c.startswith("02") for _, _, c in found)

"""The one honorifics list the actor, quote and place stages share."""

from __future__ import annotations

from foedus.language.honorifics import honorifics, with_dots


def test_gendered_honorifics_are_apart():
    assert {"m", "mr", "monsieur"} <= honorifics("m")
    assert {"mme", "mrs", "ms"} <= honorifics("f")
    assert not honorifics("m") & honorifics("f")
    assert {"dr", "mgr"} <= honorifics() - honorifics("m") - honorifics("f")


def test_forms_are_written_with_or_without_the_dot():
    assert {"m", "m.", "mrs", "mrs."} <= with_dots(honorifics())


def test_arabic_and_persian_honorifics_are_listed():
    assert {"cheikh", "sheikh", "ayatollah"} <= honorifics("m")

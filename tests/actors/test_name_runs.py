"""A one-word name the KB knows at the start of a longer name is another person (actors/name_runs.py)."""

from __future__ import annotations


def test_a_kb_first_name_before_a_particle_and_surname_is_a_new_person(mention_codes):
    codes = mention_codes("Bachar al-Jaafari, ambassadeur syrien à l'ONU, a quitté Genève.", "fr", "2016-01-31")
    assert "Bachar al-Jaafari" in codes
    assert "Bachar" not in codes and "al-Jaafari" not in codes  # neither Bachar al-Assad nor Ibrahim al-Jaafari


def test_the_kb_person_alone_is_still_found(mention_codes):
    # (a guard: the rule only applies when a name goes on)
    codes = mention_codes("Bachar al-Assad a reçu l'émissaire. Bachar a ensuite quitté Damas.", "fr", "2016-01-31")
    assert codes.get("Bachar al-Assad") == {"SYRGOV"}

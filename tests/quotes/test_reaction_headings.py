"""Round-ups of reactions whose sections are headed by the speaker's name in capitals
(quotes/headings.py), and a name closing its title's complement — on texts written for these tests
after wire round-ups."""

from __future__ import annotations

from foedus.quotes.headings import reaction_headings

ROUND_UP = ("Voici les principales réactions à l'international à l'issue de ce scrutin :\n\n"
            "* PAOLO GENTILONI, COMMISSAIRE EUROPÉEN AUX AFFAIRES ÉCONOMIQUES\n\n"
            "\"Vive la République!\", s'est-il exclamé sur X.\n\n"
            "* STEFANOS KASSELAKIS, CHEF DE FILE DU PARTI GREC SYRIZA\n\n"
            "\"Aujourd'hui, le peuple français a montré la voie\", a-t-il dit sur Facebook.\n\n"
            "\"Il s'est dressé contre le monstre de l'extrême droite.\"\n\n"
            "* RÉACTIONS EN ALLEMAGNE\n\n"
            "Le chancelier Olaf Scholz a dit qu'il était \"soulagé\" par ce résultat.")


def test_capitals_headings_name_their_sections_speaker():
    headings = reaction_headings(ROUND_UP)
    assert [h.speaker for h in headings] == ["Paolo Gentiloni", "Stefanos Kasselakis"]
    # a capitals subheading that names nobody closes the section before it
    assert ROUND_UP[headings[-1].start:headings[-1].end].rstrip().endswith("extrême droite.\"")


def test_a_sections_pronouns_and_uncued_quotes_are_the_headings_person(quotes):
    assert quotes.find(ROUND_UP, "Vive la", published="2024-07-07").speaker_text == "Paolo Gentiloni"
    assert quotes.find(ROUND_UP, "Aujourd'hui", published="2024-07-07").speaker_text == "Stefanos Kasselakis"
    assert quotes.find(ROUND_UP, "Il s'est dressé", published="2024-07-07").speaker_text == "Stefanos Kasselakis"
    # (a guard: a person the section names keeps their words)
    assert quotes.find(ROUND_UP, "soulagé", published="2024-07-07").speaker_text != "Stefanos Kasselakis"


def test_a_name_closing_its_titles_complement_is_the_speaker(quotes):
    text = ("Le président de Madagascar Andry Rajoelina a également félicité Bassirou Diomaye Faye. Dans un long "
            "message de félicitation, le général de Corps d'Armée Mamadi Doumbouya a souligné que la brillante "
            "élection de Bassirou Diomaye Faye est le témoignage de la maturité du peuple sénégalais.")
    q = quotes.first(text, "la brillante élection", reported=True, published="2024-03-26")
    assert q is not None and q.speaker_text == "Mamadi Doumbouya"

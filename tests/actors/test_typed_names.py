"""Names the KB lacks, typed by the common noun that introduces them (actors/typed_names.py).
Sentences written for the test; the organisations are invented so that no KB entry can help."""

from __future__ import annotations


def test_a_union_named_once_with_its_noun_is_labour_everywhere(mention_codes):
    found = mention_codes("Le syndicat Solidarnosc-Zbrojna a appelé à la grève en Pologne. Zbrojna-Solidarnosc n'est pas concerné. "
                          "Solidarnosc-Zbrojna a ensuite dénoncé le gouvernement polonais.", "fr", "2014-03-02", rule="typed-name")
    assert found.get("Solidarnosc-Zbrojna") == {"POLLAB"}


def test_a_demonym_on_the_noun_gives_the_country_and_the_acronym_follows(mention_codes):
    found = mention_codes("L'entreprise canadienne Borealix Dynamics (BXD) va fermer une usine en France. "
                          "La direction de BXD l'a confirmé.", "fr", "2014-03-02", rule="typed-name")
    assert found.get("Borealix Dynamics") == {"CANBUS"}
    assert found.get("BXD") == {"CANBUS"}


def test_an_armed_adjective_makes_a_group_an_armed_group(mention_codes):
    found = mention_codes("Le gouvernement malien accuse l'organisation armée Kataeb Zaytoun d'avoir attaqué un convoi.", "fr", "2014-03-02", rule="typed-name")
    assert found.get("Kataeb Zaytoun") == {"MLIREB"}


def test_a_complement_is_not_a_name(mention_codes):
    found = mention_codes("Le syndicat de Renault a critiqué le gouvernement français.", "fr", "2014-03-02", rule="typed-name")
    assert "Renault" not in found


def test_a_description_is_left_to_the_resolver(mention_codes):
    found = mention_codes("Les faits sont graves, juge le ministère de l'Intérieur français.", "fr", "2014-03-02", rule="typed-name")
    assert found == {}


def test_a_name_the_parser_hangs_on_an_earlier_noun_is_still_introduced(mention_codes):
    # the parse attaches the name to "plan"; the noun right before it still introduces it
    found = mention_codes("Le plan de restructuration de l'entreprise suédoise Nordvik Systems (NVS), présent en France, "
                          "se poursuit. NVS a confirmé la fermeture du site.", "fr", "2014-03-02", rule="typed-name")
    assert found.get("NVS") == {"SWEBUS"}



def test_the_members_of_an_unknown_group_name_it_as_an_armed_group(mention_codes):
    # (a real group the KB lacks: an invented one-word name is read as a place)
    text = ("Les rebelles de la Seleka avancent vers Bangui, la capitale de la Centrafrique. "
            "La Seleka a pris la ville de Damara.")
    found = mention_codes(text, "fr", "2013-03-22", rule="typed-name")
    assert found.get("Seleka") == {"CAFREB"}


def test_a_rebel_coalition_taken_for_a_person_is_typed_and_its_spokesman_speaks_for_it(mention_codes):
    text = ("La coalition rebelle Séléka menace Bangui, la capitale de la Centrafrique. « Nos troupes viennent de "
            "prendre Damara », a déclaré à l'AFP, Éric Massi, un porte parole du Séléka.")
    found = mention_codes(text, "fr", "2013-03-22")
    assert found.get("Séléka") == {"CAFREB"}
    assert found.get("Éric Massi") == {"CAFREB"}


def test_a_person_with_a_separatist_title_stays_a_person(mention_codes):
    # (a guard: "séparatiste" on a role noun does not make the name an armed group's)
    text = ("Samedi le « Premier ministre » séparatiste Alexandre Zakhatchenko a reconnu que Donetsk, en Ukraine, "
            "était encerclé.")
    found = mention_codes(text, "fr", "2014-08-10", rule="typed-name")
    assert "Alexandre Zakhatchenko" not in found

"""Who owns a possessive act, where an agent comes from, and where a coup happens — on sentences
written for these tests: "X réitère sa solidarité" is X's, an unnamed agent coordinated with a
qualified one shares its country, a country someone goes to is no agent's country, a place in
another clause is not the coup's, "le Conseil fédéral" is Switzerland's government."""

from __future__ import annotations


def test_a_possessive_on_the_verbs_object_is_the_subjects(french_events):
    text = ("Les sanctions visent des proches du Kremlin. La Norvège réitère sa solidarité avec la Géorgie "
            "et envoie de l'aide.")
    events = french_events(text, "2022-03-01")
    assert ("NOR", "GEO", "018") in events
    assert not any(src.startswith("RUS") and code == "018" for src, _, code in events)


def test_the_possessive_still_counts_when_the_subject_codes_nobody(french_events):
    # (a guard: an uncoded subject leaves the possessive's owner)
    text = ("La Cedeao a condamné le putsch au Niger. L'institution sous-régionale a réaffirmé son opposition "
            "à la junte.")
    events = french_events(text, "2023-07-31")
    assert any(src.startswith("IGOWAF") for src, _, code in events if code.startswith("11"))


def test_a_coordinated_agent_shares_its_neighbours_country(french_events):
    text = ("La Russie dément toute implication. La diplomatie norvégienne et les services de renseignement ont "
            "été en contact avec les autorités britanniques.")
    events = french_events(text, "2018-03-23")
    assert ("NORSPY", "GBRGOV", "040") in events
    assert not any(src.startswith("RUS") for src, _, code in events if code == "040")


def test_a_country_someone_goes_to_is_not_the_agents(french_events):
    text = ("La Syrie refuse toute condition : Damas juge l'opposition syrienne peu sérieuse. La délégation de "
            "l'opposition a hésité avant de rallier la Suisse samedi, et réclame des garanties au gouvernement.")
    events = french_events(text, "2016-01-31")
    assert not any(src.startswith("CHEOPP") or tgt.startswith("CHEOPP") for src, tgt, _ in events)


def test_a_place_in_another_clause_is_not_where_the_coup_happens(french_events):
    text = ("Le Burundi reste en crise. Le président Pierre Nkurunziza doit s'exprimer vendredi sur la tentative de "
            "coup d'Etat dont il a été victime alors qu'il participait à un sommet en Tanzanie.")
    events = french_events(text, "2015-05-15")
    assert ("BDIMIL", "BDIGOV", "180") in events and ("TZAMIL", "TZAGOV", "180") not in events


def test_the_swiss_federal_council_is_switzerlands_government(french_events):
    text = "Le Conseil fédéral a décidé lundi de geler les avoirs du président Vladimir Poutine."
    assert ("CHEGOV", "RUSGOV", "163") in french_events(text, "2022-02-28")


def test_loyalist_forces_are_not_syrias_outside_syria(french_events):
    text = "Au Burundi, des forces loyalistes ont combattu les soldats putschistes à Bujumbura pendant deux jours."
    assert not any("SYR" in src or "SYR" in tgt for src, tgt, _ in french_events(text, "2015-05-15"))


def test_a_day_taken_for_the_object_leaves_the_real_object_its_subjects_act(french_events):
    # ("lundi" parsed as the object, "de nouvelles sanctions" as an argument)
    text = "La ministre des Affaires étrangères, Mélanie Joly, a annoncé lundi de nouvelles sanctions contre des entités russes."
    assert ("CANGOV", "RUS", "163") in french_events(text, "2022-10-17")


def test_sanctions_against_unnamed_bodies_of_a_country_target_that_country(french_events):
    text = "Le gouvernement britannique impose des sanctions contre des entités iraniennes."
    assert ("GBRGOV", "IRN", "163") in french_events(text, "2023-05-02")


def test_an_unnamed_agent_takes_the_country_its_sentence_places_it_in(french_events):
    # (the article names the United States most; the sentence places the army in Sudan)
    text = ("Antony Blinken a salué la trêve. Les Etats-Unis et le secrétaire d'État américain restent mobilisés, "
            "a dit Washington. De nombreux pays évacuent leurs ressortissants au Soudan, où l'armée combat les "
            "rebelles depuis avril.")
    events = french_events(text, "2023-04-24")
    assert ("SDNMIL", "SDNREB", "190") in events and not any(src == "USAMIL" for src, _, _ in events)


def test_a_name_borrowing_a_place_does_not_place_the_sentence(french_events):
    # (a guard: "la coalition Arizona" is a Belgian government, not the US state)
    text = ("La FGTB conteste les mesures. Les travailleurs rejettent l'accord de gouvernement de la coalition "
            "Arizona, que le gouvernement belge a signé.")
    assert not any(src.startswith("USA") or tgt.startswith("USA") for src, tgt, _ in french_events(text, "2025-02-13"))

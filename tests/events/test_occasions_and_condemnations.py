"""A meeting named in the adjunct that opens a sentence, a request named by "à la demande de", and a
condemnation of an act of force (issue 5). Sentences written for the tests, after error classes of
unseen French news (held-out set O)."""

from __future__ import annotations

PUBLISHED = "2025-08-21"


def test_a_phone_call_in_an_opening_adjunct_is_between_the_people_named_after_it(french_events):
    found = french_events(
        "Lors d'un entretien téléphonique jeudi, à la demande de la France, Recep Tayyip Erdogan et "
        "Emmanuel Macron ont évoqué les relations bilatérales entre la Turquie et la France.")
    assert ("TURGOV", "FRAGOV", "041") in found and ("FRAGOV", "TURGOV", "041") in found


def test_at_the_request_of_is_no_appeal(french_events):
    found = french_events(
        "Lors d'un entretien téléphonique jeudi, à la demande de la France, Recep Tayyip Erdogan et "
        "Emmanuel Macron ont évoqué les relations bilatérales entre la Turquie et la France.")
    assert not any(code.startswith("02") for _, _, code in found)


def test_condemning_a_killing_does_not_criticise_the_victim(french_events):
    found = french_events(
        "Le porte-parole du ministère iranien des Affaires étrangères, Nasser Kanaani, a condamné "
        "l'assassinat du chef du bureau politique du Hamas, Ismaïl Haniyeh.", published="2024-08-05")
    assert not any(code.startswith("11") and target.startswith("PSE") for _, target, code in found)


def test_condemning_an_attack_criticises_its_doer_not_the_condemner(french_events):
    found = french_events(
        "Le ministre français des Affaires étrangères a condamné l'attaque de l'armée israélienne "
        "contre le camp de Jénine.", published="2024-08-05")
    assert ("FRAGOV", "ISRMIL", "111") in found
    assert not any(target.startswith("FRA") for _, target, code in found if code[:2] in {"18", "19", "20"})


def test_a_junta_that_overthrew_a_president_staged_a_coup(french_events):
    found = french_events(
        "Réunie à Abuja, la CEDEAO a haussé le ton contre la junte nigérienne qui a renversé l’ancien "
        "Président Mohamed Bazoum, le 26 juillet dernier.", published="2023-08-10")
    assert any(s[:3] == "NER" and t[:3] == "NER" and c == "180" for s, t, c in found)


def test_house_arrest_is_a_detention(french_events):
    found = french_events(
        "Ali Bongo, président du Gabon, a été placé en résidence surveillée par les militaires, ont "
        "annoncé les putschistes.", published="2023-08-30")
    assert any(t[:3] == "GAB" and c == "173" for _, t, c in found)


def test_a_title_the_model_took_into_a_name_is_that_persons(french_events):
    found = french_events(
        "Le Mexique et la Bolivie ont réaffirmé leur soutien au président Maduro, alors que la junte "
        "nigérienne menace ses voisins.", published="2019-01-24")
    assert ("MEX", "VENGOV", "051") in found


def test_a_summit_between_two_presidents_reported_by_a_third_is_theirs(french_events):
    found = french_events(
        "Un cessez-le-feu a été conclu mercredi lors d'un sommet entre les présidents rwandais Paul Kagame "
        "et congolais Félix Tshisekedi, a annoncé le chef de l'Etat angolais Joao Lourenço.",
        published="2022-07-07")
    pairs = {(s[:3], t[:3]) for s, t, c in found if c.startswith("04")}
    assert ("RWA", "COD") in pairs and ("COD", "RWA") in pairs
    assert not any("AGO" in pair for pair in pairs)


def test_the_act_one_is_accused_of_is_not_asserted(french_events):
    found = french_events(
        "Kinshasa accuse Kigali de soutenir ces rebelles, ce que le Rwanda dément.", published="2022-07-07")
    assert ("CODGOV", "RWAGOV", "112") in found
    assert not any(c.startswith("05") for _, _, c in found)


def test_breaking_ties_with_a_named_party_is_one_way(french_events):
    found = french_events(
        "Le ministre algérien des Affaires étrangères, Ramtane Lamamra, a annoncé la rupture des relations "
        "diplomatiques avec le Maroc voisin. L'Algérie et le Maroc ont rompu leurs relations.",
        published="2021-08-25")
    assert ("DZAGOV", "MAR", "161") in found and ("MAR", "DZAGOV", "161") not in found
    assert ("DZA", "MAR", "161") in found and ("MAR", "DZA", "161") in found


def test_expelling_a_consul_and_demanding_a_withdrawal(french_events):
    found = french_events(
        "Moscou a expulsé la consule canadienne. Le 16 juin, Bamako avait demandé le retrait sans délai de "
        "la Minusma, la mission de l’Onu dans le pays.", published="2023-06-30")
    assert ("RUSGOV", "CAN", "174") in found  # (CAMEO "expel individuals", as the annotators code it)
    assert any(s[:3] == "MLI" and t == "IGOUNO" and c == "106" for s, t, c in found)


def test_a_demand_recalled_as_background_is_no_new_appeal(french_events):
    found = french_events(
        "Le Conseil de sécurité de l’ONU a adopté vendredi la résolution qui met fin au mandat de la "
        "Minusma, à la suite d’une demande des autorités de transition maliennes.", published="2023-06-30")
    assert not any(c.startswith("02") for _, _, c in found)


def test_a_cold_war_is_no_fighting(french_events):
    found = french_events(
        "La semaine dernière, Joe Biden a assuré qu’il n’avait pas l’intention d’engager une guerre froide "
        "avec la Chine sur ce sujet.", published="2021-10-27")
    assert not any(c.startswith("19") for _, _, c in found)


def test_a_second_pronoun_in_coordinated_clauses_is_the_first_ones_antecedent(french_events):
    found = french_events(
        "D’après un message publié sur Twitter par le président ukrainien Volodymyr Zelensky, il se serait "
        "entretenu par téléphone avec Justin Trudeau et il a insisté sur une réponse forte du G7.",
        published="2022-10-10")
    assert any(s == "UKRGOV" and t == "IGOGOS" for s, t, _ in found)
    assert not any(s == "CANGOV" and t == "IGOGOS" for s, t, _ in found)


def test_a_place_in_a_subordinate_clause_does_not_host_the_meeting(french_events):
    found = french_events(
        "Le premier ministre Justin Trudeau a discuté avec le président ukrainien Volodymyr Zelensky, lundi, "
        "après que l’armée russe a frappé plusieurs villes ukrainiennes, dont la capitale, Kyiv.",
        published="2022-10-10")
    assert ("CANGOV", "UKRGOV", "040") in found and not any(c in {"042", "043"} for _, _, c in found)


def test_an_act_in_quoted_words_takes_no_party_from_the_reporting_incise(french_events):
    found = french_events(
        "« Le gouvernement du Mali condamne énergiquement ces sanctions illégales et illégitimes », affirme "
        "un communiqué lu à la télévision nationale par le porte-parole du gouvernement, le colonel "
        "Abdoulaye Maïga.", published="2022-01-10")
    assert not any(c.startswith("11") and t.startswith("MLI") for _, t, c in found)


def test_not_ruling_out_talks_is_an_intent_to_negotiate(french_events):
    found = french_events(
        "Cependant, le Président du Nigéria n’a pas exclu le dialogue avec la junte militaire nigérienne.",
        published="2023-08-10")
    assert any(s == "NGAGOV" and t[:3] == "NER" and c.startswith("03") for s, t, c in found)


def test_a_condemned_act_in_a_relative_clause_aims_at_its_doer(french_events):
    # "le soutien que le Rwanda apporte": the relative clause's subject is who is condemned (Q opened)
    found = french_events('Le 19 décembre, la Belgique a "condamné le soutien que le Rwanda apporte aux rebelles".')
    assert ("BEL", "RWA", "111") in found


def test_a_capital_after_de_is_the_government_of_a_verbal_act(french_events):
    found = french_events("Le refus de Moscou a surpris les Européens.")
    assert any(source == "RUSGOV" and code == "120" for source, _, code in found)
    # a meeting "de Vilnius" is a place: no Lithuanian host
    assert not any((source or "").startswith("LTU") for source, _, _ in french_events("Le sommet de Vilnius aura lieu en juillet."))

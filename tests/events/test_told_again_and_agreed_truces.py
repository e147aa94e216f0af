"""An act named again is the one told before, a truce exists once the parties accept it, and
phrases the parser hangs one level too high still name the parties — on sentences written for
these tests."""

from __future__ import annotations


def test_a_coup_named_again_is_the_one_placed_earlier(french_events):
    text = ("Des officiers de la garde présidentielle du Burkina Faso ont pris le pouvoir lors d'un coup d'Etat jeudi. "
            "Le Ghana et le Togo ont condamné le coup d'Etat dans cette ancienne colonie française.")
    events = french_events(text, "2015-09-18")
    assert not any(src.endswith("MIL") and src[:3] != "BFA" for src, _, code in events if code.startswith("18"))
    assert ("GHA", "BFAMIL", "111") in events or ("GHAGOV", "BFAMIL", "111") in events


def test_a_ceasefire_the_two_sides_accepted_is_a_ceasefire_both_ways(french_events):
    text = ("« Après d'intenses négociations, l'armée soudanaise et les Forces de soutien rapide ont accepté de mettre "
            "en œuvre un cessez-le-feu dans tout le pays », a affirmé Antony Blinken.")
    events = french_events(text, "2023-04-24")
    assert ("SDNMIL", "SDNREB", "0871") in events and ("SDNREB", "SDNMIL", "0871") in events
    assert not any(code.startswith("03") for _, _, code in events)  # accepted: done, not intended


def test_talks_under_way_between_two_countries_are_mutual(french_events):
    text = ("La ministre ne semble pas placer beaucoup d'espoirs dans les pourparlers en cours entre l'Ukraine et "
            "la Russie, qui se sont déroulés en Biélorussie.")
    events = french_events(text, "2022-02-28")
    assert ("UKR", "RUS", "046") in events and ("RUS", "UKR", "046") in events


def test_dispatched_protective_equipment_is_military_aid_to_its_recipient(french_events):
    text = "Le Canada a annoncé dimanche l'envoi d'équipement de protection supplémentaire à l'Ukraine."
    events = french_events(text, "2022-02-28")
    assert ("CAN", "UKR", "072") in events
    assert not any(code.startswith("074") for _, _, code in events)  # "de protection" qualifies the equipment


def test_an_envoy_dispatched_to_a_capital_is_the_senders_visit(french_events):
    text = ("Le président français Nicolas Sarkozy avait dépêché le 14 janvier à Port-au-Prince le secrétaire "
            "d'État à la coopération, Alain Joyandet.")
    events = french_events(text, "2010-01-17")
    assert ("FRAGOV", "HTIGOV", "042") in events and ("HTIGOV", "FRAGOV", "043") in events


def test_sympathies_presented_to_a_president_are_an_empathetic_comment(french_events):
    text = "Le président dominicain, Leonel Fernandez, a présenté ses sympathies au président haïtien René Préval."
    events = french_events(text, "2010-01-17")
    assert ("DOMGOV", "HTIGOV", "018") in events


def test_a_visit_named_with_a_demonstrative_is_no_new_visit(french_events):
    text = ("L'émissaire américain, Tom Barrack, avait annoncé cette visite à des journalistes la veille à Manama. "
            "« Cette visite est assurément historique », a-t-il déclaré lors d'une conférence à Manama, au Bahreïn.")
    events = french_events(text, "2025-11-02")
    assert not any(code.startswith("04") for _, _, code in events)


def test_a_mutual_accusation_is_one_each_way_between_the_accusers(french_events):
    text = ("L'Arménie et l'Azerbaïdjan se sont mutuellement accusés d'avoir violé la trêve au Haut-Karabakh avec "
            "des tirs d'artillerie.")
    events = french_events(text, "2020-10-19")
    assert ("ARM", "AZE", "112") in events and ("AZE", "ARM", "112") in events
    assert not any(src[:3] == tgt[:3] for src, tgt, _ in events)


def test_a_meeting_that_is_the_occasion_of_a_statement_is_the_speakers(french_events):
    text = ("Le président russe Vladimir Poutine a déclaré lors d'une rencontre avec le président turc que "
            "la situation s'améliorait.")
    events = french_events(text, "2023-07-10")
    assert ("RUSGOV", "TURGOV", "040") in events


def test_an_invasion_named_by_its_victim_is_the_invaders_told_elsewhere(french_events):
    text = ("La Russie a lancé une opération militaire contre l'Ukraine. La Suisse reprend les sanctions "
            "européennes à l'encontre de la Russie après l'invasion de l'Ukraine.")
    events = french_events(text, "2022-02-28")
    assert ("RUS", "UKR", "192") in events
    assert not any(src[:3] == "UKR" for src, _, code in events if code.startswith("19"))


def test_a_war_whose_doer_is_told_elsewhere_is_one_way(french_events):
    text = ("Le Canada cible la désinformation russe, alors que la guerre en Ukraine dure depuis près de neuf mois. "
            "Moscou a attaqué l'Ukraine en février.")
    events = french_events(text, "2022-10-17")
    assert ("RUSGOV", "UKR", "190") in events
    assert ("UKR", "RUSGOV", "190") not in events


def test_an_attack_condemned_in_a_relative_clause_is_aimed_at_its_doer(french_events):
    text = ("L'Iran a lancé une attaque de drones contre Israël. Le président américain Joe Biden a promis une "
            "réponse diplomatique coordonnée du G7 à l'attaque de drones et de missiles, qu'il a condamnée.")
    events = french_events(text, "2024-04-14")
    assert ("USAGOV", "IRN", "111") in events
    assert not any(code.startswith("13") for _, _, code in events)  # the attack is answered, not threatened
    assert not any(src.startswith("USA") for src, _, code in events if code.startswith("19"))  # told again: Iran's


def test_against_written_as_a_locution_names_the_target(french_events):
    text = ("Une juge espagnole a lancé un mandat d'arrêt européen à l'encontre de l'ancien ministre catalan. "
            "La France a pris des sanctions à l'encontre de la Russie.")
    events = french_events(text, "2017-11-02")
    assert any(src == "ESPJUD" and code == "173" for src, _, code in events)
    assert ("FRA", "RUS", "163") in events or ("FRAGOV", "RUS", "163") in events


def test_a_second_object_hung_on_the_verb_is_accused_too(french_events):
    text = "L'ayatollah Ali Khamenei a accusé les États-Unis et Israël d'être responsables des protestations."
    events = french_events(text, "2022-10-04")
    assert ("IRNGOV", "USA", "112") in events and ("IRNGOV", "ISR", "112") in events




def test_a_definite_act_noun_takes_the_earlier_parties_only_without_a_doer_of_its_own():
    from foedus.events.repeats import told_again
    from foedus.language.pipeline import load_nlp

    doc = load_nlp("fr")("L'attaque de l'armée israélienne contre Gaza a suivi.")
    attack = next(t for t in doc if t.lower_ == "attaque")
    earlier = [({"lancer", "attaque"}, ["PSEREB"], ["ISR"])]
    assert told_again(attack, [], None, earlier) == (["PSEREB"], ["ISR"])
    assert told_again(attack, ["PSEREB"], "drones", earlier) == (["PSEREB"], ["ISR"])  # only the weapon
    assert told_again(attack, ["ISRMIL"], "armée", earlier) is None  # "de l'armée israélienne": its own doer


def test_two_leaders_agreeing_to_an_act_aimed_at_another_do_not_agree_with_each_other(english_events):
    text = "Russian president Vladimir Putin and Ukrainian president Volodymyr Zelenskyy agreed to receive the mission."
    events = english_events(text, "2023-06-10")
    assert not any({src[:3], tgt[:3]} == {"RUS", "UKR"} for src, tgt, _ in events)
    # (a guard: agreeing to a mutual act stays mutual)
    events = english_events("Russia and Ukraine agreed to meet in Istanbul next week.", "2023-06-10")
    assert ("RUS", "UKR", "036") in events and ("UKR", "RUS", "036") in events

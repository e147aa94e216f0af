"""Domestic French news (issue 5): acts whose doer is implied by the act (an agentless passive
arrest is the police's), people no actor names, a common noun naming the organisation after it,
and fights against ideas. Sentences written for the test."""

from __future__ import annotations

import pytest

from foedus.annotate import annotate_article
from foedus.records import Article


def events(text: str, published: str = "2013-05-14") -> list[tuple[str, str, str]]:
    ann = annotate_article(Article(id="t", text=text, language="fr", published=published))
    return [(e.source, e.target, e.code) for e in ann.events]


def test_agentless_passive_arrest_is_done_by_the_police_of_the_place():
    found = events("Trois militants ont été interpellés mardi à Madrid lors d'une manifestation.")
    assert any(s == "ESPCOP" and c == "173" for s, _, c in found)


def test_arrested_unnamed_people_are_civilians_of_the_country():
    found = events("Quatre hommes ont été arrêtés jeudi à Lille.")
    assert ("FRACOP", "FRACVL", "173") in found


def test_arrested_foreigners_keep_their_nationality():
    found = events("Deux Roumains ont été appréhendés lundi à Bruxelles.")
    assert ("BELCOP", "ROUCVL", "173") in found


def test_a_passive_with_its_agent_is_not_implied():
    found = events("Deux journalistes ont été arrêtés par l'armée birmane à Rangoun.")
    assert all(s != "MMRCOP" for s, _, _ in found)
    assert any(s == "MMRMIL" and c == "173" for s, _, c in found)


def test_a_stopped_thing_is_no_arrest():
    assert events("Le chantier du nouveau stade a été arrêté en France.") == []


def test_common_noun_before_a_known_name_reads_the_name():
    found = events("Deux membres du groupe armé Boko Haram ont été arrêtés à Maiduguri par la police nigériane.")
    assert ("NGACOP", "NGAREB", "173") in found


def test_fighting_an_idea_hits_no_civilians():
    found = events("Le gouvernement malien s'est engagé à combattre la corruption et la pauvreté.")
    assert all(t[3:] != "CVL" for _, t, _ in found)


def test_a_speech_before_parliament_is_a_statement_to_it():
    found = events("Lundi, le Premier ministre espagnol a prononcé un discours devant le Parlement espagnol.")
    assert ("ESPGOV", "ESPLEG", "010") in found


def test_a_bare_statement_verb_is_still_no_event():
    assert events("Le Premier ministre espagnol a déclaré au Parlement espagnol que la crise était finie.") == []


def test_a_vote_of_confidence_endorses_the_government():
    found = events("Le Parlement espagnol a voté la confiance au gouvernement espagnol mardi.")
    assert ("ESPLEG", "ESPGOV", "051") in found


def test_a_title_of_a_city_takes_the_city_s_country():
    found = events("Le maire de Lyon a reçu lundi le Premier ministre britannique.")
    assert ("FRAGOV", "GBRGOV", "043") in found


def test_the_place_under_a_common_noun_is_the_act_s_place():
    found = events("Deux Roumains ont été interpellés dans la ville de Marseille.")
    assert ("FRACOP", "ROUCVL", "173") in found


def test_criticising_a_government_act_targets_the_government():
    found = events("En Espagne, l'opposition a dénoncé mardi une réforme injuste.")
    assert ("ESPOPP", "ESPGOV", "111") in found


def test_criticising_a_company_plan_does_not_target_the_government():
    found = events("En Espagne, les syndicats ont dénoncé mardi le plan social du constructeur.")
    assert all(t[3:] != "GOV" for _, t, _ in found)


def test_wage_earners_on_strike_protest_against_their_government():
    found = events("En Italie, les salariés des chemins de fer sont en grève depuis lundi contre la réforme.")
    assert any(s == "ITALAB" and t == "ITAGOV" and c.startswith("14") for s, t, c in found)


def test_a_many_word_agent_noun_is_read_whole():
    found = events("À Madrid, les manifestants ont affronté les forces de l'ordre.")
    assert any(s == "ESPOPP" and t == "ESPCOP" for s, t, _ in found)


def test_parliament_rejecting_a_bill_rejects_the_government():
    found = events("En Italie, les députés ont rejeté le projet de loi sur les retraites.")
    assert any(s == "ITALEG" and t == "ITAGOV" and c.startswith("12") for s, t, c in found)


def test_refusing_to_join_a_government_rejects_the_government():
    found = events("En Italie, les députés de l'opposition ont refusé de participer à un gouvernement d'union.")
    assert any(s == "ITALEG" and t == "ITAGOV" and c.startswith("12") for s, t, c in found)
    # refusing to take part in something else names no target
    other = events("En Italie, les députés de l'opposition ont refusé de participer à la cérémonie.")
    assert not any(t == "ITAGOV" for _, t, _ in other)


def test_ordered_to_pay_is_a_judgment_on_the_company():
    # "condamnée à verser": a court's sentence (116), not a condemnation (111); "coréenne" is South Korea
    found = events("La société coréenne a été condamnée à verser deux millions d'euros à un fournisseur allemand.")
    assert any(c == "116" and t == "KORBUS" and s.endswith("JUD") for s, t, c in found)
    assert not any(c == "111" for _, _, c in found)


def test_a_country_bombed_is_the_target_even_read_as_a_place():
    # "sur la Syrie" names a place for the actor layer; on a strike's target slot it is the country hit
    found = events("L'armée russe poursuit ses bombardements sur la Syrie.", "2015-10-29")
    assert ("RUSMIL", "SYR", "195") in found
    # a city hit: its country
    assert any(t == "SYR" for _, t, _ in events("Les avions russes ont intensifié leurs frappes sur Alep.", "2015-10-29"))


def test_an_armed_forces_strikes_are_its_own_and_hit_the_place_the_verb_names():
    # "de l'Otan" is who bombs (an armed force), not who is bombed; "sur Tripoli" hangs on the verb
    found = events("Les bombardements de l'Otan se sont poursuivis cette nuit sur Tripoli.", "2011-06-01")
    assert ("IGOWSTNAT", "LBY", "195") in found
    # a country's "de" complement is still the one attacked ("l'invasion de l'Ukraine")
    found = events("La Russie a lancé l'invasion de l'Ukraine le 24 février.", "2022-02-25")
    assert not any(s.startswith("UKR") for s, _, c in found if c[:2] in {"19", "20"})


def test_strikes_that_killed_people_hit_the_civilians_of_the_place():
    # the strike noun is the subject of "tuer": its victims are the verb's unnamed people
    assert ("ISR", "PSECVL", "195") in events("Des frappes israéliennes ont tué 20 personnes à Gaza mardi.", "2023-11-14")
    found = events("Les frappes de l'armée syrienne ont tué dix civils à Alep.", "2016-09-28")
    assert ("SYRMIL", "SYRCVL", "195") in found


def test_a_sentence_hanging_on_the_object_is_a_sentence_not_a_condemnation():
    found = events("En Italie, le tribunal a condamné l'ancien ministre à deux ans de prison.")
    assert ("ITAJUD", "ITAGOV", "116") in found or ("ITAJUD", "ITAELI", "116") in found


def test_a_country_after_a_to_hung_inside_the_object_is_the_recipient():
    found = events("Le Japon a accordé une aide de 30 millions de dollars au Bangladesh.")
    assert ("JPN", "BGD", "070") in found


def test_a_capital_in_the_object_s_complement_is_its_government():
    found = events("Le 3 mars, Ottawa a salué la décision de Canberra.")
    assert ("CANGOV", "AUSGOV", "051") in found


def test_a_city_after_de_is_still_a_place_for_an_attack():
    found = events("Le 3 mars, le président français a évoqué les attentats de Madrid.")
    assert all(t != "ESPGOV" for _, t, _ in found)


def test_an_official_protest_auprès_de_a_capital():
    found = events("Le 3 mars, Pékin a protesté auprès de Tokyo contre la visite.")
    assert ("CHNGOV", "JPNGOV", "114") in found


def test_calling_someone_a_name_is_no_appeal():
    found = events("Le 3 mars, le chef de l'opposition espagnole a appelé le Premier ministre espagnol « le fossoyeur ».")
    assert all(not c.startswith("02") for _, _, c in found)


def test_a_quoted_verdict_condemns_the_one_actor_the_quote_names():
    found = events("« La décision de Minsk est inacceptable », a déclaré le ministre lituanien des Affaires étrangères.")
    assert ("LTUGOV", "BLRGOV", "111") in found


def test_a_quoted_verdict_naming_no_actor_is_no_event():
    found = events("« C'est une décision inacceptable », a déclaré le ministre lituanien des Affaires étrangères.")
    assert found == []


def test_a_present_tense_verb_the_model_leaves_unlemmatised_still_triggers():
    found = events("Le syndicat italien demande au gouvernement italien des mesures pour l'emploi.")
    assert any(s == "ITALAB" and t == "ITAGOV" and c.startswith("10") for s, t, c in found)


def test_the_leader_of_a_named_body_speaks_for_it():
    found = events("Le secrétaire général de la CFDT, encore en fonction jusqu'en mars, "
                   "demande au gouvernement des mesures pour l'emploi.")
    assert any(s == "FRALAB" and t == "FRAGOV" for s, t, _ in found)


def test_listening_to_a_speech_is_not_making_it():
    found = events("Lundi, le Parlement espagnol a écouté un discours devant le Parlement espagnol du Premier ministre espagnol.")
    assert all(s != "ESPLEG" for s, _, _ in found)


def test_a_bare_title_used_again_is_the_person_given_that_title():
    found = events("Pour Laurent Berger, son secrétaire général : « C'est un moment important ». "
                   "Le secrétaire général, encore en fonction jusqu'en juin, demande au gouvernement français des mesures.")
    assert any(s == "FRALAB" and t == "FRAGOV" for s, t, _ in found)


def test_an_end_point_dates_no_act():
    ann = annotate_article(Article(id="t", text="Le syndicat espagnol, en place jusqu'en mars 2015, demande au gouvernement "
                                   "espagnol des mesures pour l'emploi.", language="fr", published="2013-05-14"))
    assert [e.date for e in ann.events if e.code.startswith("10")] == ["2013-05-14"]


def test_a_reported_act_of_an_unnamed_person_is_not_the_speaker_s():
    found = events("Le syndicat espagnol précise que l'agent avait formulé une demande de mutation.")
    assert found == []


def test_a_credit_rating_downgrade_disapproves_of_the_rated_party():
    found = events("L'agence américaine Moody's a abaissé jeudi la note de douze banques italiennes.")
    assert ("USABUS", "ITABUS", "110") in found


def test_an_act_asked_for_of_no_one_is_a_demand_an_addressed_one_an_appeal():
    demanded = events("Les étudiants chiliens demandaient de geler les frais de scolarité.")
    assert any(s == "CHLEDU" and c[:2] == "10" for s, _, c in demanded)
    appealed = events("L'Allemagne a demandé à la Grèce de présenter un nouveau budget.")
    assert any(s == "DEU" and t == "GRC" and c[:2] == "02" for s, t, c in appealed)


def test_what_a_union_asks_of_the_government_is_a_demand():
    found = events("La CFDT demande au gouvernement de renoncer à la hausse de la TVA.")
    assert any(s == "FRALAB" and t == "FRAGOV" and c[:2] == "10" for s, t, c in found)


def test_a_request_for_aid_names_its_addressee():
    found = events("Le Portugal a présenté sa demande d'aide à la zone euro.")
    assert ("PRT", "IGOEUREEC", "023") in found



def test_a_speaker_the_kb_lacks_speaks_for_the_body_named_with_them():
    found = events("L'entreprise canadienne Borealix Dynamics (BXD) ferme son usine de Lille. "
                   "Sophie Garnier, de la CFDT, a estimé que « la fermeture est inacceptable alors que BXD fait des profits ».")
    assert ("FRALAB", "CANBUS", "111") in found


def test_arrested_people_identified_by_nationality_after_a_semicolon():
    found = events("Trois personnes ont été arrêtées mardi à Anvers ; il s'agit de deux Albanais et d'un Serbe.")
    assert {("BELCOP", "ALB", "173"), ("BELCOP", "SRB", "173")} <= set(found)


def test_the_police_recommending_something_to_the_public_is_an_appeal():
    found = events("La police espagnole recommande aux internautes de changer leurs mots de passe.")
    assert ("ESPCOP", "ESPCVL", "020") in found


def test_an_article_naming_only_businesses_is_about_their_country():
    found = events("Les banques néerlandaises s'inquiètent. Six personnes ont été interpellées lors d'une enquête sur des fraudes.")
    assert any(s == "NLDCOP" and c == "173" for s, _, c in found)


def test_a_federation_of_unions_acts_as_the_unions():
    found = events("Les fédérations nationales des syndicats ont dénoncé le gouvernement belge.")
    assert ("BELLAB", "BELGOV", "111") in found


def test_an_announced_boycott_is_declared_an_announced_strike_still_to_come():
    found = events("Les syndicats français ont annoncé le boycott des réunions avec la direction de Renault.")
    assert any(s == "FRALAB" and c == "143" for s, _, c in found)
    found = events("Les syndicats français ont annoncé une grève pour jeudi contre la direction de Renault.")
    assert any(s == "FRALAB" and c == "133" for s, _, c in found)


def test_disapproving_an_act_already_reported_targets_its_doer():
    found = events("Le Premier ministre grec a prononcé un discours devant le Parlement grec. "
                   "Le chef de l'opposition grecque a déploré un discours « sans ambition ».")
    assert any(t == "GRCGOV" and c[:2] == "11" for _, t, c in found)


def test_a_fixed_expression_led_by_a_trigger_word_is_no_act():
    assert events("Le gouvernement portugais a retardé sa prise de décision sur la réforme à Lisbonne.") == []
    found = events("La prise de Palmyre par l'État islamique inquiète la Syrie.")
    assert any(c == "192" for _, _, c in found)


def test_a_motion_verb_with_etre_is_not_a_passive():
    # fr_core_news_md labels "est arrivé" aux:pass: the subject still arrives (a visit, 042)
    assert ("FRAGOV", "RUSGOV", "042") in events("François Hollande est arrivé à Moscou jeudi.", "2015-11-26")


def test_a_true_passive_keeps_its_agent():
    from foedus.events.slots import is_passive, passive_agent
    from foedus.language.pipeline import load_nlp

    doc = load_nlp("fr")("Le convoi a été attaqué par les talibans près de Kandahar.")
    verb = next(t for t in doc if t.lemma_ == "attaquer")
    assert is_passive(verb) and passive_agent(verb).lower_ == "talibans"


def test_a_meeting_in_the_future_tense_is_an_intent_to_meet():
    text = "Le président français François Hollande rencontrera jeudi son homologue russe Vladimir Poutine au Kremlin."
    found = events(text, "2015-11-24")
    assert ("FRAGOV", "RUSGOV", "036") in found
    assert all(not c.startswith("04") for _, _, c in found)


def test_the_near_future_with_aller_is_an_intent_but_a_journey_is_not():
    from foedus.events.modality import is_inflected_future
    from foedus.language.pipeline import load_nlp

    nlp = load_nlp("fr")
    planned = nlp("Le président français va rencontrer son homologue russe au Kremlin.")
    assert is_inflected_future(next(t for t in planned if t.lemma_ == "rencontrer"))
    done = nlp("Le président est allé rencontrer les manifestants hier.")
    assert not is_inflected_future(next(t for t in done if t.lemma_ == "rencontrer"))


def test_an_intended_attack_is_a_threat_not_an_attack():
    found = events("Les rebelles touaregs entendent poursuivre leurs attaques contre l'armée malienne.")
    assert ("MLIREB", "MLIMIL", "138") in found
    assert all(not c.startswith("19") for _, _, c in found)


def test_an_intended_meeting_is_the_subject_s_intent_only():
    found = events("Le président français tient à rencontrer son homologue russe Vladimir Poutine.", "2015-11-26")
    assert ("FRAGOV", "RUSGOV", "036") in found
    assert ("RUSGOV", "FRAGOV", "036") not in found


def test_a_refused_intent_is_no_event():
    found = events("Le Hezbollah ne veut pas bombarder Israël.")
    assert all(not c.startswith(("13", "19")) for _, _, c in found)


@pytest.mark.parametrize("verb, code", [("a épinglé", "111"), ("a étrillé", "111"), ("a incriminé", "112")])
def test_colloquial_criticism_verbs(verb: str, code: str):
    found = events(f"Le Premier ministre Jean-Marc Ayrault {verb} mardi le gouvernement grec.", "2012-10-16")
    assert ("FRAGOV", "GRCGOV", code) in found


def test_a_subject_hung_on_a_fronted_adverbial_still_acts():
    # fr_core_news_md parses "De leur côté, Paris et Berlin" as conjuncts of "côté"
    found = events("De leur côté, Paris et Berlin ont condamné l'attaque russe contre l'Ukraine.", "2015-11-26")
    assert ("FRAGOV", "RUS", "111") in found


def test_criticism_incise_targets_the_party_its_quote_names():
    # the parser takes the quote's subject for the verb's: the quote's speaker is the source
    found = events("« Le gouvernement trompe les électeurs », a dénoncé Jean-François Copé.")
    assert ("FRAOPP", "FRAGOV") in {(src, tgt) for src, tgt, code in found if code[:2] == "11"}


def test_criticism_incise_without_a_party_in_its_quote_has_no_target():
    found = events("« Nous ne céderons rien », a dénoncé Jean-François Copé.")
    assert not any(code[:2] == "11" for _, _, code in found)

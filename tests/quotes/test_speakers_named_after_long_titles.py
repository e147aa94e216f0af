"""Speakers a long title introduces, a woman the tagger does not know by her first name, an incise
pronoun after a reported clause whose first words are another's subject, one through whom a country
spoke ("par la voie de"), a past participle that is no speaker's verb, and an answer to a question —
on sentences written for these tests."""

from __future__ import annotations


def test_the_name_closing_a_title_with_a_lower_case_complement_speaks(quotes):
    text = ("Les sanctions ne font peur à personne, mais compliquent le règlement du conflit, a indiqué le "
            "vice-ministre russe des Affaires étrangères Grigori Karassine lors d'un entretien avec "
            "l'ambassadeur de l'UE.")
    assert quotes.first(text, "Les sanctions", reported=True).speaker_text == "Grigori Karassine"


def test_elle_is_the_woman_an_apposed_feminine_title_describes(quotes):
    text = ("Selon des témoins, la police a dispersé les manifestants. Devant le tribunal, Radia Nasraoui, "
            "avocate et militante des droits de l'Homme, attendait des nouvelles de son mari. « Nous voulons "
            "des actes et non des paroles », a-t-elle déclaré.")
    assert quotes.speaker(text, "Nous voulons des actes") == "Radia Nasraoui"


def test_an_incise_pronoun_after_a_reported_clause_is_its_source_not_its_subject(quotes):
    text = ("Un kamikaze s'est fait exploser avant que les assaillants lancent l'assaut et « il semble qu'ils "
            "soient entrés dans la base » où stationnaient des troupes, a expliqué à l'AFP le colonel Ahmed Hassan "
            "Omar, un responsable militaire. « Les combats ont causé des pertes, mais nous n'avons pas d'autres "
            "détails », a-t-il ajouté.")
    assert quotes.speaker(text, "Les combats ont causé") == "Ahmed Hassan Omar"


def test_the_minister_through_whom_a_country_spoke_is_the_speaker(quotes):
    text = ("Le Venezuela a immédiatement dénoncé, par la voie de son ministre des Affaires étrangères, Jorge "
            "Arreaza, la « pire agression » qui soit contre le peuple.")
    assert quotes.speaker(text, "pire agression") == "Jorge Arreaza"


def test_a_statement_by_way_of_a_communique_is_the_subjects(quotes):
    text = "Le gouvernement a réagi par voie de communiqué : « Nous condamnons cette attaque »."
    assert quotes.speaker(text, "Nous condamnons") == "Le gouvernement"


def test_remarks_judged_so_are_not_their_own_speaker(quotes):
    text = ("Le gouvernement malien a convoqué l'ambassadeur de France. Il a dénoncé « des propos outrageux ». "
            "Des propos jugés « contraires au développement de relations amicales entre nations ».")
    assert quotes.speaker(text, "contraires au développement") == "Le gouvernement malien"


def test_the_one_asked_answers_not_the_asker_nor_whom_the_question_names(quotes):
    text = ("Lorsque La Presse Canadienne a demandé à Mme Joly si Ottawa souhaitait un changement de régime à "
            "Moscou, elle a répondu que le Canada se concentrait sur la punition du régime.")
    assert quotes.first(text, "le Canada se concentrait", reported=True).speaker_text == "Joly"


def test_a_party_adjective_used_as_a_noun_is_the_president_named_before(quotes):
    text = ("De retour d'Ecosse, le président américain Donald Trump a précisé à des journalistes à bord de son "
            "avion Air Force One que le délai était de dix jours. Après avoir donné un ultimatum de 50 jours à son "
            "homologue russe Vladimir Poutine, le républicain avait annoncé lundi une nouvelle date. « Il n'y a "
            "aucune raison d'attendre », avait-il justifié.")
    assert quotes.speaker(text, "Il n'y a aucune raison") == "Donald Trump"

"""Speakers and addressees around media, offices and reported sayers: a name closing an incise past
an adjunct, a pronoun past a quote the segmenter cut out, "la source" after "selon X", "porte
parole" written with a space, a spokesperson of a body who is not the office-holder named before,
"Me X" as "l'avocat", a medium as addressee (and never as a person), "s'est dit inquiet", the
sayer named inside reported speech, titles and names in marks, a participle's agent, an envoy's
words — on sentences written for these tests."""

from __future__ import annotations


def test_a_name_closing_an_incise_past_an_adjunct_is_the_speaker(quotes):
    text = ("Le ministre des Affaires étrangères, Alain Juppé, a parlé aux journalistes. « Nous frapperons depuis les airs, "
            "pas au sol », a précisé peu avant la réunion du Conseil de sécurité Alain Juppé.")
    assert quotes.speaker(text, "Nous frapperons") == "Alain Juppé"


def test_a_pronoun_after_a_quote_cut_into_its_own_sentence_goes_on_with_the_last_subject(quotes):
    text = ("Le président français, François Hollande, a eu mardi un entretien avec son homologue ivoirien, Alassane "
            "Ouattara.\n\nFrançois Hollande a réaffirmé le soutien de son pays à la médiation régionale.\n\nIl a "
            "également évoqué avec le président Ouattara les moyens de mobiliser les Etats voisins.\n\n"
            "\"Celle-ci ne peut rester indifférente à la crise : politique, sécuritaire et humanitaire\", a-t-il indiqué.")
    assert quotes.speaker(text, "Celle-ci ne peut") == "François Hollande"


def test_the_source_after_selon_is_the_body_cited(quotes):
    text = ("Selon la présidence de la République française, les échanges ont porté sur la situation au Sahel. "
            "Les deux présidents sont convenus de se revoir rapidement, a conclu la source.")
    q = quotes.find(text, "Les deux présidents", kind="indirect")
    assert q.speaker_text == "la présidence de la République française"


def test_porte_parole_written_with_a_space_is_still_a_spokesperson(quotes):
    text = ("« Nos troupes viennent de prendre la ville », a déclaré à l'AFP Éric Massi, un porte parole de la "
            "rébellion.\n\n« Il y a eu très peu de combats », a déclaré le porte parole.")
    assert quotes.speaker(text, "Il y a eu très peu") == "Éric Massi"


def test_the_spokesperson_of_a_body_is_not_the_office_holder_named_before(quotes):
    text = ("Selon la radio, le président centrafricain François Bozizé aurait quitté le pays.\n\n"
            "« Il est invisible mais il suit la situation », explique le porte-parole de la présidence.")
    assert quotes.speaker(text, "Il est invisible") == "le porte-parole de la présidence"


def test_an_indefinite_title_is_not_the_office_holder_named_later(quotes):
    # ("un dirigeant de l'opposition" is nobody the KB knows, not the president named after)
    text = ("Des militants du parti au pouvoir ont attaqué les manifestants, selon un dirigeant de l'opposition. "
            "Les manifestants exigent le départ du président Michel Martelly.")
    q = quotes.find(text, "Des militants du parti", kind="selon", published="2014-04-15")
    assert q.speaker_text == "un dirigeant de l'opposition"


def test_the_lawyer_is_the_person_written_with_maitre(quotes):
    text = ("Un mandat d'arrêt a été émis contre le dirigeant catalan, a déclaré son avocat belge à la télévision "
            "flamande jeudi.\n\n« La procédure va durer des semaines », a déclaré Me Paul Bekaert à la chaîne VRT.\n\n"
            "Interrogé sur le point de savoir si Carles Puigdemont resterait en Belgique, l'avocat a répondu : « Bien "
            "entendu. »")
    first = quotes.find(text, "Un mandat d'arrêt", kind="indirect")
    assert first.speaker_text.endswith("Paul Bekaert")
    assert first.addressee_text == "la télévision flamande"
    assert quotes.speaker(text, "Bien entendu").endswith("Paul Bekaert")


def test_what_a_participle_reacts_to_is_no_addressee(quotes):
    text = ("La ministre Chrystia Freeland a affirmé lundi que son pays « défendra toujours les droits humains », "
            "réagissant à l'annonce de l'expulsion de l'ambassadeur canadien.")
    assert quotes.addressee(text, "défendra toujours") is None


def test_a_stance_adjective_after_se_dire_is_reported_alone(quotes):
    text = "Le Canada s'est dit inquiet lundi et a demandé des explications à Riyad."
    q = quotes.find(text, "inquiet", kind="indirect")
    assert q.text == "inquiet"


def test_words_quoted_right_after_a_sayer_inside_reported_speech_are_that_sayers(quotes):
    text = ("Le Premier ministre Ahmed Ouyahia a répondu aux manifestants. Il a souligné qu'en annonçant sa "
            "candidature, M. Bouteflika a promis \"une conférence nationale ouverte à tous\".")
    assert quotes.speaker(text, "une conférence nationale") == "Bouteflika"  # as the article names him


def test_a_reflexive_verb_inside_reported_speech_quotes_nobody(quotes):
    # (a guard: "se poursuivait" is no verb of saying; the fragment is the reporter's)
    text = ("Emmanuel Macron a pour sa part assuré que l'aide de la France se poursuivait « conformément à ses "
            "engagements ».")
    assert quotes.speaker(text, "conformément à ses") == "Emmanuel Macron"


def test_a_documents_title_and_a_name_after_du_are_not_speech(quotes):
    text = ("Le président a annoncé dans une « lettre à la Nation » qu'il briguerait un cinquième mandat. "
            "Le président américain a annoncé la création du « Fonds Clinton-Bush » pour la reconstruction.")
    assert quotes.first(text, "lettre à la Nation").speech is False
    assert quotes.first(text, "Fonds Clinton-Bush").speech is False


def test_a_diplomat_is_the_ambassador_named_before_and_the_agency_is_addressed(quotes):
    text = ("Le Maroc a rappelé son ambassadrice en Espagne, Karima Benyaich, pour consultation.\n\n"
            "« Il y a des actes qui ont des conséquences », a expliqué la diplomate à Europa Press.")
    q = quotes.first(text, "Il y a des actes")
    assert q.speaker_text == "Karima Benyaich"
    assert q.addressee_text == "Europa Press"


def test_quoted_words_with_a_participle_of_saying_and_its_agent_are_the_agents(quotes):
    text = ("Le Maroc a rappelé son ambassadrice après le « mécontentement » exprimé par Madrid, a appris l'AFP "
            "auprès du ministère marocain des Affaires étrangères.")
    assert quotes.speaker(text, "mécontentement") == "Madrid"


def test_the_continental_organisation_on_twitter_is_the_body_named_before(quotes):
    text = ("Le Conseil de paix et de sécurité de l'Union africaine (UA) se réunit jeudi pour examiner la situation "
            "au Gabon, a annoncé l'organisation continentale sur Twitter.")
    q = quotes.find(text, "Le Conseil de paix", kind="indirect")
    assert q.speaker_text == "l'Union africaine (UA)"  # (written whole, as the article spells it out)


def test_the_communique_is_the_one_last_named_with_its_author(quotes):
    text = ("Dans un communiqué dimanche, les pays membres ont décidé de rappeler leurs ambassadeurs. « Le Collège "
            "regrette la destruction d'un drone », a indiqué le communiqué de l'AES lu à la télévision.\n\n"
            "Le communiqué rapporte également que « cet incident est d'autant plus grave ».")
    assert quotes.speaker(text, "cet incident est") == quotes.speaker(text, "Le Collège regrette")


def test_an_envoy_sent_to_say_something_says_it(quotes):
    text = ("Le président Nicolas Sarkozy avait dépêché le 14 janvier à Port-au-Prince le secrétaire d'Etat à la "
            "coopération, Alain Joyandet, pour exprimer « la solidarité de la France à ce peuple meurtri ».")
    assert quotes.speaker(text, "la solidarité de la France") == "Alain Joyandet"


def test_a_medium_addressed_before_the_speaker_is_no_person(quotes):
    text = ("Le général Brice Oligui Nguema prêtera serment lundi. Le général Oligui a « décidé de la mise en place "
            "des institutions de la transition », a annoncé à la télévision le colonel Ulrich Manfoumbi Manfoumbi.")
    assert quotes.addressee(text, "décidé de la mise") == "la télévision"


def test_an_agency_addressed_before_the_speakers_name_is_the_addressee(quotes):
    text = "Cette annonce \"ne va pas régler la crise\", a dit à l'AFP Oumeima Khellaf, une jeune étudiante."
    assert quotes.addressee(text, "ne va pas régler") == "l'AFP"


def test_an_audience_after_the_apposed_name_is_the_addressee(quotes):
    text = ("Sa démission \"permettra de rétablir la paix\", a déclaré le commandant des forces armées du pays, "
            "Williams Kaliman, aux journalistes.")
    assert "journalistes" in (quotes.addressee(text, "permettra de rétablir") or "")


def test_words_addressed_a_l_attention_de_someone_have_an_addressee(quotes):
    text = ("Alpha Condé a parlé devant sa maison. Il a ensuite déclaré, à l'attention de son adversaire : « quand "
            "on veut un Etat de droit, on respecte le suffrage ».")
    assert quotes.addressee(text, "quand on veut") is not None


def test_an_appeal_right_before_a_participle_of_asking_is_the_speaker(quotes):
    text = ("Félix Tshisekedi a été proclamé président par la Cour constitutionnelle, restée sourde aux appels de "
            "l'Union africaine (UA) lui demandant de \"suspendre\" l'officialisation des résultats.")
    assert quotes.speaker(text, "suspendre") == "l'Union africaine (UA)"


def test_a_noun_after_se_declarer_is_what_they_declared(quotes):
    text = "Les deux candidats se sont déclarés vainqueurs lundi avant la publication des résultats."
    assert quotes.find(text, "vainqueurs", kind="indirect").speaker_text == "Les deux candidats"


def test_declaring_war_is_no_stance(quotes):
    # (a guard: a noun object without "se" is the act's, not a declared stance)
    text = "Le président a déclaré la guerre aux rebelles lundi."
    assert quotes.first(text, "la guerre", kind="indirect") is None


def test_an_adverb_between_the_clitic_and_the_verb_keeps_the_incise(quotes):
    text = ("Le ministre a parlé longuement. Cette détention est inacceptable et tous les acteurs doivent s'engager "
            "pour le dialogue, a-t-il encore affirmé.")
    assert quotes.find(text, "Cette détention", kind="indirect").speaker_text == "Le ministre"


def test_words_between_a_participle_of_judging_and_its_agent_are_the_agents(quotes):
    text = "Le gouvernement a pris une décision. Une annonce jugée \"absurde\" par M. Francken."
    assert quotes.speaker(text, "absurde") == "Francken"


def test_selon_on_the_same_line_after_a_cut_attributes_the_fragment(quotes):
    text = ("Le cessez-le-feu est entré en vigueur mercredi.\n\nUne \"bonne nouvelle\" selon Joe Biden\n\n"
            "Peu après, l'armée israélienne a averti les habitants.")
    assert quotes.speaker(text, "bonne nouvelle") == "Joe Biden"


def test_selon_in_the_next_paragraph_attributes_nothing_before_it(quotes):
    # (a guard: a new paragraph's "Selon X" is about its own statement)
    text = ("Samedi, le général a parlé de la \"bataille\" en cours.\n\nSelon le Comité des médecins, les "
            "affrontements ont fait cent morts.")
    assert quotes.speaker(text, "bataille") != "le Comité des médecins"


def test_an_adverb_after_a_plain_auxiliary_is_no_incise(quotes):
    # (a guard: "X, a également félicité Y" is a sentence, not an incise closing "X")
    text = ("Le secrétaire général de l'Organisation des Etats américains, Luis Almagro, a également félicité "
            "Juan Guaidó.")
    assert quotes.first(text, "Le secrétaire général", kind="indirect") is None


def test_an_abstract_noun_ending_like_a_person_is_no_pronouns_antecedent(quotes):
    text = ("Didier Burkhalter a estimé que le rôle de la Russie serait \"crucial\".\n\nLa Russie a montré un \"signal "
            "clair\", a affirmé le président en exercice de l'OSCE lors d'une conférence de presse. Mais il attend que ce soutien se "
            "matérialise sur le terrain.\n\nDialogue plutôt que violence\n\nCette détention est \"inacceptable\" et tous "
            "les acteurs doivent s'engager pour le dialogue, a-t-il encore affirmé.")
    assert quotes.speaker(text, "inacceptable") == "Didier Burkhalter"


def test_words_said_in_a_clause_joined_to_a_meeting_are_addressed_to_the_one_met():
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("On 17 November, Chinese Vice Foreign Minister Wu Daiwei met with the Japanese ambassador to China "
            "Anami Koreshige in Beijing and offered an apology for the incident, stating that the submarine was "
            "on a training mission.")
    ann = annotate_article(Article(id="t", text=text, language="en", published="2004-11-17"))
    said = [q for q in ann.quotes if q.text.startswith("the submarine")]
    assert said and said[0].addressee_text and "Koreshige" in said[0].addressee_text


def test_how_often_is_never_who():
    # "a justifié une nouvelle fois son coup de force par «…»": the noun after the verb says how
    # often, it is no inverted subject (and no incise of speech follows from it)
    from foedus.annotate import annotate_article
    from foedus.records import Article

    text = ("Le colonel, que le président avait voulu écarter, a justifié une nouvelle fois son coup de force "
            "par la « détérioration de la situation sécuritaire ».")
    ann = annotate_article(Article(id="t", text=text, language="fr", published="2023-07-28"))
    assert not any(q.speaker_text and "fois" in q.speaker_text for q in ann.quotes)

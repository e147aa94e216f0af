"""Who a pronoun or a bare "la source" takes up: the unnamed speaker of an earlier cue (an inverted
subject the parser reads as an object, an informant named after "auprès de"), the main clause's
subject rather than one inside its reported clause; and words between quotation marks are never
the speaker of another quote — on sentences written for these tests."""

from __future__ import annotations


def test_pronoun_takes_up_an_inverted_subject(quotes):
    text = ("« Trois écoles ont été touchées par les tirs », ont déclaré les autorités locales dans un communiqué.\n\n"
            "Selon elles, la ville a été visée toute la nuit par des «tirs nourris» de l'artillerie.")
    q = quotes.find(text, "la ville a été visée", kind="selon")
    assert q.speaker_text == "les autorités locales"
    assert quotes.speaker(text, "tirs nourris") == "les autorités locales"


def test_bare_source_takes_up_the_informant_and_a_pronoun_the_source(quotes):
    text = ("Trois soldats ont été blessés dans une embuscade près de la frontière, a appris l'AFP mardi "
            "auprès d'un officier de la gendarmerie.\n\n"
            "« Les assaillants ont pris la fuite vers le nord », a précisé la source.\n\n"
            "Il a ajouté que les renforts étaient arrivés dans la soirée.")
    first = quotes.find(text, "Trois soldats", kind="indirect")
    assert first.speaker_text == "un officier de la gendarmerie"
    assert quotes.speaker(text, "Les assaillants") == "un officier de la gendarmerie"
    assert quotes.find(text, "les renforts", kind="indirect").speaker_text == "un officier de la gendarmerie"


def test_incise_pronoun_is_the_main_subject_not_the_reported_clauses(quotes):
    text = ("Le président Paul Roux a assuré que l'aide de la région se poursuivait. "
            "« C'est un modèle de coopération », a-t-il fait valoir.")
    assert quotes.speaker(text, "C'est un modèle") == "Paul Roux"


def test_words_in_another_quote_neither_cue_nor_speak(quotes):
    text = ('Dans une déclaration commune, les ministres se sont engagés à "défendre une seule Europe", '
            '"à rester unis" et "à rechercher des solutions communes".')
    for start in ("défendre", "à rester", "à rechercher"):
        assert quotes.speaker(text, start) != "une seule Europe"
    text = ("Le cessez-le-feu « n'est pas un sujet de nos discussions avec nos alliés », a déclaré le président "
            "à l'issue de la rencontre, attribuant ces informations à la « désinformation » adverse.")
    assert quotes.speaker(text, "désinformation") != "nos alliés"


def test_a_title_in_marks_before_a_name_still_names_the_speaker(quotes):
    text = ("Samedi le «Premier ministre» séparatiste Alexandre Petrenko a reconnu que la ville était "
            "«encerclée» et au bord d'une «catastrophe humanitaire».")
    q = quotes.find(text, "la ville était", kind="mixed")
    assert q.speaker_text == "Alexandre Petrenko"


def test_incise_after_a_prepositional_tail(quotes):
    text = ("« Une maison a été détruite par un obus. Une femme a été blessée » dans le quartier nord de la ville, "
            "a indiqué la mairie de Donetsk.")
    assert quotes.speaker(text, "Une maison") == "la mairie de Donetsk"


def test_infinitive_after_a_day_adjunct(quotes):
    text = "L'armée a annoncé dimanche matin avoir repris le contrôle de l'aéroport."
    q = quotes.find(text, "avoir repris", kind="indirect")
    assert q.speaker_text == "L'armée"


def test_incise_with_a_day_the_parser_reads_as_its_object(quotes):
    text = ("Cette affirmation a été démentie par un porte-parole du premier ministre, Cameron Ahmad. "
            "«Ce n'est pas vrai. Ils ne sont pas amis », a-t-il tranché dimanche.")
    assert quotes.speaker(text, "Ce n'est pas vrai") == "Cameron Ahmad"


def test_ont_elles_affirme_is_an_incise(quotes):
    text = ("Les autorités séparatistes ont publié un communiqué. En l'espace de deux heures, «près de 300 "
            "roquettes» ont été tirés sur plusieurs quartiers, ont-elles affirmé en début de soirée.")
    q = quotes.find(text, "En l'espace", kind="mixed")
    assert q.speaker_text == "Les autorités séparatistes"

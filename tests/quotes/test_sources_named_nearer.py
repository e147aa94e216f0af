"""Speakers named nearer the words than the sentence's outer source, and speakers the article
names twice in different words: a name the tagger reads as an adverb, a crosshead that is no
antecedent, a noun taken up from the phrase that introduced a body, an acronym spelt out in words
the recogniser cut short, "l'intéressé", an opinion relative and a judging verb under an outer
"selon" — on sentences written for these tests."""

from __future__ import annotations


def test_a_name_the_tagger_reads_as_an_adverb_is_the_incises_subject(quotes):
    text = ("\"Le journaliste est libre et rentre chez lui ce soir\", a écrit Macron sur le réseau social X, "
            "remerciant \"tous les diplomates mobilisés\" pour leur travail.")
    assert quotes.speaker(text, "tous les diplomates mobilisés") == "Macron"


def test_a_crosshead_names_no_antecedent_for_the_next_pronoun(quotes):
    text = ("Le président turc Recep Tayyip Erdogan a exigé samedi l'extradition de l'opposant réfugié aux "
            "Etats-Unis.\n\n« Il y a un complot contre notre pays », a insisté Recep Tayyip Erdogan, rappelant avoir "
            "déjà demandé son extradition à son homologue américain, Barack Obama.\n\nWashington demande des preuves\n\n« Je vous le répète, livrez-nous cet homme », "
            "a-t-il martelé.")
    assert quotes.speaker(text, "Je vous le répète").startswith("Recep Tayyip Erdo")


def test_a_noun_taken_up_means_the_body_it_introduced(quotes):
    text = ("Au moins vingt personnes ont été tuées dans des raids aériens, indique l'Observatoire syrien des "
            "droits de l'homme. L'OSDH précise que les frappes ont visé trois quartiers. L'agence de presse "
            "officielle Sana rapporte que l'armée a repoussé une attaque. L'agence ajoute que des opérations "
            "ont eu lieu dans la banlieue de la capitale.")
    assert "Sana" in quotes.find(text, "des opérations ont eu lieu", published="2015-02-06").speaker_text


def test_an_acronym_speaker_is_written_with_its_spelt_out_name(quotes):
    text = ("Douze civils ont été tués jeudi, indique l'Observatoire syrien pour les droits de l'homme. "
            "L'OSDH précise que les raids ont visé la Ghouta orientale.")
    q = quotes.find(text, "les raids ont visé", published="2015-02-06")
    assert q.speaker_text.lower() == "l'observatoire syrien pour les droits de l'homme"


def test_the_person_concerned_is_the_one_just_spoken_of(quotes):
    text = ("Le président a de nouveau accusé l'opposant Fethullah Gülen d'avoir fomenté le putsch.\n\n"
            "L'intéressé a, pour sa part, nié toute implication et l'a condamné « avec la plus grande fermeté ».")
    assert quotes.speaker(text, "avec la plus grande fermeté") == "Fethullah Gülen"


def test_an_opinion_relative_before_the_marks_names_the_words_owner(quotes):
    text = ("Angela Merkel a rejeté lundi les accusations du président turc Recep Tayyip Erdogan selon qui la "
            "chancelière \"protège des extrémistes\", selon son porte-parole Steffen Seibert.")
    assert quotes.speaker(text, "protège des extrémistes").startswith("Recep Tayyip Erdo")


def test_a_judging_verb_under_an_outer_selon_keeps_its_subjects_word(quotes):
    text = ("Angela Merkel a jugé \"absurdes\" les accusations venues d'Ankara et refuse toute surenchère, selon "
            "son porte-parole Steffen Seibert lundi soir.")
    assert quotes.speaker(text, "absurdes") == "Angela Merkel"


def test_a_bare_outer_selon_still_names_the_source_of_a_fragment(quotes):
    text = "La situation humanitaire est \"catastrophique\" dans le nord du pays, selon Médecins sans frontières."
    assert quotes.speaker(text, "catastrophique") == "Médecins sans frontières"


def test_a_document_relayed_by_a_newspaper_is_its_authors_not_the_newspapers(quotes):
    text = ("\"L'ambassadeur a été informé du caractère inacceptable de ces propos\", a fait savoir le ministère russe "
            "des Affaires étrangères par voie de communiqué.\n\nMoscou dénonce \"une action délibérée\" de Paris, "
            "ajoute le communiqué repris par Le Parisien.")
    q = quotes.find(text, "une action délibérée", published="2024-03-15")
    assert q.speaker_text == "le ministère russe des Affaires étrangères"

"""Forms of attribution common in wire copy: a note in brackets between a quote and its incise, an
addressee after the speaker's name, incises with a modal or "pour sa part", a name glued to a
phrase before the subject, fragments in a row, "selon X" inside a sentence, acronyms never spelt
out, a fronted phrase naming someone else — on sentences written for these tests."""

from __future__ import annotations

import pytest


def test_a_note_in_brackets_between_quote_and_incise(quotes):
    text = ("« Nous voulons éviter les débordements » (ndlr lors du défilé), a déclaré à l'AFP le ministre "
            "de l'Intérieur Marc Delorme, depuis la salle de commandement.")
    q = quotes.find(text, "Nous voulons", kind="direct")
    assert q.speaker_text == "Marc Delorme" and q.addressee_text == "l'AFP"
    assert quotes.first(text, "Nous voulons", reported=True) is None


def test_addressee_after_the_speakers_name_and_no_statement_from_inside_the_quote(quotes):
    text = ("« Nous avons la volonté de renforcer nos relations. Mais je crois que nous pouvons faire mieux. "
            "Nous voulons aussi renforcer le commerce », a dit le président ivoirien, Alassane Ouattara à la "
            "presse au sortir de l'entretien.")
    q = quotes.find(text, "Nous avons", kind="direct")
    assert q.speaker_text == "Alassane Ouattara" and q.addressee_text == "la presse"
    assert quotes.first(text, "Nous voulons", reported=True) is None


@pytest.mark.parametrize("incise, speaker", [
    ("croit savoir une source à la commission électorale", "une source à la commission électorale"),
    ("a tenu à préciser le ministre", "le ministre"),
    ("a voulu rappeler Jean Dupont", "Jean Dupont"),
    ("a pour sa part confié le secrétaire général de l'organisation, Jens Stoltenberg", "Jens Stoltenberg"),
    ("a de son côté affirmé la ministre", "la ministre"),
    ("a déclaré sur la chaîne BFMTV le député Paul Roux", "Paul Roux"),
])
def test_incise_forms(quotes, incise, speaker):
    text = f"« Les résultats ne sont pas encore connus », {incise}."
    assert quotes.speaker(text, "Les résultats") == speaker


def test_statement_before_an_incise_with_a_name_glued_to_a_phrase(quotes):
    text = ("L'aviation a bombardé jeudi plusieurs dépôts, a annoncé sur son fil Twitter la ministre des Armées "
            "Florence Parly.")
    assert quotes.find(text, "L'aviation", kind="indirect").speaker_text == "Florence Parly"


def test_fragments_in_a_row_share_the_incise_and_make_a_mixed_quote(quotes):
    text = ("Cette frappe, «préparée avec nos alliés», «a été appuyée par un drone de la coalition», précise "
            "l'état-major cité par l'AFP.")
    assert quotes.find(text, "préparée", kind="direct").speaker_text == "l'état-major"
    mixed = quotes.find(text, "Cette frappe", kind="mixed")
    assert mixed.speaker_text == "l'état-major"


def test_incise_after_a_quoted_predicate_and_a_trailing_phrase(quotes):
    text = ("Lors de leur conversation, Viktor Orlov « a donné une explication détaillée sur les raisons et les "
            "circonstances de la décision » en Ukraine, a ajouté le Kremlin.")
    assert quotes.find(text, "a donné", kind="direct").speaker_text == "le Kremlin"
    assert quotes.find(text, "Lors de leur", kind="mixed").speaker_text == "le Kremlin"


def test_selon_inside_the_sentence_before_the_quoted_end(quotes):
    text = "L'entretien a été organisé, selon la présidence française, « à l'initiative de la partie française »."
    q = quotes.find(text, "L'entretien", kind="selon")
    assert q.speaker_text == "la présidence française"


def test_selon_phrase_the_parser_cut_short(quotes):
    text = ("Selon une source au sein de la présidence, le chef de l'Etat a « exigé l'arrêt immédiat » de "
            "l'offensive.")
    q = quotes.find(text, "le chef de l'Etat", kind="selon")
    assert q.speaker_text.startswith("une source")


def test_results_speak_for_who_published_them(quotes):
    text = "Le président sortant est en tête à Boffa, selon les résultats publiés par la Commission électorale."
    assert quotes.find(text, "Le président sortant", kind="selon").speaker_text == "la Commission électorale"


def test_acronym_never_spelt_out_names_the_body_it_abbreviates(quotes):
    text = ("La préfecture de police de Paris avait prévenu qu'elle ferait des contrôles. Une heure plus tard, "
            "la PP a indiqué que 32 personnes avaient été interpellées.")
    assert quotes.speaker(text, "32 personnes") == "la préfecture de police de Paris"


def test_a_pronoun_does_not_take_up_a_name_in_a_phrase_fronted_before_it(quotes):
    text = ("« Je ne suis pas d'accord », a dit le premier ministre Justin Trudeau. En réaction au chef de "
            "l'opposition, Andrew Scheer, qui a demandé sa démission, il a répondu que les électeurs auraient "
            "un choix à faire, tout en visant la formation, qui est, a-t-il dit, « encore le parti de Harper ».")
    assert quotes.find(text, "les électeurs", kind="mixed").speaker_text == "Justin Trudeau"
    assert quotes.first(text, "En réaction", reported=True) is None


def test_glued_honorific(quotes):
    text = ("Le président Emmanuel Macron a réagi jeudi. M.Macron a ainsi estimé que le combat devait se "
            "poursuivre « avec nos partenaires ».")
    assert quotes.speaker(text, "avec nos partenaires") == "Emmanuel Macron"

"""Incises that carry indirect speech: after a closing mark with no comma (a mixed quote), in
mid-sentence, and detached participles — on sentences written for these tests."""

from __future__ import annotations


def test_mixed_quote_with_incise_after_the_closing_mark(quotes):
    text = ("Le chef des pompiers Jean Dupont est arrivé sur place. L'incendie aurait été provoqué "
            "« par un court-circuit dans la cuisine du restaurant » a-t-il précisé.")
    reported = quotes.first(text, "L'incendie aurait", reported=True)
    assert reported is not None and reported.speaker_text == "Jean Dupont"
    assert quotes.speaker(text, "par un court-circuit") == "Jean Dupont"


def test_mid_sentence_incise_after_a_circumstance(quotes):
    text = "Après deux ans de travaux, affirme le maire Paul Roux, la ville dispose enfin d'un pont neuf."
    q = quotes.find(text, "la ville dispose", kind="indirect")
    assert q.speaker_text == "Paul Roux"


def test_detached_participle_speaks_for_the_clause_subject(quotes):
    text = ("À Lyon, la ministre Anne Roux a réclamé un audit des comptes de la régie, "
            "affirmant que la gestion de la régie était opaque depuis des années.")
    q = quotes.find(text, "la gestion", kind="indirect")
    assert q.speaker_text == "Anne Roux"


def test_incise_statement_runs_over_a_parser_cut_inside_quotation_marks(quotes):
    text = ("Le feu a pris vers minuit « quand les premiers appels sont arrivés au centre de Lyon Part-Dieu » "
            "qui reçoit des milliers d'appels, a indiqué un porte-parole des pompiers.")
    reported = quotes.first(text, "Le feu a pris", reported=True)
    assert reported is not None and "porte-parole" in (reported.speaker_text or "")
    assert "porte-parole" in (quotes.speaker(text, "quand les premiers") or "")


def test_mid_sentence_inverted_clitic_is_the_speaker(quotes):
    text = ("Le préfet Marc Aubry a visité la mairie. Contrairement aux rumeurs, précise-t-il, "
            "le maire reste en poste jusqu'en juin.")
    q = quotes.find(text, "le maire reste", kind="indirect")
    assert q.speaker_text == "Marc Aubry"


def test_noun_inside_the_statement_is_not_the_incise_subject(quotes):
    text = ("La ministre Anne Roux a visité le chantier. Le projet « est un pari » et « les délais sont serrés », "
            "a-t-elle déclaré devant la presse.")
    assert quotes.speaker(text, "est un pari") == "Anne Roux"
    reported = quotes.first(text, "Le projet", reported=True)
    assert reported is not None and reported.speaker_text == "Anne Roux"


def test_participle_modifying_a_noun_is_no_incise(quotes):
    text = "Plus de 300 pompiers, appuyés par des hélicoptères et des avions, luttent contre le feu dans le Var."
    assert quotes.first(text, "Plus de 300", reported=True) is None


def test_detached_participle_after_a_que_clause_is_a_new_quote_of_the_same_speaker(quotes):
    text = ("Le ministère a démenti que le ministre soit malade, indiquant sobrement que la réunion "
            "ne figurait pas à son agenda.")
    first = quotes.find(text, "le ministre soit malade", kind="indirect")
    second = quotes.find(text, "la réunion", kind="indirect")
    assert first.text == "le ministre soit malade"
    assert first.speaker_text == second.speaker_text and "ministère" in (second.speaker_text or "")


def test_name_with_a_quoted_predicate_before_an_incise_is_a_mixed_quote(quotes):
    text = ("La juge Claire Vidal est arrivée. M. Dupont «commettrait une faute grave s'il refusait de "
            "témoigner», a expliqué Mme Vidal.")
    reported = quotes.first(text, "M. Dupont", reported=True)
    assert reported is not None and reported.speaker_text == "Claire Vidal"


def test_clitic_incise_after_the_verb_splits_one_statement(quotes):
    text = ("Les syndicats ne cèdent pas. Ce budget est, disent-ils, "
            "le plus injuste depuis dix ans.")
    q = quotes.find(text, "Ce budget est", kind="indirect")
    assert "syndicats" in (q.speaker_text or "")


def test_apposition_after_a_named_incise_is_no_statement(quotes):
    text = "Les manifestants attendent. « Les délais sont intenables », ajoute Karim, un autre manifestant."
    assert quotes.first(text, "", reported=True) is None



def test_name_the_parser_glues_to_the_incise_verb_is_its_subject(quotes):
    # "lance" is also a given name: the parser reads "lance Paul Roux" as one name
    text = "Le maire Paul Roux a visité le chantier. « Nous ne céderons pas », lance Paul Roux."
    assert quotes.speaker(text, "Nous ne céderons") == "Paul Roux"

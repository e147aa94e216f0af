"""Indirect quotes named by a source marker or relative ("de l'avis de X", "pour qui", "selon lequel")
and statements attributed by the sentence after them — on sentences written for these tests."""

from __future__ import annotations


def test_multiword_opinion_marker_names_the_source(quotes):
    q = quotes.find("De l'avis de la sociologue Claire Vidal, les loyers augmentent trop vite en ville.",
                    "les loyers", kind="selon")
    assert q.speaker_text == "Claire Vidal"


def test_opinion_relative_pour_qui(quotes):
    text = "La hausse déçoit les locataires, tout comme le syndicat des bailleurs pour qui les loyers restent trop bas."
    q = quotes.find(text, "les loyers restent", kind="selon")
    assert q.speaker_text == "le syndicat des bailleurs"


def test_source_relative_selon_lequel(quotes):
    text = "Une ONG a publié mardi un rapport selon lequel les prisons du pays sont surpeuplées."
    q = quotes.find(text, "les prisons", kind="selon")
    assert q.speaker_text and "rapport" in q.speaker_text


def test_pour_with_a_circumstance_is_no_source(quotes):
    text = "Pour la première fois, les abeilles ont quitté la vallée au printemps."
    assert quotes.first(text, "les abeilles", reported=True) is None


def test_pour_with_a_time_noun_that_ends_like_a_persons_is_no_source(quotes):
    # "instant" ends like "manifestant"; the circumstance nouns are data (circumstance_nouns.tsv)
    text = ("« Nous changerons les conduites », précise le directeur, Paul Roux. "
            "Pour l'instant, la ville concentre ses efforts sur la qualité de l'eau.")
    assert quotes.first(text, "la ville concentre", reported=True) is None
    opinion = text.replace("Pour l'instant", "Pour les manifestants")
    assert quotes.first(opinion, "la ville concentre", reported=True) is not None


def test_indirect_question_is_no_bare_complement(quotes):
    text = "Le biologiste Marc Petit explique pourquoi les abeilles disparaissent des campagnes."
    assert quotes.first(text, "pourquoi", reported=True) is None


def test_selon_after_a_dateline_dash(quotes):
    text = "3 mars 2024. - Selon le ministère de la Santé, trois hôpitaux de la région vont fermer."
    q = quotes.find(text, "trois hôpitaux", kind="selon")
    assert q.speaker_text and "ministère de la Santé" in q.speaker_text


def test_statement_attributed_by_the_next_sentence(quotes):
    text = "Les usines ferment une à une dans la vallée. C'est le constat amer de Jeanne Morel. Le maire a refusé."
    q = quotes.find(text, "Les usines ferment", kind="indirect")
    assert q.speaker_text == "Jeanne Morel"


def test_statement_attributed_by_a_copula_sentence(quotes):
    text = "Les salaires stagnent depuis dix ans. Le constat est du syndicaliste Paul Leroy."
    q = quotes.find(text, "Les salaires", kind="indirect")
    assert q.speaker_text == "Paul Leroy"


def test_decision_noun_attributes_nothing(quotes):
    text = "La ville a reçu une subvention de l'État. C'est la décision du préfet Paul Marin."
    assert quotes.first(text, "La ville a reçu", reported=True) is None


def test_english_single_marks_quote_words_but_apostrophes_do_not():
    from foedus.annotate import annotate_article
    from foedus.records import Article
    text = ("Officials called the protest a 'dangerous provocation'. It's the workers' union that "
            "organised it, and the mayor's office said it was ‘fully legal’. Rock 'n' roll played.")
    quotes = annotate_article(Article(id="t", text=text, language="en", published="2024-03-12")).quotes
    assert sorted(q.text for q in quotes if q.kind == "direct") == ["dangerous provocation", "fully legal"]


def test_english_small_clause_after_call_or_describe_is_reported_speech():
    from foedus.annotate import annotate_article
    from foedus.records import Article
    text = ("Mayor Anna Kowalski opened the new bridge. Kowalski described the project as saving the city "
            "two hours of traffic a day. The police called a press conference.")
    quotes = annotate_article(Article(id="t", text=text, language="en", published="2024-03-12")).quotes
    reported = [q for q in quotes if q.kind != "direct"]
    assert [q.text.split()[:2] for q in reported] == [["the", "project"]]
    assert reported[0].speaker_text == "Anna Kowalski"

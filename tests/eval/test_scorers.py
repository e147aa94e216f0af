"""The scorer itself on small hand-made cases with exact expected values (EVALUATION.md)."""

from __future__ import annotations

import pytest

from foedus.eval import events as ev
from foedus.eval import quotes as qs
from foedus.eval.text import overlap, same_name, tokens

GOLD_QUOTES = [
    {"text": "Nous devons être à l'initiative", "speaker": "François Hollande", "addressee": "Vladimir Poutine"},
    {"text": "La France a besoin du soutien de la Russie", "speaker": None},
    {"text": "Barkhane", "speaker": None, "speech": False},
    {"text": "créer un front uni était impossible", "speaker": "Cyrille Bret", "kind": "indirect"},
]


def score_quotes(preds):
    direct, indirect = qs.PoolCounts(), qs.PoolCounts()
    p, g = qs.split_pools(preds, gold=False), qs.split_pools(GOLD_QUOTES, gold=True)
    qs.score_pool(p["direct"], g["direct"], direct)
    qs.score_pool(p["indirect"], g["indirect"], indirect)
    return qs.figures(direct, indirect)


def test_tokens_fold_case_accents_and_punctuation():
    assert tokens("L’Élysée a dit: «Non!» 2015") == ["l", "elysee", "a", "dit", "non", "2015"]
    assert overlap("devons être", "Nous devons être à l'initiative") == pytest.approx(2 / 6)
    assert same_name("Poutine", "Vladimir Poutine") and same_name("VLADIMIR POUTINE", "vladimir poutine")
    assert not same_name("Hollande", "Vladimir Poutine") and not same_name(None, "X") and same_name(None, None)


def test_perfect_quotes():
    preds = [{"text": q["text"], "speaker": q["speaker"], "kind": q.get("kind", "direct"), "addressee": q.get("addressee")}
             for q in GOLD_QUOTES if q.get("speech", True)]
    f = score_quotes(preds)
    assert f["quote_p_30"] == 1.0 and f["quote_r_30"] == 1.0 and f["quote_f1_80"] == 1.0
    assert f["speaker_acc"] == 1.0 and f["quote_speaker_f1"] == 1.0
    assert f["indirect_f1_30"] == 1.0 and f["indirect_speaker_acc"] == 1.0
    assert f["addressee_acc"] == 1.0


def test_empty_predictions():
    f = score_quotes([])
    assert f["quote_p_30"] == 0.0 and f["quote_r_30"] == 0.0 and f["quote_f1_30"] == 0.0
    assert f["speaker_acc"] == 0.0 and f["quotes_gold_direct"] == 2  # the speech:false span is not gold


def test_partial_overlap_and_wrong_speaker():
    preds = [
        {"text": "Nous devons", "speaker": "Hollande", "kind": "direct"},  # 2/6 gold tokens: matches at 30 %, not 80 %
        {"text": "La France a besoin du soutien de la Russie", "speaker": "Poutine", "kind": "direct"},
        {"text": "Barkhane", "speaker": None, "kind": "direct"},  # term without speaker: ignored
    ]
    f = score_quotes(preds)
    assert f["quote_p_30"] == 1.0 and f["quote_r_30"] == 1.0
    assert f["quote_p_80"] == 0.5 and f["quote_r_80"] == 0.5
    assert f["speaker_acc"] == 1.0  # only the quote whose gold speaker is not null counts
    assert f["quote_speaker_f1"] == pytest.approx(0.5)  # null gold needs a null prediction
    assert f["addressee_acc"] == 0.0


def test_term_with_speaker_is_a_false_positive():
    preds = [{"text": "Barkhane", "speaker": "X", "kind": "direct"}]
    f = score_quotes(preds)
    assert f["quote_p_30"] == 0.0 and f["quotes_pred_direct"] == 1


def test_duplicate_prediction_counts_once_as_match():
    preds = [{"text": "La France a besoin du soutien de la Russie", "speaker": None, "kind": "direct"}] * 2
    f = score_quotes(preds)
    assert f["quote_p_30"] == 0.5 and f["quote_r_30"] == 0.5


GOLD_EVENTS = [
    {"source": "RUSGOV", "target": "FRAGOV", "code": "030", "date": "2015-11-26"},
    {"source": "FRAGOV", "target": "RUSGOV", "code": "042", "date": "2015-11-26"},
    {"source": "TUR", "target": "RUS", "code": "110"},
]


def score_events(preds):
    c = ev.EventCounts()
    ev.score_article(preds, GOLD_EVENTS, c)
    return ev.figures(c)


def test_events_perfect_empty_partial_duplicate():
    f = score_events([dict(e) for e in GOLD_EVENTS])
    assert f["event_f1_exact"] == 1.0 and f["event_f1_root"] == 1.0 and f["events_extra_rate"] == 0.0
    assert f["event_date_acc"] == 1.0

    f = score_events([])
    assert f["event_f1_exact"] == 0.0 and f["event_r_root"] == 0.0 and f["events_extra_rate"] == 0.0

    partial = [
        {"source": "RUS", "target": "FRAGOV", "code": "031", "date": "2015-11-25"},  # root match, wrong date
        {"source": "TURGOV", "target": "RUSGOV", "code": "111"},  # root match, not exact
        {"source": "USA", "target": "IRN", "code": "190"},  # extra
        {"source": None, "target": "FRA", "code": "042"},  # untargeted: not scored
    ]
    f = score_events(partial)
    assert f["event_p_exact"] == 0.0
    assert f["event_p_root"] == pytest.approx(2 / 3) and f["event_r_root"] == pytest.approx(2 / 3)
    assert f["event_f1_quad"] == pytest.approx(2 / 3)
    assert f["events_extra_rate"] == pytest.approx(1 / 3)
    assert f["events_untargeted"] == 1
    assert f["event_date_acc"] == 0.0  # the one dated gold event matched has the wrong date

    dup = [dict(GOLD_EVENTS[2]), dict(GOLD_EVENTS[2])]
    f = score_events(dup)
    assert f["event_p_exact"] == 0.5 and f["event_r_exact"] == pytest.approx(1 / 3)
    assert f["events_extra_rate"] == pytest.approx(1 / 3)

"""`foedus eval --suite petrarch`: PETRARCH / UniversalPetrarch validation XML, scored like
UniversalPetrarch's validator (correct / missed / extra triples) plus the EVALUATION.md levels.

The files are not well-formed XML in places (``'`` quotes, ``noevents = "True"``), so records are
read with regular expressions. Each ``<Text>`` is coded as one article with the sentence's date.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from foedus.eval import events as ev
from foedus.events.settings import CoderSettings, using_coder_settings
from foedus.records import Annotation, Article

_SENTENCE = re.compile(r"<Sentence\b([^>]*?)/?>(.*?)(?=<Sentence\b|</Sentences>|\Z)", re.S)
_ATTR = re.compile(r"([\w-]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_ENVIRONMENT = re.compile(r"<Environment>(.*?)</Environment>", re.S)
ENVIRONMENT_FILES = {"verbfile": "verbs", "actorfile": "actors", "agentfile": "agents", "discardfile": "discards"}
# the fight set's texts open with "20000430 20000430_NYN_P1_P10320 | ": a date and a story id, not words
_METADATA_PREFIX = re.compile(r"^\d{8}\s+\S+\s*\|\s*")
SPANISH_HINTS = ("spanish", "_es", "-es")


@dataclass
class SuiteRecord:
    id: str
    date: str | None
    category: str
    text: str
    gold: list[dict[str, str]]
    noevents: bool = False
    error: bool = False
    evaluate: bool = True


@dataclass
class SuiteCounts:
    sentences: int = 0
    skipped: int = 0  # evaluate="false", error records
    failed: int = 0  # the pipeline raised (e.g. a language without a time lexicon): scored as no predictions
    first_failure: str = ""
    gold: int = 0
    gold_unscored: int = 0  # gold triples with an empty / null actor
    correct: int = 0
    extra: int = 0
    on_unscored_gold: int = 0  # predictions agreeing with a gold triple that has an empty actor: not extra
    noevent_sentences: int = 0
    noevent_right: int = 0
    by_category: dict[str, list[int]] = field(default_factory=dict)  # category -> [gold, correct]


def attributes(raw: str) -> dict[str, str]:
    return {m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3) or "") for m in _ATTR.finditer(raw)}


def iso_date(raw: str | None) -> str | None:
    digits = re.sub(r"\D", "", raw or "")
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}" if len(digits) >= 8 else None


def read_records(path: Path) -> list[SuiteRecord]:
    raw = _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    records: list[SuiteRecord] = []
    for m in _SENTENCE.finditer(raw):
        attrs, body = attributes(m.group(1)), m.group(2)
        text_match = _TEXT.search(body)
        if text_match is None:
            continue
        text = _METADATA_PREFIX.sub("", " ".join(html.unescape(text_match.group(1)).split()))
        gold, noevents, error = [], False, False
        for coding in _CODING.finditer(body):
            c = attributes(coding.group(1))
            if "noevents" in c:
                noevents = True
            elif "error" in c:
                error = True
            elif "eventcode" in c:
                gold.append({"source": c.get("sourcecode", "").strip(), "target": c.get("targetcode", "").strip(),
                             "code": c["eventcode"].split("_", 1)[0].strip()})
        evaluate = attrs.get("evaluate", "true").lower() != "false" and attrs.get("sentence", "true").lower() != "false"
        records.append(SuiteRecord(attrs.get("id", str(len(records))), iso_date(attrs.get("date")),
                                   attrs.get("category", ""), text, gold, noevents, error, evaluate))
    return records


def read_environment(path: Path) -> dict[str, list[Path]]:
    """The dictionaries a validation file names in its ``<Environment>`` block (``<Verbfile>``,
    ``<Actorfile>`` — possibly a comma-separated list — …), resolved next to the file; files that
    are not there are left out."""
    raw = _COMMENT.sub("", path.read_text(encoding="utf-8", errors="replace"))
    block = _ENVIRONMENT.search(raw)
    found: dict[str, list[Path]] = {}
    for tag, kind in ENVIRONMENT_FILES.items():
        m = re.search(rf"<{tag}>\s*([^<]+?)\s*</{tag}>", block.group(1), re.I) if block else None
        names = [n.strip() for n in m.group(1).split(",") if n.strip()] if m else []
        paths = [path.parent / n for n in names if (path.parent / n).is_file()]
        if paths:
            found[kind] = paths
    return found


def suite_language(path: Path) -> str:
    name = path.name.lower()
    return "es" if any(h in name for h in SPANISH_HINTS) else "en"


def _actor_match(pred: str, gold: str) -> bool:
    """`~CVL` in UniversalPetrarch's Spanish gold (`---CVL` in PETRARCH's own output and in the fight
    set) is 'unknown country + sector': match the sector."""
    if gold.startswith("~"):
        return pred[3:] == gold[1:] or pred == gold
    if gold.startswith("---") and len(gold) > 3:
        return pred[3:] == gold[3:]
    return pred == gold


def _scorable_actor(code: str) -> bool:
    return bool(code) and code not in {"---", "None", "X"}


def _scorable(g: dict[str, str]) -> bool:
    return all(_scorable_actor(g[k]) for k in ("source", "target", "code"))


def code_match(pred: str, gold: str, digits: int | None) -> bool:
    """Exact codes, or their first `digits` digits. A gold code shorter than that is a root-level
    category (the Spanish gold's ``14_PROTEST_``: a PLOVER category with no CAMEO sub-code), which
    any code of that root matches."""
    if not digits:
        return pred == gold
    n = min(digits, len(gold))
    return pred[:n] == gold[:n]


def _matched(preds: list[dict[str, Any]], golds: list[dict[str, str]], digits: int | None,
             free: list[int]) -> int:
    """One-to-one matching; removes the matched predictions from `free`. An empty or null gold actor
    (an unscorable triple) accepts any predicted actor."""
    correct = 0
    for g in golds:
        for i in free:
            p = preds[i]
            code_ok = code_match(p["code"], g["code"], digits)
            if code_ok and all(_actor_match(p[k], g[k]) or not _scorable_actor(g[k]) for k in ("source", "target")):
                free.remove(i)
                correct += 1
                break
    return correct


def match_triples(preds: list[dict[str, Any]], golds: list[dict[str, str]], digits: int | None) -> int:
    """One-to-one matches of predicted and gold (source, target, code) triples; `digits` = 3 for Spanish."""
    return _matched(preds, golds, digits, list(range(len(preds))))


def unscored_agreements(preds: list[dict[str, Any]], golds: list[dict[str, str]], unscored: list[dict[str, str]],
                        digits: int | None) -> int:
    """Predictions left over by the scorable gold that agree with a gold triple whose source or target
    the annotator left empty, on every field it fills: the gold has that event, so they are not extra."""
    free = list(range(len(preds)))
    _matched(preds, golds, digits, free)
    return _matched(preds, unscored, digits, free)


def run_suite(records: Iterable[SuiteRecord], annotate: Callable[[Article], Annotation], lang: str,
              progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    # PETRARCH's golds code a side of no known country "---" + sector ("---CVL"): keep ours so
    with using_coder_settings(CoderSettings(unknown_country=True)):
        return _run_suite(records, annotate, lang, progress)


def _run_suite(records: Iterable[SuiteRecord], annotate: Callable[[Article], Annotation], lang: str,
               progress: Callable[[int], None] | None) -> dict[str, Any]:
    digits = 3 if lang == "es" else None
    counts, levels = SuiteCounts(), ev.EventCounts()
    for rec in records:
        if progress:
            progress(1)
        if not rec.evaluate or rec.error:
            counts.skipped += 1
            continue
        counts.sentences += 1
        try:
            ann = annotate(Article(id=rec.id, text=rec.text, language=lang, published=rec.date))
            events = ann.events
        except (LookupError, ValueError) as err:
            counts.failed += 1
            counts.first_failure = counts.first_failure or f"{type(err).__name__}: {err}"
            events = []
        preds = [{"source": e.source, "target": e.target, "code": e.code, "date": e.date}
                 for e in events if e.source and e.target]
        golds = [g for g in rec.gold if _scorable(g)]
        counts.gold_unscored += len(rec.gold) - len(golds)
        if rec.noevents or not rec.gold:
            counts.noevent_sentences += 1
            counts.noevent_right += int(not preds)
        correct = match_triples(preds, golds, digits)
        agreeing = unscored_agreements(preds, golds, [g for g in rec.gold if not _scorable(g) and g["code"]], digits)
        counts.gold += len(golds)
        counts.correct += correct
        counts.extra += len(preds) - correct - agreeing
        counts.on_unscored_gold += agreeing
        cat = counts.by_category.setdefault(rec.category or "-", [0, 0])
        cat[0] += len(golds)
        cat[1] += correct
        ev.score_article(preds, [dict(g, date=rec.date) for g in golds], levels)
    return figures(counts, levels)


def figures(c: SuiteCounts, levels: ev.EventCounts) -> dict[str, Any]:
    gold = c.gold or 1
    out: dict[str, Any] = {
        "sentences": c.sentences, "sentences_skipped": c.skipped, "sentences_failed": c.failed, "gold_triples": c.gold,
        "gold_unscored": c.gold_unscored, "correct": c.correct, "missed": c.gold - c.correct, "extra": c.extra,
        "preds_on_unscored_gold": c.on_unscored_gold,
        "correct_rate": c.correct / gold, "missed_rate": (c.gold - c.correct) / gold,
        "events_extra_rate": c.extra / gold,
        "noevent_acc": c.noevent_right / c.noevent_sentences if c.noevent_sentences else 0.0,
        "noevent_sentences": c.noevent_sentences,
    }
    level_figures = ev.figures(levels)
    out.update({k: v for k, v in level_figures.items() if k.startswith("event_")})
    out["events_extra_rate_root"] = level_figures["events_extra_rate"]
    if c.first_failure:
        out["first_failure"] = c.first_failure
    for cat, (g, ok) in sorted(c.by_category.items()):
        if g:
            out[f"correct_rate_{cat}"] = ok / g
    return out

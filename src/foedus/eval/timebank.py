"""French TimeBank 1.1 suite: extraction and normalisation of DATE/TIME expressions.

Each `.tml` file holds a `<DCT>` TIMEX3 (the creation date, our publication date) and a
`<TEXT>` element with inline `<TIMEX3 type= value=>` tags among other TimeML tags. The text
is the TEXT element with every tag stripped; gold spans are character offsets into it.

Scores (relaxed extent matching: any overlap, one-to-one, greedy by largest overlap):
- `timex_p/r/f1` over DATE and TIME. Gold DURATION/SET take part in the matching (so a
  prediction sitting on one is not a false positive) but are not counted; a prediction of type
  DURATION or SET is never a false positive of DATE/TIME.
- `date_value_acc` / `time_value_acc`: matched gold DATE (TIME) whose value equals the
  predicted value exactly, over matched gold DATE (TIME).
- `seconds_per_doc`: wall time of `extract_timexes` per document.
"""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from foedus.records import TimeExpr
from foedus.time import extract_timexes

SCORED_TYPES = ("DATE", "TIME")


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimebankDoc:
    name: str
    dct: str
    text: str
    timexes: list[GoldTimex] = field(default_factory=list)


def _walk(elem: ET.Element, parts: list[str], gold: list[GoldTimex], offset: int) -> int:
    """Append elem's text (tags stripped) to parts; record TIMEX3 spans. Returns the new offset."""
    start = offset
    if elem.text:
        parts.append(elem.text)
        offset += len(elem.text)
    for child in elem:
        offset = _walk(child, parts, gold, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if elem.tag == "TIMEX3":
        text = "".join(parts)[start:offset]
        gold.append(GoldTimex(start, offset, text, elem.get("type", ""), elem.get("value", "")))
    return offset


def read_tml(path: Path) -> TimebankDoc:
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value", "") if dct_timex is not None else ""
    text_elem = root.find("TEXT")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    if text_elem is not None:
        # The TEXT element's own text/children, not its tail.
        _walk(text_elem, parts, gold, 0)
    gold = [g for g in gold if g.end > g.start]
    return TimebankDoc(path.stem, dct[:10], "".join(parts), sorted(gold, key=lambda g: g.start))


def match_spans(gold: list[GoldTimex], pred: list[TimeExpr]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching: pairs (gold index, pred index), largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    return matched


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    value_ok: dict[str, int] = field(default_factory=lambda: {t: 0 for t in SCORED_TYPES})
    value_all: dict[str, int] = field(default_factory=lambda: {t: 0 for t in SCORED_TYPES})
    errors: list[dict[str, str]] = field(default_factory=list)


def score_doc(doc: TimebankDoc, pred: list[TimeExpr], tally: Tally) -> None:
    matched = match_spans(doc.timexes, pred)
    matched_g = {gi: pi for gi, pi in matched}
    matched_p = {pi for _, pi in matched}
    for gi, g in enumerate(doc.timexes):
        if g.type not in SCORED_TYPES:
            continue
        if gi not in matched_g:
            tally.fn += 1
            tally.errors.append({"doc": doc.name, "kind": "missed", "gold": g.text, "gold_value": g.value})
            continue
        tally.tp += 1
        p = pred[matched_g[gi]]
        tally.value_all[g.type] += 1
        if p.value == g.value:
            tally.value_ok[g.type] += 1
        else:
            tally.errors.append({"doc": doc.name, "kind": "value", "gold": g.text, "gold_value": g.value,
                                 "pred": p.text, "pred_value": p.value, "rule": p.rule})
    for pi, p in enumerate(pred):
        if pi not in matched_p and p.type in SCORED_TYPES:
            tally.fp += 1
            tally.errors.append({"doc": doc.name, "kind": "spurious", "pred": p.text, "pred_value": p.value, "rule": p.rule})


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def evaluate(directory: Path) -> tuple[dict[str, float], Tally]:
    files = sorted(Path(directory).glob("*.tml"))
    if not files:
        raise FileNotFoundError(f"no .tml files in {directory}")
    docs = [read_tml(f) for f in files]
    tally = Tally()
    elapsed = 0.0
    for doc in docs:
        t0 = time.perf_counter()
        pred = extract_timexes(doc.text, doc.dct or None, lang="fr")
        elapsed += time.perf_counter() - t0
        score_doc(doc, pred, tally)
    p = _ratio(tally.tp, tally.tp + tally.fp)
    r = _ratio(tally.tp, tally.tp + tally.fn)
    scores = {
        "timex_p": round(p, 4),
        "timex_r": round(r, 4),
        "timex_f1": round(_ratio(2 * p * r, 1) / (p + r) if p + r else 0.0, 4),
        "date_value_acc": round(_ratio(tally.value_ok["DATE"], tally.value_all["DATE"]), 4),
        "time_value_acc": round(_ratio(tally.value_ok["TIME"], tally.value_all["TIME"]), 4),
        "gold_date_time": float(tally.tp + tally.fn),
        "matched_dates": float(tally.value_all["DATE"]),
        "matched_times": float(tally.value_all["TIME"]),
        "seconds_per_doc": round(elapsed / len(docs), 6),
        "documents": float(len(docs)),
    }
    return scores, tally


def run_timebank(directory: Path) -> dict[str, float]:
    """Scores of the time module on a French TimeBank `Data/` directory (see module doc)."""
    return evaluate(Path(directory))[0]


def print_report(scores: dict[str, float]) -> None:
    """One line per figure, then one JSON object of all figures on the last line."""
    for key, value in scores.items():
        print(f"{key:16s} {value}")
    print(json.dumps(scores, sort_keys=True))


if __name__ == "__main__":  # python -m foedus.eval.timebank DIR [--errors]
    import sys

    scores, tally = evaluate(Path(sys.argv[1]))
    if "--errors" in sys.argv:
        for err in tally.errors:
            print(json.dumps(err, ensure_ascii=False))
    print_report(scores)

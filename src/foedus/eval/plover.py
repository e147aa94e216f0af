"""`foedus eval --suite plover`: the PLOVER gold-standard records (CAMEO-manual examples re-coded in
PLOVER 0.5b1). Our CAMEO codes are mapped to PLOVER with `foedus.events.ontology.lookup(code).plover`
(CAMEO2PLOVER-2021, draft 0.8), then to the GSR's 0.5b1 names where the two versions differ.

PLOVER codes one-sided events (a protest, a resignation, a surrender, a demand whose addressee is
not named), which ANNOTATION.md leaves out: the suite runs the event coder with
`CoderSettings(one_sided=True)` (events/settings.py), so an act with a source and no target is an
event with target None (and an act with only a target, one with source None)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from foedus.events.ontology import lookup
from foedus.events.settings import CoderSettings, using_coder_settings
from foedus.records import Annotation, Article

# PLOVER 0.8 name → 0.5b1 name (the GSR's version); some depend on the CAMEO root.
RENAMED = {"REQUEST": "DEMAND"}
# (0.5b1 summary, SANCTION: "the best word we could find for WEIS and CAMEO's REDUCE RELATIONS", so
# the whole root 16, embargoes and sanctions (163) included, which the 2021 table sends to COERCE)
BY_ROOT_05 = {"09": "INVESTIGATE", "11": "DISAPPROVE", "16": "SANCTION", "19": "FIGHT", "20": "FIGHT", "18": "ASSAULT"}
# codes the 0.5b1 summary (external/plover/plover_reference.html) places elsewhere than the 2021 table:
# lifting curfews and states of emergency are verbal concessions (CONCEDE); "RETREAT also covers
# resignations of government officials" (CAMEO 0831, change in leadership)
BY_CODE_05 = {"0813": "CONCEDE", "0814": "CONCEDE", "0831": "RETREAT"}


@dataclass
class PloverRecord:
    id: str
    date: str | None
    text: str
    event: str
    sources: list[str]
    targets: list[str]


def read_plover(path: Path) -> list[PloverRecord]:
    rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for row in rows:
        if row.get("event") in {None, "DOCUMENT"} or not row.get("text"):
            continue
        out.append(PloverRecord(row["id"], row.get("date"), row["text"], row["event"],
                                _actor_codes(row.get("source")), _actor_codes(row.get("target"))))
    return out


def _actor_codes(side: Any) -> list[str]:
    """Actor codes of one side: a list of {code, sector} objects (a few records give a bare string)."""
    items = side if isinstance(side, list) else [side] if side else []
    out = []
    for a in items:
        if isinstance(a, dict) and a.get("code"):
            out.append(a["code"] + (a.get("sector") or ""))
        elif isinstance(a, str) and a.strip():
            out.append(a.strip())
    return out


def plover_05(code: str) -> str | None:
    """The PLOVER 0.5b1 event type of a CAMEO code (None for statements and appeals PLOVER leaves out)."""
    if code in BY_CODE_05:
        return BY_CODE_05[code]
    if code[:2] in BY_ROOT_05:
        return BY_ROOT_05[code[:2]]
    try:
        plover = lookup(code).plover
    except KeyError:
        return None
    return RENAMED.get(plover, plover) if plover else None


def _country_match(pred: str, golds: list[str]) -> bool:
    return any(pred[:3] == g[:3] for g in golds)


def run_plover(records: Iterable[PloverRecord], annotate: Callable[[Article], Annotation],
               progress: Callable[[int], None] | None = None, one_sided: bool = True) -> dict[str, Any]:
    # (a side of no known country keeps PETRARCH's "---" code: the event's type is still scored)
    with using_coder_settings(CoderSettings(one_sided=one_sided, unknown_country=True)):
        return _run_plover(records, annotate, progress)


def _run_plover(records: Iterable[PloverRecord], annotate: Callable[[Article], Annotation],
                progress: Callable[[int], None] | None) -> dict[str, Any]:
    n = typed = first_right = any_right = 0
    src_n = src_right = tgt_n = tgt_right = 0
    per_type: dict[str, list[int]] = {}
    for rec in records:
        if progress:
            progress(1)
        n += 1
        ann = annotate(Article(id=rec.id, text=rec.text, language="en", published=rec.date))
        events = [(e, plover_05(e.code)) for e in ann.events]
        events = [(e, t) for e, t in events if t]
        bucket = per_type.setdefault(rec.event, [0, 0])
        bucket[0] += 1
        if not events:
            continue
        typed += 1
        first_right += int(events[0][1] == rec.event)
        bucket[1] += int(events[0][1] == rec.event)
        right = [e for e, t in events if t == rec.event]
        any_right += int(bool(right))
        if right and rec.sources:
            src_n += 1
            src_right += int(any(e.source and _country_match(e.source, rec.sources) for e in right))
        if right and rec.targets:
            tgt_n += 1
            tgt_right += int(any(e.target and _country_match(e.target, rec.targets) for e in right))
    out: dict[str, Any] = {
        "sentences": n, "sentences_coded": typed,
        "type_acc": first_right / n if n else 0.0,
        "type_acc_any": any_right / n if n else 0.0,
        "type_precision": first_right / typed if typed else 0.0,
        "source_agreement": src_right / src_n if src_n else 0.0,
        "target_agreement": tgt_right / tgt_n if tgt_n else 0.0,
    }
    for event, (total, ok) in sorted(per_type.items()):
        out[f"type_acc_{event}"] = ok / total
    return out

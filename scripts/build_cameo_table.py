"""Build src/foedus/events/data/cameo.tsv from the public GDELT CAMEO tables and the PLOVER map.

Facts only: code, name, Goldstein value (GDELT's CAMEO.goldsteinscale.txt, CAMEO 1.1b3
numbering), quad class (GDELT's rule on the root), PLOVER event/mode (CAMEO2PLOVER-2021).
Run: .venv/bin/python scripts/build_cameo_table.py ../shared/external
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path


def quad_of(root: int) -> int:
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def read_plover(path: Path) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or ":" not in line:
            continue
        code, rest = line.split(":", 1)
        parts = [p.strip() for p in rest.split(",")]
        out[code.strip()] = (parts[0], parts[1] if len(parts) > 1 else "")
    return out


def main(external: Path) -> None:
    names = dict(
        row for row in csv.reader((external / "gdelt-cameo/CAMEO.eventcodes.txt").open(encoding="utf-8"), delimiter="\t")
    )
    gold = dict(
        row for row in csv.reader((external / "gdelt-cameo/CAMEO.goldsteinscale.txt").open(encoding="utf-8"), delimiter="\t")
    )
    plover = read_plover(external / "plover/CAMEO2PLOVER-2021.txt")
    out = Path(__file__).resolve().parents[1] / "src/foedus/events/data/cameo.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# CAMEO event codes: name and Goldstein from GDELT's CAMEO.eventcodes.txt / CAMEO.goldsteinscale.txt\n")
        fh.write("# (CAMEO 1.1b3 numbering), quad class by GDELT's root rule, PLOVER from CAMEO2PLOVER-2021 (draft 0.8).\n")
        fh.write("# Built by scripts/build_cameo_table.py; see ORIGIN.md.\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "name", "root", "quad_class", "goldstein", "plover", "plover_mode"])
        for code, name in names.items():
            if code == "CAMEOEVENTCODE":
                continue
            root = code[:2]
            # Fall back to the parent code's PLOVER mapping when a leaf has none of its own.
            pl = plover.get(code) or plover.get(code[:3]) or plover.get(root) or ("", "")
            w.writerow([code, name, root, quad_of(int(root)), gold.get(code, ""), pl[0], pl[1]])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/external"))

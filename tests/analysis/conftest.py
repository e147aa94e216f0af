"""Make ``foedus`` importable from the source tree when it is not installed."""

from __future__ import annotations

import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
try:
    import foedus.analysis  # noqa: F401
except ImportError:
    sys.path.insert(0, str(SRC))

# the test modules import their helpers (analysis_helpers.py) by name under --import-mode=importlib
sys.path.insert(0, str(Path(__file__).resolve().parent))

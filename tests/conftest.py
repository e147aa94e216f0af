"""Shared fixtures: paths to the steering repo's shared/ folder and one spaCy pipeline per session."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def nlp_fr():
    from foedus.language import load_nlp

    return load_nlp("fr")

"""The bench's machine calibration: what N processes can gain over one on this machine."""

from __future__ import annotations

from foedus.engine.bench import machine_speedup


def test_machine_speedup_is_a_plausible_ratio():
    gain = machine_speedup(2, iterations=300_000)
    # two processes can neither lose everything nor gain more than twice (plus timer noise)
    assert 0.3 < gain < 3.0

from __future__ import annotations

from pathlib import Path

from foedus.analysis import coalitions_over_time, dyad_series, plot_coalitions, plot_dyads
from foedus.analysis.coalitions import CoalitionTimeline
from foedus.analysis.synthetic import planted_blocs

PNG = b"\x89PNG\r\n\x1a\n"


def test_plots_are_written(tmp_path: Path) -> None:
    scenario = planted_blocs(months=3, events_per_month=200, switch_month=1, seed=1)
    series = dyad_series(scenario.events, scenario.actors[:3], by="week", directed=True)
    png = plot_dyads(series, tmp_path / "d.png")
    assert png.read_bytes()[:8] == PNG and png.stat().st_size > 5000
    page = plot_dyads(series, tmp_path / "d.html").read_text(encoding="utf-8")
    assert "<svg" in page
    assert "AAX-&gt;ABX" in page or "AAX->ABX" in page
    timeline = coalitions_over_time(scenario.events, window="month")
    chart = plot_coalitions(timeline, tmp_path / "c.png")
    assert chart.read_bytes()[:8] == PNG and chart.stat().st_size > 5000


def test_empty_inputs_still_give_a_picture(tmp_path: Path) -> None:
    empty = plot_coalitions(CoalitionTimeline("month", "country", [], [], []), tmp_path / "e.png")
    assert empty.read_bytes()[:8] == PNG
    series = dyad_series(planted_blocs(months=1, seed=0).events, ["USA", "CHN"])
    assert plot_dyads(series, tmp_path / "e2.png").read_bytes()[:8] == PNG

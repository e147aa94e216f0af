"""Static charts of dyadic series and coalition timelines (matplotlib, no screen needed)."""

from __future__ import annotations

import html
import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: the analysis runs on servers and in CI

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.colors import ListedColormap  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from foedus.analysis.coalitions import CoalitionTimeline  # noqa: E402
from foedus.analysis.frames import QUAD_COLUMNS  # noqa: E402

# Cooperation in greens, conflict in reds, verbal lighter than material.
_QUAD_COLOURS = {
    "verbal_coop": "#a6d96a",
    "material_coop": "#1a9641",
    "verbal_conflict": "#fdae61",
    "material_conflict": "#d7191c",
}
_MAX_DYADS = 8  # beyond this the panels become unreadable; the first ones are drawn


def _dyad_figure(frame: pd.DataFrame) -> Figure:
    dyads = list(dict.fromkeys(frame["dyad"]))[:_MAX_DYADS] if not frame.empty else []
    rows = max(1, len(dyads))
    fig, axes = plt.subplots(rows, 1, figsize=(10, 2.6 * rows), sharex=True, squeeze=False)
    if not dyads:
        axes[0, 0].text(0.5, 0.5, "no events", ha="center", va="center")
        axes[0, 0].set_axis_off()
    for ax, dyad in zip(axes[:, 0], dyads):
        part = frame[frame["dyad"] == dyad].sort_values("period")
        x = pd.to_datetime(part["period"])
        width = max(1.0, float(np.median(np.diff(x.to_numpy()).astype("timedelta64[D]").astype(float)))
                    if len(x) > 1 else 1.0) * 0.8
        bottom = np.zeros(len(part))
        for column in QUAD_COLUMNS.values():
            values = part[column].to_numpy(float)
            ax.bar(x, values, width=width, bottom=bottom, color=_QUAD_COLOURS[column],
                   label=column.replace("_", " "), align="edge")
            bottom += values
        ax.set_ylabel("events")
        ax.set_title(dyad, loc="left", fontsize=10)
        twin = ax.twinx()
        twin.plot(x + pd.Timedelta(days=width / 2), part["goldstein_sum"].to_numpy(float),
                  color="black", marker="o", markersize=3, linewidth=1.2, label="Goldstein sum")
        twin.axhline(0, color="grey", linewidth=0.6, linestyle=":")
        twin.set_ylabel("Goldstein sum")
    handles, labels = axes[0, 0].get_legend_handles_labels()
    if handles:
        fig.legend(handles + [plt.Line2D([], [], color="black", marker="o")],
                   labels + ["Goldstein sum"], loc="upper right", fontsize=8, ncol=5)
    fig.tight_layout(rect=(0, 0, 1, 0.95))
    return fig


def plot_dyads(frame: pd.DataFrame, path: str | Path) -> Path:
    """Stacked quad-class counts and the Goldstein sum per period, one panel per dyad.

    ``.png`` (or any raster/vector format matplotlib knows) writes the image; ``.html``
    writes a self-contained page with the chart as inline SVG and the numbers as a table.
    """
    target = Path(path)
    fig = _dyad_figure(frame)
    try:
        if target.suffix.lower() in (".html", ".htm"):
            buffer = io.StringIO()
            fig.savefig(buffer, format="svg")
            table = frame.assign(period=pd.to_datetime(frame["period"]).dt.strftime("%Y-%m-%d")).to_html(
                index=False, float_format=lambda v: f"{v:.2f}", na_rep=""
            ) if not frame.empty else "<p>No events.</p>"
            title = html.escape(", ".join(dict.fromkeys(frame["dyad"])) if not frame.empty else "dyads")
            target.write_text(
                f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
                "<style>body{font-family:sans-serif}table{border-collapse:collapse;font-size:12px}"
                "td,th{border:1px solid #ccc;padding:2px 6px}</style></head><body>"
                f"<h1>{title}</h1>{buffer.getvalue()}{table}</body></html>",
                encoding="utf-8",
            )
        else:
            fig.savefig(target, dpi=120)
    finally:
        plt.close(fig)
    return target


def plot_coalitions(timeline: CoalitionTimeline, path: str | Path) -> Path:
    """Membership chart: actors (rows) by window (columns), coloured by bloc lineage.

    A top strip shows the clarity score per window; side switches are circled.
    """
    target = Path(path)
    membership = timeline.membership()
    windows = [w.start for w in timeline.windows]
    fig, (top, ax) = plt.subplots(
        2, 1, figsize=(max(6, 0.9 * len(windows) + 3), 2 + 0.28 * max(1, membership["actor"].nunique())),
        gridspec_kw={"height_ratios": [1, 4]}, sharex=True,
    )
    try:
        if membership.empty:
            ax.text(0.5, 0.5, "no coalitions", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
            top.set_axis_off()
        else:
            labels = sorted(membership["bloc"].unique(), key=lambda s: int(s[1:]))
            code = {label: i for i, label in enumerate(labels)}
            # Order actors by the bloc they sit in most, so that blocs appear as bands.
            usual = membership.groupby("actor")["bloc"].agg(lambda s: code[s.value_counts().idxmax()])
            actors = sorted(usual.index, key=lambda a: (usual[a], a))
            grid = np.full((len(actors), len(windows)), np.nan)
            row = {a: i for i, a in enumerate(actors)}
            col = {w: j for j, w in enumerate(windows)}
            for rec in membership.itertuples():
                grid[row[rec.actor], col[rec.window]] = code[rec.bloc]
            # Saturated tab20 shades first, pale ones after: neighbouring blocs stay distinct.
            palette = plt.get_cmap("tab20")
            order = list(range(0, 20, 2)) + list(range(1, 20, 2))
            cmap = ListedColormap([palette(order[i % 20]) for i in range(len(labels))])
            ax.imshow(np.ma.masked_invalid(grid), aspect="auto", cmap=cmap, vmin=-0.5,
                      vmax=len(labels) - 0.5, interpolation="nearest")
            for s in timeline.switches:
                ax.scatter(col[s.window], row[s.actor], s=120, facecolors="none", edgecolors="black")
            ax.set_yticks(range(len(actors)), actors, fontsize=8)
            ax.set_xticks(range(len(windows)), windows, rotation=45, ha="right", fontsize=8)
            handles = [plt.Rectangle((0, 0), 1, 1, color=cmap(code[lab])) for lab in labels]
            ax.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, title="bloc")
            top.plot(range(len(windows)), [w.clarity for w in timeline.windows], marker="o", color="black")
            top.set_ylim(0, 1.05)
            top.set_ylabel("clarity")
            top.set_title(f"Coalitions by {timeline.window} ({timeline.level} level)", loc="left")
        fig.tight_layout()
        fig.savefig(target, dpi=120)
    finally:
        plt.close(fig)
    return target

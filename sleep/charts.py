"""The learning curve as charts a person can read: matplotlib drawn to inline SVG (no scripts, nothing
fetched), with dated x axes, a zero-based y axis with its scale, gridlines and a legend.

- outcome rate per night, of sessions that were shown lessons against those that were not (the
  comparison that says whether lessons help), next to all sessions;
- lessons active and tokens injected per night;
- per-lesson effect: each lesson's utility (what crediting learned from the sessions that showed it),
  with how often it helped and hurt.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from typing import Any

BLUE, GREEN, GREY, RED = "#2563eb", "#16a34a", "#9ca3af", "#dc2626"


def _pyplot():
    import matplotlib

    matplotlib.use("Agg")  # files only: no display, whatever the environment says
    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "second-nature", "font.size": 9})
    import matplotlib.pyplot as plt

    return plt


def _svg(fig) -> str:
    buffer = io.StringIO()
    fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    _pyplot().close(fig)
    text = buffer.getvalue()
    return text[text.index("<svg"):]  # inline: without the XML prolog and doctype


def _dates(nights: list[str]) -> list[datetime]:
    return [datetime.fromisoformat(n[:19].replace("Z", "")) for n in nights]


def line_chart(title: str, nights: list[str], series: dict[str, list[float | None]], percent: bool = False,
               colors: dict[str, str] | None = None, signed: bool = False) -> str:
    """One line per series over the nights; a missing value (None) leaves a gap. ``signed``: values may be
    below zero (an uplift): the axis spans -100% to 100% with the zero line drawn."""
    plt = _pyplot()
    import matplotlib.dates as mdates
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    fig, ax = plt.subplots(figsize=(6.4, 2.8))
    x = _dates(nights)
    for i, (label, values) in enumerate(series.items()):
        y = [float("nan") if v is None else v * (100 if percent else 1) for v in values]
        color = (colors or {}).get(label) or [BLUE, GREEN, GREY, RED][i % 4]
        ax.plot(x, y, marker="o", markersize=3, linewidth=1.8, label=label, color=color)
    ax.set_title(title, loc="left", fontweight="bold")
    if len(set(x)) == 1:  # one night: a day either side, not a zero-width axis
        ax.set_xlim(x[0] - timedelta(days=1), x[0] + timedelta(days=1))
    if signed:
        ax.axhline(0, color="#9ca3af", linewidth=1)
        ax.set_ylim(bottom=-105 if percent else None, top=105 if percent else None)
    else:
        ax.set_ylim(bottom=0, top=105 if percent else None)  # a point at 100% is drawn whole
    if percent:
        ax.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    else:
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.grid(True, color="#e5e7eb", linewidth=0.8)
    ax.spines[["top", "right"]].set_visible(False)
    if len(series) > 1:
        ax.legend(frameon=False, loc="lower right")
    return _svg(fig)


def lesson_effects(lessons: list[Any], limit: int = 15) -> str:
    """Horizontal bars of the utility of the lessons with the most evidence, labelled with their
    short id, title, and helped/hurt counts."""
    shown = sorted((x for x in lessons if x.helpful or x.harmful), key=lambda x: -(x.helpful + x.harmful))[:limit]
    if not shown:
        return "<p>No lesson has been credited yet: utility is learned from sessions that showed a lesson.</p>"
    plt = _pyplot()
    shown.reverse()  # the most evidence on top
    fig, ax = plt.subplots(figsize=(6.4, 0.32 * len(shown) + 0.9))
    labels = [f"[{x.short_id[:4]}] {x.title.replace('`', '')[:48]}  (+{x.helpful} / -{x.harmful})" for x in shown]
    values = [x.utility for x in shown]
    ax.barh(labels, values, color=[GREEN if v >= 0 else RED for v in values])
    ax.axvline(0, color="#374151", linewidth=0.8)
    ax.set_xlabel("utility (credited from sessions that showed the lesson)")
    ax.set_title("Per-lesson effect", loc="left", fontweight="bold")
    ax.grid(True, axis="x", color="#e5e7eb", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.spines[["top", "right"]].set_visible(False)
    return _svg(fig)

"""A bar chart of a yearly series as PNG bytes, with targets drawn apart from actual figures.

matplotlib is imported inside the functions, with the Agg backend, so it costs nothing
until a chart is first asked for. No pyplot: a bare Figure has no global state.
"""

from __future__ import annotations

import io
import textwrap
from typing import TYPE_CHECKING

from bot.answer import ChartData

if TYPE_CHECKING:
    from matplotlib.figure import Figure

BAR_COLOUR = "#1f77b4"
TARGET_COLOUR = "#d62728"
SCALES = ((1e9, "billion"), (1e6, "million"), (1e3, "thousand"))


def _scale(values: list[float]) -> tuple[float, str]:
    largest = max((abs(v) for v in values), default=0.0)
    for factor, word in SCALES:
        if largest >= factor:
            return factor, word
    return 1.0, ""


def label_above(axes, bar, text: str, **style) -> None:
    """`text` centred just above `bar`."""
    axes.annotate(
        text,
        (bar.get_x() + bar.get_width() / 2, bar.get_height()),
        xytext=(0, 3),
        textcoords="offset points",
        ha="center",
        va="bottom",
        fontsize=9,
        **style,
    )


def build_figure(data: ChartData) -> Figure:
    """The chart as a matplotlib Figure: sales bars with value labels, hatched target bars."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    factor, word = _scale(list(data.values) + [value for _, value, _ in data.targets])
    figure = Figure(figsize=(8, 5), dpi=100)
    axes = figure.add_subplot()
    years = [str(year) for year in data.years]
    bars = axes.bar(years, [v / factor for v in data.values], color=BAR_COLOUR, width=0.6)
    for bar, label in zip(bars, data.labels, strict=False):
        label_above(axes, bar, label)
    for year, value, label in data.targets:
        (target,) = axes.bar(
            [str(year)],
            [value / factor],
            width=0.6,
            facecolor="white",
            edgecolor=TARGET_COLOUR,
            hatch="//",
            linewidth=1.5,
        )
        label_above(axes, target, "\n".join(textwrap.wrap(label, 22)), color=TARGET_COLOUR)
    span = f" {data.years[0]}\u2013{data.years[-1]}" if data.years else ""
    target_years = ", ".join(str(year) for year, _, _ in data.targets)
    axes.set_title(
        data.title + span + (f" and the {target_years} target" if target_years else ""), fontsize=13
    )
    axes.set_ylabel(" ".join(w for w in (word, data.unit) if w))
    axes.spines[["top", "right"]].set_visible(False)
    axes.margins(y=0.18)
    if data.targets:
        axes.legend(
            handles=[
                Patch(facecolor=BAR_COLOUR, label="actual"),
                Patch(facecolor="white", edgecolor=TARGET_COLOUR, hatch="//", label="target"),
            ],
            loc="upper left",
            frameon=False,
        )
    footer = "Sources: " + "; ".join(data.sources) if data.sources else ""
    lines = textwrap.wrap(footer, 120)
    figure.text(0.01, 0.01, "\n".join(lines), fontsize=7, color="#555555", ha="left", va="bottom")
    figure.subplots_adjust(bottom=0.12 + 0.025 * len(lines), top=0.9)
    return figure


def render_chart(data: ChartData) -> bytes:
    """The chart as PNG bytes."""
    buffer = io.BytesIO()
    build_figure(data).savefig(buffer, format="png")
    return buffer.getvalue()

"""Pictures for the evaluation report (`python -m bot eval --html`): a developer's tool, not the
product, so matplotlib stays out of the runtime package's evaluation code."""

from __future__ import annotations

import base64
import io


def confusion_png(summary: dict) -> str:
    """The confusion matrix (expected x answered intent) as a base64 PNG; '' when nothing is confused."""
    pairs = summary["confusion"]
    if not pairs:
        return ""
    rows = sorted({p["expected"] for p in pairs})
    columns = sorted({p["got"] for p in pairs})
    grid = [[0] * len(columns) for _ in rows]
    for p in pairs:
        grid[rows.index(p["expected"])][columns.index(p["got"])] = p["count"]
    png = render_matrix(grid, rows, columns, row_label="expected", column_label="answered as")
    return base64.b64encode(png).decode()


def render_matrix(
    grid: list[list[int]], rows: list[str], columns: list[str], row_label: str, column_label: str
) -> bytes:
    """A count matrix (a confusion matrix) as PNG bytes, counts written in their cells."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2 + 0.6 * len(columns), 1.5 + 0.4 * len(rows)), dpi=100)
    axes = figure.subplots()
    axes.imshow(grid, cmap="Reds")
    axes.set_xticks(range(len(columns)), columns, rotation=60, ha="right")
    axes.set_yticks(range(len(rows)), rows)
    axes.set_xlabel(column_label)
    axes.set_ylabel(row_label)
    for row, counts in enumerate(grid):
        for column, count in enumerate(counts):
            if count:
                axes.text(column, row, str(count), ha="center", va="center")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()

"""Small vector run charts for printed boards (reportlab.graphics, so they stay sharp).

A run chart as the wall board draws it: the values joined by a line, the target dashed, the
median as a thin line, and points that belong to a non-random signal (Anhøj/IHI rules,
leanboard.domain.run_chart) marked with a hollow square, which reads in black and white too.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor, white

from leanboard.domain.presentation import ACCENT, GREY, INK, RED, fi_number
from leanboard.domain.run_chart import analyse
from leanboard.reports.fonts import REGULAR

LABEL_SIZE = 6.5


def run_chart(
    values: Sequence[float],
    target: float | None,
    width: float,
    height: float,
    *,
    decimals: int = 0,
    first_label: str = "",
    last_label: str = "",
) -> Drawing:
    """A run chart of `values` (oldest first) in a `width` × `height` point box."""
    drawing = Drawing(width, height)
    # Otherwise renderPDF starts every drawing by selecting Helvetica, which the PDF then lists.
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = LABEL_SIZE
    left, right, bottom, top = 24.0, 4.0, 10.0, 4.0
    plot_w, plot_h = width - left - right, height - bottom - top
    drawing.add(
        Rect(
            left,
            bottom,
            plot_w,
            plot_h,
            fillColor=white,
            strokeColor=HexColor(GREY),
            strokeWidth=0.4,
        )
    )
    if not values:
        return drawing

    analysis = analyse(values)
    span = [*values, *([target] if target is not None else [])]
    low, high = min(span), max(span)
    if high == low:  # a flat series still needs a visible band
        low, high = low - 1, high + 1
    pad = (high - low) * 0.08
    low, high = low - pad, high + pad

    def y(value: float) -> float:
        return bottom + (value - low) / (high - low) * plot_h

    def x(index: int) -> float:
        if len(values) == 1:
            return left + plot_w / 2
        return left + index * plot_w / (len(values) - 1)

    if target is not None:
        drawing.add(
            Line(
                left,
                y(target),
                left + plot_w,
                y(target),
                strokeColor=HexColor(INK),
                strokeWidth=0.8,
                strokeDashArray=[3, 2],
            )
        )
    if analysis.median is not None and len(values) >= 3:
        drawing.add(
            Line(
                left,
                y(analysis.median),
                left + plot_w,
                y(analysis.median),
                strokeColor=HexColor(GREY),
                strokeWidth=0.6,
            )
        )

    line: list[float] = []
    for i, v in enumerate(values):
        line += [x(i), y(v)]
    if len(values) > 1:
        drawing.add(PolyLine(line, strokeColor=HexColor(ACCENT), strokeWidth=1.1))
    signal = set(analysis.signal_points)
    for i, v in enumerate(values):
        last = i == len(values) - 1
        drawing.add(
            Circle(
                x(i),
                y(v),
                2.2 if last else 1.4,
                fillColor=HexColor(ACCENT),
                strokeColor=HexColor(ACCENT),
                strokeWidth=0.5,
            )
        )
        if i in signal:
            drawing.add(
                Rect(
                    x(i) - 3,
                    y(v) - 3,
                    6,
                    6,
                    fillColor=None,
                    strokeColor=HexColor(RED),
                    strokeWidth=0.8,
                )
            )

    # Axis labels: the range on the left, the first and last period below.
    grey = Color(0.35, 0.35, 0.35)
    for value in (min(values), max(values)):
        drawing.add(
            String(
                left - 2,
                y(value) - 2,
                fi_number(value, decimals),
                fontName=REGULAR,
                fontSize=LABEL_SIZE,
                fillColor=grey,
                textAnchor="end",
            )
        )
    drawing.add(String(left, 2, first_label, fontName=REGULAR, fontSize=LABEL_SIZE, fillColor=grey))
    drawing.add(
        String(
            left + plot_w,
            2,
            last_label,
            fontName=REGULAR,
            fontSize=LABEL_SIZE,
            fillColor=grey,
            textAnchor="end",
        )
    )
    return drawing

"""Small vector run charts for printed boards (reportlab.graphics, so they stay sharp).

A run chart as the wall board draws it: the values joined by a line, the target dashed, the
median as a thin line, and points that belong to a non-random signal (Anhøj/IHI rules,
leanboard.domain.run_chart) marked with a hollow square, which reads in black and white too.
After a phase start a dotted vertical line divides the chart and each phase has its own
median (a frozen baseline's median is dashed); a leader's notes are numbered circles above
their points, explained in a legend beside the chart. The Making Data Count icons are drawn as
MDC draws them — a circle with its letter — and always printed with their words.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import Color, HexColor, white

from leanboard.domain.presentation import ACCENT, ASSURANCE, GREY, INK, RED, VARIATION, fi_number
from leanboard.domain.run_chart import PhaseAnalysis, analyse_phases, signal_points
from leanboard.reports.fonts import BOLD, REGULAR

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
    phases: Sequence[PhaseAnalysis] | None = None,
    notes: Sequence[tuple[int, int]] = (),
) -> Drawing:
    """A run chart of `values` (oldest first) in a `width` × `height` point box.

    `phases`: the run rules per phase (default: one phase); `notes`: (point index, number).
    """
    drawing = Drawing(width, height)
    # Otherwise renderPDF starts every drawing by selecting Helvetica, which the PDF then lists.
    drawing.initialFontName = REGULAR
    drawing.initialFontSize = LABEL_SIZE
    left, right, bottom, top = 24.0, 4.0, 10.0, 9.0 if notes else 4.0
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

    parts = tuple(phases) if phases is not None else analyse_phases(values)
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
    step = plot_w / max(len(values) - 1, 1)
    for n, part in enumerate(parts):
        median = part.analysis.median
        if n:  # the phase divider, half way between the last point before and the first after
            divider = x(part.start) - step / 2
            drawing.add(
                Line(divider, bottom, divider, bottom + plot_h, strokeColor=HexColor(INK),
                     strokeWidth=0.5, strokeDashArray=[1, 1.5])
            )  # fmt: skip
        if median is None or len(values) < 3:
            continue
        x0 = left if n == 0 else x(part.start) - step / 2
        x1 = left + plot_w if n == len(parts) - 1 else x(part.end) - step / 2
        drawing.add(
            Line(x0, y(median), x1, y(median), strokeColor=HexColor(GREY), strokeWidth=0.6,
                 strokeDashArray=[4, 1.5] if part.frozen else None)
        )  # fmt: skip

    line: list[float] = []
    for i, v in enumerate(values):
        line += [x(i), y(v)]
    if len(values) > 1:
        drawing.add(PolyLine(line, strokeColor=HexColor(ACCENT), strokeWidth=1.1))
    signal = set(signal_points(parts))
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

    for index, number in notes:
        if not 0 <= index < len(values):
            continue
        cx, cy = x(index), min(y(values[index]) + 7, bottom + plot_h + 4)
        drawing.add(
            Circle(cx, cy, 3.6, fillColor=white, strokeColor=HexColor(INK), strokeWidth=0.6)
        )
        drawing.add(
            String(cx, cy - 1.9, str(number), fontName=BOLD, fontSize=5.2, fillColor=HexColor(INK),
                   textAnchor="middle")
        )  # fmt: skip

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


def mdc_icon(letter: str, colour: str, size: float = 11.0) -> Drawing:
    """One Making Data Count icon: a circle in the icon's colour with its letter in white."""
    drawing = Drawing(size, size)
    drawing.initialFontName = BOLD
    r = size / 2
    drawing.add(Circle(r, r, r - 0.3, fillColor=HexColor(colour), strokeColor=HexColor(INK),
                       strokeWidth=0.3))  # fmt: skip
    drawing.add(
        String(r, r - size * 0.2, letter, fontName=BOLD, fontSize=size * 0.58, fillColor=white,
               textAnchor="middle")
    )  # fmt: skip
    return drawing


def mdc_words(variation_key: str, assurance_key: str) -> tuple[str, str]:
    """The two icons' words, in the chosen language."""
    return VARIATION[variation_key][1], ASSURANCE[assurance_key][1]

"""Sizes, colours and status symbols shared by every board widget (and mirrored by the PDF).

Readable at 3 m on a 1920×1080 wall screen: body text ≥ 24 px, headings and figures larger,
touch targets ≥ 64 px. Status is never shown by colour alone: each status has a symbol and a
word too, so it reads in black and white and for colour-blind staff.
"""

from __future__ import annotations

from dataclasses import dataclass

# Colours, status symbols and Finnish names are shared with the PDF (reports may not import
# ui), so they live in the domain layer; re-exported here under the names they always had.
from leanboard.domain.presentation import (
    A3_PHASE_NAMES,
    ACCENT,
    AMBER,
    GREEN,
    GREY,
    INK,
    PANEL,
    PAPER,
    PDCA_NAMES,
    PROBLEM_STATUS_NAMES,
    RED,
    SEVERITY_NAMES,
    SQDC_NAMES,
    STATUS,
)


@dataclass(frozen=True)
class Scale:
    body_px: int
    heading_px: int
    figure_px: int
    touch_px: int


WALL = Scale(body_px=24, heading_px=34, figure_px=48, touch_px=72)
DESK = Scale(body_px=14, heading_px=20, figure_px=28, touch_px=36)

__all__ = [
    "A3_PHASE_NAMES",
    "ACCENT",
    "AMBER",
    "DESK",
    "GREEN",
    "GREY",
    "INK",
    "PANEL",
    "PAPER",
    "PDCA_NAMES",
    "PROBLEM_STATUS_NAMES",
    "RED",
    "SEVERITY_NAMES",
    "SQDC_NAMES",
    "STATUS",
    "WALL",
    "Scale",
]


def is_wall(scale: Scale) -> bool:
    """Touch-sized targets mean the wall screen (the desktop's are mouse-sized)."""
    return scale.touch_px >= 64


def wall_scrollbars(scale: Scale) -> str:
    """Scroll bars a finger can hold: as wide as a touch target, with a handle as tall.

    Only those of lists, tables, text and scroll areas (a scroll bar sits in a container right
    under its own area, hence the child selectors): a chart is a QGraphicsView whose
    (always hidden) scroll bars count in its minimum size, so a rule for every QScrollBar
    would make each run chart hundreds of pixels taller."""
    side = max(64, scale.touch_px)
    owners = ("QScrollArea", "QAbstractItemView", "QPlainTextEdit", "QTextEdit")

    def rule(part: str, body: str) -> str:
        # A scroll bar sits in a container widget right under its own scroll area.
        return ", ".join(f"{owner} > QWidget > QScrollBar{part}" for owner in owners) + (
            f" {{ {body} }}"
        )

    return "".join(
        (
            rule(":vertical", f"width: {side}px; background: {PANEL}; margin: 0;"),
            rule(":horizontal", f"height: {side}px; background: {PANEL}; margin: 0;"),
            rule(
                "::handle",
                "background: #8a9099; border-radius: 8px; margin: 6px;"
                f" min-height: {side}px; min-width: {side}px;",
            ),
            rule("::add-line", "width: 0; height: 0;"),
            rule("::sub-line", "width: 0; height: 0;"),
            rule("::add-page", "background: none;"),
            rule("::sub-page", "background: none;"),
        )
    )

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
    """Scroll bars a finger can hold: as wide as a touch target, with a handle as tall."""
    side = max(64, scale.touch_px)
    return (
        f"QScrollBar:vertical {{ width: {side}px; background: {PANEL}; margin: 0; }}"
        f"QScrollBar:horizontal {{ height: {side}px; background: {PANEL}; margin: 0; }}"
        f"QScrollBar::handle {{ background: #8a9099; border-radius: 8px; margin: 6px;"
        f" min-height: {side}px; min-width: {side}px; }}"
        "QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; }"
        "QScrollBar::add-page, QScrollBar::sub-page { background: none; }"
    )

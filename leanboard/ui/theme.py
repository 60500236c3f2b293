"""Sizes, colours and status symbols shared by every board widget (and mirrored by the PDF).

Readable at 3 m on a 1920×1080 wall screen: body text ≥ 24 px, headings and figures larger,
touch targets ≥ 64 px. Status is never shown by colour alone: each status has a symbol and a
word too, so it reads in black and white and for colour-blind staff.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    body_px: int
    heading_px: int
    figure_px: int
    touch_px: int


WALL = Scale(body_px=24, heading_px=34, figure_px=48, touch_px=72)
DESK = Scale(body_px=14, heading_px=20, figure_px=28, touch_px=36)

# Colours (the safety-cross colours of Healthcare Improvement Scotland: green/amber/red).
GREEN = "#2e7d32"
AMBER = "#f9a825"
RED = "#c62828"
GREY = "#9e9e9e"
INK = "#1b1b1b"
PAPER = "#ffffff"
PANEL = "#f3f5f7"
ACCENT = "#1565c0"

# Status → (symbol, Finnish word, colour). Symbols differ in shape, not only colour.
STATUS = {
    "on_target": ("✔", "tavoitteessa", GREEN),
    "off_target": ("✖", "ei tavoitteessa", RED),
    "no_data": ("–", "ei tietoa", GREY),
    "none": ("○", "ei tapahtumia", GREEN),
    "near_miss": ("▲", "läheltä piti", AMBER),
    "harm": ("■", "haitta", RED),
    "overdue": ("⏰", "myöhässä", RED),
    "escalated": ("⇧", "eskaloitu", ACCENT),
}

SQDC_NAMES = {
    "S": "Turvallisuus",
    "Q": "Laatu",
    "D": "Saatavuus",
    "C": "Kustannukset",
}

PDCA_NAMES = {
    "new": "Uudet",
    "plan": "Suunnittele",
    "do": "Toteuta",
    "check": "Arvioi",
    "act": "Vakiinnuta",
    "done": "Valmiit",
}

A3_PHASE_NAMES = {
    "plan": "Suunnittele",
    "do": "Toteuta",
    "check": "Arvioi",
    "act": "Vakiinnuta",
    "done": "Valmis",
}

PROBLEM_STATUS_NAMES = {"open": "Avoin", "in_progress": "Työn alla", "solved": "Ratkaistu"}
SEVERITY_NAMES = {"near_miss": "Läheltä piti", "harm": "Haitta"}

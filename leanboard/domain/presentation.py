"""How the board looks, in plain Python: shared by the wall board (ui) and the PDF (reports).

Colours, status symbols and Finnish names live here rather than in ui/theme.py because the
reports layer may not import the UI (layers: ui → reports → services → store → domain), yet
the printed board must use the same colours and symbols as the wall. Status is never shown
by colour alone: each status has a symbol and a word too, so it reads in black and white and
for colour-blind staff.

The formatting helpers write numbers, dates and times the Finnish way (decimal comma,
16.11.2026, klo 8.05) without Qt's locale, so headless exports format like the screen.
"""

from __future__ import annotations

import datetime as dt

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
    # ◷ rather than ⏰: the clock emoji is missing from DejaVu, the font of the board and PDFs.
    "overdue": ("◷", "myöhässä", RED),
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

BOARD_KIND_NAMES = {
    "organisation": "Organisaatio",
    "area": "Palvelualue",
    "unit": "Yksikkö",
    "team": "Tiimi",
}

WEEKDAY_SHORT = ("ma", "ti", "ke", "to", "pe", "la", "su")
MONTH_NAMES = (
    "tammikuu",
    "helmikuu",
    "maaliskuu",
    "huhtikuu",
    "toukokuu",
    "kesäkuu",
    "heinäkuu",
    "elokuu",
    "syyskuu",
    "lokakuu",
    "marraskuu",
    "joulukuu",
)

# The safety cross as (row, column) cells of a 7×7 grid, in day order 1..31: two rows of the
# top arm (3 wide), three full rows of the bar (7 wide), two rows of the bottom arm. That is
# 33 cells; a month uses the first 28–31.
SAFETY_CROSS_CELLS: tuple[tuple[int, int], ...] = tuple(
    (row, col) for row in range(7) for col in range(7) if 2 <= row <= 4 or 2 <= col <= 4
)


def fi_number(value: float | None, decimals: int = 0) -> str:
    """61.5 → "61,5"; thousands with a narrow no-break space (SFS 4175); None → "–"."""
    if value is None:
        return "–"
    text = f"{value:,.{max(0, decimals)}f}"
    text = text.replace(",", "\u202f").replace(".", ",")
    if text.startswith("-"):
        text = "\u2212" + text[1:]  # a real minus sign, as typeset Finnish text has
    if text in ("\u22120", "\u22120," + "0" * decimals):
        text = text[1:]  # "−0,0" would look like a value below zero
    return text


def fi_answers(answers: int) -> str:
    """n = 42: how many answers a figure (NPS) rests on, as the board and the PDF show it."""
    return f"n = {fi_number(answers)}"


def fi_date(day: dt.date) -> str:
    """16.11.2026"""
    return f"{day.day}.{day.month}.{day.year}"


def fi_day_month(day: dt.date) -> str:
    """16.11."""
    return f"{day.day}.{day.month}."


def fi_time(moment: dt.datetime | dt.time) -> str:
    """8.05 (Finnish writes the hour without a leading zero and a dot before the minutes)."""
    return f"{moment.hour}.{moment.minute:02d}"


def fi_week_range(monday: dt.date) -> str:
    """Viikko 47 / 2026 · 16.11.–22.11.2026"""
    sunday = monday + dt.timedelta(days=6)
    year, week, _ = monday.isocalendar()
    return f"Viikko {week} / {year} · {fi_day_month(monday)}–{fi_date(sunday)}"

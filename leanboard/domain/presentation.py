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
from collections.abc import Iterator, Mapping, Sequence
from typing import overload

from leanboard.i18n import QT_TRANSLATE_NOOP, language, translate

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
_STATUS = {
    "on_target": ("✔", QT_TRANSLATE_NOOP("Presentation", "tavoitteessa"), GREEN),
    "off_target": ("✖", QT_TRANSLATE_NOOP("Presentation", "ei tavoitteessa"), RED),
    "no_data": ("–", QT_TRANSLATE_NOOP("Presentation", "ei tietoa"), GREY),
    "none": ("○", QT_TRANSLATE_NOOP("Presentation", "ei tapahtumia"), GREEN),
    "near_miss": ("▲", QT_TRANSLATE_NOOP("Presentation", "läheltä piti"), AMBER),
    "harm": ("■", QT_TRANSLATE_NOOP("Presentation", "haitta"), RED),
    # ◷ rather than ⏰: the clock emoji is missing from DejaVu, the font of the board and PDFs.
    "overdue": ("◷", QT_TRANSLATE_NOOP("Presentation", "myöhässä"), RED),
    "escalated": ("⇧", QT_TRANSLATE_NOOP("Presentation", "eskaloitu"), ACCENT),
}

# NHS England's Making Data Count icons, as letter + word (never colour alone). The letter is
# the one MDC's icon carries: H/L for a special cause high or low, P/F/? for assurance.
# Colours as MDC's: blue improvement, orange concern, grey common cause / hit and miss.
MDC_BLUE = "#1f6fb5"
MDC_ORANGE = "#e07b00"
MDC_GREY = "#7f7f7f"
_VARIATION = {
    "common_cause": ("∼", QT_TRANSLATE_NOOP("Presentation", "tavallista vaihtelua"), MDC_GREY),
    "improvement_high": (
        "H",
        QT_TRANSLATE_NOOP("Presentation", "erityissyy: parantunut (ylös)"),
        MDC_BLUE,
    ),
    "improvement_low": (
        "L",
        QT_TRANSLATE_NOOP("Presentation", "erityissyy: parantunut (alas)"),
        MDC_BLUE,
    ),
    "concern_high": (
        "H",
        QT_TRANSLATE_NOOP("Presentation", "erityissyy: huolestuttava (ylös)"),
        MDC_ORANGE,
    ),
    "concern_low": (
        "L",
        QT_TRANSLATE_NOOP("Presentation", "erityissyy: huolestuttava (alas)"),
        MDC_ORANGE,
    ),
    "none": ("–", QT_TRANSLATE_NOOP("Presentation", "vaihtelu: liian vähän pisteitä"), MDC_GREY),
}
_ASSURANCE = {
    "consistent_pass": (
        "P",
        QT_TRANSLATE_NOOP("Presentation", "tavoite täyttyy joka kerta"),
        MDC_BLUE,
    ),
    "consistent_fail": (
        "F",
        QT_TRANSLATE_NOOP("Presentation", "tavoite ei täyty ilman muutosta"),
        MDC_ORANGE,
    ),
    "inconsistent": (
        "?",
        QT_TRANSLATE_NOOP("Presentation", "tavoite täyttyy vain joskus"),
        MDC_GREY,
    ),
    "none": ("–", QT_TRANSLATE_NOOP("Presentation", "varmuus: ei arvioitavissa"), MDC_GREY),
}

# The same in a few words, for a printed row with no room for the whole sentence (the page
# explains the letters in full once).
_VARIATION_SHORT = {
    "common_cause": QT_TRANSLATE_NOOP("Presentation", "tavallinen vaihtelu"),
    "improvement_high": QT_TRANSLATE_NOOP("Presentation", "parantunut"),
    "improvement_low": QT_TRANSLATE_NOOP("Presentation", "parantunut"),
    "concern_high": QT_TRANSLATE_NOOP("Presentation", "huolestuttava"),
    "concern_low": QT_TRANSLATE_NOOP("Presentation", "huolestuttava"),
    "none": QT_TRANSLATE_NOOP("Presentation", "liian vähän pisteitä"),
}
_ASSURANCE_SHORT = {
    "consistent_pass": QT_TRANSLATE_NOOP("Presentation", "tavoite: aina"),
    "consistent_fail": QT_TRANSLATE_NOOP("Presentation", "tavoite: ei täyty"),
    "inconsistent": QT_TRANSLATE_NOOP("Presentation", "tavoite: joskus"),
    "none": QT_TRANSLATE_NOOP("Presentation", "tavoite: –"),
}

_SQDC_NAMES = {
    "S": QT_TRANSLATE_NOOP("Presentation", "Turvallisuus"),
    "Q": QT_TRANSLATE_NOOP("Presentation", "Laatu"),
    "D": QT_TRANSLATE_NOOP("Presentation", "Saatavuus"),
    "C": QT_TRANSLATE_NOOP("Presentation", "Kustannukset"),
}

_PDCA_NAMES = {
    "new": QT_TRANSLATE_NOOP("Presentation", "Uudet"),
    "plan": QT_TRANSLATE_NOOP("Presentation", "Suunnittele"),
    "do": QT_TRANSLATE_NOOP("Presentation", "Toteuta"),
    "check": QT_TRANSLATE_NOOP("Presentation", "Arvioi"),
    "act": QT_TRANSLATE_NOOP("Presentation", "Vakiinnuta"),
    "done": QT_TRANSLATE_NOOP("Presentation", "Valmiit"),
}

_A3_PHASE_NAMES = {
    "plan": QT_TRANSLATE_NOOP("Presentation", "Suunnittele"),
    "do": QT_TRANSLATE_NOOP("Presentation", "Toteuta"),
    "check": QT_TRANSLATE_NOOP("Presentation", "Arvioi"),
    "act": QT_TRANSLATE_NOOP("Presentation", "Vakiinnuta"),
    "done": QT_TRANSLATE_NOOP("Presentation", "Valmis"),
}

_PROBLEM_STATUS_NAMES = {
    "open": QT_TRANSLATE_NOOP("Presentation", "Avoin"),
    "in_progress": QT_TRANSLATE_NOOP("Presentation", "Työn alla"),
    "solved": QT_TRANSLATE_NOOP("Presentation", "Ratkaistu"),
}
_SEVERITY_NAMES = {
    "near_miss": QT_TRANSLATE_NOOP("Presentation", "Läheltä piti"),
    "harm": QT_TRANSLATE_NOOP("Presentation", "Haitta"),
}

# The safety-event kinds the database is seeded with (enums.DEFAULT_EVENT_KINDS), by code.
_SAFETY_KIND_NAMES = {
    "fall": QT_TRANSLATE_NOOP("Presentation", "Kaatuminen"),
    "medication": QT_TRANSLATE_NOOP("Presentation", "Lääkevirhe"),
    "threat": QT_TRANSLATE_NOOP("Presentation", "Uhka- tai vaaratilanne"),
    "other": QT_TRANSLATE_NOOP("Presentation", "Muu"),
}

_BOARD_KIND_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("Presentation", "Organisaatio"),
    "area": QT_TRANSLATE_NOOP("Presentation", "Palvelualue"),
    "unit": QT_TRANSLATE_NOOP("Presentation", "Yksikkö"),
    "team": QT_TRANSLATE_NOOP("Presentation", "Tiimi"),
}

_WEEKDAY_SHORT_FI = ("ma", "ti", "ke", "to", "pe", "la", "su")
_MONTH_NAMES_FI = (
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

_WEEKDAY_SHORT: dict[str, tuple[str, ...]] = {
    "fi": _WEEKDAY_SHORT_FI,
    "sv": ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),  # as Qt's sv_FI (CLDR)
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "fi": _MONTH_NAMES_FI,
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


class _Names(Mapping[str, str]):
    """key → name in the chosen language (leanboard.i18n), read at each lookup.

    A Mapping rather than a dict so every existing `NAMES[key]` on the wall and in the PDF
    follows the language without a change at the call site.
    """

    def __init__(self, names: dict[str, str]) -> None:
        self._names = names

    def __getitem__(self, key: str) -> str:
        return translate("Presentation", self._names[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


class _Statuses(Mapping[str, tuple[str, str, str]]):
    """Status → (symbol, word in the chosen language, colour)."""

    def __init__(self, table: dict[str, tuple[str, str, str]] | None = None) -> None:
        self._table = _STATUS if table is None else table

    def __getitem__(self, key: str) -> tuple[str, str, str]:
        symbol, word, colour = self._table[key]
        return symbol, translate("Presentation", word), colour

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)


class _PerLanguage(Sequence[str]):
    """Weekday or month names of the chosen language, indexed like the Finnish tuple."""

    def __init__(self, names: dict[str, tuple[str, ...]]) -> None:
        self._names = names

    def _current(self) -> tuple[str, ...]:
        return self._names.get(language(), self._names["fi"])

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        return self._current()[index]

    def __len__(self) -> int:
        return len(self._names["fi"])


_DIRECTION_NAMES = {
    "higher": QT_TRANSLATE_NOOP("Presentation", "Suurempi on parempi"),
    "lower": QT_TRANSLATE_NOOP("Presentation", "Pienempi on parempi"),
}
_FREQUENCY_NAMES = {
    "day": QT_TRANSLATE_NOOP("Presentation", "Päivittäin"),
    "week": QT_TRANSLATE_NOOP("Presentation", "Viikoittain"),
    "month": QT_TRANSLATE_NOOP("Presentation", "Kuukausittain"),
}
# The control chart a measure's values make (domain.spc): the run chart is always drawn.
_CHART_KIND_NAMES = {
    "xmr": QT_TRANSLATE_NOOP("Presentation", "XmR – mitattu arvo"),
    "p": QT_TRANSLATE_NOOP("Presentation", "P – prosenttiosuus nimittäjästä"),
    "u": QT_TRANSLATE_NOOP("Presentation", "U – määrä nimittäjää kohden"),
}
_PERIOD_NAMES = {  # a measure's period as a noun: "Jakso: viikko."
    "day": QT_TRANSLATE_NOOP("Presentation", "päivä"),
    "week": QT_TRANSLATE_NOOP("Presentation", "viikko"),
    "month": QT_TRANSLATE_NOOP("Presentation", "kuukausi"),
}

STATUS: Mapping[str, tuple[str, str, str]] = _Statuses()
VARIATION_SHORT: Mapping[str, str] = _Names(_VARIATION_SHORT)
ASSURANCE_SHORT: Mapping[str, str] = _Names(_ASSURANCE_SHORT)
VARIATION: Mapping[str, tuple[str, str, str]] = _Statuses(_VARIATION)
ASSURANCE: Mapping[str, tuple[str, str, str]] = _Statuses(_ASSURANCE)
DIRECTION_NAMES: Mapping[str, str] = _Names(_DIRECTION_NAMES)
FREQUENCY_NAMES: Mapping[str, str] = _Names(_FREQUENCY_NAMES)
PERIOD_NAMES: Mapping[str, str] = _Names(_PERIOD_NAMES)
CHART_KIND_NAMES: Mapping[str, str] = _Names(_CHART_KIND_NAMES)
SQDC_NAMES: Mapping[str, str] = _Names(_SQDC_NAMES)
PDCA_NAMES: Mapping[str, str] = _Names(_PDCA_NAMES)
A3_PHASE_NAMES: Mapping[str, str] = _Names(_A3_PHASE_NAMES)
PROBLEM_STATUS_NAMES: Mapping[str, str] = _Names(_PROBLEM_STATUS_NAMES)
SEVERITY_NAMES: Mapping[str, str] = _Names(_SEVERITY_NAMES)
BOARD_KIND_NAMES: Mapping[str, str] = _Names(_BOARD_KIND_NAMES)
WEEKDAY_SHORT: Sequence[str] = _PerLanguage(_WEEKDAY_SHORT)
MONTH_NAMES: Sequence[str] = _PerLanguage(_MONTH_NAMES)
# ISO week before its number: "vk 47", "v. 47", "wk 47".
WEEK_ABBREVIATION = {"fi": "vk", "sv": "v.", "en": "wk"}


def mdc_keys(variation: object, assurance: object) -> tuple[str, str]:
    """Keys of VARIATION and ASSURANCE for a goal's MdcSummary fields (None → "none")."""
    return (
        str(getattr(variation, "value", None) or "none"),
        str(getattr(assurance, "value", None) or "none"),
    )


def week_label(week: int) -> str:
    return f"{WEEK_ABBREVIATION.get(language(), 'vk')} {week}"


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
    if language() != "en":  # Finnish and Swedish: decimal comma (English keeps the point)
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
    if language() == "en":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"  # as Qt's en_GB
    return f"{day.day}.{day.month}.{day.year}"


def fi_day_month(day: dt.date) -> str:
    """16.11."""
    if language() == "en":
        return f"{day.day:02d}/{day.month:02d}"
    return f"{day.day}.{day.month}."


def fi_time(moment: dt.datetime | dt.time) -> str:
    """8.05 (Finnish and Finland-Swedish write the hour without a leading zero and a dot before
    the minutes); 8:05 in English, where a dot would read as a decimal number."""
    separator = ":" if language() == "en" else "."
    return f"{moment.hour}{separator}{moment.minute:02d}"


def fi_week_range(monday: dt.date) -> str:
    """Viikko 47 / 2026 · 16.11.–22.11.2026"""
    sunday = monday + dt.timedelta(days=6)
    year, week, _ = monday.isocalendar()
    heading = translate("Presentation", QT_TRANSLATE_NOOP("Presentation", "Viikko {week} / {year}"))
    return f"{heading.format(week=week, year=year)} · {fi_day_month(monday)}–{fi_date(sunday)}"


def period_label(start: dt.date, frequency: str) -> str:
    """A period as a person picks it: "vk 49 · 30.11.–6.12.2026", "joulukuu 2026",
    "ma 7.12.2026" (in the chosen language)."""
    if frequency == "week":
        end = start + dt.timedelta(days=6)
        week = week_label(start.isocalendar().week)
        return f"{week} · {fi_day_month(start)}–{fi_date(end)}"
    if frequency == "month":
        return f"{MONTH_NAMES[start.month - 1]} {start.year}"
    return f"{WEEKDAY_SHORT[start.weekday()]} {fi_date(start)}"


def safety_kind_name(code: str, stored: str) -> str:
    """A safety-event kind's name in the chosen language: a seeded kind (fall, medication,
    threat) while it keeps its seeded Finnish name; a kind the organisation named (or renamed)
    itself, as it is stored."""
    if _SAFETY_KIND_NAMES.get(code) == stored:
        return translate("Presentation", stored)
    return stored


# Why a mood figure is not shown, in one line a nurse understands (domain/mood_release.py);
# the same words on the wall, the desktop, the roll-up and the PDFs.
def mood_hidden_reason(min_group: int) -> str:
    """A figure left out for good: its votes were fewer than the minimum group."""
    return translate(
        "Mood", "piilotettu: alle {n} vastausta — yksittäistä vastausta ei voi päätellä"
    ).format(n=min_group)


def capitalised(text: str) -> str:
    """A reason line standing on its own starts with a capital."""
    return text[:1].upper() + text[1:]


def mood_pending_reason() -> str:
    """Today's votes before their release."""
    return translate(
        "Mood",
        "näytetään kerralla palaverissa tai päivän päätyttyä — yksittäistä vastausta ei voi "
        "päätellä",
    )


def mood_pending_and_hidden_reason(min_group: int) -> str:
    """Both at once, in one line (the wall's narrow mood column has room for one)."""
    return translate(
        "Mood",
        "tämän päivän äänet näytetään kerralla palaverissa tai päivän päätyttyä, alle {n} "
        "vastauksen päivät ei lainkaan — yksittäistä vastausta ei voi päätellä",
    ).format(n=min_group)

"""The weekly board on one landscape page: what the team leader prints each Monday.

Drawn on a reportlab canvas in fixed panels rather than with a platypus story: the page is a
board, read at a glance, and must stay ONE page whatever the data. A flowing story would push
a long section onto a second page; fixed panels keep every section where the wall board has
it, and each panel cuts its own overflow ("… ja 3 muuta"). Text that may be long (names,
titles) goes through platypus Paragraphs, which wrap, inside those panels.

The page is laid out in A4-landscape points and scaled for A3, so both read the same.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from leanboard import __version__, i18n
from leanboard.domain.errors import ValidationError
from leanboard.domain.presentation import (
    A3_PHASE_NAMES,
    ACCENT,
    AMBER,
    ASSURANCE,
    ASSURANCE_SHORT,
    BOARD_KIND_NAMES,
    GREEN,
    GREY,
    INK,
    MONTH_NAMES,
    PANEL,
    RED,
    SAFETY_CROSS_CELLS,
    SQDC_NAMES,
    STATUS,
    VARIATION,
    VARIATION_SHORT,
    WEEKDAY_SHORT,
    capitalised,
    fi_answers,
    fi_date,
    fi_day_month,
    fi_number,
    fi_time,
    fi_week_range,
    mdc_keys,
    mood_hidden_reason,
    mood_pending_and_hidden_reason,
    mood_pending_reason,
    week_label,
)
from leanboard.i18n import QT_TRANSLATE_NOOP, translate
from leanboard.reports.charts import mdc_icon, run_chart
from leanboard.reports.fonts import BOLD, REGULAR, register_fonts
from leanboard.reports.pdfa import DocumentInfo, save_pdfa
from leanboard.services.charting import NumberedNote, numbered_notes, series_chart
from leanboard.services.dto import GoalCell, Rollup, RollupMood, RollupRow
from leanboard.services.weekly import WeekMeasure, WeekReport

PAGE_SIZES = {"A4": landscape(A4), "A3": landscape(A3)}
BASE_W, BASE_H = landscape(A4)

SECTION_TITLES = {
    "goals": QT_TRANSLATE_NOOP("WeeklyPdf", "Tavoitteet ja mittarit"),
    "mood": QT_TRANSLATE_NOOP("WeeklyPdf", "Henkilöstön fiilis"),
    "ideas": QT_TRANSLATE_NOOP("WeeklyPdf", "Kehitysideat"),
    "huddle": QT_TRANSLATE_NOOP("WeeklyPdf", "Päivittäispalaverit"),
    "safety": QT_TRANSLATE_NOOP("WeeklyPdf", "Turvallisuusristi"),
    "sqdc": QT_TRANSLATE_NOOP("WeeklyPdf", "SQDC-ongelmat"),
    "a3": QT_TRANSLATE_NOOP("WeeklyPdf", "A3-raportit"),
}
EMPTY_WEEK = QT_TRANSLATE_NOOP("WeeklyPdf", "Tällä viikolla ei kirjauksia")

MARGIN = 22.0
HEADER_H = 50.0
FOOTER_H = 16.0
GAP = 8.0
PAD = 7.0
BODY = 8.5  # body text size: readable on A4 at arm's length
SMALL = 7.0
HEADING = 11.0
TITLE_MAX = 140  # characters of an item title printed before "…"
NOTES_SHOWN = 4  # chart notes explained under the goals; more are counted
KEY_H = 30.0  # the charts' legend and the MDC key under the goals
SECONDARY = Color(0.33, 0.33, 0.33)


def render_weekly_pdf(
    report: WeekReport,
    out: Path | BinaryIO,
    page_size: str = "A4",
    printed_at: dt.datetime | None = None,
    rollup: Rollup | None = None,
) -> None:
    """Write the board's week as one landscape page (A4 or A3) to a file or a binary stream.

    A board with boards below it gets a second page: the roll-up of those (`rollup`).
    """
    if page_size not in PAGE_SIZES:
        raise ValidationError(
            translate("WeeklyPdf", "Sivukoko: {size} ei käy (A4 tai A3).").format(size=page_size),
            "page_size",
        )
    register_fonts()
    size = PAGE_SIZES[page_size]
    title = translate("WeeklyPdf", "{board} – viikko {week}/{year}").format(
        board=report.board.name, week=report.iso_week, year=report.iso_year
    )
    subject = translate("WeeklyPdf", "Päivittäisjohtamisen taulu {code} {week}").format(
        code=report.board.code, week=report.week_key
    )
    when = printed_at or dt.datetime.now()
    if when.tzinfo is not None:  # print the reader's clock, not UTC
        when = when.astimezone().replace(tzinfo=None)
    drawn = io.BytesIO()  # drawn by reportlab, then written as PDF/A (reports/pdfa.py)
    # initialFontName: otherwise every page's preamble names Helvetica.
    canvas = Canvas(drawn, pagesize=size, initialFontName=REGULAR, initialFontSize=BODY)
    scale = size[0] / BASE_W
    canvas.scale(scale, scale)
    pages = 2 if rollup is not None else 1
    WeeklyPage(canvas, report, when, pages=pages).draw()
    canvas.showPage()
    if rollup is not None:
        canvas.scale(scale, scale)  # a new page starts from a fresh graphics state
        RollupPage(canvas, report, when, rollup).draw()
        canvas.showPage()
    canvas.save()
    save_pdfa(drawn.getvalue(), out, DocumentInfo(title, subject, i18n.language(), when))


def more_text(count: int) -> str:
    """The line that counts what did not fit: "… ja 3 muuta"."""
    return translate("WeeklyPdf", "… ja {count} muuta").format(count=count)


def clip(text: str, limit: int = TITLE_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fit(text: str, width: float, size: float, font: str = REGULAR) -> str:
    """`text` cut with "…" so it fits `width` on one line."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap(text: str, width: float, size: float, lines: int = 2, font: str = REGULAR) -> str:
    """`text` on at most `lines` lines of `width` (the last cut with "…"), for a table cell."""
    out: list[str] = []
    words = text.split()
    while words and len(out) < lines - 1:
        line = words.pop(0)
        while words and stringWidth(f"{line} {words[0]}", font, size) <= width:
            line += " " + words.pop(0)
        if stringWidth(line, font, size) > width:
            line = fit(line, width, size, font)
        out.append(line)
    if words:
        out.append(fit(" ".join(words), width, size, font))
    return "\n".join(out)


def with_unit(value: str, unit: str) -> str:
    if not unit:
        return value
    return f"{value} {unit}"  # Finnish puts a space before the unit, % included


def period_label(key: str) -> str:
    """Short x-axis labels: 2026-W47 → vk 47, 2026-11 → 11/26, 2026-11-16 → 16.11."""
    if "-W" in key:
        return week_label(int(key.split("-W")[1]))
    parts = key.split("-")
    if len(parts) == 2:
        return f"{int(parts[1])}/{parts[0][2:]}"
    return fi_day_month(dt.date.fromisoformat(key))


class WeeklyPage:
    """Draws one report. Coordinates are A4-landscape points; `top` values count downward."""

    def __init__(
        self,
        canvas: Canvas,
        report: WeekReport,
        printed_at: dt.datetime,
        *,
        page: int = 1,
        pages: int = 1,
    ) -> None:
        self.c = canvas
        self.r = report
        self.printed_at = printed_at
        self.page, self.pages = page, pages
        self._notes: list[tuple[int, WeekMeasure, NumberedNote]] = []

    # --- drawing primitives --------------------------------------------------------------

    def y(self, top: float) -> float:
        return BASE_H - top

    def text(
        self,
        x: float,
        top: float,
        text: str,
        *,
        size: float = BODY,
        bold: bool = False,
        color: str | Color = INK,
        anchor: str = "left",
        width: float | None = None,
    ) -> None:
        """One line whose top is at `top`; cut to `width` when given."""
        font = BOLD if bold else REGULAR
        if width is not None:
            text = fit(text, width, size, font)
        self.c.setFont(font, size)
        self.c.setFillColor(HexColor(color) if isinstance(color, str) else color)
        baseline = self.y(top) - size * 0.8
        if anchor == "right":
            self.c.drawRightString(x, baseline, text)
        elif anchor == "centre":
            self.c.drawCentredString(x, baseline, text)
        else:
            self.c.drawString(x, baseline, text)

    def paragraph(
        self,
        x: float,
        top: float,
        width: float,
        markup: str,
        *,
        size: float = BODY,
        color: str | Color = INK,
        max_height: float | None = None,
        centred: bool = False,
    ) -> float | None:
        """Wrapped text; returns the height used, or None (nothing drawn) when it won't fit."""
        style = ParagraphStyle(
            "p",
            fontName=REGULAR,
            fontSize=size,
            leading=size * 1.22,
            textColor=HexColor(color) if isinstance(color, str) else color,
            alignment=TA_CENTER if centred else TA_LEFT,
        )
        para = Paragraph(markup, style)
        _, height = para.wrap(width, 10_000)
        if max_height is not None and height > max_height:
            return None
        para.drawOn(self.c, x, self.y(top) - height)
        return float(height)

    def bullet_list(
        self, x: float, top: float, width: float, items: Sequence[str], bottom: float
    ) -> float:
        """Wrapped items until `bottom`; what does not fit is counted in "… ja N muuta"."""
        line = BODY * 1.22
        for n, item in enumerate(items):
            room = bottom - top - (line if n < len(items) - 1 else 0)
            used = self.paragraph(x, top, width, f"• {escape(clip(item))}", max_height=room)
            if used is None:
                self.text(x, top, more_text(len(items) - n), size=BODY, color=SECONDARY)
                return top + line
            top += used + 1
        return top

    def panel(self, key: str, x: float, top: float, width: float, height: float) -> float:
        """A section's background and heading; returns the top of its content."""
        self.c.setFillColor(HexColor(PANEL))
        self.c.setStrokeColor(HexColor("#d5dadf"))
        self.c.setLineWidth(0.5)
        self.c.roundRect(x, self.y(top + height), width, height, 4, stroke=1, fill=1)
        self.c.setFillColor(HexColor(ACCENT))
        self.c.rect(x, self.y(top + 19), 3, 19 - 4, stroke=0, fill=1)
        self.text(
            x + PAD + 1,
            top + 5,
            translate("WeeklyPdf", SECTION_TITLES[key]),
            size=HEADING,
            bold=True,
        )
        return top + 22

    def status(self, x: float, top: float, key: str, size: float = BODY) -> None:
        """Symbol and word together, coloured: reads without colour as well."""
        symbol, word, colour = STATUS[key]
        # Amber text is too pale on paper; the symbol carries the colour, the word stays dark.
        self.text(
            x,
            top,
            f"{symbol} {word}",
            size=size,
            bold=True,
            color=INK if colour == AMBER else colour,
        )

    # --- the page --------------------------------------------------------------------------

    def draw(self) -> None:
        self.header()
        self.footer()
        body_top = MARGIN + HEADER_H + 6
        body_bottom = BASE_H - MARGIN - FOOTER_H
        if not self.r.has_data:
            self.empty_week(body_top, body_bottom)
            return
        col1, col2, col3 = 330.0, 224.0, 224.0
        x1 = MARGIN
        x2 = x1 + col1 + 10
        x3 = x2 + col2 + 10
        height = body_bottom - body_top
        self.goals(x1, body_top, col1, height)
        mood_h, ideas_h = 172.0, 160.0
        self.mood(x2, body_top, col2, mood_h)
        self.ideas(x2, body_top + mood_h + GAP, col2, ideas_h)
        top = body_top + mood_h + ideas_h + 2 * GAP
        self.huddles(x2, top, col2, body_bottom - top)
        safety_h, sqdc_h = 238.0, 132.0
        self.safety(x3, body_top, col3, safety_h)
        self.sqdc(x3, body_top + safety_h + GAP, col3, sqdc_h)
        top = body_top + safety_h + sqdc_h + 2 * GAP
        self.a3s(x3, top, col3, body_bottom - top)

    def header(self) -> None:
        r = self.r
        right_w = 250.0
        name_w = BASE_W - 2 * MARGIN - right_w - 10
        # The board's name in the largest size that fits two lines.
        for size in (17.0, 15.0, 13.0, 11.0):
            style = ParagraphStyle("h", fontName=BOLD, fontSize=size, leading=size * 1.15)
            para = Paragraph(escape(clip(r.board.name, 200)), style)
            _, height = para.wrap(name_w, 1000)
            if height <= size * 1.15 * 2 + 0.5:
                break
        if height > 34:  # still too long: one line, cut
            self.text(MARGIN, MARGIN, r.board.name, size=11, bold=True, width=name_w)
            height = 14
        else:
            para.drawOn(self.c, MARGIN, self.y(MARGIN) - height)
        kind = BOARD_KIND_NAMES.get(r.board.kind, r.board.kind)
        above = translate("WeeklyPdf", "ylempi taulu")
        parent = f" · {above}: {r.parent.name} ({r.parent.code})" if r.parent else ""
        self.text(
            MARGIN,
            MARGIN + height + 3,
            f"{r.board.code} · {kind}{parent}",
            size=BODY,
            color=SECONDARY,
            width=name_w,
        )
        right = BASE_W - MARGIN
        self.text(right, MARGIN + 1, fi_week_range(r.monday), size=13, bold=True, anchor="right")
        printed = translate("WeeklyPdf", "Tulostettu {date} klo {time}").format(
            date=fi_date(self.printed_at.date()), time=fi_time(self.printed_at)
        )
        self.text(right, MARGIN + 20, printed, size=BODY, color=SECONDARY, anchor="right")
        self.text(
            right,
            MARGIN + 32,
            translate("WeeklyPdf", "Päivittäisjohtamisen viikkotaulu"),
            size=SMALL,
            color=SECONDARY,
            anchor="right",
        )
        self.c.setStrokeColor(HexColor(INK))
        self.c.setLineWidth(1)
        line_y = self.y(MARGIN + HEADER_H)
        self.c.line(MARGIN, line_y, BASE_W - MARGIN, line_y)

    def footer(self) -> None:
        top = BASE_H - MARGIN - 9
        self.text(
            MARGIN,
            top,
            f"LeanBoard {__version__} · {self.r.board.code} · {self.r.week_key}",
            size=SMALL,
            color=SECONDARY,
        )
        self.text(
            BASE_W - MARGIN,
            top,
            translate("WeeklyPdf", "sivu {page}/{pages}").format(page=self.page, pages=self.pages),
            size=SMALL,
            color=SECONDARY,
            anchor="right",
        )

    def empty_week(self, top: float, bottom: float) -> None:
        middle = (top + bottom) / 2 - 30
        self.text(
            BASE_W / 2,
            middle,
            translate("WeeklyPdf", EMPTY_WEEK),
            size=24,
            bold=True,
            anchor="centre",
        )
        detail = translate(
            "WeeklyPdf",
            "Taululle ei kirjattu tällä viikolla mittariarvoja, fiilisääniä, kehitysideoita, "
            "ongelmia, turvallisuustapahtumia eikä palavereja.",
        )
        self.paragraph(
            BASE_W / 2 - 230, middle + 40, 460, detail, size=10, color=SECONDARY, centred=True
        )
        still = sum(x.open_at_end for x in self.r.problems.letters)
        a3s = len(self.r.a3s)
        if still or a3s:
            self.text(
                BASE_W / 2,
                middle + 80,
                translate(
                    "WeeklyPdf",
                    "Avoimia ongelmia viikon lopussa: {open} · A3-raportteja käynnissä: {a3s}",
                ).format(open=still, a3s=a3s),
                size=10,
                anchor="centre",
            )

    # --- sections ------------------------------------------------------------------------

    def goals(self, x: float, top: float, width: float, height: float) -> None:
        content = self.panel("goals", x, top, width, height)
        bottom = top + height - PAD - KEY_H
        self.chart_legend(x + PAD, bottom + 3)
        self.mdc_key(x + PAD, bottom + 13, width - 2 * PAD)
        measures = self.r.measures
        if not measures:
            self.text(
                x + PAD,
                content,
                translate("WeeklyPdf", "Taululla ei ole mittareita."),
                color=SECONDARY,
            )
            return
        row_min = 47.0  # name on one line, value, target and status, the MDC icons
        # The notes of the printed charts, numbered across the page, explained under them.
        notes = self.numbered_notes(measures)
        legend = min(len(notes), NOTES_SHOWN)
        legend_h = 12.0 + (legend + (len(notes) > legend)) * 9.0 if notes else 0.0
        rows_bottom = bottom - legend_h
        fits = max(1, int((rows_bottom - content) // row_min))
        shown = measures if len(measures) <= fits else measures[: fits - 1]
        if shown is not measures:
            notes = self.numbered_notes(shown)
        self._notes = notes
        row_h = min(96.0, (rows_bottom - content - (0 if shown is measures else 14)) / len(shown))
        for i, m in enumerate(shown):
            self.measure_row(m, x + PAD, content + i * row_h, width - 2 * PAD, row_h)
        if shown is not measures:
            self.text(
                x + PAD,
                rows_bottom - 12,
                translate("WeeklyPdf", "… ja {count} muuta mittaria (katso sovelluksesta)").format(
                    count=len(measures) - len(shown)
                ),
                color=SECONDARY,
            )
        if notes:
            self.notes_legend(x + PAD, rows_bottom + 2, width - 2 * PAD, notes)

    def numbered_notes(
        self, measures: Sequence[WeekMeasure]
    ) -> list[tuple[int, WeekMeasure, NumberedNote]]:
        """(number on the page, goal, note) for every note on a printed chart, in row order."""
        out: list[tuple[int, WeekMeasure, NumberedNote]] = []
        for m in measures:
            if m.series is None or not m.chart:
                continue
            for note in numbered_notes(m.series, m.chart):
                out.append((len(out) + 1, m, note))
        return out

    def notes_legend(
        self,
        x: float,
        top: float,
        width: float,
        notes: list[tuple[int, WeekMeasure, NumberedNote]],
    ) -> None:
        self.c.setStrokeColor(HexColor("#d5dadf"))
        self.c.line(x, self.y(top), x + width, self.y(top))
        self.text(x, top + 2, translate("WeeklyPdf", "Merkinnät kaavioissa"), size=SMALL, bold=True)
        line = top + 11
        for number, m, n in notes[:NOTES_SHOWN]:
            period = period_label(n.note.period_key)
            text = f"{number}  {clip(m.measure.name, 40)}, {period}: {n.note.note}"
            self.text(x, line, text, size=SMALL, width=width)
            line += 9
        if len(notes) > NOTES_SHOWN:
            self.text(x, line, more_text(len(notes) - NOTES_SHOWN), size=SMALL, color=SECONDARY)

    def mdc_key(self, x: float, top: float, width: float) -> None:
        """The Making Data Count letters in full, once for every row's icons."""
        key = translate(
            "WeeklyPdf",
            "MDC (NHS Making Data Count): vaihtelu ∼ tavallinen, H/L erityissyy ylös/alas "
            "(sininen parantunut, oranssi huolestuttava) · tavoite P täyttyy aina, "
            "F ei täyty ilman muutosta, ? vain joskus",
        )
        self.paragraph(x, top, width, escape(key), size=6.0, color=SECONDARY)

    def chart_legend(self, left: float, top: float) -> None:
        """What the lines and marks of the run charts mean, under the charts."""
        c = self.c
        items = (
            QT_TRANSLATE_NOOP("WeeklyPdf", "tavoite"),
            QT_TRANSLATE_NOOP("WeeklyPdf", "mediaani"),
            QT_TRANSLATE_NOOP("WeeklyPdf", "ei-satunnainen muutos"),
            QT_TRANSLATE_NOOP("WeeklyPdf", "vaihe"),
            QT_TRANSLATE_NOOP("WeeklyPdf", "merkintä"),
        )
        shown = [translate("WeeklyPdf", label) for label in items]
        x = left
        base = self.y(top + 3)
        for label, words in zip(items, shown, strict=True):
            if label == "tavoite":
                c.setStrokeColor(HexColor(INK))
                c.setDash(3, 2)
                c.line(x, base, x + 12, base)
                c.setDash()
            elif label == "mediaani":
                c.setStrokeColor(HexColor(GREY))
                c.line(x, base, x + 12, base)
            elif label == "vaihe":
                c.setStrokeColor(HexColor(INK))
                c.setDash(1, 1.5)
                c.line(x + 6, base - 4, x + 6, base + 4)
                c.setDash()
            elif label == "merkintä":
                c.setStrokeColor(HexColor(INK))
                c.setFillColor(white)
                c.circle(x + 6, base, 3.6, stroke=1, fill=1)
                self.text(x + 6, top + 0.8, "1", size=5.2, bold=True, anchor="centre")
            else:
                c.setStrokeColor(HexColor(RED))
                c.rect(x + 3, base - 3, 6, 6, stroke=1, fill=0)
            self.text(x + 15, top, words, size=6.5, color=SECONDARY)
            x += stringWidth(words, REGULAR, 6.5) + 18

    def measure_row(self, m: WeekMeasure, x: float, top: float, width: float, h: float) -> None:
        info = m.measure
        text_w, chart_w = 178.0, width - 184.0
        # Name: wrapped to at most two lines, else cut.
        style_size = BODY
        name = escape(clip(info.name, 90))
        used = self.paragraph(
            x,
            top + 2,
            text_w,
            f"<b>{name}</b>",
            size=style_size,
            # A second line for the name only when the rows have room for it.
            max_height=style_size * 1.22 * (2 if h >= 60 else 1) + 0.5,
        )
        if used is None:
            self.text(x, top + 2, info.name, bold=True, width=text_w)
            used = style_size * 1.22
        line = top + 3 + used
        if info.frequency == "day":
            label = translate("WeeklyPdf", "viikon ka.")
        elif info.frequency == "month":
            year, month = m.period_key.split("-")
            label = f"{MONTH_NAMES[int(month) - 1]} {year}"
        else:
            label = translate("WeeklyPdf", "viikko {week}").format(week=self.r.iso_week)
        # The answers an NPS figure rests on, beside its period, in text (prints in grey scale).
        answers = m.values[0].answers if len(m.values) == 1 else None
        if answers is not None:
            label += f" · {fi_answers(answers)}"
        decimals = info.decimals if info.frequency != "day" else max(1, info.decimals)
        value = with_unit(fi_number(m.value, decimals), info.unit) if m.value is not None else "–"
        value = fit(value, text_w - 30, 13, BOLD)
        self.text(x, line, value, size=13, bold=True)
        value_w = stringWidth(value, BOLD, 13)
        self.text(
            x + value_w + 4,
            line + 4.5,
            label,
            size=SMALL,
            color=SECONDARY,
            width=text_w - value_w - 4,
        )
        line += 15
        if info.target is not None:
            sign = "≥" if info.direction == "higher" else "≤"
            target = with_unit(fi_number(info.target, info.decimals), info.unit)
            goal_word = translate("WeeklyPdf", "Tavoite")
            goal = f"{goal_word} {sign} {target}"
            symbol, word, _ = STATUS[m.status]
            goal_w = stringWidth(goal, REGULAR, SMALL) + 6
            if goal_w + stringWidth(f"{symbol} {word}", BOLD, BODY) <= text_w:
                # Target and status on one line: every row then fits the page.
                self.text(x, line + 1.2, goal, size=SMALL)
                self.status(x + goal_w, line, m.status, size=BODY)
                line += 10.5
            else:
                self.text(x, line, goal, size=SMALL, width=text_w)
                self.status(x, line + 9, m.status, size=BODY)
                line += 20
        else:
            self.status(x, line, m.status, size=BODY)
            line += 11
        line = self.mdc_lines(x, line, text_w, m, two_lines=h >= 84)
        if info.frequency == "day" and m.values and line + 8 <= top + h:
            days = " · ".join(
                f"{WEEKDAY_SHORT[p.period_start.weekday()]} {fi_number(p.value, info.decimals)}"
                for p in m.values
            )
            self.text(x, line, days, size=SMALL, color=SECONDARY, width=text_w)
        chart_h = min(h - 7, 78.0)
        if m.chart:
            values = [p.value for p in m.chart]
            phases = series_chart(m.series, m.chart).run if m.series is not None else None
            drawing = run_chart(
                values,
                info.target,
                chart_w,
                chart_h,
                decimals=info.decimals,
                first_label=period_label(m.chart[0].period_key),
                last_label=period_label(m.chart[-1].period_key),
                phases=phases,
                notes=[(n.index, number) for number, owner, n in self._notes if owner is m],
            )
            renderPDF.draw(drawing, self.c, x + width - chart_w, self.y(top + 2 + chart_h))
        else:
            self.text(
                x + width - chart_w / 2,
                top + chart_h / 2,
                translate("WeeklyPdf", "ei arvoja"),
                size=SMALL,
                color=SECONDARY,
                anchor="centre",
            )
        if h > 40:
            self.c.setStrokeColor(HexColor("#d5dadf"))
            self.c.setLineWidth(0.5)
            self.c.line(x, self.y(top + h - 2), x + width, self.y(top + h - 2))

    def mdc_lines(
        self, x: float, top: float, width: float, m: WeekMeasure, two_lines: bool
    ) -> float:
        """The Making Data Count icons, each a lettered circle with its words."""
        variation, assurance = mdc_keys(
            m.mdc.variation if m.mdc else None, m.mdc.assurance if m.mdc else None
        )
        keys = [(VARIATION, variation), (ASSURANCE, assurance)]
        icon = 7.5
        if two_lines:
            for table, key in keys:
                letter, words, colour = table[key]
                renderPDF.draw(mdc_icon(letter, colour, icon), self.c, x, self.y(top + icon))
                self.text(x + icon + 3, top + 0.6, words, size=6.3, width=width - icon - 3)
                top += icon + 1.5
            return top
        # One line: both icons, then their short words; the key under the charts has the rest.
        cx = x
        for table, key in keys:
            letter, _, colour = table[key]
            renderPDF.draw(mdc_icon(letter, colour, icon), self.c, cx, self.y(top + icon))
            cx += icon + 1.5
        words = f"{VARIATION_SHORT[variation]} · {ASSURANCE_SHORT[assurance]}"
        self.text(cx + 1.5, top + 0.6, words, size=6.3, width=width - (cx - x) - 1.5)
        return top + icon + 1

    def mood(self, x: float, top: float, width: float, height: float) -> None:
        """Each day's released votes, the week's, and why anything is left out
        (domain/mood_release.py): the same figures and words as the wall board."""
        mood = self.r.mood
        line = self.panel("mood", x, top, width, height)
        inner = width - 2 * PAD
        bar_x, bar_w = x + PAD + 52, inner - 52 - 30
        too_few = waiting = False
        for day in mood.days:
            d, f = day.day, day.figure
            self.text(x + PAD, line, f"{WEEKDAY_SHORT[d.weekday()]} {fi_day_month(d)}")
            if f.shown and f.average is not None:
                self.c.setFillColor(white)
                self.c.rect(bar_x, self.y(line + 8.5), bar_w, 8, stroke=0, fill=1)
                self.c.setFillColor(HexColor(ACCENT))
                self.c.rect(bar_x, self.y(line + 8.5), bar_w * f.average / 10, 8, stroke=0, fill=1)
                self.text(x + width - PAD, line, fi_number(f.average, 1), bold=True, anchor="right")
            elif f.pending:
                waiting = True
                self.text(
                    bar_x,
                    line,
                    translate("WeeklyPdf", "ei vielä näytetty ({n} ääntä)").format(n=f.pending),
                    color=SECONDARY,
                )
            elif f.count:
                too_few = True
                self.text(
                    bar_x,
                    line,
                    translate("WeeklyPdf", "piilotettu ({n} ääntä)").format(n=f.count),
                    color=SECONDARY,
                )
            else:
                self.text(bar_x, line, translate("WeeklyPdf", "ei vastauksia"), color=SECONDARY)
            too_few = too_few or bool(f.left_out)
            line += 12.5
        line += 3
        week = mood.week
        if week.shown and week.average is not None:
            summary = translate("WeeklyPdf", "Viikko: {average} ({n} vastausta)").format(
                average=fi_number(week.average, 1), n=week.shown_count
            )
            if week.hidden:
                summary += translate("WeeklyPdf", ", {n} piilotettu").format(n=week.hidden)
        elif week.count:
            summary = translate("WeeklyPdf", "Viikko: piilotettu ({n} ääntä)").format(n=week.count)
        else:
            summary = translate("WeeklyPdf", "Viikko: ei vastauksia")
        too_few = too_few or bool(week.left_out)
        waiting = waiting or bool(week.pending)
        self.text(x + PAD, line, summary, bold=True, width=inner)
        line += 12
        self.text(
            x + PAD,
            line,
            translate("WeeklyPdf", "Kehitysideoita fiiliskyselystä: {n}").format(
                n=mood.prompt_ideas
            ),
            width=inner,
        )
        line += 11
        if too_few and waiting:
            note = capitalised(mood_pending_and_hidden_reason(week.min_group))
        elif too_few:
            note = capitalised(mood_hidden_reason(week.min_group))
        elif waiting:
            note = capitalised(mood_pending_reason())
        else:
            note = translate(
                "WeeklyPdf", "Luvut näytetään kerralla, kun vastaajia on vähintään {n}."
            ).format(n=mood.min_group)
        # Wrapped: the reason is the point of the line and must be read whole.
        room = top + height - PAD - line
        if self.paragraph(x + PAD, line, inner, escape(note), size=SMALL, color=SECONDARY,
                          max_height=room) is None:  # fmt: skip
            self.text(x + PAD, line, note, size=SMALL, color=SECONDARY, width=inner)

    def figure_boxes(
        self, x: float, top: float, width: float, figures: Sequence[tuple[str, str]]
    ) -> float:
        """Big numbers with a label under each, side by side; returns the bottom."""
        gap = 5.0
        box_w = (width - gap * (len(figures) - 1)) / len(figures)
        for i, (number, label) in enumerate(figures):
            bx = x + i * (box_w + gap)
            self.c.setFillColor(white)
            self.c.roundRect(bx, self.y(top + 34), box_w, 34, 3, stroke=0, fill=1)
            self.text(bx + box_w / 2, top + 3, number, size=15, bold=True, anchor="centre")
            self.text(
                bx + box_w / 2,
                top + 22,
                label,
                size=SMALL,
                anchor="centre",
                color=SECONDARY,
                width=box_w - 4,
            )
        return top + 34

    def ideas(self, x: float, top: float, width: float, height: float) -> None:
        ideas = self.r.ideas
        line = self.panel("ideas", x, top, width, height)
        inner = width - 2 * PAD
        line = (
            self.figure_boxes(
                x + PAD,
                line,
                inner,
                [
                    (str(len(ideas.opened)), translate("WeeklyPdf", "uutta")),
                    (str(ideas.moved_ideas), translate("WeeklyPdf", "siirtyi vaiheesta")),
                    (str(len(ideas.done)), translate("WeeklyPdf", "valmistui")),
                ],
            )
            + 5
        )
        bottom = top + height - PAD
        if ideas.done:
            self.text(x + PAD, line, translate("WeeklyPdf", "Valmistuneet"), size=SMALL, bold=True)
            line = self.bullet_list(
                x + PAD, line + 10, inner, [i.title for i in ideas.done], bottom
            )
        if ideas.opened and line + 22 <= bottom:
            self.text(x + PAD, line + 2, translate("WeeklyPdf", "Uudet"), size=SMALL, bold=True)
            self.bullet_list(x + PAD, line + 12, inner, [i.title for i in ideas.opened], bottom)

    def huddles(self, x: float, top: float, width: float, height: float) -> None:
        h = self.r.huddles
        line = self.panel("huddle", x, top, width, height)
        inner = width - 2 * PAD
        average = fi_number(h.average_attendance, 1) if h.average_attendance is not None else "–"
        line = (
            self.figure_boxes(
                x + PAD,
                line,
                inner,
                [
                    (str(h.count), translate("WeeklyPdf", "palaveria pidetty")),
                    (average, translate("WeeklyPdf", "osallistujaa keskim.")),
                ],
            )
            + 6
        )
        by_day: dict[dt.date, list[int]] = {}
        for held in h.held:
            by_day.setdefault(held.day, []).append(held.attendance)
        for i, day in enumerate(self.r.monday + dt.timedelta(days=n) for n in range(7)):
            cx = x + PAD + i * inner / 7 + inner / 14
            self.text(cx, line, WEEKDAY_SHORT[i], size=SMALL, color=SECONDARY, anchor="centre")
            people = by_day.get(day)
            mark = "/".join(str(p) for p in people) if people else "–"
            self.text(cx, line + 10, mark, bold=bool(people), anchor="centre", width=inner / 7 - 2)
        news: dict[dt.date, int] = {}
        for held, count in zip(h.held, h.new_counts, strict=False):
            news[held.day] = news.get(held.day, 0) + count
        if h.new_counts:
            for i, day in enumerate(self.r.monday + dt.timedelta(days=n) for n in range(7)):
                cx = x + PAD + i * inner / 7 + inner / 14
                if day in news:
                    self.text(cx, line + 21, f"+{news[day]}", size=SMALL, anchor="centre")
            self.text(
                x + PAD,
                line + 31,
                translate(
                    "WeeklyPdf", "+N: uutta edellisestä palaverista (Mitä uutta), yhteensä {n}"
                ).format(n=sum(h.new_counts)),
                size=SMALL,
                color=SECONDARY,
                width=inner,
            )
            line += 20
        minutes = [m.duration_minutes for m in h.held if m.duration_minutes]
        if minutes and line + 34 <= top + height:
            self.text(
                x + PAD,
                line + 24,
                translate("WeeklyPdf", "Kesto keskimäärin {minutes} min").format(
                    minutes=fi_number(sum(minutes) / len(minutes), 0)
                ),
                size=SMALL,
                color=SECONDARY,
            )

    def safety(self, x: float, top: float, width: float, height: float) -> None:
        s = self.r.safety
        line = self.panel("safety", x, top, width, height)
        cross = s.cross
        self.text(
            x + PAD, line, f"{MONTH_NAMES[cross.month - 1].capitalize()} {cross.year}", bold=True
        )
        line += 13
        cell = 18.0
        colours = {"none": GREEN, "near_miss": AMBER, "harm": RED}
        week_days = {self.r.monday + dt.timedelta(days=n) for n in range(7)}
        for day, (row, col) in zip(cross.days, SAFETY_CROSS_CELLS, strict=False):
            cx, ctop = x + PAD + col * cell, line + row * cell
            future = day.day > s.filled_until
            fill = white if future else HexColor(colours[day.status])
            self.c.setFillColor(fill)
            in_week = day.day in week_days
            self.c.setStrokeColor(HexColor(INK) if in_week else HexColor(GREY))
            self.c.setLineWidth(1.6 if in_week else 0.5)
            self.c.rect(cx, self.y(ctop + cell), cell, cell, stroke=1, fill=1)
            ink = INK if future or day.status == "near_miss" else "#ffffff"
            self.text(cx + 1.5, ctop + 1.2, str(day.day.day), size=5, color=ink)
            if not future:
                symbol = STATUS[day.status][0]
                mark = f"{symbol}{day.count}" if day.count else symbol
                self.text(
                    cx + cell / 2, ctop + 7.5, mark, size=7, bold=True, color=ink, anchor="centre"
                )
        # Legend beside the cross.
        lx = x + PAD + 7 * cell + 8
        lw = x + width - PAD - lx
        ltop = line
        for key in ("none", "near_miss", "harm"):
            symbol, word, colour = STATUS[key]
            self.c.setFillColor(HexColor(colour))
            self.c.rect(lx, self.y(ltop + 9), 9, 9, stroke=0, fill=1)
            self.text(lx + 12, ltop + 0.5, f"{symbol} {word}", size=SMALL, width=lw - 12)
            ltop += 12
        self.text(
            lx,
            ltop + 2,
            translate("WeeklyPdf", "Lihavoitu reuna:"),
            size=SMALL,
            color=SECONDARY,
            width=lw,
        )
        self.text(
            lx,
            ltop + 11,
            translate("WeeklyPdf", "tämä viikko"),
            size=SMALL,
            color=SECONDARY,
            width=lw,
        )
        ltop += 28
        if cross.days_since_harm is not None:
            self.paragraph(
                lx,
                ltop,
                lw,
                translate("WeeklyPdf", "Päiviä edellisestä haitasta: <b>{n}</b>").format(
                    n=cross.days_since_harm
                ),
                size=SMALL,
            )
        else:
            self.paragraph(
                lx, ltop, lw, translate("WeeklyPdf", "Ei kirjattuja haittoja."), size=SMALL
            )
        # The week's events by kind.
        line += 7 * cell + 8
        inner = width - 2 * PAD
        c1, c2 = x + width - PAD - 62, x + width - PAD
        self.text(
            x + PAD,
            line,
            translate("WeeklyPdf", "Viikon tapahtumat ({n})").format(n=len(s.events)),
            size=SMALL,
            bold=True,
        )
        self.text(
            c1,
            line,
            translate("WeeklyPdf", "läheltä piti"),
            size=SMALL,
            color=SECONDARY,
            anchor="right",
        )
        self.text(
            c2, line, translate("WeeklyPdf", "haitta"), size=SMALL, color=SECONDARY, anchor="right"
        )
        line += 10
        bottom = top + height - PAD
        kinds = list(s.by_kind)
        for n, k in enumerate(kinds):
            if line + 10 > bottom:
                self.text(x + PAD, line - 1, more_text(len(kinds) - n), size=SMALL)
                break
            self.text(x + PAD, line, k.name, width=inner - 110)
            self.text(c1, line, str(k.near_miss), bold=bool(k.near_miss), anchor="right")
            self.text(c2, line, str(k.harm), bold=bool(k.harm), anchor="right")
            line += 11

    def sqdc(self, x: float, top: float, width: float, height: float) -> None:
        p = self.r.problems
        line = self.panel("sqdc", x, top, width, height)
        inner = width - 2 * PAD
        columns = (
            translate("WeeklyPdf", "uusia"),
            translate("WeeklyPdf", "avoinna"),
            translate("WeeklyPdf", "ratkaistu"),
            translate("WeeklyPdf", "eskaloitu"),
        )
        col_w = 34.0
        right = x + width - PAD
        for i, label in enumerate(columns):
            cx = right - (len(columns) - 1 - i) * col_w
            self.text(cx, line, label, size=6.3, color=SECONDARY, anchor="right")
        line += 9
        for letter in p.letters:
            self.text(
                x + PAD,
                line,
                f"{letter.letter}  {SQDC_NAMES[letter.letter]}",
                bold=False,
                width=inner - 4 * col_w,
            )
            figures = (letter.opened, letter.open_at_end, letter.solved, letter.escalated)
            for i, number in enumerate(figures):
                cx = right - (len(columns) - 1 - i) * col_w
                self.text(cx, line, str(number), bold=bool(number), anchor="right")
            line += 11.5
        line += 2
        bottom = top + height - PAD
        escalated = [
            f"{STATUS['escalated'][0]} {e.category}: {e.title} → {e.to_board_name} (taso {e.tier})"
            for e in p.escalations
        ]
        if escalated:
            self.bullet_list(x + PAD, line, inner, escalated, bottom)
        elif line + 10 <= bottom:
            self.text(
                x + PAD,
                line,
                translate("WeeklyPdf", "Ei eskalointeja tällä viikolla."),
                size=SMALL,
                color=SECONDARY,
            )

    def a3s(self, x: float, top: float, width: float, height: float) -> None:
        line = self.panel("a3", x, top, width, height)
        inner = width - 2 * PAD
        if not self.r.a3s:
            self.text(
                x + PAD,
                line,
                translate("WeeklyPdf", "Ei käynnissä olevia A3-raportteja."),
                color=SECONDARY,
            )
            return
        items = []
        for a in self.r.a3s:
            phase = A3_PHASE_NAMES.get(a.phase, a.phase)
            open_actions = translate("WeeklyPdf", "{n} avointa toimenpidettä")
            actions = f", {open_actions.format(n=a.open_actions)}" if a.open_actions else ""
            items.append(f"{a.title} — {phase}{actions}")
        self.bullet_list(x + PAD, line, inner, items, top + height - PAD)


def rollup_mood_text(mood: RollupMood) -> str:
    """A roll-up mood cell: the released votes' average and how many they are; what is left
    out only as a count ("– (3)": none shown; "7,4 (20) +3": three more not in it)."""
    if mood.average is None:
        return f"– ({mood.votes})" if mood.votes else translate("WeeklyPdf", "ei ääniä")
    shown = f"{fi_number(mood.average, 1)} ({mood.shown_votes})"
    return f"{shown} +{mood.hidden}" if mood.hidden else shown


def rollup_mood_note(rollup: Rollup) -> str:
    """Why the roll-up's mood leaves votes out, in a nurse's words; empty when it leaves none."""
    mood = rollup.total.mood
    reasons = []
    if mood.hidden > mood.pending:
        reasons.append(mood_hidden_reason(rollup.board.min_mood_group))
    if mood.pending:
        reasons.append(
            translate("WeeklyPdf", "tämän päivän äänet: {reason}").format(
                reason=mood_pending_reason()
            )
        )
    if not reasons:
        return ""
    return " " + translate("WeeklyPdf", "Fiiliksen – ja +N: {reasons}.").format(
        reasons="; ".join(reasons)
    )


class RollupPage(WeeklyPage):
    """Page 2 of a unit's, area's or organisation's week: the boards below it, one row each
    (services/rollup.py says what each figure covers and why some mood figures are hidden)."""

    ROWS_MAX = 22  # rows that fit the page at body size; the rest are counted

    def __init__(
        self, canvas: Canvas, report: WeekReport, printed_at: dt.datetime, rollup: Rollup
    ) -> None:
        super().__init__(canvas, report, printed_at, page=2, pages=2)
        self.rollup = rollup
        self.name_width = 120.0  # the board column's text width (set by draw)

    def draw(self) -> None:
        self.header()
        self.footer()
        top = MARGIN + HEADER_H + 8
        width = BASE_W - 2 * MARGIN
        self.text(MARGIN, top, translate("WeeklyPdf", "Alaiset taulut"), size=HEADING, bold=True)
        note = translate(
            "WeeklyPdf",
            "Jokainen luku kattaa taulun ja kaikki sen alla olevat. Ensin ne, jotka tarvitsevat "
            "apua: haitat viikolla, yli {hours} h odottaneet eskalaatiot, tavoitteista "
            "jäljessä, pitämättömät palaverit. Fiilis: näytettyjen äänten keskiarvo ja "
            "niiden määrä; piilossa olevat äänet eivät ole missään luvussa. Eskaloitu "
            "meille ja pysähtynyt työ (idea ei edennyt, eskalaatio yli rajan): tilanne "
            "tulostushetkellä.",
        ).format(hours=self.rollup.escalation_limit_hours)
        note += rollup_mood_note(self.rollup)
        used = self.paragraph(MARGIN, top + 16, width, escape(note), size=SMALL, color=SECONDARY)
        top += 16 + (used or 0) + 6
        rows = list(self.rollup.rows)
        shown = rows[: self.ROWS_MAX]
        data = [
            [
                translate("WeeklyPdf", "Taulu"),
                translate("WeeklyPdf", "Tarvitsee apua"),
                translate("WeeklyPdf", "Fiilis"),
                translate("WeeklyPdf", "Tavoitteet\n✔ / ✖ / –"),
                translate("WeeklyPdf", "Avoimet\nS / Q / D / C"),
                translate("WeeklyPdf", "Eskaloitu\nmeille"),
                translate("WeeklyPdf", "Turvallisuus ■ haitta ▲ läh.\nviikko | kuukausi"),
                translate("WeeklyPdf", "Ideat\nvalmiit"),
                translate("WeeklyPdf", "Pysähtynyt\n◔ idea / ⚠ esk."),
                translate("WeeklyPdf", "Palaverit\npidetty / puuttuu"),
            ]
        ]
        widths = [132.0, 118.0, 64.0, 56.0, 66.0, 62.0, 116.0, 36.0, 68.0, 0.0]
        widths[-1] = width - sum(widths)
        self.name_width = widths[0] - 12  # the table's cell padding: 6 on each side
        data += [self.cells(r, total=False) for r in shown]
        data.append(self.cells(self.rollup.total, total=True))
        table = Table(data, colWidths=widths, repeatRows=1)
        style = [
            ("FONT", (0, 0), (-1, -1), REGULAR, SMALL + 0.5),
            ("FONT", (0, 0), (-1, 0), BOLD, SMALL),
            ("FONT", (0, -1), (-1, -1), BOLD, SMALL + 0.5),
            ("BACKGROUND", (0, 0), (-1, 0), HexColor(PANEL)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(INK)),
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, HexColor(INK)),
            ("GRID", (0, 1), (-1, -2), 0.25, HexColor("#c8ced4")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for i, r in enumerate(shown, start=1):
            if r.needs_help:
                style.append(("TEXTCOLOR", (1, i), (1, i), HexColor(RED)))
        table.setStyle(TableStyle(style))
        _, height = table.wrap(width, BASE_H)
        table.drawOn(self.c, MARGIN, self.y(top) - height)
        top += height + 4
        if len(rows) > len(shown):
            self.text(MARGIN, top, more_text(len(rows) - len(shown)), color=SECONDARY)
            top += 12
        self.goal_table(top + 8, width)

    def cells(self, r: RollupRow, total: bool) -> list[str]:
        name = (
            translate("WeeklyPdf", "Yhteensä")
            if total
            else f"{wrap(r.board.name, self.name_width, SMALL + 0.5)}\n{r.board.code}"
        )
        if not total and r.boards_covered > 1:
            name += translate("WeeklyPdf", " + {count} alla").format(count=r.boards_covered - 1)
        reasons = {
            "harm": translate("WeeklyPdf", "■ haitta {count}").format(count=r.harm_week),
            "overdue_escalation": translate("WeeklyPdf", "⚠ eskalaatio yli rajan {count}").format(
                count=r.waiting_over_limit
            ),
            "goals_off_target": translate("WeeklyPdf", "✖ tavoitteesta jäljessä {count}").format(
                count=r.goals_off_target
            ),
            "missing_huddles": translate("WeeklyPdf", "◷ palaveri puuttuu {count}").format(
                count=r.huddles_missing
            ),
        }
        help_text = "\n".join(reasons[x] for x in r.needs_help) or translate(
            "WeeklyPdf", "✔ ei huolia"
        )
        mood = rollup_mood_text(r.mood)
        p = r.open_problems
        waiting = str(len(r.waiting))
        if r.waiting_over_limit:
            waiting += translate("WeeklyPdf", "\n⚠ {count} yli {hours} h").format(
                count=r.waiting_over_limit, hours=self.rollup.escalation_limit_hours
            )
        return [
            name,
            "" if total else help_text,
            mood,
            f"{r.goals_on_target} / {r.goals_off_target} / {r.goals_no_data}",
            f"{p['S']} / {p['Q']} / {p['D']} / {p['C']}",
            waiting,
            f"■ {r.harm_week} ▲ {r.near_miss_week} | ■ {r.harm_month} ▲ {r.near_miss_month}",
            str(r.ideas_done_week),
            f"◔ {r.stale_ideas} / ⚠ {r.stale_escalations}",
            f"{r.huddles_week} / {r.huddles_missing}",
        ]

    def goal_table(self, top: float, width: float) -> None:
        goals = self.rollup.goals
        bottom = BASE_H - MARGIN - FOOTER_H
        if not goals or top > bottom - 40:
            return
        heading = translate("WeeklyPdf", "Ylhäältä asetetut tavoitteet alaisilla tauluilla")
        self.text(MARGIN, top, heading, bold=True)
        top += 14
        kids = [r.board.code for r in self.rollup.rows][:10]
        first = 200.0
        rest = (width - first) / max(1, len(kids))
        data = [[translate("WeeklyPdf", "Tavoite"), *kids]]
        for goal in goals:
            m = goal.measure
            sign = "≥" if m.direction == "higher" else "≤"
            target = f" ({sign} {fi_number(m.target, m.decimals)})" if m.target is not None else ""
            row = [fit(clip(m.name, 60) + target, first - 12, SMALL + 0.5)]
            for cell in goal.cells[: len(kids)]:
                key = {True: "on_target", False: "off_target", None: "no_data"}[cell.on_target]
                value = (
                    translate("WeeklyPdf", "ei arvoa")
                    if cell.value is None
                    else fi_number(cell.value, m.decimals)
                )
                text = f"{STATUS[key][0]} {value}" if cell.value is not None else value
                if cell.value is not None:  # the child's own chart: its MDC icons
                    text += "\n" + fit(goal_mdc_text(cell), rest - 12, SMALL + 0.5)
                if cell.boards_reporting:
                    text += translate("WeeklyPdf", "\n{on_target}/{reporting} tavoitteessa").format(
                        on_target=cell.boards_on_target, reporting=cell.boards_reporting
                    )
                row.append(text)
            data.append(row)
        table = Table(data, colWidths=[first] + [rest] * len(kids))
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), REGULAR, SMALL + 0.5),
                    ("FONT", (0, 0), (-1, 0), BOLD, SMALL),
                    ("BACKGROUND", (0, 0), (-1, 0), HexColor(PANEL)),
                    ("GRID", (0, 0), (-1, -1), 0.25, HexColor("#c8ced4")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        _, height = table.wrap(width, BASE_H)
        if top + height <= bottom:
            table.drawOn(self.c, MARGIN, self.y(top) - height)
            if top + height + KEY_H <= bottom:
                self.mdc_key(MARGIN, top + height + 4, width)


def goal_mdc_text(cell: GoalCell) -> str:
    """A child's Making Data Count icons as letters and a few words ("∼ ? tavallinen vaihtelu ·
    tavoite: joskus"); the key under the table explains the letters in full."""
    if cell.variation == "none":
        return f"{VARIATION[cell.variation][0]} {VARIATION_SHORT[cell.variation]}"
    symbols = VARIATION[cell.variation][0]
    words = VARIATION_SHORT[cell.variation]
    if cell.assurance != "none":
        symbols += " " + ASSURANCE[cell.assurance][0]
        words += " · " + ASSURANCE_SHORT[cell.assurance]
    return f"{symbols} {words}"

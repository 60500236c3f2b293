"""One A3 report on one landscape A3 sheet (1190.6 × 841.9 pt), laid out like the paper A3.

Left half: background, current condition, target condition, root-cause analysis (the five
whys and the fishbone). Right half: countermeasures, the implementation plan, follow-up with
the effect measure's run chart. The story reads left to right, as the sheet on the wall does.

Unlike the weekly board, an A3 must never lose text: a long analysis first shrinks step by
step to a smallest readable size, and what still does not fit continues on a second page,
with "jatkuu sivulla 2" written where the text breaks and the section's heading repeated
("… (jatkoa sivulta 1)") where it goes on. Each half is its own column of flowables placed
by hand (not a DocTemplate) so a heading never ends a page alone and each half keeps its side.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A3, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from leanboard import __version__, i18n
from leanboard.domain.presentation import (
    A3_PHASE_NAMES,
    ACCENT,
    GREY,
    INK,
    PANEL,
    RED,
    STATUS,
    fi_date,
    fi_number,
    fi_time,
)
from leanboard.fileio import replacing
from leanboard.i18n import QT_TRANSLATE_NOOP, translate
from leanboard.reports.charts import run_chart
from leanboard.reports.fonts import BOLD, REGULAR, register_fonts
from leanboard.reports.pdfa import DocumentInfo, save_pdfa
from leanboard.reports.weekly_pdf import period_label
from leanboard.services import Services
from leanboard.services.a3 import FISHBONE_CATEGORIES
from leanboard.services.charting import numbered_notes, series_chart
from leanboard.services.dto import A3Detail

PAGE_W, PAGE_H = landscape(A3)  # 1190.55 × 841.89 pt
MARGIN = 30.0
HEADER_H = 64.0
FOOTER_H = 16.0
COLUMN_GAP = 24.0
NOTE_H = 16.0  # room kept at a column's foot for "jatkuu sivulla 2"
# Body text sizes tried in turn; 7 pt is the smallest still read comfortably on an A3 sheet.
BODY_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)
MIN_BODY = BODY_SIZES[-1]
HEADING = 11.5
SECONDARY = Color(0.33, 0.33, 0.33)
HEADING_FILL = HexColor("#dde7f3")
CHART_H = 150.0

LEFT_SECTIONS = ("background", "current_condition", "target_condition", "root_cause")
RIGHT_SECTIONS = ("countermeasures", "plan", "follow_up")
HEADINGS = {
    "background": QT_TRANSLATE_NOOP("A3Pdf", "1  Tausta"),
    "current_condition": QT_TRANSLATE_NOOP("A3Pdf", "2  Nykytila"),
    "target_condition": QT_TRANSLATE_NOOP("A3Pdf", "3  Tavoitetila"),
    "root_cause": QT_TRANSLATE_NOOP("A3Pdf", "4  Juurisyyanalyysi"),
    "countermeasures": QT_TRANSLATE_NOOP("A3Pdf", "5  Vastatoimenpiteet"),
    "plan": QT_TRANSLATE_NOOP("A3Pdf", "6  Toteutussuunnitelma"),
    "follow_up": QT_TRANSLATE_NOOP("A3Pdf", "7  Seuranta ja tulokset"),
}
ACTION_STATUS_NAMES = {
    "todo": QT_TRANSLATE_NOOP("A3Pdf", "Tekemättä"),
    "doing": QT_TRANSLATE_NOOP("A3Pdf", "Työn alla"),
    "done": QT_TRANSLATE_NOOP("A3Pdf", "Valmis"),
}
NOTHING_TEXT = QT_TRANSLATE_NOOP("A3Pdf", "– ei kirjattu –")


def nothing() -> str:
    """The mark of an empty section, in the chosen language."""
    return translate("A3Pdf", NOTHING_TEXT)


@dataclass(frozen=True)
class Item:
    """A flowable in a column, with the section it belongs to and the space after it."""

    flowable: Flowable
    section: str
    heading: bool = False
    gap: float = 3.0


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    heading: ParagraphStyle
    sub: ParagraphStyle


def styles(size: float) -> Styles:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=size, leading=size * 1.25)
    return Styles(
        body=body,
        small=ParagraphStyle(
            "small", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25, textColor=SECONDARY
        ),
        heading=ParagraphStyle(
            "heading",
            fontName=BOLD,
            fontSize=HEADING,
            leading=HEADING * 1.2,
            backColor=HEADING_FILL,
            borderPadding=(3, 4, 3, 4),
            textColor=HexColor(INK),
        ),
        sub=ParagraphStyle("sub", parent=body, fontName=BOLD, spaceBefore=2),
    )


def text_markup(text: str | None) -> str:
    """Plain text as Paragraph markup: escaped, line breaks kept."""
    return "<br/>".join(escape(line) for line in (text or "").splitlines())


def paragraphs(text: str | None, style: ParagraphStyle, empty: ParagraphStyle) -> list[Flowable]:
    """One Paragraph per text paragraph, so a long text splits between them cleanly."""
    blocks = [b.strip() for b in (text or "").split("\n\n") if b.strip()]
    if not blocks:
        return [Paragraph(nothing(), empty)]
    return [Paragraph(text_markup(b), style) for b in blocks]


# --- the columns -------------------------------------------------------------------------------


def section(key: str, content: Sequence[Flowable], st: Styles) -> list[Item]:
    items = [
        Item(
            Paragraph(escape(translate("A3Pdf", HEADINGS[key])), st.heading),
            key,
            heading=True,
            gap=6,
        )
    ]
    items += [Item(f, key) for f in content]
    last = items[-1]
    items[-1] = replace(last, gap=12)
    return items


def root_cause_content(a3: A3Detail, st: Styles, width: float) -> list[Flowable]:
    content: list[Flowable] = []
    content += paragraphs(a3.root_cause, st.body, st.small) if a3.root_cause else []
    content.append(Paragraph(translate("A3Pdf", "5 x miksi"), st.sub))
    whys = [w for w in a3.five_whys]
    if any(whys):
        for n, why in enumerate(whys, start=1):
            shown = text_markup(why) if why else f"<font color='#777777'>{nothing()}</font>"
            why = escape(translate("A3Pdf", "Miksi? {n}").format(n=n))
            content.append(Paragraph(f"<b>{why}</b>  {shown}", st.body))
    else:
        content.append(Paragraph(nothing(), st.small))
    content.append(Paragraph(translate("A3Pdf", "Kalanruoto (syy-seurauskaavio)"), st.sub))
    content += fishbone(a3, st, width)
    return content


def fishbone(a3: A3Detail, st: Styles, width: float) -> list[Flowable]:
    """The six categories as a 3 × 2 grid of cause lists, the way the bones sit on paper.

    A grid row cannot be split between pages, so a fishbone too long for a grid is written as
    one paragraph per category instead (still under the same headings, still whole)."""
    order = [c for c in FISHBONE_CATEGORIES] + [
        c for c in a3.fishbone if c not in FISHBONE_CATEGORIES
    ]
    if not any(a3.fishbone.values()):
        return [Paragraph(nothing(), st.small)]

    def cell(category: str) -> list[Flowable]:
        causes = a3.fishbone.get(category, ())
        lines = [Paragraph(f"<b>{escape(translate('Fishbone', category))}</b>", st.body)]
        lines += [Paragraph(f"• {escape(c)}", st.body) for c in causes]
        if not causes:
            lines.append(Paragraph("–", st.small))
        return lines

    columns = 3
    rows = [order[i : i + columns] for i in range(0, len(order), columns)]
    data = [[cell(c) for c in row] + [[]] * (columns - len(row)) for row in rows]
    table = Table(data, colWidths=[width / columns] * columns)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the PDF lists Helvetica
                ("GRID", (0, 0), (-1, -1), 0.5, HexColor("#c3ccd6")),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor(PANEL)),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    _, height = table.wrap(width, 10_000)
    if height <= (PAGE_H - 2 * MARGIN - HEADER_H) * 0.45:
        return [table]
    return [
        Paragraph(
            f"<b>{escape(translate('Fishbone', c))}:</b> "
            + ("; ".join(escape(x) for x in a3.fishbone.get(c, ())) or "–"),
            st.body,
        )
        for c in order
    ]


def plan_table(a3: A3Detail, st: Styles, width: float, today: dt.date) -> list[Flowable]:
    if not a3.actions:
        return [Paragraph(nothing(), st.small)]
    head = ParagraphStyle("th", parent=st.body, fontName=BOLD)
    late = ParagraphStyle("late", parent=st.body, textColor=HexColor(RED), fontName=BOLD)
    rows: list[list[Flowable]] = [
        [
            Paragraph(t, head)
            for t in (
                translate("A3Pdf", "Mitä"),
                translate("A3Pdf", "Kuka"),
                translate("A3Pdf", "Milloin"),
                translate("A3Pdf", "Tila"),
            )
        ]
    ]
    for a in a3.actions:
        status = translate("A3Pdf", ACTION_STATUS_NAMES.get(a.status, a.status))
        if a.overdue:
            symbol, word, _ = STATUS["overdue"]
            status_cell = Paragraph(f"{escape(status)}<br/>{symbol} {word}", late)
        else:
            status_cell = Paragraph(("✔ " if a.status == "done" else "") + escape(status), st.body)
        rows.append(
            [
                Paragraph(text_markup(a.action), st.body),
                Paragraph(escape(a.owner or "–"), st.body),
                Paragraph(fi_date(a.due_date) if a.due_date else "–", st.body),
                status_cell,
            ]
        )
    fixed = [width * 0.24, 80.0, 84.0]
    table = Table(rows, colWidths=[width - sum(fixed), *fixed], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the PDF lists Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), HexColor(PANEL)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(INK)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, HexColor("#c3ccd6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [table]


def follow_up_content(a3: A3Detail, st: Styles, width: float) -> list[Flowable]:
    content = paragraphs(a3.follow_up, st.body, st.small)
    series = a3.effect
    if series is None:
        if a3.effect_measure_id is None:
            content.append(
                Paragraph(translate("A3Pdf", "Vaikutusmittaria ei ole valittu."), st.small)
            )
        return content
    info = series.measure
    target = ""
    if info.target is not None:
        sign = "≥" if info.direction == "higher" else "≤"
        target = (
            translate("A3Pdf", " · tavoite {sign} {value} {unit}")
            .format(sign=sign, value=fi_number(info.target, info.decimals), unit=info.unit)
            .rstrip()
        )
    content.append(
        Paragraph(
            "<b>{}</b>{}".format(
                escape(translate("A3Pdf", "Vaikutusmittari: {name}").format(name=info.name)),
                escape(target),
            ),
            st.body,
        )
    )
    values = [p.value for p in series.points]
    if not values:
        content.append(Paragraph(translate("A3Pdf", "Mittarilla ei ole vielä arvoja."), st.small))
        return content
    notes = numbered_notes(series)
    drawing: Drawing = run_chart(
        values,
        info.target,
        width,
        CHART_H,
        decimals=info.decimals,
        first_label=period_label(series.points[0].period_key),
        last_label=period_label(series.points[-1].period_key),
        phases=series_chart(series).run,
        notes=[(n.index, n.number) for n in notes],
    )
    content.append(drawing)
    # The changes tested, numbered as on the chart: the PDSA story beside its effect.
    for n in notes:
        link = n.note.a3_title or n.note.idea_title
        text = (
            f"<b>{n.number}</b>  {escape(period_label(n.note.period_key))}: {escape(n.note.note)}"
        )
        if link:
            text += f" <i>({escape(link)})</i>"
        content.append(Paragraph(text, st.small))
    content.append(
        Paragraph(
            translate(
                "A3Pdf",
                "Sininen viiva: arvot · katkoviiva: tavoite · harmaa: mediaani (vaiheittain, "
                "jäädytetty katkoviivalla) · pisteviiva: uusi vaihe · numeroitu ympyrä: merkintä "
                "· punainen neliö: ei-satunnainen muutos (Anhøj/IHI-säännöt)",
            ),
            st.small,
        )
    )
    return content


def columns(a3: A3Detail, size: float, width: float, today: dt.date) -> tuple[list[Item], ...]:
    st = styles(size)
    left: list[Item] = []
    left += section("background", paragraphs(a3.background, st.body, st.small), st)
    left += section("current_condition", paragraphs(a3.current_condition, st.body, st.small), st)
    left += section("target_condition", paragraphs(a3.target_condition, st.body, st.small), st)
    left += section("root_cause", root_cause_content(a3, st, width), st)
    right: list[Item] = []
    right += section("countermeasures", paragraphs(a3.countermeasures, st.body, st.small), st)
    right += section("plan", plan_table(a3, st, width, today), st)
    right += section("follow_up", follow_up_content(a3, st, width), st)
    return left, right


# --- placing a column ------------------------------------------------------------------------


def place(
    items: list[Item],
    canvas: Canvas | None,
    x: float,
    top: float,
    width: float,
    height: float,
) -> list[Item]:
    """Draw items from the top of the box down; return what did not fit (split pieces too).

    With `canvas` None nothing is drawn: the same walk measures whether everything fits."""
    y = top
    bottom = top - height
    items = list(items)
    first = True
    while items:
        item = items[0]
        room = y - bottom
        _, h = item.flowable.wrap(width, room)
        if item.heading and len(items) > 1:
            # A heading goes where at least two lines of its text go too.
            _, next_h = items[1].flowable.wrap(width, room)
            need = h + item.gap + min(next_h, 2.6 * HEADING)
        else:
            need = h
        if need <= room + 0.01:
            if canvas is not None:
                item.flowable.drawOn(canvas, x, y - h)
            y -= h + item.gap
            items.pop(0)
            first = False
            continue
        if not item.heading:
            parts = item.flowable.split(width, room)
            if len(parts) >= 2:
                _, h = parts[0].wrap(width, room)
                if canvas is not None:
                    parts[0].drawOn(canvas, x, y - h)
                items[0:1] = [replace(item, flowable=p) for p in parts[1:]]
                return items
        if first:
            # Nothing fits even on an empty column: a programming error, never a silent cut.
            raise RuntimeError(f"A3 PDF: osio {item.section} ei mahdu tyhjään palstaan.")
        return items
    return []


def continued_heading(section_key: str, page: int, size: float) -> Item:
    st = styles(size)
    text = translate("A3Pdf", "{heading} (jatkoa sivulta {page})").format(
        heading=translate("A3Pdf", HEADINGS[section_key]), page=page
    )
    return Item(Paragraph(escape(text), st.heading), section_key, heading=True, gap=6)


@dataclass(frozen=True)
class Layout:
    size: float
    pages: list[tuple[list[Item], list[Item]]]  # what each page's columns hold


def column_box(page: int) -> tuple[float, float]:
    """(top y, height) of the columns on a page; the note at the foot has its own room."""
    top = PAGE_H - MARGIN - (HEADER_H if page == 1 else 36.0) - 8
    return top, top - (MARGIN + FOOTER_H + NOTE_H)


def column_width() -> float:
    return (PAGE_W - 2 * MARGIN - COLUMN_GAP) / 2


def layout(a3: A3Detail, today: dt.date) -> Layout:
    """The largest body size at which the sheet fits one page; else the smallest, paged."""
    width = column_width()
    top, height = column_box(1)
    for size in BODY_SIZES:
        left, right = columns(a3, size, width, today)
        if not place(left, None, 0, top, width, height) and not place(
            right, None, 0, top, width, height
        ):
            return Layout(size, [(left, right)])
    # Paged at the smallest size: split each half into page-sized pieces.
    left, right = columns(a3, MIN_BODY, width, today)
    pages: list[tuple[list[Item], list[Item]]] = []
    page = 1
    while left or right:
        top, height = column_box(page)
        rest = [place(items, None, 0, top, width, height) for items in (left, right)]
        pages.append((left, right))
        left, right = (
            [continued_heading(r[0].section, page, MIN_BODY), *r] if r else [] for r in rest
        )
        page += 1
        if page > 50:
            raise RuntimeError("A3 PDF: liian monta sivua.")
    return Layout(MIN_BODY, pages)


# --- drawing -----------------------------------------------------------------------------------


class A3Sheet:
    def __init__(self, canvas: Canvas, a3: A3Detail, printed_at: dt.datetime) -> None:
        self.c = canvas
        self.a3 = a3
        self.printed_at = printed_at

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float,
        bold: bool = False,
        color: Color | str = INK,
        anchor: str = "left",
    ) -> None:
        self.c.setFont(BOLD if bold else REGULAR, size)
        self.c.setFillColor(HexColor(color) if isinstance(color, str) else color)
        if anchor == "right":
            self.c.drawRightString(x, y, text)
        elif anchor == "centre":
            self.c.drawCentredString(x, y, text)
        else:
            self.c.drawString(x, y, text)

    def header(self, page: int) -> None:
        a3 = self.a3
        top = PAGE_H - MARGIN
        right = PAGE_W - MARGIN
        title_w = PAGE_W - 2 * MARGIN - 330
        if page == 1:
            for size in (20.0, 17.0, 14.0, 12.0):
                style = ParagraphStyle("t", fontName=BOLD, fontSize=size, leading=size * 1.15)
                title = Paragraph(escape(a3.title), style)
                _, h = title.wrap(title_w, 200)
                if h <= size * 1.15 * 2 + 0.5:
                    break
            title.drawOn(self.c, MARGIN, top - h)
            facts = [
                f"{a3.board_name} ({a3.board_code})",
                translate("A3Pdf", "Omistaja: {owner}").format(owner=a3.owner or "–"),
                translate("A3Pdf", "Aloitettu {date}").format(date=fi_date(a3.started_on)),
                translate("A3Pdf", "Päivitetty {date}").format(date=fi_date(a3.updated_at.date())),
            ]
            if a3.problem_title:
                facts.append(
                    translate("A3Pdf", "SQDC-ongelmasta: {title}").format(title=a3.problem_title)
                )
            if a3.idea_title:
                facts.append(
                    translate("A3Pdf", "Kehitysideasta: {title}").format(title=a3.idea_title)
                )
            small = ParagraphStyle(
                "f", fontName=REGULAR, fontSize=9, leading=11, textColor=SECONDARY
            )
            line = Paragraph(escape(" · ".join(facts)), small)
            _, fh = line.wrap(title_w, 40)
            line.drawOn(self.c, MARGIN, top - h - 4 - fh)
            self.phases(right, top)
        else:
            self.text(
                MARGIN,
                top - 14,
                translate("A3Pdf", "{title} (jatkoa)").format(title=a3.title),
                size=14,
                bold=True,
            )
        report = translate("A3Pdf", "A3-raportti")
        self.text(right, top - HEADER_H + 14 if page == 1 else top - 28, report, size=9,
                  color=SECONDARY, anchor="right")  # fmt: skip
        line_y = top - (HEADER_H if page == 1 else 36.0)
        self.c.setStrokeColor(HexColor(INK))
        self.c.setLineWidth(1)
        self.c.line(MARGIN, line_y, right, line_y)

    def phases(self, right: float, top: float) -> None:
        """P – D – C – A boxes with the current phase filled: the sheet's place in PDCA."""
        box_w, box_h, gap = 74.0, 30.0, 4.0
        keys = ("plan", "do", "check", "act")
        x = right - len(keys) * (box_w + gap) + gap
        for key in keys:
            current = key == self.a3.phase or (self.a3.phase == "done" and key == "act")
            self.c.setStrokeColor(HexColor(ACCENT))
            self.c.setFillColor(HexColor(ACCENT) if current else white)
            self.c.roundRect(x, top - box_h, box_w, box_h, 3, stroke=1, fill=1)
            colour = "#ffffff" if current else ACCENT
            mark = "▶ " if current else ""
            self.text(x + box_w / 2, top - 13, mark + key[0].upper(), size=10, bold=True,
                      color=colour, anchor="centre")  # fmt: skip
            self.text(x + box_w / 2, top - 25, A3_PHASE_NAMES[key], size=7.5, color=colour,
                      anchor="centre")  # fmt: skip
            x += box_w + gap
        if self.a3.phase == "done":
            done = translate("A3Pdf", "✔ Valmis")
            self.text(right, top - box_h - 11, done, size=9, bold=True, color="#2e7d32",
                      anchor="right")  # fmt: skip

    def footer(self, page: int, pages: int) -> None:
        printed = translate(
            "A3Pdf", "LeanBoard {version} · A3 {id} · tulostettu {date} klo {time}"
        ).format(
            version=__version__,
            id=self.a3.id,
            date=fi_date(self.printed_at.date()),
            time=fi_time(self.printed_at),
        )
        self.text(MARGIN, MARGIN, printed, size=7.5, color=SECONDARY)
        page_of = translate("A3Pdf", "sivu {page}/{pages}").format(page=page, pages=pages)
        self.text(PAGE_W - MARGIN, MARGIN, page_of, size=7.5, color=SECONDARY, anchor="right")
        # The halves of the sheet, divided as a folded paper A3 is.
        top, _ = column_box(page)
        middle = PAGE_W / 2
        self.c.setStrokeColor(HexColor(GREY))
        self.c.setLineWidth(0.5)
        self.c.line(middle, top, middle, MARGIN + FOOTER_H)

    def note(self, x: float, page: int) -> None:
        text = translate("A3Pdf", "▶ jatkuu sivulla {page}").format(page=page + 1)
        self.text(x, MARGIN + FOOTER_H + 3, text, size=10, bold=True, color=ACCENT)

    def draw(self, plan: Layout) -> None:
        width = column_width()
        xs = (MARGIN, MARGIN + width + COLUMN_GAP)
        pages = len(plan.pages)
        for number, (left, right) in enumerate(plan.pages, start=1):
            self.header(number)
            top, height = column_box(number)
            for x, items in zip(xs, (left, right), strict=True):
                rest = place(items, self.c, x, top, width, height)
                if rest:
                    self.note(x, number)
            self.footer(number, pages)
            self.c.showPage()


def render_a3_pdf(
    a3: A3Detail,
    out: Path | BinaryIO,
    printed_at: dt.datetime | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the A3 to a file or a binary stream; returns the number of pages."""
    register_fonts()
    when = printed_at or dt.datetime.now()
    plan = layout(a3, today or dt.date.today())
    drawn = io.BytesIO()  # drawn by reportlab, then written as PDF/A (reports/pdfa.py)
    canvas = Canvas(
        drawn, pagesize=(PAGE_W, PAGE_H), initialFontName=REGULAR, initialFontSize=MIN_BODY
    )
    A3Sheet(canvas, a3, when).draw(plan)
    canvas.save()
    title = translate("A3Pdf", "A3: {title}").format(title=a3.title)
    subject = translate("A3Pdf", "A3-raportti {id}, {board}").format(id=a3.id, board=a3.board_code)
    save_pdfa(drawn.getvalue(), out, DocumentInfo(title, subject, i18n.language(), when))
    return len(plan.pages)


def a3_pdf_bytes(a3: A3Detail, printed_at: dt.datetime | None = None) -> bytes:
    buffer = io.BytesIO()
    render_a3_pdf(a3, buffer, printed_at)
    return buffer.getvalue()


def pdf_name(a3: A3Detail) -> str:
    return f"A3-{a3.id}_{a3.board_code}.pdf"


def export_a3(services: Services, a3_id: int, out: Path | None) -> Path:
    """The A3 as a PDF file (`out`: a file or a folder; default the current folder).

    Rendered beside the target and then moved into place, so a reader never sees half a PDF."""
    a3 = services.a3.get(a3_id)
    path = (out or Path(".")).expanduser()
    if path.is_dir():
        path = path / pdf_name(a3)
    with replacing(path) as stream:
        render_a3_pdf(a3, stream)
    return path

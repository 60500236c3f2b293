"""The weekly PDF board, read back with pypdf: size, text, figures, fonts, the empty week."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from weekly_scenario import TEAM_NAME, Scenario, build_scenario, scenario_clock

from leanboard import i18n
from leanboard.domain.clock import FixedClock
from leanboard.domain.errors import NotFound, ValidationError
from leanboard.domain.presentation import fi_number
from leanboard.reports.weekly_export import export_week
from leanboard.reports.weekly_pdf import EMPTY_WEEK, SECTION_TITLES, render_weekly_pdf
from leanboard.services import Services
from leanboard.services.weekly import WeekReport
from leanboard.store.database import Database
from leanboard.store.migrate import ensure_current

PRINTED = dt.datetime(2026, 11, 25, 8, 5)


@pytest.fixture
def scenario(tmp_path: Path) -> Iterator[Scenario]:
    # The service is tested on both backends in tests/store; the PDF needs one.
    db = Database(f"sqlite:///{tmp_path / 'pdf.db'}", actor="test@pytest")
    ensure_current(db.engine)
    yield build_scenario(Services(db, clock=scenario_clock()))
    db.dispose()


@pytest.fixture
def report(scenario: Scenario) -> WeekReport:
    # Printed on the week's Wednesday: the mood as released by then.
    wednesday = scenario.monday + dt.timedelta(days=2)
    return scenario.services.weekly.week(scenario.team_id, scenario.monday, wednesday)


def render(report: WeekReport, page_size: str = "A4") -> PdfReader:
    buffer = io.BytesIO()
    render_weekly_pdf(report, buffer, page_size, printed_at=PRINTED)
    buffer.seek(0)
    return PdfReader(buffer)


def text_of(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_one_landscape_a4_page(report: WeekReport) -> None:
    reader = render(report)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_a3_option(report: WeekReport) -> None:
    reader = render(report, "A3")
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)
    assert TEAM_NAME in text_of(reader)  # scaled, not re-flowed: the same content


def test_unknown_page_size_is_refused(report: WeekReport) -> None:
    with pytest.raises(ValidationError):
        render(report, "Letter")


def test_header_text_with_finnish_letters(report: WeekReport) -> None:
    text = text_of(render(report))
    assert TEAM_NAME in text  # ä and Ö intact, the en dash too
    assert "OS2-AKUUTTI" in text
    assert "Sairaala, osastot" in text  # the parent
    monday, sunday = report.monday, report.sunday
    week = f"Viikko {report.iso_week} / {report.iso_year}"
    assert f"{week} · {monday.day}.{monday.month}.–{sunday.day}.{sunday.month}.{sunday.year}" in (
        text
    )
    assert "Tulostettu 25.11.2026 klo 8.05" in text
    assert "sivu 1/1" in text


def test_every_section_heading(report: WeekReport) -> None:
    text = text_of(render(report))
    for title in SECTION_TITLES.values():
        assert title in text


def test_the_weeks_figures(report: WeekReport) -> None:
    text = text_of(render(report))
    assert "61,5 %" in text  # the weekly measure, decimal comma and a space before %
    assert "Tavoite ≥ 100,0 %" in text
    assert "✖ ei tavoitteessa" in text and "✔ tavoitteessa" in text
    assert "ma 1 · ti 0 · ke 2" in text  # the daily measure's days
    assert "piilotettu (4 ääntä)" in text  # Monday: 4 votes, never shown
    assert "8,4" in text  # Tuesday: 5 votes released at the huddle
    # The week is Tuesday's released 5 only; Monday's 4 are counted, and the line says why.
    assert "Viikko: 8,4 (5 vastausta), 4 piilotettu" in text
    reason = "Piilotettu: alle 5 vastausta — yksittäistä vastausta ei voi päätellä"
    assert reason in " ".join(text.split())
    assert "Kehitysideoita fiiliskyselystä: 1" in text
    assert "Vuoronvaihdon raportti lyhyemmäksi" in text  # the idea done this week
    assert "Liukas lattia suihkuhuoneessa" in text and "(taso 2)" in text  # escalation
    assert "7,0" in text  # huddle attendance
    assert "Kaatumisten vähentäminen yöaikaan" in text


def test_fonts_are_embedded_truetype_and_never_helvetica(report: WeekReport) -> None:
    buffer = io.BytesIO()
    render_weekly_pdf(report, buffer, printed_at=PRINTED)
    assert b"Helvetica" not in buffer.getvalue()
    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    fonts = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        assert font["/Subtype"] == "/TrueType"
        assert "DejaVuSans" in font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()  # embedded


def test_empty_week_says_so(scenario: Scenario) -> None:
    empty = scenario.services.weekly.week(scenario.empty_id, scenario.monday)
    text = text_of(render(empty))
    assert EMPTY_WEEK in text
    assert "Tavoitteet ja mittarit" not in text  # no empty charts


def positions(reader: PdfReader) -> list[tuple[float, float, str]]:
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            # The text matrix's origin in page space (cm scales and moves it).
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            found.append((x, y, text))

    reader.pages[0].extract_text(visitor_text=visit)
    return found


def test_long_text_wraps_and_stays_on_the_page(scenario: Scenario) -> None:
    s = scenario.services
    long_name = "Kotihoidon ilta- ja yövuoro, " + "Pohjoinen ja Itäinen alue " * 6
    board = s.boards.create_board("PITKA", long_name[:200], "team", parent_id=scenario.unit_id)
    word = "Asiakasturvallisuuden"
    for n in range(14):
        idea = s.ideas.create_idea(board.id, f"{n}: {word} parantaminen " * 5)
        s.ideas.move_idea(idea.id, idea.version, "done")
    for n in range(12):
        s.measures.create_measure(board.id, f"Mittari {n} " + "pitkä nimi " * 12, target=5)
    reader = render(s.weekly.week(board.id, scenario.monday))
    assert len(reader.pages) == 1
    text = text_of(reader)
    assert "… ja " in text  # the overflow is counted, not dropped silently
    assert "Kotihoidon ilta- ja yövuoro" in text
    for x, y, fragment in positions(reader):
        assert 0 <= x <= 842 and 0 <= y <= 595, fragment


def test_export_one_board_and_all(scenario: Scenario, tmp_path: Path) -> None:
    s = scenario.services
    year, week, _ = scenario.monday.isocalendar()
    key = f"{year}-W{week:02d}"
    [one] = export_week(s, "os2-akuutti", key, tmp_path / "one.pdf", printed_at=PRINTED)
    assert one == tmp_path / "one.pdf"
    assert TEAM_NAME in text_of(PdfReader(one))
    written = export_week(s, None, key, tmp_path / "all", all_boards=True)
    # The archive layout: one folder per week, one file per board, named by its code.
    assert sorted(p.relative_to(tmp_path / "all").as_posix() for p in written) == sorted(
        f"{key}/{code}.pdf" for code in ("ORG", "OS2", "OS2-AKUUTTI", "TYHJA")
    )
    # Boards with boards below them print the roll-up of those on a second page.
    pages = {p.stem: len(PdfReader(p).pages) for p in written}
    assert pages == {"ORG": 2, "OS2": 2, "OS2-AKUUTTI": 1, "TYHJA": 1}
    assert not list((tmp_path / "all" / key).glob(".*"))  # no temporary files left behind
    with pytest.raises(NotFound):
        export_week(s, "EI-OLE", key, tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        export_week(s, "OS2", "2026-11", tmp_path / "x.pdf")


def test_small_demo_every_board(tmp_path: Path) -> None:
    from leanboard.services.demo import seed_demo

    db = Database(f"sqlite:///{tmp_path / 'demo.db'}", actor="test@pytest")
    ensure_current(db.engine)
    services = Services(db, clock=FixedClock(dt.datetime(2026, 11, 25, 12, 0)))
    today = services.clock.today()
    seed_demo(db, "small")
    written = export_week(services, None, "2026-W47", tmp_path / "out", all_boards=True)
    assert len(written) == len(services.boards.list_boards()) >= 10
    team = services.boards.by_code("OS2-AKUUTTI")
    report = services.weekly.week(team.id, dt.date(2026, 11, 16), today=today)
    assert report.has_data
    text = text_of(PdfReader(tmp_path / "out" / "2026-W47" / "OS2-AKUUTTI.pdf"))
    assert team.name in text
    assert "Viikko 47 / 2026 · 16.11.–22.11.2026" in text
    for m in report.measures:  # every goal's figure of the week is printed
        if m.value is not None and m.measure.frequency != "day":
            assert fi_number(m.value, m.measure.decimals) in text, m.measure.name
    db.dispose()


def test_nps_figures_show_their_number_of_answers(scenario: Scenario) -> None:
    s = scenario.services
    scores = (10, 9, 2)  # Monday to Wednesday
    rows = ["date,score"] + [
        f"{scenario.monday + dt.timedelta(days=i)},{score}" for i, score in enumerate(scores)
    ]
    s.imports.import_nps("\n".join(rows).encode(), "TYHJA")
    text = text_of(render(s.weekly.week(scenario.empty_id, scenario.monday)))
    week = scenario.monday.isocalendar()[1]
    assert f"viikko {week} · n = 3" in text  # 2 promoters, 1 detractor of 3 → NPS 33
    assert "33" in text
    # The team's figures were typed in, not imported: no answers, no n.
    assert "n = " not in text_of(render(s.weekly.week(scenario.team_id, scenario.monday)))


def test_swedish_overflow_lines_are_swedish(scenario: Scenario) -> None:
    s = scenario.services
    board = s.boards.create_board("MANGA", "Många idéer", "team", parent_id=scenario.unit_id)
    for n in range(14):
        idea = s.ideas.create_idea(board.id, f"{n}: Asiakasturvallisuuden parantaminen " * 5)
        s.ideas.move_idea(idea.id, idea.version, "done")
    for n in range(12):
        s.measures.create_measure(board.id, f"Mittari {n} " + "pitkä nimi " * 12, target=5)
    i18n.set_language("sv")
    try:
        text = text_of(render(s.weekly.week(board.id, scenario.monday)))
    finally:
        i18n.set_language("fi")
    assert "… och " in text and "mätare till (se programmet)" in text
    assert "… ja " not in text and "muuta" not in text

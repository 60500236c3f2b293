"""Every PDF LeanBoard writes is PDF/A-2b, in each language, and survives Ghostscript's PDF/A
conversion with its letters: the weekly board (A4, A3, with the roll-up page) and the A3
report (one page and two), written through the same export functions the app and CLI use."""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdfa_checks import assert_pdfa_2b, ghostscript_pdfa, pdftotext
from weekly_scenario import TEAM_NAME, Scenario, build_scenario

from leanboard import i18n
from leanboard.reports.a3_pdf import a3_pdf_bytes, export_a3
from leanboard.reports.weekly_export import export_week
from leanboard.reports.weekly_pdf import render_weekly_pdf
from leanboard.services import Services, open_services
from leanboard.services.dto import A3Detail

PRINTED = dt.datetime(2026, 11, 25, 8, 5)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(f"sqlite:///{tmp_path / 'pdfa.db'}", actor="test@pytest")
    yield opened
    opened.close()


@pytest.fixture
def scenario(services: Services) -> Scenario:
    return build_scenario(services)


@pytest.fixture
def a3(services: Services, scenario: Scenario) -> A3Detail:
    problem = services.problems.create_problem(scenario.team_id, "D", "Jatkohoitoa odottavat")
    started = services.a3.start_from_problem(problem.id, owner="Osastonhoitaja")
    return services.a3.update_a3(
        started.id,
        started.version,
        title="Siirtoviiveiden vähentäminen",
        background="Päivystyksestä ei saatu potilaita osastolle; Åbolands sjukhus väntar.",
        current_condition="Siirtoviivepäiviä 579 vuodessa.",
        target_condition="Alle 200 vuodessa.",
    )


@pytest.fixture(params=["fi", "sv", "en"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("fi")


def weekly(scenario: Scenario, board_id: int, page_size: str = "A4") -> bytes:
    s = scenario.services
    report = s.weekly.week(board_id, scenario.monday)
    rollup = s.rollup.rollup(board_id, scenario.monday) if board_id != scenario.team_id else None
    buffer = io.BytesIO()
    render_weekly_pdf(report, buffer, page_size, printed_at=PRINTED, rollup=rollup)
    return buffer.getvalue()


def test_weekly_board_is_pdfa_in_every_language(scenario: Scenario, lang: str) -> None:
    pdf = assert_pdfa_2b(weekly(scenario, scenario.team_id), lang)
    title = str(pdf.docinfo.Title)
    assert TEAM_NAME in title
    words = {"fi": "viikko", "sv": "vecka", "en": "week"}[lang]
    assert words in title  # the title and subject are in the chosen language
    subject = str(pdf.docinfo.Subject)
    assert "OS2-AKUUTTI" in subject
    if lang != "fi":
        assert "Päivittäisjohtamisen" not in subject


def test_weekly_board_with_rollup_page_and_a3_paper(scenario: Scenario) -> None:
    assert len(assert_pdfa_2b(weekly(scenario, scenario.unit_id), "fi").pages) == 2
    assert_pdfa_2b(weekly(scenario, scenario.team_id, "A3"), "fi")


def test_a3_report_is_pdfa_with_its_subject_in_the_chosen_language(a3: A3Detail, lang: str) -> None:
    pdf = assert_pdfa_2b(a3_pdf_bytes(a3, PRINTED), lang)
    assert str(pdf.docinfo.Title) == "A3: Siirtoviiveiden vähentäminen"
    subject = str(pdf.docinfo.Subject)
    expected = {"fi": "A3-raportti", "sv": "A3-rapport", "en": "A3 report"}[lang]
    assert subject.startswith(expected) and subject.endswith("OS2-AKUUTTI"), subject


def test_two_page_a3_is_pdfa(services: Services, a3: A3Detail) -> None:
    long = services.a3.update_a3(
        a3.id, a3.version, root_cause="Syy, joka toistuu ja toistuu. " * 400
    )
    assert len(assert_pdfa_2b(a3_pdf_bytes(long, PRINTED), "fi").pages) == 2


def test_exported_files_are_pdfa(services: Services, scenario: Scenario, a3: A3Detail,
                                 tmp_path: Path) -> None:  # fmt: skip
    """The files the CLI and the app write (export_week, export_a3), not only the renderer."""
    year, week, _ = scenario.monday.isocalendar()
    for path in export_week(services, None, f"{year}-W{week:02d}", tmp_path, all_boards=True):
        assert_pdfa_2b(path.read_bytes(), "fi")
    assert_pdfa_2b(export_a3(services, a3.id, tmp_path).read_bytes(), "fi")


def test_same_document_same_bytes(scenario: Scenario) -> None:
    """An archive can tell a re-export of an unchanged week by its checksum."""
    assert weekly(scenario, scenario.team_id) == weekly(scenario, scenario.team_id)


@pytest.mark.parametrize("lang_code", ["fi", "sv"])
def test_ghostscript_pdfa_conversion_keeps_every_letter(
    scenario: Scenario, a3: A3Detail, tmp_path: Path, lang_code: str
) -> None:
    i18n.set_language(lang_code)
    try:
        documents = {"weekly": weekly(scenario, scenario.unit_id), "a3": a3_pdf_bytes(a3)}
    finally:
        i18n.set_language("fi")
    for name, data in documents.items():
        source, converted = tmp_path / f"{name}.pdf", tmp_path / f"{name}-gs.pdf"
        source.write_bytes(data)
        ghostscript_pdfa(source, converted)
        before, after = pdftotext(source), pdftotext(converted)
        # Ghostscript may reorder the text; every word must still be there, letters and all.
        assert Counter(after.split()) == Counter(before.split()), name
        assert "ä" in after
    weekly_text = pdftotext(tmp_path / "weekly-gs.pdf")
    if lang_code == "fi":
        assert "Päivittäisjohtamisen viikkotaulu" in weekly_text
    else:
        assert "Åbolands sjukhus väntar" in pdftotext(tmp_path / "a3-gs.pdf")

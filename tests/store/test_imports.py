"""Imports of measures from other systems (KPI and NPS CSV files), on SQLite and PostgreSQL.

The files under fixtures/imports are written as the real tools write them: Finnish Excel's
BOM, `;` and decimal commas, CRLF, blank rows, Webropol's extra columns and answer times,
Excel's Windows-1252 "CSV" with its `sep=;` line.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from sqlalchemy import ColumnElement, func, select

from leanboard.domain.errors import ImportCancelled, ImportRefused, NotFound
from leanboard.services import Services
from leanboard.services.csv_read import read_csv, sniff_delimiter
from leanboard.services.dto import MeasureSeries
from leanboard.store.database import Database
from leanboard.store.models import Base, Change, Measure, MeasureValue

FIXTURES = Path(__file__).parent / "fixtures" / "imports"
TODAY = dt.date(2026, 11, 25)  # Wednesday of 2026-W48


@pytest.fixture
def services(database: Database) -> Services:
    """KY (organisation, inherited monthly sick leave) → OS2 → teams OS2-AKUUTTI and OS2-KOTI."""
    s = Services(database)
    ky = s.boards.create_board("KY", "Kuntayhtymä", "organisation")
    s.measures.create_measure(
        ky.id, "Sairauspoissaolot", unit="%", target=5, direction="lower", frequency="month",
        inherited=True, decimals=1,
    )  # fmt: skip
    os2 = s.boards.create_board("OS2", "Osastot", "unit", parent_id=ky.id)
    akuutti = s.boards.create_board("OS2-AKUUTTI", "Äkillinen hoito", "team", parent_id=os2.id)
    koti = s.boards.create_board("OS2-KOTI", "Kotihoito", "team", parent_id=os2.id)
    s.measures.create_measure(akuutti.id, "Tavoitettavuus", unit="%", target=100, decimals=1)
    s.measures.create_measure(akuutti.id, "Hoitajakäyntien osuus", unit="%", target=60)
    s.measures.create_measure(akuutti.id, "Kaatumiset", direction="lower", frequency="day")
    s.measures.create_measure(koti.id, "Tavoitettavuus", unit="%", target=100, decimals=1)
    return s


def count(db: Database, model: type[Base], *where: ColumnElement[bool]) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def value_changes(db: Database) -> list[Change]:
    with db.read() as s:
        return list(
            s.scalars(select(Change).where(Change.entity == "measure_value").order_by(Change.id))
        )


def series(services: Services, code: str, name: str) -> MeasureSeries:
    board = services.boards.by_code(code)
    snapshot = services.view.snapshot(board.id, today=TODAY)
    return next(m for m in snapshot.measures if m.measure.name == name)


def assert_nothing_stored(db: Database) -> None:
    assert count(db, MeasureValue) == 0
    assert value_changes(db) == []


# --- must show ---------------------------------------------------------------------------------


def test_messy_kpi_file_is_refused_whole_with_every_bad_row_named(services: Services) -> None:
    """BOM, `;`, decimal commas, CRLF, a blank row 4, and four bad rows among five good ones."""
    data = (FIXTURES / "kpi_refused_messy.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";92,5\r\n" in data and b"\r\n\r\n" in data
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_kpi(FIXTURES / "kpi_refused_messy.csv")
    problems = dict(refused.value.problems)
    assert sorted(problems) == [5, 7, 8, 10]  # Excel's row numbers: the header is row 1
    assert "tuntematon taulu ”OS2-KIRURGIA”" in problems[5]
    assert "2026-W47 ei sovi mittarille, jonka jakso on kuukausi" in problems[7]
    assert "”n/a” ei ole luku" in problems[8]
    assert "ei ole mittaria ”Jonotusaika”" in problems[10]
    assert "Tavoitettavuus" in problems[10]  # says what the board does have
    assert_nothing_stored(services.db)


def test_messy_nps_file_is_refused_whole_with_every_bad_row_named(services: Services) -> None:
    """Webropol-style: BOM, `;`, extra columns, answer times, a blank row, score 11 on row 5."""
    data = (FIXTURES / "nps_refused_messy.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n\r\n3;17.11.2026 10:05;11;;" in data
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_nps(FIXTURES / "nps_refused_messy.csv", "OS2-AKUUTTI")
    problems = dict(refused.value.problems)
    assert sorted(problems) == [5, 7, 8]
    assert "Arvosana: arvon pitää olla 0–10 (annettu 11)" in problems[5]
    assert "”31.11.2026” ei ole päivämäärä" in problems[7]
    assert "Arvosana: arvo puuttuu" in problems[8]
    assert_nothing_stored(services.db)
    assert count(services.db, Measure, Measure.name.like("NPS%")) == 0  # not even created


def test_200_answers_give_nps_45_with_n_200_on_the_wall_board(services: Services) -> None:
    """120 promoters, 50 passives, 30 detractors in 2026-W47: (120 − 30) / 200 = 45 %."""
    summary = services.imports.import_nps(FIXTURES / "nps_200_answers.csv", "os2-akuutti")
    assert summary.answers == 200
    [week] = summary.weeks
    assert (week.period_key, week.nps, week.answers) == ("2026-W47", 45, 200)
    assert (week.promoters, week.passives, week.detractors) == (120, 50, 30)
    [month] = summary.months
    assert (month.period_key, month.nps, month.answers) == ("2026-11", 45, 200)
    assert summary.created_measures == ("NPS", "NPS (kuukausi)")

    weekly = series(services, "OS2-AKUUTTI", "NPS")  # what the wall board and weekly PDF read
    assert [(p.period_key, p.value, p.answers) for p in weekly.points] == [("2026-W47", 45, 200)]
    assert (weekly.measure.target, weekly.measure.direction) == (80, "higher")
    assert weekly.measure.frequency == "week" and not weekly.from_parent
    monthly = series(services, "OS2-AKUUTTI", "NPS (kuukausi)")
    assert [(p.period_key, p.value, p.answers) for p in monthly.points] == [("2026-11", 45, 200)]
    assert monthly.measure.frequency == "month"
    with services.db.read() as s:
        rows = s.scalars(select(MeasureValue)).all()
        assert {(r.source, r.answers) for r in rows} == {("import", 200)}


def test_identity_code_in_a_comment_refuses_the_file(services: Services) -> None:
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_nps(FIXTURES / "nps_identity_code.csv", "OS2-AKUUTTI")
    [(row, reason)] = refused.value.problems
    assert row == 4
    assert "henkilötunnus" in reason
    assert "010594Y9032" not in reason  # the code is not echoed to a screen or a log
    assert_nothing_stored(services.db)


def test_cancelling_midway_through_the_write_stores_nothing(services: Services) -> None:
    start = dt.date(2018, 1, 1)
    lines = ["board;measure;period;value"] + [
        f"OS2-AKUUTTI;Kaatumiset;{start + dt.timedelta(days=i)};{i % 4}" for i in range(3000)
    ]
    reports: list[tuple[int, int]] = []

    def in_the_write() -> bool:  # validation is rows 1–3000 of 6000; writing the rest
        return reports[-1][0] > 4000

    with pytest.raises(ImportCancelled):
        services.imports.import_kpi(
            "\n".join(lines), progress=lambda d, t: reports.append((d, t)), cancelled=in_the_write
        )
    assert {total for _, total in reports} == {6000}
    done = [d for d, _ in reports]
    assert done == sorted(done) and done[0] == 0 and 4000 < done[-1] < 6000
    assert_nothing_stored(services.db)


def test_cancelling_during_validation_creates_no_nps_measure(services: Services) -> None:
    asked: list[bool] = []

    def after_first_question() -> bool:
        asked.append(True)
        return len(asked) > 1

    with pytest.raises(ImportCancelled) as cancelled:
        services.imports.import_nps(
            FIXTURES / "nps_200_answers.csv", "OS2-AKUUTTI", cancelled=after_first_question
        )
    assert "mitään ei tallennettu" in str(cancelled.value)
    assert_nothing_stored(services.db)
    assert count(services.db, Measure, Measure.name.like("NPS%")) == 0


def test_finnish_headers_and_comma_separator_import(services: Services) -> None:
    reports: list[tuple[int, int]] = []
    summary = services.imports.import_kpi(
        FIXTURES / "kpi_finnish_headers_comma.csv", progress=lambda d, t: reports.append((d, t))
    )
    assert (summary.values, summary.inserted, summary.delimiter) == (4, 4, ",")
    assert [(b.code, b.values) for b in summary.boards] == [("OS2-AKUUTTI", 2), ("OS2-KOTI", 2)]
    assert reports[0] == (0, 8) and reports[-1] == (8, 8)

    reach = series(services, "OS2-AKUUTTI", "Tavoitettavuus")
    assert [(p.period_key, p.value) for p in reach.points] == [("2026-W47", 93.5)]
    sick = series(services, "OS2-KOTI", "Sairauspoissaolot")  # inherited from KY
    assert sick.from_parent
    assert [(p.period_key, p.value) for p in sick.points] == [("2026-11", 3.9)]
    assert [(p.value) for p in series(services, "OS2-AKUUTTI", "Sairauspoissaolot").points] == [4.8]


# --- the rest of the contract ------------------------------------------------------------------


def test_excel_windows_1252_file_with_sep_line_imports(services: Services) -> None:
    """Plain Excel CSV on a Finnish PC: ä as one Windows-1252 byte, `sep=;`, trailing `;;`."""
    assert b"k\xe4yntien" in (FIXTURES / "kpi_excel_windows1252.csv").read_bytes()
    summary = services.imports.import_kpi(FIXTURES / "kpi_excel_windows1252.csv")
    assert (summary.values, summary.encoding, summary.delimiter) == (3, "Windows-1252", ";")
    share = series(services, "OS2-AKUUTTI", "Hoitajakäyntien osuus")
    assert [(p.period_key, p.value) for p in share.points] == [("2026-W46", 58), ("2026-W47", 61.5)]
    reach = series(services, "OS2-AKUUTTI", "Tavoitettavuus")  # a day in W47 is W47
    assert [(p.period_key, p.value) for p in reach.points] == [("2026-W47", 95)]


def test_every_value_has_a_history_row_and_a_second_import_changes_only_what_differs(
    services: Services,
) -> None:
    first = services.imports.import_kpi(FIXTURES / "kpi_finnish_headers_comma.csv")
    assert first.inserted == 4
    changes = value_changes(services.db)
    assert len(changes) == 4
    assert {c.actor for c in changes} == {"test@pytest"}
    assert all(c.details["source"] == "import" and c.details["value"][0] is None for c in changes)

    again = services.imports.import_kpi(FIXTURES / "kpi_finnish_headers_comma.csv")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)
    assert len(value_changes(services.db)) == 4  # nothing written the second time

    akuutti = services.boards.by_code("OS2-AKUUTTI")
    [reach] = [
        m for m in services.measures.board_measures(akuutti.id) if m.name == "Tavoitettavuus"
    ]
    point = services.measures.record_value(reach.id, akuutti.id, "2026-W47", "90")
    assert point.value == 90
    text = "board;measure;period;value\nOS2-AKUUTTI;Tavoitettavuus;2026-W47;91,5\n"
    third = services.imports.import_kpi(text)
    assert (third.inserted, third.updated, third.unchanged) == (0, 1, 0)
    last = value_changes(services.db)[-1]
    assert last.details == {
        "measure": "Tavoitettavuus", "period": "2026-W47", "value": [90.0, 91.5],
        "source": "import",
    }  # fmt: skip
    with services.db.read() as s:
        row = s.scalars(select(MeasureValue).where(MeasureValue.id == last.entity_id)).one()
        # manual save (1) → manual edit (2) → import (3): a dialog holding 2 gets a conflict
        assert (row.value, row.source, row.version) == (91.5, "import", 3)


def test_nps_goes_to_an_inherited_monthly_nps_and_a_weekly_companion(services: Services) -> None:
    ky = services.boards.by_code("KY")
    services.measures.create_measure(
        ky.id, "nps", target=80, frequency="month", inherited=True
    )  # case does not matter
    summary = services.imports.import_nps(FIXTURES / "nps_200_answers.csv", "OS2-KOTI")
    assert summary.created_measures == ("NPS (viikko)",)
    assert summary.month_measure.board_id == ky.id  # the organisation's goal, the team's value
    monthly = series(services, "OS2-KOTI", "nps")
    assert monthly.from_parent
    assert [(p.period_key, p.value, p.answers) for p in monthly.points] == [("2026-11", 45, 200)]
    weekly = series(services, "OS2-KOTI", "NPS (viikko)")
    assert weekly.measure.frequency == "week" and weekly.measure.target == 80
    assert [(p.period_key, p.value, p.answers) for p in weekly.points] == [("2026-W47", 45, 200)]
    # a second import reuses both measures and, with the same answers, changes nothing
    again = services.imports.import_nps(FIXTURES / "nps_200_answers.csv", "OS2-KOTI")
    assert again.created_measures == () and again.unchanged == 2


def test_nps_per_week_and_month_across_a_month_boundary(services: Services) -> None:
    text = "\n".join(
        [
            "pvm;pisteet",
            "30.11.2026;10",  # Monday of W49, November
            "1.12.2026;0",  # W49, December
            "2026-12-02T08:15:00;9",
            "26.11.2026 14.05;10",  # W48, November (Finnish time with a dot)
        ]
    )
    summary = services.imports.import_nps(text, "OS2-KOTI")
    assert [(f.period_key, f.nps, f.answers) for f in summary.weeks] == [
        ("2026-W48", 100, 1),
        ("2026-W49", 33, 3),  # (2 − 1) / 3 = 33.3 → 33
    ]
    assert [(f.period_key, f.nps, f.answers) for f in summary.months] == [
        ("2026-11", 100, 2),
        ("2026-12", 0, 2),
    ]


def test_unknown_board_for_nps_is_refused_before_reading_rows(services: Services) -> None:
    with pytest.raises(NotFound, match="EI-OLE"):
        services.imports.import_nps(FIXTURES / "nps_200_answers.csv", "EI-OLE")
    assert count(services.db, Measure, Measure.name.like("NPS%")) == 0


def test_duplicates_unquoted_decimal_commas_and_missing_cells(services: Services) -> None:
    text = "\n".join(
        [
            "board,measure,period,value,",  # a trailing empty header cell, as Excel writes
            "OS2-AKUUTTI,Tavoitettavuus,2026-W47,93.5,",
            "OS2-AKUUTTI,tavoitettavuus ,2026-11-18,94",  # the same week by a day in it
            "OS2-AKUUTTI,Tavoitettavuus,2026-W46,92,5",  # unquoted decimal comma splits
            ",Tavoitettavuus,,",
        ]
    )
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_kpi(text)
    problems = dict(refused.value.problems)
    assert sorted(problems) == [3, 4, 5]
    assert "sama taulu, mittari ja jakso (2026-W47) on jo rivillä 2" in problems[3]
    assert "enemmän sarakkeita kuin otsikkorivillä" in problems[4]
    assert "lainausmerkeissä" in problems[4]
    assert "Taulu: tunnus puuttuu" in problems[5] and "Jakso: arvo puuttuu" in problems[5]
    assert "Arvo: arvo puuttuu" in problems[5]
    assert_nothing_stored(services.db)


def test_header_without_a_needed_column_names_row_1(services: Services) -> None:
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_kpi("taulu;mittari;viikko;arvo\nOS2-KOTI;Tavoitettavuus;x;1\n")
    [(row, reason)] = refused.value.problems
    assert row == 1
    assert "ei ole saraketta period tai jakso" in reason and "”viikko”" in reason


@pytest.mark.parametrize(
    ("data", "row", "words"),
    [
        (
            b"board;measure;period;value\nOS2;x\x81y;2026-11;1\n",
            2,
            "merkistö ei ole UTF-8 eikä Windows-1252",
        ),
        ("board;measure\nä;1\n".encode() + b"\xe4;2\n", 3, "myös UTF-8-merkkejä"),
        (b"PK\x03\x04\x14\x00\x06\x00", 1, "Excel-työkirja"),
        (b"\xef\xbb\xbf\r\n\r\n", 1, "tyhjä"),
        (b"board;measure;period;value\r\n", 1, "vain otsikkorivi"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_reason(
    services: Services, data: bytes, row: int, words: str
) -> None:
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_kpi(data)
    assert refused.value.problems[0][0] == row
    assert words in refused.value.problems[0][1]


def test_utf16_excel_unicode_text_with_tabs_reads() -> None:
    text = "taulu\tmittari\tjakso\tarvo\r\nOS2-KOTI\tTavoitettavuus\t2026-W47\t97,5\r\n"
    table = read_csv(b"\xff\xfe" + text.encode("utf-16-le"))
    assert (table.encoding, table.delimiter) == ("UTF-16", "\t")
    assert table.rows[0].fields == ("OS2-KOTI", "Tavoitettavuus", "2026-W47", "97,5")


def test_row_numbers_follow_excel_with_a_line_break_inside_quotes() -> None:
    table = read_csv('date;score;comment\n1.11.2026;9;"kaksi\nriviä"\n\n2.11.2026;8;\n')
    assert [(r.number, r.fields[1]) for r in table.rows] == [(2, "9"), (4, "8")]


def test_separator_is_sniffed_from_the_header_outside_quotes() -> None:
    assert sniff_delimiter('"board;x",measure,period,value') == ","
    assert sniff_delimiter("board;measure;period;value") == ";"
    assert sniff_delimiter("board") == ";"


def test_a_name_seen_twice_or_an_archived_board_is_refused(services: Services) -> None:
    ky = services.boards.by_code("KY")
    services.measures.create_measure(ky.id, "Tavoitettavuus", inherited=True)
    services.boards.archive_board(services.boards.by_code("OS2-KOTI").id)
    text = "\n".join(
        [
            "board;measure;period;value",
            "OS2-AKUUTTI;Tavoitettavuus;2026-W47;93",  # its own and KY's inherited one
            "OS2-KOTI;Tavoitettavuus;2026-W47;97",
        ]
    )
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_kpi(text)
    problems = dict(refused.value.problems)
    assert "näkee 2 mittaria nimeltä ”Tavoitettavuus”" in problems[2]
    assert "taulu OS2-KOTI on arkistoitu" in problems[3]
    assert_nothing_stored(services.db)


# --- files no table can be (point 6 of issue 12) -----------------------------------------------


def test_a_10_mb_cell_is_refused_at_its_row(services: Services, tmp_path: Path) -> None:
    # Python's csv module stops at 131,072 characters a field; LeanBoard names the row.
    on_one_line = tmp_path / "cell.csv"
    on_one_line.write_text(
        "board;measure;period;value\nOS2-AKUUTTI;Tavoitettavuus;2026-W47;93\n"
        f"OS2-AKUUTTI;{'x' * 10_000_000};2026-W46;92\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_kpi(on_one_line)
    [(row, reason)] = refused.value.problems
    assert row == 3 and "rivi on yli 1 000 000 merkkiä pitkä" in reason
    # The same cell with line breaks in it (an unclosed quote does this): the field limit.
    quoted = tmp_path / "quoted.csv"
    quoted.write_text(
        'board;measure;period;value\nOS2-AKUUTTI;"' + ("x" * 99 + "\n") * 100_000 + '";x;1\n',
        encoding="utf-8",
    )
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_kpi(quoted)
    [(row, reason)] = refused.value.problems
    assert row == 2 and "yli 131 072 merkin kenttä" in reason and "lainausmerkki" in reason
    assert_nothing_stored(services.db)


def test_a_50_mb_single_line_is_refused(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "line.csv"
    with path.open("w", encoding="utf-8") as stream:
        stream.write("board;measure;period;value;")
        for _ in range(50):
            stream.write("abc;" * 250_000)  # 1 MB at a time: 50 MB, no line break anywhere
    with pytest.raises(ImportRefused) as refused:
        services.imports.import_nps(path, "OS2-AKUUTTI")
    [(row, reason)] = refused.value.problems
    assert row == 1 and "rivi on yli 1 000 000 merkkiä pitkä" in reason
    assert count(services.db, Measure, Measure.name.like("NPS%")) == 0


def test_four_nps_imports_at_once_create_one_nps_goal(services: Services, db_url: str) -> None:
    """Four screens import feedback into boards with no NPS goal at the same moment, eight
    rounds. Before migration 0003, PostgreSQL let 5 of 8 rounds create four "NPS" goals; now
    the unique name refuses all but one, and the imports that lost run again and use it."""
    answers = (FIXTURES / "nps_200_answers.csv").read_bytes()
    unit = services.boards.by_code("OS2")
    screens = [Services(Database(db_url, actor=f"screen{n}@pytest")) for n in range(4)]
    try:
        for round_ in range(8):
            board = services.boards.create_board(f"NPS-{round_}", f"Kierros {round_}", "team",
                                                 parent_id=unit.id)  # fmt: skip
            start = threading.Barrier(len(screens))
            failures: list[BaseException] = []

            def run(
                screen: Services,
                code: str = board.code,
                start: threading.Barrier = start,
                failures: list[BaseException] = failures,
            ) -> None:
                start.wait()
                try:
                    screen.imports.import_nps(answers, code)
                except BaseException as error:  # every import must succeed
                    failures.append(error)

            threads = [threading.Thread(target=run, args=(screen,)) for screen in screens]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            assert failures == []
            names = sorted(m.name for m in services.measures.board_measures(board.id)
                           if m.name.startswith("NPS"))  # fmt: skip
            assert names == ["NPS", "NPS (kuukausi)"], f"round {round_}: {names}"
            weekly = series(services, board.code, "NPS")
            assert [(p.period_key, p.value, p.answers) for p in weekly.points] == [
                ("2026-W47", 45, 200)
            ]
    finally:
        for screen in screens:
            screen.close()

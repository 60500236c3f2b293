"""CSV for Finnish Excel: BOM, `;`, decimal comma, d.M.yyyy, CRLF, formulas neutralised."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from leanboard.services.csv_export import Cell, format_cell, write_csv


def test_a_list_reads_back_as_finnish_excel_writes_it(tmp_path: Path) -> None:
    path = tmp_path / "ideat.csv"
    rows: list[list[Cell]] = [
        ["Käsidesipullot; oven viereen", 7.5, dt.date(2026, 11, 24), 3, None, True],
        ['=HYPERLINK("http://x")', -2.25, dt.date(2026, 1, 5), 0, "+358 40 1", False],
        ["@SUM(A1)", 1234567.5, dt.datetime(2026, 3, 4, 8, 5), -1, "-väärä", None],
        ["rivi\nkaksi", 0.1, None, 10, '"lainaus"', None],
    ]
    count = write_csv(path, ["Otsikko", "Arvo", "Päivä", "Määrä", "Huom.", "Valmis"], rows)
    assert count == 4

    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    assert raw.count(b"\r\n") == 5 + 0  # header + 4 rows; the line break inside a cell is \n
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == ["Otsikko", "Arvo", "Päivä", "Määrä", "Huom.", "Valmis"]
    assert table[1] == ["Käsidesipullot; oven viereen", "7,5", "24.11.2026", "3", "", "kyllä"]
    # Formula starts in text are neutralised; a negative number stays a number.
    assert table[2] == ['\'=HYPERLINK("http://x")', "-2,25", "5.1.2026", "0", "'+358 40 1", "ei"]
    assert table[3] == ["'@SUM(A1)", "1234567,5", "4.3.2026 8.05", "-1", "'-väärä", ""]
    assert table[4] == ["rivi\nkaksi", "0,1", "", "10", '"lainaus"', ""]


def test_cells_are_formatted_for_the_finnish_locale() -> None:
    assert format_cell(3.0) == "3"
    assert format_cell(61.55) == "61,55"
    assert format_cell(dt.date(2026, 2, 3)) == "3.2.2026"
    assert format_cell("\tpiilo") == "'\tpiilo"
    assert format_cell("Normaali teksti") == "Normaali teksti"

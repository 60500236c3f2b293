"""CSV for Finnish Excel: BOM, `;`, decimal comma, d.M.yyyy, CRLF, formulas neutralised;
and the file opened in LibreOffice Calc (headless) as a Finnish user opens it."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pdfa_checks import need_tool

from leanboard.services.csv_export import FORMULA_GUARD, Cell, format_cell, neutralise, write_csv


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
    # Formula starts in text are neutralised with an invisible word joiner (no stray
    # apostrophe); a negative number stays a number.
    assert table[2] == [
        '\u2060=HYPERLINK("http://x")',
        "-2,25",
        "5.1.2026",
        "0",
        "\u2060+358 40 1",
        "ei",
    ]
    assert table[3] == ["\u2060@SUM(A1)", "1234567,5", "4.3.2026 8.05", "-1", "\u2060-väärä", ""]
    assert table[4] == ["rivi\nkaksi", "0,1", "", "10", '"lainaus"', ""]


def test_cells_are_formatted_for_the_finnish_locale() -> None:
    assert format_cell(3.0) == "3"
    assert format_cell(61.55) == "61,55"
    assert format_cell(dt.date(2026, 2, 3)) == "3.2.2026"
    assert format_cell("\tpiilo") == "\u2060\tpiilo"
    assert format_cell("Normaali teksti") == "Normaali teksti"


@pytest.mark.parametrize(
    ("text", "guarded"),
    [
        ("=1+2", True),
        ('=HYPERLINK("http://x";"klik")', True),
        ("+1+2", True),  # Excel: a formula
        ("+358 40 123 4567", True),  # Excel: a formula (and an error)
        ("-1+2", True),
        ("- tauot pitämättä", True),  # a list dash: Excel would try a formula
        ("@SUM(1;2)", True),  # Excel's @
        ("  =1+2", True),  # Calc with "Trim spaces" would see the =
        ("\t=1+2", True),
        ("-5", False),  # a negative number: a number to both, no formula runs
        ("-3,5", False),
        ("+2.5", False),
        ("Tavallinen teksti = ok", False),
        ("e-mail", False),
        ("", False),
    ],
)
def test_only_what_would_run_as_a_formula_is_guarded(text: str, guarded: bool) -> None:
    assert neutralise(text) == (FORMULA_GUARD + text if guarded else text)
    assert format_cell(text) == neutralise(text)


LIBREOFFICE_ROWS: list[list[Cell]] = [
    ["=1+2", 7.5, dt.date(2026, 11, 24)],
    ['=HYPERLINK("http://x";"klik")', -2.25, dt.date(2026, 1, 5)],
    ["+1+2", 0.1, dt.date(2026, 12, 31)],
    ["-1+2", 1234567.5, None],
    ["- tauot pitämättä", -1.0, None],
    ["@SUM(1;2)", 3.0, None],
    ["  =1+2", 61.55, None],
    ["-5", None, None],
    ["Äkillinen hoito; Öinen päivystys", None, None],
]


def calc_cells(csv_path: Path, tmp_path: Path, *, trim_spaces: bool) -> list[list[dict[str, str]]]:
    """The CSV opened as LibreOffice Calc opens it with Finnish import settings (`;`, UTF-8,
    language fi-FI, "Evaluate formulas" on), saved as flat ODS and read back per cell."""
    soffice = need_tool("soffice", "libreoffice-calc-nogui")
    out = tmp_path / ("trim" if trim_spaces else "plain")
    out.mkdir()
    # Tokens: separator 59 (;), quote 34, UTF-8 (76), from line 1, standard formats, fi-FI
    # (1035), quoted field as text off, detect special numbers on, -, -, trim spaces, -,
    # evaluate formulas on.
    options = f"59,34,76,1,,1035,false,true,false,false,{str(trim_spaces).lower()},-1,true"
    subprocess.run(
        [
            soffice, f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
            f"--infilter=Text - txt - csv (StarCalc):{options}",
            "--convert-to", "fods", "--outdir", str(out), str(csv_path),
        ],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    ns = {
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    }

    def shown(paragraph: ET.Element) -> str:
        """The paragraph's text as Calc shows it (<text:s/> is a space, <text:tab/> a tab)."""
        parts = [paragraph.text or ""]
        for child in paragraph:
            tag = child.tag.rsplit("}", 1)[1]
            if tag == "s":
                parts.append(" " * int(child.get(f"{{{ns['text']}}}c", "1")))
            elif tag == "tab":
                parts.append("\t")
            else:
                parts.append(shown(child))
            parts.append(child.tail or "")
        return "".join(parts)

    root = ET.parse(out / f"{csv_path.stem}.fods").getroot()
    rows = []
    for row in root.iter(f"{{{ns['table']}}}table-row"):
        cells: list[dict[str, str]] = []
        for cell in row.findall("table:table-cell", ns):
            repeated = min(int(cell.get(f"{{{ns['table']}}}number-columns-repeated", "1")), 3)
            cells += [
                {
                    "text": "\n".join(shown(p) for p in cell.findall("text:p", ns)),
                    "formula": cell.get(f"{{{ns['table']}}}formula", ""),
                    "type": cell.get(f"{{{ns['office']}}}value-type", ""),
                    "value": cell.get(f"{{{ns['office']}}}value", ""),
                    "date": cell.get(f"{{{ns['office']}}}date-value", ""),
                }
            ] * repeated
        if any(c["text"] for c in cells):
            rows.append(cells[:3])
    return rows


@pytest.mark.parametrize("trim_spaces", [False, True])
def test_libreoffice_calc_runs_no_formula_and_shows_no_stray_character(
    tmp_path: Path, trim_spaces: bool
) -> None:
    path = tmp_path / "lista.csv"
    write_csv(path, ["Otsikko", "Arvo", "Päivä"], LIBREOFFICE_ROWS)
    rows = calc_cells(path, tmp_path, trim_spaces=trim_spaces)
    assert [c["text"] for c in rows[0]] == ["Otsikko", "Arvo", "Päivä"]
    assert len(rows) == 1 + len(LIBREOFFICE_ROWS)
    for written, cells in zip(LIBREOFFICE_ROWS, rows[1:], strict=True):
        title, value, day = cells
        assert title["formula"] == "", title  # nothing runs
        text = str(written[0])
        if text == "-5":
            assert (title["type"], title["value"]) == ("float", "-5")  # still a number
        else:
            assert title["type"] == "string"
            # What a person sees is the text as written: no apostrophe or other visible
            # character in front. The guard is the invisible U+2060 WORD JOINER, which also
            # keeps "Trim spaces" off the leading spaces.
            assert title["text"].removeprefix("\u2060") == text
            assert title["text"].startswith("\u2060") == (neutralise(text) != text)
        if written[1] is not None:
            assert value["type"] == "float" and float(value["value"]) == written[1]
        if written[2] is not None:
            assert day["type"] == "date" and day["date"].startswith(str(written[2]))

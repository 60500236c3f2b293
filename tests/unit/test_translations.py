"""The committed translations are complete: every text of the sources (as pyside6-lupdate
finds it now) is in leanboard_fi/sv/en.ts, finished, with the same placeholders; the Qt-free
side (leanboard.i18n, domain names and formats) reads the same compiled .qm files as Qt and
answers as QTranslator does."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from leanboard import i18n
from leanboard.domain import presentation

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
# {week}, {n}; %1…%9 and %n (Qt's arg() and plural count)
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d|%n")


def messages(ts: Path) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message.findtext("source") or "", message


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


@pytest.fixture
def chosen_language() -> Iterator[None]:
    yield
    i18n.set_language("fi")


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_message_is_finished_with_its_placeholders(lang: str) -> None:
    ts = TRANSLATIONS / f"leanboard_{lang}.ts"
    problems = []
    count = 0
    for context, source, message in messages(ts):
        count += 1
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type"):  # unfinished, vanished or obsolete
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        for text in translations_of(message):
            if not text.strip():
                problems.append(f"{context}: {source!r} has no {lang} translation")
            elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} → {text!r}: placeholders differ")
        if lang == i18n.SOURCE_LANGUAGE and translations_of(message) != [source] * len(
            translations_of(message)
        ):
            problems.append(f"{context}: the Finnish {source!r} is not the source text")
    assert count > 400
    assert problems == []


def lupdate() -> Path:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    if not found.exists():
        pytest.skip("pyside6-lupdate not installed")
    return found


def test_no_source_text_is_missing_from_the_committed_files(tmp_path: Path) -> None:
    """Everything update_translations.sh would extract now is in each committed .ts."""
    sources = sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "leanboard").rglob("*.py")
        if "generated" not in p.parts
    )
    forms = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "forms").glob("*.ui"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate()), "-locations", "none", *sources, *forms, "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _ in messages(fresh)}
    assert len(wanted) > 400
    for lang in i18n.LANGUAGES:
        held = {(c, s) for c, s, _ in messages(TRANSLATIONS / f"leanboard_{lang}.ts")}
        # (Texts gone from the sources do no harm; update_translations.sh drops them.)
        assert sorted(wanted - held) == [], f"run packaging/update_translations.sh ({lang})"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_qt_free_reader_answers_every_message_as_qtranslator(lang: str) -> None:
    """One mechanism: leanboard.i18n's .qm reader and Qt's QTranslator, on the installed file,
    agree on every message of the .ts (a plural message: its plural form)."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(i18n.qm_file(lang)))
    table = i18n.read_qm(i18n.qm_file(lang).read_bytes())
    compared = 0
    for context, source, message in messages(TRANSLATIONS / f"leanboard_{lang}.ts"):
        plural = message.get("numerus") == "yes"
        by_qt = translator.translate(context, source, None, 2 if plural else -1)
        assert table.get((context, source), [""])[-1] == by_qt, (context, source)
        compared += bool(by_qt)
    assert compared > 400 and len(table) == compared


def test_qt_free_translate_reads_the_same_files(chosen_language: None) -> None:
    assert i18n.translate("Presentation", "Turvallisuus", "sv") == "Säkerhet"
    assert i18n.translate("BoardPages", "Tänään", "sv") == "Idag"
    assert i18n.translate("BoardPages", "Tänään", "en") == "Today"
    assert i18n.translate("BoardPages", "Tänään", "fi") == "Tänään"
    assert i18n.translate("Nowhere", "ei käännöstä", "sv") == "ei käännöstä"  # Finnish stays

    i18n.set_language("sv")
    assert [presentation.SQDC_NAMES[k] for k in "SQDC"] == [
        "Säkerhet",
        "Kvalitet",
        "Tillgänglighet",
        "Kostnader",
    ]
    assert presentation.STATUS["near_miss"][1] == "nära ögat"
    assert presentation.PDCA_NAMES["new"] == "Nya"
    i18n.set_language("fi")
    assert [presentation.SQDC_NAMES[k] for k in "SQDC"] == [
        "Turvallisuus",
        "Laatu",
        "Saatavuus",
        "Kustannukset",
    ]


@pytest.mark.parametrize(
    ("lang", "week", "weekday", "month", "number", "date", "heading"),
    [
        ("fi", "vk 48", "ke", "marraskuu", "1\u202f234,5", "25.11.2026", "Viikko 48 / 2026"),
        ("sv", "v. 48", "ons", "november", "1\u202f234,5", "25.11.2026", "Vecka 48 / 2026"),
        ("en", "wk 48", "Wed", "November", "1,234.5", "25/11/2026", "Week 48 / 2026"),
    ],
)
def test_dates_weeks_and_numbers_per_language(
    chosen_language: None,
    lang: str,
    week: str,
    weekday: str,
    month: str,
    number: str,
    date: str,
    heading: str,
) -> None:
    i18n.set_language(lang)
    day = dt.date(2026, 11, 25)
    assert presentation.week_label(48) == week
    assert presentation.WEEKDAY_SHORT[day.weekday()] == weekday
    assert presentation.MONTH_NAMES[10] == month
    assert presentation.fi_number(1234.5, 1) == number
    assert presentation.fi_date(day) == date
    assert presentation.fi_week_range(dt.date(2026, 11, 23)).startswith(heading + " · ")


@pytest.mark.parametrize(
    ("lang", "morning", "afternoon"),
    [("fi", "8.05", "14.30"), ("sv", "8.05", "14.30"), ("en", "8:05", "14:30")],
)
def test_clock_times_per_language(
    chosen_language: None, lang: str, morning: str, afternoon: str
) -> None:
    """Finnish and Finland-Swedish write 8.05; in English a dot would read as a decimal."""
    i18n.set_language(lang)
    assert presentation.fi_time(dt.datetime(2026, 11, 25, 8, 5)) == morning
    assert presentation.fi_time(dt.time(14, 30)) == afternoon


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        i18n.set_language("de")


@pytest.mark.parametrize(
    ("lang", "words", "printed"),
    [
        (
            "sv",
            ["Vecka 47 / 2026", "Personalens stämning", "Säkerhetskors", "Utskrivet", "sida 1"],
            r"Utskrivet \d{1,2}\.\d{1,2}\.\d{4} kl\. \d{1,2}\.\d\d\b",
        ),
        (
            "en",
            ["Week 47 / 2026", "Staff's mood", "Safety cross", "Printed", "page 1"],
            r"Printed \d\d/\d\d/\d{4} at \d{1,2}:\d\d\b",
        ),
    ],
)
def test_the_weekly_pdf_in_swedish_and_english(
    chosen_language: None, tmp_path: Path, lang: str, words: list[str], printed: str
) -> None:
    """The PDF's headings, names and week come from the same .ts files (Qt-free)."""
    from pypdf import PdfReader

    from leanboard.reports.weekly_export import export_week
    from leanboard.services import Services
    from leanboard.services.demo import seed_demo
    from leanboard.store.database import Database
    from leanboard.store.migrate import ensure_current

    db = Database(f"sqlite:///{tmp_path / 'demo.db'}", actor="test@pytest")
    ensure_current(db.engine)
    seed_demo(db, "small", today=dt.date(2026, 11, 25))
    i18n.set_language(lang)
    [pdf] = export_week(Services(db), "OS2-AKUUTTI", "2026-W47", tmp_path / "out")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    db.dispose()
    for word in words:
        assert word in text
    assert re.search(printed, text), text  # the clock time written as the language writes it
    for finnish in ("Henkilöstön fiilis", "Turvallisuusristi", "Tulostettu", "Viikko 47"):
        assert finnish not in text

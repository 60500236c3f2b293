"""Messages the domain and services raise reach the user in the chosen language (Swedish,
English), field labels included; Finnish stays the source text, byte for byte."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from leanboard import i18n
from leanboard.domain.errors import (
    ConflictError,
    ImportRefused,
    LeanBoardError,
    NotFound,
    ValidationError,
)
from leanboard.domain.periods import parse_period
from leanboard.services import Services
from leanboard.services.csv_read import find_columns, read_csv
from leanboard.services.data_io import import_data, import_file
from leanboard.store.database import Database

FICTITIOUS_CODE = "010594Y9032"  # DVV's example identity code


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    yield Services(database)
    i18n.set_language("fi")


@pytest.fixture
def team(services: Services) -> int:
    unit = services.boards.create_board("AKUUTTI", "Akuuttiosastot", "unit")
    return services.boards.create_board("OS2", "Osasto 2", "team", unit.id).id


MOOD_11 = {
    "fi": "Fiilis: arvon pitää olla kokonaisluku 0–10 (annettu 11).",
    "sv": "Stämning: värdet ska vara ett heltal 0–10 (angivet 11).",
    "en": "Mood: the value must be a whole number 0–10 (given 11).",
}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_mood_score_11_is_refused_in_the_chosen_language(
    services: Services, team: int, lang: str
) -> None:
    i18n.set_language(lang)
    with pytest.raises(ValidationError) as refused:
        services.mood.record_mood_vote(team, 11)
    assert str(refused.value) == MOOD_11[lang]
    assert refused.value.field == "score"


IDENTITY_CODE = {
    "fi": ("Kuvaus: tekstissä on henkilötunnus.", "poista tunnus"),
    "sv": ("Beskrivning: texten innehåller en personbeteckning.", "ta bort beteckningen"),
    "en": ("Description: the text contains a personal identity code.", "remove the code"),
}


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_identity_code_in_an_idea_is_refused_in_the_chosen_language(
    services: Services, team: int, lang: str
) -> None:
    i18n.set_language(lang)
    with pytest.raises(ValidationError) as refused:
        services.ideas.create_idea(team, "Kaatuminen", f"Asiakas {FICTITIOUS_CODE} kaatui")
    start, fix = IDENTITY_CODE[lang]
    assert str(refused.value).startswith(start)
    assert fix in str(refused.value)
    assert refused.value.field == "description"


def test_period_reads_in_swedish_and_english() -> None:
    i18n.set_language("sv")
    try:
        with pytest.raises(ValidationError, match=r"^Period: ”v47” är inte en dag"):
            parse_period("v47")
        i18n.set_language("en")
        with pytest.raises(ValidationError, match=r"^Period: “v47” is not a day"):
            parse_period("v47")
    finally:
        i18n.set_language("fi")


def test_refused_import_and_conflict_read_in_swedish() -> None:
    i18n.set_language("sv")
    try:
        refused = ImportRefused([(n, "fel") for n in range(2, 25)])
        assert str(refused).startswith("Filen importerades inte, 23 felaktiga rader: rad 2: fel;")
        assert str(refused).endswith(" (och 3 till)")
        assert "Välj vilken version" in str(ConflictError("idea", 1, {}))
    finally:
        i18n.set_language("fi")


def test_service_messages_read_in_english(services: Services, team: int) -> None:
    i18n.set_language("en")
    with pytest.raises(ValidationError, match=r"^The code OS2 is already in use\.$"):
        services.boards.create_board("OS2", "Toinen", "team")
    with pytest.raises(NotFound, match=r"^Board 999999 not found\.$"):
        services.ideas.create_idea(999999, "Taukotila")
    with pytest.raises(ValidationError, match=r"^Title: this field is required\.$"):
        services.ideas.create_idea(team, "  ")


def test_refused_csv_reads_in_swedish() -> None:
    i18n.set_language("sv")
    try:
        with pytest.raises(ImportRefused) as refused:
            read_csv(b"PK\x03\x04 not a csv")
        assert str(refused.value) == (
            "Filen importerades inte, 1 felaktiga rader: rad 1: filen är en Excel-arbetsbok "
            "(.xlsx), inte CSV: spara den i Excel i formatet ”CSV UTF-8 (kommaavgränsad)”."
        )
        with pytest.raises(ImportRefused, match="rubrikraden har ingen kolumn"):
            find_columns(read_csv("vecka;värde\n1;2\n"), {"date": ("date", "päivämäärä")})
    finally:
        i18n.set_language("fi")


def test_refused_export_file_reads_in_english(database: Database, tmp_path: Path) -> None:
    i18n.set_language("en")
    try:
        with pytest.raises(LeanBoardError, match=r"^The file .*missing\.json was not found\.$"):
            import_file(database, tmp_path / "missing.json")
        with pytest.raises(ImportRefused) as refused:
            import_data(database, {"format": "other"})
        assert "row 0: the file is not a LeanBoard export file (format ≠" in str(refused.value)
    finally:
        i18n.set_language("fi")

"""The fishbone editor's six usual categories read in the chosen language; what is stored
stays keyed by the Finnish name, so a sheet written in Swedish reads back in Finnish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QGroupBox
from pytestqt.qtbot import QtBot

from leanboard import i18n
from leanboard.ui.a3.fishbone import FishboneEditor


@pytest.fixture
def swedish() -> Iterator[None]:
    i18n.set_language("sv")
    yield
    i18n.set_language("fi")


def test_categories_in_swedish_stored_by_finnish_key(qtbot: QtBot, swedish: None) -> None:
    editor = FishboneEditor()
    qtbot.addWidget(editor)
    titles = [box.title() for box in editor.findChildren(QGroupBox)]
    assert titles == ["Människor", "Metoder", "Utrustning", "Miljö", "Material", "Ledning"]
    editor.set_values({"Oma luokka": ["x"]})  # a team's own category is shown as typed
    editor.edits["Ihmiset"].setPlainText("Ansvaret oklart")
    assert "Oma luokka" in [box.title() for box in editor.findChildren(QGroupBox)]
    assert editor.values()["Ihmiset"] == ["Ansvaret oklart"]

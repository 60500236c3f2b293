"""The A3 editor with real widgets on a real SQLite file: typing, saving, phases, drafts,
conflicts between two sessions and the identity-code guard at the field."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from section_helpers import answered

from leanboard.services import Services, open_services
from leanboard.services.drafts import DraftStore
from leanboard.services.dto import BoardInfo
from leanboard.ui.a3.editor import A3Editor
from leanboard.ui.common.conflict_dialog import Choice, FieldVersions

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes

IDENTITY_CODE = "010594Y9032"


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


@pytest.fixture
def open_editor(qtbot: QtBot, services: Services, drafts: DraftStore) -> Callable[..., A3Editor]:
    def make(a3_id: int, svc: Services | None = None) -> A3Editor:
        editor = A3Editor(svc or services, a3_id, drafts=drafts)
        qtbot.addWidget(editor)
        editor.resize(1500, 950)
        editor.show()
        editor.activateWindow()  # Ctrl+S is a window shortcut: the window must be active
        qtbot.waitUntil(editor.isActiveWindow)
        qtbot.waitUntil(lambda: editor.detail is not None)  # read off the GUI thread
        answered(qtbot)
        return editor

    return make


def type_into(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type like a person, key by key. QTest.keyClicks asserts on non-ASCII (ä, ö, →), so
    each character goes in as a key event carrying its text, as a keyboard sends it."""
    widget.setFocus()
    widget.clear()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_a3_from_a_problem_through_every_phase(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    open_editor: Callable[..., A3Editor],
    drafts: DraftStore,
) -> None:
    problem = services.problems.create_problem(board.id, "D", "Siirtoviiveet pidentävät hoitoa")
    measure = services.measures.create_measure(board.id, "Siirtoviivepäivät", unit="vrk")
    services.measures.record_value(measure.id, board.id, "2026-W40", 11)
    started = services.a3.start_from_problem(problem.id, owner="Osastonhoitaja")
    editor = open_editor(started.id)
    ui = editor.ui
    assert ui.titleEdit.text() == "Siirtoviiveet pidentävät hoitoa"
    assert "SQDC-ongelmasta" in ui.linkValue.text()

    type_into(qtbot, ui.backgroundEdit, "Päivystyksestä ei saatu potilaita osastolle.")
    type_into(qtbot, ui.currentConditionEdit, "579 siirtoviivepäivää vuodessa.")
    type_into(qtbot, ui.targetConditionEdit, "Alle 200 vuoden loppuun mennessä.")
    type_into(qtbot, ui.rootCauseEdit, "Kotiutus suunnitellaan liian myöhään.")
    type_into(qtbot, editor.five_whys.edits[0], "Potilas odottaa jatkohoitopaikkaa.")
    type_into(qtbot, editor.five_whys.edits[1], "Paikkaa haetaan vasta lopussa.")
    type_into(qtbot, editor.fishbone.edits["Ihmiset"], "Vastuu epäselvä")
    type_into(qtbot, ui.countermeasuresEdit, "Kotiutuskoordinaattori arkiaamuihin.")
    ui.measureCombo.setCurrentIndex(ui.measureCombo.findData(measure.id))
    assert not ui.chartHost.isHidden()

    # The plan: two rows typed into the table's own editors.
    model = editor.plan.model
    for text, owner, due in (("Tehtävänkuva", "Osastonhoitaja", "1.12.2026"), ("Huddleen", "", "")):
        qtbot.mouseClick(editor.plan.add_button, Qt.MouseButton.LeftButton)
        row = model.rowCount() - 1
        for col, value in ((0, text), (1, owner), (2, due)):
            model.setData(model.index(row, col), value)
    assert editor.windowTitle().startswith("● ")

    qtbot.keyClick(
        editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )  # Ctrl+S
    saved = services.a3.get(started.id)
    assert saved.background == "Päivystyksestä ei saatu potilaita osastolle."
    assert saved.five_whys == (
        "Potilas odottaa jatkohoitopaikkaa.",
        "Paikkaa haetaan vasta lopussa.",
    )
    assert saved.fishbone == {"Ihmiset": ("Vastuu epäselvä",)}
    assert [(a.action, a.owner) for a in saved.actions] == [
        ("Tehtävänkuva", "Osastonhoitaja"),
        ("Huddleen", None),
    ]
    assert saved.effect_measure_id == measure.id
    assert not editor.dirty and drafts.load(services.database_label, started.id) is None

    for phase in ("do", "check", "act", "done"):
        ui.phaseCombo.setCurrentIndex(ui.phaseCombo.findData(phase))
        if phase == "check":
            model.setData(model.index(0, 3), "done")
            type_into(qtbot, ui.followUpEdit, "579 → 198 vuodessa.")
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
        assert services.a3.get(started.id).phase == phase
    final = services.a3.get(started.id)
    assert final.follow_up == "579 → 198 vuodessa." and final.actions[0].status == "done"
    assert services.a3.for_problem(problem.id) is not None


def test_identity_code_in_a_why_is_refused_at_that_field(
    qtbot: QtBot, services: Services, board: BoardInfo, open_editor: Callable[..., A3Editor]
) -> None:
    a3 = services.a3.create_a3(board.id, "Lääkejako")
    editor = open_editor(a3.id)
    third = editor.five_whys.edits[2]
    type_into(qtbot, third, f"Potilas {IDENTITY_CODE} odotti")
    error = editor.five_whys.errors[2]
    assert "henkilötunnus" in error.text() and error.isVisible()
    assert "Miksi? 3" in error.text()
    assert third.text() == f"Potilas {IDENTITY_CODE} odotti"  # the text stays
    assert not editor.ui.saveButton.isEnabled()
    qtbot.keyClick(
        editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    assert services.a3.get(a3.id).five_whys == ()  # nothing stored
    type_into(qtbot, third, "Potilas odotti")
    assert not error.isVisible() and editor.ui.saveButton.isEnabled()


def test_a_draft_survives_closing_without_saving_and_is_offered_back(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    open_editor: Callable[..., A3Editor],
    drafts: DraftStore,
    messages: MessageBoxes,
) -> None:
    a3 = services.a3.create_a3(board.id, "Kaatumiset")
    editor = open_editor(a3.id)
    type_into(qtbot, editor.ui.rootCauseEdit, "Yövalaistus puuttuu käytävältä.")
    editor.close()  # not saved
    answered(qtbot)  # the draft is written off the GUI thread
    assert services.a3.get(a3.id).root_cause is None
    assert drafts.load(services.database_label, a3.id) is not None

    messages.answer = True
    again = open_editor(a3.id)
    assert [title for kind, title, _ in messages.shown if kind == "ask"] == [
        "Palauta tallentamaton luonnos?"
    ]
    assert again.ui.rootCauseEdit.toPlainText() == "Yövalaistus puuttuu käytävältä."
    assert again.save()
    answered(qtbot)
    assert services.a3.get(a3.id).root_cause == "Yövalaistus puuttuu käytävältä."
    assert drafts.load(services.database_label, a3.id) is None


def test_autosave_writes_the_draft_while_typing(
    qtbot: QtBot,
    services: Services,
    board: BoardInfo,
    open_editor: Callable[..., A3Editor],
    drafts: DraftStore,
) -> None:
    a3 = services.a3.create_a3(board.id, "Autosave")
    editor = open_editor(a3.id)
    editor._autosave.setInterval(50)  # the same timer, shortened for the test
    type_into(qtbot, editor.ui.backgroundEdit, "Kirjoitettu teksti")
    qtbot.waitUntil(lambda: drafts.load(services.database_label, a3.id) is not None, timeout=2000)
    draft = drafts.load(services.database_label, a3.id)
    assert draft is not None and draft.fields["background"] == "Kirjoitettu teksti"


@pytest.mark.parametrize("choice", [Choice.KEEP_MINE, Choice.KEEP_THEIRS])
def test_conflict_between_two_sessions_shows_both_texts(
    qtbot: QtBot,
    services: Services,
    sqlite_url: str,
    board: BoardInfo,
    open_editor: Callable[..., A3Editor],
    monkeypatch: pytest.MonkeyPatch,
    choice: Choice,
) -> None:
    a3 = services.a3.create_a3(board.id, "Yhteinen A3")
    other = open_services(sqlite_url, actor="toinen@pc2")
    try:
        mine = open_editor(a3.id)
        theirs = open_editor(a3.id, other)
        type_into(qtbot, theirs.ui.rootCauseEdit, "Toisen analyysi")
        assert theirs.save()
        answered(qtbot)
        type_into(qtbot, mine.ui.rootCauseEdit, "Minun analyysini")
        shown: list[list[FieldVersions]] = []

        def answer(fields: list[FieldVersions]) -> Choice:
            shown.append(fields)
            return choice

        monkeypatch.setattr(mine, "ask_conflict", answer)
        assert mine.save()  # started; the conflict is found when it reaches the database
        answered(qtbot)
        row = next(f for f in shown[0] if f.label == "Juurisyyanalyysi")
        assert (row.mine, row.theirs, row.differs) == ("Minun analyysini", "Toisen analyysi", True)
        stored = services.a3.get(a3.id).root_cause
        if choice is Choice.KEEP_MINE:
            assert stored == "Minun analyysini"
            history = [
                c.details.get("root_cause") for c in services.history.of_item("a3_report", a3.id)
            ]
            assert ["Toisen analyysi", "Minun analyysini"] in history  # both kept
        else:
            assert stored == "Toisen analyysi"
            assert mine.ui.rootCauseEdit.toPlainText() == "Toisen analyysi"
    finally:
        other.close()


def test_read_only_on_the_wall_and_grab(
    qtbot: QtBot, services: Services, board: BoardInfo, tmp_path: Path, drafts: DraftStore
) -> None:
    a3 = services.a3.create_a3(board.id, "Vain luku")
    editor = A3Editor(services, a3.id, drafts=drafts, read_only=True)
    qtbot.addWidget(editor)
    editor.resize(1500, 950)
    editor.show()
    assert editor.ui.saveButton.isHidden()
    # Read-only rather than disabled, so the text stays black and scrolls; typing does nothing.
    assert all(field.isReadOnly() for field in editor.text_fields())
    type_into(qtbot, editor.ui.backgroundEdit, "ei pitäisi näkyä")
    assert editor.ui.backgroundEdit.toPlainText() == ""
    assert not editor.save()
    assert not editor.grab().isNull()

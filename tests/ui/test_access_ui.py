"""What people see of access control: no password in a dialog, a PIN pause that outlives the
pad and the program, the PIN asked twice, the note while access control is off, and only the
buttons the role may use (PostgreSQL parts as real login roles)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pg_access import Org, org_fixture  # noqa: F401  (the `org` fixture)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from leanboard.app import open_or_explain
from leanboard.services import Services, open_services
from leanboard.services.dto import BoardInfo
from leanboard.store.models import utcnow
from leanboard.ui.admin.board_settings import BoardSettingsDialog
from leanboard.ui.common import ops
from leanboard.ui.common.theme import WALL
from leanboard.ui.desk.main_window import MainWindow
from leanboard.ui.problems.card import ProblemCard
from leanboard.ui.wall.pin_pad import PinPadDialog

if TYPE_CHECKING:
    from tests.ui.conftest import MessageBoxes

SHOTS = Path("/tmp/leanboard-access")


def shot(widget: object, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))  # type: ignore[attr-defined]


# --- passwords ------------------------------------------------------------------------------


def test_the_start_up_error_dialog_shows_no_password(messages: MessageBoxes) -> None:
    secret = "Hy5sKarhu!Salasana"
    for url in (
        f"postgresql://virtanen:{secret}@127.0.0.1:1/leanboard",  # nothing listens there
        f"postgresql://virtanen:{secret}@[::1/leanboard",  # not a URL at all
        f"postgresql+nosuchdriver://virtanen:{secret}@host/leanboard",
    ):
        assert open_or_explain(url) is None
    texts = messages.texts("error")
    assert len(texts) == 3
    for text in texts:
        assert secret not in text
    assert "virtanen:***@127.0.0.1" in texts[0]


# --- the PIN pad ------------------------------------------------------------------------------


def pad(qtbot: QtBot, services: Services, board: BoardInfo) -> PinPadDialog:
    dialog = PinPadDialog(services, board.id, WALL)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(ops.idle, timeout=15000)  # the pad asks for the pause when it opens
    return dialog


def press(qtbot: QtBot, dialog: PinPadDialog, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(dialog.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.keys["OK"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(ops.idle, timeout=15000)


def test_the_pin_pause_survives_closing_the_pad_and_a_restart(
    qtbot: QtBot, services: Services, board: BoardInfo, sqlite_url: str
) -> None:
    now = utcnow()
    services.pins.now = lambda: now
    services.pins.set_pin(board.id, "482913")
    first = pad(qtbot, services, board)
    press(qtbot, first, "111111")
    assert first.message.text() == "Väärä PIN-koodi." and first.keys["OK"].isEnabled()
    press(qtbot, first, "222222")  # the second wrong try in a row: a pause
    assert not first.keys["OK"].isEnabled()
    assert "Odota 1 s" in first.message.text()
    # Three more wrong tries from other screens, each after its pause: 8 s to wait now.
    for wait in (1, 2, 4):
        now += dt.timedelta(seconds=wait)
        assert not services.pins.try_pin(board.id, "333333").ok
    first.reject()

    again = pad(qtbot, services, board)  # cancel and reopen: the pause is still there
    assert not again.keys["OK"].isEnabled()
    assert "Odota 8 s" in again.message.text()
    shot(again, "pin-pad-paused")
    again.reject()

    services.close()  # a restart: a new program on the same database file
    restarted = open_services(sqlite_url)
    try:
        restarted.pins.now = lambda: now
        after = pad(qtbot, restarted, board)
        assert not after.keys["OK"].isEnabled() and "Odota 8 s" in after.message.text()
        after.reject()
        restarted.pins.now = lambda: now + dt.timedelta(seconds=9)
        done = pad(qtbot, restarted, board)
        assert done.keys["OK"].isEnabled() and done.message.text() == ""
        with qtbot.waitSignal(done.unlocked, timeout=1000):
            press(qtbot, done, "482913")
        assert restarted.pins.state(board.id).failures == 0
    finally:
        restarted.close()


# --- setting the PIN --------------------------------------------------------------------------


def settings(qtbot: QtBot, services: Services, board: BoardInfo) -> BoardSettingsDialog:
    dialog = BoardSettingsDialog(services, services.boards.get(board.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(ops.idle, timeout=15000)  # the board list and the login's rights
    return dialog


def save(qtbot: QtBot, dialog: BoardSettingsDialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(ops.idle, timeout=15000)


def test_a_new_pin_is_typed_twice_or_suggested_and_can_be_removed(
    qtbot: QtBot, services: Services, board: BoardInfo
) -> None:
    dialog = settings(qtbot, services, board)
    ui = dialog.ui
    assert not ui.pin_remove_check.isVisible()  # nothing to remove yet
    assert not ui.pin_old_edit.isVisible()  # all rights here (SQLite): no current PIN asked
    assert "6 numeroa" in ui.pin_edit.placeholderText()
    ui.pin_edit.setText("482913")
    ui.pin_again_edit.setText("482931")
    assert dialog.checks.message_of(ui.pin_again_edit) == (
        "PIN-koodit eivät ole samat: kirjoita sama PIN-koodi kahdesti."
    )
    assert not dialog.save_button.isEnabled()
    qtbot.mouseClick(ui.pin_suggest_button, Qt.MouseButton.LeftButton)
    suggested = ui.pin_edit.text()
    assert len(suggested) == 6 and suggested.isdigit() and ui.pin_again_edit.text() == suggested
    assert ui.pin_edit.echoMode() == QLineEdit.EchoMode.Normal  # shown once, to note it down
    shot(dialog, "board-settings-pin")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.pins.check_pin(board.id, suggested)

    dialog = settings(qtbot, services, board)
    assert dialog.ui.pin_remove_check.isVisible()
    dialog.ui.pin_remove_check.setChecked(True)
    assert not dialog.ui.pin_edit.isEnabled()
    save(qtbot, dialog)
    assert not services.boards.get(board.id).has_pin
    actions = [c.action for c in services.history.of_item("board", board.id)]
    assert actions[-2:] == ["set_pin", "remove_pin"]


# --- the access note and the role's buttons (PostgreSQL) ------------------------------------


@pytest.mark.postgres
def test_the_window_says_when_access_control_is_off(qtbot: QtBot, pg_schema_url: str) -> None:
    services = open_services(pg_schema_url, actor="test@pytest")
    try:
        services.boards.create_board("OS3", "Osasto 3", "team")
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(ops.idle, timeout=15000)
        assert window.access_label.isVisible()
        assert window.access_label.text().startswith("⚠ Käyttöoikeudet eivät ole käytössä")
        shot(window, "main-window-access-off")
        services.access.setup()
        window.close()
        window = MainWindow(services)
        qtbot.addWidget(window)
        qtbot.waitUntil(ops.idle, timeout=15000)
        assert "tietokannan omistaja: kaikki oikeudet" in window.access_label.text()
    finally:
        services.close()


def test_a_single_pc_says_it_checks_no_access(qtbot: QtBot, services: Services) -> None:
    services.boards.create_board("OS3", "Osasto 3", "team")
    window = MainWindow(services)
    qtbot.addWidget(window)
    qtbot.waitUntil(ops.idle, timeout=15000)
    assert "käyttöoikeuksia ei tarkisteta" in window.access_label.text()
    assert window.board_menu.settings_action.isVisible()


@pytest.mark.postgres
def test_the_desktop_offers_only_what_the_role_may_do(qtbot: QtBot, org: Org) -> None:
    wall = org.login(("wall", "A-T1"))
    window = MainWindow(wall.services)
    qtbot.addWidget(window)
    window.show()
    window.select_board(org.ids["A-T1"])
    qtbot.waitUntil(ops.idle, timeout=15000)
    assert window.access_label.text() == (
        f"Tunnus {wall.name} · tällä taululla: kirjaus (fiilis, ideat, tapahtumat, palaverit)"
    )
    menu = window.board_menu
    assert not menu.settings_action.isVisible() and not menu.value_action.isVisible()
    assert menu.history_action.isVisible()  # reading is for everyone
    window.select_board(org.ids["B-T1"])
    qtbot.waitUntil(ops.idle, timeout=15000)
    assert window.access_label.text().endswith("tällä taululla: vain luku")

    leader = org.login(("leader", "A"))
    window = MainWindow(leader.services)
    qtbot.addWidget(window)
    window.show()
    window.select_board(org.ids["A-T1"])
    qtbot.waitUntil(ops.idle, timeout=15000)
    assert window.access_label.text().endswith("tällä taululla: vetäjän oikeudet")
    assert window.board_menu.settings_action.isVisible()


@pytest.mark.postgres
def test_the_problem_card_shows_the_role_its_buttons_and_a_refusal_in_words(
    qtbot: QtBot, org: Org
) -> None:
    team_leader = org.login(("leader", "A-T1")).services
    problem = team_leader.problems.create_problem(org.ids["A-T1"], "D", "Sijaisia ei saada")
    problem = team_leader.problems.escalate_problem(problem.id, problem.version, "Päätös?")
    unit = org.owner.boards.get(org.ids["A-U"])
    team = org.owner.boards.get(org.ids["A-T1"])

    def card(services: Services, board: BoardInfo) -> ProblemCard:
        # As the problems panel opens it: with the rights its board snapshot carries.
        rights = services.view.snapshot(board.id).rights
        item = services.problems.get(problem.id)
        shown = ProblemCard(services, item, board, None, WALL, None, rights)
        qtbot.addWidget(shown)
        shown.show()
        return shown

    wall = card(org.login(("wall", "A-T1")).services, team)
    assert not any(b.isVisible() for b in wall.status_buttons.values())
    assert not wall.escalate_button.isVisible()
    assert wall.role_note.text() == "Tilan ja eskaloinnin muuttaa taulun vetäjä."

    unit_leader = card(org.login(("leader", "A-U")).services, unit)
    assert not any(b.isVisible() for b in unit_leader.answer_buttons.values())
    assert "rooli manager" in unit_leader.role_note.text()

    manager = card(org.login(("manager", "A-U")).services, unit)
    assert all(b.isVisible() for b in manager.answer_buttons.values())
    assert not manager.role_note.isVisible()

    # A change the role does not allow, made anyway (a board changed its tree meanwhile): the
    # database refuses and the card says so in words, keeping the typed answer.
    other = card(org.login(("manager", "B-U")).services, unit)
    other.rights = manager.rights  # as if the card had been opened with a manager's rights
    other._show(other.problem)
    other.answer_edit.setText("Palkataan sijainen")
    other.answer("decision")
    qtbot.waitUntil(ops.idle, timeout=15000)
    assert other.isVisible()
    assert other.error_label.text().startswith("✖ Ei oikeutta: tunnuksen")
    assert other.answer_edit.text() == "Palkataan sijainen"
    other.resize(1000, 640)
    shot(other, "problem-card-refused")
    assert org.owner.problems.get(problem.id).waiting_board_id == org.ids["A-U"]


@pytest.mark.postgres
def test_settings_ask_the_current_pin_of_a_non_leader_and_keep_the_tree_for_admins(
    qtbot: QtBot, org: Org
) -> None:
    org.owner.pins.set_pin(org.ids["A-T1"], "482913")
    team = org.owner.boards.get(org.ids["A-T1"])
    leader = settings(qtbot, org.login(("leader", "A-U")).services, team)
    assert not leader.ui.pin_old_edit.isVisible()  # a leader of the board needs no old PIN
    assert leader.ui.code_edit.isReadOnly() and not leader.ui.parent_combo.isEnabled()

    admin = settings(qtbot, org.login(("admin", None)).services, team)
    ui = admin.ui
    assert ui.pin_old_edit.isVisible() and not ui.code_edit.isReadOnly()
    ui.pin_edit.setText("135790")
    ui.pin_again_edit.setText("135790")
    assert not admin.save_button.isEnabled()
    assert "vaihtamiseen" in ui.pin_old_edit.placeholderText()
    assert not admin.checks.check_all()  # what pressing Save shows
    assert admin.checks.message_of(ui.pin_old_edit) == (
        "Kirjoita nykyinen PIN-koodi: ilman sitä PIN-koodia ei voi vaihtaa."
    )
    ui.pin_old_edit.setText("000000")  # wrong: refused at the field, a wrong try counted
    save(qtbot, admin)
    assert admin.isVisible() and admin.checks.message_of(ui.pin_old_edit) == "Väärä PIN-koodi."
    ui.pin_old_edit.setText("482913")
    save(qtbot, admin)
    assert not admin.isVisible()
    assert org.owner.pins.check_pin(team.id, "135790")


@pytest.mark.postgres
def test_a_wall_shows_the_recording_keys_on_its_own_board_only(qtbot: QtBot, org: Org) -> None:
    from leanboard.ui.board.view import BoardView

    wall = org.login(("wall", "A-T1")).services
    view = BoardView(wall, WALL)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.set_board(org.ids["A-T1"])
    qtbot.waitUntil(ops.idle, timeout=15000)
    view.show()
    mood, safety, huddle = view.sections["mood"], view.sections["safety"], view.sections["huddle"]
    assert all(b.isVisible() for b in mood.buttons)  # type: ignore[attr-defined]
    assert huddle.done_button.isVisible()  # type: ignore[attr-defined]
    assert "kirjaa tai katso" in safety.hint.text()  # type: ignore[attr-defined]

    view.set_board(org.ids["A-T2"])  # the team next door, from the wall menu

    qtbot.waitUntil(ops.idle, timeout=15000)
    assert not any(b.isVisible() for b in mood.buttons)  # type: ignore[attr-defined]
    assert mood.status_label.text() == "Tällä tunnuksella ei äänestetä tällä taululla."  # type: ignore[attr-defined]
    assert not huddle.done_button.isVisible()  # type: ignore[attr-defined]
    hint = safety.hint.text()  # type: ignore[attr-defined]
    assert "katso tapahtumat" in hint and "kirjaa" not in hint  # looks, does not record
    # A day opens to show what is recorded on it, without the keys that would record.
    safety.open_event_dialog()  # type: ignore[attr-defined]
    card = safety.event_dialog  # type: ignore[attr-defined]
    assert card is not None and not card.may_record
    assert card.buttons and not any(b.isVisibleTo(card) for b in card.buttons.values())
    shot(view, "wall-other-board-read-only")

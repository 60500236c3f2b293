"""A3s in progress, the huddle timer, and logging a held huddle with its attendance."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from section_helpers import Org, org_fixture  # noqa: F401  (the `org` fixture)
from wall_touch import unreadable_labels

from leanboard.ui.a3.panel import A3Panel
from leanboard.ui.common.theme import DESK, WALL, Scale
from leanboard.ui.common.undo import undo_bar_for
from leanboard.ui.huddle.panel import HuddlePanel


def test_a3s_in_progress_with_phase_owner_and_overdue_actions(qtbot: QtBot, org: Org) -> None:
    s = org.services
    a3 = s.a3.create_a3(org.team.id, "Kotiutuksen viiveet", owner="Osastonhoitaja Mari")
    done = s.a3.create_a3(org.team.id, "Valmis jo")
    s.a3.set_phase(a3.id, a3.version, "do")
    s.a3.set_phase(done.id, done.version, "done")
    panel = A3Panel(s, WALL)
    qtbot.addWidget(panel)
    panel.resize(560, 420)
    panel.show()
    panel.show_snapshot(s.view.snapshot(org.team.id))
    tiles = panel.tiles()
    assert [t.title for t in tiles] == ["Kotiutuksen viiveet"]  # done ones are not in progress
    assert tiles[0].status == ["Vaihe: Toteuta"]
    assert tiles[0].meta == "Osastonhoitaja Mari"
    assert not panel.empty_label.isVisible()
    panel.grab().save("/tmp/test_a3.png")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def make_huddle(qtbot: QtBot, org: Org) -> HuddlePanel:
    panel = HuddlePanel(org.services, WALL)
    qtbot.addWidget(panel)
    panel.resize(560, 420)
    panel.changed.connect(lambda: panel.show_snapshot(org.services.view.snapshot(org.team.id)))
    panel.show()
    panel.show_snapshot(org.services.view.snapshot(org.team.id))
    return panel


def test_timer_counts_down_pauses_and_says_time_is_up(qtbot: QtBot, org: Org) -> None:
    panel = make_huddle(qtbot, org)
    clock = FakeClock()
    panel.clock = clock
    assert panel.time_label.text() == "15:00"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    assert panel.start_button.text() == "❚❚ Tauko"
    clock.now += 61
    panel._show_time()
    assert panel.time_label.text() == "13:59"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # pause
    clock.now += 600
    panel._show_time()
    assert panel.time_label.text() == "13:59"
    assert panel.state_label.text() == "Tauolla"
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)  # go on
    clock.now += 14 * 60
    panel._show_time()
    assert panel.time_label.text() == "00:00"
    assert panel.state_label.text() == "▲ Aika loppui"
    assert "background" in panel.time_label.styleSheet()  # amber, and the words say it too
    panel.grab().save("/tmp/test_huddle_over.png")
    qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton)
    assert panel.time_label.text() == "15:00"
    assert panel.state_label.text() == "Valmiina"


def test_log_a_huddle_with_nine_attendees(qtbot: QtBot, org: Org) -> None:
    panel = make_huddle(qtbot, org)
    clock = FakeClock()
    panel.clock = clock
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    clock.now += 12 * 60
    assert panel.held_label.text() == "Tänään ei vielä kirjattu palaveria."

    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.count_label.text() == "5"
    for _ in range(5):
        qtbot.mouseClick(dialog.plus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.minus_button, Qt.MouseButton.LeftButton)
    assert dialog.count_label.text() == "9"
    dialog.grab().save("/tmp/test_huddle_dialog.png")
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    today = org.services.view.snapshot(org.team.id).huddles_today
    assert [(h.attendance, h.duration_minutes) for h in today] == [(9, 12)]
    assert panel.held_label.text().startswith("Pidetty klo ")
    assert panel.held_label.text().endswith(", 9 osallistujaa")
    assert panel.time_label.text() == "15:00"  # the timer is ready for the next huddle


def test_a_second_log_the_same_day_edits_the_days_entry_and_can_be_undone(
    qtbot: QtBot, org: Org
) -> None:
    panel = make_huddle(qtbot, org)
    s = org.services
    s.huddles.log_huddle(org.team.id, 7, 10)
    panel.show_snapshot(s.view.snapshot(org.team.id))
    height = panel.height()
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Tämän päivän palaveri"
    assert dialog.save_button.text() == "Tallenna muutos"
    assert (dialog.count_label.text(), dialog.minutes_label.text()) == ("7", "10")
    qtbot.mouseClick(dialog.plus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.longer_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    today = s.view.snapshot(org.team.id).huddles_today
    assert [(h.attendance, h.duration_minutes) for h in today] == [(8, 11)]
    assert panel.held_label.text().endswith(", 8 osallistujaa")
    assert panel.height() == height  # one line, edited: the header keeps its height

    bar = undo_bar_for(panel)
    assert bar.text_label.text() == "✔ Päivän palaveri muutettu: 8 osallistujaa."
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    today = s.view.snapshot(org.team.id).huddles_today
    assert [(h.attendance, h.duration_minutes) for h in today] == [(7, 10)]
    assert [c.action for c in s.history.of_item("huddle", today[0].id)] == [
        "create",
        "update",
        "undo",
    ]


@pytest.mark.parametrize("scale", [WALL, DESK], ids=["wall", "desk"])
def test_the_held_card_is_readable_over_the_white_strip(
    qtbot: QtBot, org: Org, scale: Scale
) -> None:
    """The strip's white text must not reach its card (white on white, issue 16)."""
    panel = HuddlePanel(org.services, scale)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_snapshot(org.services.view.snapshot(org.team.id))
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    assert unreadable_labels(dialog) == []
    assert dialog.heading.palette().color(dialog.heading.foregroundRole()).name() == "#1b1b1b"
    dialog.reject()

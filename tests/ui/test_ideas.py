"""Ideas on the wall: tap an idea, move it on, and see what happens when someone was faster."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from section_helpers import Org, org_fixture  # noqa: F401  (the `org` fixture)

from leanboard.ui.common.theme import WALL
from leanboard.ui.common.undo import undo_bar_for
from leanboard.ui.ideas.panel import IdeasPanel


def make_panel(qtbot: QtBot, org: Org) -> IdeasPanel:
    panel = IdeasPanel(org.services, WALL)
    qtbot.addWidget(panel)
    panel.resize(1100, 420)
    panel.changed.connect(lambda: panel.show_snapshot(org.services.view.snapshot(org.team.id)))
    panel.show()
    panel.show_snapshot(org.services.view.snapshot(org.team.id))
    qtbot.waitExposed(panel)
    return panel


def test_tap_an_idea_and_move_it_from_new_to_plan(qtbot: QtBot, org: Org) -> None:
    s = org.services
    idea = s.ideas.create_idea(org.team.id, "Lääkehuoneen hyllyjen merkintä", owner="Sari")
    panel = make_panel(qtbot, org)
    assert [t.title for t in panel.columns["new"].tiles()] == [idea.title]
    assert panel.columns["new"].heading.text() == "Uudet (1)"

    tile = panel.tile_for(idea.id)
    assert tile is not None
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    card = panel.card
    assert card is not None and card.isVisible()
    assert card.move_button.text() == "Siirrä: Suunnittele  ➜"
    card.grab().save("/tmp/test_idea_card.png")

    with qtbot.waitSignal(panel.changed, timeout=1000):
        qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)

    assert s.ideas.get(idea.id).state == "plan"
    assert panel.columns["new"].tiles() == []
    assert [t.title for t in panel.columns["plan"].tiles()] == [idea.title]


def test_a_stale_card_reloads_and_says_so_in_finnish(qtbot: QtBot, org: Org) -> None:
    s = org.services
    idea = s.ideas.create_idea(org.team.id, "Vuoronvaihtoraportti SBAR-mallilla")
    panel = make_panel(qtbot, org)
    tile = panel.tile_for(idea.id)
    assert tile is not None
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    card = panel.card
    assert card is not None

    s.ideas.move_idea(idea.id, idea.version)  # another screen moves it to plan first
    qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)

    assert s.ideas.get(idea.id).state == "plan"  # not moved twice
    assert "Joku muu ehti muuttaa ideaa" in card.error_text
    assert card.state_label.text() == "Tila: Suunnittele"
    assert card.move_button.text() == "Siirrä: Toteuta  ➜"
    assert card.isVisible()


def test_overdue_and_mood_prompt_ideas_are_marked_in_words(qtbot: QtBot, org: Org) -> None:
    s = org.services
    late = s.ideas.create_idea(org.team.id, "Myöhässä oleva", due_date=dt.date(2020, 1, 1))
    mood = s.ideas.create_idea(org.team.id, "Taukotila siistiksi", origin="mood_prompt")
    panel = make_panel(qtbot, org)
    late_tile, mood_tile = panel.tile_for(late.id), panel.tile_for(mood.id)
    assert late_tile is not None and mood_tile is not None
    assert any("myöhässä" in line for line in late_tile.status)
    assert late_tile.alert
    assert "♥ fiilis" in mood_tile.status
    assert not mood_tile.alert
    # Oldest first.
    assert [t.title for t in panel.columns["new"].tiles()] == [late.title, mood.title]
    panel.grab().save("/tmp/test_ideas.png")


def test_a_move_is_taken_back_with_kumoa(qtbot: QtBot, org: Org) -> None:
    s = org.services
    idea = s.ideas.create_idea(org.team.id, "Kiitos näkyviin", owner="Sari")
    panel = make_panel(qtbot, org)
    tile = panel.tile_for(idea.id)
    assert tile is not None
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    card = panel.card
    assert card is not None
    qtbot.mouseClick(card.move_button, Qt.MouseButton.LeftButton)
    assert s.ideas.get(idea.id).state == "plan"
    bar = undo_bar_for(panel)
    assert bar.offering and bar.text_label.text() == "✔ ”Kiitos näkyviin” siirretty: Suunnittele"
    with qtbot.waitSignal(panel.changed, timeout=2000):
        qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    back = s.ideas.get(idea.id)
    assert (back.state, back.state_changed_at) == (idea.state, idea.state_changed_at)
    assert [t.title for t in panel.columns["new"].tiles()] == ["Kiitos näkyviin"]
    assert [c.action for c in s.history.of_item("idea", idea.id)] == ["create", "move", "undo"]

"""The run chart as drawn: target and median lines, flagged points, Finnish words and labels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from leanboard.ui.common.charts import RunChart, nice_step, period_label
from leanboard.ui.common.theme import WALL

# 24 weeks: eight high weeks, then sixteen that cross the median often. Median 2.5.
SHIFT_OF_EIGHT = [5.0] * 8 + [1, 2, 3, 1, 2, 3, 1, 2, 1, 2, 3, 1, 2, 3, 1, 2]


def make_chart(qtbot: QtBot) -> RunChart:
    chart = RunChart(WALL)
    qtbot.addWidget(chart)
    chart.resize(480, 260)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_target_median_and_shift_of_eight_are_drawn(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    labels = [f"vk {w}" for w in range(24, 48)]
    chart.set_data(SHIFT_OF_EIGHT, labels, target=4.0)

    assert chart.target_line.isVisible()
    assert chart.target_line.value() == 4.0
    assert chart.median_line.value() == 2.5
    # The lines are named in the right margin (issue 16: a name on the data hid points).
    assert chart.line_labels.labels == [(4.0, "tavoite", "#2e7d32"), (2.5, "mediaani", "#5f6770")]

    _xs, ys = chart.values_item.getData()
    assert list(ys) == SHIFT_OF_EIGHT
    flagged = chart.signal_item.getData()
    assert list(flagged[0]) == list(range(8))  # the eight high weeks, and only them
    assert all(y == 5.0 for y in flagged[1])
    assert chart.signal_text == "◆ Ei-satunnainen muutos: pitkä sarja"
    assert chart.signal_label.isVisible()
    chart.grab().save("/tmp/run_chart_shift.png")


def line_names_in_scene(chart: RunChart) -> list[tuple[str, QRectF]]:
    chart.grab()  # paints: the names are placed as drawn
    axis = chart.line_labels
    return [(text, axis.mapRectToScene(rect)) for text, rect in axis.placed]


def test_line_names_never_cover_a_point_or_each_other(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    # Target and median almost equal: their names would sit on each other.
    values = [7.0, 7.2, 6.8, 7.1, 7.0, 6.9, 7.3, 7.0, 7.1, 6.9, 7.2, 7.0]
    chart.set_data(values, [str(i) for i in range(12)], target=7.05)
    names = line_names_in_scene(chart)
    assert [text for text, _rect in names] == ["tavoite", "mediaani"]
    data_area = chart.plot.getPlotItem().getViewBox().sceneBoundingRect()
    for _text, rect in names:
        assert rect.left() >= data_area.right()  # beside the data, never over it
        assert chart.line_labels.sceneBoundingRect().contains(rect)  # whole, not cut
    assert not names[0][1].intersects(names[1][1])


def test_random_series_flags_nothing_and_hides_the_sentence(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    values = [3, 5, 4, 6, 2, 7, 3, 6, 4, 5, 2, 6]
    chart.set_data(values, [str(i) for i in range(12)], target=None)
    assert not chart.target_line.isVisible()
    assert len(chart.signal_item.getData()[0]) == 0
    assert chart.signal_text == ""
    assert not chart.signal_label.isVisible()


def test_too_few_points_are_not_judged(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    chart.set_data([1, 2, 3, 4, 5, 6], [str(i) for i in range(6)], target=3)
    assert chart.signal_text == "Muutosta arvioidaan, kun pisteitä on 10"
    assert len(chart.signal_item.getData()[0]) == 0


def test_trend_and_few_crossings_are_named(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    values = [1, 2, 1, 2, 1, 2, 8, 9, 10, 11, 12, 13]
    chart.set_data(values, [str(i) for i in range(12)], target=None)
    assert "trendi" in chart.signal_text
    assert "liian vähän risteämiä" in chart.signal_text


def test_no_mouse_interaction_on_the_wall(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    view_box = chart.plot.getPlotItem().getViewBox()
    assert view_box.state["mouseEnabled"] == [False, False]
    assert not chart.plot.getPlotItem().menuEnabled()


def test_only_a_few_period_labels_fit_and_the_latest_is_one(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    labels = [f"vk {w}" for w in range(24, 50)]
    chart.set_data([float(i % 3) for i in range(26)], labels, target=None)
    ticks = chart.plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert 2 <= len(ticks) <= 8
    assert ticks[-1] == (25, "vk 49")


def test_finnish_period_labels() -> None:
    day = dt.date(2026, 11, 23)
    assert period_label(day, "week") == "vk 48"
    assert period_label(day, "month") == "marras"
    assert period_label(day, "day") == "23.11."


def test_nice_steps() -> None:
    assert nice_step(0.3) == 0.5
    assert nice_step(17) == 20
    assert nice_step(2.2) == 2.5


def test_value_ticks_have_a_decimal_comma(qtbot: QtBot) -> None:
    chart = make_chart(qtbot)
    axis = chart.plot.getPlotItem().getAxis("left")
    assert axis.tickStrings([4.5, 5.0], 1.0, 0.5) == ["4,5", "5,0"]
    assert axis.tickStrings([60.0, 80.0], 1.0, 20.0) == ["60", "80"]

"""The board's rules: mood prompt, minimum group, NPS, safety-cross day status."""

from __future__ import annotations

import pytest

from leanboard.domain.enums import PdcaState, SafetyDayStatus, Severity
from leanboard.domain.errors import ValidationError
from leanboard.domain.rules import (
    can_show_group,
    check_min_group,
    check_mood_score,
    effective_min_group,
    mood_figure,
    mood_prompts_idea,
    nps,
    safety_day_status,
    week_mood_figure,
    week_reveals_a_day,
)


@pytest.mark.parametrize(
    ("score", "prompt"), [(0, True), (6, True), (7, True), (8, False), (10, False)]
)
def test_mood_below_eight_prompts_an_idea(score: int, prompt: bool) -> None:
    assert mood_prompts_idea(score) is prompt


@pytest.mark.parametrize("bad", [-1, 11, 7.5, "7", None, True])
def test_mood_score_outside_0_to_10_is_refused(bad: object) -> None:
    with pytest.raises(ValidationError, match="0–10"):
        check_mood_score(bad)


def test_minimum_group_defaults_to_five_and_never_goes_below_three() -> None:
    assert effective_min_group(None) == 5
    assert effective_min_group(2) == 3
    assert effective_min_group(7) == 7
    with pytest.raises(ValidationError):
        check_min_group(2)
    assert not can_show_group(4, None)
    assert can_show_group(5, None)


def test_mood_figure_hidden_below_the_group_size() -> None:
    hidden = mood_figure([9, 9, 9, 2], 5)
    assert (hidden.shown, hidden.average, hidden.distribution, hidden.count) == (
        False,
        None,
        None,
        4,
    )
    shown = mood_figure([9, 9, 9, 2, 6], 5)
    assert shown.shown
    assert shown.average == pytest.approx(7.0)
    assert shown.distribution is not None
    assert shown.distribution[9] == 3 and shown.distribution[2] == 1


def test_nps_of_the_issue_example_is_45() -> None:
    answers = [10] * 120 + [8] * 50 + [3] * 30
    result = nps(answers)
    assert (result.nps, result.answers, result.promoters, result.passives, result.detractors) == (
        45,
        200,
        120,
        50,
        30,
    )


def test_nps_edges() -> None:
    assert nps([]).nps is None
    assert nps([10, 9]).nps == 100
    assert nps([0, 6]).nps == -100
    assert nps([9, 6, 7, 8]).nps == 0
    # 1 promoter, 2 detractors of 8: -12.5 rounds away from zero to -13
    assert nps([9, 0, 0, 7, 7, 7, 7, 7]).nps == -13


def test_safety_day_status_is_the_worst_event_of_the_day() -> None:
    assert safety_day_status([]) is SafetyDayStatus.NONE
    assert safety_day_status([Severity.NEAR_MISS, "near_miss"]) is SafetyDayStatus.NEAR_MISS
    assert safety_day_status(["near_miss", "harm"]) is SafetyDayStatus.HARM


def test_pdca_moves_on_and_stops_at_done() -> None:
    assert PdcaState.NEW.next() is PdcaState.PLAN
    assert PdcaState.ACT.next() is PdcaState.DONE
    assert PdcaState.DONE.next() is PdcaState.DONE


def test_week_figure_is_hidden_when_it_would_reveal_a_hidden_day() -> None:
    monday, tuesday = [9, 8, 7, 6], [9, 9, 8, 8, 8]  # Monday hidden (4 < 5)
    assert week_reveals_a_day([4, 5], 5)
    assert not week_mood_figure([monday, tuesday], 5).shown
    # Hidden days holding 5+ votes together are a group of their own: the week may show.
    hidden_pair = [[9, 8, 7], [6, 5], tuesday]
    assert not week_reveals_a_day([3, 2, 5], 5)
    shown = week_mood_figure(hidden_pair, 5)
    assert shown.shown and shown.average == pytest.approx(77 / 10)
    # No hidden day at all: the week shows as usual.
    assert week_mood_figure([tuesday, tuesday], 5).shown

"""The board's rules: minimum group, NPS, safety-cross day status (the mood release rule:
test_mood_release.py)."""

from __future__ import annotations

import pytest

from leanboard.domain.enums import PdcaState, SafetyDayStatus, Severity
from leanboard.domain.errors import ValidationError
from leanboard.domain.rules import (
    check_min_group,
    check_mood_score,
    effective_min_group,
    nps,
    safety_day_status,
)


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

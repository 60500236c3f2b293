"""The mood release rule (domain/mood_release.py): figures made of whole released groups.

The examples follow one board's week by hand; the property test checks the rule's promise on
any history of votes, taps and days: every figure ever shown is a sum of released groups of
at least the minimum group, and a group, once released, never changes.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leanboard.domain.mood_release import (
    DayVotes,
    Votes,
    can_release,
    combined,
    day_figure,
    week_figure,
)

MONDAY = dt.date(2026, 11, 23)
TUESDAY = MONDAY + dt.timedelta(days=1)
SUNDAY = MONDAY + dt.timedelta(days=6)


def day(on: dt.date, *rounds: list[int], released: int = 0, min_group: int = 5) -> DayVotes:
    return DayVotes(on, min_group, released, tuple(Votes.of(r) for r in rounds))


def test_votes_are_counts_per_score() -> None:
    votes = Votes.of([9, 9, 2, 6])
    assert votes.counts == (0, 0, 1, 0, 0, 0, 1, 0, 0, 2, 0)
    assert (votes.n, votes.total, votes.average) == (4, 26, 6.5)
    assert (votes + Votes.of([10])).n == 5
    assert Votes().average is None


def test_today_shows_only_a_count_until_the_release() -> None:
    today = day(MONDAY, [8, 9, 10, 8, 10, 9])
    figure = day_figure(today, MONDAY, 5)
    assert (figure.count, figure.shown, figure.pending, figure.average) == (6, False, 6, None)
    assert can_release(today)
    released = day(MONDAY, [8, 9, 10, 8, 10, 9], released=1)
    figure = day_figure(released, MONDAY, 5)
    assert (figure.shown_count, figure.pending, figure.average) == (6, 0, 9.0)
    assert figure.distribution == (0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2)


def test_a_late_vote_after_the_release_changes_nothing_shown_ever() -> None:
    late = day(MONDAY, [8, 9, 10, 8, 10, 9], [2], released=1)
    today = day_figure(late, MONDAY, 5)
    assert (today.count, today.shown_count, today.pending, today.average) == (7, 6, 1, 9.0)
    assert not can_release(late)  # one new vote is no group
    over = day_figure(late, TUESDAY, 5)  # the day is over: the lone vote stays out for good
    assert (over.shown_count, over.pending, over.left_out, over.average) == (6, 0, 1, 9.0)


def test_a_day_nobody_released_is_shown_at_its_end_when_enough_voted() -> None:
    enough = day(MONDAY, [4, 6, 8, 8, 9])
    assert day_figure(enough, TUESDAY, 5).average == 7.0
    few = day(MONDAY, [4, 6, 8, 9])
    figure = day_figure(few, TUESDAY, 5)
    assert (figure.shown, figure.left_out, figure.count) == (False, 4, 4)


def test_the_week_adds_what_its_days_left_out_only_when_the_week_is_over() -> None:
    monday = day(MONDAY, [9, 8, 7])  # 3: left out of Monday
    tuesday = day(TUESDAY, [6, 5], min_group=5)  # 2: left out of Tuesday
    wednesday = day(MONDAY + dt.timedelta(days=2), [9, 9, 8, 8, 8])
    running = week_figure([monday, tuesday, wednesday], SUNDAY, SUNDAY, 5)
    assert (running.shown_count, running.left_out, running.average) == (5, 5, 8.4)
    over = week_figure([monday, tuesday, wednesday], SUNDAY, SUNDAY + dt.timedelta(days=1), 5)
    assert (over.shown_count, over.left_out) == (10, 0)
    assert over.average == pytest.approx((9 + 8 + 7 + 6 + 5 + 42) / 10)
    alone = week_figure([monday, wednesday], SUNDAY, SUNDAY + dt.timedelta(days=1), 5)
    assert (alone.shown_count, alone.left_out) == (5, 3)  # 3 is no group, even at week's end


def test_a_day_keeps_the_minimum_group_of_its_first_vote() -> None:
    three = day(MONDAY, [7, 8, 9], min_group=3)
    assert day_figure(three, TUESDAY, 10).average == 8.0  # the board says 10 now
    week = week_figure([three, day(TUESDAY, [1, 2], min_group=5)], SUNDAY, dt.date(2027, 1, 1), 3)
    assert week.min_group == 5 and week.left_out == 2


def test_roll_up_cells_add_released_votes_only() -> None:
    a = day_figure(day(MONDAY, [8] * 6, released=1), MONDAY, 5)
    b = day_figure(day(MONDAY, [2, 3]), MONDAY, 5)
    total = combined([a, b], 5)
    assert (total.count, total.shown_count, total.pending, total.average) == (8, 6, 2, 8.0)


# --- the promise, on any history -----------------------------------------------------------


@st.composite
def histories(draw: st.DrawFn) -> list[tuple[str, int]]:
    """A board's fortnight as events: ('vote', score), ('tap', 0), ('night', 0)."""
    events = []
    for _ in range(draw(st.integers(1, 60))):
        kind = draw(st.sampled_from(["vote", "vote", "vote", "vote", "tap", "night"]))
        events.append((kind, draw(st.integers(0, 10)) if kind == "vote" else 0))
    return events


@settings(max_examples=300, deadline=None)
@given(histories(), st.integers(3, 6))
def test_every_figure_ever_shown_is_made_of_whole_groups_that_never_change(
    events: list[tuple[str, int]], min_group: int
) -> None:
    """Plays the history as the service does (a tap releases the open round when it holds
    enough votes) and reads the day and week figures after every event. Each vote is tagged
    with the group it ends up in; a figure must be exactly the union of some released
    groups, each of ≥ min_group votes, and a group's membership never changes once seen."""
    today = MONDAY
    rounds: dict[dt.date, list[list[int]]] = {}
    released: dict[dt.date, int] = {}
    seen_groups: set[frozenset[int]] = set()  # every released group (vote ids) seen so far
    scores: list[int] = []

    def stored(d: dt.date) -> DayVotes:
        return DayVotes(
            d,
            min_group,
            released.get(d, 0),
            tuple(Votes.of(scores[i] for i in r) for r in rounds.get(d, [])),
        )

    def check(figure_total: int, figure_n: int, groups: list[frozenset[int]]) -> None:
        assert figure_n == sum(len(g) for g in groups)
        assert figure_total == sum(scores[i] for g in groups for i in g)
        for group in groups:
            assert len(group) >= min_group
            # Released once, a group is what it is: any two seen are the same or apart, so
            # no difference of figures is ever smaller than a whole group.
            assert all(group == seen or not group & seen for seen in seen_groups)
            seen_groups.add(group)

    for kind, score in events:
        if kind == "vote":
            vote_id = len(scores)
            scores.append(score)
            day_rounds = rounds.setdefault(today, [])
            r = released.get(today, 0)
            while len(day_rounds) <= r:
                day_rounds.append([])
            day_rounds[r].append(vote_id)
        elif kind == "tap":
            if can_release(stored(today)):
                released[today] = len(rounds[today])
        else:
            today += dt.timedelta(days=1)
        # Read every figure; name the groups it must consist of.
        monday = today - dt.timedelta(days=today.weekday())
        week_days = [monday + dt.timedelta(days=i) for i in range(7)]
        left: list[int] = []
        shown_by_day: dict[dt.date, list[frozenset[int]]] = {}
        for d in week_days:
            if d not in rounds:
                continue
            groups = []
            for r, members in enumerate(rounds[d]):
                released_round = r < released.get(d, 0)
                closed_open = r >= released.get(d, 0) and d < today
                if (released_round or closed_open) and len(members) >= min_group:
                    groups.append(frozenset(members))
                elif d < today or released_round:
                    left.extend(members)
            shown_by_day[d] = groups
            figure = day_figure(stored(d), today, min_group)
            check(figure.votes.total, figure.shown_count, groups)
        week = week_figure([stored(d) for d in week_days if d in rounds], week_days[-1], today, 5)
        check(week.votes.total, week.shown_count, [g for gs in shown_by_day.values() for g in gs])
        # The week just over, with its remainder.
        last_monday = monday - dt.timedelta(days=7)
        last = [last_monday + dt.timedelta(days=i) for i in range(7)]
        last_days = [stored(d) for d in last if d in rounds]
        if last_days:
            figure = week_figure(last_days, last[-1], today, min_group)
            groups = []
            rest: list[int] = []
            for d in last:
                for r, members in enumerate(rounds.get(d, [])):
                    if len(members) >= min_group and (r < released.get(d, 0) or d < today):
                        groups.append(frozenset(members))
                    else:
                        rest.extend(members)
            if len(rest) >= min_group:
                groups.append(frozenset(rest))
            check(figure.votes.total, figure.shown_count, groups)

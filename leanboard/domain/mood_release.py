"""When a mood figure may be shown: votes are released in whole groups, never one by one.

A figure that a person can watch change one vote at a time gives that vote away: five votes
average 8,0, a sixth makes it 7,0, so the sixth was 2, and whoever stood at the screen knows
whose it was. So no figure here ever changes by a single vote. Votes are released in groups
of at least the minimum group (5 unless the board sets 3–100), a group all at once, and a
released group never changes afterwards:

1. A day's votes gather in an open *round*. "Näytä päivän fiilis" (the leader's tap at the
   huddle) releases the open round when it holds at least the minimum group; votes after it
   start the next round, which the next tap that finds enough of them releases.
2. When the day is over, its open round is released if it holds at least the minimum group;
   otherwise those votes stay out of the day's figure for good.
3. When the week is over, the votes its days left out are one more group, released in the
   week's figure (the weekly PDF, the roll-up) if together they reach the minimum group.
4. Every figure — a day on the wall and the desktop, a week on the weekly PDF, a roll-up
   cell — is a sum of released groups and nothing else. A vote not (yet) released shows only
   in a count ("4 ääntä annettu"): a count moves vote by vote but says nothing of any score.

Any figure is then a sum of whole released groups of ≥ min_group votes whose members were
fixed when they were released: whatever an observer subtracts from what, over a day, a week
or the tree of boards, the smallest piece left is a whole group. There is nothing to hide by
complementary suppression, because no shown figure contains a hidden vote.

A day's minimum group is fixed by its first vote (`DayVotes.min_group`), so a later change of
the board's setting cannot regroup votes already given (regrouping could leave a difference
of one vote between a figure before and after the change).

What no rule over totals prevents, here as on a paper board: when every vote of a released
group is the same score (all 8), the figure says so; and people who compare notes (four of
five tell their score) learn the fifth.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

MOOD_SCORES = 11  # 0..10


@dataclass(frozen=True)
class Votes:
    """A group of anonymous votes: how many gave each score 0..10, nothing else."""

    counts: tuple[int, ...] = (0,) * MOOD_SCORES

    @classmethod
    def of(cls, scores: Iterable[int]) -> Votes:
        counts = [0] * MOOD_SCORES
        for score in scores:
            counts[score] += 1
        return cls(tuple(counts))

    @property
    def n(self) -> int:
        return sum(self.counts)

    @property
    def total(self) -> int:
        return sum(score * count for score, count in enumerate(self.counts))

    @property
    def average(self) -> float | None:
        return self.total / self.n if self.n else None

    def __add__(self, other: Votes) -> Votes:
        return Votes(tuple(a + b for a, b in zip(self.counts, other.counts, strict=True)))


NO_VOTES = Votes()


def add_up(groups: Iterable[Votes]) -> Votes:
    total = NO_VOTES
    for group in groups:
        total = total + group
    return total


@dataclass(frozen=True)
class DayVotes:
    """One board's mood day as stored: its rounds, how many are released, its minimum group."""

    day: dt.date
    min_group: int
    released_rounds: int  # rounds 0 .. released_rounds-1 were released by a tap
    rounds: tuple[Votes, ...]  # by round number

    @property
    def count(self) -> int:
        return sum(r.n for r in self.rounds)

    @property
    def open_round(self) -> Votes:
        """The votes given since the last release (one round; more only in odd imports)."""
        return add_up(self.rounds[self.released_rounds :])


@dataclass(frozen=True)
class DayParts:
    shown: Votes  # released: by a tap, or at the day's end
    pending: Votes  # today's open round: released by a tap or when the day is over
    left_out: Votes  # the day is over and these were fewer than the minimum group


def day_parts(day: DayVotes, as_of: dt.date) -> DayParts:
    """Split a day's votes by the rule above; `as_of` is today (the day not over yet)."""
    shown = add_up(r for r in day.rounds[: day.released_rounds] if r.n >= day.min_group)
    # A released round under the minimum exists only in a hand-made import: never shown.
    left_out = add_up(r for r in day.rounds[: day.released_rounds] if r.n < day.min_group)
    rest = day.open_round
    if day.day >= as_of:
        return DayParts(shown, rest, left_out)
    if rest.n >= day.min_group:
        return DayParts(shown + rest, NO_VOTES, left_out)
    return DayParts(shown, NO_VOTES, left_out + rest)


@dataclass(frozen=True)
class MoodFigure:
    """A mood figure as it may be shown: made of released votes only (`votes`).

    `count` is every vote given, `pending` today's votes waiting for their release (the tap or
    the day's end), `left_out` those out of this figure because they were fewer than the
    minimum group (in a running week they may still come in with the week's remainder).
    Counts may always be shown; scores only as `average` and `distribution` of the released
    votes.
    """

    count: int
    votes: Votes
    pending: int
    left_out: int
    min_group: int

    @property
    def shown(self) -> bool:
        return self.votes.n > 0

    @property
    def shown_count(self) -> int:
        return self.votes.n

    @property
    def average(self) -> float | None:
        return self.votes.average

    @property
    def distribution(self) -> tuple[int, ...] | None:
        return self.votes.counts if self.shown else None

    @property
    def hidden(self) -> int:
        """Votes given that this figure does not contain."""
        return self.count - self.votes.n


def empty_figure(min_group: int) -> MoodFigure:
    return MoodFigure(0, NO_VOTES, 0, 0, min_group)


def day_figure(day: DayVotes | None, as_of: dt.date, min_group: int) -> MoodFigure:
    """The day's figure; `min_group` is the board's own, for a day nobody voted on yet."""
    if day is None:
        return empty_figure(min_group)
    parts = day_parts(day, as_of)
    return MoodFigure(day.count, parts.shown, parts.pending.n, parts.left_out.n, day.min_group)


def week_figure(
    days: Iterable[DayVotes], sunday: dt.date, as_of: dt.date, min_group: int
) -> MoodFigure:
    """The week's figure: its days' released votes and, once the week is over, the votes the
    days left out when together they reach the minimum group (fixed by the days' own)."""
    days = list(days)
    parts = [day_parts(d, as_of) for d in days]
    shown = add_up(p.shown for p in parts)
    pending = add_up(p.pending for p in parts)
    left_out = add_up(p.left_out for p in parts)
    count = sum(d.count for d in days)
    if days:
        min_group = max(d.min_group for d in days)
    if sunday >= as_of:  # the week is not over: what the days left out may still show then
        return MoodFigure(count, shown, pending.n, left_out.n, min_group)
    if left_out.n >= min_group:
        return MoodFigure(count, shown + left_out, 0, 0, min_group)
    return MoodFigure(count, shown, 0, left_out.n, min_group)


def combined(figures: Iterable[MoodFigure], min_group: int) -> MoodFigure:
    """Several boards' figures together (a roll-up cell): released votes only, so the sum
    is again a sum of whole released groups."""
    figures = list(figures)
    return MoodFigure(
        count=sum(f.count for f in figures),
        votes=add_up(f.votes for f in figures),
        pending=sum(f.pending for f in figures),
        left_out=sum(f.left_out for f in figures),
        min_group=min_group,
    )


def can_release(day: DayVotes | None) -> bool:
    """True when "Näytä päivän fiilis" would release the open round (enough votes in it)."""
    return day is not None and day.open_round.n >= day.min_group

"""An observer watches the wall, the desktop, the roll-up and the weekly PDFs for a week.

Votes arrive one by one through the service the wall uses, with prompted ideas and taps on
"Näytä päivän fiilis" (some refused) between them, over several days and into the next week.
After every event the observer reads every mood figure there is:

- the wall's and the desktop's data: the board snapshot of both teams and of their unit
  (today's figure with its bars, each day of the week, the count);
- the unit's roll-up (each team's cell and the total);
- the weekly PDF of each board, rendered and read back with pypdf (the mood panel, and the
  unit's roll-up page), this week's and, once it is over, last week's.

(The CSV exports of the lists — ideas, problems, events, goals — carry no mood figure at
all; export-data is the administrator's complete backup and is played separately below.)

The observer knows which votes each figure is made of: they watched who voted when, and the
rule is public (a released group is the votes since the last release; a week adds what its
days left out). Each reading is checked to be exactly that aggregate of the true scores — a
figure that moved with one vote would fail here — and goes into a linear system over the
votes (tests/disclosure.py). At the end no vote's score, nor any "vote i gave s", may be
solvable. The same observer holding export-data after every vote solves every vote: the
backup is complete, hence the administrator's alone.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from disclosure import Observer
from pypdf import PdfReader

from leanboard.domain.errors import ValidationError
from leanboard.domain.mood_release import MoodFigure
from leanboard.domain.presentation import fi_number
from leanboard.reports.weekly_pdf import render_weekly_pdf
from leanboard.services import Services
from leanboard.services.data_io import export_data
from leanboard.store.database import Database

MONDAY = dt.date(2026, 11, 23)
DAYS = [MONDAY + dt.timedelta(days=i) for i in range(8)]  # Mon..Sun and the next Monday


@dataclass
class Vote:
    board: str
    day: dt.date
    score: int


@dataclass
class Day:
    """What the observer saw of one board's day: votes in order, and the releases."""

    votes: list[int] = field(default_factory=list)  # vote ids in the order given
    released: int = 0  # how many of them (a prefix) the taps released


@dataclass
class World:
    services: Services
    boards: dict[str, int]
    votes: list[Vote] = field(default_factory=list)
    days: dict[tuple[str, dt.date], Day] = field(default_factory=dict)
    today: dt.date = MONDAY
    observer: Observer | None = None
    readings: int = 0
    pdf_pages: int = 0


# The week, as events: (day index, board, act, score). Scores are mixed in every group: a
# group whose votes all gave one score is a fact about all of them (tests/disclosure.py).
EVENTS: list[tuple[int, str, str, int]] = [
    # Monday: team A votes before its huddle, releases 6, one more comes later.
    *[(0, "A", "vote", s) for s in (8, 6, 9, 7)],
    (0, "A", "idea", 0),
    (0, "A", "tap", 0),  # refused: 4 votes
    *[(0, "A", "vote", s) for s in (10, 5)],
    (0, "A", "tap", 0),  # releases 6
    (0, "A", "vote", 2),  # late: counted, never shown with Monday
    (0, "A", "idea", 0),
    *[(0, "B", "vote", s) for s in (7, 4, 9)],  # B: three, never a day of its own
    # Tuesday: A taps twice, B votes twice.
    *[(1, "A", "vote", s) for s in (6, 8, 7, 9, 5, 8)],
    (1, "A", "tap", 0),
    *[(1, "A", "vote", s) for s in (3, 9, 6, 7, 10)],
    (1, "A", "idea", 0),
    (1, "A", "tap", 0),
    *[(1, "B", "vote", s) for s in (6, 10)],
    # Wednesday: nobody taps; A's five are released when the day is over.
    *[(2, "A", "vote", s) for s in (7, 7, 9, 4, 8)],
    (2, "B", "vote", 5),
    # Thursday: two of A's, too few for anything.
    *[(3, "A", "vote", s) for s in (9, 3)],
    # The days pass; on the next Monday the week is over: B's six left-out votes are a group.
    (7, "A", "vote", 8),
]


def figures_of(world: World, code: str) -> None:
    """Read everything the wall and the desktop show of a board, and check it."""
    snapshot = world.services.view.snapshot(world.boards[code], world.today)
    if code != "U":
        for shown_day in snapshot.mood.week:
            check_day(world, code, shown_day.day, shown_day.figure, bars=True)
        # The count may always be shown: it is every vote of the day so far.
        today = world.days.get((code, world.today), Day())
        assert snapshot.mood.today.figure.count == len(today.votes)
    if snapshot.rollup is not None:
        check_rollup(world, snapshot.rollup, week_of(world.today))


def week_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def day_set(world: World, code: str, day: dt.date) -> list[int]:
    """The votes of a board's day that the rule releases by today: taps, then the day's end."""
    found = world.days.get((code, day))
    if found is None:
        return []
    released = found.votes[: found.released]
    rest = found.votes[found.released :]
    if day < world.today and len(rest) >= 5:
        released = found.votes
    return released


def week_set(world: World, code: str, monday: dt.date) -> list[int]:
    days = [monday + dt.timedelta(days=i) for i in range(7)]
    shown = [i for d in days for i in day_set(world, code, d)]
    every = [i for d in days for i in world.days.get((code, d), Day()).votes]
    rest = [i for i in every if i not in shown]
    if days[-1] < world.today and len(rest) >= 5:
        shown += rest
    return shown


def check(world: World, members: list[int], count: int, average: float | None) -> None:
    """The figure is exactly the aggregate of `members`; the observer notes their sum."""
    assert count == len(members)
    if members:
        expected = sum(world.votes[i].score for i in members) / len(members)
        assert average == pytest.approx(expected)
        assert world.observer is not None
        world.observer.sees_sum(members)
    else:
        assert average is None


def check_day(world: World, code: str, day: dt.date, figure: MoodFigure, bars: bool) -> None:
    members = day_set(world, code, day)
    check(world, members, figure.shown_count, figure.average)
    if bars and members:
        assert figure.distribution == tuple(
            sum(1 for i in members if world.votes[i].score == s) for s in range(11)
        )
        assert world.observer is not None
        world.observer.sees_distribution(members)


def check_rollup(world: World, rollup: object, monday: dt.date) -> None:
    from leanboard.services.dto import Rollup

    assert isinstance(rollup, Rollup)
    for row in rollup.rows:
        check(
            world, week_set(world, row.board.code, monday), row.mood.shown_votes, row.mood.average
        )
    both = week_set(world, "A", monday) + week_set(world, "B", monday)
    check(world, both, rollup.total.mood.shown_votes, rollup.total.mood.average)


def pdf_of(world: World, code: str, monday: dt.date) -> None:
    """Render the board's weekly PDF as printed today and read its mood figures back."""
    services = world.services
    report = services.weekly.week(world.boards[code], monday, world.today)
    rollup = None
    if code == "U":
        last_day = min(monday + dt.timedelta(days=6), world.today)
        rollup = services.rollup.rollup(world.boards[code], last_day, as_of=world.today)
    stream = io.BytesIO()
    render_weekly_pdf(report, stream, "A4", dt.datetime(2026, 11, 23, 12), rollup)
    reader = PdfReader(io.BytesIO(stream.getvalue()))
    world.pdf_pages += len(reader.pages)
    text = reader.pages[0].extract_text()
    if not report.has_data:  # an empty week prints as such, without panels
        assert "Henkilöstön fiilis" not in text and not week_set(world, code, monday)
    elif code != "U":
        lines = text.splitlines()
        for day_figure in report.mood.days:
            d = day_figure.day
            label = f"{('ma', 'ti', 'ke', 'to', 'pe', 'la', 'su')[d.weekday()]} {d.day}.{d.month}."
            printed = lines[lines.index(label) + 1]
            members = day_set(world, code, d)
            if members:
                expected = sum(world.votes[i].score for i in members) / len(members)
                assert printed == fi_number(expected, 1), (label, printed)
                world.observer.sees_sum(members)  # type: ignore[union-attr]
            else:
                assert re.fullmatch(
                    r"ei vastauksia|(piilotettu|ei vielä näytetty) \(\d+ ääntä\)", printed
                ), printed
        week = week_set(world, code, monday)
        line = next(x for x in lines if x.startswith("Viikko: "))
        if week:
            average = sum(world.votes[i].score for i in week) / len(week)
            assert line.startswith(f"Viikko: {fi_number(average, 1)} ({len(week)} vastausta)"), line
            world.observer.sees_sum(week)  # type: ignore[union-attr]
        else:
            assert re.fullmatch(r"Viikko: (ei vastauksia|piilotettu \(\d+ ääntä\))", line), line
    if rollup is not None:
        page = reader.pages[1].extract_text()
        cells = re.findall(r"(\d+,\d) \((\d+)\)(?: \+\d+)?|– \((\d+)\)", page)
        printed_cells = sorted((a, int(n)) for a, n, _ in cells if a)
        expected_cells = []
        for members in (week_set(world, "A", monday), week_set(world, "B", monday),
                        week_set(world, "A", monday) + week_set(world, "B", monday)):  # fmt: skip
            if members:
                average = sum(world.votes[i].score for i in members) / len(members)
                expected_cells.append((fi_number(average, 1), len(members)))
                world.observer.sees_sum(members)  # type: ignore[union-attr]
        assert printed_cells == sorted(expected_cells), page


def read_everything(world: World) -> None:
    world.readings += 1
    for code in ("A", "B", "U"):
        figures_of(world, code)
        pdf_of(world, code, week_of(world.today))
        if world.today.weekday() == 0 and world.today > MONDAY:  # last week, now final
            pdf_of(world, code, week_of(world.today) - dt.timedelta(days=7))


@pytest.fixture
def world(database: Database) -> Iterator[World]:
    services = Services(database)
    unit = services.boards.create_board("U", "Yksikkö", "unit")
    boards = {"U": unit.id}
    for code in ("A", "B"):
        boards[code] = services.boards.create_board(code, f"Tiimi {code}", "team", unit.id).id
    yield World(services, boards)


def test_no_single_vote_can_be_worked_out_from_a_week_of_watching(world: World) -> None:
    services = world.services
    scores = [score for _, _, act, score in EVENTS if act == "vote"]
    world.observer = Observer(len(scores))
    read_everything(world)
    for day_index, code, act, score in EVENTS:
        while world.today < DAYS[day_index]:  # the night: days end, figures are released
            world.today += dt.timedelta(days=1)
            read_everything(world)
        board = world.boards[code]
        day = world.days.setdefault((code, world.today), Day())
        if act == "vote":
            services.mood.record_mood_vote(board, score, world.today)
            day.votes.append(len(world.votes))
            world.votes.append(Vote(code, world.today, score))
        elif act == "idea":
            services.ideas.create_idea(board, "Kahvitauko ennen palaveria", origin="mood_prompt")
        else:
            try:
                services.mood.release_day(board, world.today)
            except ValidationError:
                assert len(day.votes) - day.released < 5  # refused: too few new votes
            else:
                day.released = len(day.votes)
        read_everything(world)

    assert world.readings > len(EVENTS) and world.pdf_pages > 3 * len(EVENTS)
    assert world.observer.determined() == set()
    # The observer did see figures: each release, as it happened, and nothing smaller.
    a = [i for i, v in enumerate(world.votes) if v.board == "A"]
    b = [i for i, v in enumerate(world.votes) if v.board == "B"]
    monday, tuesday_first, tuesday_both, wednesday = a[:6], a[7:13], a[7:18], a[18:23]
    seen = world.observer.groups
    assert {frozenset(g) for g in (monday, tuesday_first, tuesday_both, wednesday, b)} <= seen
    assert min(len(g) for g in seen) == 5  # no figure of fewer than the minimum group
    assert frozenset(a[:6] + a[7:18] + a[18:23]) in seen  # A's week in the roll-up


def test_the_complete_backup_after_every_vote_gives_every_vote_away(database: Database) -> None:
    """Why export-data is the administrator's alone: it holds the counts as they stand."""
    services = Services(database)
    board = services.boards.create_board("A", "Tiimi A", "team").id
    scores = [8, 6, 9, 7, 10, 5]
    observer = Observer(len(scores))
    for n, score in enumerate(scores):
        services.mood.record_mood_vote(board, score, MONDAY)
        tally = export_data(services.db)["tables"]["mood_tally"]
        counts = {row["score"]: row["votes"] for row in tally}
        assert sum(counts.values()) == n + 1
        observer.sees_distribution(range(n + 1))
    assert observer.determined() == set(range(len(scores)))

"""Anonymous staff mood votes, and the figures that may be shown of them.

A vote adds one to a count (`MoodTally`: board, day, release round, score) and writes nothing
else: no row of its own, no history row, no time. Other screens still learn that a board's
mood changed: the change watcher compares the boards' vote counts of the last days
(store/watcher.py), and on PostgreSQL the write sends the same empty NOTIFY as any other.
What may be shown of the votes, and when, is domain/mood_release.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from leanboard.domain import clock
from leanboard.domain.enums import Origin
from leanboard.domain.errors import ValidationError
from leanboard.domain.mood_release import (
    MOOD_SCORES,
    DayVotes,
    Votes,
    can_release,
    day_figure,
)
from leanboard.domain.rules import check_mood_score, effective_min_group
from leanboard.i18n import translate
from leanboard.services.dto import MoodDay, MoodSummary, MoodVoteResult
from leanboard.services.editing import get_or_fail
from leanboard.store.database import Database
from leanboard.store.models import Board, Idea, MoodDayState, MoodTally
from leanboard.store.write_path import record_change


class MoodService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record_mood_vote(
        self, board_id: int, score: int, day: dt.date | None = None
    ) -> MoodVoteResult:
        """Store one anonymous vote on `day` (today: the voting day is always today).

        Every voter is asked alike for an improvement idea afterwards ("Jos alle 8, kirjaa
        kehitysidea!"), so neither the screen nor the stored idea tells a low score apart.
        """
        score = check_mood_score(score)
        vote_day = day or self.db.clock.today()

        def action(s: Session) -> None:
            board = get_or_fail(s, Board, board_id, "Taulu")
            state = lock_day(s, board, vote_day)
            add_vote(s, board_id, vote_day, state.released_rounds, score)
            # No history row: its id and time would line the vote up with what came next.

        self.db.write(action)
        return MoodVoteResult(vote_day)

    def release_day(self, board_id: int, day: dt.date | None = None) -> MoodSummary:
        """ "Näytä päivän fiilis": release the votes given since the last release, all at
        once, when they are at least the day's minimum group; refused (nothing changes)
        with the reason when they are fewer."""
        release_day = day or self.db.clock.today()

        def action(s: Session) -> MoodSummary:
            board = get_or_fail(s, Board, board_id, "Taulu")
            state = s.get(MoodDayState, (board_id, release_day), with_for_update=True)
            days = read_days(s, [board_id], release_day, release_day)
            stored = days.get((board_id, release_day))
            if state is None or stored is None or not can_release(stored):
                given = stored.open_round.n if stored is not None else 0
                needed = stored.min_group if stored else effective_min_group(board.min_mood_group)
                raise ValidationError(
                    translate(
                        "Validation",
                        "Päivän fiilistä ei voi vielä näyttää: uusia ääniä {given}, tarvitaan "
                        "vähintään {needed}, jotta yksittäistä vastausta ei voi päätellä.",
                    ).format(given=given, needed=needed),
                    "mood",
                )
            state.released_rounds = len(stored.rounds)
            record_change(
                s,
                "mood_day",
                None,
                "release",
                board_id=board_id,
                details={"day": release_day.isoformat()},
            )
            s.flush()
            return mood_summary(s, board_id, release_day)

        return self.db.write(action)

    def withdraw_mood_vote(self, board_id: int, day: dt.date, score: int) -> None:
        """Take back one vote of `score` on the board's day — the voter's own mis-tap, offered
        only while the screen rests after the vote (the voter is still the one at it). Votes
        are counts, so the count of that score in the day's open round goes down by one. A
        released round is never changed (its figures are on the board), and, like the vote,
        the withdrawal writes no history row."""
        score = check_mood_score(score)

        def action(s: Session) -> None:
            board = get_or_fail(s, Board, board_id, "Taulu")
            state = lock_day(s, board, day)
            key = round_rows(board_id, day, state.released_rounds)
            votes = s.scalar(select(MoodTally.votes).where(*key, MoodTally.score == score))
            if not votes:
                raise ValidationError(
                    translate("Validation", "Ääntä ei löydy: sitä ei ehkä tallennettu."), "score"
                )
            count_votes(s, key, score, -1)

        self.db.write(action)

    def summary(self, board_id: int, today: dt.date | None = None) -> MoodSummary:
        with self.db.read() as s:
            return mood_summary(s, board_id, today or self.db.clock.today())


def lock_day(s: Session, board: Board, day: dt.date) -> MoodDayState:
    """The board's mood day, created by its first vote with the board's minimum group of the
    moment, and locked: a vote and a release of the same day never interleave (PostgreSQL;
    SQLite writers are one at a time anyway). Two first votes racing to create it: the loser
    hits the primary key and the unit of work runs it again."""
    state = s.get(MoodDayState, (board.id, day), with_for_update=True)
    if state is None:
        state = MoodDayState(
            board_id=board.id,
            day=day,
            min_group=effective_min_group(board.min_mood_group),
            released_rounds=0,
        )
        s.add(state)
        s.flush()
    return state


def round_rows(board_id: int, day: dt.date, round_: int) -> tuple[ColumnElement[bool], ...]:
    """The tally rows of one release round of a board's day (one a score)."""
    return (MoodTally.board_id == board_id, MoodTally.day == day, MoodTally.round == round_)


def count_votes(s: Session, key: tuple[ColumnElement[bool], ...], score: int, by: int) -> None:
    """`by` votes more (or fewer) for `score` in the round `key` names. Every score row of the
    round is written, the others with +0, so the rows' storage and versions look the same
    whichever score it was."""
    s.execute(
        update(MoodTally)
        .where(*key)
        .values(votes=MoodTally.votes + case((MoodTally.score == score, by), else_=0))
        .execution_options(synchronize_session=False)
    )


def add_vote(s: Session, board_id: int, day: dt.date, round_: int, score: int) -> None:
    """One vote more for `score`, the round's rows made first if this is its first vote."""
    key = round_rows(board_id, day, round_)
    present = s.scalar(select(func.count()).select_from(MoodTally).where(*key)) or 0
    if present < MOOD_SCORES:
        have = set(s.scalars(select(MoodTally.score).where(*key)))
        s.add_all(
            MoodTally(board_id=board_id, day=day, round=round_, score=x, votes=0)
            for x in range(MOOD_SCORES)
            if x not in have
        )
        s.flush()
    count_votes(s, key, score, 1)


def read_days(
    s: Session, board_ids: Iterable[int] | None, start: dt.date, end: dt.date
) -> dict[tuple[int, dt.date], DayVotes]:
    """The stored mood days `start`..`end` of the given boards (None: every board)."""
    ids = None if board_ids is None else list(board_ids)
    days_query = select(
        MoodDayState.board_id,
        MoodDayState.day,
        MoodDayState.min_group,
        MoodDayState.released_rounds,
    ).where(MoodDayState.day >= start, MoodDayState.day <= end)
    tally_query = select(
        MoodTally.board_id, MoodTally.day, MoodTally.round, MoodTally.score, MoodTally.votes
    ).where(MoodTally.day >= start, MoodTally.day <= end, MoodTally.votes > 0)
    if ids is not None:
        days_query = days_query.where(MoodDayState.board_id.in_(ids))
        tally_query = tally_query.where(MoodTally.board_id.in_(ids))
    counts: dict[tuple[int, dt.date], dict[int, list[int]]] = {}
    for board_id, day, round_, score, votes in s.execute(tally_query):
        rounds = counts.setdefault((board_id, day), {})
        rounds.setdefault(round_, [0] * MOOD_SCORES)[score] += votes
    out = {}
    for board_id, day, min_group, released in s.execute(days_query):
        rounds = counts.get((board_id, day), {})
        last = max([*rounds, released - 1, -1]) + 1
        out[(board_id, day)] = DayVotes(
            day=day,
            min_group=min_group,
            released_rounds=released,
            rounds=tuple(Votes(tuple(rounds.get(r, [0] * MOOD_SCORES))) for r in range(last)),
        )
    return out


def mood_summary(s: Session, board_id: int, today: dt.date) -> MoodSummary:
    board = get_or_fail(s, Board, board_id, "Taulu")
    min_group = effective_min_group(board.min_mood_group)
    monday = today - dt.timedelta(days=today.weekday())
    stored = read_days(s, [board_id], monday, today)
    week = tuple(
        MoodDay(d, day_figure(stored.get((board_id, d)), today, min_group))
        for d in (monday + dt.timedelta(days=i) for i in range((today - monday).days + 1))
    )
    # The week starts at Monday's local midnight, as in the weekly report.
    prompts = mood_prompt_count(s, board_id, clock.current().local_midnight_utc(monday), None)
    return MoodSummary(week[-1], week, min_group, prompts)


def mood_prompt_count(
    s: Session, board_id: int, since: dt.datetime, until: dt.datetime | None
) -> int:
    """Ideas logged from the mood prompt from `since` on (and before `until`, when given)."""
    query = select(func.count(Idea.id)).where(
        Idea.board_id == board_id,
        Idea.origin == Origin.MOOD_PROMPT.value,
        Idea.created_at >= since,
    )
    if until is not None:
        query = query.where(Idea.created_at < until)
    return int(s.scalar(query) or 0)

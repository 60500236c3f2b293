"""Many screens voting on the same board's day at once: every vote counted once.

A vote rewrites the eleven count rows of its day's round under a lock on the day (and the
first vote of a day creates it: two first votes race for its key, and the loser runs again).
Threads here, each with its own connection pool, vote through the service as walls do; on
PostgreSQL they really run side by side, on SQLite they queue for the write lock. A release
at the huddle lands among them: no vote may slip into the released round after it.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter

import sqlalchemy as sa

from leanboard.services import Services, open_services
from leanboard.store.models import MoodDayState, MoodTally

DAY = dt.date(2026, 11, 24)
WALLS, VOTES = 6, 15


def test_votes_on_one_day_from_many_screens_are_each_counted_once(db_url: str) -> None:
    first = open_services(db_url, actor="setup@proof")
    board = first.boards.create_board("OS1", "Osasto 1", "team").id
    walls = [open_services(db_url, actor=f"wall{n}@proof", migrate=False) for n in range(WALLS)]
    start = threading.Barrier(WALLS + 1)
    errors: list[BaseException] = []
    released: list[int] = []

    def vote(services: Services, n: int) -> None:
        start.wait()
        try:
            for i in range(VOTES):
                services.mood.record_mood_vote(board, (n + i) % 11, DAY)
        except BaseException as error:  # the test reports it below
            errors.append(error)

    threads = [threading.Thread(target=vote, args=(w, n)) for n, w in enumerate(walls)]
    for thread in threads:
        thread.start()
    start.wait()
    # The huddle taps while the votes pour in: it releases whatever round is open by then.
    while not released:
        try:
            summary = first.mood.release_day(board, DAY)
        except Exception:  # too few yet: tap again
            continue
        released.append(summary.today.figure.shown_count)
    for thread in threads:
        thread.join()
    try:
        assert errors == []
        expected = Counter((n + i) % 11 for n in range(WALLS) for i in range(VOTES))
        with first.db.read() as s:
            rows = s.execute(
                sa.select(MoodTally.round, MoodTally.score, MoodTally.votes).where(
                    MoodTally.board_id == board
                )
            ).all()
            day = s.get(MoodDayState, (board, DAY))
        counted: Counter[int] = Counter()
        by_round: Counter[int] = Counter()
        for round_, score, votes in rows:
            counted[score] += votes
            by_round[round_] += votes
        assert counted == expected  # none lost, none doubled
        assert day is not None and day.released_rounds == 1
        # What the release showed is exactly round 0, whatever came after it.
        assert by_round[0] == released[0] >= 5
        assert sum(by_round.values()) == WALLS * VOTES
        # Every round that was written holds its eleven rows, no more.
        assert Counter(r for r, _, _ in rows) == {r: 11 for r in by_round}
    finally:
        for services in (first, *walls):
            services.close()

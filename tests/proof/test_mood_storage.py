"""After a day of votes and prompted ideas, nothing stored orders, times or links a vote.

The proof is a replay. The same day is lived twice on two fresh databases — the same votes
in the same order with the same ideas written after the same votes, the same release at the
huddle — except that within each released round the scores are dealt to the voters in a
different order (the same multiset, so the same figures). If any row, column, storage order
or row version depended on which vote gave which score — a row per vote, an id in arrival
order, a time, the history row before an idea, the last-updated count row — the two
databases would differ somewhere. They must not differ at all: every table, read in its
storage order, with SQLite's rowid where a table has one and PostgreSQL's xmin and ctid,
times replaced by their order (the two runs happen at different moments).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from leanboard.services import Services, open_services
from leanboard.store.engine import normalise_url
from leanboard.store.models import TABLES_IN_ORDER, Change, MoodDayState, MoodTally

DAY = dt.date(2026, 11, 24)
# The day, in order: ("vote", position) — the score comes from the run's deal —,
# ("idea", after which vote), ("release",). Ideas follow a low and a high vote alike.
ROUND_0 = [3, 9, 7, 10, 2, 8]  # before the huddle: released at once
ROUND_1 = [1, 6]  # after it: counted, never shown today
ACTS: list[tuple[str, int]] = [
    ("vote", 0),
    ("idea", 0),
    ("vote", 1),
    ("vote", 2),
    ("idea", 2),
    ("vote", 3),
    ("vote", 4),
    ("vote", 5),
    ("release", 0),
    ("vote", 6),
    ("idea", 6),
    ("vote", 7),
]


def live_the_day(url: str, deal: list[int]) -> Services:
    services = open_services(url, actor="seina@osasto3")
    board = services.boards.create_board("OS3", "Osasto 3", "team")
    for act, n in ACTS:
        if act == "vote":
            services.mood.record_mood_vote(board.id, deal[n], DAY)
        elif act == "idea":
            services.ideas.create_idea(board.id, f"Idea {n}", origin="mood_prompt")
        else:
            services.mood.release_day(board.id, DAY)
    return services


def dump(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every table in storage order, with the system columns that could carry an order."""
    backend = services.db.backend
    out: dict[str, list[tuple[Any, ...]]] = {}
    with services.db.engine.connect() as conn:
        for table in TABLES_IN_ORDER:
            name = f'"{table.name}"'
            if backend == "postgresql":
                query = f"SELECT xmin::text::bigint, ctid::text, * FROM {name}"
            elif not table.kwargs.get("sqlite_with_rowid", True):
                query = f"SELECT * FROM {name}"  # WITHOUT ROWID: stored in key order
            else:
                query = f"SELECT rowid, * FROM {name}"
            out[table.name] = [tuple(row) for row in conn.execute(sa.text(query))]
    # Moments and transaction ids differ between two runs: keep only their order.
    moments = sorted({v for rows in out.values() for r in rows for v in r if is_moment(v)})
    xids = sorted({r[0] for rows in out.values() for r in rows}) if backend == "postgresql" else []
    rank = {m: f"t{i}" for i, m in enumerate(moments)} | {x: f"x{i}" for i, x in enumerate(xids)}
    return {
        t: [
            tuple(
                rank[v] if is_moment(v) or (backend == "postgresql" and k == 0) else v
                for k, v in enumerate(r)
            )
            for r in rows
        ]
        for t, rows in out.items()
    }


def is_moment(value: object) -> bool:
    if isinstance(value, dt.datetime):
        return True
    if isinstance(value, str) and len(value) >= 19 and value[10] in " T" and value[4] == "-":
        try:
            dt.datetime.fromisoformat(value)
        except ValueError:
            return False
        return True
    return False


@pytest.fixture
def two_urls(db_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two empty databases on the backend of `db_url`."""
    if db_url.startswith("sqlite"):
        yield db_url, f"sqlite:///{tmp_path / 'second.db'}"
        return
    import os

    pg = os.environ["LEANBOARD_TEST_DATABASE_URL"]
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(pg), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        separator = "&" if "?" in pg else "?"
        yield db_url, f"{pg}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def test_the_stored_day_is_the_same_whoever_gave_which_score(two_urls: tuple[str, str]) -> None:
    first, second = two_urls
    # The second run deals each round's scores to its voters in another order: every voter
    # gives another score than in the first run, the rounds hold the same scores.
    deal_a = ROUND_0 + ROUND_1
    deal_b = ROUND_0[1:] + ROUND_0[:1] + ROUND_1[::-1]
    assert all(a != b for a, b in zip(deal_a, deal_b, strict=True))
    a, b = live_the_day(first, deal_a), live_the_day(second, deal_b)
    try:
        stored_a, stored_b = dump(a), dump(b)
        for table in stored_a:
            assert stored_a[table] == stored_b[table], table

        # And plainly: the history has the board, three ideas and the release, no vote.
        with a.db.read() as s:
            history = [
                (c.entity, c.action) for c in s.scalars(sa.select(Change).order_by(Change.id))
            ]
            rounds = s.execute(
                sa.select(MoodTally.round, sa.func.count(), sa.func.sum(MoodTally.votes))
                .group_by(MoodTally.round)
                .order_by(MoodTally.round)
            ).all()
            day = s.scalars(sa.select(MoodDayState)).one()
        assert history == [
            ("board", "create"),
            ("idea", "create"),
            ("idea", "create"),
            ("mood_day", "release"),
            ("idea", "create"),
        ]
        # Every round holds all eleven score rows (rewritten on every vote), no more.
        assert [tuple(r) for r in rounds] == [(0, 11, 6), (1, 11, 2)]
        assert (day.min_group, day.released_rounds) == (5, 1)
        figure = a.mood.summary(1, DAY).today.figure
        assert (figure.shown_count, figure.average, figure.pending) == (6, 39 / 6, 2)
    finally:
        a.close()
        b.close()


def test_a_different_multiset_does_change_the_counts(two_urls: tuple[str, str]) -> None:
    """The replay can tell databases apart: one vote different shows in the count rows."""
    first, second = two_urls
    deal = ROUND_0 + ROUND_1
    a, b = live_the_day(first, deal), live_the_day(second, [*deal[:-1], 0])
    try:
        stored_a, stored_b = dump(a), dump(b)
        assert [t for t in stored_a if stored_a[t] != stored_b[t]] == ["mood_tally"]
    finally:
        a.close()
        b.close()

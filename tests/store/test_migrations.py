"""Migrations are the only way the schema changes: they must equal the models and keep data.

Schemas of the past: `fixtures/schema-<revision>.sqlite` is a database made by the
migrations up to that revision and filled by `insert_sample_rows`. Every file there is
upgraded to head and checked against `SAMPLE` on each run, so each new migration runs over
data of every older schema. When you add a migration, make its fixture while it is head:

    .venv/bin/python tests/store/test_migrations.py

and update `SAMPLE` and `insert_sample_rows` if the migration changes what they touch (the
older fixture files keep the old shape: that is what they are for). A fixture is never
remade once its migration is released; before that, delete it and make it again.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.orm import Session

from leanboard.store.database import Database
from leanboard.store.engine import make_engine
from leanboard.store.migrate import (
    alembic_config,
    current_revision,
    ensure_current,
    head_revision,
    known_revisions,
    upgrade,
)
from leanboard.store.models import (
    A3Action,
    A3Report,
    Base,
    Board,
    BoardPin,
    Change,
    Escalation,
    Huddle,
    Idea,
    Measure,
    MeasureAnnotation,
    MeasurePhase,
    MeasureValue,
    Membership,
    MoodDayState,
    MoodTally,
    PinAttempt,
    Problem,
    SafetyEvent,
    SafetyEventKind,
)

FIXTURES = Path(__file__).parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema-*.sqlite"))


def schema_differences(engine: sa.Engine) -> list[Any]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_models_equal_the_migrations(database: Database) -> None:
    assert current_revision(database.engine) == head_revision()
    assert schema_differences(database.engine) == []


def test_the_migrations_seed_the_safety_event_kinds(database: Database) -> None:
    # 0001 seeds the three kinds of DOMAIN.md's care board; 0006 adds "Muu" after them.
    with database.read() as session:
        kinds = session.execute(
            sa.select(SafetyEventKind.code, SafetyEventKind.name).order_by(
                SafetyEventKind.sort_order
            )
        ).all()
    assert [tuple(kind) for kind in kinds] == [
        ("fall", "Kaatuminen"),
        ("medication", "Lääkevirhe"),
        ("threat", "Uhka- tai vaaratilanne"),
        ("other", "Muu"),
    ]


# --- Data survives migrations -----------------------------------------------------------------


def insert_sample_rows(session: Session) -> None:
    """One row or two in every table, Finnish text included. Written with the head models."""
    org = Board(code="TUU", name="Tuulikylän sote", kind="organisation", sections=["mood"])
    unit = Board(code="TUU-AKUUTTI", name="Akuutti – päivystys", kind="unit", parent=org)
    session.add_all([org, unit])
    session.flush()
    measure = Measure(
        board_id=org.id,
        name="Potilastyytyväisyys (NPS)",
        target=60.0,
        direction="higher",
        frequency="week",
        inherited=True,
    )
    session.add(measure)
    session.flush()
    session.add(
        MeasureValue(
            measure_id=measure.id, board_id=unit.id, period_start=dt.date(2026, 11, 23), value=64.5
        )
    )
    # One vote of 7: the day and its eleven score rows, as a vote writes them.
    session.add(MoodDayState(board_id=unit.id, day=dt.date(2026, 11, 24), min_group=5))
    session.flush()
    session.add_all(
        MoodTally(board_id=unit.id, day=dt.date(2026, 11, 24), round=0, score=s, votes=int(s == 7))
        for s in range(11)
    )
    idea = Idea(board_id=unit.id, title="Lääkekärryn järjestys", state="do", category="S")
    problem = Problem(board_id=unit.id, title="Säänkestävät pyörätuolit puuttuvat", category="D")
    session.add_all([idea, problem])
    session.flush()
    session.add(
        Escalation(problem_id=problem.id, from_board_id=unit.id, to_board_id=org.id, note="Ö-öljy")
    )
    fall = session.scalars(sa.select(SafetyEventKind).where(SafetyEventKind.code == "fall")).one()
    session.add(
        SafetyEvent(board_id=unit.id, day=dt.date(2026, 11, 2), kind_id=fall.id, severity="harm")
    )
    a3 = A3Report(
        board_id=unit.id,
        title="Kaatumiset yövuorossa",
        five_whys=["miksi?", "koska…"],
        fishbone={"Ympäristö": ["hämärä käytävä"]},
        started_on=dt.date(2026, 10, 1),
        idea_id=idea.id,
    )
    session.add(a3)
    session.flush()
    session.add(A3Action(a3_id=a3.id, action="Yövalot käytävään", status="doing"))
    session.add(Huddle(board_id=unit.id, day=dt.date(2026, 11, 24), attendance=9))
    # 0003: a note on a chart point and a new phase (older fixtures have none: not in SAMPLE).
    session.add(
        MeasureAnnotation(measure_id=measure.id, board_id=unit.id, idea_id=idea.id,
                          period_start=dt.date(2026, 11, 23), note="PDSA 2: iltakierros klo 21")
    )  # fmt: skip
    session.add(
        MeasurePhase(measure_id=measure.id, board_id=unit.id, kind="start",
                     period_start=dt.date(2026, 11, 23), note="uusi vuorolista")
    )  # fmt: skip
    session.add(
        Change(actor="hoitaja@osasto", board_id=unit.id, entity="idea", entity_id=idea.id,
               action="create", details={"title": "Lääkekärryn järjestys"})
    )  # fmt: skip
    # 0004: the wall PIN and its tries, a try handed in, who may do what.
    session.add(
        BoardPin(
            board_id=unit.id,
            pin_hash="pbkdf2$" + "ab" * 16 + "$" + "cd" * 32,
            failures=2,
            paused_until=dt.datetime(2026, 11, 24, 8, 0, 2),
        )
    )
    session.add(
        PinAttempt(
            board_id=unit.id,
            login="seina_os3",
            digest="ef" * 32,
            submitted_at=dt.datetime(2026, 11, 24, 8, 0),
            submitted_tx=731,
        )
    )
    session.add(Membership(login="virtanen", role="leader", board_id=unit.id))
    session.add(Membership(login="it_tuki", role="admin", board_id=None))  # fmt: skip
    # 0006: a goal counted from the safety cross: the unit's falls with harm, per month.
    session.add(
        Measure(board_id=unit.id, name="Kaatumiset kuukaudessa", target=0.0, direction="lower",
                frequency="month", safety_kind_id=fall.id, safety_severity="harm")
    )  # fmt: skip


# Read with plain SQL, so the checks keep working as the models move on.
SAMPLE: dict[str, list[tuple[Any, ...]]] = {
    "SELECT b.code, b.name, p.code FROM board b LEFT JOIN board p ON p.id = b.parent_id"
    " ORDER BY b.code": [
        ("TUU", "Tuulikylän sote", None),
        ("TUU-AKUUTTI", "Akuutti – päivystys", "TUU"),
    ],
    "SELECT m.name, m.target, v.value FROM measure m JOIN measure_value v ON v.measure_id = m.id": [
        ("Potilastyytyväisyys (NPS)", 60.0, 64.5)
    ],
    # 0005: a vote is a count of its day's score; the day keeps its minimum group.
    'SELECT t."round", t.score, t.votes, d.min_group, d.released_rounds FROM mood_tally t'
    " JOIN mood_day d ON d.board_id = t.board_id AND d.day = t.day WHERE t.votes > 0": [
        (0, 7, 1, 5, 0)
    ],
    "SELECT count(*), sum(votes) FROM mood_tally": [(11, 1)],
    "SELECT title, state, category FROM idea": [("Lääkekärryn järjestys", "do", "S")],
    "SELECT p.title, e.note FROM problem p JOIN escalation e ON e.problem_id = p.id": [
        ("Säänkestävät pyörätuolit puuttuvat", "Ö-öljy")
    ],
    "SELECT k.code, s.severity FROM safety_event s JOIN safety_event_kind k ON k.id = s.kind_id": [
        ("fall", "harm")
    ],
    "SELECT r.title, a.action, a.status FROM a3_report r JOIN a3_action a ON a.a3_id = r.id": [
        ("Kaatumiset yövuorossa", "Yövalot käytävään", "doing")
    ],
    "SELECT attendance FROM huddle": [(9,)],
    # 0002: every board, old ones included, gets the 24-hour escalation wait limit.
    "SELECT code, escalation_limit_hours FROM board ORDER BY code": [
        ("TUU", 24),
        ("TUU-AKUUTTI", 24),
    ],
    "SELECT actor, entity, action FROM change": [("hoitaja@osasto", "idea", "create")],
    # 0003: old boards get the 30-day stale-idea limit and "Mitä uutta" at the huddle's start,
    # old measures an XmR chart.
    "SELECT code, stale_idea_days, news_at_huddle_start FROM board ORDER BY code": [
        ("TUU", 30, True),
        ("TUU-AKUUTTI", 30, True),
    ],
    "SELECT name, chart_kind, rate_per FROM measure WHERE name = 'Potilastyytyväisyys (NPS)'": [
        ("Potilastyytyväisyys (NPS)", "xmr", 1)
    ],
    # 0007: "Muu" after the three seeded kinds, in every database whatever its age.
    "SELECT code FROM safety_event_kind ORDER BY sort_order": [
        ("fall",),
        ("medication",),
        ("threat",),
        ("other",),
    ],
    # 0006: goals made before it keep their values entered by hand (not counted from events).
    "SELECT name, safety_kind_id, safety_severity FROM measure"
    " WHERE name = 'Potilastyytyväisyys (NPS)'": [("Potilastyytyväisyys (NPS)", None, None)],
}

# Rows only the fixtures made at or after a revision hold: that migration's own sample rows.
SAMPLE_SINCE: dict[str, dict[str, list[tuple[Any, ...]]]] = {
    # 0006: a goal counted from the board's harm falls, per month.
    "0006": {
        "SELECT m.name, m.frequency, k.code, m.safety_severity FROM measure m"
        " JOIN safety_event_kind k ON k.id = m.safety_kind_id": [
            ("Kaatumiset kuukaudessa", "month", "fall", "harm")
        ],
    },
}


def assert_sample_intact(engine: sa.Engine, made_at: str | None = None) -> None:
    """`made_at`: the revision the rows were written at (None: head)."""
    since = [
        checks
        for revision, checks in SAMPLE_SINCE.items()
        if made_at is None or revision <= made_at
    ]
    with engine.connect() as conn:
        for query, expected in [item for checks in (SAMPLE, *since) for item in checks.items()]:
            assert [tuple(row) for row in conn.execute(sa.text(query))] == expected, query
        # JSON columns come back as the structures that went in.
        five_whys, fishbone = conn.execute(sa.select(A3Report.five_whys, A3Report.fishbone)).one()
        assert five_whys == ["miksi?", "koska…"]
        assert fishbone == {"Ympäristö": ["hämärä käytävä"]}


def test_migrating_again_keeps_the_data(database: Database) -> None:
    with Session(database.engine) as session:
        insert_sample_rows(session)
        session.commit()

    ensure_current(database.engine)

    assert current_revision(database.engine) == head_revision()
    assert_sample_intact(database.engine)


@pytest.mark.parametrize("fixture", RELEASED, ids=[path.stem for path in RELEASED])
def test_a_released_schema_upgrades_to_head_with_its_data(fixture: Path, tmp_path: Path) -> None:
    copy = tmp_path / "leanboard.db"
    shutil.copyfile(fixture, copy)
    engine = make_engine(f"sqlite:///{copy}")
    try:
        made_at = fixture.stem.removeprefix("schema-")
        assert current_revision(engine) == made_at
        ensure_current(engine)
        assert current_revision(engine) == head_revision()
        assert schema_differences(engine) == []
        assert_sample_intact(engine, made_at)
    finally:
        engine.dispose()


def test_0004_moves_every_pin_hash_into_board_pin(db_url: str) -> None:
    """A board's PIN set before 0004 still opens its wall menu after it, with no tries used."""
    engine = make_engine(db_url)
    try:
        upgrade(engine, "0003")
        stored = "pbkdf2$" + "ab" * 16 + "$" + "cd" * 32
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO board (code, name, kind, min_mood_group, sections, created_at,"
                    " version, pin_hash) VALUES (:code, 'Osasto', 'team', 5, '[]',"
                    " '2026-11-01 08:00:00', 1, :pin)"
                ),
                [{"code": "OS1", "pin": stored}, {"code": "OS2", "pin": None}],
            )
        ensure_current(engine)
        with engine.connect() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT b.code, p.pin_hash, p.failures, p.paused_until"
                    " FROM board_pin p JOIN board b ON b.id = p.board_id"
                )
            ).all()
            columns = {c["name"] for c in sa.inspect(conn).get_columns("board")}
        assert [tuple(r) for r in rows] == [("OS1", stored, 0, None)]
        assert "pin_hash" not in columns
        assert schema_differences(engine) == []
    finally:
        engine.dispose()


def test_every_migration_has_a_fixture_of_its_schema() -> None:
    # Guards the rule above: a migration merged without its fixture fails here, not silently.
    revisions = {
        rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    }
    assert {path.stem.removeprefix("schema-") for path in RELEASED} == revisions


def test_0007_merges_a_days_huddles_into_one(db_url: str) -> None:
    """Huddles logged twice on one day before 0007 become one: the earliest, with the larger
    attendance and duration and both notes; the merge is in the history."""
    engine = make_engine(db_url)
    try:
        upgrade(engine, "0006")
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO board (code, name, kind, min_mood_group, sections, created_at,"
                    " version, escalation_limit_hours) VALUES ('OS1', 'Osasto 1', 'team', 5,"
                    " '[]', '2026-01-01 00:00:00', 1, 24)"
                )
            )
            board_id = conn.execute(sa.text("SELECT id FROM board")).scalar_one()
            rows = [
                ("2026-11-24", "2026-11-24 06:05:00", 9, 12, "Lääkehuone"),
                ("2026-11-24", "2026-11-24 06:40:00", 11, None, "Ö-vuoro"),
                ("2026-11-24", "2026-11-24 07:10:00", 4, 9, "Lääkehuone"),
                ("2026-11-25", "2026-11-25 06:05:00", 7, 10, None),
            ]
            for day, held, people, minutes, note in rows:
                conn.execute(
                    sa.text(
                        "INSERT INTO huddle (board_id, day, held_at, attendance, duration_minutes,"
                        " note) VALUES (:b, :d, :h, :a, :m, :n)"
                    ),
                    {"b": board_id, "d": day, "h": held, "a": people, "m": minutes, "n": note},
                )
        ensure_current(engine)
        with engine.connect() as conn:
            kept = conn.execute(
                sa.text(
                    "SELECT day, held_at, attendance, duration_minutes, note FROM huddle"
                    " ORDER BY day"
                )
            ).all()
            merged = conn.execute(
                sa.text("SELECT actor, entity, action FROM change WHERE action = 'merge'")
            ).all()
        assert [(str(d), str(h)[:16], a, m, n) for d, h, a, m, n in kept] == [
            ("2026-11-24", "2026-11-24 06:05", 11, 12, "Lääkehuone\nÖ-vuoro"),
            ("2026-11-25", "2026-11-25 06:05", 7, 10, None),
        ]
        assert [tuple(r) for r in merged] == [("migration 0007", "huddle", "merge")]
        assert schema_differences(engine) == []
    finally:
        engine.dispose()


def test_0008_renames_goals_named_alike_and_then_refuses_them(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        upgrade(engine, "0007")
        insert = (
            "INSERT INTO measure (id, board_id, name, unit, direction, frequency, inherited, "
            "decimals, created_at, archived_at, version) VALUES "
            "(:id, 1, :name, '', 'higher', 'week', false, 0, '2026-11-01', :archived, 1)"
        )
        with engine.begin() as conn:
            conn.execute(sa.text(
                "INSERT INTO board (id, code, name, kind, min_mood_group, sections, created_at, "
                "version) VALUES (1, 'OS1', 'Osasto 1', 'team', 5, '[]', '2026-11-01', 1)"
            ))  # fmt: skip
            for id_, name, archived in [
                (1, "NPS", None), (2, "NPS", None), (3, "NPS", "2026-11-02"), (4, "NPS (2)", None),
                (5, "NPS", None), (6, "Kaatumiset", None),
            ]:  # fmt: skip
                conn.execute(sa.text(insert), {"id": id_, "name": name, "archived": archived})
        ensure_current(engine)
        with engine.connect() as conn:
            names = conn.execute(sa.text("SELECT id, name, version FROM measure ORDER BY id"))
            assert [tuple(r) for r in names] == [
                (1, "NPS", 1), (2, "NPS (3)", 2), (3, "NPS", 1), (4, "NPS (2)", 1),
                (5, "NPS (4)", 2), (6, "Kaatumiset", 1),
            ]  # fmt: skip
            history = conn.execute(
                sa.select(Change.entity_id, Change.actor, Change.details).order_by(Change.id)
            ).all()
            assert [tuple(h) for h in history] == [
                (2, "migration 0008", {"name": ["NPS", "NPS (3)"]}),
                (5, "migration 0008", {"name": ["NPS", "NPS (4)"]}),
            ]
        with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
            conn.execute(sa.text(insert), {"id": 7, "name": "NPS", "archived": None})
        with engine.begin() as conn:  # an archived one may share the name
            conn.execute(sa.text(insert), {"id": 8, "name": "NPS", "archived": "2026-12-01"})
    finally:
        engine.dispose()


def test_the_head_read_from_the_files_is_alembics() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


def test_a_current_database_opens_without_importing_alembic(db_url: str) -> None:
    # Importing Alembic costs ~0.1 s of every start; it is needed only to migrate.
    program = (
        "import sys\n"
        "from leanboard.services import open_services\n"
        "services = open_services(sys.argv[1])\n"
        "services.boards.count()\n"
        "services.close()\n"
        "print('alembic' in sys.modules)\n"
    )
    run = [sys.executable, "-c", program, db_url]
    first = subprocess.run(run, capture_output=True, text=True, check=True, timeout=120)
    assert first.stdout.strip() == "True"  # an empty database is migrated: Alembic is needed
    again = subprocess.run(run, capture_output=True, text=True, check=True, timeout=120)
    assert again.stdout.strip() == "False"


def make_fixture() -> Path:
    """Write fixtures/schema-<head>.sqlite: the schema at head, holding the sample rows."""
    target = FIXTURES / f"schema-{head_revision()}.sqlite"
    if target.exists():
        raise SystemExit(f"{target} exists (delete it first only if never released)")
    FIXTURES.mkdir(exist_ok=True)
    engine = make_engine(f"sqlite:///{target}")
    try:
        ensure_current(engine)
        with Session(engine) as session:
            insert_sample_rows(session)
            session.commit()
    finally:
        engine.dispose()
    # One self-contained file with a rollback journal, so a plain copy of it is complete.
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("VACUUM")
    conn.close()
    check = sa.create_engine(f"sqlite:///{target}")  # not make_engine: that would turn WAL on
    assert_sample_intact(check)
    check.dispose()
    return target


if __name__ == "__main__":
    print(make_fixture())


# --- 0005: votes become counts ----------------------------------------------------------------


def test_0005_turns_every_vote_into_counts_and_drops_their_order(database: Database) -> None:
    """Votes of several boards and days, with their per-vote history rows, through 0005 on a
    database of revision 0004 (SQLite and PostgreSQL), and back down again."""
    from alembic import command

    engine = database.engine
    with engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE IF EXISTS mood_tally"))
        conn.execute(sa.text("DROP TABLE IF EXISTS mood_day"))
        conn.execute(sa.text("DROP TABLE IF EXISTS alembic_version"))
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(sa.text(f'DROP TABLE IF EXISTS "{table.name}"'))
    from leanboard.store.migrate import upgrade

    upgrade(engine, "0004")
    votes = {
        (1, "2026-11-23"): [3, 8, 8, 10, 2, 7],
        (1, "2026-11-24"): [9],
        (2, "2026-11-23"): [0, 10, 10, 5],
    }
    with engine.begin() as conn:
        for board_id, min_group in ((1, 5), (2, 3)):
            conn.execute(
                sa.text(
                    "INSERT INTO board (id, code, name, kind, min_mood_group, sections, "
                    "created_at, version, escalation_limit_hours) VALUES "
                    "(:id, :code, 'Osasto', 'team', :m, '[]', '2026-01-01 00:00:00', 1, 24)"
                ),
                {"id": board_id, "code": f"OS{board_id}", "m": min_group},
            )
        for (board_id, day), scores in votes.items():
            for score in scores:
                conn.execute(
                    sa.text("INSERT INTO mood_vote (board_id, day, score) VALUES (:b, :d, :s)"),
                    {"b": board_id, "d": dt.date.fromisoformat(day), "s": score},
                )
                conn.execute(
                    sa.text(
                        "INSERT INTO change (at, actor, board_id, entity, action, details) "
                        "VALUES (:at, NULL, :b, 'mood_vote', 'create', '{}')"
                    ),
                    {"at": dt.datetime.fromisoformat(day), "b": board_id},
                )
        conn.execute(
            sa.text(
                "INSERT INTO change (at, actor, board_id, entity, entity_id, action, details) "
                "VALUES ('2026-11-23 07:47:00', 'hoitaja@osasto', 1, 'idea', 5, 'create', '{}')"
            )
        )

    ensure_current(engine)

    assert current_revision(engine) == head_revision()
    assert schema_differences(engine) == []
    with engine.connect() as conn:
        days = conn.execute(
            sa.text("SELECT board_id, day, min_group, released_rounds FROM mood_day")
        ).all()
        assert sorted((b, str(d), m, r) for b, d, m, r in days) == [
            (1, "2026-11-23", 5, 0),
            (1, "2026-11-24", 5, 0),
            (2, "2026-11-23", 3, 0),
        ]
        rows = conn.execute(
            sa.text('SELECT board_id, day, "round", score, votes FROM mood_tally')
        ).all()
        assert len(rows) == 3 * 11  # every score row of every day, zeros included
        counted: dict[tuple[int, str], list[int]] = {}
        for board_id, day, round_, score, n in rows:
            assert round_ == 0
            counted.setdefault((board_id, str(day)), []).extend([score] * n)
        assert {k: sorted(v) for k, v in counted.items()} == {
            k: sorted(v) for k, v in votes.items()
        }
        # The per-vote history rows are gone; everything else stays.
        assert conn.execute(sa.text("SELECT entity, actor FROM change")).all() == [
            ("idea", "hoitaja@osasto")
        ]
        tables = set(sa.inspect(conn).get_table_names())
        assert "mood_vote" not in tables and {"mood_day", "mood_tally"} <= tables

    # Down again: one row per vote, the same votes, in no order of arrival.
    config = alembic_config(engine)
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
        conn.commit()
        back = conn.execute(sa.text("SELECT board_id, day, score FROM mood_vote")).all()
    again: dict[tuple[int, str], list[int]] = {}
    for board_id, day, score in back:
        again.setdefault((board_id, str(day)), []).append(score)
    assert {k: sorted(v) for k, v in again.items()} == {k: sorted(v) for k, v in votes.items()}


def test_mood_tables_have_no_rowid_on_sqlite(tmp_path: Path) -> None:
    """SQLite would otherwise number rows in the order they were first written."""
    engine = make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    try:
        ensure_current(engine)
        with engine.connect() as conn:
            for table in ("mood_day", "mood_tally"):
                (create,) = conn.execute(
                    sa.text("SELECT sql FROM sqlite_master WHERE name = :t"), {"t": table}
                ).one()
                assert create.rstrip().endswith("WITHOUT ROWID"), create
                with pytest.raises(sa.exc.OperationalError, match="no such column: rowid"):
                    conn.execute(sa.text(f"SELECT rowid FROM {table}"))
    finally:
        engine.dispose()

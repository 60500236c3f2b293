"""Privacy by construction, proved from the models themselves.

1. Every text column (String, Text, JSON) of every table is in one of two reviewed maps: free
   text with the service call that writes it, or not free text with the reason. A new text
   column in neither map fails the test until someone decides which it is.
2. Each free-text column refuses a valid personal identity code through its service and through
   import-data, and nothing is stored.
3. A mood vote is one more in a count of a board's day, round and score: no row of its own,
   no person, no screen, no time, no history row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from leanboard.domain.errors import ImportRefused, ValidationError
from leanboard.services import Services, open_services
from leanboard.services.data_io import export_data, import_data
from leanboard.services.dto import A3ActionDraft
from leanboard.store.database import Database
from leanboard.store.migrate import ensure_current
from leanboard.store.models import Base, Change, MoodDayState, MoodTally

CODE = "010594Y9032"  # DVV's fictitious example: a valid personal identity code
TEXT = f"Potilas {CODE} kaatui"


@dataclass(frozen=True)
class Ctx:
    unit: int
    team: int
    problem: int
    escalated: int
    a3: int
    measure: int


Write = Callable[[Services, Ctx, str], object]


def a3_section(name: str) -> Write:
    return lambda s, c, t: s.a3.update_a3(c.a3, None, **{name: t})


# Free text → the service call that writes it. Reviewed: each is how a person's text gets there.
FREE_TEXT: dict[tuple[str, str], Write] = {
    ("board", "code"): lambda s, c, t: s.boards.create_board(t, "Nimi", "team"),
    ("board", "name"): lambda s, c, t: s.boards.create_board("UUSI", t, "team"),
    ("measure", "name"): lambda s, c, t: s.measures.create_measure(c.team, t),
    # Each its own goal: one board has one active goal of a name (migration 0003).
    ("measure", "unit"): lambda s, c, t: s.measures.create_measure(c.team, "M1", unit=t),
    ("measure", "description"): lambda s, c, t: s.measures.create_measure(
        c.team, "M2", description=t
    ),
    ("measure_annotation", "note"): lambda s, c, t: s.marks.annotate(
        c.measure, c.team, "2026-W47", t
    ),
    ("measure_phase", "note"): lambda s, c, t: s.marks.start_phase(
        c.measure, c.team, "2026-W48", t
    ),
    ("idea", "title"): lambda s, c, t: s.ideas.create_idea(c.team, t),
    ("idea", "description"): lambda s, c, t: s.ideas.create_idea(c.team, "I", t),
    ("idea", "owner"): lambda s, c, t: s.ideas.create_idea(c.team, "I", owner=t),
    ("problem", "title"): lambda s, c, t: s.problems.create_problem(c.team, "Q", t),
    ("problem", "description"): lambda s, c, t: s.problems.create_problem(c.team, "Q", "P", t),
    ("problem", "owner"): lambda s, c, t: s.problems.create_problem(c.team, "Q", "P", owner=t),
    ("escalation", "note"): lambda s, c, t: s.problems.escalate_problem(c.problem, None, t),
    ("escalation", "answer"): lambda s, c, t: s.problems.answer_escalation(
        c.escalated, None, "decision", t
    ),
    ("safety_event_kind", "code"): lambda s, c, t: s.safety.add_kind(t, "Laji"),
    ("safety_event_kind", "name"): lambda s, c, t: s.safety.add_kind("laji", t),
    ("safety_event", "description"): lambda s, c, t: s.safety.record_event(
        c.team, "fall", "harm", description=t
    ),
    ("huddle", "note"): lambda s, c, t: s.huddles.log_huddle(c.team, 8, note=t),
    ("a3_report", "title"): lambda s, c, t: s.a3.create_a3(c.team, t),
    ("a3_report", "owner"): lambda s, c, t: s.a3.create_a3(c.team, "A3", owner=t),
    **{
        ("a3_report", name): a3_section(name)
        for name in (
            "background",
            "current_condition",
            "target_condition",
            "root_cause",
            "countermeasures",
            "follow_up",
        )
    },
    ("a3_report", "five_whys"): lambda s, c, t: s.a3.update_a3(c.a3, None, five_whys=["x", t]),
    ("a3_report", "fishbone"): lambda s, c, t: s.a3.update_a3(
        c.a3, None, fishbone={"Ihmiset": [t]}
    ),
    ("a3_action", "action"): lambda s, c, t: s.a3.add_action(c.a3, A3ActionDraft(action=t)),
    ("a3_action", "owner"): lambda s, c, t: s.a3.add_action(
        c.a3, A3ActionDraft(action="Tee", owner=t)
    ),
}

# Not free text, each with the reason. Enum columns are checked against their enum elsewhere
# (data_io.ENUM_COLUMNS and the CHECK constraints); here they only need to be named.
NOT_FREE_TEXT: dict[tuple[str, str], str] = {
    ("board", "kind"): "enum BoardKind",
    ("board_pin", "pin_hash"): "PBKDF2 hash of a 4–8 digit PIN, never text a person wrote",
    ("pin_attempt", "login"): "the PostgreSQL session_user, set by the database function",
    ("pin_attempt", "digest"): "PBKDF2 digest of a typed PIN; never exported, cleared when judged",
    ("membership", "login"): "a PostgreSQL login that must exist on the server when granted",
    ("membership", "role"): "enum AccessRole",
    ("board", "sections"): "section names from the closed list SECTIONS (others refused)",
    ("measure", "direction"): "enum Direction",
    ("measure", "frequency"): "enum Frequency",
    ("measure", "chart_kind"): "enum ChartKind",
    ("measure_phase", "kind"): "enum MarkKind (set by the program: 'start' or 'freeze')",
    ("measure", "safety_severity"): "enum Severity (a counted goal's severity, or none)",
    ("measure_value", "source"): "set by the program (manual, import, …), never typed",
    ("idea", "state"): "enum PdcaState",
    ("idea", "category"): "enum Sqdc",
    ("idea", "origin"): "enum Origin",
    ("problem", "category"): "enum Sqdc",
    ("problem", "status"): "enum ProblemStatus",
    ("escalation", "answer_kind"): "enum AnswerKind",
    ("safety_event", "severity"): "enum Severity",
    ("a3_report", "phase"): "enum A3Phase",
    ("a3_action", "status"): "enum ActionStatus",
    ("change", "actor"): "login@host of the saving PC, set by the program (votes write none)",
    ("change", "entity"): "table name, set by the program",
    ("change", "action"): "verb (create, update, …), set by the program",
    ("change", "details"): "copies of values the services already guarded (old → new)",
}


def text_columns() -> set[tuple[str, str]]:
    return {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, sa.String | sa.Text | sa.JSON)
    }


def test_every_text_column_is_reviewed() -> None:
    columns = text_columns()
    unreviewed = columns - FREE_TEXT.keys() - NOT_FREE_TEXT.keys()
    assert unreviewed == set(), f"text columns with no guarded path and no reason: {unreviewed}"
    assert FREE_TEXT.keys() & NOT_FREE_TEXT.keys() == set()
    assert (FREE_TEXT.keys() | NOT_FREE_TEXT.keys()) - columns == set(), "stale map entries"


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            t.name: int(s.scalar(sa.select(sa.func.count()).select_from(t)) or 0)
            for t in Base.metadata.sorted_tables
        }


def make_ctx(services: Services) -> Ctx:
    unit = services.boards.create_board("YKS", "Yksikkö", "unit")
    team = services.boards.create_board("OS1", "Osasto 1", "team", parent_id=unit.id)
    problem = services.problems.create_problem(team.id, "S", "Liukas lattia")
    escalated = services.problems.create_problem(team.id, "D", "Sijaisia ei saada")
    services.problems.escalate_problem(escalated.id, None, "Tarvitaan päätös")
    a3 = services.a3.create_a3(team.id, "Kaatumiset yöllä")
    measure = services.measures.create_measure(team.id, "Kaatumiset", frequency="week")
    return Ctx(unit.id, team.id, problem.id, escalated.id, a3.id, measure.id)


@pytest.mark.parametrize("column", sorted(FREE_TEXT), ids=lambda c: f"{c[0]}.{c[1]}")
def test_free_text_column_refuses_an_identity_code(column: tuple[str, str], tmp_path: Path) -> None:
    # SQLite only: the guard is the services' own code, the same whatever the database.
    services = open_services(f"sqlite:///{tmp_path / 'p.db'}", actor="privacy@proof")
    try:
        ctx = make_ctx(services)
        write = FREE_TEXT[column]
        ok = "KOODI-2" if column[1] == "code" else "Tavallinen teksti 12.3.2026"
        write(services, ctx, ok)  # the path itself works …
        before = row_counts(services.db)
        with pytest.raises(ValidationError, match="henkilötunnus"):  # … and refuses the code
            write(services, ctx, CODE if column[1] == "code" else TEXT)
        assert row_counts(services.db) == before
    finally:
        services.close()


@pytest.fixture(scope="module")
def full_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """An export with rows in every table that holds free text."""
    folder = tmp_path_factory.mktemp("privacy")
    services = open_services(f"sqlite:///{folder / 'source.db'}", actor="privacy@proof")
    ctx = make_ctx(services)
    for column, write in FREE_TEXT.items():
        write(services, ctx, "Ok" if column != ("board", "code") else "OS2")
    services.close()
    db = Database(f"sqlite:///{folder / 'source.db'}")
    export = export_data(db)
    db.dispose()
    return export


@pytest.mark.parametrize("column", sorted(FREE_TEXT), ids=lambda c: f"{c[0]}.{c[1]}")
def test_import_data_refuses_an_identity_code_in_every_free_text_column(
    column: tuple[str, str], full_export: dict[str, Any], tmp_path: Path
) -> None:
    table, name = column
    tables = {t: [dict(r) for r in rows] for t, rows in full_export["tables"].items()}
    assert tables[table], f"the export has no {table} row to carry the code"
    value = {"five_whys": [TEXT], "fishbone": {"Ihmiset": [TEXT]}}.get(name, TEXT)
    tables[table][0][name] = CODE if name == "code" else value
    db = Database(f"sqlite:///{tmp_path / 'target.db'}")
    try:
        ensure_current(db.engine)
        before = row_counts(db)
        with pytest.raises(ImportRefused) as refused:
            import_data(db, {**full_export, "tables": tables})
        assert "henkilötunnus" in str(refused.value) or "tunnus" in str(refused.value)
        assert row_counts(db) == before
    finally:
        db.dispose()


def test_a_mood_vote_stores_no_person_screen_time_or_order(db_url: str) -> None:
    """A vote is one more in a count of its board, day, round and score; nothing else is
    written (tests/proof/test_mood_storage.py: a whole day of votes and ideas)."""
    assert {c.name for c in MoodTally.__table__.columns} == {
        "board_id",
        "day",
        "round",
        "score",
        "votes",
    }
    assert {c.name for c in MoodDayState.__table__.columns} == {
        "board_id",
        "day",
        "min_group",
        "released_rounds",
    }
    for table in Base.metadata.sorted_tables:  # nothing points at a count to hang a name on it
        assert all(fk.column.table.name != "mood_tally" for fk in table.foreign_keys), table.name
    services = open_services(db_url, actor="hoitaja.virtanen@osasto3-pc")
    try:
        board = services.boards.create_board("OS1", "Osasto 1", "team")
        with services.db.read() as s:
            history = s.scalar(sa.select(sa.func.count()).select_from(Change))
        services.mood.record_mood_vote(board.id, 3, dt.date(2026, 11, 24))
        with services.db.read() as s:
            assert s.scalar(sa.select(sa.func.count()).select_from(Change)) == history
            rows = s.execute(
                sa.select(MoodTally.board_id, MoodTally.day, MoodTally.round, MoodTally.score,
                          MoodTally.votes)
            ).all()  # fmt: skip
        assert sorted(tuple(r) for r in rows) == [
            (board.id, dt.date(2026, 11, 24), 0, score, int(score == 3)) for score in range(11)
        ]
    finally:
        services.close()

"""Export, all-or-nothing import and database copy, on SQLite and PostgreSQL."""

from __future__ import annotations

import copy
import datetime as dt
import io
import json
import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import CheckConstraint, func, select
from sqlalchemy.orm import Session

from leanboard.domain.enums import DEFAULT_EVENT_KINDS
from leanboard.domain.errors import ImportRefused, LeanBoardError
from leanboard.services import data_io
from leanboard.services.data_io import (
    ENUM_COLUMNS,
    RULE_COLUMNS,
    content_of,
    copy_database,
    export_data,
    export_json,
    import_data,
    import_file,
    write_export,
)
from leanboard.store.database import Database
from leanboard.store.engine import normalise_url
from leanboard.store.migrate import ensure_current, head_revision
from leanboard.store.models import (
    TABLES_IN_ORDER,
    A3Action,
    A3Report,
    Board,
    BoardPin,
    Change,
    Escalation,
    Huddle,
    Idea,
    Measure,
    MeasureValue,
    Membership,
    MoodDayState,
    MoodTally,
    Problem,
    SafetyEvent,
)

PG_URL = os.environ.get("LEANBOARD_TEST_DATABASE_URL")
T0 = dt.datetime(2026, 11, 23, 7, 30, 15, 123456)


def fill(session: Session) -> None:
    """A little of everything. The parent board gets a larger id than its child on purpose:
    rows are exported by id, so the import must still insert the parent first."""
    team = Board(id=1, code="TUU-AKUUTTI", name="Akuuttiosasto", kind="team", parent_id=None)
    unit = Board(id=5, code="TUU-SAIRAALA", name="Sairaala", kind="unit", sections=["goals"])
    session.add_all([team, unit])
    session.flush()
    team.parent_id = 5
    session.add_all(
        [
            Measure(
                id=1, board_id=5, name="NPS", direction="higher", frequency="month", target=80.0
            ),
            Measure(
                id=2, board_id=1, name="Kaatumiset", direction="lower", frequency="week",
                inherited=True, decimals=1, description="Kaatumiset viikossa",
            ),
        ]
    )  # fmt: skip
    session.flush()
    session.add_all(
        [
            MeasureValue(measure_id=1, board_id=1, period_start=dt.date(2026, 10, 1), value=61.0),
            MeasureValue(
                measure_id=1, board_id=1, period_start=dt.date(2026, 11, 1), value=64.5, answers=42
            ),
            MeasureValue(measure_id=2, board_id=1, period_start=dt.date(2026, 11, 16), value=2.0),
        ]
    )
    # Three votes (3, 8, 10) on one day, released at the huddle: counts only.
    session.add(MoodDayState(board_id=1, day=dt.date(2026, 11, 23), min_group=3, released_rounds=1))
    session.flush()
    session.add_all(
        MoodTally(
            board_id=1, day=dt.date(2026, 11, 23), round=0, score=s, votes=int(s in (3, 8, 10))
        )
        for s in range(11)
    )
    idea = Idea(
        board_id=1, title="Lääkekärryn järjestys", description="Kuvaus\nrivillä", category="S",
        state="do", owner="Sari", due_date=dt.date(2026, 12, 1), created_at=T0,
    )  # fmt: skip
    problem = Problem(board_id=1, title="Hoitajapula yöllä", category="D", waiting_board_id=5)
    session.add_all([idea, problem])
    session.flush()
    session.add(
        Escalation(problem_id=problem.id, from_board_id=1, to_board_id=5, note="Ei ratkea tiimissä")
    )
    session.add(SafetyEvent(board_id=1, day=dt.date(2026, 11, 20), kind_id=1, severity="near_miss"))
    report = A3Report(
        board_id=1, title="Kaatumisten vähentäminen", started_on=dt.date(2026, 9, 1),
        five_whys=["Miksi?", "Koska"], fishbone={"ihmiset": ["kiire"], "ympäristö": []},
        effect_measure_id=2, problem_id=problem.id, idea_id=idea.id,
    )  # fmt: skip
    session.add(report)
    session.flush()
    session.add_all(
        [
            A3Action(a3_id=report.id, position=1, action="Liukuesteet", status="doing"),
            A3Action(a3_id=report.id, position=2, action="Valaistus", due_date=dt.date(2027, 1, 1)),
        ]
    )
    session.add(Huddle(board_id=1, day=dt.date(2026, 11, 23), attendance=9, duration_minutes=12))
    session.add(Change(actor="t@x", board_id=1, entity="idea", action="create", details={"a": 1}))
    session.add(BoardPin(board_id=1, pin_hash=PIN_HASH, failures=2))
    session.add(Membership(login="virtanen", role="leader", board_id=5, granted_at=T0))


PIN_HASH = "pbkdf2$" + "ab" * 16 + "$" + "cd" * 32


@pytest.fixture
def filled(database: Database) -> Database:
    database.write(fill)
    return database


@pytest.fixture
def second_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """Another empty database on the same backend as `db_url`."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'second.db'}"
        return
    assert PG_URL is not None
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    try:
        separator = "&" if "?" in PG_URL else "?"
        yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def empty(second_url: str) -> Iterator[Database]:
    db = Database(second_url, actor="test@pytest")
    ensure_current(db.engine)
    yield db
    db.dispose()


def counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in TABLES_IN_ORDER
        }


def test_export_holds_every_row_in_key_order_as_json(filled: Database) -> None:
    data = export_data(filled)
    assert data["format"] == "leanboard-data"
    assert data["schema_revision"] == head_revision()
    assert list(data["tables"]) == [t.name for t in TABLES_IN_ORDER]
    assert {name: len(rows) for name, rows in data["tables"].items()} == counts(filled)
    for table in TABLES_IN_ORDER:  # by primary key, of one column or several
        keys = [
            tuple(row[c.name] for c in table.primary_key.columns)
            for row in data["tables"][table.name]
        ]
        assert keys == sorted(keys), table.name
    # The complete backup says so, and holds mood as the stored counts, never a row per vote.
    assert data["contents"] == "complete-backup"
    tally = data["tables"]["mood_tally"]
    assert {tuple(row) for row in tally} == {("board_id", "day", "round", "score", "votes")}
    assert [(r["score"], r["votes"]) for r in tally if r["votes"]] == [(3, 1), (8, 1), (10, 1)]
    assert data["tables"]["mood_day"] == [
        {"board_id": 1, "day": "2026-11-23", "min_group": 3, "released_rounds": 1}
    ]
    idea = data["tables"]["idea"][0]
    assert idea["created_at"] == "2026-11-23T07:30:15.123456"
    assert idea["due_date"] == "2026-12-01"
    assert data["tables"]["a3_report"][0]["fishbone"] == {"ihmiset": ["kiire"], "ympäristö": []}
    assert json.loads(export_json(data)) == data


def test_streamed_export_is_the_same_text(filled: Database) -> None:
    stream = io.StringIO()
    rows = write_export(filled, stream, chunk_size=2)
    data = json.loads(stream.getvalue())
    assert rows == sum(counts(filled).values())
    assert content_of(data) == content_of(export_data(filled))
    assert export_json(data) == stream.getvalue()
    one_row_per_line = [line for line in stream.getvalue().splitlines() if line.startswith("   {")]
    assert len(one_row_per_line) == rows


def test_round_trip_gives_identical_content(filled: Database, empty: Database) -> None:
    before = export_data(filled)
    summary = import_data(empty, json.loads(export_json(before)))
    assert summary.total == sum(len(rows) for rows in before["tables"].values())
    assert summary.replaced_seeded == ("safety_event_kind",)
    assert content_of(export_data(empty)) == content_of(before)
    assert export_json(content_of(export_data(empty))) == export_json(content_of(before))


def test_an_export_from_before_0004_brings_its_pins_along(
    filled: Database, empty: Database
) -> None:
    """Exports made before schema 0004 carry the PIN hash in the board rows."""
    old = export_data(filled)
    tables = {name: [dict(r) for r in rows] for name, rows in old["tables"].items()}
    del tables["board_pin"], tables["membership"]
    for row in tables["board"]:
        row["pin_hash"] = PIN_HASH if row["id"] == 1 else None
    import_data(empty, {**old, "schema_revision": "0002", "tables": tables})
    with empty.read() as s:
        pins = s.execute(select(BoardPin.board_id, BoardPin.pin_hash, BoardPin.failures)).all()
    assert [tuple(p) for p in pins] == [(1, PIN_HASH, 0)]


def test_new_rows_after_import_get_fresh_ids(filled: Database, empty: Database) -> None:
    # On PostgreSQL the sequences must have been moved past the imported ids.
    import_data(empty, export_data(filled))

    def add(session: Session) -> int:
        board = Board(code="UUSI", name="Uusi", kind="team")
        session.add(board)
        session.flush()
        return board.id

    assert empty.write(add) == 6


def test_export_is_the_same_from_either_backend(filled: Database, tmp_path: Path) -> None:
    other = Database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        ensure_current(other.engine)
        import_data(other, export_data(filled))
        assert content_of(export_data(other)) == content_of(export_data(filled))
    finally:
        other.dispose()


def bad_export(filled: Database) -> tuple[dict[str, Any], dict[str, int]]:
    """A good export with three bad rows among good ones; also where each bad row is."""
    data = copy.deepcopy(export_data(filled))
    tables = data["tables"]
    tables["mood_tally"][1]["score"] = 11
    tables["idea"][0]["description"] = "Potilas 010594Y9032 kaatui"
    tables["measure_value"][2]["value"] = "abc"
    return data, {"mood_tally": 2, "idea": 1, "measure_value": 3}


def test_bad_rows_refuse_the_whole_file(filled: Database, empty: Database) -> None:
    data, where = bad_export(filled)
    before = counts(empty)
    with pytest.raises(ImportRefused) as refused:
        import_data(empty, data)
    reasons = [reason for _, reason in refused.value.problems]
    assert len(reasons) == 3, reasons
    assert any(r.startswith(f"taulu mood_tally rivi {where['mood_tally']}: ") for r in reasons)
    assert any(
        r.startswith(f"taulu idea rivi {where['idea']}: ") and "henkilötunnus" in r for r in reasons
    )
    assert any(
        r.startswith(f"taulu measure_value rivi {where['measure_value']}: ") and "abc" in r
        for r in reasons
    )
    assert sorted(row for row, _ in refused.value.problems) == sorted(where.values())
    assert all("010594Y9032" not in r for r in reasons)  # the refused code is not echoed
    assert counts(empty) == before
    assert sum(counts(empty).values()) == 4  # only the migrations' four event kinds


@pytest.mark.parametrize(
    ("table", "change", "expected"),
    [
        ("board", {"kind": "ward"}, "tuntematon arvo"),
        ("board", {"code": "tuu akuutti"}, "code"),
        ("board", {"min_mood_group": 2}, "min_mood_group"),
        ("board", {"parent_id": 99}, "viittaa riviin 99 taulussa board"),
        ("board", {"colour": "red"}, "tuntematon sarake colour"),
        ("idea", {"title": None}, "sarake title: arvo puuttuu"),
        ("idea", {"board_id": "1"}, "kokonaisluku"),
        ("idea", {"due_date": "31.02.2026"}, "ei ole päivämäärä"),
        ("idea", {"created_at": "eilen"}, "ei ole aikaleima"),
        ("measure", {"inherited": "kyllä"}, "true tai false"),
        ("measure", {"target": float("inf")}, "äärellinen"),
        ("huddle", {"attendance": -1}, "negatiivinen"),
        ("a3_report", {"five_whys": "miksi"}, "JSON-lista"),
        ("a3_report", {"fishbone": {"ihmiset": ["hetu 010594Y9032"]}}, "henkilötunnus"),
        ("change", {"details": {"old": "020594X903P"}}, "henkilötunnus"),
        ("safety_event", {"kind_id": 99}, "viittaa riviin 99 taulussa safety_event_kind"),
        ("measure_value", {"measure_id": 1, "period_start": "2026-10-01"}, "sama kuin rivillä 1"),
        ("mood_tally", {"score": 0}, "sama tunniste 1, 2026-11-23, 0, 0 kuin rivillä 1"),
        ("mood_tally", {"votes": -1}, "negatiivinen"),
        (
            "mood_tally",
            {"day": "2026-11-24"},
            "sarake board_id, day viittaa riviin 1, 2026-11-24 taulussa mood_day",
        ),
        ("mood_day", {"min_group": 2}, "min_group"),
        ("measure", {"board_id": 5, "name": "NPS"}, "board_id, name on sama kuin rivillä 1"),
    ],
)
def test_each_rule_is_checked(
    filled: Database,
    empty: Database,
    table: str,
    change: dict[str, Any],
    expected: str,
) -> None:
    data = copy.deepcopy(export_data(filled))
    row = data["tables"][table][-1]
    row.update(change)
    number = len(data["tables"][table])
    with pytest.raises(ImportRefused) as refused:
        import_data(empty, data)
    reasons = [reason for _, reason in refused.value.problems]
    assert any(r.startswith(f"taulu {table} rivi {number}: ") and expected in r for r in reasons), (
        reasons
    )
    assert sum(counts(empty).values()) == 4  # the migrations' four event kinds


def test_board_cycle_is_refused(filled: Database, empty: Database) -> None:
    data = copy.deepcopy(export_data(filled))
    data["tables"]["board"][1]["parent_id"] = 1  # 1 -> 5 -> 1
    with pytest.raises(ImportRefused) as refused:
        import_data(empty, data)
    assert any("kehän" in reason for _, reason in refused.value.problems)


def test_not_an_export_is_refused(empty: Database) -> None:
    with pytest.raises(ImportRefused) as refused:
        import_data(empty, {"tables": {}})
    assert "vientitiedosto" in refused.value.problems[0][1]
    with pytest.raises(ImportRefused) as refused:
        import_data(
            empty,
            {"format": "leanboard-data", "format_version": 1, "tables": {"patients": []}},
        )
    assert "tuntematon taulu patients" in refused.value.problems[0][1]


def test_file_without_event_kinds_may_point_at_the_seeded_ones(
    filled: Database, empty: Database
) -> None:
    data = copy.deepcopy(export_data(filled))
    del data["tables"]["safety_event_kind"]
    summary = import_data(empty, data)
    assert summary.replaced_seeded == ()
    assert counts(empty) == counts(filled)


def test_import_refuses_a_database_with_boards(filled: Database) -> None:
    before = counts(filled)
    with pytest.raises(LeanBoardError, match="jo 2 taulua"):
        import_data(filled, export_data(filled))
    assert counts(filled) == before


def test_every_model_check_constraint_is_checked_on_import() -> None:
    for table in TABLES_IN_ORDER:
        for constraint in table.constraints:
            if not isinstance(constraint, CheckConstraint):
                continue
            sql = str(constraint.sqltext)
            named = {c.name for c in table.columns if re.search(rf"\b{c.name}\b", sql)}
            assert named, sql
            for column in named:
                key = (table.name, column)
                assert key in ENUM_COLUMNS or key in RULE_COLUMNS, f"{key}: {sql}"
                if key in ENUM_COLUMNS:
                    allowed = set(re.findall(r"'([^']*)'", sql))
                    assert allowed == {e.value for e in ENUM_COLUMNS[key]}, sql


def test_copy_to_an_empty_database(filled: Database, second_url: str) -> None:
    summary = copy_database(filled, second_url, chunk_size=2)  # several chunks per table
    assert summary.total == sum(counts(filled).values())
    target = Database(second_url)
    try:
        assert content_of(export_data(target)) == content_of(export_data(filled))
    finally:
        target.dispose()


def test_copy_refuses_a_target_with_boards(filled: Database, second_url: str) -> None:
    target = Database(second_url)
    try:
        ensure_current(target.engine)
        target.write(lambda s: s.add(Board(code="X", name="X", kind="team")))
        with pytest.raises(LeanBoardError, match="jo 1 taulua"):
            copy_database(filled, second_url)
        assert counts(target)["board"] == 1
    finally:
        target.dispose()


def test_copy_refuses_itself(filled: Database, db_url: str) -> None:
    with pytest.raises(LeanBoardError, match="sama tietokanta"):
        copy_database(filled, db_url)


@pytest.mark.skipif(not PG_URL, reason="LEANBOARD_TEST_DATABASE_URL not set")
def test_copy_between_backends_both_ways(tmp_path: Path, pg_schema_url: str) -> None:
    sqlite = Database(f"sqlite:///{tmp_path / 'a.db'}")
    back = f"sqlite:///{tmp_path / 'b.db'}"
    postgres = Database(pg_schema_url)
    again = Database(back)
    try:
        ensure_current(sqlite.engine)
        sqlite.write(fill)
        copy_database(sqlite, pg_schema_url)
        copy_database(postgres, back)
        expected = content_of(export_data(sqlite))
        assert content_of(export_data(postgres)) == expected
        assert content_of(export_data(again)) == expected
        # The PostgreSQL copy keeps working: its sequences follow the copied ids.
        postgres.write(lambda s: s.add(Board(code="UUSI", name="Uusi", kind="team")))
        assert counts(postgres)["board"] == 3
    finally:
        for db in (sqlite, postgres, again):
            db.dispose()


def test_reset_sequences_is_harmless_on_sqlite(database: Database) -> None:
    with database.engine.connect() as conn:
        data_io.reset_sequences(conn)


# --- a file read a row at a time ---------------------------------------------------------------


def write_file(db: Database, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        write_export(db, stream)
    return path


def test_a_file_round_trips_read_a_row_at_a_time(
    filled: Database, empty: Database, tmp_path: Path
) -> None:
    path = write_file(filled, tmp_path / "export.json")
    summary = import_file(empty, path)
    assert summary.total == sum(counts(filled).values())
    assert content_of(export_data(empty)) == content_of(export_data(filled))


def test_a_pretty_printed_file_with_tables_in_another_order_imports(
    filled: Database, empty: Database, tmp_path: Path
) -> None:
    # Someone opened the export in a tool that re-indents and sorts keys: still the same data.
    data = export_data(filled)
    data["tables"] = dict(sorted(data["tables"].items()))  # a3_action before board...
    path = tmp_path / "pretty.json"
    path.write_text(json.dumps(data, indent=4, ensure_ascii=False), encoding="utf-8")
    import_file(empty, path)
    assert content_of(export_data(empty)) == content_of(export_data(filled))


def test_a_file_cut_short_is_refused_with_its_line(
    filled: Database, empty: Database, tmp_path: Path
) -> None:
    path = write_file(filled, tmp_path / "export.json")
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    with pytest.raises(LeanBoardError, match=r"ei ole kelvollista JSONia \(rivi \d+, sarake \d+\)"):
        import_file(empty, path)
    assert sum(counts(empty).values()) == len(DEFAULT_EVENT_KINDS)  # only the seeded kinds


def test_deeply_nested_json_is_refused_in_one_line(empty: Database, tmp_path: Path) -> None:
    # 100,000 brackets deep: json.loads would exhaust Python's recursion (a crash, not a reason).
    deep = "[" * 100_000 + "]" * 100_000
    whole = tmp_path / "deep.json"
    whole.write_text(deep, encoding="utf-8")
    in_a_row = tmp_path / "deep_row.json"
    in_a_row.write_text(
        '{"format": "leanboard-data", "format_version": 1, "tables": {"change": [\n'
        '{"id": 1, "entity": "idea", "action": "create", "details": {"x": ' + deep + "}}\n]}}",
        encoding="utf-8",
    )
    for path in (whole, in_a_row):
        with pytest.raises(LeanBoardError) as refused:
            import_file(empty, path)
        assert "sisäkkäin liian syvällä" in str(refused.value)
        assert "\n" not in str(refused.value)
    assert sum(counts(empty).values()) == len(DEFAULT_EVENT_KINDS)  # only the seeded kinds


def test_a_key_that_is_a_list_is_refused_as_any_other_bad_value(
    filled: Database, empty: Database
) -> None:
    """A broken file's key may be any JSON: refused with its row named, never a crash."""
    data = copy.deepcopy(export_data(filled))
    data["tables"]["safety_event_kind"][-1]["id"] = [1, 2]
    seeded = counts(empty)
    with pytest.raises(ImportRefused) as refused:
        import_data(empty, data)
    number = len(data["tables"]["safety_event_kind"])
    assert any(f"taulu safety_event_kind rivi {number}: " in r for _, r in refused.value.problems)
    assert counts(empty) == seeded


@pytest.mark.parametrize(
    ("table", "change", "expected"),
    [
        ("board_pin", {"pin_hash": "1234"}, "PIN-tiiviste"),
        ("board_pin", {"pin_hash": "pbkdf2$zz$00"}, "PIN-tiiviste"),
        ("board", {"sections": ["mood", ["goals"]]}, "jokaisen kohdan pitää olla tekstiä"),
        ("board", {"sections": ["mood", "kahvi"]}, "Tuntematon osio: kahvi"),
        ("a3_report", {"fishbone": {"ihmiset": [["kiire"]]}}, "lista tekstejä"),
        ("a3_report", {"fishbone": {"ihmiset": "kiire"}}, "lista tekstejä"),
        ("a3_report", {"five_whys": ["Miksi?", {"koska": 1}]}, "tekstiä"),
        ("change", {"details": {"a": [[[[[[["syvä"]]]]]]]}}, "liian syvällä"),
    ],
)
def test_malformed_json_columns_are_refused(
    filled: Database, empty: Database, table: str, change: dict[str, Any], expected: str
) -> None:
    data = copy.deepcopy(export_data(filled))
    data["tables"][table][-1].update(change)
    number = len(data["tables"][table])
    seeded = counts(empty)  # the safety-event kinds every database starts with
    with pytest.raises(ImportRefused) as refused:
        import_data(empty, data)
    reasons = [reason for _, reason in refused.value.problems]
    assert any(r.startswith(f"taulu {table} rivi {number}: ") and expected in r for r in reasons), (
        reasons
    )
    assert counts(empty) == seeded


def test_a_well_formed_pin_hash_is_kept_and_still_checks(filled: Database, empty: Database) -> None:
    from leanboard.services import Services
    from leanboard.services.pins import hash_pin

    data = copy.deepcopy(export_data(filled))
    pin = data["tables"]["board_pin"][0]
    pin.update(pin_hash=hash_pin("482913"), failures=0)
    import_data(empty, data)
    assert Services(empty).pins.check_pin(pin["board_id"], "482913")


def test_an_archived_goal_may_share_its_name(filled: Database, empty: Database) -> None:
    data = copy.deepcopy(export_data(filled))
    data["tables"]["measure"][-1].update(board_id=5, name="NPS", archived_at="2026-11-30T10:00:00")
    import_data(empty, data)
    assert counts(empty)["measure"] == 2

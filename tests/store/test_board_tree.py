"""Building and keeping the organisation tree: add, move, rename, archive, restore, import.

On a real database (SQLite file, and PostgreSQL when LEANBOARD_TEST_DATABASE_URL is set).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from leanboard.domain.errors import ImportRefused, ValidationError
from leanboard.services import Services
from leanboard.store.database import Database
from leanboard.store.models import Board, Change, Escalation, MeasureValue, utcnow

TODAY = dt.date(2026, 11, 25)  # a Wednesday of week 48


@pytest.fixture
def services(database: Database) -> Iterator[Services]:
    yield Services(database)


@pytest.fixture
def tree(services: Services) -> dict[str, int]:
    """ORG → AREA-A → U1 → T1, T2;  ORG → AREA-B → U2 → T3."""
    ids: dict[str, int] = {}
    for code, kind, parent in [
        ("ORG", "organisation", None),
        ("AREA-A", "area", "ORG"),
        ("AREA-B", "area", "ORG"),
        ("U1", "unit", "AREA-A"),
        ("U2", "unit", "AREA-B"),
        ("T1", "team", "U1"),
        ("T2", "team", "U1"),
        ("T3", "team", "U2"),
    ]:
        parent_id = ids[parent] if parent else None
        ids[code] = services.boards.create_board(code, f"Taulu {code}", kind, parent_id).id
    return ids


def codes_under(services: Services, code: str) -> list[str]:
    board = services.boards.by_code(code)
    return [b.code for b in services.boards.children(board.id)]


def test_move_puts_the_subtree_under_the_new_parent_and_records_it(
    services: Services, tree: dict[str, int]
) -> None:
    moved = services.boards.move_board(tree["U1"], tree["AREA-B"])
    assert (moved.old_parent_code, moved.new_parent_code, moved.boards_moved) == (
        "AREA-A",
        "AREA-B",
        3,
    )
    assert codes_under(services, "AREA-B") == ["U1", "U2"]
    assert codes_under(services, "U1") == ["T1", "T2"]  # the teams came along
    assert codes_under(services, "AREA-A") == []
    with services.db.read() as s:
        moves = s.execute(
            select(Change.board_id, Change.entity_id, Change.details).where(Change.action == "move")
        ).all()
    # One row in the board's own history, one each in the old and the new parent's (naming it).
    assert sorted((b, e) for b, e, _ in moves) == sorted(
        [(tree["U1"], tree["U1"]), (tree["AREA-A"], None), (tree["AREA-B"], None)]
    )
    assert all(d["parent_id"] == [tree["AREA-A"], tree["AREA-B"]] for *_, d in moves)
    assert [d["code"] for b, e, d in moves if e is None] == ["U1", "U1"]
    own = [c for c in services.history.of_item("board", tree["U1"]) if c.action == "move"]
    assert len(own) == 1


def test_move_to_the_top_and_back(services: Services, tree: dict[str, int]) -> None:
    services.boards.move_board(tree["T3"], None)
    assert [(b.code, b.depth) for b in services.boards.list_boards() if b.code == "T3"] == [
        ("T3", 0)
    ]
    again = services.boards.move_board(tree["T3"], tree["U2"])
    assert again.changed and codes_under(services, "U2") == ["T3"]
    same = services.boards.move_board(tree["T3"], tree["U2"])
    assert not same.changed


@pytest.mark.parametrize("target", ["U1", "T1", "T2"])
def test_a_board_cannot_go_under_itself_or_its_own_subtree(
    services: Services, tree: dict[str, int], target: str
) -> None:
    with pytest.raises(ValidationError, match="oma alataulu tai se itse") as refused:
        services.boards.move_board(tree["U1"], tree[target])
    assert refused.value.field == "parent_id"
    assert services.boards.get(tree["U1"]).parent_id == tree["AREA-A"]


def test_settings_parent_change_takes_the_same_rules(
    services: Services, tree: dict[str, int]
) -> None:
    u1 = services.boards.get(tree["U1"])
    with pytest.raises(ValidationError, match="oma alataulu"):
        services.boards.update_settings(u1.id, u1.version, parent_id=tree["T2"])
    services.boards.update_settings(u1.id, u1.version, parent_id=tree["AREA-B"])
    assert codes_under(services, "AREA-B") == ["U1", "U2"]


def test_allowed_parents_leave_out_the_subtree_and_archived_boards(
    services: Services, tree: dict[str, int]
) -> None:
    services.boards.archive_board(tree["T3"])
    allowed = [b.code for b in services.boards.allowed_parents(tree["U1"])]
    assert allowed == ["ORG", "AREA-A", "AREA-B", "U2"]
    every = [b.code for b in services.boards.allowed_parents(None)]
    assert every == ["ORG", "AREA-A", "U1", "T1", "T2", "AREA-B", "U2"]


def test_nothing_goes_under_an_archived_board(services: Services, tree: dict[str, int]) -> None:
    services.boards.archive_board(tree["T3"])
    with pytest.raises(ValidationError, match="T3 on arkistoitu"):
        services.boards.move_board(tree["T1"], tree["T3"])
    with pytest.raises(ValidationError, match="T3 on arkistoitu"):
        services.boards.create_board("T4", "Uusi", "team", tree["T3"])


def test_archive_refuses_a_board_with_boards_in_use_below_it(
    services: Services, tree: dict[str, int]
) -> None:
    with pytest.raises(ValidationError, match=r"alla on käytössä olevia tauluja \(T1, T2\)"):
        services.boards.archive_board(tree["U1"])
    services.boards.archive_board(tree["T1"])
    services.boards.archive_board(tree["T2"])
    services.boards.archive_board(tree["U1"])
    assert "U1" not in [b.code for b in services.boards.list_boards()]
    archived = {b.code: b.archived for b in services.boards.list_boards(include_archived=True)}
    assert archived["U1"] and archived["T1"] and not archived["AREA-A"]


def test_restore_needs_its_parent_in_use(services: Services, tree: dict[str, int]) -> None:
    services.boards.archive_board(tree["T3"])
    services.boards.archive_board(tree["U2"])
    with pytest.raises(ValidationError, match="ylempi taulu U2 on arkistoitu"):
        services.boards.restore_board(tree["T3"])
    services.boards.restore_board(tree["U2"])
    assert not services.boards.restore_board(tree["T3"]).archived
    assert codes_under(services, "U2") == ["T3"]


def test_rename_keeps_the_old_name_and_code_in_the_history(
    services: Services, tree: dict[str, int]
) -> None:
    renamed = services.boards.rename_board(tree["T1"], name="Osasto 1", code="os1")
    assert (renamed.code, renamed.name) == ("OS1", "Osasto 1")
    with pytest.raises(ValidationError, match="T2 on jo käytössä"):
        services.boards.rename_board(tree["T1"], code="T2")
    with pytest.raises(ValidationError, match="henkilötunnus"):
        services.boards.rename_board(tree["T1"], name="Asukas 010594Y9032")
    with pytest.raises(ValidationError, match="uusi nimi tai uusi tunnus"):
        services.boards.rename_board(tree["T1"])
    with services.db.read() as s:
        details = s.scalar(
            select(Change.details).where(Change.entity_id == tree["T1"], Change.action == "update")
        )
    assert details == {"name": ["Taulu T1", "Osasto 1"], "code": ["T1", "OS1"]}


# --- moving a team with open escalations and inherited goals -----------------------------------


def test_moving_a_team_reroutes_its_escalations_and_changes_its_goals_and_the_rollups(
    services: Services, tree: dict[str, int]
) -> None:
    s = services
    sick = s.measures.create_measure(
        tree["ORG"], "Sairauspoissaolot", target=5, direction="lower", frequency="month",
        inherited=True,
    )  # fmt: skip
    access = s.measures.create_measure(tree["AREA-A"], "Hoitoonpääsy", target=90, inherited=True)
    falls = s.measures.create_measure(
        tree["U1"], "Kaatumiset", target=2, direction="lower", inherited=True
    )
    nps = s.measures.create_measure(tree["U2"], "NPS", target=80, inherited=True)
    s.measures.record_value(sick.id, tree["T1"], "2026-11", 4, today=TODAY)
    for measure, value in ((access.id, 95), (falls.id, 1)):
        s.measures.record_value(measure, tree["T1"], "2026-W48", value, today=TODAY)
    s.measures.record_value(nps.id, tree["T3"], "2026-W48", 70, today=TODAY)

    # Three problems of T1: waiting at U1, at AREA-A (forwarded once), at ORG (twice).
    def escalate(title: str, forwards: int) -> int:
        p = s.problems.create_problem(tree["T1"], "D", title)
        p = s.problems.escalate_problem(p.id, p.version, "Tarvitaan apua")
        for _ in range(forwards):
            p = s.problems.answer_escalation(p.id, p.version, "forwarded", "Ylemmäs")
        return p.id

    at_unit = escalate("Sijaiset puuttuvat", 0)
    at_area = escalate("Nostolaite rikki", 1)
    at_org = escalate("Tilat liian pienet", 2)

    moved = s.boards.move_board(tree["T1"], tree["U2"])

    # Escalations: those waiting at U1 and AREA-A (no longer above T1) now wait at U2; the
    # one at ORG (still above) is left alone.
    assert {(r.problem_id, r.from_board_code, r.to_board_code) for r in moved.rerouted} == {
        (at_unit, "U1", "U2"),
        (at_area, "AREA-A", "U2"),
    }
    waiting = {p: s.problems.get(p).waiting_board_id for p in (at_unit, at_area, at_org)}
    assert waiting == {at_unit: tree["U2"], at_area: tree["U2"], at_org: tree["ORG"]}
    steps = s.problems.get(at_area).escalations
    assert [(e.from_board_code, e.to_board_code, e.answer_kind) for e in steps] == [
        ("T1", "U1", "forwarded"),
        ("U1", "AREA-A", "forwarded"),  # closed by the move, with the reason as its answer
        ("T1", "U2", None),
    ]
    assert "siirrettiin taulun U2 alle" in (steps[1].answer or "")
    assert [p.id for p in s.problems.escalated_to(tree["U2"])] == [at_unit, at_area]
    assert s.problems.escalated_to(tree["U1"]) == []
    assert s.problems.escalated_to(tree["AREA-A"]) == []

    # Goals: the old unit's and area's handed-down goals leave, the new unit's arrive, the
    # organisation's stays; T1's values of the goals that left are kept.
    assert (moved.goals_left, moved.goals_gained) == (("Hoitoonpääsy", "Kaatumiset"), ("NPS",))
    seen = [m.name for m in s.measures.board_measures(tree["T1"])]
    assert sorted(seen) == ["NPS", "Sairauspoissaolot"]
    with s.db.read() as session:
        kept = session.scalar(
            select(func.count())
            .select_from(MeasureValue)
            .where(MeasureValue.board_id == tree["T1"])
        )
    assert kept == 3

    # The roll-ups after the move.
    now = utcnow() + dt.timedelta(hours=30)
    u2 = s.rollup.rollup(tree["U2"], TODAY, now)
    assert u2 is not None
    assert [r.board.code for r in u2.rows] == ["T1", "T3"]  # T1 first: escalation past 24 h
    t1_row = u2.rows[0]
    assert sorted(w.problem_id for w in t1_row.waiting) == [at_unit, at_area]
    assert t1_row.waiting_over_limit == 2 and "overdue_escalation" in t1_row.needs_help
    # T1 sees ORG's sick leave (on target, 4 < 5) and U2's NPS (no value yet).
    assert (t1_row.goals_on_target, t1_row.goals_off_target, t1_row.goals_no_data) == (1, 0, 1)
    comparison = {g.measure.name: g for g in u2.goals}
    assert [(c.board_code, c.value) for c in comparison["NPS"].cells] == [
        ("T1", None),
        ("T3", 70.0),
    ]
    u1 = s.rollup.rollup(tree["U1"], TODAY, now)
    assert u1 is not None and [r.board.code for r in u1.rows] == ["T2"]
    assert u1.total.waiting == ()
    area_a = s.rollup.rollup(tree["AREA-A"], TODAY, now)
    assert area_a is not None and area_a.total.boards_covered == 3  # AREA-A, U1, T2
    org = s.rollup.rollup(tree["ORG"], TODAY, now)
    assert org is not None
    assert [w.problem_id for w in org.total.waiting] == [at_org]
    assert {r.board.code: r.boards_covered for r in org.rows} == {"AREA-A": 3, "AREA-B": 4}

    # Back where it was: the goals that left come back with their values.
    s.boards.move_board(tree["T1"], tree["U1"])
    values = {x.measure.name: [p.value for p in x.points] for x in s.measures.series(tree["T1"])}
    assert values["Hoitoonpääsy"] == [95.0] and values["Kaatumiset"] == [1.0]


def test_moving_a_team_to_the_top_returns_what_waited_above_it(
    services: Services, tree: dict[str, int]
) -> None:
    s = services
    p = s.problems.create_problem(tree["T2"], "S", "Liukas lattia")
    p = s.problems.escalate_problem(p.id, p.version)
    moved = s.boards.move_board(tree["T2"], None)
    assert [(r.from_board_code, r.to_board_code) for r in moved.rerouted] == [("U1", None)]
    again = s.problems.get(p.id)
    assert again.waiting_board_id is None
    assert again.escalations[-1].answer_kind == "returned"
    with s.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Escalation)) == 1


def move(
    svc: Services, board: int, parent: int, barrier: threading.Barrier, outcomes: list[str]
) -> None:
    """One PC's move, started at the same moment as the other's."""
    barrier.wait()
    try:
        svc.boards.move_board(board, parent)
        outcomes.append("moved")
    except ValidationError:
        outcomes.append("refused")


def test_two_screens_moving_boards_under_each_other_never_make_a_cycle(
    database: Database, tree: dict[str, int]
) -> None:
    """A under B on one PC while B goes under A on another: one wins, the other is refused."""
    for _ in range(4):
        first = Services(Database(str(database.url.render_as_string(False)), actor="pc1"))
        second = Services(Database(str(database.url.render_as_string(False)), actor="pc2"))
        a, b = tree["T1"], tree["T3"]
        outcomes: list[str] = []
        barrier = threading.Barrier(2)

        threads = [
            threading.Thread(target=move, args=(first, a, b, barrier, outcomes)),
            threading.Thread(target=move, args=(second, b, a, barrier, outcomes)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        first.close()
        second.close()
        assert sorted(outcomes) == ["moved", "refused"]
        with database.read() as s:
            parents = dict(s.execute(select(Board.id, Board.parent_id)).all())
        for start in parents:  # follow every chain up: it must end at the top
            seen, current = set(), start
            while current is not None:
                assert current not in seen, "cycle in the tree"
                seen.add(current)
                current = parents[current]
        # Put both back for the next round.
        services = Services(database)
        services.boards.move_board(a, tree["U1"])
        services.boards.move_board(b, tree["U2"])


# --- import -------------------------------------------------------------------------------------


def test_import_builds_a_tree_in_any_row_order_and_attaches_it(
    services: Services, tree: dict[str, int]
) -> None:
    text = "\n".join(
        [
            "tunnus;nimi;ylempi;taso",
            "OS5;Osasto 5;Y9;",  # its parent comes later in the file
            "Y9;Kotikallion hoivakoti;AREA-B;yksikkö",
            "OS6;Osasto 6;Y9;tiimi",
        ]
    )
    summary = services.board_import.import_tree(text)
    assert [(b.code, b.kind) for b in summary.boards] == [
        ("Y9", "unit"),
        ("OS5", "team"),
        ("OS6", "team"),
    ]
    assert summary.attached_to == ("AREA-B",)
    assert codes_under(services, "Y9") == ["OS5", "OS6"]
    assert sorted(codes_under(services, "AREA-B")) == ["U2", "Y9"]


def test_import_names_every_bad_row_and_stores_nothing(
    services: Services, tree: dict[str, int]
) -> None:
    text = "\n".join(
        [
            "code,name,parent,kind",
            "A,Alfa,B,unit",  # 2: A → B → A
            "B,Beeta,A,unit",  # 3
            "C,Gamma,NOPE,team",  # 4: unknown parent
            "T1,Toinen T1,ORG,team",  # 5: code already in the database
            "D,Delta,ORG,team",
            "D,Delta kahdesti,ORG,team",  # 7: twice in the file
            "E,Asukas 010594Y9032,ORG,team",  # 8: identity code in the name
            "F,Itse,F,team",  # 9: its own parent
            "G,Gee,ORG,tiimit",  # 10: unknown kind
        ]
    )
    before = len(services.boards.list_boards(include_archived=True))
    with pytest.raises(ImportRefused) as refused:
        services.board_import.import_tree(text)
    problems = dict(refused.value.problems)
    assert sorted(problems) == [2, 3, 4, 5, 7, 8, 9, 10]
    assert "kehä" in problems[2] and "A → B → A" in problems[2]
    assert "B → A → B" in problems[3]
    assert "NOPE ei ole tiedostossa eikä tietokannassa" in problems[4]
    assert "T1 on jo käytössä" in problems[5]
    assert "D on jo rivillä 6" in problems[7]
    assert "henkilötunnus" in problems[8]
    assert "F → F" in problems[9]
    assert "tuntematon taso ”tiimit”" in problems[10]
    assert len(services.boards.list_boards(include_archived=True)) == before


def test_import_refuses_an_archived_parent_and_an_empty_file(
    services: Services, tree: dict[str, int]
) -> None:
    services.boards.archive_board(tree["T3"])
    with pytest.raises(ImportRefused) as refused:
        services.board_import.import_tree("code;name;parent\nX;Iks;T3\n")
    assert refused.value.problems == [(2, "ylempi taulu T3 on arkistoitu.")]
    with pytest.raises(ImportRefused, match="ei ole yhtään taulua"):
        services.board_import.import_tree("code;name;parent\n\n")
    with pytest.raises(ImportRefused, match="otsikkorivillä ei ole saraketta parent"):
        services.board_import.import_tree("code;name\nX;Iks\n")

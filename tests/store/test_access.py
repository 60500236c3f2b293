"""Who may do what, proved on PostgreSQL with real login roles (issue 14's "Must show").

Each test connects as logins of its own, created for it with a password and dropped after, and
tries both through the services (as the program does) and through raw SQL (as a modified
client or a hand-written session would). The database must refuse what the role does not
allow, store nothing then, and say why in words.
"""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa
from pg_access import TREE, Org, org_fixture  # noqa: F401  (the `org` fixture)
from sqlalchemy.exc import DBAPIError

from leanboard.domain.access import GROUP_ROLE_PREFIX, AccessRole, Rights
from leanboard.domain.errors import AccessDenied, ValidationError
from leanboard.services import Services, open_services

pytestmark = pytest.mark.postgres


def refused(services: Services, sql: str, params: dict[str, object] | None = None) -> str:
    """Run `sql` as the login; it must be refused (insufficient_privilege). The message."""
    with services.db.engine.connect() as conn:
        with pytest.raises(DBAPIError) as error:
            conn.execute(sa.text(sql), params or {})
        conn.rollback()
    assert getattr(error.value.orig, "sqlstate", None) == "42501", error.value
    return str(error.value.orig)


def run_sql(services: Services, sql: str, params: dict[str, object] | None = None) -> None:
    with services.db.engine.begin() as conn:
        conn.execute(sa.text(sql), params or {})


# --- set-up -----------------------------------------------------------------------------------


def test_setup_runs_again_in_its_own_schema_and_changes_nothing(org: Org) -> None:
    def policies() -> list[tuple[str, str, str]]:
        with org.owner.db.read() as s:
            rows = s.execute(
                sa.text(
                    "SELECT tablename, policyname, cmd FROM pg_policies"
                    " WHERE schemaname = current_schema() ORDER BY 1, 2"
                )
            )
            return [tuple(r) for r in rows]

    before = policies()
    assert ("problem", "access_update", "UPDATE") in before
    assert org.owner.access.setup() == org.owner.access.setup()  # the test's own schema
    assert policies() == before
    with org.owner.db.read() as s:
        roles = dict(
            s.execute(
                sa.text("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname LIKE :p"),
                {"p": GROUP_ROLE_PREFIX + "%"},
            ).all()
        )
    assert roles == {f"{GROUP_ROLE_PREFIX}{r.value}": False for r in AccessRole}
    status = org.owner.access.status()
    assert status.enabled and status.exempt  # the owner: every rule off for it


# --- leaders: their board and the boards below ----------------------------------------------


def test_a_leader_writes_their_board_and_below_and_is_refused_elsewhere(org: Org) -> None:
    leader = org.login(("leader", "A")).services
    ids = org.ids
    mine = leader.problems.create_problem(ids["A-T1"], "S", "Liukas lattia")
    leader.measures.create_measure(ids["A"], "Sairauspoissaolot", unit="%", target=5)
    unit = leader.boards.get(ids["A-U"])
    leader.boards.update_settings(unit.id, unit.version, name="Yksikkö A (uusi nimi)")
    assert org.owner.boards.get(ids["A-U"]).name == "Yksikkö A (uusi nimi)"

    theirs = org.owner.problems.create_problem(ids["B-T1"], "Q", "B:n ongelma")
    before = org.count("problem")
    for board in ("B-T1", "ORG"):  # a sibling's team, and the board above
        with pytest.raises(AccessDenied) as error:
            leader.problems.create_problem(ids[board], "S", "Ei kuulu minulle")
        assert "Ei oikeutta" in str(error.value) and "ongelmat" in str(error.value)
    with pytest.raises(AccessDenied):
        leader.problems.update_problem(theirs.id, theirs.version, title="Muutettu", category="Q")
    with pytest.raises(AccessDenied):
        board_b = leader.boards.get(ids["B-U"])
        leader.boards.update_settings(board_b.id, board_b.version, name="Kaapattu")
    assert org.count("problem") == before
    assert org.owner.problems.get(theirs.id).title == "B:n ongelma"
    assert org.owner.boards.get(ids["B-U"]).name == "Yksikkö B"

    # The same through raw SQL: a modified client gets no further.
    refused(
        leader,
        "INSERT INTO problem (board_id, title, category, status, created_at, version)"
        " VALUES (:b, 'Raaka', 'S', 'open', now(), 1)",
        {"b": ids["B-T1"]},
    )
    refused(leader, "UPDATE problem SET title = 'Raaka' WHERE id = :p", {"p": theirs.id})
    # Pulling B's problem onto A's board: the column that ties a row to a board is not granted.
    refused(
        leader,
        "UPDATE problem SET board_id = :a WHERE id = :p",
        {"a": mine.board_id, "p": theirs.id},
    )
    refused(leader, "DELETE FROM problem WHERE id = :p", {"p": theirs.id})
    refused(
        leader, "UPDATE board SET parent_id = :a WHERE id = :b", {"a": ids["A"], "b": ids["B-T1"]}
    )
    assert org.owner.problems.get(theirs.id).title == "B:n ongelma"
    assert org.owner.boards.get(ids["B-T1"]).parent_id == ids["B-U"]


def test_rights_tell_the_ui_what_the_role_may_do(org: Org) -> None:
    ids = org.ids
    leader = org.login(("leader", "A")).services
    manager = org.login(("manager", "A-U")).services
    wall = org.login(("wall", "A-T1")).services
    staff = org.login(("staff", None)).services
    admin = org.login(("admin", None)).services

    def on(services: Services, code: str) -> tuple[bool, bool, bool, bool]:
        r: Rights = services.access.rights(ids[code])
        assert r.enforced
        return (r.record, r.lead, r.answer, r.admin)

    assert on(leader, "A-T1") == (True, True, False, False)
    assert on(leader, "B-T1") == (False, False, False, False)
    assert on(manager, "A-U") == (True, True, True, False)
    assert on(manager, "A") == (False, False, False, False)
    assert on(wall, "A-T1") == (True, False, False, False)
    assert on(wall, "A-T2") == (False, False, False, False)
    assert on(staff, "B-T1") == (True, False, False, False)  # staff without a board: every board
    assert on(admin, "A-T1") == (False, False, False, True)
    assert org.owner.access.rights(ids["A-T1"]) == Rights.everything(
        org.owner.access.status().login
    )


# --- wall screens -----------------------------------------------------------------------------


def test_a_wall_votes_and_records_events_on_its_board_only(org: Org) -> None:
    ids = org.ids
    wall = org.login(("wall", "A-T1")).services
    wall.mood.record_mood_vote(ids["A-T1"], 7)
    for score in (8, 6, 9, 5):
        wall.mood.record_mood_vote(ids["A-T1"], score)
    wall.mood.release_day(ids["A-T1"])  # "Näytä päivän fiilis" at the huddle, on the wall
    wall.safety.record_event(ids["A-T1"], "fall", "near_miss")
    idea = wall.ideas.create_idea(ids["A-T1"], "Lääkekärryn järjestys")
    wall.ideas.move_idea(idea.id, idea.version)  # moving an idea through PDCA
    wall.huddles.log_huddle(ids["A-T1"], 9)
    assert org.count("mood_tally", f"board_id = {ids['A-T1']} AND votes > 0") == 5
    assert org.count("mood_day", f"board_id = {ids['A-T1']} AND released_rounds = 1") == 1
    assert org.count("safety_event", f"board_id = {ids['A-T1']}") == 1

    tables = ("mood_day", "mood_tally", "safety_event", "problem", "change")
    before = {t: org.count(t) for t in tables}
    with pytest.raises(AccessDenied):
        wall.mood.record_mood_vote(ids["A-T2"], 7)  # the team next door
    with pytest.raises(AccessDenied):
        wall.safety.record_event(ids["A-T2"], "fall", "harm")
    with pytest.raises(AccessDenied):
        wall.problems.create_problem(ids["A-T1"], "S", "Vain vetäjä kirjaa ongelmat")
    moved = wall.ideas.get(idea.id)
    with pytest.raises(AccessDenied):  # the idea's text is the leader's to change
        wall.ideas.update_idea(idea.id, moved.version, title="Toinen otsikko")
    refused(
        wall,
        "INSERT INTO mood_day (board_id, day, min_group, released_rounds)"
        " VALUES (:b, CURRENT_DATE, 5, 0)",
        {"b": ids["A-T2"]},
    )
    # Nor on its own board with a smaller group than the board's, to show fewer votes.
    refused(
        wall,
        "INSERT INTO mood_day (board_id, day, min_group, released_rounds)"
        " VALUES (:b, CURRENT_DATE + 1, 3, 0)",
        {"b": ids["A-T1"]},
    )
    refused(wall, "UPDATE mood_day SET min_group = 3 WHERE board_id = :b", {"b": ids["A-T1"]})
    refused(wall, "UPDATE idea SET title = 'Raaka' WHERE id = :i", {"i": idea.id})
    refused(wall, "DELETE FROM mood_tally")
    assert {t: org.count(t) for t in before} == before
    assert org.owner.ideas.get(idea.id).title == "Lääkekärryn järjestys"


def test_a_wall_changes_mood_counts_one_vote_at_a_time_in_the_open_round_only(org: Org) -> None:
    board = org.ids["A-T1"]
    wall = org.login(("wall", "A-T1")).services
    for score in (8, 6, 9, 7, 10):
        wall.mood.record_mood_vote(board, score)
    wall.mood.release_day(board)  # round 0 is on the board
    day = wall.mood.record_mood_vote(board, 3).day  # round 1 is open, with one vote
    where = {"b": board}
    # A count of its choosing, a released round's figures, a row made with votes in it:
    refused(
        wall,
        'UPDATE mood_tally SET votes = votes + 5 WHERE board_id = :b AND "round" = 1 AND score = 3',
        where,
    )
    refused(
        wall,
        'UPDATE mood_tally SET votes = votes - 1 WHERE board_id = :b AND "round" = 0 AND score = 8',
        where,
    )
    refused(
        wall,
        'INSERT INTO mood_tally (board_id, day, "round", score, votes)'
        " SELECT board_id, day, 2, 5, 4 FROM mood_day WHERE board_id = :b",
        where,
    )
    # Releasing the open round of one vote would show that vote; a skipped round likewise.
    refused(wall, "UPDATE mood_day SET released_rounds = 2 WHERE board_id = :b", where)
    refused(wall, "UPDATE mood_day SET released_rounds = 7 WHERE board_id = :b", where)
    with pytest.raises(ValidationError):  # the program says it in words first
        wall.mood.release_day(board)
    wall.mood.withdraw_mood_vote(board, day, 3)  # the voter's own "Kumoa" still works
    assert org.count("mood_tally", f'board_id = {board} AND "round" = 0 AND votes = 1') == 5
    assert org.count("mood_tally", f'board_id = {board} AND "round" = 1 AND votes > 0') == 0
    assert org.count("mood_day", f"board_id = {board} AND released_rounds = 1") == 1


# --- managers answer escalations that reach their board ------------------------------------


def test_a_manager_answers_an_escalation_that_reached_their_board_and_no_other(org: Org) -> None:
    ids = org.ids
    team_a = org.login(("leader", "A-T1")).services
    team_b = org.login(("leader", "B-T1")).services
    manager = org.login(("manager", "A-U")).services
    unit_leader = org.login(("leader", "A-U")).services

    ours = team_a.problems.create_problem(ids["A-T1"], "D", "Sijaisia ei saada")
    ours = team_a.problems.escalate_problem(ours.id, ours.version, "Tarvitaan päätös")
    theirs = team_b.problems.create_problem(ids["B-T1"], "D", "Sijaisia ei saada B")
    theirs = team_b.problems.escalate_problem(theirs.id, theirs.version, "Apua")
    assert (ours.waiting_board_id, theirs.waiting_board_id) == (ids["A-U"], ids["B-U"])

    with pytest.raises(AccessDenied):  # a leader of the unit, but not its manager
        unit_leader.problems.answer_escalation(ours.id, ours.version, "decision", "Palkataan")
    with pytest.raises(AccessDenied):
        manager.problems.answer_escalation(theirs.id, theirs.version, "decision", "Ei minun")
    answered = manager.problems.answer_escalation(ours.id, ours.version, "resource", "Sijainen")
    assert answered.waiting_board_id is None
    assert answered.escalations[-1].answer == "Sijainen"
    still = org.owner.problems.get(theirs.id)
    assert still.waiting_board_id == ids["B-U"] and still.escalations[-1].answered_at is None
    refused(
        manager,
        "UPDATE escalation SET answer = 'Raaka', answered_at = now() WHERE problem_id = :p",
        {"p": theirs.id},
    )


# --- the wall's undo: its own slip, on its own board ------------------------------------------


def test_a_wall_undoes_its_own_just_recorded_event_on_its_board_and_nothing_else(
    org: Org,
) -> None:
    ids = org.ids
    wall = org.login(("wall", "A-T1"))
    next_door = org.login(("wall", "A-T2")).services
    leader = org.login(("leader", "A")).services
    slip = wall.services.safety.record_event(ids["A-T1"], "fall", "harm")
    wall.services.safety.undo_event(slip.id, slip.version)
    assert org.count("safety_event", f"id = {slip.id}") == 0
    with org.owner.db.read() as s:
        history = s.execute(
            sa.text(
                "SELECT actor, action FROM change WHERE entity = 'safety_event'"
                " AND entity_id = :e ORDER BY id"
            ),
            {"e": slip.id},
        ).all()
    assert [tuple(r) for r in history] == [(wall.name, "create"), (wall.name, "undo")]

    # Not another's event on its board, not its own once minutes have passed, not on a board
    # that is not its own (where it could not record it either).
    others = org.owner.safety.record_event(ids["A-T1"], "threat", "near_miss")
    with pytest.raises(AccessDenied) as error:
        wall.services.safety.undo_event(others.id, others.version)
    assert "turvallisuustapahtumat" in str(error.value)
    late = wall.services.safety.record_event(ids["A-T1"], "medication", "near_miss")
    run_sql(
        org.owner,
        "UPDATE change SET at = at - interval '11 minutes'"
        " WHERE entity = 'safety_event' AND entity_id = :e",
        {"e": late.id},
    )
    with pytest.raises(AccessDenied):
        wall.services.safety.undo_event(late.id, late.version)
    mine = wall.services.safety.record_event(ids["A-T1"], "fall", "near_miss")
    with pytest.raises(AccessDenied):
        next_door.safety.undo_event(mine.id, mine.version)
    refused(next_door, "DELETE FROM safety_event WHERE id = :e", {"e": mine.id})
    refused(wall.services, "DELETE FROM safety_event WHERE id = :e", {"e": others.id})
    # Even a leader archives an event it did not just record: it never deletes one.
    refused(leader, "DELETE FROM safety_event WHERE id = :e", {"e": others.id})
    assert org.count("safety_event", f"id IN ({others.id}, {late.id}, {mine.id})") == 3


def test_a_wall_takes_back_a_vote_of_today_and_undoes_its_huddle_log(org: Org) -> None:
    ids = org.ids
    wall = org.login(("wall", "A-T1")).services
    next_door = org.login(("wall", "A-T2")).services
    today = dt.date.today()
    wall.mood.record_mood_vote(ids["A-T1"], 6, day=today)
    with pytest.raises(AccessDenied):
        next_door.mood.withdraw_mood_vote(ids["A-T1"], today, 6)
    assert org.count("mood_tally", f"board_id = {ids['A-T1']} AND votes > 0") == 1
    wall.mood.withdraw_mood_vote(ids["A-T1"], today, 6)
    assert org.count("mood_tally", f"board_id = {ids['A-T1']} AND votes > 0") == 0
    # The withdrawal is as anonymous as the vote: no history row at all.
    assert org.count("change", "entity IN ('mood_vote', 'mood_tally', 'mood_day')") == 0

    # The day's huddle: logged, logged again (an edit), both undone in turn.
    first = wall.huddles.log_huddle(ids["A-T1"], 8, 12, day=today)
    again = wall.huddles.log_huddle(ids["A-T1"], 11, 14, day=today)
    assert again.before is not None and again.huddle.id == first.huddle.id
    with pytest.raises(AccessDenied):  # another team's wall
        next_door.huddles.log_huddle(ids["A-T1"], 3, 5, day=today)
    assert wall.huddles.undo_log(again) is not None
    assert wall.huddles.undo_log(first) is None
    assert org.count("huddle", f"board_id = {ids['A-T1']}") == 0
    # An older day's huddle is the leader's to change, and one the wall did not log stays.
    older = org.owner.huddles.log_huddle(ids["A-T1"], 7, 10, day=today - dt.timedelta(days=4))
    refused(wall, "UPDATE huddle SET attendance = 1 WHERE id = :h", {"h": older.huddle.id})
    refused(wall, "DELETE FROM huddle WHERE id = :h", {"h": older.huddle.id})
    assert org.count("huddle", "attendance = 7") == 1


def test_an_idea_moved_back_and_an_escalation_taken_back(org: Org) -> None:
    ids = org.ids
    wall = org.login(("wall", "A-T1")).services
    team = org.login(("leader", "A-T1")).services
    other_team = org.login(("leader", "B-T1")).services
    idea = wall.ideas.create_idea(ids["A-T1"], "Lääkekärryn järjestys")
    moved = wall.ideas.move_idea(idea.id, idea.version)
    back = wall.ideas.undo_move(idea, moved.version)
    assert (back.state, back.state_changed_at) == (idea.state, idea.state_changed_at)

    problem = team.problems.create_problem(ids["A-T1"], "D", "Sijaisia ei saada")
    problem = team.problems.escalate_problem(problem.id, problem.version, "Tarvitaan päätös")
    refused(other_team, "DELETE FROM escalation WHERE problem_id = :p", {"p": problem.id})
    refused(wall, "DELETE FROM escalation WHERE problem_id = :p", {"p": problem.id})
    withdrawn = team.problems.withdraw_escalation(problem.id, problem.version)
    assert withdrawn.waiting_board_id is None and withdrawn.escalations == ()
    # An answered step stays: the database refuses to remove it, not only the program.
    again = team.problems.escalate_problem(problem.id, withdrawn.version, "Uudestaan")
    manager = org.login(("manager", "A-U")).services
    manager.problems.answer_escalation(again.id, again.version, "decision", "Palkataan")
    refused(team, "DELETE FROM escalation WHERE problem_id = :p", {"p": problem.id})
    assert org.count("escalation", f"problem_id = {problem.id}") == 1


# --- goals counted from safety events, the organisation tree ---------------------------------


def test_a_leader_links_a_goal_to_safety_events_on_their_board_only(org: Org) -> None:
    ids = org.ids
    leader = org.login(("leader", "A")).services
    wall = org.login(("wall", "A-T1")).services
    mine = leader.measures.create_measure(
        ids["A-T1"], "Kaatumiset kuukaudessa", frequency="month", target=1, direction="lower"
    )
    linked = leader.measures.link_safety(mine.id, mine.version, "fall", "harm")
    assert (linked.safety_kind_code, linked.safety_severity) == ("fall", "harm")
    wall.safety.record_event(ids["A-T1"], "fall", "harm")  # the wall feeds it by recording
    (points,) = [s.points for s in wall.measures.series(ids["A-T1"]) if s.measure.id == linked.id]
    assert points[-1].value == 1.0

    theirs = org.owner.measures.create_measure(ids["B-T1"], "Kaatumiset B", frequency="month")
    with pytest.raises(AccessDenied):
        leader.measures.link_safety(theirs.id, theirs.version, "fall")
    with pytest.raises(AccessDenied):  # a wall records events; the goal is the leader's
        wall.measures.link_safety(linked.id, linked.version, None)
    refused(
        leader,
        "UPDATE measure SET safety_kind_id = (SELECT id FROM safety_event_kind"
        " WHERE code = 'fall') WHERE id = :m",
        {"m": theirs.id},
    )
    assert not org.owner.measures.get(theirs.id).counted
    assert org.owner.measures.get(linked.id).safety_kind_code == "fall"


def test_only_an_admin_changes_the_tree_and_its_move_sends_escalations_on(org: Org) -> None:
    ids = org.ids
    team = org.login(("leader", "A-T1")).services
    leader = org.login(("leader", "A")).services
    admin = org.login(("admin", None)).services
    problem = team.problems.create_problem(ids["A-T1"], "D", "Sijaisia ei saada")
    problem = team.problems.escalate_problem(problem.id, problem.version, "Tarvitaan päätös")
    assert problem.waiting_board_id == ids["A-U"]

    # A leader of the area leads the boards below it, but the tree's shape is the admins'.
    with pytest.raises(AccessDenied):
        leader.boards.move_board(ids["A-T1"], ids["B-U"])
    with pytest.raises(AccessDenied):
        leader.boards.create_board("A-T3", "Tiimi A3", "team", ids["A-U"])
    with pytest.raises(AccessDenied):
        leader.boards.archive_board(ids["A-T2"])
    with pytest.raises(AccessDenied):
        leader.boards.rename_board(ids["A-T2"], code="A-T9")
    assert leader.boards.rename_board(ids["A-T2"], name="Tiimi A2 (uusi)").code == "A-T2"
    assert org.owner.boards.get(ids["A-T1"]).parent_id == ids["A-U"]
    assert org.count("board") == len(TREE)

    # The admin's move: the problem waiting at a unit no longer above it goes on to the new one.
    moved = admin.boards.move_board(ids["A-T1"], ids["B-U"])
    assert [(r.problem_id, r.to_board_code) for r in moved.rerouted] == [(problem.id, "B-U")]
    after = org.owner.problems.get(problem.id)
    assert after.waiting_board_id == ids["B-U"]
    assert [(e.to_board_code, e.answer_kind) for e in after.escalations] == [
        ("A-U", "forwarded"),
        ("B-U", None),
    ]
    admin.boards.archive_board(ids["A-T2"])
    assert org.owner.boards.get(ids["A-T2"]).archived
    # That is all the move lets it do: no answer of its own, no other change to a problem.
    refused(
        admin,
        "UPDATE escalation SET answer_kind = 'decision', answer = 'Raaka', answered_at = now()"
        " WHERE problem_id = :p AND answered_at IS NULL",
        {"p": problem.id},
    )
    refused(admin, "UPDATE problem SET title = 'Raaka' WHERE id = :p", {"p": problem.id})
    assert org.owner.problems.get(problem.id).escalations[-1].answered_at is None


# --- admins: access, export-data, db copy -------------------------------------------------


def test_only_an_admin_manages_access(org: Org) -> None:
    leader = org.login(("leader", "A")).services
    admin = org.login(("admin", None)).services
    newcomer = org.login(("staff", "A-T1"))
    with pytest.raises(AccessDenied):
        leader.access.grant(newcomer.name, "leader", "A")
    with pytest.raises(AccessDenied):
        leader.access.memberships()
    refused(
        leader,
        "INSERT INTO membership (login, role, granted_at) VALUES (current_user, 'admin', now())",
    )
    assert admin.access.grant(newcomer.name, "leader", "A-T1") is True
    assert admin.access.grant(newcomer.name, "leader", "A-T1") is False  # had it already
    listed = {(m.login, m.role, m.board_code) for m in admin.access.memberships("A-T1")}
    assert listed == {(newcomer.name, "staff", "A-T1"), (newcomer.name, "leader", "A-T1")}
    assert newcomer.services.access.rights(org.ids["A-T1"]).lead
    assert admin.access.revoke(newcomer.name, "leader") == 1
    assert not newcomer.services.access.rights(org.ids["A-T1"]).lead
    with org.owner.db.read() as s:  # the group role went with the last leader membership
        member_of = set(
            s.execute(
                sa.text(
                    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
                    " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"
                ),
                {"n": newcomer.name},
            ).scalars()
        )
        granted = s.execute(
            sa.text("SELECT actor, action FROM change WHERE entity = 'access' ORDER BY id")
        ).all()
    assert member_of == {GROUP_ROLE_PREFIX + "staff"}
    # Who granted and revoked is in the history, written by the server.
    assert (admin.db.login, "grant") in [tuple(r) for r in granted]
    assert (admin.db.login, "revoke") in [tuple(r) for r in granted]


def test_grant_needs_a_login_that_exists_and_a_board_for_board_roles(org: Org) -> None:
    from leanboard.domain.errors import NotFound

    with pytest.raises(NotFound, match="ei ole PostgreSQL-palvelimella"):
        org.owner.access.grant("ei_ketaan_tälla_nimella", "staff")
    with pytest.raises(ValidationError, match="--board"):
        org.owner.access.grant("leanboard", "leader")
    with pytest.raises(ValidationError, match="koko tietokantaa"):
        org.owner.access.grant("leanboard", "admin", "A")


# --- the change history -----------------------------------------------------------------------


def test_no_role_can_update_or_delete_history_rows(org: Org) -> None:
    org.owner.ideas.create_idea(org.ids["A-T1"], "Historiaan jää jälki")
    rows_before = org.count("change")
    for role, board in (("wall", "A-T1"), ("staff", None), ("leader", "A"), ("manager", "A-U"),
                        ("admin", None)):  # fmt: skip
        services = org.login((role, board)).services
        rows_before = org.count("change")
        refused(services, "UPDATE change SET actor = 'joku muu'")
        refused(services, "DELETE FROM change")
        refused(services, "TRUNCATE change")
        assert org.count("change") == rows_before
        assert org.count("change", "actor = 'joku muu'") == 0


def test_the_recorded_who_is_the_login_whatever_the_client_says(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LOGNAME", "ylihoitaja.virtanen")
    monkeypatch.setenv("USER", "ylihoitaja.virtanen")
    monkeypatch.setenv("USERNAME", "ylihoitaja.virtanen")
    login = org.login(("leader", "A-T1"))
    # The program's own claim (a name from the environment, or any text a modified client
    # sends) never reaches the history: the server writes session_user.
    claimed = open_services(login.url, actor="ylihoitaja.virtanen@osasto-pc")
    try:
        idea = claimed.ideas.create_idea(org.ids["A-T1"], "Kuka tämän kirjasi?")
        history = claimed.history.of_item("idea", idea.id)
        assert [c.actor for c in history] == [login.name]
        run_sql(
            claimed,
            "INSERT INTO change (at, actor, board_id, entity, action, details)"
            " VALUES ('2020-01-01', 'ylihoitaja.virtanen', :b, 'idea', 'update', '{}')",
            {"b": org.ids["A-T1"]},
        )
        with org.owner.db.read() as s:
            actor, at = s.execute(sa.text("SELECT actor, at FROM change ORDER BY id DESC")).first()
        assert actor == login.name and at.year == dt.datetime.now(dt.UTC).year
        # A mood vote writes no history row at all: there is nothing to name.
        before = org.count("change")
        claimed.mood.record_mood_vote(org.ids["A-T1"], 6)
        assert org.count("change") == before
    finally:
        claimed.close()


# --- the wall PIN -----------------------------------------------------------------------------


def test_pin_tries_are_counted_by_the_database_and_outlive_a_restart(org: Org) -> None:
    team = org.ids["A-T1"]
    org.owner.pins.set_pin(team, "482913")
    wall = org.login(("wall", "A-T1"))
    pins = wall.services.pins
    state = pins.state(team)
    assert state.has_pin and state.failures == 0 and state.wait_seconds == 0
    first = pins.try_pin(team, "111111")
    assert (first.ok, first.failures, first.wait_seconds) == (False, 1, 0)  # one typo is free
    second = pins.try_pin(team, "222222")
    assert (second.ok, second.failures) == (False, 2) and second.wait_seconds == 1
    # Many wrong tries later (as if made from other screens): a long pause.
    run_sql(org.owner, "UPDATE board_pin SET failures = 6, paused_until = NULL")
    seventh = pins.try_pin(team, "333333")
    assert seventh.failures == 7 and seventh.wait_seconds == 32
    # A restart (a new program, a new connection): the pause is still there, and even the
    # right PIN is not heard until it ends.
    wall.services.close()
    again = open_services(wall.url)
    try:
        state = again.pins.state(team)
        assert state.failures == 7 and 25 < state.wait_seconds <= 32
        unheard = again.pins.try_pin(team, "482913")
        assert not unheard.ok and not unheard.heard
        run_sql(org.owner, "UPDATE board_pin SET paused_until = now() AT TIME ZONE 'UTC'")
        assert again.pins.try_pin(team, "482913").ok
        assert again.pins.state(team).failures == 0
    finally:
        again.close()


def test_rolling_back_does_not_make_guessing_free(org: Org) -> None:
    team = org.ids["A-T1"]
    org.owner.pins.set_pin(team, "482913")
    wall = org.login(("wall", "A-T1")).services
    with wall.db.read() as s:
        salt = s.execute(sa.text("SELECT salt FROM pin_state(:b)"), {"b": team}).scalar()
    from leanboard.services.pins import pin_digest

    right = pin_digest("482913", salt)
    with wall.db.engine.connect() as conn:
        attempt = conn.execute(
            sa.text("SELECT attempt FROM pin_submit(:b, :d)"), {"b": team, "d": right}
        ).scalar()
        # Judged in the same transaction: no answer, so a rollback cannot hide a guess.
        assert conn.execute(sa.text("SELECT pin_verdict(:a)"), {"a": attempt}).scalar() is False
        conn.rollback()
    assert org.count("board_pin", "failures = 0") == 1
    refused(wall, "SELECT pin_hash FROM board_pin")  # the hash never leaves the server
    refused(wall, "UPDATE board_pin SET failures = 0")
    refused(wall, "SELECT * FROM pin_attempt")


def test_changing_a_set_pin_needs_the_old_one_or_a_leaders_role(org: Org) -> None:
    team = org.ids["A-T1"]
    org.owner.pins.set_pin(team, "482913")
    wall = org.login(("wall", "A-T1")).services
    leader = org.login(("leader", "A-U")).services
    with pytest.raises(AccessDenied, match="nykyinen PIN-koodi"):
        wall.pins.set_pin(team, "135790")
    with pytest.raises(ValidationError, match="Väärä PIN-koodi"):
        wall.pins.set_pin(team, "135790", old_pin="000000")
    assert wall.pins.state(team).failures == 1  # a wrong old PIN is a wrong try
    wall.pins.set_pin(team, "135790", old_pin="482913")
    assert org.owner.pins.check_pin(team, "135790")
    leader.pins.set_pin(team, "246802")  # a leader of the board above: no old PIN needed
    assert org.owner.pins.check_pin(team, "246802")
    leader.pins.set_pin(team, None)  # removed
    assert not org.owner.boards.get(team).has_pin
    with pytest.raises(AccessDenied):  # a wall may not set a PIN where none is set
        wall.pins.set_pin(team, "111111")
    with org.owner.db.read() as s:
        actions = s.execute(
            sa.text(
                "SELECT actor, action FROM change WHERE entity = 'board' AND entity_id = :b"
                " AND action IN ('set_pin', 'remove_pin') ORDER BY id"
            ),
            {"b": team},
        ).all()
    names = {services.db.login: services for services in (wall, leader)}
    assert [a for _, a in actions] == ["set_pin", "set_pin", "set_pin", "remove_pin"]
    assert [who for who, _ in actions][1:] == [wall.db.login, leader.db.login, leader.db.login]
    assert len(names) == 2


def test_every_board_is_readable_by_every_role(org: Org) -> None:
    org.owner.problems.create_problem(org.ids["B-T1"], "C", "Kaikki näkevät tämän")
    wall = org.login(("wall", "A-T1")).services
    codes = [b.code for b in wall.boards.list_boards()]
    assert sorted(codes) == sorted(code for code, *_ in TREE)
    assert [p.title for p in wall.problems.list_problems(org.ids["B-T1"])] == [
        "Kaikki näkevät tämän"
    ]
    snapshot = wall.view.snapshot(org.ids["B-T1"], dt.date.today())
    assert snapshot.board.code == "B-T1"


def test_a_login_cannot_migrate_an_older_schema_and_is_told_who_can(org: Org) -> None:
    from leanboard.domain.errors import DatabaseUnavailable

    login = org.login(("leader", "A"))
    login.services.close()
    # As if this LeanBoard were newer than the database: its schema is one migration behind.
    run_sql(org.owner, "UPDATE alembic_version SET version_num = '0002'")
    with pytest.raises(DatabaseUnavailable, match="omistaja ajaa ensin leanboard db upgrade"):
        open_services(login.url)
    assert org.count("alembic_version", "version_num = '0002'") == 1


def test_every_table_is_in_the_access_rules() -> None:
    """A table added later is readable by every role and written only by a policy: a new
    table missing here would be refused to every login (or, worse, left open)."""
    from leanboard.store import access
    from leanboard.store.models import Base

    ruled = set(access.READ_TABLES) | {table for table, *_ in access.POLICIES}
    private = {"board_pin", "pin_attempt"}  # read and written only through functions
    tables = set(Base.metadata.tables)
    assert tables - ruled - private == set()
    assert {table for table, *_ in access.POLICIES} - {"membership"} <= set(access.READ_TABLES)


def test_the_mood_migration_gives_its_tables_the_access_rules(org: Org) -> None:
    """A database with access control on, taken down to 0004 and up again by its owner: the
    walls vote at once, under the same rules as after `access setup` (0005 writes them)."""
    from alembic import command

    from leanboard.store.migrate import alembic_config, upgrade

    def rules() -> list[tuple[object, ...]]:
        with org.owner.db.read() as s:
            policies = s.execute(
                sa.text(
                    "SELECT tablename, policyname, cmd, qual, with_check FROM pg_policies"
                    " WHERE schemaname = current_schema() AND tablename LIKE 'mood%' ORDER BY 1, 2"
                )
            ).all()
            grants = s.execute(
                sa.text(
                    "SELECT table_name, grantee, privilege_type FROM"
                    " information_schema.role_table_grants WHERE table_schema = current_schema()"
                    " AND table_name LIKE 'mood%' AND grantee LIKE 'leanboard%' ORDER BY 1, 2, 3"
                )
            ).all()
            columns = s.execute(
                sa.text(
                    "SELECT table_name, column_name, grantee, privilege_type FROM"
                    " information_schema.column_privileges WHERE table_schema = current_schema()"
                    " AND table_name LIKE 'mood%' AND privilege_type = 'UPDATE'"
                    " AND grantee LIKE 'leanboard%' ORDER BY 1, 2, 3"
                )
            ).all()
        return [tuple(r) for r in (*policies, *grants, *columns)]

    after_setup = rules()
    assert after_setup  # access setup covers the mood tables
    engine = org.owner.db.engine
    config = alembic_config(engine)
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0004")
        conn.commit()
    upgrade(engine)
    assert rules() == after_setup
    wall = org.login(("wall", "A-T1")).services
    wall.mood.record_mood_vote(org.ids["A-T1"], 8)
    assert org.count("mood_tally", f"board_id = {org.ids['A-T1']} AND votes > 0") == 1
    with pytest.raises(AccessDenied):
        wall.mood.record_mood_vote(org.ids["A-T2"], 8)

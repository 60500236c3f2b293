"""Access control in PostgreSQL itself: group roles, grants, row-level security, a history
whose "who" the server writes, and the wall PIN's tries. No client can do more than its role.

`setup_statements` is everything `leanboard access setup` runs, in one transaction; every
statement may run again (idempotent). The pieces:

- Group roles `leanboard_wall`, `_staff`, `_leader`, `_manager`, `_admin` (NOLOGIN). A person's
  (or a wall screen's) own login is made a member by `access_grant`. The group role decides
  which tables and columns a login may write at all (GRANT); the `membership` table decides
  on which boards (row-level security policies calling `access_may`).
- `access_may(board, what)`: SECURITY DEFINER with a fixed search_path (so no login can plant
  a look-alike table), walking up board.parent_id: a leader's board covers every board below
  it. `what` is 'record' (wall/staff work), 'lead', 'answer' (escalations), 'admin' or
  'member'. The table owner and superusers may do everything.
- Policies let every login read every row (boards hang in corridors by design) and check
  the board of every new or changed row. An UPDATE policy reads `USING (true)` and checks the
  new row: the columns that tie a row to a board are never granted for UPDATE, so the new
  row's board is the old row's, and a refused change is an error, not a silent "0 rows".
- The change history: INSERT and SELECT only (append-only for everyone but the owner); a
  trigger writes `actor := session_user` and the server's time on every row a login other
  than the owner adds (a mood vote adds none: it is only a count, services/mood.py).
- The PIN: the hash is readable by the owner and admins only; `pin_submit` counts a try as a
  failure when it is handed in (and starts the pause) and `pin_verdict`, in a later
  transaction, takes it back when it was right, so rolling back cannot make guessing free.

Every name is qualified with the schema the tables are in (the search_path at setup time).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from leanboard.domain.access import (
    GROUP_ROLE_PREFIX,
    PIN_FREE_TRIES,
    PIN_PAUSE_CAP_SECONDS,
    AccessRole,
    group_role,
)
from leanboard.domain.errors import AccessDenied
from leanboard.i18n import QT_TRANSLATE_NOOP, translate

GROUP_ROLES = tuple(group_role(role) for role in AccessRole)

# Tables every role reads; written per the grants and policies below.
READ_TABLES = (
    "alembic_version",
    "board",
    "measure",
    "measure_value",
    "measure_annotation",
    "measure_phase",
    "mood_day",
    "mood_tally",
    "idea",
    "problem",
    "escalation",
    "safety_event_kind",
    "safety_event",
    "a3_report",
    "a3_action",
    "huddle",
    "change",
)

# A wall's slip is undone within seconds; the database allows this long for an undo that
# waited in the program's queue while the database was away.
UNDO_MINUTES = 10
# "Today" for a row dated by the screen's local clock: the server's UTC day less one, so a
# ward east or west of UTC is never refused its own day.
RECENT_DAY = "((now() AT TIME ZONE 'UTC')::date - 1)"


def recorded_by_me(entity: str, row: str) -> str:
    """SQL: the login itself recorded `row` (its history row says so) within UNDO_MINUTES."""
    return (
        f"EXISTS (SELECT 1 FROM {{s}}.change c WHERE c.entity = '{entity}'"
        f" AND c.entity_id = {row}.id AND c.action = 'create' AND c.actor = session_user::text"
        f" AND c.at > (now() AT TIME ZONE 'UTC') - interval '{UNDO_MINUTES} minutes')"
    )


# Row-level security: (table, insert check, update check); None: that command is not allowed.
# {s} is the schema; `access_may(board, what)` is defined below.
POLICIES: tuple[tuple[str, str | None, str | None], ...] = (
    (
        "board",
        "{s}.access_may(NULL, 'admin')",
        "{s}.access_may(id, 'lead') OR {s}.access_may(NULL, 'admin')",
    ),
    ("measure", "{s}.access_may(board_id, 'lead')", "{s}.access_may(board_id, 'lead')"),
    ("measure_value", "{s}.access_may(board_id, 'lead')", "{s}.access_may(board_id, 'lead')"),
    ("measure_annotation", "{s}.access_may(board_id, 'lead')", "{s}.access_may(board_id, 'lead')"),
    ("measure_phase", "{s}.access_may(board_id, 'lead')", "{s}.access_may(board_id, 'lead')"),
    # A vote creates its day (with no lower minimum group than the board's) and adds to its
    # count; the huddle's release at the wall is recording work too (it can only ever show
    # whole groups, domain/mood_release.py).
    (
        "mood_day",
        "{s}.access_may(board_id, 'record') AND min_group >= (SELECT greatest(3, b.min_mood_group)"
        " FROM {s}.board b WHERE b.id = board_id)",
        "{s}.access_may(board_id, 'record')",
    ),
    ("mood_tally", "{s}.access_may(board_id, 'record')", "{s}.access_may(board_id, 'record')"),
    ("idea", "{s}.access_may(board_id, 'record')", "{s}.access_may(board_id, 'record')"),
    # An admin moving a board sends its subtree's waiting escalations on to the new parent
    # (services.boards.move_in): it moves the problem's waiting place, adds the new step and
    # closes the old one as forwarded or returned — and answers nothing else.
    (
        "problem",
        "{s}.access_may(board_id, 'lead')",
        "{s}.access_may(board_id, 'lead') OR {s}.access_may(NULL, 'admin')",
    ),
    (
        "escalation",
        "{s}.access_may(from_board_id, 'lead') OR {s}.access_may(NULL, 'admin')",
        "{s}.access_may(to_board_id, 'answer') OR ({s}.access_may(NULL, 'admin')"
        " AND answer_kind IN ('forwarded', 'returned'))",
    ),
    ("safety_event_kind", "{s}.access_may(NULL, 'admin')", "{s}.access_may(NULL, 'admin')"),
    ("safety_event", "{s}.access_may(board_id, 'record')", "{s}.access_may(board_id, 'lead')"),
    ("a3_report", "{s}.access_may(board_id, 'lead')", "{s}.access_may(board_id, 'lead')"),
    (
        "a3_action",
        "{s}.access_may((SELECT r.board_id FROM {s}.a3_report r WHERE r.id = a3_id), 'lead')",
        "{s}.access_may((SELECT r.board_id FROM {s}.a3_report r WHERE r.id = a3_id), 'lead')",
    ),
    # The day's huddle logged again edits it (one a day): its recorders may change today's.
    (
        "huddle",
        "{s}.access_may(board_id, 'record')",
        "{s}.access_may(board_id, 'lead') OR ({s}.access_may(board_id, 'record')"
        " AND day >= " + RECENT_DAY + ")",
    ),
    ("change", "{s}.access_may(NULL, 'member')", None),
    ("membership", None, None),  # written through access_grant / access_revoke only
)

# Rows a role may delete: the wall's undo (services: safety.undo_event, huddles.undo_log,
# problems.withdraw_escalation; a mood vote taken back is a count less, services/mood.py).
# A DELETE policy can only hide rows (a silent "0 rows"), so each table's BEFORE DELETE
# trigger checks this condition on OLD and refuses out loud; the owner is exempt. Everything
# else is archived, never deleted.
DELETE_RULES: dict[str, str] = {
    # An event or a huddle log this login made moments ago; a leader archives older events.
    "safety_event": "{s}.access_may(OLD.board_id, 'record') AND "
    + recorded_by_me("safety_event", "OLD"),
    "huddle": "{s}.access_may(OLD.board_id, 'record') AND " + recorded_by_me("huddle", "OLD"),
    # An escalation step not yet answered, taken back by a leader of the board that sent it.
    "escalation": "{s}.access_may(OLD.from_board_id, 'lead') AND OLD.answered_at IS NULL",
    "a3_action": "{s}.access_may((SELECT r.board_id FROM {s}.a3_report r WHERE r.id = OLD.a3_id),"
    " 'lead')",
}

# What each group role may write. Column lists leave out the id and every column that ties a
# row to its board (board_id, a3_id, measure_id, problem_id, from/to_board_id, created_at).
RECORD_GRANTS = (
    "INSERT ON {s}.mood_day",
    "UPDATE (released_rounds) ON {s}.mood_day",
    "INSERT ON {s}.mood_tally",
    "UPDATE (votes) ON {s}.mood_tally",
    "INSERT ON {s}.idea",
    "UPDATE (state, state_changed_at, done_at, version) ON {s}.idea",
    "INSERT, DELETE ON {s}.safety_event",
    "INSERT, DELETE ON {s}.huddle",
    "UPDATE (attendance, duration_minutes, note) ON {s}.huddle",
)
LEAD_GRANTS = (
    "UPDATE (name, min_mood_group, sections, escalation_limit_hours, stale_idea_days,"
    " news_at_huddle_start, version) ON {s}.board",
    "INSERT ON {s}.measure",
    "UPDATE (name, unit, target, direction, frequency, inherited, decimals, description,"
    " chart_kind, rate_per, safety_kind_id, safety_severity, archived_at, version)"
    " ON {s}.measure",
    "INSERT ON {s}.measure_value",
    "UPDATE (value, answers, source, updated_at, version) ON {s}.measure_value",
    "INSERT ON {s}.measure_annotation",
    "UPDATE (note, idea_id, a3_id, archived_at, version) ON {s}.measure_annotation",
    "INSERT ON {s}.measure_phase",
    "UPDATE (note, archived_at, version) ON {s}.measure_phase",
    "UPDATE (title, description, state, category, owner, due_date, origin, state_changed_at,"
    " done_at, archived_at, version) ON {s}.idea",
    "INSERT ON {s}.problem",
    "UPDATE (title, description, category, status, owner, due_date, waiting_board_id,"
    " solved_at, archived_at, version) ON {s}.problem",
    "INSERT, DELETE ON {s}.escalation",
    "UPDATE (day, kind_id, severity, description, archived_at, version) ON {s}.safety_event",
    "INSERT ON {s}.a3_report",
    "UPDATE (title, owner, phase, background, current_condition, target_condition, root_cause,"
    " five_whys, fishbone, countermeasures, follow_up, effect_measure_id, problem_id, idea_id,"
    " started_on, updated_at, archived_at, version) ON {s}.a3_report",
    "INSERT, DELETE ON {s}.a3_action",
    "UPDATE (position, action, owner, due_date, status, version) ON {s}.a3_action",
)
ROLE_GRANTS: dict[AccessRole, tuple[str, ...]] = {
    AccessRole.WALL: RECORD_GRANTS,
    AccessRole.STAFF: RECORD_GRANTS,
    AccessRole.LEADER: RECORD_GRANTS + LEAD_GRANTS,
    AccessRole.MANAGER: RECORD_GRANTS
    + LEAD_GRANTS
    + ("UPDATE (answer_kind, answer, answered_at) ON {s}.escalation",),
    AccessRole.ADMIN: (
        "INSERT, UPDATE ON {s}.board",
        "INSERT, UPDATE ON {s}.safety_event_kind",
        # A board moved: its subtree's escalations waiting at a tier no longer above it.
        "UPDATE (waiting_board_id, version) ON {s}.problem",
        "INSERT ON {s}.escalation",
        "UPDATE (answer_kind, answer, answered_at) ON {s}.escalation",
        "SELECT ON {s}.membership",
        "SELECT ON {s}.board_pin",  # export-data and db copy carry the PINs along
    ),
}

# Functions any group role may call, and those only admins may.
MEMBER_FUNCTIONS = (
    "access_is_owner()",
    "access_may(integer, text)",
    "pin_state(integer)",
    "pin_submit(integer, text)",
    "pin_verdict(integer)",
    "pin_set(integer, text, integer)",
)
ADMIN_FUNCTIONS = ("access_grant(text, text, integer)", "access_revoke(text, text, integer)")


def pause_sql(failures: str) -> str:
    """domain.access.pin_pause_seconds as SQL, so both sides pause alike."""
    free = PIN_FREE_TRIES
    return (
        f"(CASE WHEN {failures} <= {free} THEN 0 ELSE"
        f" least(power(2, least({failures} - {free} - 1, 20)), {PIN_PAUSE_CAP_SECONDS}) END)"
    )


FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION {s}.access_is_owner() RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false)
        OR pg_has_role(session_user,
                       (SELECT c.relowner FROM pg_class c WHERE c.oid = {board_regclass}),
                       'MEMBER');
END
$$;

-- PL/pgSQL rather than SQL: its plans are kept for the session, and a policy calls this once
-- per row written (an import of 10,000 values: 20,000 calls).
CREATE OR REPLACE FUNCTION {s}.access_may(target integer, what text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    chain integer[];
BEGIN
    IF {s}.access_is_owner() THEN
        RETURN true;
    END IF;
    IF what IN ('member', 'admin') THEN
        RETURN EXISTS (SELECT 1 FROM {s}.membership m
                        WHERE m.login = session_user::text
                          AND (what = 'member' OR m.role = 'admin'));
    END IF;
    -- The board and every board above it: a leader's board covers the boards below it.
    WITH RECURSIVE up(id, parent_id, depth) AS (
        SELECT b.id, b.parent_id, 0 FROM {s}.board b WHERE b.id = target
        UNION ALL
        SELECT b.id, b.parent_id, up.depth + 1
        FROM {s}.board b JOIN up ON b.id = up.parent_id
        WHERE up.depth < 64
    )
    SELECT array_agg(up.id) INTO chain FROM up;
    RETURN EXISTS (
        SELECT 1 FROM {s}.membership m
        WHERE m.login = session_user::text AND CASE what
            WHEN 'answer' THEN m.role = 'manager' AND m.board_id = ANY (chain)
            WHEN 'lead' THEN m.role IN ('leader', 'manager') AND m.board_id = ANY (chain)
            WHEN 'record' THEN
                (m.role IN ('leader', 'manager') AND m.board_id = ANY (chain))
                OR (m.role IN ('wall', 'staff') AND m.board_id = target)
                OR (m.role = 'staff' AND m.board_id IS NULL AND target IS NOT NULL)
            ELSE false
        END
    );
END
$$;

CREATE OR REPLACE FUNCTION {s}.access_stamp_change() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- The owner restores backups and copies databases: its rows keep the names they carry.
    IF {s}.access_is_owner() THEN
        RETURN NEW;
    END IF;
    -- (A mood vote writes no history row at all: see services/mood.py.)
    NEW.actor := session_user::text;
    NEW.at := now() AT TIME ZONE 'UTC';
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION {s}.access_guard_idea() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- Wall and staff move ideas through PDCA; their texts are the leader's to change. (The
    -- column grants say the same, but a login may be a wall here and a leader elsewhere.)
    IF (NEW.title, NEW.description, NEW.category, NEW.owner, NEW.due_date, NEW.origin,
        NEW.archived_at)
       IS DISTINCT FROM (OLD.title, OLD.description, OLD.category, OLD.owner, OLD.due_date,
                         OLD.origin, OLD.archived_at)
       AND NOT {s}.access_may(NEW.board_id, 'lead') THEN
        RAISE EXCEPTION 'only a leader of board % may edit idea %', NEW.board_id, NEW.id
            USING ERRCODE = 'insufficient_privilege', TABLE = 'idea';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION {s}.access_guard_mood_tally() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- A vote adds one to a count of the day's open round and the voter's "Kumoa" takes one
    -- away; a new round's rows start at 0. No login but the owner writes a count of its
    -- choosing or changes a round whose figures are already on the board.
    IF NOT {s}.access_is_owner() AND (
        NEW."round" IS DISTINCT FROM (SELECT d.released_rounds FROM {s}.mood_day d
                                      WHERE d.board_id = NEW.board_id AND d.day = NEW.day)
        OR (TG_OP = 'INSERT' AND NEW.votes <> 0)
        OR (TG_OP = 'UPDATE' AND (
            abs(NEW.votes - OLD.votes) > 1
            OR (NEW.board_id, NEW.day, NEW."round", NEW.score)
               IS DISTINCT FROM (OLD.board_id, OLD.day, OLD."round", OLD.score)))
    ) THEN
        RAISE EXCEPTION 'a mood count changes by one vote, in the open round only (board %)',
            NEW.board_id USING ERRCODE = 'insufficient_privilege', TABLE = 'mood_tally';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION {s}.access_guard_mood_day() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- "Näytä päivän fiilis" releases one round, and only a round of at least the day's
    -- minimum group (domain/mood_release.py): never a smaller one that would show a vote.
    IF NOT {s}.access_is_owner()
       AND NEW.released_rounds IS DISTINCT FROM OLD.released_rounds
       AND (NEW.released_rounds <> OLD.released_rounds + 1
            OR (SELECT coalesce(sum(t.votes), 0) FROM {s}.mood_tally t
                WHERE t.board_id = OLD.board_id AND t.day = OLD.day
                  AND t."round" = OLD.released_rounds) < OLD.min_group) THEN
        RAISE EXCEPTION 'a mood round is released whole, of at least % votes (board %)',
            OLD.min_group, OLD.board_id
            USING ERRCODE = 'insufficient_privilege', TABLE = 'mood_day';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION {s}.pin_state(target integer)
RETURNS TABLE(has_pin boolean, salt text, failures integer, wait_seconds double precision)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT true, split_part(p.pin_hash, '$', 2), p.failures,
           greatest(0, extract(epoch FROM p.paused_until
                                          - (clock_timestamp() AT TIME ZONE 'UTC')))::float8
    FROM {s}.board_pin p WHERE p.board_id = target
    UNION ALL
    SELECT false, NULL::text, 0, 0::float8
    WHERE NOT EXISTS (SELECT 1 FROM {s}.board_pin p WHERE p.board_id = target)
$$;

CREATE OR REPLACE FUNCTION {s}.pin_submit(target integer, candidate text)
RETURNS TABLE(attempt integer, failures integer, wait_seconds double precision)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    moment timestamp := clock_timestamp() AT TIME ZONE 'UTC';
    stored {s}.board_pin%ROWTYPE;
    counted integer;
    new_attempt integer;
BEGIN
    SELECT * INTO stored FROM {s}.board_pin p WHERE p.board_id = target FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT NULL::integer, 0, 0::float8;
        RETURN;
    END IF;
    IF stored.paused_until IS NOT NULL AND stored.paused_until > moment THEN
        -- Not heard at all while the pause runs.
        RETURN QUERY SELECT NULL::integer, stored.failures,
                            extract(epoch FROM stored.paused_until - moment)::float8;
        RETURN;
    END IF;
    -- Counted as wrong now; pin_verdict takes it back when it was right.
    counted := stored.failures + 1;
    UPDATE {s}.board_pin p
       SET failures = counted,
           paused_until = moment + make_interval(secs => {pause_counted})
     WHERE p.board_id = target;
    DELETE FROM {s}.pin_attempt a WHERE a.submitted_at < moment - interval '1 hour';
    INSERT INTO {s}.pin_attempt (board_id, login, digest, submitted_at, submitted_tx)
    VALUES (target, session_user::text, candidate, moment, txid_current())
    RETURNING id INTO new_attempt;
    RETURN QUERY SELECT new_attempt, counted, ({pause_counted})::float8;
END
$$;

CREATE OR REPLACE FUNCTION {s}.pin_verdict(attempt_id integer) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    handed {s}.pin_attempt%ROWTYPE;
    stored text;
BEGIN
    -- Only a try handed in by an earlier, committed transaction: judging it in the same one
    -- and rolling back would tell whether a guess was right without counting it.
    SELECT * INTO handed FROM {s}.pin_attempt a
     WHERE a.id = attempt_id AND a.login = session_user::text AND a.verified_at IS NULL
       AND a.submitted_tx IS DISTINCT FROM txid_current()
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    SELECT p.pin_hash INTO stored FROM {s}.board_pin p WHERE p.board_id = handed.board_id
       FOR UPDATE;
    IF stored IS NOT NULL AND split_part(stored, '$', 3) = handed.digest THEN
        UPDATE {s}.board_pin p SET failures = 0, paused_until = NULL
         WHERE p.board_id = handed.board_id;
        UPDATE {s}.pin_attempt a
           SET verified_at = clock_timestamp() AT TIME ZONE 'UTC', digest = ''
         WHERE a.id = handed.id;
        RETURN true;
    END IF;
    DELETE FROM {s}.pin_attempt a WHERE a.id = handed.id;
    RETURN false;
END
$$;

CREATE OR REPLACE FUNCTION {s}.pin_set(target integer, new_hash text, proof integer)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    proven boolean;
BEGIN
    proven := proof IS NOT NULL AND EXISTS (
        SELECT 1 FROM {s}.pin_attempt a
         WHERE a.id = proof AND a.board_id = target AND a.login = session_user::text
           AND a.verified_at > clock_timestamp() AT TIME ZONE 'UTC' - interval '10 minutes')
        AND EXISTS (SELECT 1 FROM {s}.board_pin p WHERE p.board_id = target);
    IF NOT (proven OR {s}.access_may(target, 'lead')) THEN
        RAISE EXCEPTION 'changing the PIN of board % needs the current PIN or a leader''s role',
            target USING ERRCODE = 'insufficient_privilege', TABLE = 'board_pin';
    END IF;
    IF new_hash IS NOT NULL AND new_hash !~ '^pbkdf2\$[0-9a-f]{{32}}\$[0-9a-f]{{64}}$' THEN
        RAISE EXCEPTION 'not a PIN hash' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF new_hash IS NULL THEN
        DELETE FROM {s}.board_pin p WHERE p.board_id = target;
    ELSE
        INSERT INTO {s}.board_pin AS p (board_id, pin_hash, failures, paused_until)
        VALUES (target, new_hash, 0, NULL)
        ON CONFLICT (board_id) DO UPDATE
            SET pin_hash = EXCLUDED.pin_hash, failures = 0, paused_until = NULL;
    END IF;
    DELETE FROM {s}.pin_attempt a WHERE a.id = proof;
    INSERT INTO {s}.change (at, actor, board_id, entity, entity_id, action, details)
    VALUES (now() AT TIME ZONE 'UTC', session_user::text, target, 'board', target,
            CASE WHEN new_hash IS NULL THEN 'remove_pin' ELSE 'set_pin' END, '{{}}');
END
$$;

CREATE OR REPLACE FUNCTION {s}.access_grant(login_name text, role_name text, target integer)
RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    added boolean := false;
BEGIN
    IF NOT {s}.access_may(NULL, 'admin') THEN
        RAISE EXCEPTION 'only an admin may grant access'
            USING ERRCODE = 'insufficient_privilege', TABLE = 'membership';
    END IF;
    IF role_name NOT IN ('wall', 'staff', 'leader', 'manager', 'admin') THEN
        RAISE EXCEPTION 'unknown role %', role_name USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = login_name AND r.rolcanlogin) THEN
        RAISE EXCEPTION 'no login %', login_name USING ERRCODE = 'undefined_object';
    END IF;
    IF (role_name IN ('wall', 'leader', 'manager') AND target IS NULL)
       OR (role_name = 'admin' AND target IS NOT NULL) THEN
        RAISE EXCEPTION 'role % and board % do not go together', role_name, target
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM {s}.membership m
                    WHERE m.login = login_name AND m.role = role_name
                      AND m.board_id IS NOT DISTINCT FROM target) THEN
        INSERT INTO {s}.membership (login, role, board_id, granted_at)
        VALUES (login_name, role_name, target, now() AT TIME ZONE 'UTC');
        INSERT INTO {s}.change (at, actor, board_id, entity, entity_id, action, details)
        VALUES (now() AT TIME ZONE 'UTC', session_user::text, target, 'access', NULL, 'grant',
                json_build_object('login', login_name, 'role', role_name));
        added := true;
    END IF;
    EXECUTE format('GRANT %I TO %I', '{prefix}' || role_name, login_name);
    RETURN added;
END
$$;

CREATE OR REPLACE FUNCTION {s}.access_revoke(login_name text, role_name text, target integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    removed record;
    taken integer := 0;
    each_role text;
BEGIN
    IF NOT {s}.access_may(NULL, 'admin') THEN
        RAISE EXCEPTION 'only an admin may revoke access'
            USING ERRCODE = 'insufficient_privilege', TABLE = 'membership';
    END IF;
    FOR removed IN
        DELETE FROM {s}.membership m
         WHERE m.login = login_name
           AND (role_name IS NULL OR m.role = role_name)
           AND (target IS NULL OR m.board_id = target)
        RETURNING m.role, m.board_id
    LOOP
        taken := taken + 1;
        INSERT INTO {s}.change (at, actor, board_id, entity, entity_id, action, details)
        VALUES (now() AT TIME ZONE 'UTC', session_user::text, removed.board_id, 'access', NULL,
                'revoke', json_build_object('login', login_name, 'role', removed.role));
    END LOOP;
    -- The group role goes when no row of this database needs it any more.
    FOREACH each_role IN ARRAY ARRAY['wall', 'staff', 'leader', 'manager', 'admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM {s}.membership m
                        WHERE m.login = login_name AND m.role = each_role)
           AND EXISTS (SELECT 1 FROM pg_auth_members am
                         JOIN pg_roles g ON g.oid = am.roleid
                         JOIN pg_roles u ON u.oid = am.member
                        WHERE g.rolname = '{prefix}' || each_role AND u.rolname = login_name)
        THEN
            EXECUTE format('REVOKE %I FROM %I', '{prefix}' || each_role, login_name);
        END IF;
    END LOOP;
    RETURN taken;
END
$$;
"""


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


@dataclass(frozen=True)
class Schema:
    """The schema the tables live in, quoted for SQL."""

    name: str
    quoted: str


def current_schema(conn: Connection) -> Schema:
    name = conn.execute(text("SELECT current_schema()")).scalar_one()
    return Schema(name, conn.dialect.identifier_preparer.quote_identifier(name))


def setup_statements(schema: Schema) -> list[str]:
    s = schema.quoted
    quote_role = '"{}"'.format
    roles = ", ".join(quote_role(role) for role in GROUP_ROLES)
    statements: list[str] = []
    for role in GROUP_ROLES:
        # Concurrent set-ups of two databases on one server may race to create the role.
        statements.append(
            "DO $$ BEGIN "
            f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = {_literal(role)}) THEN "
            f"CREATE ROLE {quote_role(role)} NOLOGIN; END IF; "
            "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        )
    functions = FUNCTIONS.format(
        s=s,
        board_regclass=_literal(f"{s}.board") + "::regclass",
        pause_counted=pause_sql("counted"),
        prefix=GROUP_ROLE_PREFIX,
    )
    statements.extend(f"{part.strip()}\n$$" for part in functions.split("\n$$;") if part.strip())
    statements.append(f"GRANT USAGE ON SCHEMA {s} TO {roles}")
    tables = [*READ_TABLES, "membership", "board_pin", "pin_attempt"]
    statements.append(f"REVOKE ALL ON {', '.join(f'{s}.{t}' for t in tables)} FROM PUBLIC, {roles}")
    statements.append(f"GRANT SELECT ON {', '.join(f'{s}.{t}' for t in READ_TABLES)} TO {roles}")
    # has_pin: whether a board has a PIN, never the hash.
    statements.append(
        f"GRANT SELECT (board_id, failures, paused_until) ON {s}.board_pin TO {roles}"
    )
    statements.append(f"GRANT INSERT ON {s}.change TO {roles}")
    statements.append(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {roles}")
    for role, grants in ROLE_GRANTS.items():
        for grant in grants:
            statements.append(f"GRANT {grant.format(s=s)} TO {quote_role(group_role(role))}")
    for function in (*MEMBER_FUNCTIONS, *ADMIN_FUNCTIONS):
        statements.append(f"REVOKE ALL ON FUNCTION {s}.{function} FROM PUBLIC")
    for function in MEMBER_FUNCTIONS:
        statements.append(f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {roles}")
    for function in ADMIN_FUNCTIONS:
        statements.append(
            f"GRANT EXECUTE ON FUNCTION {s}.{function} TO {quote_role(group_role('admin'))}"
        )
    for table, insert_check, update_check in POLICIES:
        statements.append(f"ALTER TABLE {s}.{table} ENABLE ROW LEVEL SECURITY")
        for name in ("access_read", "access_insert", "access_update", "access_delete"):
            statements.append(f"DROP POLICY IF EXISTS {name} ON {s}.{table}")
        statements.append(f"CREATE POLICY access_read ON {s}.{table} FOR SELECT USING (true)")
        if insert_check is not None:
            statements.append(
                f"CREATE POLICY access_insert ON {s}.{table} FOR INSERT"
                f" WITH CHECK ({insert_check.format(s=s)})"
            )
        if update_check is not None:
            statements.append(
                f"CREATE POLICY access_update ON {s}.{table} FOR UPDATE"
                f" USING (true) WITH CHECK ({update_check.format(s=s)})"
            )
    triggers = [
        ("access_stamp_change", "change", "BEFORE INSERT", "access_stamp_change"),
        ("access_guard_idea", "idea", "BEFORE UPDATE", "access_guard_idea"),
        ("access_guard_mood_tally", "mood_tally", "BEFORE INSERT OR UPDATE",
         "access_guard_mood_tally"),
        ("access_guard_mood_day", "mood_day", "BEFORE UPDATE", "access_guard_mood_day"),
    ]  # fmt: skip
    for table, rule in DELETE_RULES.items():
        statements.append(f"CREATE POLICY access_delete ON {s}.{table} FOR DELETE USING (true)")
        statements.append(delete_guard(schema, table, rule))
        guard = f"access_guard_delete_{table}"
        triggers.append((guard, table, "BEFORE DELETE", guard))
    # Before the delete guards were one per table, a3_action's had a name of its own.
    statements.append(f"DROP TRIGGER IF EXISTS access_guard_a3_action ON {s}.a3_action")
    statements.append(f"DROP FUNCTION IF EXISTS {s}.access_guard_a3_action()")
    for trigger, table, when, function in triggers:
        statements.append(f"DROP TRIGGER IF EXISTS {trigger} ON {s}.{table}")
        statements.append(
            f"CREATE TRIGGER {trigger} {when} ON {s}.{table}"
            f" FOR EACH ROW EXECUTE FUNCTION {s}.{function}()"
        )
    return statements


def delete_guard(schema: Schema, table: str, rule: str) -> str:
    """The BEFORE DELETE trigger function of `table`: refuses, out loud, what `rule` does not
    allow (a DELETE policy would only hide the row)."""
    s = schema.quoted
    return (
        f"CREATE OR REPLACE FUNCTION {s}.access_guard_delete_{table}() RETURNS trigger\n"
        "LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$\n"
        "BEGIN\n"
        f"    IF NOT ({s}.access_is_owner() OR ({rule.format(s=s)})) THEN\n"
        f"        RAISE EXCEPTION 'the role of % may not remove this row of {table} (%)',\n"
        "            session_user, OLD.id\n"
        f"            USING ERRCODE = 'insufficient_privilege', TABLE = '{table}';\n"
        "    END IF;\n"
        "    RETURN OLD;\n"
        "END\n"
        "$$"
    )


def set_up(conn: Connection) -> Schema:
    """Run the whole set-up on `conn` (its caller commits). Returns the schema it covered."""
    schema = current_schema(conn)
    for statement in setup_statements(schema):
        conn.exec_driver_sql(statement.replace("%", "%%"))
    # Memberships copied or restored from elsewhere get their group roles back.
    rows = conn.execute(
        text(
            f"SELECT DISTINCT m.login, m.role FROM {schema.quoted}.membership m"
            " JOIN pg_roles r ON r.rolname = m.login AND r.rolcanlogin"
        )
    ).all()
    for login, role in rows:
        quote = conn.dialect.identifier_preparer.quote_identifier
        conn.exec_driver_sql(f"GRANT {quote(group_role(role))} TO {quote(login)}")
    return schema


# --- reading the state of the connected session ---------------------------------------------


@dataclass(frozen=True)
class SessionAccess:
    login: str
    enabled: bool  # `access setup` has run on this database
    exempt: bool  # the owner or a superuser: no policy applies


def session_access(session: Session | Connection) -> SessionAccess:
    row = session.execute(
        text(
            "SELECT coalesce(c.relrowsecurity, false), session_user::text,"
            " coalesce((SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user), false)"
            " OR (c.oid IS NOT NULL AND pg_has_role(session_user, c.relowner, 'MEMBER'))"
            " FROM (SELECT to_regclass('board') AS oid) t"
            " LEFT JOIN pg_class c ON c.oid = t.oid"
        )
    ).one()
    return SessionAccess(login=row[1], enabled=bool(row[0]), exempt=bool(row[2]))


def may(session: Session, board_id: int | None, what: str) -> bool:
    return bool(
        session.execute(
            text("SELECT access_may(:board, :what)"), {"board": board_id, "what": what}
        ).scalar_one()
    )


def login_exists(session: Session, login: str) -> bool:
    return bool(
        session.execute(
            text("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :l AND rolcanlogin)"),
            {"l": login},
        ).scalar_one()
    )


def call(session: Session, function: str, params: Mapping[str, object]) -> Any:
    """Call one of the functions above (search_path finds the schema)."""
    names = ", ".join(f":{key}" for key in params)
    return session.execute(text(f"SELECT {function}({names})"), dict(params)).scalar_one()


def call_rows(session: Session, function: str, params: Mapping[str, object]) -> Sequence[Any]:
    names = ", ".join(f":{key}" for key in params)
    return session.execute(text(f"SELECT * FROM {function}({names})"), dict(params)).one()


# --- the database said no --------------------------------------------------------------------

INSUFFICIENT_PRIVILEGE = "42501"  # also what a row-level security policy raises

# What a refused table holds, as the person reads it in "Ei oikeutta: … (ongelmat)".
TABLE_WORDS = {
    "alembic_version": QT_TRANSLATE_NOOP("Errors", "tietokannan versio"),
    "board": QT_TRANSLATE_NOOP("Errors", "taulut ja niiden asetukset"),
    "board_pin": QT_TRANSLATE_NOOP("Errors", "PIN-koodit"),
    "measure": QT_TRANSLATE_NOOP("Errors", "mittarit ja tavoitteet"),
    "measure_value": QT_TRANSLATE_NOOP("Errors", "mittarien arvot"),
    "measure_annotation": QT_TRANSLATE_NOOP("Errors", "kaavioiden merkinnät"),
    "measure_phase": QT_TRANSLATE_NOOP("Errors", "kaavioiden vaiheet"),
    "mood_day": QT_TRANSLATE_NOOP("Errors", "päivän fiilis"),
    "mood_tally": QT_TRANSLATE_NOOP("Errors", "fiilisäänet"),
    "idea": QT_TRANSLATE_NOOP("Errors", "kehitysideat"),
    "problem": QT_TRANSLATE_NOOP("Errors", "ongelmat"),
    "escalation": QT_TRANSLATE_NOOP("Errors", "eskalaatiot ja niiden vastaukset"),
    "safety_event_kind": QT_TRANSLATE_NOOP("Errors", "tapahtumatyypit"),
    "safety_event": QT_TRANSLATE_NOOP("Errors", "turvallisuustapahtumat"),
    "a3_report": QT_TRANSLATE_NOOP("Errors", "A3-raportit"),
    "a3_action": QT_TRANSLATE_NOOP("Errors", "A3-toimenpiteet"),
    "huddle": QT_TRANSLATE_NOOP("Errors", "palaverit"),
    "change": QT_TRANSLATE_NOOP("Errors", "muutoshistoria"),
    "membership": QT_TRANSLATE_NOOP("Errors", "käyttöoikeudet"),
    "access_grant": QT_TRANSLATE_NOOP("Errors", "käyttöoikeudet"),
    "access_revoke": QT_TRANSLATE_NOOP("Errors", "käyttöoikeudet"),
}


def refused_table(error: BaseException) -> str | None:
    """The table a refusal names (None: it names none we know)."""
    orig = getattr(error, "orig", error)
    diag = getattr(orig, "diag", None)
    table = getattr(diag, "table_name", None)
    if table:
        return str(table)
    primary = str(getattr(diag, "message_primary", None) or orig)
    found = re.search(r'(?:table|relation|function) "?([a-z_0-9]+)"?', primary)
    return found.group(1) if found else None


def access_refusal(error: BaseException, login: str) -> AccessDenied | None:
    """The database's "permission denied" or row-level security refusal as AccessDenied, in
    words a person understands; None for every other error."""
    if not isinstance(error, DBAPIError):
        return None
    if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    table = refused_table(error)
    what = translate("Errors", TABLE_WORDS[table]) if table in TABLE_WORDS else table or "?"
    return AccessDenied(
        translate(
            "Errors",
            "Ei oikeutta: tunnuksen {login} rooli ei salli tätä ({what}). Mitään ei tallennettu.",
        ).format(login=login, what=what)
    )

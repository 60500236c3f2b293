"""Who may do what: the roles, a login's rights on one board, and the wall PIN's pause rule.

The rules themselves are enforced by PostgreSQL (store/access.py); this module names them for
the services, the command line and the UI.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class AccessRole(StrEnum):
    WALL = "wall"  # a wall screen: its board; vote, ideas, safety events, huddles, move ideas
    STAFF = "staff"  # the same from a PC (one board, or every board without --board)
    LEADER = "leader"  # everything on a board and the boards below it
    MANAGER = "manager"  # a leader who also answers escalations reaching the subtree
    ADMIN = "admin"  # boards, access, export-data, db copy


# Group roles get a prefix so that they cannot collide with other roles on a shared server.
GROUP_ROLE_PREFIX = "leanboard_"

# Roles that always cover one board (and, for leader and manager, the boards below it).
ROLES_NEEDING_BOARD = frozenset({AccessRole.WALL, AccessRole.LEADER, AccessRole.MANAGER})


def group_role(role: AccessRole | str) -> str:
    """The PostgreSQL group role of `role`, e.g. leanboard_leader."""
    return GROUP_ROLE_PREFIX + AccessRole(role).value


@dataclass(frozen=True)
class Rights:
    """What the connected login may do on one board.

    `enforced` is False where nothing is checked: SQLite (the file's permissions are the
    boundary), PostgreSQL before `leanboard access setup`, and the database owner; `mode` says
    which of these it is ("single-pc", "off", "owner") or "on".
    """

    login: str
    enforced: bool
    record: bool  # vote, add ideas, record safety events, log huddles, move ideas
    lead: bool  # goals, values, problems, A3s, settings, PIN
    answer: bool  # answer or forward an escalation waiting at this board
    admin: bool  # create and move boards, grant and revoke access, export-data, db copy
    mode: str = "on"

    @classmethod
    def everything(cls, login: str, mode: str = "owner") -> Rights:
        return cls(login, False, record=True, lead=True, answer=True, admin=True, mode=mode)


@dataclass(frozen=True)
class Membership:
    login: str
    role: str
    board_code: str | None  # None: every board (staff) or the whole database (admin)


# --- the wall PIN ------------------------------------------------------------------------------

# One mistyped PIN may be typed again at once; from the second wrong try in a row on, each
# doubles the wait before the next try is heard: 1 s, 2 s, 4 s, … up to 15 minutes. A person
# who mistypes three times waits three seconds in all; guessing a 4-digit PIN takes weeks.
PIN_FREE_TRIES = 1
PIN_PAUSE_CAP_SECONDS = 900


def pin_pause_seconds(failures: int) -> int:
    """How long no PIN is heard after `failures` wrong tries in a row."""
    if failures <= PIN_FREE_TRIES:
        return 0
    return min(2 ** min(failures - PIN_FREE_TRIES - 1, 20), PIN_PAUSE_CAP_SECONDS)


@dataclass(frozen=True)
class PinState:
    has_pin: bool
    failures: int  # wrong tries in a row
    wait_seconds: float  # until the next try is heard (0: now)


@dataclass(frozen=True)
class PinTry:
    ok: bool
    failures: int
    wait_seconds: float
    heard: bool = True  # False: refused unheard, the pause was still running

"""Who may do what: setting access control up, granting and revoking roles, and reading the
connected login's rights on a board (for the UI to offer only what the role may do).

The database enforces every rule itself (store/access.py); nothing here is a check a modified
client could skip. On SQLite there are no logins: the OS account owning the file is the only
identity, so these commands refuse and the rights are "everything".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from leanboard.domain.access import ROLES_NEEDING_BOARD, AccessRole, Membership, Rights
from leanboard.domain.errors import LeanBoardError, NotFound, ValidationError
from leanboard.i18n import translate
from leanboard.store import access
from leanboard.store.database import Database, default_actor
from leanboard.store.models import Board
from leanboard.store.models import Membership as MembershipRow


@dataclass(frozen=True)
class AccessStatus:
    backend: str
    login: str
    enabled: bool  # `leanboard access setup` has run on this database
    exempt: bool  # the owner (or a superuser): no rule applies to this login

    @property
    def enforced(self) -> bool:
        return self.enabled and not self.exempt


def needs_postgresql() -> LeanBoardError:
    return LeanBoardError(
        translate(
            "Errors",
            "Käyttöoikeudet vaativat PostgreSQL-tietokannan. SQLite-tiedostossa tunnus on "
            "käyttöjärjestelmän käyttäjä ja rajana tiedoston omat käyttöoikeudet.",
        )
    )


def rights_in(s: Session, backend: str, board_id: int | None) -> Rights:
    """What the session's login may do on `board_id`, read in the caller's transaction (the
    board snapshot carries it, so the screens need no read of their own)."""
    if backend != "postgresql":
        return Rights.everything(default_actor(), "single-pc")
    state = access.session_access(s)
    if not state.enabled:
        return Rights.everything(state.login, "off")
    if state.exempt:
        return Rights.everything(state.login, "owner")
    record, lead, answer, admin = s.execute(
        text(
            "SELECT access_may(:b, 'record'), access_may(:b, 'lead'),"
            " access_may(:b, 'answer'), access_may(NULL, 'admin')"
        ),
        {"b": board_id},
    ).one()
    on_board = board_id is not None
    return Rights(
        state.login,
        enforced=True,
        record=bool(record) and on_board,
        lead=bool(lead) and on_board,
        answer=bool(answer) and on_board,
        admin=bool(admin),
    )


class AccessService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def status(self) -> AccessStatus:
        if self.db.backend != "postgresql":
            return AccessStatus(self.db.backend, default_actor(), enabled=False, exempt=True)
        with self.db.read() as s:
            state = access.session_access(s)
        return AccessStatus(self.db.backend, state.login, state.enabled, state.exempt)

    def rights(self, board_id: int | None) -> Rights:
        """What the connected login may do on `board_id` (None: no board, admin only)."""
        with self.db.read() as s:
            return rights_in(s, self.db.backend, board_id)

    def setup(self) -> str:
        """Create the group roles, grants, policies and triggers (again: nothing changes).
        Returns the schema covered. Run by the database owner or a superuser."""
        self._require_postgresql()
        return self.db.write(lambda s: access.set_up(s.connection()).name, retries=0)

    def grant(self, login: str, role: str, board_code: str | None = None) -> bool:
        """Give `login` (an existing PostgreSQL login) `role`, on `board_code` for wall, leader
        and manager. False when it had exactly that already."""
        chosen = self._role(role)
        self._require_enabled()
        login = login.strip()

        def action(s: Session) -> bool:
            board_id = self._board_for(s, chosen, board_code)
            if not access.login_exists(s, login):
                raise NotFound(
                    translate(
                        "Errors",
                        "Kirjautumistunnusta {login} ei ole PostgreSQL-palvelimella. IT luo sen "
                        "ensin (CREATE ROLE … LOGIN), katso README.",
                    ).format(login=login)
                )
            return bool(
                access.call(
                    s,
                    "access_grant",
                    {"login_name": login, "role_name": chosen.value, "target": board_id},
                )
            )

        return self.db.write(action)

    def revoke(self, login: str, role: str | None = None, board_code: str | None = None) -> int:
        """Take `login`'s roles away (only `role`, only on `board_code` when given); returns how
        many were taken. The group role goes when no membership of this database needs it."""
        chosen = self._role(role) if role is not None else None
        self._require_enabled()

        def action(s: Session) -> int:
            board_id = self._board_id(s, board_code) if board_code else None
            return int(
                access.call(
                    s,
                    "access_revoke",
                    {
                        "login_name": login.strip(),
                        "role_name": chosen.value if chosen else None,
                        "target": board_id,
                    },
                )
            )

        return self.db.write(action)

    def memberships(self, board_code: str | None = None) -> list[Membership]:
        """Every membership (on `board_code` only when given), by login, role and board."""
        self._require_enabled()
        with self.db.read() as s:
            query = (
                select(MembershipRow.login, MembershipRow.role, Board.code)
                .outerjoin(Board, Board.id == MembershipRow.board_id)
                .order_by(MembershipRow.login, MembershipRow.role, Board.code)
            )
            if board_code:
                query = query.where(MembershipRow.board_id == self._board_id(s, board_code))
            roles = [r.value for r in AccessRole]
            rows = [Membership(login, role, code) for login, role, code in s.execute(query)]
        return sorted(rows, key=lambda m: (m.login, roles.index(m.role), m.board_code or ""))

    # ---- helpers
    def _require_postgresql(self) -> None:
        if self.db.backend != "postgresql":
            raise needs_postgresql()

    def _require_enabled(self) -> None:
        self._require_postgresql()
        if not self.status().enabled:
            raise LeanBoardError(
                translate(
                    "Errors",
                    "Käyttöoikeuksia ei ole otettu käyttöön tässä tietokannassa: "
                    "tietokannan omistaja ajaa ensin komennon leanboard access setup.",
                )
            )

    @staticmethod
    def _role(role: str) -> AccessRole:
        try:
            return AccessRole(role.strip().lower())
        except ValueError:
            raise ValidationError(
                translate("Validation", "Tuntematon rooli {role}: {roles}.").format(
                    role=role, roles=", ".join(r.value for r in AccessRole)
                ),
                "role",
            ) from None

    def _board_for(self, s: Session, role: AccessRole, board_code: str | None) -> int | None:
        if role in ROLES_NEEDING_BOARD and not board_code:
            raise ValidationError(
                translate("Validation", "Roolille {role} tarvitaan taulu: --board CODE.").format(
                    role=role.value
                ),
                "board",
            )
        if role is AccessRole.ADMIN and board_code:
            raise ValidationError(
                translate(
                    "Validation", "Ylläpitäjän (admin) rooli koskee koko tietokantaa: ei --board."
                ),
                "board",
            )
        return self._board_id(s, board_code) if board_code else None

    @staticmethod
    def _board_id(s: Session, code: str) -> int:
        board_id = s.scalar(select(Board.id).where(Board.code == code.strip().upper()))
        if board_id is None:
            raise NotFound(
                translate("Errors", "Taulua tunnuksella {code} ei löydy.").format(code=code)
            )
        return int(board_id)

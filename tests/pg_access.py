"""An organisation on PostgreSQL with access control on, and real login roles to connect as.

Each test gets its own schema (conftest's `pg_schema_url`) and its own logins with random names
and passwords, created by the test server's superuser and dropped afterwards. Every login
connects over TCP with its password, exactly as a PC of the hospital would.

The tree:  ORG ─┬─ A ── A-U ─┬─ A-T1
                │            └─ A-T2
                └─ B ── B-U ─── B-T1
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url

from leanboard.services import Services, open_services
from leanboard.store.engine import normalise_url

TREE = (
    ("ORG", "Kuntayhtymä", "organisation", None),
    ("A", "Palvelualue A", "area", "ORG"),
    ("A-U", "Yksikkö A", "unit", "A"),
    ("A-T1", "Tiimi A1", "team", "A-U"),
    ("A-T2", "Tiimi A2", "team", "A-U"),
    ("B", "Palvelualue B", "area", "ORG"),
    ("B-U", "Yksikkö B", "unit", "B"),
    ("B-T1", "Tiimi B1", "team", "B-U"),
)


@dataclass
class Login:
    name: str
    password: str
    url: str
    services: Services


@dataclass
class Org:
    url: str  # the owner's URL (the test server's superuser), schema first on the path
    owner: Services
    ids: dict[str, int]
    _admin: sa.Engine
    logins: list[Login] = field(default_factory=list)

    def login(self, *grants: tuple[str, str | None]) -> Login:
        """A new login role with these (role, board code) grants, connected as itself."""
        name = f"lb_{uuid.uuid4().hex[:10]}"
        password = secrets.token_urlsafe(16)
        with self._admin.connect() as conn:
            conn.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        for role, board in grants:
            self.owner.access.grant(name, role, board)
        url = make_url(self.url).set(username=name, password=password)
        text = url.render_as_string(hide_password=False)
        login = Login(name, password, text, open_services(text, actor="väärä.nimi@pc"))
        self.logins.append(login)
        return login

    def count(self, table: str, where: str = "true") -> int:
        with self.owner.db.read() as s:
            return int(s.execute(sa.text(f"SELECT count(*) FROM {table} WHERE {where}")).scalar())


@pytest.fixture(name="org")
def org_fixture(pg_schema_url: str) -> Iterator[Org]:
    admin = sa.create_engine(normalise_url(pg_schema_url), isolation_level="AUTOCOMMIT")
    owner = open_services(pg_schema_url, actor="omistaja@palvelin")
    ids: dict[str, int] = {}
    for code, name, kind, parent in TREE:
        ids[code] = owner.boards.create_board(code, name, kind, ids.get(parent or "")).id
    owner.access.setup()
    result = Org(pg_schema_url, owner, ids, admin)
    try:
        yield result
    finally:
        for login in result.logins:
            login.services.close()
        owner.close()
        with admin.connect() as conn:
            for login in result.logins:
                # Its sessions first: a pooled connection may still be open.
                conn.execute(
                    sa.text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        " WHERE usename = :name"
                    ),
                    {"name": login.name},
                )
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {login.name}")
        admin.dispose()

"""tests/store/test_migrations.py upgrades every released schema's fixture to head and checks
its sample rows. This guards the premise: each fixture holds data in EVERY table of its
schema, so no table's rows go through a migration untested."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

FIXTURES = sorted((Path(__file__).parents[1] / "store" / "fixtures").glob("schema-*.sqlite"))


def test_there_is_a_fixture_of_the_first_released_schema() -> None:
    assert FIXTURES and FIXTURES[0].name == "schema-0001.sqlite"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_every_table_of_a_released_schema_holds_rows(fixture: Path) -> None:
    conn = sqlite3.connect(f"file:{fixture}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        empty = [t for t in tables if not conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone()]
    finally:
        conn.close()
    assert len(tables) > 10
    assert empty == []

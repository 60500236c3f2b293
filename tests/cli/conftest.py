"""CLI tests never touch the user's real data folder or a database named in the environment."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data_dir = tmp_path / "userdata"
    monkeypatch.setenv("LEANBOARD_DATA_DIR", str(data_dir))
    monkeypatch.delenv("LEANBOARD_DATABASE_URL", raising=False)
    return data_dir

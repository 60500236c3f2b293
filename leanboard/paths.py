"""Where things are: the files installed inside the package, and the user's data folder."""

from __future__ import annotations

import importlib.resources
import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """leanboard/_data: migrations (db/), fonts, icons and compiled translations (resources/).

    setup.py's build step puts them there (in a checkout's editable install too), and
    importlib.resources finds the folder wherever the package is: site-packages, the source
    tree, or a PyInstaller bundle (whose reader answers with a folder in _internal/)."""
    folder = importlib.resources.files("leanboard") / "_data"
    if not isinstance(folder, Path):  # a zipped install: Alembic and Qt need real files
        raise RuntimeError(f"LeanBoard must be installed as files, not zipped ({folder})")
    return folder


def migrations_dir() -> Path:
    return data_dir() / "db"


def resources_dir() -> Path:
    """fonts/, icons/ and translations/ (the .qm files only)."""
    return data_dir() / "resources"


def user_data_dir() -> Path:
    """Per-user data folder. Never inside the bundle, which may be read-only."""
    if override := os.environ.get("LEANBOARD_DATA_DIR"):
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "LeanBoard"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "leanboard"


def default_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'leanboard.db'}"


def demo_database_url() -> str:
    return f"sqlite:///{user_data_dir() / 'demo.db'}"

"""Where things are: bundled resources (frozen or from source) and the user's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def bundle_dir() -> Path:
    """Folder holding db/, forms/ and resources/: the source tree, or PyInstaller's _internal."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return bundle_dir() / "db"


def resources_dir() -> Path:
    return bundle_dir() / "resources"


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

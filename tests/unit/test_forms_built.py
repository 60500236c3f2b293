"""The compiled forms are current: a .ui edited without rebuilding would show the old dialog."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_form_is_compiled_and_current() -> None:
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "packaging/build_forms.py")
    assert spec is not None and spec.loader is not None
    build_forms = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_forms)
    stale = [form.name for form in build_forms.stale_forms()]
    assert stale == [], f"run packaging/build_forms.py: {stale} not compiled or out of date"

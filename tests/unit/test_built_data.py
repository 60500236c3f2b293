"""What the build put into the package is current: a .ui or .ts edited without reinstalling
(`pip install -e .`, which packaging/test.sh runs) would show the old dialog or old words, and a
copied migration (where links could not be made) would miss the newest one."""

from __future__ import annotations

import filecmp
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from leanboard import paths

ROOT = Path(__file__).resolve().parents[2]
REINSTALL = "run `pip install -e .` (packaging/test.sh does)"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    """setup.py's own functions: the same compile steps as the build."""
    spec = importlib.util.spec_from_file_location("leanboard_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generated_dir() -> Path:
    spec = importlib.util.find_spec("leanboard.ui.generated")
    assert spec is not None and spec.submodule_search_locations, REINSTALL
    return Path(next(iter(spec.submodule_search_locations)))


def test_every_form_is_compiled_and_current(build: ModuleType, tmp_path: Path) -> None:
    installed = generated_dir()
    expected = {build.form_module(form) for form in build.forms()} | {"__init__.py"}
    assert {module.name for module in installed.glob("*.py")} == expected, REINSTALL
    assert len(expected) > 5
    stale = []
    for form in build.forms():
        fresh = tmp_path / build.form_module(form)
        build.compile_form(form, fresh)
        if fresh.read_bytes() != (installed / fresh.name).read_bytes():
            stale.append(form.name)
    assert stale == [], f"{REINSTALL}: {stale} out of date"


def test_every_translation_is_compiled_and_current(build: ModuleType, tmp_path: Path) -> None:
    installed = paths.resources_dir() / "translations"
    sources = build.translation_sources()
    assert {qm.name for qm in installed.iterdir()} == {f"{ts.stem}.qm" for ts in sources}
    stale = []
    for ts in sources:
        fresh = tmp_path / f"{ts.stem}.qm"
        build.compile_translation(ts, fresh)
        if fresh.read_bytes() != (installed / fresh.name).read_bytes():
            stale.append(ts.name)
    assert stale == [], f"{REINSTALL}: {stale} out of date"


def test_migrations_fonts_and_icons_are_the_source_files(build: ModuleType) -> None:
    """Links in an editable install; a copy made where links are refused must still match."""
    for source, target in build.COPIED.items():
        installed = paths.data_dir().parent / target.relative_to("leanboard")
        in_package = sorted(
            p.relative_to(installed)
            for p in installed.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        )
        assert in_package == build.copied_files(source), f"{REINSTALL}: {source}"
        for name in in_package:
            assert filecmp.cmp(installed / name, ROOT / source / name, shallow=False), name
    assert (paths.migrations_dir() / "versions" / "0001_initial_schema.py").is_file()

"""The wheel is the program: built as a packager builds it (the sdist first, the wheel from the
unpacked sdist), it carries the compiled forms and translations, the migrations, fonts and icon
inside the package, and the sdist carries the sources they are built from.

Built here without build isolation (the test environment has setuptools and PySide6); CI
(.ci/run) builds them again in isolation, installs the wheel into a fresh environment outside
the repository and runs its smoke test in Finnish and Swedish."""

from __future__ import annotations

import email.parser
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from leanboard import __version__, paths

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return (
        out / f"leanboard-{__version__}-py3-none-any.whl",
        out / f"leanboard-{__version__}.tar.gz",
    )


def sources(folder: str, pattern: str = "*") -> list[Path]:
    return sorted(
        p for p in (ROOT / folder).rglob(pattern) if p.is_file() and "__pycache__" not in p.parts
    )


def test_the_wheel_holds_the_whole_program(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        read = archive.read
        data = "leanboard/_data/"
        forms = {f"leanboard/ui/generated/ui_{form.stem}.py" for form in sources("forms", "*.ui")}
        assert forms | {"leanboard/ui/generated/__init__.py"} <= names
        assert len(forms) > 5
        # The compiled translations, byte for byte what this checkout's build made.
        for lang in ("fi", "sv", "en"):
            qm = f"leanboard_{lang}.qm"
            assert (
                read(f"{data}resources/translations/{qm}")
                == (paths.resources_dir() / "translations" / qm).read_bytes()
            )
        # Migrations, fonts (with the licence) and the icon, as in the sources.
        for source, target in (
            ("db", "db"),
            ("resources/fonts", "resources/fonts"),
            ("resources/icons", "resources/icons"),
        ):
            for path in sources(source):
                name = f"{data}{target}/{path.relative_to(ROOT / source).as_posix()}"
                assert read(name) == path.read_bytes(), name
        held = [n for n in names if n.startswith(data)]
        assert not [n for n in held if n.endswith((".ts", ".pyc"))]  # sources stay out
        assert not [n for n in names if n.startswith(("tests/", "forms/", "db/", "resources/"))]
        metadata = email.parser.Parser().parsestr(
            read(f"leanboard-{__version__}.dist-info/METADATA").decode()
        )
        entry_points = read(f"leanboard-{__version__}.dist-info/entry_points.txt").decode()
    assert metadata["Version"] == __version__
    assert "leanboard = leanboard.cli:main" in entry_points


def test_the_sdist_holds_what_the_wheel_is_built_from(built: tuple[Path, Path]) -> None:
    _, sdist = built
    top = f"leanboard-{__version__}/"
    with tarfile.open(sdist) as archive:
        names = {name.removeprefix(top) for name in archive.getnames()}
    wanted = [
        *sources("forms", "*.ui"),
        *sources("resources/translations", "*.ts"),
        *sources("db"),
        *sources("resources/fonts"),
        *sources("resources/icons"),
    ]
    assert {p.relative_to(ROOT).as_posix() for p in wanted} <= names
    assert {"setup.py", "pyproject.toml", "README.md", "leanboard/cli.py"} <= names
    # Never build output of this checkout (it may be stale); the build makes its own.
    assert not [n for n in names if n.startswith(("leanboard/_data", "leanboard/ui/generated"))]

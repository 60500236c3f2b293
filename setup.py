"""The build step that makes the wheel the whole program (metadata: pyproject.toml).

`pip install .`, `pip wheel .`, `python -m build` and `pip install -e .` all run the command
`build_data` below, so nobody has to remember a separate script:

- forms/*.ui are compiled with pyside6-uic into leanboard/ui/generated/ui_<name>.py;
- resources/translations/leanboard_<lang>.ts are compiled with pyside6-lrelease into
  leanboard/_data/resources/translations/leanboard_<lang>.qm (the program reads only these);
- db/ (Alembic: env.py, script.py.mako, versions/), resources/fonts/, resources/icons/ and
  resources/icc/ (the PDFs' sRGB profile) are copied to leanboard/_data/db/ and
  leanboard/_data/resources/.

The program finds them with importlib.resources (leanboard/paths.py), in a wheel, an editable
install and a PyInstaller bundle alike. The source folders stay at the top of the repository.

A wheel gets the files in its build folder. An editable install gets them in place, as
setuptools asks of build steps (setuptools.command.build.SubCommand): the forms and .qm files
are compiled into the source tree (ignored by git) and leanboard/_data/db and the font and icon
folders are links to the source folders, so a new migration is seen at once; where links cannot
be made (Windows without developer mode) they are copies, and tests/unit/test_built_data.py
says when they are stale. pyside6-uic and pyside6-lrelease come with PySide6-Essentials, which
is therefore a build requirement (pyproject.toml).

The compiled forms follow Anki's qt/hatch_build.py, which forces its generated files into the
wheel: `loadUiType` at run time needs pyside6-uic on PATH and fails in a frozen program
(PyInstaller #8151).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
FORMS = Path("forms")
GENERATED = Path("leanboard/ui/generated")
TRANSLATIONS = Path("resources/translations")
DATA = Path("leanboard/_data")
# Source folder → its place in the package. Copied (wheel) or linked (editable) as they are.
COPIED = {
    Path("db"): DATA / "db",
    Path("resources/fonts"): DATA / "resources/fonts",
    Path("resources/icons"): DATA / "resources/icons",
    Path("resources/icc"): DATA / "resources/icc",
}
COMPILED_TRANSLATIONS = DATA / "resources/translations"
GENERATED_INIT = '"""Compiled Qt Designer forms (generated at build time from forms/*.ui)."""\n'


def pyside_tool(name: str, *args: str) -> None:
    """Run pyside6-<name> through the PySide6 of this interpreter (the build environment's):
    the console script need not be on PATH, and Windows and Linux find the binary alike."""
    code = f"from PySide6.scripts.pyside_tool import {name}; {name}()"
    subprocess.run([sys.executable, "-c", code, *args], check=True)


def forms() -> list[Path]:
    return sorted((ROOT / FORMS).glob("*.ui"))


def form_module(form: Path) -> str:
    return f"ui_{form.stem}.py"


def compile_form(form: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    pyside_tool("uic", "--from-imports", str(form), "-o", str(target))


def translation_sources() -> list[Path]:
    return sorted((ROOT / TRANSLATIONS).glob("leanboard_*.ts"))


def compile_translation(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    pyside_tool("lrelease", "-silent", str(ts), "-qm", str(qm))


def copied_files(source: Path) -> list[Path]:
    """The files of a copied folder (relative to it), without Python's caches."""
    folder = ROOT / source
    return sorted(
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def source_files() -> list[Path]:
    """Everything the build reads (relative to ROOT): what an sdist must carry."""
    files = [form.relative_to(ROOT) for form in forms()]
    files += [ts.relative_to(ROOT) for ts in translation_sources()]
    files += [source / name for source in COPIED for name in copied_files(source)]
    return files


def compile_into(root: Path) -> list[Path]:
    """Compile every form and translation into the package under `root`; returns the files.

    The generated folders are rebuilt whole, so that a deleted form or language leaves no
    stale module or .qm behind."""
    written = []
    generated = root / GENERATED
    shutil.rmtree(generated, ignore_errors=True)
    generated.mkdir(parents=True)
    (generated / "__init__.py").write_text(GENERATED_INIT, encoding="utf-8")
    written.append(generated / "__init__.py")
    for form in forms():
        compile_form(form, generated / form_module(form))
        written.append(generated / form_module(form))
    qm_folder = root / COMPILED_TRANSLATIONS
    shutil.rmtree(qm_folder, ignore_errors=True)
    for ts in translation_sources():
        compile_translation(ts, qm_folder / ts.with_suffix(".qm").name)
        written.append(qm_folder / ts.with_suffix(".qm").name)
    return written


def copy_into(root: Path) -> list[Path]:
    written = []
    for source, target in COPIED.items():
        shutil.rmtree(root / target, ignore_errors=True)
        for name in copied_files(source):
            (root / target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / source / name, root / target / name)
            written.append(root / target / name)
    return written


def remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def link_in_place() -> None:
    """Editable install: leanboard/_data/db → db/ and so on, as relative links (copies where
    the system refuses links)."""
    for source, target in COPIED.items():
        place = ROOT / target
        remove(place)
        place.parent.mkdir(parents=True, exist_ok=True)
        try:
            place.symlink_to(os.path.relpath(ROOT / source, place.parent), target_is_directory=True)
        except OSError:
            shutil.copytree(ROOT / source, place, ignore=shutil.ignore_patterns("__pycache__"))
            print(f"copied {source} to {target} (links not allowed here): reinstall after changes")


if __name__ == "__main__":  # run by the build backend (setuptools.build_meta)
    from setuptools import Command, setup
    from setuptools.command.build import build

    class BuildData(Command):
        """Compile forms and translations; bring migrations, fonts and icons into the package."""

        description = "compile forms and translations; copy db/, fonts and icons into leanboard"
        user_options: list[tuple[str, str | None, str]] = []

        def initialize_options(self) -> None:
            self.build_lib: str | None = None
            self.editable_mode = False

        def finalize_options(self) -> None:
            self.set_undefined_options("build_py", ("build_lib", "build_lib"))

        def run(self) -> None:
            if self.editable_mode:
                compile_into(ROOT)
                link_in_place()
            else:
                assert self.build_lib is not None
                compile_into(Path(self.build_lib))
                copy_into(Path(self.build_lib))

        def get_source_files(self) -> list[str]:
            return [path.as_posix() for path in source_files()]

        def get_output_mapping(self) -> dict[str, str]:
            assert self.build_lib is not None
            return {
                str(Path(self.build_lib, target, name)): str(source / name)
                for source, target in COPIED.items()
                for name in copied_files(source)
            }

        def get_outputs(self) -> list[str]:
            assert self.build_lib is not None
            compiled = [GENERATED / "__init__.py"]
            compiled += [GENERATED / form_module(form) for form in forms()]
            compiled += [COMPILED_TRANSLATIONS / f"{ts.stem}.qm" for ts in translation_sources()]
            return [str(Path(self.build_lib, path)) for path in compiled] + list(
                self.get_output_mapping()
            )

    class Build(build):
        sub_commands = [*build.sub_commands, ("build_data", None)]

    setup(cmdclass={"build": Build, "build_data": BuildData})

"""Settings: one file for the whole PC, one per user, the environment and the command line.

Read in this order, each level overriding the ones before it:

1. the system file, which IT places once per PC (the Windows installer can write it):
   /etc/leanboard/leanboard.toml, or %PROGRAMDATA%\\LeanBoard\\leanboard.toml on Windows;
2. the user's file: ~/.config/leanboard/leanboard.toml ($XDG_CONFIG_HOME), or
   %APPDATA%\\LeanBoard\\leanboard.toml; the desktop window's Kieli menu writes `language` here;
3. the environment: LEANBOARD_DATABASE_URL, LEANBOARD_LANGUAGE, LEANBOARD_WALL_BOARD,
   LEANBOARD_PDF_ARCHIVE;
4. the command line: --database, --lang, `wall --board`, `export-pdf --out-dir`.

LEANBOARD_SYSTEM_CONFIG and LEANBOARD_USER_CONFIG name other files instead (the tests use them
so that they never read this machine's real settings).

A PostgreSQL database is best named without a password: a libpq service
(`postgresql:///?service=leanboard`, defined in pg_service.conf) or a URL whose password libpq
finds in .pgpass / PGPASSFILE. Where a URL does carry a password, it is masked in everything
LeanBoard shows (`leanboard config show`, messages, dialogs).
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from leanboard import paths
from leanboard.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SOURCE_LANGUAGE, translate

SYSTEM_FILE_ENV = "LEANBOARD_SYSTEM_CONFIG"
USER_FILE_ENV = "LEANBOARD_USER_CONFIG"
FILE_NAME = "leanboard.toml"

# key → environment variable. The order is the order of `config show`.
ENVIRONMENT = {
    "database": "LEANBOARD_DATABASE_URL",
    "language": "LEANBOARD_LANGUAGE",
    "wall_board": "LEANBOARD_WALL_BOARD",
    "pdf_archive": "LEANBOARD_PDF_ARCHIVE",
}
KEYS = tuple(ENVIRONMENT)
# The command-line option of each key, as `config show` names it.
OPTIONS = {
    "database": "--database",
    "language": "--lang",
    "wall_board": "wall --board",
    "pdf_archive": "export-pdf --out-dir",
}

DEFAULT = "default"
SYSTEM = "system"
USER = "user"
ENVIRONMENT_LEVEL = "environment"
COMMAND_LINE = "command line"
LEVEL_NAMES = {
    DEFAULT: QT_TRANSLATE_NOOP("Config", "oletus"),
    SYSTEM: QT_TRANSLATE_NOOP("Config", "järjestelmän asetustiedosto"),
    USER: QT_TRANSLATE_NOOP("Config", "käyttäjän asetustiedosto"),
    ENVIRONMENT_LEVEL: QT_TRANSLATE_NOOP("Config", "ympäristömuuttuja"),
    COMMAND_LINE: QT_TRANSLATE_NOOP("Config", "komentorivi"),
}
PASSWORD_MASK = "***"


class ConfigError(Exception):
    """A settings file or value that cannot be used: the message names the file and the key."""


@dataclass(frozen=True)
class Setting:
    key: str
    value: str | None
    level: str  # DEFAULT, SYSTEM, USER, ENVIRONMENT_LEVEL or COMMAND_LINE
    where: str = ""  # the file, the variable or the option

    def shown_value(self) -> str:
        if self.value is None:
            return "–"
        return mask_password(self.value) if self.key == "database" else self.value

    def shown_source(self) -> str:
        level = translate("Config", LEVEL_NAMES[self.level])
        return f"{level} {self.where}" if self.where else level


@dataclass(frozen=True)
class Settings:
    """The settings in force, each with where it came from, and the files that were looked at."""

    settings: dict[str, Setting]
    files: tuple[tuple[str, Path], ...]  # (SYSTEM or USER, path), found or not

    def __getitem__(self, key: str) -> Setting:
        return self.settings[key]

    @property
    def database(self) -> str:
        return self.settings["database"].value or paths.default_database_url()

    @property
    def language(self) -> str:
        return self.settings["language"].value or SOURCE_LANGUAGE

    @property
    def wall_board(self) -> str | None:
        return self.settings["wall_board"].value

    @property
    def pdf_archive(self) -> Path | None:
        value = self.settings["pdf_archive"].value
        return Path(value) if value else None

    def with_command_line(self, **values: str | None) -> Settings:
        """These settings with the command line's own values (None: not given) on top."""
        settings = dict(self.settings)
        for key, value in values.items():
            if value:
                settings[key] = Setting(
                    key, _checked(key, value, OPTIONS[key]), COMMAND_LINE, OPTIONS[key]
                )
        return replace(self, settings=settings)

    def lines(self) -> list[str]:
        """`leanboard config show`: one line per setting, then the files read."""
        width = max(len(key) for key in KEYS)
        shown = [(key, self.settings[key].shown_value()) for key in KEYS]
        value_width = max(len(value) for _, value in shown)
        out = [
            f"{key:<{width}}  {value:<{value_width}}  ({self.settings[key].shown_source()})"
            for key, value in shown
        ]
        for level, path in self.files:
            state = (
                translate("Config", "luettu") if path.is_file() else translate("Config", "ei ole")
            )
            name = translate("Config", LEVEL_NAMES[level])
            out.append(f"{name}: {path} ({state})")
        return out


def system_file(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if override := environ.get(SYSTEM_FILE_ENV):
        return Path(override)
    if sys.platform == "win32":
        base = environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "LeanBoard" / FILE_NAME
    return Path("/etc/leanboard") / FILE_NAME


def user_file(environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if override := environ.get(USER_FILE_ENV):
        return Path(override)
    if sys.platform == "win32":
        base = Path(environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
        return base / "LeanBoard" / FILE_NAME
    base = Path(environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "leanboard" / FILE_NAME


def load(environ: Mapping[str, str] | None = None) -> Settings:
    """Defaults, then the system file, the user's file and the environment (ConfigError when
    a file or value cannot be used). The command line goes on top with with_command_line."""
    environ = os.environ if environ is None else environ
    defaults = {"database": paths.default_database_url(), "language": SOURCE_LANGUAGE}
    settings = {key: Setting(key, defaults.get(key), DEFAULT) for key in KEYS}
    files = ((SYSTEM, system_file(environ)), (USER, user_file(environ)))
    for level, path in files:
        for key, value in read_file(path).items():
            settings[key] = Setting(key, value, level, str(path))
    for key, variable in ENVIRONMENT.items():
        if value := environ.get(variable, "").strip():
            settings[key] = Setting(
                key, _checked(key, value, variable), ENVIRONMENT_LEVEL, variable
            )
    return Settings(settings, files)


def read_file(path: Path) -> dict[str, str]:
    """The settings in one file ({} when there is none)."""
    try:
        # utf-8-sig: Windows editors may start the file with a byte-order mark, which TOML
        # itself does not allow.
        data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        return {}
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(
            translate("Config", "Asetustiedosto {file} ei ole kelvollista TOMLia: {reason}").format(
                file=path, reason=error
            )
        ) from error
    except OSError as error:
        raise ConfigError(
            translate("Config", "Asetustiedostoa {file} ei voi lukea: {reason}").format(
                file=path, reason=error.strerror or error
            )
        ) from error
    values = {}
    for key, value in data.items():
        if key not in KEYS:
            raise ConfigError(
                translate(
                    "Config",
                    "Asetustiedostossa {file} on tuntematon asetus {key} (sallitut: {keys}).",
                ).format(file=path, key=key, keys=", ".join(KEYS))
            )
        if not isinstance(value, str):
            raise ConfigError(
                translate(
                    "Config", "Asetustiedostossa {file} asetuksen {key} arvon pitää olla teksti."
                ).format(file=path, key=key)
            )
        values[key] = _checked(key, value, f"{path}: {key}")
    return values


def _checked(key: str, value: str, where: str) -> str:
    value = value.strip()
    if not value:
        raise ConfigError(translate("Config", "Asetus {where} on tyhjä.").format(where=where))
    if key == "language" and value not in LANGUAGES:
        raise ConfigError(
            translate(
                "Config", "Asetus {where}: kieli {value} ei ole mikään näistä: {languages}."
            ).format(where=where, value=value, languages=", ".join(LANGUAGES))
        )
    if key == "pdf_archive":
        value = os.path.expanduser(os.path.expandvars(value))
    return value


# A password in a URL's user part (up to the authority's last "@": a password may hold / or @)
# and a libpq-style "password=…" (a URL's query, or a connection string in a driver's message).
_URL_PASSWORD = re.compile(
    r"(?P<head>\b[a-z][a-z0-9+.\-]*://[^:/@\s]*:)[^\s]*?(?=@[^@\s]*(?:$|[/?\s'\"]))", re.I
)
_KEYWORD_PASSWORD = re.compile(
    r"(?P<head>\bpassword\s*=\s*)(?:'(?:[^'\\]|\\.)*'|[^&#\s'\"]*)", re.I
)


def mask_password(text: str) -> str:
    """`text` — a URL, or a message that may quote one (a driver's error, a dialog's text) —
    with every password replaced by ***: in a URL's user part (`user:secret@host`) and in a
    `password=` parameter. Everything else stays as written."""
    text = _URL_PASSWORD.sub(lambda m: m.group("head") + PASSWORD_MASK, text)
    return _KEYWORD_PASSWORD.sub(lambda m: m.group("head") + PASSWORD_MASK, text)


# --- the user's file, written by the desktop window's language menu --------------------------


def toml_string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, plus DEL, which TOML wants escaped."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def save_user_setting(key: str, value: str, environ: Mapping[str, str] | None = None) -> Path:
    """Set one key in the user's file, keeping its other lines (and comments) as they are."""
    if key not in KEYS:
        raise ValueError(key)
    path = user_file(environ)
    read_file(path)  # refuse to edit a file that is broken: the user must see why first
    _checked(key, value, key)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    line = f"{key} = {toml_string(value)}"
    pattern = re.compile(rf"^\s*{key}\s*=")
    if any(pattern.match(old) for old in lines):
        lines = [line if pattern.match(old) else old for old in lines]
    else:
        lines.append(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    temporary.replace(path)
    return path


# --- the settings in force in this process (set by the command line at start) ----------------

_in_force: Settings | None = None


def set_in_force(settings: Settings) -> None:
    global _in_force
    _in_force = settings


def in_force() -> Settings:
    """What cli.main loaded; the files and environment read now when started otherwise."""
    return _in_force if _in_force is not None else load()

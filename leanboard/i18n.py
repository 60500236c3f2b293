"""The chosen language and its translations, for Qt and for code that may not use Qt.

There is ONE set of translations. Translators edit resources/translations/leanboard_<lang>.ts
(kept up to date by packaging/update_translations.sh, pyside6-lupdate); the build compiles them
into leanboard_<lang>.qm inside the package (setup.py), and the program reads only those: Qt
through QTranslator (app.py), and the Qt-free layers — PDFs, the command line, service
messages — through the small .qm reader below. So a checkout, a wheel and a PyInstaller bundle
speak the same words everywhere, and the command line and the reports never load Qt (the
import-linter contracts keep Qt out of domain, store, services and reports; an installed Qt
runtime is not needed to print a PDF from a scheduler).

lupdate extracts calls by the function's name, so `translate("Context", "teksti")` and
`QT_TRANSLATE_NOOP("Context", "teksti")` below are found just like QCoreApplication.translate.
Finnish is the source language: in Finnish every text is returned as written.
"""

from __future__ import annotations

import struct
from functools import cache
from pathlib import Path

LANGUAGES = ("fi", "sv", "en")
SOURCE_LANGUAGE = "fi"

_current = SOURCE_LANGUAGE


class TranslationMissing(Exception):
    """The compiled translation of a language is not installed (or not readable)."""

    def __init__(self, lang: str, path: Path, why: str = "") -> None:
        # Not translated: the file that would translate it is what is missing. Trilingual like
        # the Kieli / Språk / Language menu, so that whoever reads it finds their words.
        super().__init__(
            f"käännöstiedosto puuttuu / översättningsfil saknas / translation file missing "
            f"({lang}): {path}{f' ({why})' if why else ''}. "
            "Asenna LeanBoard uudelleen / Installera om LeanBoard / Reinstall LeanBoard."
        )
        self.lang = lang
        self.path = path


def translations_dir() -> Path:
    from leanboard import paths

    return paths.resources_dir() / "translations"


def qm_file(lang: str) -> Path:
    return translations_dir() / f"leanboard_{lang}.qm"


def set_language(lang: str) -> None:
    """Choose the language of every later translate(); its .qm is read now, so that a missing
    file stops the program at start (TranslationMissing) instead of leaving it in Finnish."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"Tuntematon kieli: {lang}")
    _table(lang)
    _current = lang


def language() -> str:
    return _current


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for lupdate under `context`; translated where it is shown."""
    return text


# --- the .qm format (qtbase src/corelib/kernel/qtranslator.cpp) ------------------------------
# A magic number, then sections: a tag byte, a big-endian 32-bit length, the data. The
# Messages section holds one record per message: tagged fields up to an End tag. lrelease's
# default mode (SaveEverything) writes each message's source text, context and comment, so
# the table needs no hashing. tests/unit/test_translations.py compares every message with what
# QTranslator answers.
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
SECTION_MESSAGES = 0x69
TAG_END = 1
TAG_TRANSLATION = 3  # UTF-16BE; one per plural form
TAG_OBSOLETE1 = 5  # four bytes, ignored
TAG_SOURCE = 6  # UTF-8
TAG_CONTEXT = 7  # UTF-8
TAG_COMMENT = 8  # UTF-8 (lupdate's disambiguation)
NULL_STRING = 0xFFFFFFFF


def read_qm(data: bytes) -> dict[tuple[str, str], list[str]]:
    """(context, source text) → its translations (several for a plural message)."""
    if not data.startswith(QM_MAGIC):
        raise ValueError("not a .qm file")
    table: dict[tuple[str, str], list[str]] = {}
    at = len(QM_MAGIC)
    while at < len(data):
        tag, length = struct.unpack_from(">BI", data, at)
        at += 5
        if tag == SECTION_MESSAGES:
            _read_messages(data[at : at + length], table)
        at += length
    return table


def _read_messages(data: bytes, table: dict[tuple[str, str], list[str]]) -> None:
    at = 0
    translations: list[str] = []
    source = context = ""
    while at < len(data):
        tag = data[at]
        at += 1
        if tag == TAG_END:
            if translations and any(translations):
                table.setdefault((context, source), translations)
            translations, source, context = [], "", ""
        elif tag == TAG_OBSOLETE1:
            at += 4
        elif tag in (TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT):
            (length,) = struct.unpack_from(">I", data, at)
            at += 4
            if length == NULL_STRING:
                continue
            raw = data[at : at + length]
            at += length
            if tag == TAG_TRANSLATION:
                translations.append(raw.decode("utf-16-be"))
            elif tag == TAG_SOURCE:
                source = raw.decode("utf-8")
            elif tag == TAG_CONTEXT:
                context = raw.decode("utf-8")
        else:
            raise ValueError(f"unknown tag {tag} in the messages")


@cache
def _table(lang: str) -> dict[tuple[str, str], list[str]]:
    path = qm_file(lang)
    try:
        return read_qm(path.read_bytes())
    except FileNotFoundError as error:
        raise TranslationMissing(lang, path) from error
    except (OSError, ValueError, struct.error, UnicodeDecodeError) as error:
        raise TranslationMissing(lang, path, str(error)) from error


def translate(context: str, text: str, lang: str | None = None) -> str:
    """`text` (Finnish) in the chosen language, as QTranslator gives it; Finnish when the
    message has no translation. A plural message gives its last (plural) form."""
    chosen = lang or _current
    if chosen == SOURCE_LANGUAGE:
        return text
    forms = _table(chosen).get((context, text))
    return forms[-1] if forms else text


def reload() -> None:
    """Forget the .qm files read (after the build wrote them anew)."""
    _table.cache_clear()

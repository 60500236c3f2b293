"""The chosen language and translations for code that may not use Qt (reports, domain names).

There is ONE set of translations: resources/translations/leanboard_<lang>.ts, kept up to date
by packaging/update_translations.sh (pyside6-lupdate) and compiled to .qm for Qt's
QTranslator. Qt-free code reads the same .ts XML here, with xml.etree at first use, so the
weekly PDF and the wall board say the same words.

lupdate extracts calls by the function's name, so `translate("Context", "teksti")` and
`QT_TRANSLATE_NOOP("Context", "teksti")` below are found just like QCoreApplication.translate.
Finnish is the source language: in Finnish every text is returned as written.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

LANGUAGES = ("fi", "sv", "en")
SOURCE_LANGUAGE = "fi"
SETTINGS_KEY = "language"  # the QSettings value the desktop window's Kieli menu writes

_current = SOURCE_LANGUAGE


def translations_dir() -> Path:
    from leanboard import paths

    return paths.resources_dir() / "translations"


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"Tuntematon kieli: {lang}")
    _current = lang


def language() -> str:
    return _current


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks `text` for lupdate under `context`; translated where it is shown."""
    return text


@cache
def _table(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation, from leanboard_<lang>.ts (empty if missing)."""
    file = translations_dir() / f"leanboard_{lang}.ts"
    if not file.is_file():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source")
            if translation is None or source is None or translation.get("type"):
                continue  # unfinished, vanished or obsolete: fall back to Finnish
            text = translation.text
            if text is None:
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = forms[-1] if forms else None
            if text:
                table[(name, source)] = text
    return table


def translate(context: str, text: str, lang: str | None = None) -> str:
    """`text` (Finnish) in the chosen language; Finnish when no finished translation exists."""
    chosen = lang or _current
    if chosen == SOURCE_LANGUAGE:
        return text
    return _table(chosen).get((context, text), text)


def reload() -> None:
    """Forget parsed .ts files (after update_translations.sh rewrote them)."""
    _table.cache_clear()

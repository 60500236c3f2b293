"""The desktop window's "Kieli / Språk / Language" menu: saves the choice for the next start.

The menu's title and entries are written in all three languages on purpose: someone who
opened the program in a language they do not read must still find the way back. Widgets are
built with the language once; rather than re-translating every open window, the choice is
written to the user's settings file (`language` in leanboard.toml, config.py) and applied at
the next start, which the confirmation says. The file holds one line per setting: writing it
is as quick as the QSettings write it replaces.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from leanboard import config, i18n
from leanboard.ui.common import msgbox

MENU_TITLE = "Kieli / Språk / Language"
LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
# Shown in the language just chosen, so the person who chose it can read it.
RESTART_NOTE = {
    "fi": "Kieli vaihtuu, kun LeanBoard käynnistetään seuraavan kerran.",
    "sv": "Språket byts när LeanBoard startas nästa gång.",
    "en": "The language changes the next time LeanBoard starts.",
}


def add_language_menu(parent: QWidget, menu_bar_menu: QMenu) -> QActionGroup:
    """Fill `menu_bar_menu` with one checkable action per language; returns their group."""
    menu_bar_menu.setTitle(MENU_TITLE)
    group = QActionGroup(parent)
    current = i18n.language()
    for code, name in LANGUAGE_NAMES.items():
        action = QAction(name, parent)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: choose_language(parent, c))
        group.addAction(action)
        menu_bar_menu.addAction(action)
    return group


def choose_language(parent: QWidget, code: str) -> None:
    try:
        config.save_user_setting("language", code)
    except config.ConfigError as error:  # the file is broken: say where, change nothing
        msgbox.error(parent, MENU_TITLE, str(error))
        return
    except OSError as error:
        text = i18n.translate("Config", "Asetustiedostoon {file} ei voi kirjoittaa: {reason}")
        msgbox.error(
            parent,
            MENU_TITLE,
            text.format(file=config.user_file(), reason=error.strerror or error),
        )
        return
    msgbox.information(parent, MENU_TITLE, RESTART_NOTE[code])

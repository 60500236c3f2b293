"""The wall's on-screen keyboard: typing by touch, with the Finnish and Swedish å ä ö.

A wall screen has no keyboard, yet it asks for text: the quick idea a mood below 8 prompts,
an answer to an escalated problem, the note of an escalation. When a text field of the wall
(or of a card over it) takes focus, this keyboard docks along the bottom of the wall window;
the card with the field moves up so the keyboard never covers the field; "Piilota" or
leaving the field hides it.

Why our own and not Qt Virtual Keyboard: that module is in PySide6-Addons (a second wheel of
its own, to be pinned in lockstep with PySide6-Essentials, which stays below 6.12), it is
licensed GPLv3 or commercial only — not LGPL like the Qt modules LeanBoard ships — and it is
a Qt Quick input panel: the bundle would need Qt Quick, QML and the keyboard's plugin and
layouts, and `QT_IM_MODULE=qtvirtualkeyboard` set before the application starts; in a widgets
program it opens as a window of its own anyway. Ours is a few hundred lines of widgets, the
same on a Windows and a Linux kiosk and offscreen, and adds nothing to the bundle.

The keys type by sending real key events to the field (QLineEdit and QPlainTextEdit handle
them as if typed): letters with their text, ⌫ as Backspace, ↵ as Return. The keyboard is a
frameless tool window that never takes focus, so the field keeps its cursor; it is made a
child of the card being typed in, because a card is window-modal and would block input to
any other window of the wall.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from leanboard.ui.common import theme
from leanboard.ui.common.card import font
from leanboard.ui.common.theme import Scale

# The Finnish/Swedish (SFS 5966) layout's letter rows, and what Shift gives on the others.
ROWS = (
    "1234567890+",
    "qwertyuiopå",
    "asdfghjklöä",
    "zxcvbnm,.-",
)
SHIFTED = {
    "1": "!",
    "2": '"',
    "3": "#",
    "4": "¤",
    "5": "%",
    "6": "&",
    "7": "/",
    "8": "(",
    "9": ")",
    "0": "=",
    "+": "?",
    ",": ";",
    ".": ":",
    "-": "_",
}
KEY_GAP = 8
MAX_KEY_WIDTH = 132  # on a wide screen the keys stay within reach of one person
FIELD_MARGIN = 16  # room between the field and the keyboard's top edge

TextField = QLineEdit | QPlainTextEdit | QTextEdit


def is_text_field(widget: QWidget | None) -> bool:
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return False


class OnScreenKeyboard(QWidget):
    """Four rows of keys and a row of Shift, space, ⌫, ↵ and Piilota."""

    hide_requested = Signal()

    def __init__(self, scale: Scale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("onScreenKeyboard")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        key_h = max(64, scale.touch_px)
        self.setStyleSheet(
            "QWidget#onScreenKeyboard { background: #2b3a4a; }"
            f"QPushButton {{ background: {theme.PANEL}; color: {theme.INK}; border: none;"
            " border-radius: 8px; }"
            "QPushButton:pressed { background: #9ec1e6; }"
            f"QPushButton#wideKey {{ background: #c9d3dd; color: {theme.INK}; }}"
            f"QPushButton#wideKey:checked {{ background: {theme.ACCENT}; color: white; }}"
        )
        self.target: TextField | None = None
        self.shifted = False
        self.keys: dict[str, QPushButton] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(KEY_GAP * 2, KEY_GAP * 2, KEY_GAP * 2, KEY_GAP * 2)
        outer.setSpacing(KEY_GAP)
        grid = QGridLayout()
        grid.setSpacing(KEY_GAP)
        columns = max(len(r) for r in ROWS)
        for row, keys in enumerate(ROWS):
            # Each row a half key further right, as on a real keyboard (grid of half keys).
            offset = row if row < 3 else 2
            for index, key in enumerate(keys):
                button = self._key(key, key_h, scale)
                button.clicked.connect(lambda _=False, k=key: self.type_key(k))
                grid.addWidget(button, row, offset + index * 2, 1, 2)
                self.keys[key] = button
        for column in range(columns * 2 + 2):
            grid.setColumnStretch(column, 1)
        outer.addLayout(grid)

        bottom = QHBoxLayout()
        bottom.setSpacing(KEY_GAP)
        self.shift_key = self._wide(self.tr("⇧ Vaihto"), key_h, scale)
        self.shift_key.setCheckable(True)
        self.shift_key.clicked.connect(self.toggle_shift)
        self.space_key = self._wide(self.tr("välilyönti"), key_h, scale)
        self.space_key.clicked.connect(lambda: self.type_key(" "))
        self.backspace_key = self._wide("⌫", key_h, scale)
        self.backspace_key.setAccessibleName(self.tr("Poista merkki"))
        self.backspace_key.clicked.connect(lambda: self.press(Qt.Key.Key_Backspace))
        self.enter_key = self._wide(self.tr("↵ Enter"), key_h, scale)
        self.enter_key.clicked.connect(lambda: self.press(Qt.Key.Key_Return))
        self.hide_key = self._wide(self.tr("⌄ Piilota"), key_h, scale)
        self.hide_key.clicked.connect(self.hide_requested)
        for button, stretch in (
            (self.shift_key, 2),
            (self.space_key, 8),
            (self.backspace_key, 2),
            (self.enter_key, 2),
            (self.hide_key, 2),
        ):
            bottom.addWidget(button, stretch)
        outer.addLayout(bottom)
        self.keys[" "] = self.space_key
        self.show_case()

    def _key(self, text: str, height: int, scale: Scale) -> QPushButton:
        button = QPushButton(text, self)
        button.setFont(font(scale.heading_px, bold=False))
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(64, height)
        button.setMaximumWidth(MAX_KEY_WIDTH)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setAutoRepeat(False)
        return button

    def _wide(self, text: str, height: int, scale: Scale) -> QPushButton:
        button = self._key(text, height, scale)
        button.setObjectName("wideKey")
        button.setFont(font(scale.body_px, bold=True))
        button.setMaximumWidth(16_777_215)
        return button

    def preferred_height(self) -> int:
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        rows = len(ROWS) + 1
        key_h = self.space_key.minimumHeight()
        return rows * key_h + (rows - 1) * KEY_GAP + margins.top() + margins.bottom()

    # ---- typing
    def text_of(self, key: str) -> str:
        if not self.shifted:
            return key
        return SHIFTED.get(key, key.upper())

    def type_key(self, key: str) -> None:
        text = self.text_of(key)
        self.press(Qt.Key.Key_unknown, text)
        if self.shifted:  # one capital, as on a phone
            self.shifted = False
            self.show_case()

    def press(self, key: Qt.Key, text: str = "") -> None:
        """A key press and release on the field, as a physical keyboard would send them."""
        target = self.target
        if target is None or not isValid(target):
            return
        code = key
        if text and key == Qt.Key.Key_unknown and len(text) == 1:
            code = Qt.Key(ord(text.upper())) if text.isascii() and text.isalnum() else key
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, text)
            QApplication.sendEvent(target, event)

    def toggle_shift(self) -> None:
        self.shifted = not self.shifted
        self.show_case()

    def show_case(self) -> None:
        self.shift_key.setChecked(self.shifted)
        for key, button in self.keys.items():
            if key != " ":
                button.setText(self.text_of(key))


class KeyboardDock(QObject):
    """Shows the keyboard when a text field of `window` or of a card over it takes focus,
    docked along the bottom of the window, and moves the card up if it would be covered."""

    def __init__(self, window: QWidget, scale: Scale) -> None:
        super().__init__(window)
        self._window = window
        self.keyboard = OnScreenKeyboard(scale, window)
        self.keyboard.hide_requested.connect(self.hide)
        self._moved: dict[QWidget, QPoint] = {}  # cards moved up, and where they were
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        app.installEventFilter(self)  # a tap on the field shows a hidden keyboard again

    @property
    def shown(self) -> bool:
        return self.keyboard.isVisible()

    def belongs(self, widget: QWidget) -> bool:
        """The widget is on the wall window or on a card opened over it."""
        top: QWidget | None = widget.window()
        while top is not None:
            if top is self._window:
                return True
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self._window) or not isValid(self.keyboard):
            return
        keyboard = self.keyboard
        if QApplication.activeWindow() is keyboard:
            # A platform that activates it anyway (offscreen does): give the card back its
            # activation, so the field keeps the cursor.
            target = keyboard.target
            if target is not None and isValid(target):
                target.window().activateWindow()
            return
        if new is not None and is_text_field(new) and self.belongs(new):
            self.show_for(new)  # type: ignore[arg-type]
        elif self.shown and new is not None:
            self.hide()  # the person went on to a button or another part of the board

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            # A tap on a field shows the keyboard for it (also after "Piilota").
            field: QWidget = watched
            above = field.parentWidget()
            if not is_text_field(field) and isinstance(above, QPlainTextEdit | QTextEdit):
                field = above  # the viewport of a multi-line field
            if is_text_field(field) and self.belongs(field):
                self.show_for(field)  # type: ignore[arg-type]
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog) and self.belongs(watched):
            # A card opening with its cursor in a field: the field has taken focus, even where
            # the platform has not activated the card yet (a kiosk without a window manager).
            card = watched
            QTimer.singleShot(0, lambda: self._card_shown(card))
        return False

    def _card_shown(self, card: QDialog) -> None:
        if not isValid(card) or not card.isVisible():
            return
        field = card.focusWidget()
        if field is not None and is_text_field(field):
            self.show_for(field)  # type: ignore[arg-type]

    def show_for(self, field: TextField) -> None:
        keyboard = self.keyboard
        keyboard.target = field
        card = field.window()
        # A child of the card the field is on: a window-modal card blocks every other window.
        owner = card if card is not self._window else self._window
        if keyboard.parentWidget() is not owner:
            keyboard.setParent(owner, keyboard.windowFlags())
            if isinstance(owner, QDialog):  # back to the wall before the card is deleted
                owner.finished.connect(self._card_closed)
        wall = self._window.geometry()
        height = keyboard.preferred_height()
        keyboard.setGeometry(QRect(wall.left(), wall.bottom() + 1 - height, wall.width(), height))
        keyboard.show()
        if card is not self._window:
            self._lift(card, field, keyboard.geometry().top())

    def _lift(self, card: QWidget, field: QWidget, keyboard_top: int) -> None:
        """Move the card up until it clears the keyboard — its buttons too, where the screen
        has the height — and at least until the field does (never above the window)."""
        top_limit = self._window.geometry().top()
        whole = keyboard_top - FIELD_MARGIN - card.frameGeometry().height()
        if whole >= top_limit:
            target = min(card.y(), whole)
        else:
            bottom = field.mapToGlobal(QPoint(0, field.height())).y()
            target = max(top_limit, card.y() - max(0, bottom + FIELD_MARGIN - keyboard_top))
        if target != card.y():
            self._moved.setdefault(card, card.pos())
            card.move(card.x(), target)

    def _card_closed(self, _result: int = 0) -> None:
        self.hide()

    def hide(self) -> None:
        keyboard = self.keyboard
        if not isValid(keyboard):
            return
        keyboard.hide()
        keyboard.target = None
        keyboard.shifted = False
        keyboard.show_case()
        if keyboard.parentWidget() is not self._window and isValid(self._window):
            keyboard.setParent(self._window, keyboard.windowFlags())
        for card, position in list(self._moved.items()):
            if isValid(card) and card.isVisible():
                card.move(position)
        self._moved.clear()

    def covers(self, widget: QWidget) -> bool:
        """Whether the keyboard, as shown now, covers any part of `widget` (tests ask)."""
        if not self.shown:
            return False
        rect = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        return rect.intersects(self.keyboard.geometry())

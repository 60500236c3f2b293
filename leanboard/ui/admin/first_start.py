"""First start on an empty database: create the first board, or — only when asked — the demo.

The demo is never loaded by itself: a real database must not fill up with made-up wards. The
button says plainly which database it fills.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leanboard.domain.errors import DatabaseUnavailable, ValidationError
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.common import msgbox, theme
from leanboard.ui.common.ops import op

KINDS = (
    ("team", "Tiimi tai osasto"),
    ("unit", "Yksikkö"),
    ("area", "Palvelualue"),
    ("organisation", "Organisaatio"),
)


class FirstStartDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.created: BoardInfo | None = None
        self.demo_loaded = False
        self.setWindowTitle(self.tr("Tervetuloa LeanBoardiin"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Tietokannassa ei ole vielä yhtään taulua:\n%1").replace(
                "%1", services.database_label
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        create = QGroupBox(self.tr("Luo ensimmäinen taulu"), self)
        form = QFormLayout(create)
        self.name_edit = QLineEdit(create)
        self.name_edit.setPlaceholderText(self.tr("esim. Osasto 3, kotihoito"))
        self.code_edit = QLineEdit(create)
        self.code_edit.setPlaceholderText(self.tr("esim. OS3 (lyhyt, yksilöllinen)"))
        self.kind_combo = QComboBox(create)
        for value, label in KINDS:
            self.kind_combo.addItem(self.tr(label), value)
        form.addRow(self.tr("Nimi"), self.name_edit)
        form.addRow(self.tr("Tunnus"), self.code_edit)
        form.addRow(self.tr("Taso"), self.kind_combo)
        self.error_label = QLabel(create)
        self.error_label.setStyleSheet(f"color: {theme.RED};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        form.addRow(self.error_label)
        self.create_button = QPushButton(self.tr("Luo taulu"), create)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_board)
        form.addRow(self.create_button)
        layout.addWidget(create)

        demo = QGroupBox(self.tr("Tai kokeile esittelyaineistolla"), self)
        demo_layout = QVBoxLayout(demo)
        warning = QLabel(
            self.tr(
                "Lataa esittelyaineisto TÄHÄN tietokantaan: kuvitteellinen kuntayhtymä, "
                "sen yksiköt ja 12 viikon historia. Älä valitse tätä tietokannassa, johon on "
                "tarkoitus kirjata oikeita tietoja."
            ),
            demo,
        )
        warning.setWordWrap(True)
        demo_layout.addWidget(warning)
        self.demo_button = QPushButton(self.tr("Lataa esittelyaineisto tähän tietokantaan"), demo)
        self.demo_button.clicked.connect(self.load_demo)
        demo_layout.addWidget(self.demo_button)
        layout.addWidget(demo)

        self.quit_button = QPushButton(self.tr("Lopeta"), self)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(self.quit_button)

    def create_board(self) -> None:
        boards = self._services.boards
        code, name = self.code_edit.text(), self.name_edit.text()
        kind = str(self.kind_combo.currentData())
        op(self, lambda: boards.create_board(code, name, kind)).busy(self.create_button).done(
            self._created
        ).failed(self._not_created).title(self.tr("Taulua ei luotu")).run()

    def _created(self, board: BoardInfo) -> None:
        self.created = board
        self.accept()

    def _not_created(self, error: BaseException) -> bool:
        if isinstance(error, ValidationError):
            field = self.code_edit if error.field == "code" else self.name_edit
            self.error_label.setText(f"✖ {error.message}")
            self.error_label.show()
            field.setFocus()
            return True
        if isinstance(error, DatabaseUnavailable):
            self.error_label.setText(f"✖ {error}")
            self.error_label.show()
            return True
        return False

    def load_demo(self) -> None:
        question = self.tr(
            "Ladataanko esittelyaineisto tietokantaan %1?\n\nSe lisää kuvitteellisia tauluja "
            "ja tietoja, jotka jäävät tietokantaan."
        ).replace("%1", self._services.database_label)
        if not msgbox.ask(self, self.tr("Lataa esittelyaineisto"), question):
            return
        from leanboard.services.demo import seed_demo  # only when the user asks for it

        db = self._services.db
        op(self, lambda: seed_demo(db, "small")).busy(self.demo_button).done(
            self._demo_loaded
        ).title(self.tr("Esittelyaineistoa ei ladattu")).run()

    def _demo_loaded(self, _summary: object) -> None:
        self.demo_loaded = True
        self.accept()

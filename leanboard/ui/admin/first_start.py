"""First start on an empty database: create the first board, import the organisation's boards
from a CSV file, or — only when asked — try the demo.

It speaks to a person starting out, not to IT: where the data is kept is said in words (this
computer, or a shared database on a named server), never as a database address. The demo is
never loaded by itself: a real database must not fill up with made-up wards.
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

from leanboard.domain.enums import BoardKind
from leanboard.domain.errors import DatabaseUnavailable, ValidationError
from leanboard.domain.presentation import BOARD_KIND_NAMES
from leanboard.services import Services
from leanboard.services.dto import BoardInfo
from leanboard.ui.admin.import_csv import CsvImport
from leanboard.ui.common import msgbox, theme
from leanboard.ui.common.ops import op

# The first board is most often a ward's or a team's; the tree can grow up and down later.
KINDS = (BoardKind.TEAM, BoardKind.UNIT, BoardKind.AREA, BoardKind.ORGANISATION)


class FirstStartDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.created: BoardInfo | None = None
        self.imported: object = None
        self.demo_loaded = False
        self.setWindowTitle(self.tr("Tervetuloa LeanBoardiin"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr("Tervetuloa! Tauluja ei ole vielä. Aloita yhdellä näistä:"))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.place_label = QLabel(self.place_text(), self)
        self.place_label.setWordWrap(True)
        self.place_label.setStyleSheet("color: #555;")
        layout.addWidget(self.place_label)

        create = QGroupBox(self.tr("1. Luo ensimmäinen taulu"), self)
        form = QFormLayout(create)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        hint = QLabel(
            self.tr("Esimerkiksi osastosi taulu; muut taulut lisäät myöhemmin Taulu-valikosta."),
            create,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.name_edit = QLineEdit(create)
        self.name_edit.setPlaceholderText(self.tr("esim. Osasto 3, kotihoito"))
        self.code_edit = QLineEdit(create)
        self.code_edit.setPlaceholderText(self.tr("esim. OS3 (lyhyt, yksilöllinen)"))
        self.kind_combo = QComboBox(create)
        for kind in KINDS:
            self.kind_combo.addItem(BOARD_KIND_NAMES[kind.value], kind.value)
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

        tree = QGroupBox(self.tr("2. Tuo koko organisaatio CSV-tiedostosta"), self)
        tree_layout = QVBoxLayout(tree)
        explain = QLabel(
            self.tr(
                "Rivi kullekin taululle: tunnus, nimi, ylemmän taulun tunnus (tyhjä ylimmällä) "
                "ja taso, esimerkiksi OS3;Osasto 3;KY;tiimi."
            ),
            tree,
        )
        explain.setWordWrap(True)
        tree_layout.addWidget(explain)
        self.import_button = QPushButton(self.tr("Valitse tiedosto ja tuo…"), tree)
        self.import_button.clicked.connect(lambda: self.import_tree())
        tree_layout.addWidget(self.import_button)
        layout.addWidget(tree)
        self.importer = CsvImport(services, self)
        self.importer.done.connect(self._imported)

        demo = QGroupBox(self.tr("3. Kokeile esittelyaineistolla"), self)
        demo_layout = QVBoxLayout(demo)
        warning = QLabel(
            self.tr(
                "Kuvitteellinen kuntayhtymä ja 12 viikon historia. Aineisto jää tähän "
                "tietokantaan: älä valitse tätä, jos siihen kirjataan oikeita tietoja."
            ),
            demo,
        )
        warning.setWordWrap(True)
        demo_layout.addWidget(warning)
        self.demo_button = QPushButton(self.tr("Lataa esittelyaineisto"), demo)
        self.demo_button.clicked.connect(self.load_demo)
        demo_layout.addWidget(self.demo_button)
        layout.addWidget(demo)

        self.quit_button = QPushButton(self.tr("Lopeta"), self)
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(self.quit_button)

    def place_text(self) -> str:
        """Where the boards will be kept, said to a person."""
        backend, name, host = self._services.database_place
        if backend == "sqlite":
            return self.tr(
                "Taulut tallentuvat tälle tietokoneelle (tiedosto %1). Jos useampi kone tai "
                "seinänäyttö käyttää samoja tauluja, pyydä ylläpitoa liittämään LeanBoard "
                "yhteiseen tietokantaan."
            ).replace("%1", name)
        return (
            self.tr(
                "Taulut tallentuvat yhteiseen tietokantaan %1 palvelimella %2: kaikki siihen "
                "liitetyt koneet näkevät samat taulut."
            )
            .replace("%1", name)
            .replace("%2", host)
        )

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

    def import_tree(self, path: str | None = None) -> bool:
        """Boards from a CSV file (all or nothing); the dialog closes once they are in."""
        return self.importer.import_tree(path)

    def _imported(self, summary: object) -> None:
        self.imported = summary
        self.accept()

    def load_demo(self) -> None:
        question = self.tr(
            "Ladataanko esittelyaineisto? Se lisää kuvitteellisia tauluja ja tietoja, jotka "
            "jäävät tähän tietokantaan."
        )
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

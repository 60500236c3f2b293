"""The four lists of one board as tabs, opened from the desktop window's Taulu menu."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from leanboard.services import Services
from leanboard.ui.common.lists import ItemListPanel
from leanboard.ui.goals.list import measure_spec
from leanboard.ui.ideas.list import idea_spec
from leanboard.ui.problems.list import problem_spec
from leanboard.ui.safety.list import safety_spec


class BoardListsDialog(QDialog):
    """The four lists of one board as tabs, opened from the main window's Taulu menu."""

    changed = Signal()

    def __init__(
        self, services: Services, board_id: int, board_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.board_id = board_id
        self.setWindowTitle(self.tr("Taulun sisältö — %1").replace("%1", board_name))
        self.resize(1200, 640)
        self.tabs = QTabWidget(self)
        self.panels: dict[str, ItemListPanel] = {}
        for spec in (idea_spec(), problem_spec(), safety_spec(), measure_spec()):
            panel = ItemListPanel(services, board_id, spec, self.tabs)
            panel.changed.connect(self.changed)
            self.tabs.addTab(panel, QCoreApplication.translate("Lists", spec.title))
            self.panels[spec.key] = panel
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def show_list(self, key: str) -> ItemListPanel:
        panel = self.panels[key]
        self.tabs.setCurrentWidget(panel)
        return panel

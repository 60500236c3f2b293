"""Board sections: one QWidget per section, each in its own module named after the section.

The contract every section follows: constructor `(services, scale, parent=None)`,
`show_snapshot(snapshot)` redraws from plain data, and a `changed` signal after a user action
so the board refreshes at once. Every section is a `Card` (ui/card.py) but the huddle timer,
a compact strip in the board's header; `section_class(name)` gives the class the board view
places for a section name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import SECTIONS
from leanboard.ui.theme import Scale

if TYPE_CHECKING:
    from leanboard.services import Services

__all__ = ["SECTIONS", "section_class", "section_title"]

# A section class, called as cls(services, scale, parent).
SectionFactory = Callable[["Services", Scale, QWidget | None], QWidget]


def section_title(name: str) -> str:
    """The section's Finnish heading (the words of DOMAIN.md's example board)."""
    titles = {
        "goals": QCoreApplication.translate("Sections", "Asiakaslähtöiset tavoitteet"),
        "mood": QCoreApplication.translate("Sections", "Työntekijöiden fiilis"),
        "ideas": QCoreApplication.translate("Sections", "Kehitysideat"),
        "sqdc": QCoreApplication.translate("Sections", "Ongelmat ja haasteet (SQDC)"),
        "safety": QCoreApplication.translate("Sections", "Turvallisuusristi"),
        "a3": QCoreApplication.translate("Sections", "A3-raportit"),
        "huddle": QCoreApplication.translate("Sections", "Päivittäispalaveri"),
        "rollup": QCoreApplication.translate("Sections", "Alaiset taulut"),
    }
    return titles.get(name, name)


def section_class(name: str) -> SectionFactory:
    """The widget class of section `name` (one of domain.enums.SECTIONS)."""
    # Imported here: each section module imports this one for its title.
    from leanboard.ui.sections.a3 import A3Panel
    from leanboard.ui.sections.goals import GoalsPanel
    from leanboard.ui.sections.huddle import HuddlePanel
    from leanboard.ui.sections.ideas import IdeasPanel
    from leanboard.ui.sections.mood import MoodPanel
    from leanboard.ui.sections.rollup import RollupPanel
    from leanboard.ui.sections.safety import SafetyCrossView
    from leanboard.ui.sections.sqdc import SqdcPanel

    classes: dict[str, SectionFactory] = {
        "goals": GoalsPanel,
        "mood": MoodPanel,
        "ideas": IdeasPanel,
        "sqdc": SqdcPanel,
        "safety": SafetyCrossView,
        "a3": A3Panel,
        "huddle": HuddlePanel,
        "rollup": RollupPanel,
    }
    return classes[name]

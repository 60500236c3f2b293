"""Board sections: one QWidget per section, each in its feature's folder (ui/mood/panel.py, …).

The contract every section follows: constructor `(services, scale, parent=None)`,
`show_snapshot(snapshot)` redraws from plain data, and a `changed` signal after a user action
so the board refreshes at once. Every section is a `Card` (ui/common/card.py) but the huddle
timer, a compact strip in the board's header; `section_class(name)` gives the class the board
view places for a section name.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import SECTIONS
from leanboard.ui.common.theme import Scale

if TYPE_CHECKING:
    from leanboard.services import Services

__all__ = ["SECTIONS", "section_class"]

# A section class, called as cls(services, scale, parent).
SectionFactory = Callable[["Services", Scale, QWidget | None], QWidget]


def section_class(name: str) -> SectionFactory:
    """The widget class of section `name` (one of domain.enums.SECTIONS)."""
    # Imported when first asked: the wall needs no desk-only modules at start.
    from leanboard.ui.a3.panel import A3Panel
    from leanboard.ui.goals.panel import GoalsPanel
    from leanboard.ui.huddle.panel import HuddlePanel
    from leanboard.ui.ideas.panel import IdeasPanel
    from leanboard.ui.mood.panel import MoodPanel
    from leanboard.ui.problems.panel import SqdcPanel
    from leanboard.ui.rollup.panel import RollupPanel
    from leanboard.ui.safety.cross import SafetyCrossView

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

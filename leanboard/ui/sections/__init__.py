"""Board sections: one QWidget per section, each in its own module named after the section.

The contract every section follows: constructor `(services, scale, parent=None)`,
`show_snapshot(snapshot)` redraws from plain data, and a `changed` signal after a user action
so the board refreshes at once. `section_class(name)` finds a section's widget class; the board
view asks it for each section it places.
"""

from __future__ import annotations

import importlib
import inspect

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from leanboard.domain.enums import SECTIONS

__all__ = ["SECTIONS", "section_class", "section_title"]


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
    }
    return titles.get(name, name)


def section_class(name: str) -> type[QWidget]:
    """The widget class of section `name`, from leanboard.ui.sections.<name>.

    A module may name its class in `SECTION`; otherwise the one QWidget subclass defined in it
    that has `show_snapshot` is taken.
    """
    module = importlib.import_module(f"{__name__}.{name}")
    named = getattr(module, "SECTION", None)
    if isinstance(named, type) and issubclass(named, QWidget):
        return named
    candidates = [
        cls
        for _, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, QWidget)
        and cls.__module__ == module.__name__
        and hasattr(cls, "show_snapshot")
    ]
    if len(candidates) > 1:  # helper widgets may redraw too; the section also signals
        candidates = [cls for cls in candidates if hasattr(cls, "changed")]
    if len(candidates) != 1:
        raise LookupError(f"section {name}: expected one section widget, found {candidates}")
    return candidates[0]

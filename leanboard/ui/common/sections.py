"""The sections' headings, shared by the board, its sections and the dialogs that name them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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

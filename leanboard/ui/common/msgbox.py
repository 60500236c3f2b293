"""The one place that shows message boxes, so tests can replace these functions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def information(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; True for yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def retry(parent: QWidget | None, title: str, text: str) -> bool:
    """A failure that may pass (the database away, a full disk freed): True to try again."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    again = box.addButton(
        QCoreApplication.translate("MessageBox", "Yritä uudelleen"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("MessageBox", "Peruuta"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(again)
    box.exec()
    return box.clickedButton() is again


def offer(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A result with one thing to do next beside closing ("Avaa PDF"): True when chosen."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    chosen = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        QCoreApplication.translate("MessageBox", "Sulje"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(chosen)
    box.exec()
    return box.clickedButton() is chosen

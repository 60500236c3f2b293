"""Errors the domain and services raise. Messages are Finnish: they reach the user as they are."""

from __future__ import annotations

from typing import Any


class LeanBoardError(Exception):
    """Base of every error the program expects and explains to the user."""


class ValidationError(LeanBoardError):
    """Input refused. `field` names the field so the UI can show the message beside it."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ImportRefused(LeanBoardError):
    """A whole file refused: every bad row with its number and reason. Nothing was stored."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        self.problems = problems
        lines = "; ".join(f"rivi {row}: {reason}" for row, reason in problems[:20])
        more = f" (ja {len(problems) - 20} muuta)" if len(problems) > 20 else ""
        super().__init__(f"Tiedostoa ei tuotu, {len(problems)} virheellistä riviä: {lines}{more}")


class ImportCancelled(LeanBoardError):
    """The user cancelled an import before it finished. Nothing was stored."""

    def __init__(self) -> None:
        super().__init__("Tuonti peruttiin: mitään ei tallennettu.")


class NotFound(LeanBoardError):
    pass


class ConflictError(LeanBoardError):
    """Someone else saved the item meanwhile. Carries their version so both can be shown."""

    def __init__(self, entity: str, entity_id: int, current: dict[str, Any]) -> None:
        super().__init__(
            "Joku muu on muuttanut tätä kohdetta sillä välin. Valitse kumpi versio jää."
        )
        self.entity = entity
        self.entity_id = entity_id
        self.current = current


class DatabaseUnavailable(LeanBoardError):
    pass

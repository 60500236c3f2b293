"""The change watcher for the UI, which may not import the store itself (import-linter)."""

from __future__ import annotations

from leanboard.services import Services
from leanboard.store.watcher import SQLITE_POLL_SECONDS, ChangeEvent, ChangeWatcher

__all__ = [
    "SQLITE_POLL_SECONDS",
    "ChangeEvent",
    "ChangeWatcher",
    "is_shared_server",
    "watch_changes",
]


def watch_changes(services: Services, *, fallback_interval: float = 10.0) -> ChangeWatcher:
    """A Qt-free watcher of the services' database: subscribe, then call poll() from a timer."""
    return ChangeWatcher(services.db, fallback_interval=fallback_interval)


def is_shared_server(services: Services) -> bool:
    """True for PostgreSQL, whose notifications arrive on a socket the UI can watch."""
    return services.db.backend == "postgresql"

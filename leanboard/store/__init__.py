"""Persistence: SQLAlchemy 2 models, engine set-up, unit of work and the change watcher (no Qt)."""

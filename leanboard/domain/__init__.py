"""Plain-Python domain: enums, rules, validation and errors (no Qt, no SQLAlchemy)."""

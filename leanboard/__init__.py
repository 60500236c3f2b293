"""LeanBoard: Lean daily-management boards for Finnish health and social care."""

__version__ = "0.1.0"

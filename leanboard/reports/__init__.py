"""Printed reports built with reportlab from service-layer data (no Qt, runs headless)."""

"""The embedded fonts every report uses: DejaVu Sans, shipped in resources/fonts.

reportlab's built-in Helvetica has no glyph for many characters (it draws a black square
silently) and is not embedded, so every piece of text goes through these TrueType fonts,
loaded from the bundle and never from the system.
"""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from leanboard.paths import resources_dir

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def register_fonts() -> None:
    """Register the fonts once per process (reportlab keeps them in a global registry)."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / file)))
    # Paragraph markup (<b>) finds the bold face through the family mapping.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)

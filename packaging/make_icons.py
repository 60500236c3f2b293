"""Render resources/icons/leanboard.svg into the icons the installers need (run once; committed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

packaging/leanboard.png (256 px) is the Linux desktop entry's icon; packaging/leanboard.ico
(16–256 px in one file) is the Windows program's and installer's icon. Qt's QSvgRenderer draws
each size from the vector (crisper small sizes than scaling one bitmap down); Pillow, already
installed as a reportlab dependency, packs them into the .ico, which Qt's ICO writer cannot do.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "leanboard.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # The stubs want bytes for the format; PySide6 6.11 itself accepts only str.
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return Image.open(io.BytesIO(bytes(buffer.data().data())))


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    images = {size: render(renderer, size) for size in ICO_SIZES}
    images[256].save(ROOT / "packaging" / "leanboard.png")
    images[256].save(
        ROOT / "packaging" / "leanboard.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES[:-1]],
    )
    print("wrote packaging/leanboard.png and packaging/leanboard.ico")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Draw Voimaa's application icon with Qt and write it as PNG and Windows .ico.

The design: two peers side by side (two heads, two shoulders leaning together into a "V")
in white on a warm green rounded square. Every size is drawn from vectors, so small sizes stay
crisp. The .ico holds PNG-compressed images (read by Windows Vista and later).

    python packaging/make_icon.py [OUTDIR]    # default: packaging/icon/
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
HERE = Path(__file__).resolve().parent
DEFAULT_DIR = HERE / "icon"


def _render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    p.scale(s, s)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 256))
    gradient.setColorAt(0.0, QColor("#3f9b6e"))
    gradient.setColorAt(1.0, QColor("#1f6b4a"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 52, 52)
    # Two heads.
    p.setBrush(QColor("#ffffff"))
    p.drawEllipse(QPointF(84, 78), 27, 27)
    p.setBrush(QColor("#ffe9a8"))
    p.drawEllipse(QPointF(172, 78), 27, 27)
    # Two shoulders leaning together: the strokes of a "V".
    pen = QPen(QColor("#ffffff"), 34, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    left = QPainterPath(QPointF(70, 130))
    left.quadTo(QPointF(96, 180), QPointF(128, 208))
    p.drawPath(left)
    pen.setColor(QColor("#ffe9a8"))
    p.setPen(pen)
    right = QPainterPath(QPointF(186, 130))
    right.quadTo(QPointF(160, 180), QPointF(128, 208))
    p.drawPath(right)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not write a PNG")
    buffer.close()
    return bytes(data.data())


def _ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO container of PNG images (ICONDIR, ICONDIRENTRY per image, then the images)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def make_icon(outdir: Path = DEFAULT_DIR) -> tuple[Path, Path]:
    """Write voimaa.png (256 px) and voimaa.ico into `outdir`; returns both paths."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: _render_png(size) for size in ICO_SIZES}
    outdir.mkdir(parents=True, exist_ok=True)
    png_path = outdir / "voimaa.png"
    ico_path = outdir / "voimaa.ico"
    png_path.write_bytes(pngs[256])
    ico_path.write_bytes(_ico(pngs))
    return png_path, ico_path


if __name__ == "__main__":
    for path in make_icon(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR):
        print(f"{path} ({path.stat().st_size} bytes)")

"""A round photo, or the person's initials on a colour derived from their name."""

from __future__ import annotations

import zlib
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPixmap

# Mid-saturation colours that carry white initials in both light and dark palettes.
_COLOURS = ("#3b6fb6", "#2f8a6b", "#8a5cb8", "#b5553c", "#4c7d2b", "#a3467a", "#2e7f93", "#80622a")


def initials(name: str) -> str:
    """``Ana Maria Silva`` -> ``AS``."""
    parts = [p for p in name.replace("-", " ").split() if p[:1].isalpha()]
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[-1][0]).upper()


def avatar_pixmap(
    name: str, size: int, photo_path: str | None = None, *, photo: QPixmap | None = None
) -> QPixmap:
    """A ``size`` x ``size`` round avatar at the screen's pixel ratio.

    The photo is ``photo`` if given, else the image file at ``photo_path`` if it exists,
    else the initials.
    """
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    circle = QPainterPath()
    circle.addEllipse(QRectF(0, 0, size, size))
    if photo is None or photo.isNull():
        photo = QPixmap(photo_path) if photo_path and Path(photo_path).is_file() else QPixmap()
    if not photo.isNull():
        painter.setClipPath(circle)
        scaled = photo.scaled(
            round(size * ratio),
            round(size * ratio),
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        painter.drawPixmap(0, 0, scaled)
    else:
        colour = QColor(_COLOURS[zlib.crc32(name.encode("utf-8")) % len(_COLOURS)])
        painter.fillPath(circle, colour)
        font = QFont(QGuiApplication.font())
        font.setPixelSize(max(8, int(size * 0.38)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap

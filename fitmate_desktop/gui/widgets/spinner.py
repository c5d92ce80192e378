"""A quiet busy indicator: a thin rotating arc in the palette's highlight colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import QWidget


class Spinner(QWidget):
    """Spins only while visible, so hidden spinners cost no timer wake-ups."""

    def __init__(self, parent: QWidget | None = None, *, diameter: int = 22) -> None:
        super().__init__(parent)
        self._diameter = diameter
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(40)
        self._timer.timeout.connect(self._advance)
        self.setFixedSize(self.sizeHint())
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:
        return QSize(self._diameter + 4, self._diameter + 4)

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def _advance(self) -> None:
        self._angle = (self._angle + 24) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen_width = max(2.0, self._diameter / 9)
        rect = QRectF(2, 2, self._diameter, self._diameter).adjusted(
            pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2
        )
        track = self.palette().color(QPalette.ColorRole.Mid)
        track.setAlpha(70)
        painter.setPen(QPen(track, pen_width))
        painter.drawEllipse(rect)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), pen_width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        # QPainter angles are in 1/16 of a degree, counter-clockwise from 3 o'clock.
        painter.drawArc(rect, -self._angle * 16, 100 * 16)
        painter.end()

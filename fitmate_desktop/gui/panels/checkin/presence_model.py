""" "In the gym now": the list model of open visits and the delegate that draws a line of it.

A line: initials, the name, the code and the clock time of arrival, and on the right how long
they have been in ("12 min"); the exact time is in the tooltip. Visits let in with a warning or
by an override carry a small icon (with its words in the tooltip), so the floor staff know.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fitmate_desktop.gui.style import icon, muted_text_color, tone_colors
from fitmate_desktop.gui.widgets.avatar import avatar_pixmap

if TYPE_CHECKING:
    from fitmate_desktop.gui.format import Formatter
    from fitmate_desktop.services.checkin import PresentVisit

VISIT_ROLE = Qt.ItemDataRole.UserRole + 1
VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 2
STAY_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex

_VERDICT_NOTES = {
    "amber": ("warn", "status-expiring", "Checked in with a warning"),
    "red": ("bad", "verdict-override", "Checked in anyway (override with a reason)"),
}


class PresenceModel(QAbstractListModel):
    """The open visits of this desk's site, newest first, as ``present_now`` returns them."""

    def __init__(self, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._visits: list[PresentVisit] = []
        self._now = dt.datetime.now(dt.UTC)

    def set_visits(self, visits: tuple[PresentVisit, ...] | list[PresentVisit]) -> None:
        """Show these visits (a full reset: at most a few hundred rows)."""
        self.beginResetModel()
        self._visits = list(visits)
        self._now = dt.datetime.now(dt.UTC)
        self.endResetModel()

    def tick(self) -> None:
        """Time passed: redraw the "12 min" durations (no database involved)."""
        self._now = dt.datetime.now(dt.UTC)
        if self._visits:
            self.dataChanged.emit(self.index(0), self.index(len(self._visits) - 1), [STAY_ROLE])

    def visit(self, row: int) -> PresentVisit | None:
        """The visit shown in ``row``."""
        return self._visits[row] if 0 <= row < len(self._visits) else None

    def row_of_visit(self, visit_id: int) -> int | None:
        """The row showing ``visit_id``, if listed."""
        for i, visit in enumerate(self._visits):
            if visit.visit_id == visit_id:
                return i
        return None

    def names(self) -> list[str]:
        """The names listed, in order (tests read them)."""
        return [v.full_name for v in self._visits]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        visit = self._visits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return visit.full_name
        if role == VISIT_ROLE:
            return visit
        if role == VISIT_ID_ROLE:
            return visit.visit_id
        if role == STAY_ROLE:
            return self._fmt.duration(visit.checked_in_at, max(self._now, visit.checked_in_at))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [
                f"{visit.full_name} ({visit.member_code})",
                f"In since {self._fmt.exact_datetime(visit.checked_in_at)}",
            ]
            note = _VERDICT_NOTES.get(visit.verdict)
            if note is not None:
                lines.append(note[2])
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            stay = self._fmt.duration(visit.checked_in_at, max(self._now, visit.checked_in_at))
            return f"{visit.full_name}, in for {stay}"
        return None


class PresenceDelegate(QStyledItemDelegate):
    """Two lines per visit: name / code and arrival time; the stay on the right."""

    ROW_HEIGHT = 52
    AVATAR = 34

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._avatars: dict[str, QPixmap] = {}

    def _avatar(self, name: str) -> QPixmap:
        pixmap = self._avatars.get(name)
        if pixmap is None:
            if len(self._avatars) > 600:
                self._avatars.clear()
            pixmap = avatar_pixmap(name, self.AVATAR)
            self._avatars[name] = pixmap
        return pixmap

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(200, self.ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        visit = index.data(VISIT_ROLE)
        if visit is None:
            super().paint(painter, option, index)
            return
        # Background (selection, hover) through the style, so it matches the platform.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_color if selected else muted_text_color(palette)
        rect = option.rect.adjusted(8, 0, -10, 0)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = rect.top() + (rect.height() - self.AVATAR) // 2
        painter.drawPixmap(rect.left(), top, self._avatar(visit.full_name))
        x = rect.left() + self.AVATAR + 12

        # Right side first, so the name knows how much room it has.
        stay = str(index.data(STAY_ROLE) or "")
        stay_font = QFont(option.font)
        stay_font.setBold(True)
        stay_metrics = QFontMetrics(stay_font)
        stay_width = stay_metrics.horizontalAdvance(stay)
        right = rect.right()
        painter.setFont(stay_font)
        painter.setPen(text_color)
        stay_rect = QRect(right - stay_width, rect.top(), stay_width, rect.height())
        painter.drawText(
            stay_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, stay
        )
        right = stay_rect.left() - 10
        note = _VERDICT_NOTES.get(visit.verdict)
        if note is not None:
            tone, icon_name, _words = note
            size = 16
            icon_rect = QRect(right - size, rect.top() + (rect.height() - size) // 2, size, size)
            color = text_color if selected else tone_colors(tone)[1]
            icon(icon_name, color=color).paint(painter, icon_rect)
            right = icon_rect.left() - 8

        width = max(10, right - x)
        name_font = QFont(option.font)
        name_font.setBold(True)
        name_metrics = QFontMetrics(name_font)
        small_font = QFont(option.font)
        small_font.setPointSizeF(max(7.0, option.font.pointSizeF() - 1))
        small_metrics = QFontMetrics(small_font)
        block = name_metrics.height() + 2 + small_metrics.height()
        y = rect.top() + (rect.height() - block) // 2

        painter.setFont(name_font)
        painter.setPen(text_color)
        name = name_metrics.elidedText(visit.full_name, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(x, y, width, name_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        painter.setFont(small_font)
        painter.setPen(muted)
        second = f"{visit.member_code}  ·  in at {self._fmt.time(visit.checked_in_at)}"
        second = small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(x, y + name_metrics.height() + 2, width, small_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            second,
        )
        painter.restore()

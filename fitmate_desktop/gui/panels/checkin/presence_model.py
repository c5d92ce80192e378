""" "In the gym now": the list model of open visits and the delegate that draws a line of it.

A line: initials, the name over the code, and on the right a time column: the clock time of
arrival over how long they have been in ("12 min"); the exact date and time are in the tooltip.
Visits let in with a warning or by an override carry a small icon (with its words in the
tooltip), so the floor staff know.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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
            since = self._fmt.time(visit.checked_in_at)
            return f"{visit.full_name}, in since {since}, for {stay}"
        return None


@dataclass(frozen=True)
class PresenceCells:
    """Where one line's parts go: the name and code on the left, the time column on the right
    (arrival time over the stay), sized so the times are never cut (tests measure them)."""

    name_rect: QRect
    code_rect: QRect
    time_rect: QRect
    stay_rect: QRect
    note_rect: QRect | None
    name: str  # elided to fit
    code: str  # elided to fit
    time: str  # in full, always
    stay: str  # in full, always
    name_font: QFont
    small_font: QFont
    time_font: QFont


class PresenceDelegate(QStyledItemDelegate):
    """Two lines per visit: name over code on the left; arrival time over the stay on the
    right, in a column as wide as the widest time of day in this locale."""

    ROW_HEIGHT = 52
    AVATAR = 34
    NOTE = 16

    def __init__(self, formatter: Formatter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._avatars: dict[str, QPixmap] = {}
        self._column_widths: dict[str, int] = {}

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

    def _column_width(self, time_font: QFont, small_font: QFont) -> int:
        """The widest arrival time ("10:58 PM" in a 12-hour locale) and the longest stay a
        visit can show before it is closed at night ("23 h 58 min"), whichever is wider."""
        key = time_font.key() + "|" + small_font.key()
        width = self._column_widths.get(key)
        if width is None:
            time_metrics, small_metrics = QFontMetrics(time_font), QFontMetrics(small_font)
            day = dt.datetime.now(dt.UTC).replace(minute=58, second=0, microsecond=0)
            times = [self._fmt.time(day.replace(hour=hour)) for hour in range(24)]
            # +2: the bold face's overhang on the last digit.
            width = 2 + max(
                max(time_metrics.horizontalAdvance(t) for t in times),
                small_metrics.horizontalAdvance("23 h 58 min"),
            )
            self._column_widths[key] = width
        return width

    def cells(self, row_rect: QRect, font: QFont, index: AnyIndex) -> PresenceCells | None:
        """The parts of the line of ``index`` drawn in ``row_rect`` with the view's ``font``."""
        visit = index.data(VISIT_ROLE)
        if visit is None:
            return None
        rect = row_rect.adjusted(8, 0, -10, 0)
        name_font = QFont(font)
        name_font.setBold(True)
        time_font = QFont(name_font)
        small_font = QFont(font)
        small_font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        name_metrics, small_metrics = QFontMetrics(name_font), QFontMetrics(small_font)
        time_metrics = QFontMetrics(time_font)
        block = name_metrics.height() + 2 + small_metrics.height()
        top = rect.top() + (rect.height() - block) // 2
        second = top + name_metrics.height() + 2

        column = self._column_width(time_font, small_font)
        right = rect.right()
        time_rect = QRect(right - column + 1, top, column, time_metrics.height())
        stay_rect = QRect(right - column + 1, second, column, small_metrics.height())
        edge = time_rect.left() - 10
        note_rect = None
        if visit.verdict in _VERDICT_NOTES:
            note_rect = QRect(
                edge - self.NOTE,
                rect.top() + (rect.height() - self.NOTE) // 2,
                self.NOTE,
                self.NOTE,
            )
            edge = note_rect.left() - 8
        x = rect.left() + self.AVATAR + 12
        width = max(10, edge - x)
        return PresenceCells(
            name_rect=QRect(x, top, width, name_metrics.height()),
            code_rect=QRect(x, second, width, small_metrics.height()),
            time_rect=time_rect,
            stay_rect=stay_rect,
            note_rect=note_rect,
            name=name_metrics.elidedText(visit.full_name, Qt.TextElideMode.ElideRight, width),
            code=small_metrics.elidedText(visit.member_code, Qt.TextElideMode.ElideRight, width),
            time=self._fmt.time(visit.checked_in_at),
            stay=str(index.data(STAY_ROLE) or ""),
            name_font=name_font,
            small_font=small_font,
            time_font=time_font,
        )

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        visit = index.data(VISIT_ROLE)
        cells = self.cells(option.rect, option.font, index)
        if visit is None or cells is None:
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
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = rect.top() + (rect.height() - self.AVATAR) // 2
        painter.drawPixmap(rect.left(), top, self._avatar(visit.full_name))
        note = _VERDICT_NOTES.get(visit.verdict)
        if note is not None and cells.note_rect is not None:
            tone, icon_name, _words = note
            color = text_color if selected else tone_colors(tone)[1]
            icon(icon_name, color=color).paint(painter, cells.note_rect)
        painter.setPen(text_color)
        painter.setFont(cells.name_font)
        painter.drawText(cells.name_rect, left, cells.name)
        painter.setFont(cells.time_font)
        painter.drawText(cells.time_rect, right, cells.time)
        painter.setPen(muted)
        painter.setFont(cells.small_font)
        painter.drawText(cells.code_rect, left, cells.code)
        painter.drawText(cells.stay_rect, right, cells.stay)
        painter.restore()

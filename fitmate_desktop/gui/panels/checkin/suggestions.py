"""Live suggestions under the scan field: up to eight members matching the letters typed.

Why not a QCompleter: its popup takes the Return key first, so Enter would both pick a
suggestion and reach the field as "check this code in". And why not a popup window at all: a
``Qt.Popup`` grabs the keyboard, so the scanner's next digits would land in the list. The list
is a plain child widget floating over the card instead; the keyboard stays in the field, which
forwards ↑ ↓ Enter Esc to it (see ``CheckInPanel.eventFilter``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from fitmate_desktop.gui.status import member_status_look
from fitmate_desktop.gui.style import muted_text_color
from fitmate_desktop.gui.widgets.avatar import avatar_pixmap
from fitmate_desktop.gui.widgets.badge_delegate import BADGE_ROLE, BadgeDelegate

if TYPE_CHECKING:
    from fitmate_desktop.services.members import MemberRow

MAX_SUGGESTIONS = 8
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex


class SuggestionModel(QAbstractListModel):
    """The members found for the letters typed, with their photos once they arrive."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[MemberRow] = []
        self._photos: dict[int, QPixmap] = {}

    def set_rows(self, rows: list[MemberRow] | tuple[MemberRow, ...]) -> None:
        """Replace the suggestions."""
        self.beginResetModel()
        self._rows = list(rows)[:MAX_SUGGESTIONS]
        self.endResetModel()

    def set_photo(self, member_id: int, photo: QPixmap) -> None:
        """A member's photo arrived: redraw their line."""
        self._photos[member_id] = photo
        for i, row in enumerate(self._rows):
            if row.id == member_id:
                index = self.index(i)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def member(self, row: int) -> MemberRow | None:
        """The member on line ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def members(self) -> list[MemberRow]:
        """All suggestions, in order."""
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.full_name
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole:
            return self._photos.get(row.id)
        if role == BADGE_ROLE:
            return member_status_look(row.status, row.days_left)
        if role == Qt.ItemDataRole.ToolTipRole:
            return member_status_look(row.status, row.days_left).tooltip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            look = member_status_look(row.status, row.days_left)
            return f"{row.full_name}, {row.member_code}, {look.text}"
        return None


class SuggestionDelegate(QStyledItemDelegate):
    """Photo (or initials), name over code, and the status badge on the right."""

    ROW_HEIGHT = 54
    AVATAR = 38
    BADGE_WIDTH = 170

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The badge is drawn exactly as in the members list: one way to draw a status.
        self._badge = BadgeDelegate(parent)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(300, self.ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
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
        rect = option.rect.adjusted(10, 0, -6, 0)

        photo = index.data(Qt.ItemDataRole.DecorationRole)
        avatar = avatar_pixmap(
            row.full_name, self.AVATAR, photo=photo if isinstance(photo, QPixmap) else None
        )
        painter.save()
        painter.drawPixmap(rect.left(), rect.top() + (rect.height() - self.AVATAR) // 2, avatar)
        painter.restore()

        # The badge hugs the right edge: BadgeDelegate draws from its rect's left, so the rect
        # is made exactly as wide as the badge wants (its size hint).
        badge_opt = QStyleOptionViewItem(option)
        badge_width = min(self.BADGE_WIDTH, self._badge.sizeHint(badge_opt, index).width())
        badge_opt.rect = QRect(rect.right() - badge_width, rect.top(), badge_width, rect.height())
        self._badge.paint(painter, badge_opt, index)

        x = rect.left() + self.AVATAR + 12
        width = max(10, rect.right() - self.BADGE_WIDTH - 10 - x)
        name_font = QFont(option.font)
        name_font.setBold(True)
        name_font.setPointSizeF(option.font.pointSizeF() + 1)
        name_metrics = QFontMetrics(name_font)
        small_metrics = QFontMetrics(option.font)
        block = name_metrics.height() + 1 + small_metrics.height()
        y = rect.top() + (rect.height() - block) // 2
        painter.save()
        painter.setFont(name_font)
        painter.setPen(text_color)
        painter.drawText(
            QRect(x, y, width, name_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            name_metrics.elidedText(row.full_name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        painter.setPen(muted)
        second = row.member_code + (f"  ·  {row.plan_name}" if row.plan_name else "")
        painter.drawText(
            QRect(x, y + name_metrics.height() + 1, width, small_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()


class SuggestionList(QListView):
    """The floating list. Never takes the focus: the scan field keeps the keyboard.

    ``sig_picked(MemberRow)`` when a line is clicked (the field's Enter picks through the panel).
    """

    sig_picked = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionList")
        self.setAccessibleName("Suggestions")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setUniformItemSizes(True)
        self.setMouseTracking(True)
        self.suggestions = SuggestionModel(self)
        self.setModel(self.suggestions)
        self.setItemDelegate(SuggestionDelegate(self))
        self.clicked.connect(self._on_clicked)
        self.hide()

    @property
    def current_member(self) -> MemberRow | None:
        """The highlighted suggestion."""
        index = self.currentIndex()
        return self.suggestions.member(index.row()) if index.isValid() else None

    def move_current(self, step: int) -> None:
        """↑ / ↓ from the scan field."""
        count = self.suggestions.rowCount()
        if not count:
            return
        row = self.currentIndex().row() if self.currentIndex().isValid() else -1
        row = max(0, min(count - 1, row + step))
        self.setCurrentIndex(self.suggestions.index(row))

    def show_under(self, anchor: QWidget) -> None:
        """Show the list right under ``anchor`` (the scan field), as wide as it."""
        count = self.suggestions.rowCount()
        if not count:
            self.hide()
            return
        parent = self.parentWidget()
        assert parent is not None
        top_left = anchor.mapTo(parent, anchor.rect().bottomLeft())
        frame = 2 * self.frameWidth() + 10  # the QSS padding, top and bottom
        height = count * SuggestionDelegate.ROW_HEIGHT + frame
        self.setGeometry(top_left.x(), top_left.y() + 4, anchor.width(), height)
        if not self.currentIndex().isValid():
            self.setCurrentIndex(self.suggestions.index(0))
        self.show()
        # Over the card: a sibling added earlier would otherwise paint on top of it.
        self.raise_()

    def _on_clicked(self, index: QModelIndex) -> None:
        member = self.suggestions.member(index.row())
        if member is not None:
            self.sig_picked.emit(member)

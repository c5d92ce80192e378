"""A table cell drawn as a coloured badge with an icon and words."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from fitmate_desktop.gui.status import StatusLook
from fitmate_desktop.gui.style import icon, tone_colors

# The model answers this role with a StatusLook for cells that are badges.
BADGE_ROLE = Qt.ItemDataRole.UserRole + 40

_ICON = 14
_PAD_X = 8
_GAP = 5


class BadgeDelegate(QStyledItemDelegate):
    """Paints ``index.data(BADGE_ROLE)`` as a pill: tone colour + icon + text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        look = index.data(BADGE_ROLE)
        if not isinstance(look, StatusLook):
            super().paint(painter, option, index)
            return
        # Selection/hover background first, through the style, so it matches the other cells.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        bg, fg = tone_colors(look.tone)
        metrics = QFontMetrics(option.font)
        text_width = metrics.horizontalAdvance(look.text)
        height = min(option.rect.height() - 6, metrics.height() + 8)
        width = min(option.rect.width() - 8, _PAD_X * 2 + _ICON + _GAP + text_width)
        pill = QRect(option.rect.left() + 4, 0, width, height)
        pill.moveTop(option.rect.top() + (option.rect.height() - height) // 2)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QColor(
            (bg.red() * 2 + fg.red()) // 3,
            (bg.green() * 2 + fg.green()) // 3,
            (bg.blue() * 2 + fg.blue()) // 3,
        )
        painter.setPen(QPen(border, 1))
        painter.setBrush(bg)
        painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
        icon_rect = QRect(pill.left() + _PAD_X, 0, _ICON, _ICON)
        icon_rect.moveTop(pill.top() + (pill.height() - _ICON) // 2)
        icon(look.icon, color=fg).paint(painter, icon_rect)
        painter.setPen(fg)
        text_rect = pill.adjusted(_PAD_X + _ICON + _GAP, 0, -_PAD_X + 2, 0)
        elided = metrics.elidedText(look.text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        look = index.data(BADGE_ROLE)
        base = super().sizeHint(option, index)
        if not isinstance(look, StatusLook):
            return base
        metrics = QFontMetrics(option.font)
        width = 8 + _PAD_X * 2 + _ICON + _GAP + metrics.horizontalAdvance(look.text)
        return QSize(width, max(base.height(), metrics.height() + 14))

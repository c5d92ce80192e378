"""The previous five scans under the card, so a mistake can be seen and corrected.

Each line: the time, an icon and a word-pill for the outcome (never colour alone), the name and
the code, and "Undo check-in" for a minute after a check-in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fitmate_desktop.gui.format import Formatter
from fitmate_desktop.gui.panels.checkin.look import OutcomeLook
from fitmate_desktop.gui.style import icon, icon_pixmap, set_tone, tone_colors

KEEP = 5
UNDO_WINDOW = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class RecentScan:
    """One line of the list."""

    key: object  # the scan id (or another unique key for check-outs from the list)
    at: dt.datetime
    name: str
    code: str
    look: OutcomeLook
    visit_id: int | None = None
    undo_until: dt.datetime | None = None  # set for check-ins that may still be undone

    def can_undo(self, now: dt.datetime) -> bool:
        """True while "Undo check-in" is offered."""
        return self.visit_id is not None and self.undo_until is not None and now < self.undo_until


class ElidedLabel(QLabel):
    """One line of text that ends in "…" when the row is too narrow (the full text in its
    tooltip), instead of being cut mid-letter; it never makes its row wider than the card."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = text
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Its full width when there is room, down to a few letters and "…" when there is not.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("MMMM…"), super().minimumSizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


class RecentScans(QObject):
    """Keeps the last five scans and draws them into the form's ``recentRows`` box.

    ``sig_undo(RecentScan)`` when someone presses a line's "Undo check-in".
    """

    sig_undo = Signal(object)

    def __init__(
        self, rows_box: QWidget, empty_label: QLabel, formatter: Formatter, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._box = rows_box
        self._empty = empty_label
        self.fmt = formatter
        self.entries: list[RecentScan] = []
        self._undo_buttons: dict[object, QPushButton] = {}
        self._rows: list[QFrame] = []
        self._limit = KEEP  # fewer when the verdict card needs the height (a small screen)
        self._redraw()

    def put(self, entry: RecentScan) -> None:
        """Add a line at the top, or update the line with the same key where it is."""
        for i, old in enumerate(self.entries):
            if old.key == entry.key:
                self.entries[i] = entry
                break
        else:
            self.entries.insert(0, entry)
            del self.entries[KEEP:]
        self._redraw()

    def mark_undone(self, visit_id: int, look: OutcomeLook) -> None:
        """The check-in of ``visit_id`` was undone: say so on its line, without the button."""
        self.entries = [
            replace(e, look=look, undo_until=None) if e.visit_id == visit_id else e
            for e in self.entries
        ]
        self._redraw()

    def find(self, key: object) -> RecentScan | None:
        """The line with ``key``, if still listed."""
        return next((e for e in self.entries if e.key == key), None)

    def tick(self) -> None:
        """Hide "Undo check-in" once its minute is over (a timer calls this)."""
        now = dt.datetime.now(dt.UTC)
        for entry in self.entries:
            button = self._undo_buttons.get(entry.key)
            # isHidden(), not isVisible(): the panel itself may be hidden (another screen shown).
            if button is not None and button.isHidden() == entry.can_undo(now):
                button.setVisible(entry.can_undo(now))

    @property
    def shown(self) -> int:
        """How many lines are on screen now."""
        return min(self._limit, len(self.entries))

    def make_room(self, short: int) -> bool:
        """The verdict card is ``short`` pixels short of the height it needs (negative: it has
        that much to spare): show fewer lines, or more again. True if anything changed.

        The newest scan always stays; the older ones come back once there is room.
        """
        if not self._rows:
            return False
        step = self._rows[0].sizeHint().height()
        limit = self._limit
        if short > 0 and limit > 1:
            limit = max(1, limit - -(-short // step))
        elif short <= -step and limit < KEEP:
            limit = min(KEEP, limit + (-short) // step)
        if limit == self._limit:
            return False
        self._limit = limit
        self._show_rows()
        return True

    def _show_rows(self) -> None:
        for i, row in enumerate(self._rows):
            row.setVisible(i < self._limit)

    def undo_button(self, key: object) -> QPushButton | None:
        """The "Undo check-in" button of a line (tests press it)."""
        return self._undo_buttons.get(key)

    # -- drawing -------------------------------------------------------------------------------

    def _redraw(self) -> None:
        layout = self._box.layout()
        assert isinstance(layout, QVBoxLayout)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._undo_buttons.clear()
        now = dt.datetime.now(dt.UTC)
        self._rows = [
            self._row(entry, first=i == 0, now=now) for i, entry in enumerate(self.entries)
        ]
        for row in self._rows:
            layout.addWidget(row)
        self._show_rows()
        self._box.setVisible(bool(self.entries))
        self._empty.setVisible(not self.entries)

    def _row(self, entry: RecentScan, *, first: bool, now: dt.datetime) -> QFrame:
        fmt = self.fmt
        row = QFrame(self._box)
        row.setObjectName("recentRow")
        row.setProperty("first", first)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 3, 0, 3)
        layout.setSpacing(10)

        when = QLabel(fmt.time(entry.at), row)
        when.setProperty("role", "muted")
        when.setToolTip(fmt.exact_datetime(entry.at))
        when.setMinimumWidth(44)
        layout.addWidget(when)

        fg = tone_colors(entry.look.tone)[1]
        glyph = QLabel(row)
        glyph.setPixmap(icon_pixmap(entry.look.icon, 18, color=fg))
        glyph.setFixedSize(18, 18)
        layout.addWidget(glyph)

        pill = QLabel(entry.look.words, row)
        pill.setObjectName("outcomePill")
        set_tone(pill, entry.look.tone)
        layout.addWidget(pill)

        name = ElidedLabel(entry.name, row)
        name.setObjectName("recentName")
        layout.addWidget(name)
        if entry.code and entry.code != entry.name:
            code = QLabel(entry.code, row)
            code.setProperty("role", "muted")
            code.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(code)
        layout.addStretch(1)

        undo = QPushButton(icon("undo"), "Undo check-in", row)
        undo.setObjectName("undoButton")
        undo.setToolTip("Undo this check-in (possible for one minute, recorded)")
        undo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        undo.clicked.connect(lambda _checked=False, e=entry: self.sig_undo.emit(e))
        # Rows with and without the button keep one height and one column for it.
        policy = undo.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        undo.setSizePolicy(policy)
        undo.setVisible(entry.can_undo(now))
        self._undo_buttons[entry.key] = undo
        layout.addWidget(undo)
        return row

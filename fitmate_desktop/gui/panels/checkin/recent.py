"""The previous five scans under the card, so a mistake can be seen and corrected.

Each line: the time, an icon and a word-pill for the outcome (never colour alone), the name and
the code, and "Undo check-in" for a minute after a check-in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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
        for i, entry in enumerate(self.entries):
            layout.addWidget(self._row(entry, first=i == 0, now=now))
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

        name = QLabel(entry.name, row)
        name.setObjectName("recentName")
        name.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(name, 1 if entry.code == entry.name else 0)
        if entry.code and entry.code != entry.name:
            code = QLabel(entry.code, row)
            code.setProperty("role", "muted")
            layout.addWidget(code, 1)

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

"""Closing the day on the cash-up sheet: counted per payment method, against the books.

One row per method the books expect money for (cash always): what the books expect, a field
for what the person closing counted, and the difference as they type ("− €2.50" short, "+ €1.00"
over, in words and colour). "Close the day…" asks once, naming the day and the totals, then
stores it (``services.cashups.close_cash_up``). A closed day shows the stored count, who counted
and when, and says so if a later refund changed the books since.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.style import font_with, set_role, set_tone
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import FieldErrors, ask
from fitmate_desktop.services import cashups
from fitmate_desktop.services.cashups import CashUp, ClosedCashUp
from fitmate_desktop.services.errors import Conflict, ValidationError
from fitmate_desktop.services.money import parse_money
from fitmate_desktop.services.payments import METHOD_LABELS, METHODS

ZERO = Decimal("0.00")


def signed_money(fmt_money, value: Decimal) -> str:  # type: ignore[no-untyped-def]
    """``+ €1.00`` over, ``− €2.50`` short, ``€0.00`` exact."""
    text = fmt_money(abs(value))
    return f"+ {text}" if value > 0 else f"− {text}" if value < 0 else text


def difference_tone(value: Decimal | None) -> str | None:
    """Short is bad, over is a warning (money that is not ours), exact is fine."""
    if value is None:
        return None
    return "bad" if value < 0 else "warn" if value > 0 else "ok"


class CountSheet(QWidget):
    """The COUNT block of the cash-up paper; ``sig_closed(ClosedCashUp)`` once stored and
    ``sig_reload()`` when the day must be added up again (the books moved, another desk)."""

    sig_closed = Signal(object)
    sig_reload = Signal()

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countSheet")
        self.context = context
        self.fmt = context.formatter
        self.summary: CashUp | None = None
        self.state = "editing"  # editing | sending | closed
        self.edits: dict[str, QLineEdit] = {}
        self._carry = ""  # a message to keep across the reload it asked for
        self.differences: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.who_label = QLabel(self)
        self.who_label.setObjectName("countedBy")
        self.who_label.setWordWrap(True)
        outer.addWidget(self.who_label)
        self.changed_label = QLabel(self)
        self.changed_label.setWordWrap(True)
        set_tone(self.changed_label, "warn")
        self.changed_label.setStyleSheet("padding: 4px 8px; border-radius: 4px;")
        outer.addWidget(self.changed_label)
        self.form_error = QLabel(self)
        self.form_error.setWordWrap(True)
        set_role(self.form_error, "formError")
        outer.addWidget(self.form_error)
        self.errors = FieldErrors(self.form_error)
        self.grid_holder = QWidget(self)
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(4)
        outer.addWidget(self.grid_holder)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("countNote")
        self.note_edit.setProperty("field", True)
        self.note_edit.setAccessibleName("Note about the count")
        self.note_edit.setPlaceholderText("Note (optional) — e.g. €5 float left in the drawer")
        self.note_edit.setMaxLength(cashups.MAX_NOTE)
        self.note_edit.returnPressed.connect(self.close_day)
        self.close_button = QPushButton("&Close the day…", self)
        self.close_button.setObjectName("closeDayButton")
        self.close_button.setProperty("primary", True)
        self.close_button.setAutoDefault(False)
        self.close_button.setToolTip("Store the count with your name and the time (once a day)")
        self.close_button.clicked.connect(self.close_day)
        actions.addWidget(self.note_edit, 1)
        actions.addWidget(self.close_button)
        outer.addLayout(actions)
        self.errors.bind("note", self.form_error, self.note_edit)
        self.errors.bind("day", self.form_error)
        self.errors.bind("counted", self.form_error)

    # -- showing ---------------------------------------------------------------------------------

    def show_day(self, summary: CashUp) -> None:
        """The count of ``summary``'s day: fields to fill, or the stored count."""
        self.summary = summary
        self.errors.clear()
        closed = summary.closed
        self.state = "closed" if closed is not None else "editing"
        self._clear_grid()
        self._heading()
        if closed is not None:
            self._show_closed(closed, summary)
        else:
            self._show_open(summary)
        if self._carry:
            self.errors.show_form(self._carry)
            self._carry = ""

    def _clear_grid(self) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.edits.clear()
        self.differences.clear()

    def _heading(self) -> None:
        for column, text in enumerate(("Method", "Expected", "Counted", "Difference")):
            label = QLabel(text, self.grid_holder)
            set_role(label, "muted")
            if column:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(label, 0, column)
        self.grid.setColumnStretch(0, 1)
        for column in (1, 2, 3):
            self.grid.setColumnMinimumWidth(column, 130)

    def _cell(self, text: str, row: int, column: int, *, bold: bool = False) -> QLabel:
        label = QLabel(text, self.grid_holder)
        if column:
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if bold:
            label.setFont(font_with(label.font(), bold=True))
        self.grid.addWidget(label, row, column)
        return label

    def _money(self, value: Decimal) -> str:
        currency = self.summary.currency if self.summary else None
        return self.fmt.money(value, currency)

    def _difference(self, value: Decimal | None, row: int, *, bold: bool = False) -> QLabel:
        text = "—" if value is None else signed_money(self._money, value)
        label = self._cell(text, row, 3, bold=bold)
        set_tone(label, difference_tone(value))
        label.setStyleSheet("padding: 1px 8px; border-radius: 4px;")
        return label

    def _show_closed(self, closed: ClosedCashUp, summary: CashUp) -> None:
        fmt = self.fmt
        when = fmt.local(closed.counted_at)
        at = f" at {closed.workstation}" if closed.workstation else ""
        who = f"Counted by {closed.counted_by} on {fmt.date(when.date())} at {fmt.time(when)}{at}"
        if closed.note:
            who += f" — “{closed.note}”"
        self.who_label.setText(who)
        set_role(self.who_label, "")
        self.changed_label.setText(
            "The books of this day changed after it was closed (a later refund or payment). "
            "The count below is as it was taken."
        )
        self.changed_label.setVisible(summary.changed_since_close)
        row = 1
        for c in closed.counts:
            self._cell(c.label, row, 0)
            self._cell(self._money(c.expected), row, 1)
            self._cell(self._money(c.counted), row, 2)
            self.differences[c.method] = self._difference(c.difference, row)
            row += 1
        self._cell("Total", row, 0, bold=True)
        self._cell(self._money(closed.expected_total), row, 1, bold=True)
        self._cell(self._money(closed.counted_total), row, 2, bold=True)
        self._difference(closed.difference_total, row, bold=True)
        self.note_edit.setVisible(False)
        self.close_button.setVisible(False)

    def _show_open(self, summary: CashUp) -> None:
        is_past = summary.day < self.fmt.today()
        self.who_label.setText(
            "Not closed yet. Count the drawer and each payment method, enter what you "
            "counted, then close the day." + (" (This day is over.)" if is_past else "")
        )
        set_role(self.who_label, "muted")
        self.changed_label.setVisible(False)
        row = 1
        for method in self.methods(summary):
            expected = summary.expected_for(method)
            self._cell(METHOD_LABELS[method], row, 0)
            self._cell(self._money(expected), row, 1)
            edit = QLineEdit(self.grid_holder)
            edit.setObjectName(f"counted-{method}")
            edit.setProperty("field", True)
            edit.setAccessibleName(f"Counted {METHOD_LABELS[method].lower()}")
            edit.setPlaceholderText("0.00")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            edit.setMaximumWidth(140)
            edit.textChanged.connect(lambda _t, m=method: self._typed(m))
            edit.returnPressed.connect(self._next_field)
            self.grid.addWidget(edit, row, 2, Qt.AlignmentFlag.AlignRight)
            self.edits[method] = edit
            self.differences[method] = self._difference(None, row)
            error = QLabel(self.grid_holder)
            error.setWordWrap(True)
            set_role(error, "fieldError")
            self.grid.addWidget(error, row + 1, 0, 1, 4)
            error.setVisible(False)
            self.errors.bind(f"counted.{method}", error, edit)
            row += 2
        self.note_edit.setVisible(True)
        self.note_edit.setEnabled(True)
        self.close_button.setVisible(True)
        self.close_button.setEnabled(True)

    @staticmethod
    def methods(summary: CashUp) -> list[str]:
        """The methods to count: cash always (the drawer), others when the books expect money."""
        return [m for m in METHODS if m == "cash" or summary.expected_for(m) != 0]

    # -- typing ----------------------------------------------------------------------------------

    def counted(self, method: str) -> Decimal | None:
        """What was typed for ``method`` (None when empty or not an amount)."""
        text = self.edits[method].text().strip() if method in self.edits else ""
        if not text:
            return None
        try:
            return parse_money(text, field=f"counted.{method}")
        except ValidationError:
            return None

    def _typed(self, method: str) -> None:
        summary = self.summary
        if summary is None:
            return
        self.errors.clear_field(f"counted.{method}")
        value = self.counted(method)
        label = self.differences[method]
        diff = None if value is None else value - summary.expected_for(method)
        label.setText("—" if diff is None else signed_money(self._money, diff))
        set_tone(label, difference_tone(diff))
        if value is None and self.edits[method].text().strip():
            self.errors.show_field(f"counted.{method}", "Enter an amount like 120.50.", focus=False)

    def _next_field(self) -> None:
        order = list(self.edits)
        current = next((m for m, e in self.edits.items() if e.hasFocus()), None)
        if current is not None and order.index(current) + 1 < len(order):
            self.edits[order[order.index(current) + 1]].setFocus()
        else:
            self.note_edit.setFocus()

    # -- closing ---------------------------------------------------------------------------------

    def close_day(self) -> None:
        """Check every field, ask once naming the day and totals, then store the count."""
        summary = self.summary
        if summary is None or self.state != "editing":
            return
        self.errors.clear()
        counted: dict[str, Decimal] = {}
        for method, edit in self.edits.items():
            field = f"counted.{method}"
            text = edit.text().strip()
            if not text:
                self.errors.show_field(
                    field, f"Enter what you counted for {METHOD_LABELS[method].lower()}."
                )
                return
            try:
                counted[method] = parse_money(text, field=field)
            except ValidationError as err:
                self.errors.show(err)
                return
        expected = sum((summary.expected_for(m) for m in counted), ZERO)
        total = sum(counted.values(), ZERO)
        diff = total - expected
        said = (
            "exactly as expected"
            if diff == 0
            else (f"{signed_money(self._money, diff)} {'over' if diff > 0 else 'short'}")
        )
        ask(
            self,
            title="Close the day",
            text=f"Close {self.fmt.long_date(summary.day)} with {self._money(total)} counted "
            f"({said})?",
            details="The count is stored with your name and the time, and cannot be changed "
            "afterwards.",
            confirm="Close the day",
            cancel="Keep counting",
            on_confirm=lambda: self._send(summary, counted),
        )

    def _send(self, summary: CashUp, counted: dict[str, Decimal]) -> None:
        self.state = "sending"
        self.close_button.setEnabled(False)
        actor, day, note = self.context.actor, summary.day, self.note_edit.text().strip()
        seen = dict(summary.expected)
        run_in_background(
            lambda: cashups.close_cash_up(
                actor=actor, day=day, counted=counted, note=note, expected_seen=seen
            ),
            on_done=self._closed,
            on_error=self._failed,
            parent=self,
        )

    def _closed(self, closed: ClosedCashUp) -> None:
        self.state = "closed"
        self.sig_closed.emit(closed)

    def _failed(self, err: BaseException) -> None:
        self.state = "editing"
        self.close_button.setEnabled(True)
        if isinstance(err, Conflict) and isinstance(err.current, CashUp):
            # The books moved while counting: show the fresh expected amounts, keep the
            # typed counts, and say why nothing was stored.
            typed = {m: e.text() for m, e in self.edits.items()}
            note = self.note_edit.text()
            self.show_day(err.current)
            for method, text in typed.items():
                if method in self.edits:
                    self.edits[method].setText(text)
            self.note_edit.setText(note)
            self.errors.show_form(str(err))
            return
        if isinstance(err, Conflict):
            # Closed at another desk a moment ago: theirs stands; show it.
            self._carry = str(err)
            self.sig_reload.emit()
            return
        self.errors.show(err)

    def error_text(self) -> str:
        """The message above the count ("" when none)."""
        return self.errors.form_message()

    def day(self) -> dt.date | None:
        return self.summary.day if self.summary else None

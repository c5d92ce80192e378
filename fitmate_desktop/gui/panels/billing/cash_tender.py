"""Cash at the counter: what the member handed over, and the change, worked out as they type.

Shown by the payment dialog when the method is cash. The received amount is typed (or one of
the round-note buttons is pressed: "Exact", then the next notes above the total, like €40,
€50, €100); the change updates on every key. Less than the total is said under the field at
once, and the dialog will not send it. Left empty, no received amount is recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_CEILING, Decimal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from fitmate_desktop.gui.format import Formatter
from fitmate_desktop.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from fitmate_desktop.gui.style import font_with, set_role
from fitmate_desktop.gui.widgets.form_support import FieldErrors
from fitmate_desktop.services.errors import ValidationError
from fitmate_desktop.services.money import parse_money

ROUND_NOTES = (Decimal(5), Decimal(10), Decimal(20), Decimal(50), Decimal(100), Decimal(200))
NOTE_BUTTONS = 3  # round amounts offered besides "Exact"


def round_amounts(total: Decimal, count: int = NOTE_BUTTONS) -> list[Decimal]:
    """The round amounts a member is likely to hand over for ``total``, smallest first:
    39.90 -> 40, 50, 100; 12.00 -> 15, 20, 50."""
    found: set[Decimal] = set()
    for note in ROUND_NOTES:
        up = (total / note).to_integral_value(rounding=ROUND_CEILING) * note
        if up > total:
            found.add(up)
    return sorted(found)[:count]


class CashTender(QObject):
    """Drives the payment dialog's cash box (``cashBox``); see the module docstring.

    ``sig_changed`` whenever the received amount changes (typed or a button).
    """

    sig_changed = Signal()

    def __init__(
        self,
        ui: Ui_PaymentDialog,
        fmt: Formatter,
        errors: FieldErrors,
        total: Callable[[], Decimal | None],
    ) -> None:
        super().__init__(ui.cashBox)
        self.ui = ui
        self.fmt = fmt
        self.errors = errors
        self._total = total
        self._notes = QHBoxLayout(ui.notesBox)
        self._notes.setContentsMargins(0, 0, 0, 0)
        self._notes.setSpacing(6)
        self._shown_for: Decimal | None = None
        errors.bind("cash_tendered", ui.tenderedError, ui.tenderedEdit)
        ui.changeLabel.setFont(font_with(ui.changeLabel.font(), point_delta=6, bold=True))
        ui.tenderedEdit.textChanged.connect(lambda _t: self.refresh())
        ui.cashBox.setVisible(False)

    # -- reading ---------------------------------------------------------------------------------

    def text(self) -> str:
        """The received amount as typed ("" when empty)."""
        return self.ui.tenderedEdit.text().strip()

    def tendered(self) -> Decimal | None:
        """The received amount, or None when empty or not a valid amount."""
        if not self.text():
            return None
        try:
            return parse_money(self.text(), field="cash_tendered")
        except ValidationError:
            return None

    def change(self) -> Decimal | None:
        """The change due, or None while it cannot be said (empty, invalid, too little)."""
        tendered, total = self.tendered(), self._total()
        if tendered is None or total is None or tendered < total:
            return None
        return tendered - total

    def check(self) -> bool:
        """True when the received amount may be sent (empty, or at least the total); else the
        reason is shown under the field and the field takes the focus."""
        if not self.text():
            return True
        try:
            tendered = parse_money(self.text(), field="cash_tendered")
        except ValidationError as err:
            self.errors.show(err)
            return False
        total = self._total()
        if total is not None and tendered < total:
            self.errors.show_field("cash_tendered", self._short_by(total, tendered))
            return False
        return True

    def _short_by(self, total: Decimal, tendered: Decimal) -> str:
        return (
            f"Less than the total ({self.fmt.money(total)}): "
            f"{self.fmt.money(total - tendered)} more is needed."
        )

    # -- showing ---------------------------------------------------------------------------------

    def set_visible(self, on: bool) -> None:
        """Show the cash box (method cash) or hide and clear it."""
        self.ui.cashBox.setVisible(on)
        if not on:
            self.ui.tenderedEdit.clear()
            self.errors.clear_field("cash_tendered")
        self.refresh()

    def set_enabled(self, on: bool) -> None:
        """Lock the box while a payment is sent (a retry must be the very same request)."""
        self.ui.tenderedEdit.setEnabled(on)
        self.ui.notesBox.setEnabled(on)

    def buttons(self) -> list[QPushButton]:
        """The one-click amounts, "Exact" first (tests press them)."""
        return [
            w for w in self.ui.notesBox.findChildren(QPushButton) if w.isVisibleTo(self.ui.notesBox)
        ]

    def refresh(self) -> None:
        """The change and the field's message for what is typed now, and the note buttons
        for the total now."""
        total = self._total()
        self._sync_buttons(total)
        ui = self.ui
        change = self.change()
        set_role(ui.changeLabel, "" if change is not None else "muted")
        ui.changeLabel.setText(self.fmt.money(change) if change is not None else "—")
        if not self.text():
            self.errors.clear_field("cash_tendered")
            return
        tendered = self.tendered()
        if tendered is None:
            self.errors.show_field("cash_tendered", "Enter an amount like 50.00.")
        elif total is not None and tendered < total:
            self.errors.show_field("cash_tendered", self._short_by(total, tendered))
        else:
            self.errors.clear_field("cash_tendered")
        self.sig_changed.emit()

    def _sync_buttons(self, total: Decimal | None) -> None:
        if total == self._shown_for:
            return
        self._shown_for = total
        while (item := self._notes.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone from buttons() now, deleted when Qt is ready
                widget.deleteLater()
        if total is None or total <= 0:
            return
        for n, amount in enumerate([total, *round_amounts(total)]):
            label = "E&xact" if n == 0 else self.fmt.money(amount).replace(".00", "")
            button = QPushButton(label, self.ui.notesBox)
            button.setObjectName("noteButton")
            button.setAutoDefault(False)
            button.setToolTip(f"The member handed over {self.fmt.money(amount)}")
            button.clicked.connect(lambda _c=False, a=amount: self.set_tendered(a))
            self._notes.addWidget(button)

    def set_tendered(self, amount: Decimal) -> None:
        """Fill the received amount (a note button)."""
        self.ui.tenderedEdit.setText(f"{amount:.2f}")
        self.ui.tenderedEdit.setFocus()

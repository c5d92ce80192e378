"""Take a payment: what is paid for, how, the total in big figures, then the receipt.

Never charges twice. The dialog draws ONE idempotency key (uuid4) when it opens and sends it
with every attempt, so:

- a double click, or Enter pressed twice, sends once: the Pay button is disabled while the
  request is in flight and the dialog ignores a second press;
- a lost connection leaves the dialog open saying "Not sent — Retry"; the entries are locked
  so the retry is the very same request, and the service answers a key it has seen with the
  payment it already made instead of charging again.

Cash: the amount received and the change due, live (``cash_tender``); both are stored and
printed on the receipt. The receipt is kept in the workstation's receipts folder and the
banner under it names the file, with "Open folder".

Keyboard: Alt+C / Alt+A / Alt+T / Alt+O pick the method (cash puts the cursor in "Cash
received"), Ins adds a line, Del removes the selected one, Enter pays, Esc closes. After
payment: Ctrl+O opens the receipt, Ctrl+P prints it, Enter or Esc closes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QPushButton,
    QWidget,
)

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS, PAYMENTS
from fitmate_desktop.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from fitmate_desktop.gui.panels.billing.bill import PaymentBill, QuickItem, lower_first
from fitmate_desktop.gui.panels.billing.cash_tender import CashTender
from fitmate_desktop.gui.style import font_with, icon, icon_pixmap, set_role, tone_colors
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import FieldErrors, ask
from fitmate_desktop.gui.widgets.pdf_view import DocumentRunner, SavedBanner, receipts_folder
from fitmate_desktop.services import payments
from fitmate_desktop.services.errors import ServiceError, Unavailable, ValidationError
from fitmate_desktop.services.payments import METHOD_LABELS, PaymentInfo

NOT_SENT = (
    "Not sent — the database could not be reached. Your entries are kept. Retry is safe: "
    "this payment can never be charged twice."
)

# Local to this dialog: the chosen method must be unmistakable, not a faint "pressed" look.
DIALOG_STYLE = """
QPushButton[method="true"] {
    font-size: 12pt; font-weight: 600; padding: 6px 12px;
    border: 1px solid palette(mid); border-radius: 8px; background: palette(base);
}
QPushButton[method="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border: 2px solid palette(highlight);
}
QPushButton[method="true"]:focus { border: 2px dotted palette(highlight); }
QPushButton[method="true"]:checked:focus { border: 2px dotted palette(highlighted-text); }
"""


__all__ = ["PaymentDialog", "QuickItem"]


class PaymentDialog(PaymentBill, QDialog):
    """Charges a member for one or more lines; see the module docstring.

    ``sig_paid(PaymentInfo)`` once the payment is recorded. ``state`` is ``editing``,
    ``sending``, ``unsent`` (connection lost; Retry) or ``paid``.
    """

    sig_paid = Signal(object)

    def __init__(
        self,
        context: GuiContext,
        *,
        member_id: int | None,
        member_name: str | None,
        member_code: str | None = None,
        quick_items: Sequence[QuickItem] = (),
        preset: Sequence[QuickItem] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(DIALOG_STYLE)
        self.context = context
        self.fmt = context.formatter
        self.member_id = member_id
        self.member_name = member_name
        # One key for the life of this dialog: every retry is the same payment.
        self.idempotency_key = uuid.uuid4()
        self.outcome: PaymentInfo | None = None
        self.state = "editing"
        self._quick_items = list(quick_items)
        ui = self.ui

        self.setWindowTitle(f"Take payment — {member_name}" if member_name else "Take payment")
        self.setMinimumWidth(720)
        ui.memberLabel.setText(member_name or "Walk-in sale")
        ui.memberLabel.setFont(font_with(ui.memberLabel.font(), point_delta=1, bold=True))
        ui.memberCodeLabel.setText(member_code or "")
        ui.totalLabel.setFont(font_with(ui.totalLabel.font(), point_delta=14, bold=True))
        ui.receiptLabel.setFont(font_with(ui.receiptLabel.font(), point_delta=8, bold=True))
        ui.statusLabel.setVisible(False)
        ui.pages.setCurrentWidget(ui.formPage)

        self.errors = FieldErrors(ui.formError)
        self.errors.bind("items", ui.itemsError, ui.itemsTable)
        self.errors.bind("method", ui.methodError, ui.cashButton)
        self.errors.bind("provider_reference", ui.referenceError, ui.referenceEdit)
        self.cash = CashTender(ui, self.fmt, self.errors, self.total)

        self._setup_table()
        self._setup_methods()
        self._setup_quick_items()
        ui.addLineButton.setIcon(icon("plus"))
        ui.addLineButton.clicked.connect(lambda: self.add_line("", Decimal("0.00"), edit=True))
        ui.removeLineButton.clicked.connect(self.remove_selected_line)
        ui.payButton.clicked.connect(self.pay)
        ui.cancelButton.clicked.connect(self.reject)
        ui.openReceiptButton.clicked.connect(self.open_receipt)
        ui.printButton.clicked.connect(self.print_receipt)
        ui.referenceEdit.returnPressed.connect(self.pay)
        # Enter in "Cash received" reaches the dialog's default button (Pay) by itself; a
        # returnPressed slot as well would pay and then press "Done" with the same key.
        ui.changeDueLabel.setFont(font_with(ui.changeDueLabel.font(), point_delta=6, bold=True))
        ui.changeDueLabel.setVisible(False)

        # Enter pays from anywhere on the form: only the Pay button may take Enter, so a
        # focused method button or "Add line" does not swallow it (QDialog's autoDefault).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        ui.payButton.setDefault(True)

        self.documents = DocumentRunner(self)
        self.documents.sig_report.connect(self._show_status)
        self.saved_banner = SavedBanner(ui.donePage)
        ui.doneLayout.insertWidget(ui.doneLayout.indexOf(ui.receiptRow) + 1, self.saved_banner)
        self.documents.sig_saved.connect(self.saved_banner.show_saved)

        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), lambda: self.add_line("", Decimal(0), edit=True)),
            (QKeySequence("Ctrl+O"), self.open_receipt),
            (QKeySequence("Ctrl+P"), self.print_receipt),
        ):
            shortcut = QShortcut(key, self)
            shortcut.activated.connect(slot)

        for item in preset:
            self.add_item(item)
        self._update_total()
        if ui.itemsTable.rowCount():
            ui.cashButton.setFocus()
        else:
            ui.itemsTable.setFocus()

    def _update_total(self) -> None:
        total = self.total()
        ui = self.ui
        self.cash.refresh()
        if total is None:
            ui.totalLabel.setText("—")
            ui.payButton.setText("Pay")
            return
        text = self.fmt.money(total)
        ui.totalLabel.setText(text)
        if self.state == "unsent":
            ui.payButton.setText(f"Retry — pay {text}")
        else:
            ui.payButton.setText(f"Pay {text}" if total > 0 else "Pay")

    # -- method --------------------------------------------------------------------------------

    def _setup_methods(self) -> None:
        ui = self.ui
        self._methods = QButtonGroup(self)
        self._methods.setExclusive(True)
        for method, button in self.method_buttons().items():
            self._methods.addButton(button)
            button.setProperty("methodKey", method)
            button.setIcon(icon(_METHOD_ICONS[method]))
        self._methods.buttonToggled.connect(self._on_method)
        ui.referenceEdit.setEnabled(False)

    def method_buttons(self) -> dict[str, QPushButton]:
        """The four method buttons by the service's method names."""
        ui = self.ui
        return {
            "cash": ui.cashButton,
            "card": ui.cardButton,
            "transfer": ui.transferButton,
            "other": ui.otherButton,
        }

    def method(self) -> str | None:
        """The chosen method (``cash``/``card``/``transfer``/``other``) or None."""
        button = self._methods.checkedButton()
        return str(button.property("methodKey")) if button is not None else None

    def set_method(self, method: str) -> None:
        """Choose a method as if its button was pressed."""
        self.method_buttons()[method].setChecked(True)

    def _on_method(self, button: QPushButton, checked: bool) -> None:
        if not checked:
            return
        self.errors.clear_field("method")
        method = str(button.property("methodKey"))
        ui = self.ui
        needs_reference = method != "cash"
        ui.referenceEdit.setEnabled(needs_reference)
        # Cash has no reference but a received amount: one row or the other, never both.
        for widget in (ui.referenceKey, ui.referenceEdit):
            widget.setVisible(needs_reference)
        self.cash.set_visible(not needs_reference)
        if not needs_reference:
            ui.referenceEdit.clear()
            self.errors.clear_field("provider_reference")
            ui.tenderedEdit.setFocus()
        placeholder = {
            "card": "The terminal's transaction number — never the card number",
            "transfer": "The bank's transfer reference",
            "other": "Voucher number, MB Way reference…",
        }.get(method, "")
        ui.referenceEdit.setPlaceholderText(placeholder)

    # -- paying --------------------------------------------------------------------------------

    def pay(self) -> None:
        """Send the payment (or retry the same one); a second press while sending is ignored."""
        if self.state in ("sending", "paid"):
            return
        if self.state == "editing":
            self.errors.clear()
            items = self._lines()
            if items is None:
                return
            method = self.method()
            if method is None:
                self.errors.show_field("method", "Choose how the member paid.")
                return
            if method == "cash" and not self.cash.check():
                return
            tendered = (self.cash.text() if method == "cash" else "") or None
            reference = self.ui.referenceEdit.text().strip() or None
            self._request = (items, method, reference, tendered)
        items, method, reference, tendered = self._request
        self._set_state("sending")
        actor, key, member_id = self.context.actor, self.idempotency_key, self.member_id
        run_in_background(
            lambda: payments.take_payment(
                actor=actor,
                idempotency_key=key,
                member_id=member_id,
                items=items,
                method=method,
                provider_reference=reference,
                cash_tendered=tendered,
            ),
            on_done=self._paid,
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, Unavailable) or not isinstance(err, ServiceError):
            # It may or may not have reached the database: only the same request may follow.
            self._set_state("unsent")
            self._show_status("bad", NOT_SENT)
            return
        # The service refused it and rolled back: nothing was charged; fix and send again
        # (still with the same key, which the database has not seen).
        self._set_state("editing")
        if isinstance(err, ValidationError) and err.field.startswith("items["):
            number = err.field[len("items[") : -1]
            prefix = f"Line {int(number) + 1}: " if number.isdigit() else ""
            self.errors.show_field("items", prefix + lower_first(str(err)) if prefix else str(err))
        else:
            self.errors.show(err)

    def _paid(self, info: PaymentInfo) -> None:
        self.outcome = info
        self._set_state("paid")
        ui, fmt = self.ui, self.fmt
        ui.doneIcon.setPixmap(icon_pixmap("verdict-green", 56, color=tone_colors("ok")[1]))
        ui.doneTitle.setText(f"Paid {fmt.money(info.amount, info.currency)}")
        ui.receiptLabel.setText(f"Receipt {info.receipt_number}")
        details = [METHOD_LABELS.get(info.method, info.method)]
        if info.cash_tendered is not None and info.change_given is not None:
            details.append(f"received {fmt.money(info.cash_tendered, info.currency)}")
            ui.changeDueLabel.setText(
                f"Give {fmt.money(info.change_given, info.currency)} change"
                if info.change_given
                else "No change to give"
            )
            ui.changeDueLabel.setVisible(True)
        if info.provider_reference:
            details.append(f"ref. {info.provider_reference}")
        if info.tax_amount:
            details.append(
                f"includes {info.tax_rate.normalize():f}% tax: "
                f"{fmt.money(info.tax_amount, info.currency)}"
            )
        ui.doneText.setText(" · ".join(details))
        ui.taxLabel.setText(details[-1] if info.tax_amount else "")
        ui.pages.setCurrentWidget(ui.donePage)
        ui.statusLabel.setVisible(False)
        self.context.events.notify(PAYMENTS, MEMBERSHIPS, MEMBERS)
        self.sig_paid.emit(info)

    def _set_state(self, state: str) -> None:
        self.state = state
        ui = self.ui
        editable = state == "editing"
        for widget in (
            ui.itemsTable,
            ui.addLineButton,
            ui.removeLineButton,
            ui.quickBox,
            ui.referenceEdit if self.method() not in (None, "cash") else None,
            *self.method_buttons().values(),
        ):
            if widget is not None:
                widget.setEnabled(editable)
        self.cash.set_enabled(editable)
        ui.payButton.setEnabled(state in ("editing", "unsent"))
        ui.payButton.setVisible(state != "paid")
        if state == "sending":
            self._show_status("info", "Sending the payment…")
        elif state == "editing":
            ui.statusLabel.setVisible(False)
        if state == "paid":
            ui.cancelButton.setText("Done")
            ui.cancelButton.setToolTip("Close (Enter or Esc)")
            ui.cancelButton.setDefault(True)
            ui.cancelButton.setProperty("primary", True)
            set_role(ui.cancelButton, "")
            ui.cancelButton.setFocus()
        self._update_total()

    def _show_status(self, tone: str, text: str) -> None:
        label = self.ui.statusLabel
        label.setText(text)
        fg = tone_colors(tone if tone in ("ok", "bad", "info") else "info")[1]
        weight = "600" if tone == "bad" else "normal"
        label.setStyleSheet(f"color: {fg.name()}; font-weight: {weight};")
        label.setVisible(True)

    def status_text(self) -> str:
        """The status line ("" when hidden)."""
        return "" if self.ui.statusLabel.isHidden() else self.ui.statusLabel.text()

    # -- receipt -------------------------------------------------------------------------------

    def open_receipt(self) -> None:
        """Open the receipt PDF in the viewer (kept in the receipts folder)."""
        if self.outcome is not None:
            self.documents.open(
                self._receipt_maker(), self.outcome.receipt_number, keep_in=self._folder()
            )

    def print_receipt(self) -> None:
        """Print the receipt (see ``pdf_view``)."""
        if self.outcome is not None:
            self.documents.print(
                self._receipt_maker(), self.outcome.receipt_number, keep_in=self._folder()
            )

    def _folder(self) -> Path:
        """The receipts folder of the year the receipt was issued (gym time)."""
        year = self.fmt.local(self.outcome.created_at).year if self.outcome else 0
        return receipts_folder(year)

    def _receipt_maker(self):  # type: ignore[no-untyped-def]
        actor, payment_id = self.context.actor, self.outcome.id if self.outcome else 0
        return lambda: payments.receipt_pdf(actor=actor, payment_id=payment_id)

    # -- closing -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Qt gotcha: a top-level layout's minimum size ignores height-for-width, so the
        # wrapped quick-add buttons could squeeze the table. Once shown (and laid out at the
        # real width), grow to the height the wrapped rows need.
        QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            wanted = layout.totalHeightForWidth(self.width())
            if wanted > self.height():
                self.resize(self.width(), wanted)

    def reject(self) -> None:
        if self.state == "sending":
            self._show_status("info", "Waiting for the database to answer…")
            return
        if self.state == "unsent":
            ask(
                self,
                title="Close without an answer?",
                text="The payment may or may not have reached the database.",
                details="Retry is safe and never charges twice. If you close, check the "
                "member's payments before charging again.",
                confirm="Close anyway",
                cancel="Keep trying",
                on_confirm=self._force_close,
                warning=True,
            )
            return
        super().reject()

    def _force_close(self) -> None:
        self.state = "editing"
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state in ("sending", "unsent"):
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def _editing_a_cell(self) -> bool:
        return self.ui.itemsTable.state() == QAbstractItemView.State.EditingState

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and watched is self.ui.itemsTable
            and not self._editing_a_cell()
        ):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected_line()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Enter on the bill pays; F2 (or typing) edits a cell.
                self.pay()
                return True
        return super().eventFilter(watched, event)


_METHOD_ICONS = {"cash": "cash", "card": "card", "transfer": "transfer", "other": "more"}

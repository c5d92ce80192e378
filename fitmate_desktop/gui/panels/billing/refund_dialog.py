"""Refund all or part of a payment, with a reason, after one question naming the money.

The dialog shows the original receipt, what was paid, what was already refunded and what can
still be refunded; the amount starts at "the rest". Pressing Refund asks once — "Refund
€45.00 of receipt R-2026-000123 to Ana Silva?" — then the service issues a credit note, which
opens by itself. Like the payment dialog, one idempotency key per dialog makes a retry after a
lost connection safe. A receptionist's refund over the gym's limit is refused by the service
and the reason is shown under the amount. The credit note is kept in the workstation's
receipts folder, and the banner under it names the file, with "Open folder".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERSHIPS, PAYMENTS
from fitmate_desktop.gui.forms.ui_refund_dialog import Ui_RefundDialog
from fitmate_desktop.gui.style import font_with, icon_pixmap, tone_colors
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import FieldErrors, ask
from fitmate_desktop.gui.widgets.pdf_view import DocumentRunner, SavedBanner, receipts_folder
from fitmate_desktop.services import payments
from fitmate_desktop.services.errors import (
    PermissionDenied,
    ServiceError,
    Unavailable,
    ValidationError,
)
from fitmate_desktop.services.memberships import parse_money
from fitmate_desktop.services.payments import METHOD_LABELS, PaymentInfo

NOT_SENT = (
    "Not sent — the database could not be reached. Retry is safe: the refund is never made twice."
)


class RefundDialog(QDialog):
    """Refunds ``payment``; ``sig_refunded(credit_note: PaymentInfo)`` when done."""

    sig_refunded = Signal(object)

    def __init__(
        self, context: GuiContext, payment: PaymentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RefundDialog()
        self.ui.setupUi(self)
        self.context = context
        self.fmt = context.formatter
        self.payment = payment
        self.idempotency_key = uuid.uuid4()
        self.state = "editing"  # editing | confirming | sending | unsent | done
        self.outcome: PaymentInfo | None = None
        self._amount = Decimal("0.00")
        ui, fmt = self.ui, self.fmt
        money = self._money

        self.setWindowTitle(f"Refund — receipt {payment.receipt_number}")
        self.setMinimumWidth(560)
        when = fmt.date(fmt.local(payment.created_at).date())
        method = METHOD_LABELS.get(payment.method, payment.method)
        ui.receiptValue.setText(f"{payment.receipt_number} · {when} · {method}")
        member = payment.member_name or "Walk-in sale"
        if payment.member_code:
            member += f" ({payment.member_code})"
        ui.memberValue.setText(member)
        ui.paidValue.setText(money(payment.amount))
        ui.refundedValue.setText(money(payment.refunded) if payment.refunded else "Nothing yet")
        ui.maxValue.setText(money(payment.refundable))
        ui.maxValue.setFont(font_with(ui.maxValue.font(), bold=True))
        ui.currencyLabel.setText(payment.currency)
        ui.amountEdit.setText(f"{payment.refundable:.2f}")
        ui.amountEdit.setMaximumWidth(140)
        ui.amountEdit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        ui.statusLabel.setVisible(False)
        ui.pages.setCurrentWidget(ui.formPage)

        self.errors = FieldErrors(ui.formError)
        self.errors.bind("amount", ui.amountError, ui.amountEdit)
        self.errors.bind("reason", ui.reasonError, ui.reasonEdit)

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        ui.refundButton.setDefault(True)
        ui.refundButton.clicked.connect(self.refund)
        ui.cancelButton.clicked.connect(self.reject)
        ui.openCreditButton.clicked.connect(self.open_credit_note)
        ui.printCreditButton.clicked.connect(self.print_credit_note)
        for key, slot in (("Ctrl+O", self.open_credit_note), ("Ctrl+P", self.print_credit_note)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)

        self.documents = DocumentRunner(self)
        self.documents.sig_report.connect(self._show_status)
        self.saved_banner = SavedBanner(ui.donePage)
        ui.doneLayout.insertWidget(ui.doneLayout.indexOf(ui.creditRow) + 1, self.saved_banner)
        self.documents.sig_saved.connect(self.saved_banner.show_saved)

        if payment.refundable <= 0:
            self.errors.show_form("This payment has already been refunded in full.")
            ui.refundButton.setEnabled(False)
            ui.amountEdit.setEnabled(False)
            ui.reasonEdit.setEnabled(False)
        ui.reasonEdit.setFocus()

    def _money(self, amount: Decimal) -> str:
        return self.fmt.money(amount, self.payment.currency)

    # -- refunding -----------------------------------------------------------------------------

    def refund(self) -> None:
        """Check the input, ask once naming the amount, receipt and member, then refund."""
        if self.state in ("confirming", "sending", "done"):
            return
        if self.state == "unsent":
            self._send()
            return
        self.errors.clear()
        payment = self.payment
        try:
            amount = parse_money(self.ui.amountEdit.text(), field="amount")
        except ValidationError as err:
            self.errors.show(err)
            return
        if amount <= 0:
            self.errors.show_field("amount", "Enter the amount to refund.")
            return
        if amount > payment.refundable:
            self.errors.show_field(
                "amount", f"At most {self._money(payment.refundable)} can still be refunded."
            )
            return
        if not self.ui.reasonEdit.text().strip():
            self.errors.show_field("reason", "Say why the money is refunded.")
            return
        self._amount = amount
        self.state = "confirming"
        to_whom = f" to {payment.member_name}" if payment.member_name else ""
        box = ask(
            self,
            title="Refund",
            text=f"Refund {self._money(amount)} of receipt {payment.receipt_number}{to_whom}?",
            details=f"Paid by {METHOD_LABELS.get(payment.method, payment.method).lower()}: "
            "give the money back the same way. A credit note is issued.",
            confirm=f"Refund {self._money(amount)}",
            on_confirm=self._send,
        )
        # Connected after ask()'s own handler: on "Refund" sending has started by then; on
        # Cancel the dialog is editable again.
        box.finished.connect(self._confirm_closed)

    def _confirm_closed(self, _result: int) -> None:
        if self.state == "confirming":
            self.state = "editing"

    def _send(self) -> None:
        self.state = "sending"
        self._lock(True)
        self._show_status("info", "Sending the refund…")
        actor, payment_id, key = self.context.actor, self.payment.id, self.idempotency_key
        amount, reason = self._amount, self.ui.reasonEdit.text().strip()
        run_in_background(
            lambda: payments.refund_payment(
                actor=actor,
                payment_id=payment_id,
                amount=amount,
                reason=reason,
                idempotency_key=key,
            ),
            on_done=self._refunded,
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, err: BaseException) -> None:
        if isinstance(err, Unavailable) or not isinstance(err, ServiceError):
            self.state = "unsent"
            self.ui.refundButton.setEnabled(True)
            self.ui.refundButton.setText("Retry refund")
            self._show_status("bad", NOT_SENT)
            return
        self.state = "editing"
        self._lock(False)
        self.ui.statusLabel.setVisible(False)
        if isinstance(err, PermissionDenied):
            # The reception's refund limit: said next to the amount, where it can be fixed
            # (a smaller amount) or taken to an admin.
            self.errors.show_field("amount", str(err))
        else:
            self.errors.show(err)

    def _refunded(self, credit: PaymentInfo) -> None:
        self.state = "done"
        self.outcome = credit
        ui = self.ui
        ui.doneIcon.setPixmap(icon_pixmap("verdict-green", 48, color=tone_colors("ok")[1]))
        ui.doneTitle.setText(f"Refunded {self._money(credit.amount)}")
        ui.creditLabel.setText(f"Credit note {credit.receipt_number}")
        ui.creditLabel.setFont(font_with(ui.creditLabel.font(), point_delta=5, bold=True))
        ui.doneText.setText(
            f"Against receipt {self.payment.receipt_number}. Give the money back by "
            f"{METHOD_LABELS.get(self.payment.method, self.payment.method).lower()}."
        )
        ui.pages.setCurrentWidget(ui.donePage)
        ui.refundButton.setVisible(False)
        ui.cancelButton.setText("Done")
        ui.cancelButton.setDefault(True)
        ui.cancelButton.setFocus()
        ui.statusLabel.setVisible(False)
        self.context.events.notify(PAYMENTS, MEMBERSHIPS)
        self.sig_refunded.emit(credit)
        # The desk hands over (or files) the credit note: open it at once.
        self.open_credit_note()

    def _lock(self, locked: bool) -> None:
        ui = self.ui
        ui.amountEdit.setEnabled(not locked)
        ui.reasonEdit.setEnabled(not locked)
        ui.refundButton.setEnabled(not locked)

    def _show_status(self, tone: str, text: str) -> None:
        label = self.ui.statusLabel
        label.setText(text)
        fg = tone_colors(tone if tone in ("ok", "bad", "info") else "info")[1]
        label.setStyleSheet(
            f"color: {fg.name()};" + (" font-weight: 600;" if tone == "bad" else "")
        )
        label.setVisible(True)

    def status_text(self) -> str:
        """The status line ("" when hidden)."""
        return "" if self.ui.statusLabel.isHidden() else self.ui.statusLabel.text()

    # -- credit note ---------------------------------------------------------------------------

    def open_credit_note(self) -> None:
        """Open the credit note PDF (kept in the receipts folder)."""
        self._credit_note(self.documents.open)

    def print_credit_note(self) -> None:
        """Print the credit note."""
        self._credit_note(self.documents.print)

    def _credit_note(self, then: Callable[..., None]) -> None:
        credit = self.outcome
        if credit is not None:
            actor, payment_id = self.context.actor, credit.id
            then(
                lambda: payments.receipt_pdf(actor=actor, payment_id=payment_id),
                credit.receipt_number,
                keep_in=receipts_folder(self.fmt.local(credit.created_at).year),
            )

    def reject(self) -> None:
        if self.state == "sending":
            self._show_status("info", "Waiting for the database to answer…")
            return
        super().reject()

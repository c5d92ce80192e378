"""Take a payment: what is paid for, how, the total in big figures, then the receipt.

Never charges twice. The dialog draws ONE idempotency key (uuid4) when it opens and sends it
with every attempt, so:

- a double click, or Enter pressed twice, sends once: the Pay button is disabled while the
  request is in flight and the dialog ignores a second press;
- a lost connection leaves the dialog open saying "Not sent — Retry"; the entries are locked
  so the retry is the very same request, and the service answers a key it has seen with the
  payment it already made instead of charging again.

Keyboard: Alt+C / Alt+A / Alt+T / Alt+O pick the method, Ins adds a line, Del removes the
selected one, Enter pays, Esc closes. After payment: Ctrl+O opens the receipt, Ctrl+P prints
it, Enter or Esc closes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS, PAYMENTS
from fitmate_desktop.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from fitmate_desktop.gui.style import font_with, icon, icon_pixmap, set_role, tone_colors
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.flow_layout import FlowLayout
from fitmate_desktop.gui.widgets.form_support import FieldErrors, ask
from fitmate_desktop.gui.widgets.pdf_view import DocumentRunner
from fitmate_desktop.services import payments
from fitmate_desktop.services.errors import ServiceError, Unavailable, ValidationError
from fitmate_desktop.services.memberships import parse_money
from fitmate_desktop.services.payments import METHOD_LABELS, PaymentInfo, SaleItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # (membership_id, pt_package_id) of a line
COL_DESCRIPTION, COL_QTY, COL_AMOUNT = range(3)
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


@dataclass(frozen=True)
class QuickItem:
    """A line the desk can add with one click: a membership that is due, a PT package."""

    label: str  # the button: "Membership: Monthly (due €39.90)"
    description: str  # the receipt line
    amount: Decimal
    membership_id: int | None = None
    pt_package_id: int | None = None


class PaymentDialog(QDialog):
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

        # Enter pays from anywhere on the form: only the Pay button may take Enter, so a
        # focused method button or "Add line" does not swallow it (QDialog's autoDefault).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        ui.payButton.setDefault(True)

        self.documents = DocumentRunner(self)
        self.documents.sig_report.connect(self._show_status)

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

    # -- items ---------------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.ui.itemsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Description", "Qty", "Amount"])
        amount_header = table.horizontalHeaderItem(COL_AMOUNT)
        if amount_header is not None:
            amount_header.setToolTip("The line's total, tax included")
            amount_header.setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_QTY, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_AMOUNT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COL_QTY, 56)
        header.resizeSection(COL_AMOUNT, 120)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(30)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.itemChanged.connect(lambda _item: self._update_total())
        table.installEventFilter(self)
        # The empty bill says what to do instead of showing a blank box.
        self._empty_hint = QLabel(
            "Nothing on the bill yet. Add a line with the buttons above, or “Add line” (Ins).",
            table.viewport(),
        )
        self._empty_hint.setWordWrap(True)
        self._empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty_hint.setProperty("role", "muted")
        hint_layout = QVBoxLayout(table.viewport())
        hint_layout.addWidget(self._empty_hint)
        model = table.model()
        model.rowsInserted.connect(lambda *_a: self._rows_changed())
        model.rowsRemoved.connect(lambda *_a: self._rows_changed())

    def _rows_changed(self) -> None:
        self._empty_hint.setVisible(self.ui.itemsTable.rowCount() == 0)
        self._sync_quick_buttons()

    def add_item(self, item: QuickItem) -> None:
        """Add a quick item (a membership that is due, a PT package) as a line."""
        table = self.ui.itemsTable
        for row in range(table.rowCount()):
            cell = table.item(row, COL_DESCRIPTION)
            ids = cell.data(ID_ROLE) if cell is not None else None
            if ids and ids == (item.membership_id, item.pt_package_id):
                # Already on the bill: one membership per receipt, and no double entries.
                table.setCurrentCell(row, COL_AMOUNT)
                return
        self.add_line(
            item.description,
            item.amount,
            membership_id=item.membership_id,
            pt_package_id=item.pt_package_id,
        )

    def add_line(
        self,
        description: str,
        amount: Decimal,
        *,
        quantity: int = 1,
        membership_id: int | None = None,
        pt_package_id: int | None = None,
        edit: bool = False,
    ) -> int:
        """Append a line; with ``edit`` the description cell opens for typing."""
        if self.state != "editing":
            return -1
        table = self.ui.itemsTable
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        text = QTableWidgetItem(description)
        text.setData(ID_ROLE, (membership_id, pt_package_id))
        qty = QTableWidgetItem(str(quantity))
        qty.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        money = QTableWidgetItem("" if edit and not amount else f"{amount:.2f}")
        money.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if membership_id is not None:
            # The membership's line says what it is; only the amount (a part payment) changes.
            text.setFlags(text.flags() & ~Qt.ItemFlag.ItemIsEditable)
            qty.setFlags(qty.flags() & ~Qt.ItemFlag.ItemIsEditable)
            text.setToolTip("The membership being paid for. Change the amount for a part payment.")
        table.setItem(row, COL_DESCRIPTION, text)
        table.setItem(row, COL_QTY, qty)
        table.setItem(row, COL_AMOUNT, money)
        table.blockSignals(False)
        table.setCurrentCell(row, COL_DESCRIPTION if edit else COL_AMOUNT)
        if edit:
            table.setFocus()
            table.editItem(text)
        self.errors.clear_field("items")
        self._update_total()
        # rowsInserted came before the cells were filled: look at the bill again now.
        self._sync_quick_buttons()
        return row

    def remove_selected_line(self) -> None:
        """Remove the line with the cursor."""
        if self.state != "editing":
            return
        table = self.ui.itemsTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._update_total()

    def _lines(self) -> list[SaleItem] | None:
        """The lines as sale items, or None after showing what is wrong with one."""
        table = self.ui.itemsTable
        if table.rowCount() == 0:
            self.errors.show_field("items", "Add at least one line to charge.")
            return None
        items: list[SaleItem] = []
        for row in range(table.rowCount()):
            where = f"Line {row + 1}: " if table.rowCount() > 1 else ""
            description = self._cell(row, COL_DESCRIPTION).strip()
            if not description:
                self._line_error(row, COL_DESCRIPTION, where + "describe what is being paid for.")
                return None
            try:
                quantity = int(self._cell(row, COL_QTY).strip() or "1")
            except ValueError:
                quantity = 0
            if not 1 <= quantity <= 999:
                self._line_error(row, COL_QTY, where + "the quantity must be 1 to 999.")
                return None
            try:
                amount = parse_money(self._cell(row, COL_AMOUNT), field="items")
            except ValidationError as err:
                self._line_error(row, COL_AMOUNT, where + _lower_first(str(err)))
                return None
            if amount <= 0:
                self._line_error(row, COL_AMOUNT, where + "enter the amount to charge.")
                return None
            cell = table.item(row, COL_DESCRIPTION)
            ids = cell.data(ID_ROLE) if cell is not None else None
            membership_id, package_id = ids if ids else (None, None)
            items.append(
                SaleItem(
                    description=description,
                    amount=amount,
                    quantity=quantity,
                    membership_id=membership_id,
                    pt_package_id=package_id,
                )
            )
        return items

    def _line_error(self, row: int, column: int, message: str) -> None:
        self.errors.show_field("items", message)
        self.ui.itemsTable.setCurrentCell(row, column)

    def _cell(self, row: int, column: int) -> str:
        item = self.ui.itemsTable.item(row, column)
        return item.text() if item is not None else ""

    def total(self) -> Decimal | None:
        """The sum of the lines, or None while a line's amount is not a valid amount."""
        table = self.ui.itemsTable
        total = Decimal("0.00")
        for row in range(table.rowCount()):
            text = self._cell(row, COL_AMOUNT).strip()
            if not text:
                continue
            try:
                total += parse_money(text)
            except ValidationError:
                return None
        return total

    def _update_total(self) -> None:
        total = self.total()
        ui = self.ui
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

    def _setup_quick_items(self) -> None:
        box = self.ui.quickBox
        # The labels vary in length ("Membership: Monthly Unlimited (due €39.90)"): a flow
        # layout wraps them onto a second row instead of cutting them off.
        layout = FlowLayout(box, spacing=8)
        if not self._quick_items:
            box.setVisible(False)
            return
        for item in self._quick_items:
            button = QPushButton(icon("plus"), item.label, box)
            button.setObjectName("quickAddButton")
            button.setAutoDefault(False)
            button.setToolTip(f"Add “{item.description}” to the bill")
            button.clicked.connect(lambda _checked=False, it=item: self.add_item(it))
            layout.addWidget(button)

    def _sync_quick_buttons(self) -> None:
        """A quick item already on the bill is greyed out ("on the bill") until removed."""
        table = self.ui.itemsTable
        on_bill = set()
        for row in range(table.rowCount()):
            cell = table.item(row, COL_DESCRIPTION)
            ids = cell.data(ID_ROLE) if cell is not None else None
            if ids:
                on_bill.add(tuple(ids))
        for button, item in zip(self.quick_buttons(), self._quick_items, strict=False):
            added = (item.membership_id, item.pt_package_id) in on_bill
            button.setEnabled(not added and self.state == "editing")
            button.setToolTip(
                "Already on the bill" if added else f"Add “{item.description}” to the bill"
            )

    def quick_buttons(self) -> list[QPushButton]:
        """The quick-add buttons, in order (tests click them)."""
        return self.ui.quickBox.findChildren(QPushButton, "quickAddButton")

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
        if not needs_reference:
            ui.referenceEdit.clear()
            self.errors.clear_field("provider_reference")
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
            self._request = (items, method, self.ui.referenceEdit.text().strip() or None)
        items, method, reference = self._request
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
            self.errors.show_field("items", prefix + _lower_first(str(err)) if prefix else str(err))
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
        """Open the receipt PDF in the viewer."""
        if self.outcome is not None:
            self.documents.open(self._receipt_maker(), self.outcome.receipt_number)

    def print_receipt(self) -> None:
        """Print the receipt (see ``pdf_view``)."""
        if self.outcome is not None:
            self.documents.print(self._receipt_maker(), self.outcome.receipt_number)

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


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text

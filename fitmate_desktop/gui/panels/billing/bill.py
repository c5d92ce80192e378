"""The bill of the payment dialog: its lines, the one-click items and the total.

A mixin of ``PaymentDialog`` (kept apart so each file reads in one sitting): the lines are
rows of the dialog's ``itemsTable``; membership lines keep their ids in ``ID_ROLE`` and only
their amount (a part payment) can change.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
)

from fitmate_desktop.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from fitmate_desktop.gui.style import icon
from fitmate_desktop.gui.widgets.flow_layout import FlowLayout
from fitmate_desktop.gui.widgets.form_support import FieldErrors
from fitmate_desktop.services.errors import ValidationError
from fitmate_desktop.services.money import parse_money
from fitmate_desktop.services.payments import SaleItem

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # (membership_id, pt_package_id) of a line
COL_DESCRIPTION, COL_QTY, COL_AMOUNT = range(3)


@dataclass(frozen=True)
class QuickItem:
    """A line the desk can add with one click: a membership that is due, a PT package."""

    label: str  # the button: "Membership: Monthly (due €39.90)"
    description: str  # the receipt line
    amount: Decimal
    membership_id: int | None = None
    pt_package_id: int | None = None


def lower_first(text: str) -> str:
    """``Use at most…`` -> ``use at most…`` (after "Line 2: ")."""
    return text[:1].lower() + text[1:] if text else text


class PaymentBill:
    """The bill's behaviour, mixed into ``PaymentDialog`` (which sets the attributes below)."""

    ui: Ui_PaymentDialog
    state: str
    errors: FieldErrors
    _quick_items: list[QuickItem]
    _empty_hint: QLabel

    def _update_total(self) -> None:  # the dialog's
        raise NotImplementedError

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
                self._line_error(row, COL_AMOUNT, where + lower_first(str(err)))
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

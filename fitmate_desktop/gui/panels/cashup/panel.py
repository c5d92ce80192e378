"""The end-of-day cash-up, laid out like the paper it replaces.

A day at the top (today by default; Alt+Left / Alt+Right step through days), then one sheet:
the day in words, the receipts issued, the net takings in big figures, the count (expected,
counted and the difference per payment method, entered by the person closing; once closed,
the stored count with who and when: ``count.CountSheet``), a table per payment method and one
per staff member, each with its totals row, and the PDF one click away (Ctrl+O opens it,
Ctrl+P prints it to sign; it is kept in the receipts folder, which the banner names).
Payments at this desk or another refresh it.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fitmate_desktop.documents.cashup import CashUpRow
from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import PAYMENTS
from fitmate_desktop.gui.forms.ui_cashup_panel import Ui_CashUpPanel
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.cashup.count import CountSheet
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.style import font_with, icon, set_tone
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import user_message
from fitmate_desktop.gui.widgets.pdf_view import DocumentRunner, SavedBanner, receipts_folder
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import cashups
from fitmate_desktop.services.cashups import CashUp, ClosedCashUp

log = logging.getLogger(__name__)

COLUMNS = ("Sales", "Taken", "Refunds", "Net")
PAPER_STYLE = """
QFrame#paper { background: palette(base); border: 1px solid palette(mid); border-radius: 8px; }
QFrame#paper QTableWidget { background: palette(base); border: none; }
QFrame#paper QHeaderView::section {
    background: palette(base); border: none; border-bottom: 1px solid palette(mid);
    padding: 4px 8px; font-weight: 600;
}
QWidget#paperHolder { background: palette(window); }
"""


@register_panel(
    name="cashup",
    title="Cash-up",
    icon="cashup",
    permission=Permission.CASHUP_VIEW,
    order=40,
)
class CashUpPanel(Panel):
    """One day's takings at this site; see the module docstring."""

    refresh_on = frozenset({PAYMENTS})

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CashUpPanel()
        self.ui.setupUi(self)
        self.fmt = context.formatter
        self.summary: CashUp | None = None
        self._task = LatestOnly(self)
        ui = self.ui
        self.setStyleSheet(PAPER_STYLE)

        today = self.fmt.today()
        ui.dateEdit.setDisplayFormat("ddd d MMM yyyy")
        ui.dateEdit.setMaximumDate(QDate(today.year, today.month, today.day))
        ui.dateEdit.setDate(QDate(today.year, today.month, today.day))
        ui.prevDayButton.setIcon(icon("chevron-left"))
        ui.nextDayButton.setIcon(icon("chevron-right"))
        ui.pdfButton.setIcon(icon("file"))
        ui.printButton.setIcon(icon("print"))
        ui.netLabel.setFont(font_with(ui.netLabel.font(), point_delta=12, bold=True))
        # A sheet of paper: a readable width of its own, centred, never the whole window.
        ui.paper.setMinimumWidth(780)
        ui.noticeLabel.setVisible(False)
        for table in (ui.methodTable, ui.staffTable):
            self._setup_table(table)
        self.count = CountSheet(context, ui.paper)
        ui.paperLayout.insertWidget(ui.paperLayout.indexOf(ui.methodSection), self.count)
        self.count.sig_closed.connect(self._closed)
        self.count.sig_reload.connect(self.load)

        ui.dateEdit.dateChanged.connect(lambda _d: self.load())
        ui.prevDayButton.clicked.connect(lambda: self.step(-1))
        ui.nextDayButton.clicked.connect(lambda: self.step(1))
        ui.todayButton.clicked.connect(self.go_today)
        ui.pdfButton.clicked.connect(self.open_pdf)
        ui.printButton.clicked.connect(self.print_pdf)
        for keys, slot in (
            ("Alt+Left", lambda: self.step(-1)),
            ("Alt+Right", lambda: self.step(1)),
            ("Ctrl+O", self.open_pdf),
            ("Ctrl+P", self.print_pdf),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.documents = DocumentRunner(self)
        self.documents.sig_report.connect(self._notice)
        self.saved_banner = SavedBanner(self)
        ui.panelLayout.insertWidget(1, self.saved_banner)
        self.documents.sig_saved.connect(self.saved_banner.show_saved)
        self.load()

    # -- Panel -----------------------------------------------------------------------------------

    def focus_primary(self) -> None:
        """The day picker."""
        self.ui.dateEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self, kinds: frozenset[str]) -> None:
        """A payment or refund somewhere: add the day up again."""
        self.load()

    def connection_restored(self) -> None:
        """Retry after the database came back."""
        if self.ui.cashState.state == "error":
            self.load()

    # -- the day ---------------------------------------------------------------------------------

    def day(self) -> dt.date:
        """The day shown."""
        d = self.ui.dateEdit.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_day(self, day: dt.date) -> None:
        """Show ``day`` (loads it)."""
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

    def step(self, days: int) -> None:
        """The day before (-1) or after (+1); never beyond today."""
        target = self.day() + dt.timedelta(days=days)
        if target <= self.fmt.today():
            self.set_day(target)

    def go_today(self) -> None:
        """Back to today."""
        self.set_day(self.fmt.today())

    def load(self) -> None:
        """Add up the day on a worker; the four states while it does."""
        day, actor = self.day(), self.context.actor
        ui = self.ui
        ui.nextDayButton.setEnabled(day < self.fmt.today())
        ui.cashState.show_loading("Adding up the day…")
        self._task.run(
            lambda: cashups.cash_up(actor=actor, day=day),
            on_done=self._show,
            on_error=self._failed,
        )

    def _failed(self, err: BaseException) -> None:
        self.summary = None
        self.ui.cashState.show_error("Couldn’t add up the day", user_message(err), retry=self.load)

    def _show(self, summary: CashUp) -> None:
        self.summary = summary
        ui, fmt = self.ui, self.fmt
        total = summary.total
        if total.count == 0 and total.refunds == 0:
            when = "today" if summary.day == fmt.today() else f"on {fmt.long_date(summary.day)}"
            ui.cashState.show_empty(
                f"No payments {when}",
                "Payments and refunds taken at this site appear here as they happen.",
                icon_name="cashup",
            )
            return
        ui.dayLabel.setText(fmt.long_date(summary.day))
        ui.metaLabel.setText(self._meta(summary))
        ui.netLabel.setText(fmt.money(total.net, summary.currency))
        self._fill(ui.methodTable, "Method", summary.by_method, total, summary.currency)
        self._fill(ui.staffTable, "Staff member", summary.by_staff, total, summary.currency)
        self.count.show_day(summary)
        ui.cashState.show_content()

    def _meta(self, summary: CashUp) -> str:
        fmt = self.fmt
        first, last = summary.first_receipt, summary.last_receipt
        if first and last and first != last:
            receipts = f"Receipts {first} to {last}"
        elif first or last:
            receipts = f"Receipt {first or last}"
        else:
            receipts = "No receipts issued"
        sales = fmt.count(summary.total.count, "sale")
        return f"{receipts}\n{sales} · {self.context.gym.name}"

    # -- tables ----------------------------------------------------------------------------------

    def _setup_table(self, table: QTableWidget) -> None:
        table.setColumnCount(1 + len(COLUMNS))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(30)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, 90 if column == 1 else 130)
        header.setHighlightSections(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setAlternatingRowColors(False)

    def _fill(
        self,
        table: QTableWidget,
        first: str,
        rows: Sequence[CashUpRow],
        total: CashUpRow,
        currency: str,
    ) -> None:
        fmt = self.fmt
        table.clearContents()
        table.setHorizontalHeaderLabels([first, *COLUMNS])
        for column in range(1 + len(COLUMNS)):
            item = table.horizontalHeaderItem(column)
            if item is not None:
                horizontal = (
                    Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                )
                item.setTextAlignment(horizontal | Qt.AlignmentFlag.AlignVCenter)
        lines = [*rows, total]
        table.setRowCount(len(lines))
        bold = font_with(table.font(), bold=True)
        shade = QBrush(table.palette().color(QPalette.ColorRole.AlternateBase))
        for r, line in enumerate(lines):
            is_total = line is total
            refunds = f"− {fmt.money(line.refunds, currency)}" if line.refunds else "—"
            cells = [
                "Total" if is_total else line.label,
                fmt.integer(line.count),
                fmt.money(line.gross, currency),
                refunds,
                fmt.money(line.net, currency),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
                item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
                if is_total:
                    item.setFont(bold)
                    item.setBackground(shade)
                table.setItem(r, c, item)
        # The sheet shows every line: the table is as tall as its rows, never scrolls.
        height = table.horizontalHeader().height() + sum(
            table.rowHeight(r) for r in range(table.rowCount())
        )
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)

    def table_rows(self, table: QTableWidget) -> list[list[str]]:
        """The texts of a table, row by row (tests read them)."""
        texts = []
        for r in range(table.rowCount()):
            items = [table.item(r, c) for c in range(table.columnCount())]
            texts.append([item.text() if item is not None else "" for item in items])
        return texts

    # -- the PDF ---------------------------------------------------------------------------------

    def open_pdf(self) -> None:
        """Open the cash-up PDF (kept in the receipts folder of its year)."""
        actor, day = self.context.actor, self.day()
        self.documents.open(
            lambda: cashups.cash_up_pdf(actor=actor, day=day),
            f"cash-up-{day}",
            keep_in=receipts_folder(day.year),
        )

    def print_pdf(self) -> None:
        """Print the cash-up to sign."""
        actor, day = self.context.actor, self.day()
        self.documents.print(
            lambda: cashups.cash_up_pdf(actor=actor, day=day),
            f"cash-up-{day}",
            keep_in=receipts_folder(day.year),
        )

    def _closed(self, closed: ClosedCashUp) -> None:
        self.context.events.notify(PAYMENTS)
        diff = closed.difference_total
        said = (
            "as expected"
            if diff == 0
            else (f"{self.fmt.money(abs(diff), closed.currency)} {'over' if diff > 0 else 'short'}")
        )
        self._notice("ok", f"Day closed: {self.fmt.money(closed.counted_total)} counted, {said}.")
        self.load()

    def _notice(self, tone: str, text: str) -> None:
        label = self.ui.noticeLabel
        label.setText(text)
        label.setToolTip(text)
        set_tone(label, "bad" if tone == "bad" else None)
        label.setVisible(True)

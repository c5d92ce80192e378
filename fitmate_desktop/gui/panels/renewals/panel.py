"""Renewals due: who to renew before their membership runs out.

The list is ``memberships.renewals_due``: memberships that renew automatically, end within the
chosen days, and have nothing sold after them. Each row has a Renew button; Enter on a row
does the same. Renewing opens the usual renew dialog (dates shown, then "Take payment"), and
the row leaves the list once the next period is sold.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS
from fitmate_desktop.gui.forms.ui_renewals_panel import Ui_RenewalsPanel
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.members.flows import MemberActions
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.style import icon, muted_text_color, set_tone
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import user_message
from fitmate_desktop.gui.widgets.records_model import Column, RecordsModel
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import memberships as memberships_service
from fitmate_desktop.services.memberships import RenewalDue

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    Column("member", "Member", 220),
    Column("code", "Code", 100),
    Column("plan", "Plan", 180),
    Column("ends", "Ends", 200),
    Column("price", "Price", 100, right=True),
    Column("action", "", 110),
)
WITHIN = ((7, "the next 7 days"), (14, "the next 14 days"), (30, "the next 30 days"))


class RenewalsModel(RecordsModel):
    """The renewals as table rows."""

    columns = COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        due = self.row_at(index.row()) if index.isValid() else None
        if due is None:
            return None
        key = self.column_key(index)
        fmt = self.fmt
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "member":
                return due.member_name
            if key == "code":
                return due.member_code
            if key == "plan":
                return due.plan_name
            if key == "ends":
                return f"{fmt.date(due.end_date)} ({fmt.days_until(due.end_date)})"
            if key == "price":
                return fmt.money(due.price, due.currency)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and key == "ends":
            return fmt.long_date(due.end_date)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            right = key == "price"
            horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "code":
            return muted_text_color()
        return None


@register_panel(
    name="renewals",
    title="Renewals",
    icon="renew",
    permission=Permission.MEMBERSHIPS_SELL,
    order=25,
)
class RenewalsPanel(Panel):
    """The renewals list; see the module docstring."""

    refresh_on = frozenset({MEMBERSHIPS, MEMBERS})

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_RenewalsPanel()
        self.ui.setupUi(self)
        self.fmt = context.formatter
        self.model = RenewalsModel(self.fmt, self)
        self.member_actions = MemberActions(context, self)
        self._task = LatestOnly(self)
        ui = self.ui

        for days, text in WITHIN:
            ui.withinCombo.addItem(text, days)
        ui.withinCombo.setCurrentIndex(1)
        ui.noticeLabel.setVisible(False)
        table = ui.renewalsTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(38)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(c.width for c in COLUMNS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Fixed)
        table.activated.connect(lambda index: self.renew_row(index.row()))
        ui.withinCombo.currentIndexChanged.connect(lambda _i: self.load())
        self.member_actions.sig_notice.connect(self._notice)
        self.load()

    def focus_primary(self) -> None:
        """The list (Enter renews the row with the cursor)."""
        self.ui.renewalsTable.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self, kinds: frozenset[str]) -> None:
        """Something was sold or changed: the list may be shorter now."""
        self.load()

    def connection_restored(self) -> None:
        """Retry after the database came back."""
        if self.ui.renewalsState.state == "error":
            self.load()

    def within_days(self) -> int:
        """The window chosen in the combo."""
        return int(self.ui.withinCombo.currentData() or 14)

    def load(self) -> None:
        """Read the renewals due within the chosen window."""
        actor, days = self.context.actor, self.within_days()
        self.ui.renewalsState.show_loading("Looking for renewals…")
        self._task.run(
            lambda: memberships_service.renewals_due(actor=actor, within_days=days),
            on_done=self._show,
            on_error=lambda err: self.ui.renewalsState.show_error(
                "Couldn’t load the renewals", user_message(err), retry=self.load
            ),
        )

    def _show(self, rows: tuple[RenewalDue, ...]) -> None:
        ui = self.ui
        self.model.set_rows(rows)
        days = self.within_days()
        ui.countLabel.setText(self.fmt.count(len(rows), "renewal") + " due")
        if not rows:
            ui.renewalsState.show_empty(
                f"No renewals due in the next {days} days",
                "Memberships that renew automatically show up here two weeks before they end.",
                icon_name="renew",
            )
            return
        for row in range(len(rows)):
            cell = QWidget()
            layout = QHBoxLayout(cell)
            layout.setContentsMargins(6, 3, 6, 3)
            button = QPushButton(icon("renew"), "Renew…", cell)
            button.setObjectName(f"renewButton-{row}")
            button.setToolTip("Sell the next period (Enter)")
            button.clicked.connect(lambda _c=False, r=row: self.renew_row(r))
            layout.addWidget(button)
            # A handful of rows (the next weeks' renewals): one widget per row is fine.
            self.ui.renewalsTable.setIndexWidget(self.model.index(row, len(COLUMNS) - 1), cell)
        ui.renewalsState.show_content()
        if not ui.renewalsTable.currentIndex().isValid():
            ui.renewalsTable.selectRow(0)

    def renew_row(self, row: int) -> None:
        """Open the renew dialog for the member in ``row``."""
        due = self.model.row_at(row)
        if due is not None:
            self.member_actions.renew_membership(due.member_id)

    def _notice(self, tone: str, text: str) -> None:
        label = self.ui.noticeLabel
        label.setText(text)
        set_tone(label, "bad" if tone == "bad" else None)
        label.setVisible(True)

"""The Plans panel (admins): every membership plan with what it costs and what it allows.

A small list (a gym has tens of plans, not thousands), so it is loaded whole. Enter, F4 or a
double-click edits the selected plan; Ctrl+N creates one. Retired plans (no longer for sale)
are hidden unless "Show retired plans" is ticked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.forms.ui_plans_panel import Ui_PlansPanel
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.members.membership_actions import TYPE_LABELS, duration_text
from fitmate_desktop.gui.panels.plans.plan_dialog import PlanDialog
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.status import StatusLook
from fitmate_desktop.gui.style import icon, muted_text_color
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.badge_delegate import BADGE_ROLE, BadgeDelegate
from fitmate_desktop.gui.widgets.form_support import user_message
from fitmate_desktop.gui.widgets.records_model import Column, RecordsModel
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import memberships as memberships_service
from fitmate_desktop.services.memberships import PlanInfo

AnyIndex = QModelIndex | QPersistentModelIndex
COLUMNS = (
    Column("name", "Plan", 220),
    Column("type", "Type", 110),
    Column("duration", "Duration", 100, right=True),
    Column("price", "Price", 100, right=True),
    Column("visits", "Visits a week", 110, right=True),
    Column("hours", "Hours", 120),
    Column("sites", "Sites", 90),
    Column("status", "Status", 120),
)
FOR_SALE = StatusLook("For sale", "ok", "status-active", "Offered when selling memberships")
RETIRED = StatusLook("Retired", "muted", "status-cancelled", "No longer sold; sold ones run on")


class PlansModel(RecordsModel):
    """The plans as table rows."""

    columns = COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plan = self.row_at(index.row()) if index.isValid() else None
        if plan is None:
            return None
        column = COLUMNS[index.column()]
        key = column.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(plan, key)
        if role == BADGE_ROLE and key == "status":
            return FOR_SALE if plan.is_active else RETIRED
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == Qt.ItemDataRole.ForegroundRole and not plan.is_active and key != "status":
            return muted_text_color()
        if role == Qt.ItemDataRole.ToolTipRole and key == "name":
            lines = [plan.name, *(f"✓ {f}" for f in plan.features)]
            if plan.description:
                lines.append(plan.description)
            return "\n".join(lines)
        return None

    def text(self, plan: PlanInfo, key: str) -> str:
        """A cell's text."""
        if key == "name":
            return plan.name
        if key == "type":
            return TYPE_LABELS.get(plan.membership_type, plan.membership_type)
        if key == "duration":
            return duration_text(plan.duration_days)
        if key == "price":
            return self.fmt.money(plan.price, plan.currency)
        if key == "visits":
            if plan.visit_count is not None:
                return f"{plan.visit_count} in the pack"
            return str(plan.visits_per_week) if plan.visits_per_week else "Unlimited"
        if key == "hours":
            if plan.access_from and plan.access_until:
                return f"{plan.access_from:%H:%M}–{plan.access_until:%H:%M}"
            return "All opening hours"
        if key == "sites":
            return "All sites" if plan.all_sites else "This site"
        if key == "status":
            return "For sale" if plan.is_active else "Retired"
        return ""


@register_panel(
    name="plans",
    title="Plans",
    icon="plans",
    permission=Permission.PLANS_MANAGE,
    order=60,
)
class PlansPanel(Panel):
    """The plan list with New and Edit; see the module docstring."""

    refresh_on = frozenset({"plans"})

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_PlansPanel()
        self.ui.setupUi(self)
        self.fmt = context.formatter
        self.model = PlansModel(self.fmt, self)
        self._task = LatestOnly(self)
        self.last_dialog: PlanDialog | None = None
        self._select_after: int | None = None
        ui = self.ui

        table = ui.plansTable
        table.setModel(self.model)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(34)
        table.setItemDelegateForColumn(len(COLUMNS) - 1, BadgeDelegate(self))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(c.width for c in COLUMNS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.newButton.setIcon(icon("plus"))
        ui.editButton.setIcon(icon("edit"))
        ui.noticeLabel.setVisible(False)

        ui.newButton.clicked.connect(self.new_plan)
        ui.editButton.clicked.connect(self.edit_selected)
        table.activated.connect(lambda _index: self.edit_selected())
        table.doubleClicked.connect(lambda _index: self.edit_selected())
        ui.showRetiredCheck.toggled.connect(lambda _on: self.load())
        for keys, slot in (("Ctrl+N", self.new_plan), ("F4", self.edit_selected)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.load()

    def focus_primary(self) -> None:
        """The table."""
        self.ui.plansTable.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self, kinds: frozenset[str]) -> None:
        """A plan changed (here or at another desk)."""
        self.load()

    def connection_restored(self) -> None:
        """Retry after the database came back."""
        if self.ui.plansState.state == "error":
            self.load()

    def load(self) -> None:
        """Read the plans (all of them, including retired ones when asked)."""
        actor = self.context.actor
        include = self.ui.showRetiredCheck.isChecked()
        self.ui.plansState.show_loading("Loading plans…")
        self._task.run(
            lambda: memberships_service.list_plans(actor=actor, include_inactive=include),
            on_done=self._show,
            on_error=lambda err: self.ui.plansState.show_error(
                "Couldn’t load the plans", user_message(err), retry=self.load
            ),
        )

    def _show(self, plans: tuple[PlanInfo, ...]) -> None:
        ui = self.ui
        previous = self.selected_plan()
        self.model.set_rows(plans)
        ui.countLabel.setText(self.fmt.count(len(plans), "plan"))
        if not plans:
            ui.plansState.show_empty(
                "No plans yet",
                "Create the first plan so the desk can sell memberships.",
                icon_name="plans",
                action_text="New plan",
                action=self.new_plan,
            )
            self._update_buttons()
            return
        ui.plansState.show_content()
        wanted = self._select_after or (previous.id if previous else None)
        self._select_after = None
        row = self.model.row_of(wanted) if wanted is not None else None
        ui.plansTable.selectRow(row if row is not None else 0)
        self._update_buttons()

    def selected_plan(self) -> PlanInfo | None:
        """The plan with the cursor."""
        index = self.ui.plansTable.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        self.ui.editButton.setEnabled(self.selected_plan() is not None)

    def new_plan(self) -> None:
        """Ctrl+N: the plan editor, empty."""
        self._open(PlanDialog(self.context, None, self))

    def edit_selected(self) -> None:
        """F4 / Enter: edit the selected plan."""
        plan = self.selected_plan()
        if plan is not None:
            self._open(PlanDialog(self.context, plan, self))

    def _open(self, dialog: PlanDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_saved.connect(self._saved)
        self.last_dialog = dialog
        dialog.open()

    def _saved(self, plan: PlanInfo) -> None:
        self._select_after = plan.id
        ui = self.ui
        ui.noticeLabel.setText(f"Saved “{plan.name}”.")
        ui.noticeLabel.setVisible(True)
        self.load()
        if isinstance(self.last_dialog, QDialog):
            self.ui.plansTable.setFocus()

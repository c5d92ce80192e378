"""Create or change a membership plan: the ``PlanForm`` with its errors next to each field.

Memberships already sold keep the price and dates they were sold with; the dialog says so on
the "For sale" box, so retiring or repricing a plan is not mistaken for changing members'
contracts. A class pack asks for its number of visits (the row shows for that type only). The
plan's "renew automatically" box is the starting value of the sell dialog's (off unless set).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.forms.ui_plan_dialog import Ui_PlanDialog
from fitmate_desktop.gui.panels.members.membership_actions import TYPE_LABELS
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import FieldErrors
from fitmate_desktop.models.billing import MEMBERSHIP_TYPES
from fitmate_desktop.services import memberships as memberships_service
from fitmate_desktop.services.memberships import PlanForm, PlanInfo

# What a plan type usually lasts: picking the type fills the duration (still editable).
TYPICAL_DAYS = {"day": 1, "monthly": 30, "quarterly": 90, "semiannual": 182, "annual": 365}


def _qtime(value: dt.time | None, default: QTime) -> QTime:
    return QTime(value.hour, value.minute) if value is not None else default


class PlanDialog(QDialog):
    """The plan editor; ``plan`` None creates one. ``sig_saved(PlanInfo)`` after saving."""

    sig_saved = Signal(object)

    def __init__(
        self, context: GuiContext, plan: PlanInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanDialog()
        self.ui.setupUi(self)
        self.context = context
        self.plan = plan
        self.state = "editing"
        self.outcome: PlanInfo | None = None
        ui = self.ui
        self.setMinimumWidth(620)

        for kind in MEMBERSHIP_TYPES:
            ui.typeCombo.addItem(TYPE_LABELS.get(kind, kind), kind)
        ui.priceEdit.setMaximumWidth(130)
        ui.currencyEdit.setMaximumWidth(64)
        ui.fromEdit.setTime(QTime(6, 0))
        ui.untilEdit.setTime(QTime(16, 0))

        self.errors = FieldErrors(ui.formError)
        for field, label, widget in (
            ("name", ui.nameError, ui.nameEdit),
            ("membership_type", ui.typeError, ui.typeCombo),
            ("duration_days", ui.durationError, ui.durationSpin),
            ("price", ui.priceError, ui.priceEdit),
            ("currency", ui.priceError, ui.currencyEdit),
            ("visits_per_week", ui.visitsError, ui.visitsSpin),
            ("visit_count", ui.visitCountError, ui.visitCountSpin),
            ("access_until", ui.hoursError, ui.untilEdit),
            ("features", ui.featuresError, ui.featuresEdit),
            ("description", ui.descriptionError, ui.descriptionEdit),
        ):
            self.errors.bind(field, label, widget)

        if plan is None:
            self.setWindowTitle("New plan")
            ui.titleLabel.setText("New plan")
            ui.currencyEdit.setText(context.gym.currency)
            ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData("monthly")))
        else:
            self.setWindowTitle(f"Edit {plan.name}")
            ui.titleLabel.setText(f"Edit {plan.name}")
            self.fill(plan)
        ui.typeCombo.currentIndexChanged.connect(self._type_changed)
        self._show_pack_row()
        ui.durationSpin.valueChanged.connect(
            lambda days: ui.durationSpin.setSuffix(" day" if days == 1 else " days")
        )
        ui.durationSpin.setSuffix(" day" if ui.durationSpin.value() == 1 else " days")
        ui.hoursCheck.toggled.connect(self._hours_toggled)
        self._hours_toggled(ui.hoursCheck.isChecked())

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        ui.saveButton.setDefault(True)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        ui.nameEdit.setFocus()

    def fill(self, plan: PlanInfo) -> None:
        """Show an existing plan's values."""
        ui = self.ui
        ui.nameEdit.setText(plan.name)
        ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(plan.membership_type)))
        ui.durationSpin.setValue(plan.duration_days)
        ui.priceEdit.setText(f"{plan.price:.2f}")
        ui.currencyEdit.setText(plan.currency)
        ui.visitsSpin.setValue(plan.visits_per_week or 0)
        ui.visitCountSpin.setValue(plan.visit_count or 10)
        ui.autoRenewCheck.setChecked(plan.auto_renew)
        limited = plan.access_from is not None and plan.access_until is not None
        ui.hoursCheck.setChecked(limited)
        ui.fromEdit.setTime(_qtime(plan.access_from, QTime(6, 0)))
        ui.untilEdit.setTime(_qtime(plan.access_until, QTime(16, 0)))
        ui.allSitesCheck.setChecked(plan.all_sites)
        ui.featuresEdit.setPlainText("\n".join(plan.features))
        ui.descriptionEdit.setPlainText(plan.description or "")
        ui.activeCheck.setChecked(plan.is_active)

    def _type_changed(self, _index: int) -> None:
        days = TYPICAL_DAYS.get(str(self.ui.typeCombo.currentData()))
        if days is not None:
            self.ui.durationSpin.setValue(days)
        self._show_pack_row()

    def is_pack(self) -> bool:
        """Whether the chosen type is a class pack (which has a number of visits)."""
        return self.ui.typeCombo.currentData() == "class_pack"

    def _show_pack_row(self) -> None:
        ui = self.ui
        on = self.is_pack()
        row = ui.planForm.getWidgetPosition(ui.visitCountKey)[0]
        ui.planForm.setRowVisible(row, on)
        if not on:
            self.errors.clear_field("visit_count")

    def _hours_toggled(self, on: bool) -> None:
        self.ui.fromEdit.setEnabled(on)
        self.ui.untilEdit.setEnabled(on)
        if not on:
            self.errors.clear_field("access_until")

    def form(self) -> PlanForm:
        """The plan as typed (the service validates it)."""
        ui = self.ui
        limited = ui.hoursCheck.isChecked()
        start, end = ui.fromEdit.time(), ui.untilEdit.time()
        visits = ui.visitsSpin.value()
        return PlanForm(
            name=ui.nameEdit.text().strip(),
            membership_type=str(ui.typeCombo.currentData()),
            duration_days=ui.durationSpin.value(),
            price=ui.priceEdit.text().strip() or "",
            currency=ui.currencyEdit.text().strip(),
            visits_per_week=visits or None,
            access_from=dt.time(start.hour(), start.minute()) if limited else None,
            access_until=dt.time(end.hour(), end.minute()) if limited else None,
            all_sites=ui.allSitesCheck.isChecked(),
            features=tuple(
                line.strip() for line in ui.featuresEdit.toPlainText().splitlines() if line.strip()
            ),
            description=ui.descriptionEdit.toPlainText().strip(),
            is_active=ui.activeCheck.isChecked(),
            visit_count=ui.visitCountSpin.value() if self.is_pack() else None,
            auto_renew=ui.autoRenewCheck.isChecked(),
        )

    def save(self) -> None:
        """Save; a refused field gets its message next to it, nothing typed is lost."""
        if self.state != "editing":
            return
        self.errors.clear()
        form = self.form()
        if not str(form.price):
            self.errors.show_field("price", "Enter the price, like 39.90.")
            return
        self.state = "saving"
        self.ui.saveButton.setEnabled(False)
        actor, plan_id = self.context.actor, self.plan.id if self.plan else None
        run_in_background(
            lambda: memberships_service.save_plan(actor=actor, form=form, plan_id=plan_id),
            on_done=self._saved,
            on_error=self._failed,
            parent=self,
        )

    def _failed(self, err: BaseException) -> None:
        self.state = "editing"
        self.ui.saveButton.setEnabled(True)
        self.errors.show(err)

    def _saved(self, plan: PlanInfo) -> None:
        self.state = "done"
        self.outcome = plan
        self.context.events.notify("plans")
        self.sig_saved.emit(plan)
        self.accept()

    def reject(self) -> None:
        if self.state == "saving":
            return
        super().reject()

"""The membership dialogs: sell and renew here; upgrade, freeze and cancel in
``membership_changes`` (all importable from here).

Each says what will happen before it happens: the plan's price, duration and features (a
class pack: its visits); the dates a renewal runs (it starts the day after the current
membership ends); whether it renews automatically, starting from the plan's own default (off
unless the plan says so). Each ends by offering the next step (take the payment now due).

The service checks a membership's version on every change; if another desk changed it first,
the dialog says so and takes the fresh membership from the refusal, so the next press works on
what is really there ("message + reload").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS
from fitmate_desktop.gui.forms.ui_membership_dialog import Ui_MembershipDialog

# The small dialogs and the shared words live beside this module; importable from here too.
from fitmate_desktop.gui.panels.members.membership_changes import (
    CancelDialog,
    FreezeDialog,
    UpgradeDialog,
)
from fitmate_desktop.gui.panels.members.membership_words import (
    MAX_FREEZE_DAYS,
    TYPE_LABELS,
    describe_due,
    duration_text,
    period_text,
    plan_choice,
    plan_summary,
    pydate,
    qdate,
    renewal_start,
    unfreeze_preview,
    visits_left_text,
    visits_text,
)
from fitmate_desktop.gui.style import font_with, icon, icon_pixmap, set_role, tone_colors
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import FieldErrors
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import memberships as memberships_service
from fitmate_desktop.services.memberships import MembershipInfo, PlanInfo

__all__ = [
    "MAX_FREEZE_DAYS",
    "TYPE_LABELS",
    "CancelDialog",
    "FreezeDialog",
    "MembershipDialog",
    "UpgradeDialog",
    "describe_due",
    "duration_text",
    "period_text",
    "plan_choice",
    "plan_summary",
    "pydate",
    "qdate",
    "renewal_start",
    "unfreeze_preview",
    "visits_left_text",
    "visits_text",
]


# --------------------------------------------------------------------------- sell / renew


class MembershipDialog(QDialog):
    """Sell a plan (``mode="sell"``) or renew (``mode="renew"``) for one member.

    ``sig_done(MembershipInfo)`` after the sale; ``sig_take_payment(MembershipInfo)`` when the
    person chooses to take its payment now.
    """

    sig_done = Signal(object)
    sig_take_payment = Signal(object)

    def __init__(
        self,
        context: GuiContext,
        *,
        mode: str,
        member_id: int,
        member_name: str,
        plans: Sequence[PlanInfo],
        memberships: Sequence[MembershipInfo] = (),
        plan_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MembershipDialog()
        self.ui.setupUi(self)
        self.context = context
        self.fmt = context.formatter
        self.mode = mode
        self.member_id = member_id
        self.member_name = member_name
        self.plans = list(plans)
        self.memberships = list(memberships)
        self.outcome: MembershipInfo | None = None
        self.state = "editing"
        self._last: MembershipInfo | None = None  # renew: the membership it follows
        ui, fmt = self.ui, self.fmt
        today = fmt.today()

        renew = mode == "renew"
        title = f"Renew {member_name}’s membership" if renew else "Sell a membership"
        self.setWindowTitle(title)
        ui.titleLabel.setText(title)
        ui.memberLabel.setText(member_name if renew else f"To {member_name}")
        ui.confirmButton.setText("&Renew" if renew else "&Sell")
        ui.pages.setCurrentWidget(ui.formPage)
        ui.planName.setFont(font_with(ui.planName.font(), point_delta=2, bold=True))
        ui.planPrice.setFont(font_with(ui.planPrice.font(), point_delta=8, bold=True))
        ui.dueValue.setFont(font_with(ui.dueValue.font(), bold=True))
        self.setMinimumWidth(560)

        self.errors = FieldErrors(ui.formError)
        self.errors.bind("plan", ui.planError, ui.planCombo)
        self.errors.bind("start_date", ui.startError, ui.startEdit)

        for plan in self.plans:
            ui.planCombo.addItem(plan_choice(plan, fmt), plan.id)
        ui.startEdit.setDisplayFormat("d MMM yyyy")
        ui.startEdit.setDate(qdate(today))
        ui.startEdit.setMinimumDate(qdate(today - dt.timedelta(days=31)))
        self._renewal_start = renewal_start(self.memberships, today)
        if renew:
            ui.startEdit.setVisible(False)
            latest = [m for m in self.memberships if m.status != "cancelled"]
            if latest and self._renewal_start > today:
                ui.startNote.setText(
                    f"{fmt.date(self._renewal_start)} — the day after the current membership ends"
                )
            else:
                ui.startNote.setText(f"{fmt.date(self._renewal_start)} (today)")
            # The start date is the point of the renew dialog: plain text, not a muted hint.
            set_role(ui.startNote, "")
            ui.memberLabel.setVisible(False)
            last = max(latest, key=lambda m: m.end_date) if latest else None
            if plan_id is None and last is not None:
                plan_id = last.plan_id
            self._last = last
        else:
            ui.startNote.setText("")

        if plan_id is not None and ui.planCombo.findData(plan_id) >= 0:
            ui.planCombo.setCurrentIndex(ui.planCombo.findData(plan_id))
        ui.planCombo.currentIndexChanged.connect(lambda _i: self._plan_changed())
        ui.startEdit.dateChanged.connect(lambda _d: self._show_plan())

        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        ui.confirmButton.setDefault(True)
        ui.confirmButton.clicked.connect(self.confirm)
        ui.cancelButton.clicked.connect(self.reject)
        ui.payButton.clicked.connect(self._take_payment)
        ui.laterButton.clicked.connect(self.accept)
        ui.payButton.setIcon(icon("money"))
        QShortcut(QKeySequence(Qt.Key.Key_F5), self).activated.connect(self._take_payment)

        if not self.plans:
            self.errors.show_form("No plans are for sale. An administrator sets them up.")
            ui.confirmButton.setEnabled(False)
        self._plan_changed()
        ui.planCombo.setFocus()

    def _plan_changed(self) -> None:
        # "Renew automatically" starts from the plan's own default (off unless the plan says
        # so); renewing the same plan keeps the member's earlier choice (as the service does).
        plan = self.plan()
        if plan is not None:
            last = self._last
            same = last is not None and last.plan_id == plan.id
            self.ui.autoRenewCheck.setChecked(last.auto_renew if same and last else plan.auto_renew)
        self._show_plan()

    def plan(self) -> PlanInfo | None:
        """The plan chosen in the combo."""
        plan_id = self.ui.planCombo.currentData()
        return next((p for p in self.plans if p.id == plan_id), None)

    def start(self) -> dt.date:
        """The day the membership would start."""
        if self.mode == "renew":
            return self._renewal_start
        return pydate(self.ui.startEdit.date())

    def _show_plan(self) -> None:
        ui, fmt = self.ui, self.fmt
        plan = self.plan()
        ui.planCard.setVisible(plan is not None)
        if plan is None:
            ui.periodValue.setText("—")
            ui.dueValue.setText("—")
            return
        ui.planName.setText(plan.name)
        ui.planSummary.setText(plan_summary(plan))
        ui.planPrice.setText(fmt.money(plan.price, plan.currency))
        features = "\n".join(f"✓  {feature}" for feature in plan.features)
        ui.planFeatures.setText(features)
        ui.planFeatures.setVisible(bool(features))
        ui.planDescription.setText(plan.description or "")
        ui.planDescription.setVisible(bool(plan.description))
        start = self.start()
        end = start + dt.timedelta(days=plan.duration_days - 1)
        ui.periodValue.setText(period_text(fmt, start, end))
        ui.dueValue.setText(
            fmt.money(plan.price, plan.currency) if plan.price > 0 else "Nothing — it is free"
        )

    def confirm(self) -> None:
        """Sell (or renew) the chosen plan."""
        if self.state != "editing":
            return
        plan = self.plan()
        if plan is None:
            self.errors.show_field("plan", "Choose a plan.")
            return
        self.errors.clear()
        self.state = "sending"
        self.ui.confirmButton.setEnabled(False)
        actor, member_id, auto = self.context.actor, self.member_id, self.ui.autoRenewCheck
        auto_renew = auto.isChecked()
        if self.mode == "renew":
            work: Callable[[], MembershipInfo] = lambda: memberships_service.renew_membership(  # noqa: E731
                actor=actor, member_id=member_id, plan_id=plan.id, auto_renew=auto_renew
            )
        else:
            start = self.start()
            work = lambda: memberships_service.sell_membership(  # noqa: E731
                actor=actor,
                member_id=member_id,
                plan_id=plan.id,
                start_date=start,
                auto_renew=auto_renew,
            )
        run_in_background(work, on_done=self._done, on_error=self._failed, parent=self)

    def _failed(self, err: BaseException) -> None:
        self.state = "editing"
        self.ui.confirmButton.setEnabled(True)
        self.errors.show(err)

    def _done(self, info: MembershipInfo) -> None:
        self.state = "done"
        self.outcome = info
        ui, fmt = self.ui, self.fmt
        self.context.events.notify(MEMBERSHIPS, MEMBERS)
        self.sig_done.emit(info)
        verb = "Renewed" if self.mode == "renew" else "Sold"
        ui.doneIcon.setPixmap(icon_pixmap("verdict-green", 48, color=tone_colors("ok")[1]))
        ui.doneTitle.setText(f"{verb}: {info.plan_name} for {self.member_name}")
        period = period_text(fmt, info.start_date, info.end_date)
        visits = visits_left_text(info)
        period += f" ({visits.lower()})" if visits else ""
        can_pay = self.context.actor.can(Permission.PAYMENTS_TAKE)
        if info.amount_due > 0:
            due = fmt.money(info.amount_due, info.currency)
            ui.doneText.setText(
                f"Runs {period}. {due} to pay — it counts as unpaid until it is paid."
            )
            ui.payButton.setText(f"Take &payment {due}")
        else:
            ui.doneText.setText(f"Runs {period}. Nothing to pay: it is active.")
        # Decided here, not read back with isVisible(): the done page is not shown yet.
        offer_payment = can_pay and info.amount_due > 0
        ui.payButton.setVisible(offer_payment)
        ui.laterButton.setText("&Later" if offer_payment else "&Done")
        ui.pages.setCurrentWidget(ui.donePage)
        ui.confirmButton.setVisible(False)
        ui.cancelButton.setVisible(False)
        default = ui.payButton if offer_payment else ui.laterButton
        default.setDefault(True)
        default.setFocus()

    def _take_payment(self) -> None:
        if self.outcome is not None and not self.ui.payButton.isHidden():
            info = self.outcome
            self.accept()
            self.sig_take_payment.emit(info)

    def reject(self) -> None:
        if self.state == "sending":
            return
        super().reject()

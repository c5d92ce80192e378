"""The small membership dialogs: upgrade, freeze and cancel.

Each says what will happen before it happens: the upgrade's credit, new price and what is due
today; the end date a freeze moves to; what cancelling keeps. Each ends by offering the next
step (take the payment that is now due). The service checks a membership's version on every
change; if another desk changed it first, the dialog says so and takes the fresh membership
from the refusal ("message + reload").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS
from fitmate_desktop.gui.panels.members.membership_words import (
    MAX_FREEZE_DAYS,
    period_text,
    plan_choice,
    pydate,
    qdate,
    visits_left_text,
)
from fitmate_desktop.gui.style import font_with, icon, icon_pixmap, set_role, tone_colors
from fitmate_desktop.gui.tasks import LatestOnly, run_in_background
from fitmate_desktop.gui.widgets.form_support import FieldErrors, ask
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import memberships as memberships_service
from fitmate_desktop.services.errors import Conflict
from fitmate_desktop.services.memberships import MembershipInfo, PlanInfo, UpgradeQuote


class _ActionDialog(QDialog):
    """Title, a short form, an error line, Cancel + one confirm button; then a done step."""

    sig_done = Signal(object)  # MembershipInfo
    sig_take_payment = Signal(object)  # MembershipInfo with an amount due

    def __init__(
        self,
        context: GuiContext,
        membership: MembershipInfo,
        member_name: str,
        *,
        title: str,
        confirm: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.fmt = context.formatter
        self.membership = membership
        self.member_name = member_name
        self.outcome: MembershipInfo | None = None
        self.state = "editing"
        self.setWindowTitle(title)
        self.setMinimumWidth(540)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 16)
        outer.setSpacing(10)
        self.title_label = QLabel(title, self)
        self.title_label.setWordWrap(True)
        set_role(self.title_label, "h2")
        outer.addWidget(self.title_label)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        set_role(self.subtitle, "muted")
        outer.addWidget(self.subtitle)
        self.form_error = QLabel(self)
        self.form_error.setObjectName("formError")
        self.form_error.setWordWrap(True)
        set_role(self.form_error, "formError")
        outer.addWidget(self.form_error)
        self.errors = FieldErrors(self.form_error)

        self.pages = QStackedWidget(self)
        self.form_page = QWidget(self.pages)
        self.form = QFormLayout(self.form_page)
        self.form.setContentsMargins(0, 4, 0, 4)
        self.form.setHorizontalSpacing(18)
        self.form.setVerticalSpacing(6)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.pages.addWidget(self.form_page)
        self.done_page = QWidget(self.pages)
        done = QHBoxLayout(self.done_page)
        done.setContentsMargins(0, 4, 0, 4)
        done.setSpacing(14)
        self.done_icon = QLabel(self.done_page)
        self.done_icon.setFixedSize(40, 40)
        done.addWidget(self.done_icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        self.done_title = QLabel(self.done_page)
        self.done_title.setWordWrap(True)
        set_role(self.done_title, "h2")
        self.done_text = QLabel(self.done_page)
        self.done_text.setWordWrap(True)
        words.addWidget(self.done_title)
        words.addWidget(self.done_text)
        words.addStretch(1)
        done.addLayout(words, 1)
        self.pages.addWidget(self.done_page)
        outer.addWidget(self.pages)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addStretch(1)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setToolTip("Close without changing anything (Esc)")
        self.pay_button = QPushButton(icon("money"), "Take payment", self)
        self.pay_button.setVisible(False)
        self.confirm_button = QPushButton(confirm, self)
        self.confirm_button.setProperty("primary", True)
        for button in (self.cancel_button, self.pay_button, self.confirm_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.confirm_button.setDefault(True)
        outer.addLayout(buttons)
        self.cancel_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.confirm)
        self.pay_button.clicked.connect(self._take_payment)

    def add_row(self, caption: str, widget: QWidget, field: str = "") -> QLabel:
        """A form row; with ``field`` an error label under it for that service field."""
        label = QLabel(caption, self.form_page)
        self.form.addRow(label, widget)
        if "&" in caption:
            label.setBuddy(widget)
        if field:
            error = QLabel(self.form_page)
            set_role(error, "fieldError")
            self.form.addRow("", error)
            self.errors.bind(field, error, widget)
        return label

    def value_label(self, text: str = "", *, bold: bool = False) -> QLabel:
        """A read-only value for a form row."""
        label = QLabel(text, self.form_page)
        label.setWordWrap(True)
        if bold:
            label.setFont(font_with(label.font(), bold=True))
        return label

    # -- sending ---------------------------------------------------------------------------------

    def confirm(self) -> None:
        """Check, then run (subclasses)."""

    def run(self, work: Callable[[], Any]) -> None:
        """Call the service; on success ``finish``, on a stale version reload and explain."""
        if self.state != "editing":
            return
        self.errors.clear()
        self.state = "sending"
        self.confirm_button.setEnabled(False)
        run_in_background(work, on_done=self._done, on_error=self._failed, parent=self)

    def _failed(self, err: BaseException) -> None:
        self.state = "editing"
        self.confirm_button.setEnabled(True)
        if isinstance(err, Conflict) and isinstance(err.current, MembershipInfo):
            self.membership = err.current
            self.reload()
            self.errors.show_form(
                f"{err} The membership as it is now is shown; check it and press "
                f"{self.confirm_button.text().replace('&', '')} again."
            )
            self.context.events.notify(MEMBERSHIPS)
            return
        self.errors.show(err)

    def reload(self) -> None:
        """Show ``self.membership`` again (after another desk changed it)."""

    def _done(self, info: MembershipInfo) -> None:
        self.state = "done"
        self.outcome = info
        self.context.events.notify(MEMBERSHIPS, MEMBERS)
        self.sig_done.emit(info)
        title, text = self.done_words(info)
        self.done_icon.setPixmap(icon_pixmap("verdict-green", 40, color=tone_colors("ok")[1]))
        self.done_title.setText(title)
        self.done_text.setText(text)
        self.pages.setCurrentWidget(self.done_page)
        self.form_error.setVisible(False)
        self.confirm_button.setVisible(False)
        can_pay = self.context.actor.can(Permission.PAYMENTS_TAKE)
        if can_pay and info.amount_due > 0 and info.status != "cancelled":
            self.pay_button.setText(
                f"Take payment {self.fmt.money(info.amount_due, info.currency)}"
            )
            self.pay_button.setVisible(True)
            self.pay_button.setProperty("primary", True)
            set_role(self.pay_button, "")
            self.pay_button.setDefault(True)
            self.pay_button.setFocus()
            self.cancel_button.setText("Later")
        else:
            self.cancel_button.setText("Done")
            self.cancel_button.setDefault(True)
            self.cancel_button.setFocus()

    def done_words(self, info: MembershipInfo) -> tuple[str, str]:
        """Title and sentence of the done step (subclasses)."""
        return "Done", ""

    def _take_payment(self) -> None:
        if self.outcome is not None:
            info = self.outcome
            self.accept()
            self.sig_take_payment.emit(info)

    def reject(self) -> None:
        if self.state == "sending":
            return
        super().reject()

    def membership_words(self) -> str:
        """``Monthly · 1 Mar 2026 – 30 Mar 2026`` (a pack: ``… · 3 visits left``)."""
        m = self.membership
        words = f"{m.plan_name} · {period_text(self.fmt, m.start_date, m.end_date)}"
        visits = visits_left_text(m)
        return f"{words} · {visits}" if visits else words


class UpgradeDialog(_ActionDialog):
    """Switch to another plan today; the unused part of this one is credited."""

    def __init__(
        self,
        context: GuiContext,
        membership: MembershipInfo,
        member_name: str,
        plans: Sequence[PlanInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            membership,
            member_name,
            title=f"Upgrade {member_name}’s membership",
            confirm="&Upgrade",
            parent=parent,
        )
        self.plans = [p for p in plans if p.id != membership.plan_id]
        self.quote: UpgradeQuote | None = None
        self._quote_task = LatestOnly(self)
        self.subtitle.setText(f"Now: {self.membership_words()}")
        self.plan_combo = QComboBox(self.form_page)
        self.plan_combo.setAccessibleName("New plan")
        for plan in self.plans:
            self.plan_combo.addItem(plan_choice(plan, self.fmt), plan.id)
        self.add_row("New &plan", self.plan_combo, "plan")
        self.credit_value = self.value_label()
        self.price_value = self.value_label()
        self.due_value = self.value_label()
        self.due_value.setFont(font_with(self.due_value.font(), point_delta=6, bold=True))
        self.period_value = self.value_label()
        self.add_row("Credit for unused days", self.credit_value)
        self.add_row("New plan’s price", self.price_value)
        self.add_row("To pay today", self.due_value)
        self.add_row("Runs", self.period_value)
        self.errors.bind("membership", self.form_error)
        self.plan_combo.currentIndexChanged.connect(lambda _i: self._fetch_quote())
        if not self.plans:
            self.errors.show_form("There is no other plan for sale to upgrade to.")
            self.confirm_button.setEnabled(False)
        else:
            self._fetch_quote()
        self.plan_combo.setFocus()

    def _fetch_quote(self) -> None:
        plan_id = self.plan_combo.currentData()
        if plan_id is None:
            return
        self.quote = None
        self.confirm_button.setEnabled(False)
        self.due_value.setText("Working it out…")
        actor, membership_id = self.context.actor, self.membership.id
        self._quote_task.run(
            lambda: memberships_service.quote_upgrade(
                actor=actor, membership_id=membership_id, new_plan_id=plan_id
            ),
            on_done=self._show_quote,
            on_error=lambda err: self._quote_failed(err),
        )

    def _quote_failed(self, err: BaseException) -> None:
        self.due_value.setText("—")
        self.errors.show(err)

    def _show_quote(self, quote: UpgradeQuote) -> None:
        fmt = self.fmt
        self.quote = quote
        money = lambda value: fmt.money(value, quote.currency)  # noqa: E731
        self.credit_value.setText(f"− {money(quote.credit)}")
        self.price_value.setText(money(quote.new_price))
        self.due_value.setText(money(quote.amount_due))
        self.period_value.setText(period_text(fmt, quote.start_date, quote.end_date))
        self.confirm_button.setText(f"&Upgrade — {money(quote.amount_due)} to pay")
        self.confirm_button.setEnabled(self.state == "editing")

    def reload(self) -> None:
        self.subtitle.setText(f"Now: {self.membership_words()}")
        self._fetch_quote()

    def confirm(self) -> None:
        quote = self.quote
        if quote is None:
            return
        actor, m = self.context.actor, self.membership
        self.run(
            lambda: memberships_service.upgrade_membership(
                actor=actor,
                membership_id=m.id,
                new_plan_id=quote.new_plan_id,
                expected_version=m.version,
            )
        )

    def done_words(self, info: MembershipInfo) -> tuple[str, str]:
        period = period_text(self.fmt, info.start_date, info.end_date)
        due = self.fmt.money(info.amount_due, info.currency)
        tail = f"{due} to pay." if info.amount_due > 0 else "Nothing to pay."
        return f"Upgraded to {info.plan_name}", f"Runs {period}. {tail}"


class FreezeDialog(_ActionDialog):
    """Pause a membership for a date range; the end date moves out by the frozen days."""

    def __init__(
        self,
        context: GuiContext,
        membership: MembershipInfo,
        member_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            membership,
            member_name,
            title=f"Freeze {member_name}’s membership",
            confirm="&Freeze",
            parent=parent,
        )
        today = self.fmt.today()
        self.subtitle.setText(self.membership_words())
        self.from_edit = self._date_edit(today, "Freeze from")
        self.until_edit = self._date_edit(today + dt.timedelta(days=13), "Freeze until")
        self.from_edit.setMinimumDate(qdate(today))
        self.until_edit.setMinimumDate(qdate(today))
        self.add_row("&From", self.from_edit, "start")
        self.add_row("&Until (last frozen day)", self.until_edit, "end")
        self.days_value = self.value_label()
        self.end_value = self.value_label(bold=True)
        self.add_row("Frozen", self.days_value)
        self.add_row("New end date", self.end_value)
        self.reason_edit = QLineEdit(self.form_page)
        self.reason_edit.setProperty("field", True)
        self.reason_edit.setPlaceholderText("Optional — e.g. knee surgery, travelling")
        self.reason_edit.setMaxLength(500)
        self.add_row("&Reason", self.reason_edit)
        self.errors.bind("membership", self.form_error)
        self.reason_edit.returnPressed.connect(self.confirm)
        self.from_edit.dateChanged.connect(lambda _d: self._preview())
        self.until_edit.dateChanged.connect(lambda _d: self._preview())
        self._preview()
        self.from_edit.setFocus()

    def _date_edit(self, day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(qdate(day), self.form_page)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        edit.setAccessibleName(name)
        edit.setMinimumWidth(150)
        return edit

    def days(self) -> int:
        """How many days the chosen range freezes (0 if it ends before it starts)."""
        start, end = pydate(self.from_edit.date()), pydate(self.until_edit.date())
        return max(0, (end - start).days + 1)

    def _preview(self) -> None:
        days, fmt, m = self.days(), self.fmt, self.membership
        if days == 0:
            self.days_value.setText("—")
            self.end_value.setText("The freeze must end on or after the day it starts.")
            self.confirm_button.setEnabled(False)
            return
        too_long = days > MAX_FREEZE_DAYS
        self.days_value.setText(
            f"{days} day{'s' if days != 1 else ''}"
            + (f" — at most {MAX_FREEZE_DAYS}" if too_long else "")
        )
        new_end = m.end_date + dt.timedelta(days=days)
        self.end_value.setText(f"{fmt.date(new_end)} (was {fmt.date(m.end_date)})")
        self.confirm_button.setEnabled(self.state == "editing" and not too_long)
        self.confirm_button.setText(f"&Freeze for {days} day{'s' if days != 1 else ''}")

    def reload(self) -> None:
        self.subtitle.setText(self.membership_words())
        self._preview()

    def confirm(self) -> None:
        if self.days() == 0:
            return
        actor, m = self.context.actor, self.membership
        start, end = pydate(self.from_edit.date()), pydate(self.until_edit.date())
        reason = self.reason_edit.text().strip()
        self.run(
            lambda: memberships_service.freeze_membership(
                actor=actor,
                membership_id=m.id,
                start=start,
                end=end,
                expected_version=m.version,
                reason=reason,
            )
        )

    def done_words(self, info: MembershipInfo) -> tuple[str, str]:
        fmt = self.fmt
        frozen = ""
        if info.frozen_from and info.frozen_until:
            frozen = f"Frozen {period_text(fmt, info.frozen_from, info.frozen_until)}. "
        return "Membership frozen", f"{frozen}It now ends on {fmt.date(info.end_date)}."


class CancelDialog(_ActionDialog):
    """Cancel with a reason (required), after one question naming the member and plan."""

    def __init__(
        self,
        context: GuiContext,
        membership: MembershipInfo,
        member_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context,
            membership,
            member_name,
            title=f"Cancel {member_name}’s membership",
            confirm="&Cancel membership…",
            parent=parent,
        )
        m, fmt = membership, self.fmt
        self.subtitle.setText(self.membership_words())
        self.add_row("Paid so far", self.value_label(fmt.money(m.paid, m.currency)))
        note = self.value_label(
            "Payments stay as they are. To give money back, refund the payment afterwards."
        )
        set_role(note, "muted")
        self.add_row("", note)
        self.reason_edit = QLineEdit(self.form_page)
        self.reason_edit.setProperty("field", True)
        self.reason_edit.setAccessibleName("Reason for cancelling")
        self.reason_edit.setPlaceholderText("Required — e.g. moving away, medical advice")
        self.reason_edit.setMaxLength(500)
        self.add_row("&Reason", self.reason_edit, "reason")
        self.errors.bind("membership", self.form_error)
        self.reason_edit.returnPressed.connect(self.confirm)
        self.cancel_button.setText("Keep it")
        self.reason_edit.setFocus()

    def confirm(self) -> None:
        if self.state != "editing":
            return
        reason = self.reason_edit.text().strip()
        if not reason:
            self.errors.show_field("reason", "Say why the membership is cancelled.")
            return
        m = self.membership
        ask(
            self,
            title="Cancel membership",
            text=f"Cancel {self.member_name}’s {m.plan_name} membership "
            f"({period_text(self.fmt, m.start_date, m.end_date)})?",
            details="They can no longer check in with it. This cannot be undone.",
            confirm="Cancel membership",
            cancel="Keep it",
            warning=True,
            on_confirm=lambda: self._cancel(reason),
        )

    def _cancel(self, reason: str) -> None:
        actor, m = self.context.actor, self.membership
        self.run(
            lambda: memberships_service.cancel_membership(
                actor=actor, membership_id=m.id, reason=reason, expected_version=m.version
            )
        )

    def reload(self) -> None:
        self.subtitle.setText(self.membership_words())

    def done_words(self, info: MembershipInfo) -> tuple[str, str]:
        return (
            "Membership cancelled",
            f"{info.plan_name} of {self.member_name} is cancelled. Payments are unchanged.",
        )

"""Fills the read-only detail pane of the Members panel from a ``MemberDetail``.

Once the member's memberships and payments have arrived too, the membership history gets an
actions button per membership (take payment, renew, upgrade, freeze, cancel…) and a payments
section lists the latest receipts with Receipt and Refund buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from fitmate_desktop.gui.panels.members.membership_words import visits_left_text
from fitmate_desktop.gui.status import member_status_look
from fitmate_desktop.gui.style import icon, icon_pixmap, repolish, set_role, set_tone, tone_colors
from fitmate_desktop.gui.widgets.avatar import avatar_pixmap
from fitmate_desktop.services.payments import METHOD_LABELS

if TYPE_CHECKING:
    from fitmate_desktop.gui.format import Formatter
    from fitmate_desktop.gui.forms.ui_members_panel import Ui_MembersPanel
    from fitmate_desktop.services.members import MemberDetail, VisitSummary
    from fitmate_desktop.services.memberships import MembershipInfo
    from fitmate_desktop.services.payments import PaymentInfo

MISSING = "—"
NONE_RECORDED = "None recorded"
PAYMENTS_SHOWN = 10


class MemberDetailView:
    """Writes a member's details into the form's widgets (no widgets of its own but rows)."""

    def __init__(self, ui: Ui_MembersPanel, formatter: Formatter) -> None:
        self.ui = ui
        self.fmt = formatter
        self.member_id: int | None = None
        self._build_payments_section()

    def _build_payments_section(self) -> None:
        """A PAYMENTS section between the membership history and the recent visits.

        Built here rather than in the form: it is filled row by row like the history.
        """
        ui = self.ui
        parent = ui.detailContents
        self.payments_section = QLabel("PAYMENTS", parent)
        self.payments_section.setObjectName("paymentsSection")
        self.payments_section.setProperty("role", "section")
        self.payments_box = QWidget(parent)
        self.payments_box.setObjectName("paymentsBox")
        grid = QGridLayout(self.payments_box)
        grid.setContentsMargins(0, 2, 0, 2)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        index = ui.detailLayout.indexOf(ui.visitsSection)
        ui.detailLayout.insertWidget(index, self.payments_section)
        ui.detailLayout.insertWidget(index + 1, self.payments_box)
        self.payments_section.setVisible(False)
        self.payments_box.setVisible(False)

    def show(self, member: MemberDetail) -> None:
        """Show ``member``; every field is rewritten, nothing from the previous one remains.

        The membership history and payments follow with ``show_memberships`` and
        ``show_payments`` (they come from their own services, with actions per row)."""
        ui, fmt = self.ui, self.fmt
        self.member_id = member.id
        ui.photoLabel.setPixmap(avatar_pixmap(member.full_name, 72, member.photo_path))
        ui.nameLabel.setText(member.full_name)
        code = member.member_code + (" · archived" if member.is_archived else "")
        ui.codeLabel.setText(code)
        joined = fmt.local(member.joined_at).date()
        ui.sinceLabel.setText(f"Member since {fmt.date(joined)}")

        self._status_band(member)

        self._value(ui.planValue, member.plan_name)
        if member.days_left is None or member.status in ("none", "cancelled"):
            self._value(ui.daysLeftValue, None)
        elif member.days_left < 0:
            self._value(ui.daysLeftValue, "None — ended")
        else:
            self._value(ui.daysLeftValue, fmt.count(member.days_left, "day"))
        if member.membership_end is not None:
            end = member.membership_end
            self._value(ui.endsValue, f"{fmt.date(end)} ({fmt.days_until(end)})")
            ui.endsValue.setToolTip(fmt.long_date(end))
        else:
            self._value(ui.endsValue, None)

        self._value(ui.phoneValue, member.phone)
        self._value(ui.emailValue, member.email)
        self._value(ui.addressValue, member.address)
        if member.date_of_birth is not None:
            born = member.date_of_birth
            self._value(ui.birthValue, f"{fmt.date(born)} (age {fmt.age(born)})")
        else:
            self._value(ui.birthValue, None)

        emergency = " · ".join(
            part for part in (member.emergency_contact_name, member.emergency_contact_phone) if part
        )
        self._value(ui.emergencyValue, emergency or None, missing=NONE_RECORDED)

        self._health(member.health_conditions)
        self._value(ui.goalValue, member.fitness_goal)
        self._value(ui.trainerValue, member.trainer_name, missing="No personal trainer")
        self._visits(member.recent_visits)

    def set_photo(self, member_id: int, name: str, data: bytes | None) -> None:
        """Put the member's photo in the header once it has arrived (if still shown)."""
        if member_id != self.member_id or not data:
            return
        photo = QPixmap()
        if photo.loadFromData(data):
            self.ui.photoLabel.setPixmap(avatar_pixmap(name, 72, photo=photo))

    # -- parts ---------------------------------------------------------------------------------

    def _status_band(self, member: MemberDetail) -> None:
        ui, fmt = self.ui, self.fmt
        look = member_status_look(member.status, member.days_left)
        text = look.text
        end = member.membership_end
        if end is not None and member.status in ("active", "expiring"):
            text += f" · ends {fmt.date(end)}"
        elif end is not None and member.status == "expired":
            text += f" · ended {fmt.date(end)}"
        if member.plan_name and member.status not in ("none",):
            text += f" · {member.plan_name}"
        ui.statusText.setText(text)
        ui.statusIcon.setPixmap(icon_pixmap(look.icon, 18, color=tone_colors(look.tone)[1]))
        ui.statusBand.setToolTip(look.tooltip)
        ui.statusBand.setAccessibleName(f"Status: {look.text}")
        set_tone(ui.statusBand, look.tone)

    def _health(self, conditions: str | None) -> None:
        ui = self.ui
        text = (conditions or "").strip()
        ui.healthValue.setText(text or NONE_RECORDED)
        ui.healthFrame.setProperty("empty", not text)
        repolish(ui.healthFrame)
        for child in ui.healthFrame.findChildren(QWidget):
            repolish(child)
        tone = "warn" if text else "muted"
        ui.healthIcon.setPixmap(icon_pixmap("health", 20, color=tone_colors(tone)[1]))

    def _visits(self, visits: tuple[VisitSummary, ...]) -> None:
        layout = self._clear(self.ui.visitsBox)
        if not visits:
            layout.addWidget(self._muted("No visits yet"), 0, 0, 1, 3)
            return
        fmt = self.fmt
        for row, visit in enumerate(visits):
            when = QLabel(fmt.relative(visit.checked_in_at))
            when.setToolTip(fmt.exact_datetime(visit.checked_in_at))
            if visit.checked_out_at is None:
                stay = QLabel("in the gym now")
                stay.setStyleSheet("font-weight: 600;")
            else:
                stay = QLabel(fmt.duration(visit.checked_in_at, visit.checked_out_at))
                stay.setToolTip(
                    f"{fmt.time(visit.checked_in_at)} – {fmt.time(visit.checked_out_at)}"
                )
            site = self._muted(visit.site_name or "")
            layout.addWidget(when, row, 0)
            layout.addWidget(stay, row, 1)
            layout.addWidget(site, row, 2)
        layout.setColumnStretch(2, 1)

    def show_memberships(
        self,
        memberships: Sequence[MembershipInfo],
        menu_for: Callable[[MembershipInfo], QMenu | None],
    ) -> None:
        """The membership history with what is due and an actions button per membership."""
        layout = self._clear(self.ui.membershipsBox)
        if not memberships:
            layout.addWidget(self._muted("No memberships yet"), 0, 0, 1, 3)
            return
        fmt = self.fmt
        for i, item in enumerate(memberships):
            look = member_status_look(item.status, None)
            plan = QLabel(item.plan_name)
            plan.setStyleSheet("font-weight: 600;")
            status = QLabel(look.text)
            status.setToolTip(look.tooltip)
            set_tone(status, look.tone)
            status.setStyleSheet("padding: 1px 8px; font-size: 9pt;")
            period = f"{fmt.date(item.start_date)} – {fmt.date(item.end_date)}"
            parts = [period, fmt.money(item.price, item.currency)]
            if item.status != "cancelled" and (visits := visits_left_text(item)):
                parts.append(visits)
            if item.frozen_from is not None and item.frozen_until is not None:
                parts.append(f"frozen {fmt.date(item.frozen_from)} – {fmt.date(item.frozen_until)}")
            if item.auto_renew and item.status != "cancelled":
                parts.append("renews automatically")
            details = self._muted(" · ".join(parts))
            details.setWordWrap(True)
            row = i * 2
            layout.addWidget(plan, row, 0)
            layout.addWidget(status, row, 1, Qt.AlignmentFlag.AlignRight)
            menu = menu_for(item)
            if menu is not None:
                button = QToolButton()
                button.setObjectName(f"membershipActions-{item.id}")
                button.setIcon(icon("more"))
                button.setAutoRaise(True)
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                # The "⋯" already says "menu"; Qt's extra arrow would crowd the narrow pane.
                button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
                button.setToolTip(f"What to do with {item.plan_name} ({period})")
                button.setAccessibleName(f"Actions for {item.plan_name}, {period}")
                button.setMenu(menu)
                # The menu belongs to the button now, and goes with it when the rows are redone.
                menu.setParent(button, menu.windowFlags())
                layout.addWidget(button, row, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
            second = QHBoxLayout()
            second.setSpacing(8)
            second.addWidget(details, 1)
            if item.amount_due > 0 and item.status != "cancelled":
                due = QLabel(f"{fmt.money(item.amount_due, item.currency)} due")
                set_tone(due, "bad")
                due.setStyleSheet("padding: 1px 8px; font-size: 9pt;")
                second.addWidget(due, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            holder = QWidget()
            holder.setLayout(second)
            second.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(holder, row + 1, 0, 1, 2)
            if i < len(memberships) - 1:
                layout.setRowMinimumHeight(row + 1, 24)
        layout.setColumnStretch(0, 1)

    def show_payments(
        self,
        payments: Sequence[PaymentInfo] | None,
        *,
        on_receipt: Callable[[PaymentInfo], None],
        on_refund: Callable[[PaymentInfo], None] | None,
    ) -> None:
        """The latest receipts and credit notes (None: this role does not see payments)."""
        self.payments_section.setVisible(payments is not None)
        self.payments_box.setVisible(payments is not None)
        layout = self._clear(self.payments_box)
        if payments is None:
            return
        if not payments:
            layout.addWidget(self._muted("No payments yet"), 0, 0, 1, 4)
            return
        fmt = self.fmt
        for i, payment in enumerate(list(payments)[:PAYMENTS_SHOWN]):
            row = i * 2
            number = QLabel(payment.receipt_number)
            number.setStyleSheet("font-weight: 600;")
            number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            sign = "− " if payment.is_refund else ""
            amount = QLabel(sign + fmt.money(payment.amount, payment.currency))
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setStyleSheet("font-weight: 600;")
            when = fmt.date(fmt.local(payment.created_at).date())
            parts = [when, _method(payment.method)]
            if payment.is_refund:
                parts.insert(0, f"Credit note for {payment.refund_of_number or '—'}")
            elif payment.refunded > 0:
                parts.append(
                    "refunded in full"
                    if payment.refundable <= 0
                    else f"{fmt.money(payment.refunded, payment.currency)} refunded"
                )
            details = self._muted(" · ".join(parts))
            details.setWordWrap(True)
            details.setToolTip(payment.description)
            receipt = self._small_button(
                "Receipt", f"receipt-{payment.receipt_number}", "Open the PDF"
            )
            receipt.clicked.connect(lambda _c=False, p=payment: on_receipt(p))
            layout.addWidget(number, row, 0)
            layout.addWidget(amount, row, 1)
            layout.addWidget(receipt, row, 2)
            if on_refund is not None and not payment.is_refund and payment.refundable > 0:
                refund = self._small_button(
                    "Refund…", f"refund-{payment.receipt_number}", "Refund all or part of it"
                )
                refund.clicked.connect(lambda _c=False, p=payment: on_refund(p))
                layout.addWidget(refund, row, 3)
            layout.addWidget(details, row + 1, 0, 1, 4)
            if i < len(payments) - 1:
                layout.setRowMinimumHeight(row + 1, 22)
        layout.setColumnStretch(0, 1)

    @staticmethod
    def _small_button(text: str, name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(False)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- helpers -------------------------------------------------------------------------------

    @staticmethod
    def _value(label: QLabel, value: str | None, *, missing: str = MISSING) -> None:
        text = (value or "").strip()
        label.setText(text or missing)
        label.setToolTip("")
        # An absent value is said in muted grey so present values stand out.
        wanted = "" if text else "muted"
        if (label.property("role") or "") != wanted:
            set_role(label, wanted)

    @staticmethod
    def _muted(text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "muted")
        return label

    @staticmethod
    def _clear(box: QWidget) -> QGridLayout:
        layout = box.layout()
        assert isinstance(layout, QGridLayout)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Qt gotcha: deleteLater() alone leaves the old row painted until the event
                # loop runs; hiding it first avoids a frame with both old and new rows.
                widget.hide()
                widget.deleteLater()
        # The grid is reused for the next member: forget this one's stretches and heights.
        for column in range(layout.columnCount()):
            layout.setColumnStretch(column, 0)
        for row in range(layout.rowCount()):
            layout.setRowMinimumHeight(row, 0)
        return layout


def _method(method: str) -> str:
    return METHOD_LABELS.get(method, method)

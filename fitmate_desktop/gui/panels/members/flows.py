"""The member flows, callable from any screen with just a member id.

The Members panel, the Renewals panel and the check-in screen (its red verdict offers "Take
payment" and "Renew") all open the same dialogs through one ``MemberActions``. Each flow
loads what its dialog needs on a worker (the member, their memberships, the plans, the PT
packages), then opens the dialog window-modal with ``open()``, never ``exec()``: nothing
blocks, and a flow leads to the next (register -> sell -> take payment) by signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS
from fitmate_desktop.gui.format import Formatter
from fitmate_desktop.gui.panels.billing.payment_dialog import PaymentDialog, QuickItem
from fitmate_desktop.gui.panels.billing.refund_dialog import RefundDialog
from fitmate_desktop.gui.panels.members.member_form import MemberFormDialog
from fitmate_desktop.gui.panels.members.membership_actions import (
    CancelDialog,
    FreezeDialog,
    MembershipDialog,
    UpgradeDialog,
    period_text,
    unfreeze_preview,
)
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import ask, tell, user_message
from fitmate_desktop.gui.widgets.pdf_view import DocumentRunner, receipts_folder
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import member_records, payments, pt_packages
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services import memberships as memberships_service
from fitmate_desktop.services.errors import Conflict
from fitmate_desktop.services.members import MemberDetail
from fitmate_desktop.services.memberships import MembershipInfo
from fitmate_desktop.services.payments import PaymentInfo
from fitmate_desktop.services.pt_packages import PTPackageInfo

log = logging.getLogger(__name__)

MAX_PT_BUTTONS = 3


def quick_items(
    fmt: Formatter, memberships: Sequence[MembershipInfo], packages: Sequence[PTPackageInfo]
) -> list[QuickItem]:
    """The payment dialog's one-click lines: memberships with money due, then PT packages."""
    items: list[QuickItem] = []
    for m in memberships:
        if m.amount_due > 0 and m.status != "cancelled":
            due = fmt.money(m.amount_due, m.currency)
            # The dates tell two memberships of the same plan apart (a renewal and the last).
            items.append(
                QuickItem(
                    label=f"Membership: {m.plan_name}, {period_text(fmt, m.start_date, m.end_date)}"
                    f" — {due} due",
                    description=f"Membership: {m.plan_name}, "
                    f"{period_text(fmt, m.start_date, m.end_date)}",
                    amount=m.amount_due,
                    membership_id=m.id,
                )
            )
    for package in list(packages)[:MAX_PT_BUTTONS]:
        items.append(
            QuickItem(
                label=f"PT: {package.name} ({fmt.money(package.price, package.currency)})",
                description=f"PT package: {package.name} ({package.sessions_count} sessions)",
                amount=package.price,
                pt_package_id=package.id,
            )
        )
    return items


class MemberActions(QObject):
    """Opens the member, membership and payment dialogs over ``host``.

    ``sig_dialog(QDialog)`` as each dialog opens (``last_dialog`` keeps the newest);
    ``sig_notice(tone, text)`` for the host's notice line (printing, archiving);
    ``sig_saved(Path)`` when a receipt or credit note was kept in the receipts folder (the
    notice names it too; a host with a ``SavedBanner`` can show it with "Open folder").
    """

    sig_dialog = Signal(object)
    sig_notice = Signal(str, str)
    sig_saved = Signal(object)

    def __init__(self, context: GuiContext, host: QWidget) -> None:
        super().__init__(host)
        self.context = context
        self.host = host
        self.fmt = context.formatter
        self.last_dialog: QDialog | None = None
        self._open_dialogs: list[QDialog] = []
        self.documents = DocumentRunner(host)
        self._kept: Path | None = None
        self.documents.sig_report.connect(self._report)
        self.documents.sig_saved.connect(self._saved)

    # -- plumbing --------------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> QDialog:
        # Python keeps the dialog until it closes; Qt deletes it after (WA_DeleteOnClose), so
        # a day of desk work does not pile up hidden dialogs.
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._open_dialogs.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.last_dialog = dialog
        dialog.open()
        self.sig_dialog.emit(dialog)
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if dialog in self._open_dialogs:
            self._open_dialogs.remove(dialog)

    def _load(self, what: str, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        run_in_background(
            work, on_done=then, on_error=lambda err: self._failed(what, err), parent=self
        )

    def _saved(self, path: Path) -> None:
        self._kept = path
        self.sig_saved.emit(path)

    def _report(self, tone: str, text: str) -> None:
        # A kept receipt: the notice says where, with the whole path (the file outlives
        # the program; the desk may need it again).
        if self._kept is not None and tone != "info":
            text = f"{text} Saved as {self._kept}"
            self._kept = None
        self.sig_notice.emit(tone, text)

    def _failed(self, what: str, err: BaseException) -> None:
        tell(self.host, title=f"Couldn’t {what}", text=user_message(err))

    # -- the member ------------------------------------------------------------------------------

    def new_member(self) -> None:
        """Ctrl+N: the registration form."""
        dialog = MemberFormDialog(self.context, parent=self.host)
        dialog.sig_sell.connect(self.sell_membership)
        self._open(dialog)

    def edit_member(self, member_id: int) -> None:
        """F4: the form with the member's current values (and version)."""
        actor = self.context.actor

        def show(detail: MemberDetail) -> None:
            self._open(MemberFormDialog(self.context, member=detail, parent=self.host))

        self._load(
            "open the member",
            lambda: members_service.get_member(actor=actor, member_id=member_id),
            show,
        )

    def print_card(self, member_id: int, member_code: str) -> None:
        """Print the membership card (Ctrl+P)."""
        actor = self.context.actor
        self.documents.print(
            lambda: member_records.membership_card_pdf(actor=actor, member_id=member_id),
            f"card-{member_code}",
        )

    def open_card(self, member_id: int, member_code: str) -> None:
        """Open the card as a PDF."""
        actor = self.context.actor
        self.documents.open(
            lambda: member_records.membership_card_pdf(actor=actor, member_id=member_id),
            f"card-{member_code}",
        )

    def archive(self, member: MemberDetail, *, archived: bool = True) -> None:
        """Archive (or bring back) a member, after one question naming them."""
        actor = self.context.actor

        def run() -> None:
            self._load(
                "archive the member" if archived else "restore the member",
                lambda: member_records.set_archived(
                    actor=actor, member_id=member.id, archived=archived
                ),
                lambda _none: self._archived(member, archived),
            )

        if archived:
            ask(
                self.host,
                title="Archive member",
                text=f"Archive {member.full_name} ({member.member_code})?",
                details="They disappear from the lists and can no longer check in. Their "
                "visits, memberships and payments are kept; they can be restored.",
                confirm="Archive",
                warning=True,
                on_confirm=run,
            )
        else:
            run()

    def _archived(self, member: MemberDetail, archived: bool) -> None:
        self.context.events.notify(MEMBERS)
        verb = "archived" if archived else "restored"
        self.sig_notice.emit("ok", f"{member.full_name} ({member.member_code}) is {verb}.")

    # -- memberships -----------------------------------------------------------------------------

    def sell_membership(self, member_id: int) -> None:
        """Sell a plan to the member."""
        self._plan_dialog("sell", member_id)

    def renew_membership(self, member_id: int, plan_id: int | None = None) -> None:
        """Renew: the next period starts the day after the current one ends."""
        self._plan_dialog("renew", member_id, plan_id)

    def _plan_dialog(self, mode: str, member_id: int, plan_id: int | None = None) -> None:
        actor = self.context.actor

        def work() -> tuple[MemberDetail, tuple[Any, ...], tuple[MembershipInfo, ...]]:
            detail = members_service.get_member(actor=actor, member_id=member_id)
            plans = memberships_service.list_plans(actor=actor)
            mine = memberships_service.member_memberships(actor=actor, member_id=member_id)
            return detail, plans, mine

        def show(loaded: tuple[MemberDetail, tuple[Any, ...], tuple[MembershipInfo, ...]]) -> None:
            detail, plans, mine = loaded
            dialog = MembershipDialog(
                self.context,
                mode=mode,
                member_id=member_id,
                member_name=detail.full_name,
                plans=plans,
                memberships=mine,
                plan_id=plan_id,
                parent=self.host,
            )
            dialog.sig_take_payment.connect(
                lambda info: self.take_payment(info.member_id, membership_id=info.id)
            )
            self._open(dialog)

        self._load("open the plans", work, show)

    def upgrade(self, membership: MembershipInfo, member_name: str) -> None:
        """Upgrade to another plan with the unused days credited."""
        actor = self.context.actor

        def show(plans: tuple[Any, ...]) -> None:
            dialog = UpgradeDialog(self.context, membership, member_name, plans, self.host)
            dialog.sig_take_payment.connect(
                lambda info: self.take_payment(info.member_id, membership_id=info.id)
            )
            self._open(dialog)

        self._load("open the plans", lambda: memberships_service.list_plans(actor=actor), show)

    def freeze(self, membership: MembershipInfo, member_name: str) -> None:
        """Freeze for a date range."""
        self._open(FreezeDialog(self.context, membership, member_name, self.host))

    def cancel(self, membership: MembershipInfo, member_name: str) -> None:
        """Cancel with a reason."""
        self._open(CancelDialog(self.context, membership, member_name, self.host))

    def unfreeze(self, membership: MembershipInfo, member_name: str) -> None:
        """End a freeze today (or drop a planned one), after one question with the new end."""
        fmt = self.fmt
        new_end = unfreeze_preview(membership, fmt.today())
        actor = self.context.actor

        def run() -> None:
            run_in_background(
                lambda: memberships_service.unfreeze_membership(
                    actor=actor, membership_id=membership.id, expected_version=membership.version
                ),
                on_done=lambda info: self._changed(f"{member_name}’s membership is unfrozen."),
                on_error=lambda err: self._membership_failed("unfreeze the membership", err),
                parent=self,
            )

        ask(
            self.host,
            title="Unfreeze membership",
            text=f"Unfreeze {member_name}’s {membership.plan_name} membership?",
            details=f"It will end on {fmt.date(new_end)} instead of "
            f"{fmt.date(membership.end_date)}.",
            confirm="Unfreeze",
            on_confirm=run,
        )

    def set_auto_renew(self, membership: MembershipInfo, member_name: str, on: bool) -> None:
        """Switch automatic renewal on or off (no question: nothing is charged by it)."""
        actor = self.context.actor
        run_in_background(
            lambda: memberships_service.set_auto_renew(
                actor=actor,
                membership_id=membership.id,
                auto_renew=on,
                expected_version=membership.version,
            ),
            on_done=lambda _info: self._changed(
                f"{member_name}’s {membership.plan_name} "
                + ("renews automatically now." if on else "no longer renews automatically.")
            ),
            on_error=lambda err: self._membership_failed("change the renewal", err),
            parent=self,
        )

    def _changed(self, message: str) -> None:
        self.context.events.notify(MEMBERSHIPS, MEMBERS)
        self.sig_notice.emit("ok", message)

    def _membership_failed(self, what: str, err: BaseException) -> None:
        if isinstance(err, Conflict):
            # Someone else changed it: show theirs (reload) and say so.
            self.context.events.notify(MEMBERSHIPS, MEMBERS)
        tell(self.host, title=f"Couldn’t {what}", text=user_message(err))

    # -- money -----------------------------------------------------------------------------------

    def take_payment(self, member_id: int, membership_id: int | None = None) -> None:
        """F5: the payment dialog with the member's dues one click away (or already added)."""
        actor = self.context.actor
        can_view_packages = actor.can(Permission.PAYMENTS_TAKE)

        def work() -> tuple[MemberDetail, tuple[MembershipInfo, ...], tuple[PTPackageInfo, ...]]:
            detail = members_service.get_member(actor=actor, member_id=member_id)
            mine = memberships_service.member_memberships(actor=actor, member_id=member_id)
            packages = pt_packages.list_pt_packages(actor=actor) if can_view_packages else ()
            return detail, mine, packages

        def show(
            loaded: tuple[MemberDetail, tuple[MembershipInfo, ...], tuple[PTPackageInfo, ...]],
        ) -> None:
            detail, mine, packages = loaded
            items = quick_items(self.fmt, mine, packages)
            dues = [item for item in items if item.membership_id is not None]
            if membership_id is not None:
                preset = [item for item in dues if item.membership_id == membership_id]
            else:
                # One membership with money due is why the member is at the desk: add it.
                preset = dues if len(dues) == 1 else []
            self._open(
                PaymentDialog(
                    self.context,
                    member_id=detail.id,
                    member_name=detail.full_name,
                    member_code=detail.member_code,
                    quick_items=items,
                    preset=preset,
                    parent=self.host,
                )
            )

        self._load("open the payment", work, show)

    def refund(self, payment: PaymentInfo) -> None:
        """Refund all or part of a payment (the dialog asks once, naming the money)."""
        self._open(RefundDialog(self.context, payment, self.host))

    def open_receipt(self, payment: PaymentInfo) -> None:
        """Open a receipt or credit note as a PDF (kept in the receipts folder)."""
        self._receipt(self.documents.open, payment)

    def print_receipt(self, payment: PaymentInfo) -> None:
        """Print a receipt or credit note."""
        self._receipt(self.documents.print, payment)

    def _receipt(self, then: Callable[..., None], payment: PaymentInfo) -> None:
        actor = self.context.actor
        then(
            lambda: payments.receipt_pdf(actor=actor, payment_id=payment.id),
            payment.receipt_number,
            keep_in=receipts_folder(self.fmt.local(payment.created_at).year),
        )


def connect_checkin_requests(panel: QWidget, context: GuiContext, host: QWidget) -> None:
    """Give a panel's ``sig_take_payment`` / ``sig_renew`` (the check-in screen's red verdict)
    their dialogs. Panels without those signals are left alone."""
    take = getattr(panel, "sig_take_payment", None)
    renew = getattr(panel, "sig_renew", None)
    if take is None and renew is None:
        return
    actions = MemberActions(context, host)
    # Kept on the panel: it lives as long as the signals it serves.
    panel._member_actions = actions  # type: ignore[attr-defined]
    if take is not None and context.actor.can(Permission.PAYMENTS_TAKE):
        take.connect(actions.take_payment)
    if renew is not None and context.actor.can(Permission.MEMBERSHIPS_SELL):
        renew.connect(lambda member_id: actions.renew_membership(member_id))

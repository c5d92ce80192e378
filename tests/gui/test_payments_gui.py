"""Selling, renewing and taking payments through the real dialogs; refunds; the receipt PDF.

PDFs are opened through ``pdf_view.open_file``, replaced here by a recorder so no viewer is
started; the files themselves are real and are read back with pypdf.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui import tasks
from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.panels.billing.payment_dialog import PaymentDialog
from fitmate_desktop.gui.panels.billing.refund_dialog import RefundDialog
from fitmate_desktop.gui.panels.checkin.panel import CheckInPanel
from fitmate_desktop.gui.panels.members.membership_actions import (
    CancelDialog,
    FreezeDialog,
    MembershipDialog,
    UpgradeDialog,
)
from fitmate_desktop.gui.panels.members.model import COLUMN_INDEX
from fitmate_desktop.gui.panels.members.panel import MembersPanel
from fitmate_desktop.gui.panels.renewals.panel import RenewalsPanel
from fitmate_desktop.gui.widgets import pdf_view
from fitmate_desktop.models import AdminSettings
from fitmate_desktop.services import memberships, payments
from fitmate_desktop.services.actor import system_actor
from fitmate_desktop.services.errors import Unavailable
from fitmate_desktop.services.payments import SaleItem
from fitmate_desktop.services.uow import unit_of_work
from tests.gui.conftest import WORKSTATION


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """PDFs the program asked the system to open (instead of starting a viewer)."""
    paths: list[Path] = []

    def record(path: Path) -> bool:
        paths.append(path)
        return True

    monkeypatch.setattr(pdf_view, "open_file", record)
    return paths


@pytest.fixture
def plans() -> dict[str, int]:
    admin = system_actor(workstation=WORKSTATION)
    made = {}
    for name, days, price in (("Monthly", 30, "39.90"), ("Annual", 365, "399.00")):
        plan = memberships.save_plan(
            actor=admin,
            form=memberships.PlanForm(
                name=name,
                membership_type="annual" if days == 365 else "monthly",
                duration_days=days,
                price=price,
                features=("Sauna",),
            ),
        )
        made[name] = plan.id
    return made


@pytest.fixture
def panel(
    qtbot: QtBot, members: dict[str, int], plans: dict[str, int], gui_context: GuiContext
) -> Iterator[MembersPanel]:
    panel = MembersPanel(gui_context)
    qtbot.addWidget(panel)
    panel.resize(1300, 760)
    panel.show()
    qtbot.waitExposed(panel)
    yield panel


def _select(qtbot: QtBot, panel: MembersPanel, name: str) -> None:
    column = COLUMN_INDEX["name"]
    names = [panel.model.index(r, column).data() for r in range(panel.model.rowCount())]
    panel.ui.membersTable.selectRow(names.index(name))
    qtbot.waitUntil(
        lambda: panel.ui.nameLabel.text() == name and panel.ui.detailState.state == "content",
        timeout=2000,
    )


def _activate(qtbot: QtBot, window: QWidget) -> None:
    """Make ``window`` the active one, as a click on it would (mnemonics need that)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def _payments_of(member_id: int, actor) -> tuple[payments.PaymentInfo, ...]:
    return payments.list_payments(actor=actor, member_id=member_id)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def _sell(qtbot: QtBot, panel: MembersPanel, name: str, plan: str) -> MembershipDialog:
    _select(qtbot, panel, name)
    qtbot.keyClick(panel.ui.membersTable, Qt.Key.Key_F7)
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, MembershipDialog)
    dialog.ui.planCombo.setCurrentIndex(
        dialog.ui.planCombo.findText(plan, Qt.MatchFlag.MatchStartsWith)
    )
    qtbot.keyClick(dialog.ui.planCombo, Qt.Key.Key_Return)
    assert dialog.state == "done"
    return dialog


def test_sell_then_take_payment_shows_the_receipt_and_the_pdf_says_it(
    qtbot: QtBot,
    panel: MembersPanel,
    members: dict[str, int],
    gui_context: GuiContext,
    opened: list[Path],
) -> None:
    sold = _sell(qtbot, panel, "Bruno Costa", "Monthly")
    ui = sold.ui
    assert ui.doneTitle.text() == "Sold: Monthly for Bruno Costa"
    assert "€39.90 to pay" in ui.doneText.text()
    assert ui.payButton.isDefault()
    qtbot.keyClick(ui.payButton, Qt.Key.Key_Return)  # Enter: take the payment now

    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, PaymentDialog)
    table = dialog.ui.itemsTable
    # The membership that is due is already on the bill.
    assert table.rowCount() == 1
    assert table.item(0, 0).text().startswith("Membership: Monthly")
    assert table.item(0, 2).text() == "39.90"
    assert dialog.ui.totalLabel.text() == "€39.90"
    assert dialog.ui.payButton.text() == "Pay €39.90"

    _activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Alt+C: cash
    # A mnemonic "animates" the click: the button toggles a moment later.
    qtbot.waitUntil(lambda: dialog.method() == "cash", timeout=1000)
    qtbot.keyClick(dialog.ui.cashButton, Qt.Key.Key_Return)  # Enter pays, wherever the focus

    assert dialog.state == "paid"
    info = dialog.outcome
    assert info is not None
    assert dialog.ui.receiptLabel.text() == f"Receipt {info.receipt_number}"
    assert info.receipt_number.startswith("R-")
    assert "includes 23% tax" in dialog.ui.doneText.text()
    # The membership is paid, so active.
    mine = memberships.member_memberships(actor=gui_context.actor, member_id=members["Bruno Costa"])
    assert mine[0].status == "active" and mine[0].amount_due == 0

    qtbot.mouseClick(dialog.ui.openReceiptButton, Qt.MouseButton.LeftButton)
    assert opened and opened[-1].name == f"{info.receipt_number}.pdf"
    text = _pdf_text(opened[-1])
    assert "Bruno Costa" in text
    assert "39.90" in text
    assert info.receipt_number in text


def test_pressing_pay_twice_quickly_charges_once(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], gui_context: GuiContext
) -> None:
    _select(qtbot, panel, "Carla Murphy")
    qtbot.keyClick(panel.ui.membersTable, Qt.Key.Key_F5)
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, PaymentDialog)
    dialog.add_line("Water bottle", Decimal("2.50"))
    dialog.set_method("card")

    # The real thing: the worker pool, and two clicks before the answer is back.
    tasks.set_synchronous(False)
    try:
        qtbot.mouseClick(dialog.ui.payButton, Qt.MouseButton.LeftButton)
        assert not dialog.ui.payButton.isEnabled()  # disabled while in flight
        qtbot.mouseClick(dialog.ui.payButton, Qt.MouseButton.LeftButton)
        dialog.pay()  # and Enter pressed as well
        qtbot.waitUntil(lambda: dialog.state == "paid", timeout=10_000)
    finally:
        tasks.wait_for_all()
        tasks.set_synchronous(True)
    made = _payments_of(members["Carla Murphy"], gui_context.actor)
    assert len(made) == 1
    assert made[0].amount == Decimal("2.50")
    # After paying, Pay is gone: another click cannot charge again.
    assert not dialog.ui.payButton.isVisible()
    dialog.pay()
    assert len(_payments_of(members["Carla Murphy"], gui_context.actor)) == 1


def test_a_lost_connection_keeps_the_dialog_and_retry_never_charges_twice(
    qtbot: QtBot,
    panel: MembersPanel,
    members: dict[str, int],
    gui_context: GuiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _select(qtbot, panel, "Diego Murphy")
    qtbot.keyClick(panel.ui.membersTable, Qt.Key.Key_F5)
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, PaymentDialog)
    dialog.add_line("Towel", Decimal("3.00"))
    dialog.set_method("cash")

    real = payments.take_payment
    keys: list[uuid.UUID] = []

    def committed_but_answer_lost(**kwargs: Any) -> payments.PaymentInfo:
        keys.append(kwargs["idempotency_key"])
        real(**kwargs)  # the payment is made…
        raise Unavailable("The database cannot be reached right now.")  # …the answer lost

    def answered(**kwargs: Any) -> payments.PaymentInfo:
        keys.append(kwargs["idempotency_key"])
        return real(**kwargs)

    monkeypatch.setattr(payments, "take_payment", committed_but_answer_lost)
    qtbot.mouseClick(dialog.ui.payButton, Qt.MouseButton.LeftButton)
    assert dialog.state == "unsent"
    assert dialog.status_text().startswith("Not sent")
    assert dialog.ui.payButton.text() == "Retry — pay €3.00"
    assert not dialog.ui.itemsTable.isEnabled()  # the retry is the very same request
    assert dialog.isVisible()

    monkeypatch.setattr(payments, "take_payment", answered)
    qtbot.mouseClick(dialog.ui.payButton, Qt.MouseButton.LeftButton)
    assert dialog.state == "paid"
    assert keys[0] == keys[1] == dialog.idempotency_key
    made = _payments_of(members["Diego Murphy"], gui_context.actor)
    assert len(made) == 1
    assert dialog.outcome is not None and dialog.outcome.receipt_number == made[0].receipt_number


def test_a_card_number_as_reference_is_refused_next_to_the_field(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], gui_context: GuiContext
) -> None:
    _select(qtbot, panel, "Carla Murphy")
    panel.take_payment()
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, PaymentDialog)
    dialog.add_line("Day pass", Decimal("8.00"))
    _activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Alt+A: card
    qtbot.waitUntil(lambda: dialog.method() == "card", timeout=1000)
    assert dialog.ui.referenceEdit.isEnabled()
    qtbot.keyClicks(dialog.ui.referenceEdit, "4111 1111 1111 1111")
    qtbot.keyClick(dialog.ui.referenceEdit, Qt.Key.Key_Return)
    assert dialog.state == "editing"
    assert "looks like a card number" in dialog.errors.message("provider_reference")
    assert dialog.ui.referenceEdit.text() == "4111 1111 1111 1111"  # kept, to be corrected
    assert _payments_of(members["Carla Murphy"], gui_context.actor) == ()


def test_an_empty_bill_and_no_method_are_said_before_anything_is_sent(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], gui_context: GuiContext
) -> None:
    _select(qtbot, panel, "Carla Murphy")
    panel.take_payment()
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, PaymentDialog)
    dialog.pay()
    assert dialog.errors.message("items") == "Add at least one line to charge."
    dialog.add_line("Protein bar", Decimal("0"))
    dialog.ui.itemsTable.item(0, 2).setText("2,50")  # a comma is fine
    assert dialog.ui.totalLabel.text() == "€2.50"
    dialog.pay()
    assert dialog.errors.message("method") == "Choose how the member paid."
    assert _payments_of(members["Carla Murphy"], gui_context.actor) == ()


def test_quick_add_offers_what_is_due_and_pt_packages(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor, plans: dict[str, int]
) -> None:
    from fitmate_desktop.models import PTPackage

    with unit_of_work() as uow:
        uow.session.add(PTPackage(name="5 sessions", sessions_count=5, validity_days=60, price=160))
        uow.commit()
    for _ in range(2):  # two periods due: nothing is added by itself, both are offered
        memberships.renew_membership(
            actor=desk_actor, member_id=members["Bruno Costa"], plan_id=plans["Monthly"]
        )
    _select(qtbot, panel, "Bruno Costa")
    panel.take_payment()
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, PaymentDialog)
    labels = [button.text() for button in dialog.quick_buttons()]
    assert len(labels) == 3
    assert labels[0].startswith("Membership: Monthly") and labels[0].endswith("€39.90 due")
    assert labels[2] == "PT: 5 sessions (€160.00)"
    assert dialog.ui.itemsTable.rowCount() == 0
    dialog.quick_buttons()[2].click()
    assert dialog.ui.itemsTable.rowCount() == 1
    assert not dialog.quick_buttons()[2].isEnabled()  # on the bill already
    assert dialog.ui.totalLabel.text() == "€160.00"


# --------------------------------------------------------------------------- refunds


def _paid(
    member_id: int, actor, amount: str = "39.90", method: str = "card"
) -> payments.PaymentInfo:
    return payments.take_payment(
        actor=actor,
        idempotency_key=uuid.uuid4(),
        member_id=member_id,
        items=[SaleItem("Locker rental", amount)],
        method=method,
        provider_reference="TX-1",
    )


def _refund_dialog(qtbot: QtBot, panel: MembersPanel, name: str, receipt: str) -> RefundDialog:
    _select(qtbot, panel, name)
    button = panel.findChild(QToolButton, f"refund-{receipt}")
    assert button is not None, "the payment row offers Refund"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, RefundDialog)
    return dialog


def test_refund_over_what_can_be_refunded_is_said_next_to_the_amount(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor
) -> None:
    paid = _paid(members["Ana Silva"], desk_actor)
    payments.refund_payment(
        actor=desk_actor,
        payment_id=paid.id,
        amount="10.00",
        reason="Partly unused",
        idempotency_key=uuid.uuid4(),
    )
    panel.refresh(frozenset({"members"}))
    dialog = _refund_dialog(qtbot, panel, "Ana Silva", paid.receipt_number)
    ui = dialog.ui
    assert ui.paidValue.text() == "€39.90"
    assert ui.refundedValue.text() == "€10.00"
    assert ui.maxValue.text() == "€29.90"
    assert ui.amountEdit.text() == "29.90"  # the rest, by default

    ui.amountEdit.setText("45.00")
    qtbot.keyClicks(ui.reasonEdit, "Membership cancelled")
    qtbot.keyClick(ui.reasonEdit, Qt.Key.Key_Return)
    assert dialog.errors.message("amount") == "At most €29.90 can still be refunded."
    assert dialog.findChild(QMessageBox) is None  # nothing asked, nothing sent
    refunds = [p for p in _payments_of(members["Ana Silva"], desk_actor) if p.is_refund]
    assert len(refunds) == 1


def test_refund_asks_once_naming_the_money_then_opens_the_credit_note(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor, opened: list[Path]
) -> None:
    paid = _paid(members["Ana Silva"], desk_actor, amount="45.00")
    panel.refresh(frozenset({"members"}))
    dialog = _refund_dialog(qtbot, panel, "Ana Silva", paid.receipt_number)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Charged twice")
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)

    box = dialog.findChild(QMessageBox, "confirmBox")
    assert box is not None
    assert box.text() == f"Refund €45.00 of receipt {paid.receipt_number} to Ana Silva?"
    assert box.defaultButton().text() == "Refund €45.00"
    box.defaultButton().click()

    assert dialog.state == "done"
    credit = dialog.outcome
    assert credit is not None and credit.receipt_number.startswith("CR-")
    assert dialog.ui.creditLabel.text() == f"Credit note {credit.receipt_number}"
    # The credit note opened by itself.
    assert opened and opened[-1].name == f"{credit.receipt_number}.pdf"
    text = _pdf_text(opened[-1])
    assert "Ana Silva" in text and "45.00" in text and paid.receipt_number in text
    original = payments.get_payment(actor=desk_actor, payment_id=paid.id)
    assert original.refundable == Decimal("0.00")


def test_cancelling_the_question_refunds_nothing(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor
) -> None:
    paid = _paid(members["Ana Silva"], desk_actor)
    panel.refresh(frozenset({"members"}))
    dialog = _refund_dialog(qtbot, panel, "Ana Silva", paid.receipt_number)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Changed mind")
    dialog.refund()
    box = dialog.findChild(QMessageBox, "confirmBox")
    assert box is not None
    box.reject()
    assert dialog.state == "editing"
    assert [p for p in _payments_of(members["Ana Silva"], desk_actor) if p.is_refund] == []


def test_the_receptions_refund_limit_is_said_next_to_the_amount(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor
) -> None:
    with unit_of_work() as uow:
        settings = uow.session.get(AdminSettings, 1)
        assert settings is not None
        settings.reception_refund_limit = Decimal("20.00")
        uow.commit()
    paid = _paid(members["Ana Silva"], desk_actor, amount="45.00")
    panel.refresh(frozenset({"members"}))
    dialog = _refund_dialog(qtbot, panel, "Ana Silva", paid.receipt_number)
    qtbot.keyClicks(dialog.ui.reasonEdit, "Goodwill")
    dialog.refund()
    box = dialog.findChild(QMessageBox, "confirmBox")
    assert box is not None
    box.defaultButton().click()
    assert dialog.state == "editing"
    assert dialog.errors.message("amount") == "Refunds over 20.00 EUR need an admin."
    assert dialog.ui.amountEdit.isEnabled()


# --------------------------------------------------------------------------- memberships


def test_renew_shows_when_it_starts_and_leads_to_the_payment(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], gui_context: GuiContext
) -> None:
    # Ana's trial month runs from today: the renewal starts the day after it ends.
    current = memberships.member_memberships(
        actor=gui_context.actor, member_id=members["Ana Silva"]
    )
    _select(qtbot, panel, "Ana Silva")
    qtbot.keyClick(panel.ui.membersTable, Qt.Key.Key_F6)
    dialog = panel.member_actions.last_dialog
    assert isinstance(dialog, MembershipDialog) and dialog.mode == "renew"
    fmt = gui_context.formatter
    starts = current[0].end_date + dt.timedelta(days=1)
    assert dialog.ui.startNote.text().startswith(fmt.date(starts))
    assert "the day after the current membership ends" in dialog.ui.startNote.text()
    dialog.ui.planCombo.setCurrentIndex(
        dialog.ui.planCombo.findText("Monthly", Qt.MatchFlag.MatchStartsWith)
    )
    assert dialog.ui.periodValue.text() == (
        f"{fmt.date(starts)} – {fmt.date(starts + dt.timedelta(days=29))}"
    )
    dialog.confirm()
    assert dialog.outcome is not None and dialog.outcome.start_date == starts


def test_freeze_previews_the_new_end_and_cancel_asks_naming_member_and_plan(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor, plans: dict[str, int]
) -> None:
    sold = memberships.sell_membership(
        actor=desk_actor, member_id=members["Bruno Costa"], plan_id=plans["Monthly"]
    )
    _paid_membership(members["Bruno Costa"], sold, desk_actor)
    info = memberships.member_memberships(actor=desk_actor, member_id=members["Bruno Costa"])[0]
    panel.member_actions.freeze(info, "Bruno Costa")
    freeze = panel.member_actions.last_dialog
    assert isinstance(freeze, FreezeDialog)
    assert freeze.days() == 14
    new_end = info.end_date + dt.timedelta(days=14)
    fmt = panel.fmt
    assert freeze.end_value.text() == f"{fmt.date(new_end)} (was {fmt.date(info.end_date)})"
    freeze.confirm()
    frozen = memberships.member_memberships(actor=desk_actor, member_id=members["Bruno Costa"])[0]
    assert frozen.end_date == new_end and frozen.frozen_from is not None

    panel.member_actions.cancel(frozen, "Bruno Costa")
    cancel = panel.member_actions.last_dialog
    assert isinstance(cancel, CancelDialog)
    cancel.confirm()
    assert cancel.errors.message("reason") == "Say why the membership is cancelled."
    qtbot.keyClicks(cancel.reason_edit, "Moving to Porto")
    qtbot.keyClick(cancel.reason_edit, Qt.Key.Key_Return)
    box = cancel.findChild(QMessageBox, "confirmBox")
    assert box is not None
    assert box.text().startswith("Cancel Bruno Costa’s Monthly membership (")
    box.defaultButton().click()
    done = memberships.member_memberships(actor=desk_actor, member_id=members["Bruno Costa"])[0]
    assert done.status == "cancelled"


def test_a_stale_membership_is_reloaded_with_a_message(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor, plans: dict[str, int]
) -> None:
    sold = memberships.sell_membership(
        actor=desk_actor, member_id=members["Bruno Costa"], plan_id=plans["Monthly"]
    )
    _paid_membership(members["Bruno Costa"], sold, desk_actor)
    info = memberships.member_memberships(actor=desk_actor, member_id=members["Bruno Costa"])[0]
    panel.member_actions.freeze(info, "Bruno Costa")
    freeze = panel.member_actions.last_dialog
    assert isinstance(freeze, FreezeDialog)
    # The other desk switches auto-renewal meanwhile: a new version.
    memberships.set_auto_renew(
        actor=desk_actor, membership_id=info.id, auto_renew=True, expected_version=info.version
    )
    freeze.confirm()
    assert "Another desk changed this membership" in freeze.form_error.text()
    assert freeze.membership.version == info.version + 1  # reloaded
    freeze.confirm()  # pressing again works on what is there now
    assert freeze.state == "done"


def test_upgrade_shows_the_quote_before_confirming(
    qtbot: QtBot, panel: MembersPanel, members: dict[str, int], desk_actor, plans: dict[str, int]
) -> None:
    sold = memberships.sell_membership(
        actor=desk_actor, member_id=members["Carla Murphy"], plan_id=plans["Monthly"]
    )
    _paid_membership(members["Carla Murphy"], sold, desk_actor)
    info = memberships.member_memberships(actor=desk_actor, member_id=members["Carla Murphy"])[0]
    panel.member_actions.upgrade(info, "Carla Murphy")
    upgrade = panel.member_actions.last_dialog
    assert isinstance(upgrade, UpgradeDialog)
    combo = upgrade.plan_combo
    combo.setCurrentIndex(combo.findText("Annual", Qt.MatchFlag.MatchStartsWith))
    quote = memberships.quote_upgrade(
        actor=desk_actor, membership_id=info.id, new_plan_id=plans["Annual"]
    )
    fmt = panel.fmt
    assert upgrade.credit_value.text() == f"− {fmt.money(quote.credit)}"
    assert upgrade.due_value.text() == fmt.money(quote.amount_due)
    assert fmt.money(quote.amount_due) in upgrade.confirm_button.text()
    upgrade.confirm()
    assert upgrade.state == "done"
    assert upgrade.pay_button.isVisible()
    qtbot.mouseClick(upgrade.pay_button, Qt.MouseButton.LeftButton)
    payment = panel.member_actions.last_dialog
    assert isinstance(payment, PaymentDialog)
    assert payment.ui.totalLabel.text() == fmt.money(quote.amount_due)


def _paid_membership(member_id: int, info: memberships.MembershipInfo, actor) -> None:
    payments.take_payment(
        actor=actor,
        idempotency_key=uuid.uuid4(),
        member_id=member_id,
        items=[SaleItem("Membership", info.amount_due, membership_id=info.id)],
        method="cash",
    )


# --------------------------------------------------------------------------- other screens


def test_renewals_panel_lists_what_is_due_and_renews_from_the_row(
    qtbot: QtBot, members: dict[str, int], plans: dict[str, int], desk_actor, gui_context
) -> None:
    today = dt.date.today()
    sold = memberships.sell_membership(
        actor=desk_actor,
        member_id=members["Carla Murphy"],
        plan_id=plans["Monthly"],
        start_date=today - dt.timedelta(days=25),
        auto_renew=True,
    )
    _paid_membership(members["Carla Murphy"], sold, desk_actor)
    renewals = RenewalsPanel(gui_context)
    qtbot.addWidget(renewals)
    renewals.show()
    assert renewals.model.rowCount() == 1
    assert renewals.ui.countLabel.text() == "1 renewal due"
    assert renewals.model.index(0, 0).data() == "Carla Murphy"
    qtbot.keyClick(renewals.ui.renewalsTable, Qt.Key.Key_Return)
    dialog = renewals.member_actions.last_dialog
    assert isinstance(dialog, MembershipDialog) and dialog.mode == "renew"
    dialog.confirm()
    # Renewed: the list no longer has her.
    assert renewals.model.rowCount() == 0
    assert renewals.ui.renewalsState.state == "empty"


def test_the_check_in_screen_opens_take_payment_and_renew_here(
    qtbot: QtBot, members: dict[str, int], gui_context: GuiContext, quiet_monitor, quiet_feed
) -> None:
    from fitmate_desktop.gui.main_window import MainWindow

    window = MainWindow(gui_context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(window)
    window.show()
    checkin = window.show_panel("checkin")
    assert isinstance(checkin, CheckInPanel)
    checkin.sig_take_payment.emit(members["Ana Silva"])
    actions = checkin._member_actions  # type: ignore[attr-defined]
    assert isinstance(actions.last_dialog, PaymentDialog)
    assert actions.last_dialog.member_name == "Ana Silva"
    checkin.sig_renew.emit(members["Ana Silva"])
    assert isinstance(actions.last_dialog, MembershipDialog)
    assert actions.last_dialog.mode == "renew"
    window.monitor.stop()

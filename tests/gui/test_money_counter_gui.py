"""Money at the counter through the real dialogs: cash received and change, kept receipts and
credit notes with the banner that names them, renewal defaults and class packs when selling."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.panels.billing.cash_tender import round_amounts
from fitmate_desktop.gui.panels.billing.payment_dialog import PaymentDialog, QuickItem
from fitmate_desktop.gui.panels.billing.refund_dialog import RefundDialog
from fitmate_desktop.gui.panels.members.flows import MemberActions
from fitmate_desktop.gui.panels.members.membership_actions import MembershipDialog
from fitmate_desktop.gui.widgets import pdf_view
from fitmate_desktop.services import memberships, payments
from fitmate_desktop.services.actor import system_actor
from fitmate_desktop.services.payments import SaleItem
from tests.gui.conftest import WORKSTATION


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Path]]:
    """Files and folders the program asked the system to open (no viewer is started)."""
    seen: dict[str, list[Path]] = {"files": [], "folders": []}

    def file(path: Path) -> bool:
        seen["files"].append(path)
        return True

    def folder(path: Path) -> bool:
        seen["folders"].append(path)
        return True

    monkeypatch.setattr(pdf_view, "open_file", file)
    monkeypatch.setattr(pdf_view, "open_folder", folder)
    return seen


def _text(path: Path) -> str:
    """The PDF's words, one space between each (line breaks depend on the layout)."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _dialog(qtbot: QtBot, context: GuiContext, member_id: int, amount: str) -> PaymentDialog:
    dialog = PaymentDialog(
        context,
        member_id=member_id,
        member_name="Bruno Costa",
        member_code="FM000002",
        preset=[QuickItem("Monthly", "Monthly membership", Decimal(amount))],
    )
    qtbot.addWidget(dialog)
    dialog.resize(760, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_round_amounts_are_the_next_notes_above_the_total() -> None:
    assert round_amounts(Decimal("39.90")) == [Decimal(40), Decimal(50), Decimal(100)]
    assert round_amounts(Decimal("12.00")) == [Decimal(15), Decimal(20), Decimal(50)]
    assert round_amounts(Decimal("40.00")) == [Decimal(50), Decimal(100), Decimal(200)]


def test_cash_received_shows_the_change_as_typed_and_both_reach_the_receipt(
    qtbot: QtBot,
    gui_context: GuiContext,
    members: dict[str, int],
    opened: dict[str, list[Path]],
    tmp_path: Path,
) -> None:
    dialog = _dialog(qtbot, gui_context, members["Bruno Costa"], "39.90")
    ui = dialog.ui
    assert not ui.cashBox.isVisible()  # only for cash
    dialog.set_method("cash")
    assert ui.cashBox.isVisible() and not ui.referenceEdit.isVisible()
    assert dialog.focusWidget() is ui.tenderedEdit  # Alt+C, then type what was handed over
    assert [b.text() for b in dialog.cash.buttons()] == ["E&xact", "€40", "€50", "€100"]
    qtbot.keyClicks(ui.tenderedEdit, "20")
    assert ui.changeLabel.text() == "—"
    assert dialog.errors.message("cash_tendered") == (
        "Less than the total (€39.90): €19.90 more is needed."
    )
    qtbot.keyClick(ui.tenderedEdit, Qt.Key.Key_Return)  # refused at the field, nothing sent
    assert dialog.state == "editing"
    assert payments.list_payments(actor=gui_context.actor, member_id=members["Bruno Costa"]) == ()
    ui.tenderedEdit.clear()
    qtbot.keyClicks(ui.tenderedEdit, "50")
    assert ui.changeLabel.text() == "€10.10"
    assert dialog.errors.message("cash_tendered") == ""
    dialog.cash.buttons()[3].click()  # €100
    assert ui.tenderedEdit.text() == "100.00" and ui.changeLabel.text() == "€60.10"
    ui.tenderedEdit.setText("50")
    qtbot.keyClick(ui.tenderedEdit, Qt.Key.Key_Return)

    assert dialog.state == "paid"
    assert dialog.isVisible()  # Enter paid; it did not also press "Done"
    info = dialog.outcome
    assert info is not None
    assert (info.cash_tendered, info.change_given) == (Decimal("50.00"), Decimal("10.10"))
    assert ui.changeDueLabel.text() == "Give €10.10 change"
    assert "received €50.00" in ui.doneText.text()

    qtbot.mouseClick(ui.openReceiptButton, Qt.MouseButton.LeftButton)
    path = opened["files"][-1]
    year = gui_context.formatter.local(info.created_at).year
    # Kept in the desk's receipts folder, a folder per year: never a temporary folder.
    assert path == tmp_path / "Receipts" / str(year) / f"{info.receipt_number}.pdf"
    text = _text(path)
    assert "Cash tendered €50.00" in text and "Change given €10.10" in text
    banner = dialog.saved_banner
    assert banner.isVisible() and banner.path_label.full_text() == str(path)
    assert banner.path_label.toolTip() == str(path)
    qtbot.mouseClick(banner.open_button, Qt.MouseButton.LeftButton)
    assert opened["folders"] == [path.parent]


def test_a_long_path_is_elided_in_the_middle_and_kept_whole_in_the_tooltip(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    deep = tmp_path / ("very-long-folder-name-" * 6) / "Receipts"
    monkeypatch.setenv("FITMATE_RECEIPTS_DIR", str(deep))
    path = pdf_view.save_pdf(b"%PDF-1.4\n", "R-2026-000001", folder=pdf_view.receipts_folder(2026))
    assert path == deep / "2026" / "R-2026-000001.pdf" and path.read_bytes() == b"%PDF-1.4\n"
    banner = pdf_view.SavedBanner()
    qtbot.addWidget(banner)
    banner.resize(640, 40)
    banner.show_saved(path)
    banner.show()
    qtbot.waitExposed(banner)
    shown = banner.path_label.text()
    assert "…" in shown
    assert shown.startswith(str(path)[:3]) and shown.endswith("R-2026-000001.pdf")
    assert banner.path_label.full_text() == str(path)


def test_the_receipts_folder_defaults_to_documents_fitmate_receipts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QStandardPaths

    monkeypatch.delenv("FITMATE_RECEIPTS_DIR")
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert pdf_view.receipts_folder(2026) == Path(documents) / "FitMate" / "Receipts" / "2026"


def test_the_credit_note_is_kept_and_says_what_it_is(
    qtbot: QtBot,
    gui_context: GuiContext,
    members: dict[str, int],
    opened: dict[str, list[Path]],
    tmp_path: Path,
) -> None:
    paid = payments.take_payment(
        actor=gui_context.actor,
        idempotency_key=uuid.uuid4(),
        member_id=members["Ana Silva"],
        items=[SaleItem("Locker rental", "20.00")],
        method="cash",
        cash_tendered="20.00",
    )
    dialog = RefundDialog(gui_context, paid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.amountEdit.setText("7.50")
    qtbot.keyClicks(dialog.ui.reasonEdit, "Locker broken")
    dialog.refund()
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    (confirm,) = [b for b in box.buttons() if b.text().startswith("Refund")]
    confirm.click()
    assert dialog.state == "done"
    credit = dialog.outcome
    assert credit is not None
    path = opened["files"][-1]  # the credit note opens by itself
    assert path.parent.parent == tmp_path / "Receipts"
    assert path.name == f"{credit.receipt_number}.pdf"
    text = _text(path)
    assert f"Credit note for receipt {paid.receipt_number}: €7.50 refunded" in text
    assert "Reason: Locker broken" in text and "Keep this receipt" not in text
    assert dialog.saved_banner.path_label.full_text() == str(path)


def test_the_member_views_receipt_notice_names_the_whole_path(
    qtbot: QtBot, gui_context: GuiContext, members: dict[str, int], opened, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    actions = MemberActions(gui_context, host)
    notices: list[str] = []
    saved: list[Path] = []
    actions.sig_notice.connect(lambda _tone, text: notices.append(text))
    actions.sig_saved.connect(saved.append)
    paid = payments.take_payment(
        actor=gui_context.actor, idempotency_key=uuid.uuid4(), member_id=members["Ana Silva"],
        items=[SaleItem("Towel", "2.00")], method="card", provider_reference="T-9",
    )  # fmt: skip
    actions.open_receipt(paid)
    assert saved and saved[0].parent.parent == tmp_path / "Receipts"
    assert notices[-1].endswith(f"Saved as {saved[0]}")


# --------------------------------------------------------------------------- selling


@pytest.fixture
def plans() -> dict[str, memberships.PlanInfo]:
    admin = system_actor(workstation=WORKSTATION)
    return {
        "Monthly": memberships.save_plan(
            actor=admin,
            form=memberships.PlanForm(name="Monthly", membership_type="monthly",
                                      duration_days=30, price="39.90"),
        ),
        "Auto": memberships.save_plan(
            actor=admin,
            form=memberships.PlanForm(name="Monthly (auto)", membership_type="monthly",
                                      duration_days=30, price="35.00", auto_renew=True),
        ),
        "Pack": memberships.save_plan(
            actor=admin,
            form=memberships.PlanForm(name="10 classes", membership_type="class_pack",
                                      duration_days=90, price="75.00", visit_count=10),
        ),
    }  # fmt: skip


def _sell_dialog(
    qtbot: QtBot, context: GuiContext, member_id: int, plans: dict[str, memberships.PlanInfo]
) -> MembershipDialog:
    dialog = MembershipDialog(
        context, mode="sell", member_id=member_id, member_name="Carla Murphy",
        plans=list(plans.values()),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: MembershipDialog, plan: memberships.PlanInfo) -> None:
    dialog.ui.planCombo.setCurrentIndex(dialog.ui.planCombo.findData(plan.id))


def test_renew_automatically_starts_from_the_plans_default(
    qtbot: QtBot, gui_context: GuiContext, members: dict[str, int], plans
) -> None:
    dialog = _sell_dialog(qtbot, gui_context, members["Carla Murphy"], plans)
    _choose(dialog, plans["Monthly"])
    assert not dialog.ui.autoRenewCheck.isChecked()  # off unless the plan says otherwise
    _choose(dialog, plans["Auto"])
    assert dialog.ui.autoRenewCheck.isChecked()
    dialog.confirm()
    assert dialog.outcome is not None and dialog.outcome.auto_renew is True


def test_selling_a_class_pack_shows_its_visits(
    qtbot: QtBot, gui_context: GuiContext, members: dict[str, int], plans
) -> None:
    dialog = _sell_dialog(qtbot, gui_context, members["Carla Murphy"], plans)
    _choose(dialog, plans["Pack"])
    assert "10 visits" in dialog.ui.planSummary.text()
    assert not dialog.ui.autoRenewCheck.isChecked()
    dialog.confirm()
    info = dialog.outcome
    assert info is not None and info.visits_remaining == 10
    assert "(10 visits left)" in dialog.ui.doneText.text()
    mine = memberships.member_memberships(
        actor=gui_context.actor, member_id=members["Carla Murphy"]
    )
    assert mine[0].visits_remaining == 10
    from fitmate_desktop.gui.panels.members.membership_actions import FreezeDialog

    freeze = FreezeDialog(gui_context, mine[0], "Carla Murphy")
    qtbot.addWidget(freeze)
    assert freeze.subtitle.text().endswith("· 10 visits left")
    assert dt.date.today() <= mine[0].end_date

"""The Cash-up panel over the real payments service: the day's figures, as on paper."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.panels.cashup.panel import CashUpPanel
from fitmate_desktop.gui.panels.registry import panels_for
from fitmate_desktop.gui.widgets import pdf_view
from fitmate_desktop.services import auth, cashups, payments, users
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Unavailable
from fitmate_desktop.services.payments import SaleItem
from tests.gui.conftest import WORKSTATION


@pytest.fixture
def second_desk() -> Actor:
    """Another receptionist, so the by-staff table has two people."""
    users.create_user_from_cli(
        email="joao.desk@test.fitmate",
        password="Front-Desk-2026!",
        role="RECEPTION",
        full_name="João Mendes",
    )
    return auth.sign_in(
        email="joao.desk@test.fitmate", password="Front-Desk-2026!", workstation=WORKSTATION
    )


def _take(actor: Actor, member_id: int, amount: str, method: str) -> payments.PaymentInfo:
    return payments.take_payment(
        actor=actor,
        idempotency_key=uuid.uuid4(),
        member_id=member_id,
        items=[SaleItem("Locker", amount)],
        method=method,
        provider_reference=None if method == "cash" else "REF-1",
    )


@pytest.fixture
def day_of_payments(members: dict[str, int], desk_actor: Actor, second_desk: Actor) -> None:
    ana, bruno = members["Ana Silva"], members["Bruno Costa"]
    _take(desk_actor, ana, "39.90", "card")
    _take(desk_actor, bruno, "20.00", "cash")
    _take(second_desk, bruno, "15.50", "cash")
    paid = _take(second_desk, ana, "100.00", "transfer")
    payments.refund_payment(
        actor=desk_actor,
        payment_id=paid.id,
        amount="25.00",
        reason="Overcharged",
        idempotency_key=uuid.uuid4(),
    )


@pytest.fixture
def make_panel(qtbot: QtBot, gui_context: GuiContext) -> Iterator[Callable[[], CashUpPanel]]:
    def make() -> CashUpPanel:
        panel = CashUpPanel(gui_context)
        qtbot.addWidget(panel)
        panel.resize(1200, 760)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    yield make


def test_the_days_totals_by_method_and_by_staff_match_the_service(
    day_of_payments: None, make_panel, desk_actor: Actor
) -> None:
    panel = make_panel()
    assert panel.ui.cashState.state == "content"
    summary = cashups.cash_up(actor=desk_actor)
    assert summary.total.net.to_eng_string() == "150.40"

    by_method = panel.table_rows(panel.ui.methodTable)
    assert by_method == [
        ["Card", "1", "€39.90", "—", "€39.90"],
        ["Cash", "2", "€35.50", "—", "€35.50"],
        ["Bank transfer", "1", "€100.00", "− €25.00", "€75.00"],
        ["Total", "4", "€175.40", "− €25.00", "€150.40"],
    ]
    by_staff = panel.table_rows(panel.ui.staffTable)
    assert by_staff[-1] == by_method[-1]  # both tables add up to the same day
    staff = {row[0]: row[1:] for row in by_staff[:-1]}
    assert staff == {
        "João Mendes": ["2", "€115.50", "—", "€115.50"],
        "Rita Lopes": ["2", "€59.90", "− €25.00", "€34.90"],
    }
    assert panel.ui.netLabel.text() == "€150.40"
    first, last = summary.first_receipt, summary.last_receipt
    assert f"Receipts {first} to {last}" in panel.ui.metaLabel.text()
    assert "4 sales" in panel.ui.metaLabel.text()


def test_a_day_without_payments_says_so(make_panel, members: dict[str, int]) -> None:
    panel = make_panel()
    assert panel.ui.cashState.state == "empty"
    assert panel.ui.cashState.message_title() == "No payments today"
    assert not panel.ui.nextDayButton.isEnabled()  # no cash-up for tomorrow


def test_stepping_back_a_day_shows_that_day(
    qtbot: QtBot, day_of_payments: None, make_panel, gui_context: GuiContext
) -> None:
    panel = make_panel()
    panel.activateWindow()  # shortcuts work in the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=2000)
    panel.focus_primary()
    qtbot.keyClick(panel.ui.dateEdit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    yesterday = gui_context.formatter.today() - dt.timedelta(days=1)
    assert panel.day() == yesterday
    assert panel.ui.cashState.state == "empty"
    assert panel.ui.cashState.message_title().startswith("No payments on")
    assert panel.ui.nextDayButton.isEnabled()
    qtbot.mouseClick(panel.ui.todayButton, Qt.MouseButton.LeftButton)
    assert panel.ui.cashState.state == "content"


def test_a_payment_elsewhere_refreshes_the_sheet(
    day_of_payments: None, make_panel, desk_actor: Actor, members, gui_context
) -> None:
    panel = make_panel()
    _take(desk_actor, members["Carla Murphy"], "10.00", "cash")
    gui_context.events.notify("payments")
    assert panel.ui.netLabel.text() == "€160.40"


def test_an_error_offers_retry(
    qtbot: QtBot, make_panel, members, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = cashups.cash_up
    monkeypatch.setattr(
        cashups, "cash_up", lambda **_kw: (_ for _ in ()).throw(Unavailable("Gone."))
    )
    panel = make_panel()
    assert panel.ui.cashState.state == "error"
    assert panel.ui.cashState.message_title() == "Couldn’t add up the day"
    monkeypatch.setattr(cashups, "cash_up", real)
    qtbot.mouseClick(panel.ui.cashState.message_button(), Qt.MouseButton.LeftButton)
    assert panel.ui.cashState.state == "empty"


def test_the_pdf_opens_with_the_same_figures(
    qtbot: QtBot, day_of_payments: None, make_panel, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []

    def record(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(pdf_view, "open_file", record)
    panel = make_panel()
    qtbot.mouseClick(panel.ui.pdfButton, Qt.MouseButton.LeftButton)
    assert opened and opened[0].name.startswith("cash-up-")
    text = "\n".join(p.extract_text() for p in PdfReader(str(opened[0])).pages)
    assert "150.40" in text and "175.40" in text
    assert "João Mendes" in text and "Rita Lopes" in text
    assert "is open in your PDF viewer" in panel.ui.noticeLabel.text()


def test_only_roles_with_the_cash_up_permission_see_the_panel(desk_actor: Actor) -> None:
    from dataclasses import replace

    assert "cashup" in [spec.name for spec in panels_for(desk_actor)]
    trainer_like = replace(desk_actor, permissions=frozenset({"members.view"}))
    assert "cashup" not in [spec.name for spec in panels_for(trainer_like)]


def _confirm(qtbot: QtBot, starts: str) -> str:
    """Press the question's confirm button; returns the question."""
    from PySide6.QtWidgets import QMessageBox

    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    question = box.text()
    (button,) = [b for b in box.buttons() if b.text().startswith(starts)]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return question


def test_counting_shows_the_difference_as_typed_and_closing_stores_it(
    qtbot: QtBot,
    day_of_payments: None,
    make_panel,
    desk_actor: Actor,
    second_desk: Actor,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    panel = make_panel()
    count = panel.count
    # Cash always; card and transfer because the books expect money for them.
    assert list(count.edits) == ["cash", "card", "transfer"]
    assert "Not closed yet" in count.who_label.text()
    qtbot.keyClicks(count.edits["cash"], "33.00")
    assert count.differences["cash"].text() == "− €2.50"
    assert count.differences["cash"].property("tone") == "bad"
    qtbot.keyClicks(count.edits["card"], "39.90")
    assert count.differences["card"].text() == "€0.00"
    count.close_day()  # the transfer is not counted yet: said at its field, nothing stored
    assert count.errors.message("counted.transfer") == "Enter what you counted for bank transfer."
    assert cashups.cash_up(actor=desk_actor).closed is None
    qtbot.keyClicks(count.edits["transfer"], "76")
    assert count.differences["transfer"].text() == "+ €1.00"
    qtbot.keyClicks(count.note_edit, "Coins recounted twice")
    count.close_day()
    question = _confirm(qtbot, "Close the day")
    assert question.endswith("with €148.90 counted (− €1.50 short)?")

    stored = cashups.cash_up(actor=desk_actor).closed
    assert stored is not None and stored.counted_by == "Rita Lopes"
    assert [(c.method, c.counted, c.difference) for c in stored.counts] == [
        ("cash", Decimal("33.00"), Decimal("-2.50")),
        ("card", Decimal("39.90"), Decimal("0.00")),
        ("transfer", Decimal("76.00"), Decimal("1.00")),
    ]
    # The sheet now shows the stored count, with who and when, and no fields.
    assert count.state == "closed" and not count.edits
    assert count.who_label.text().startswith("Counted by Rita Lopes on ")
    assert "at test-desk — “Coins recounted twice”" in count.who_label.text()
    assert not count.close_button.isVisible()
    assert "Day closed: €148.90 counted, €1.50 short." in panel.ui.noticeLabel.text()

    # A later refund of that day: the books move, the count does not.
    paid = next(p for p in payments.list_payments(actor=desk_actor) if p.method == "card")
    payments.refund_payment(actor=desk_actor, payment_id=paid.id, amount="9.90", reason="Oops",
                            idempotency_key=uuid.uuid4())  # fmt: skip
    panel.refresh(frozenset({"payments"}))
    assert panel.count.changed_label.isVisible()
    assert panel.count.differences["card"].text() == "€0.00"

    # The PDF: expected, counted, difference, who and when; kept in the receipts folder.
    opened: list[Path] = []
    monkeypatch.setattr(pdf_view, "open_file", lambda p: opened.append(p) or True)
    qtbot.mouseClick(panel.ui.pdfButton, Qt.MouseButton.LeftButton)
    assert opened[0].parent == tmp_path / "Receipts" / str(panel.day().year)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(opened[0])).pages).split())
    for expected in ("Cash €35.50 €33.00 − €2.50", "Bank transfer €75.00 €76.00 + €1.00",
                     "Total €150.40 €148.90 − €1.50", "Counted by Rita Lopes on",
                     "at test-desk", "changed after it was closed"):  # fmt: skip
        assert expected in text, expected
    assert panel.saved_banner.path_label.full_text() == str(opened[0])


def test_a_day_closed_at_another_desk_is_not_closed_twice(
    qtbot: QtBot, day_of_payments: None, make_panel, second_desk: Actor, gui_context
) -> None:
    panel = make_panel()
    for method, amount in (("cash", "35.50"), ("card", "39.90"), ("transfer", "75.00")):
        panel.count.edits[method].setText(amount)
    cashups.close_cash_up(
        actor=second_desk, day=panel.day(),
        counted={"cash": "35.50", "card": "39.90", "transfer": "75.00"},
    )  # fmt: skip
    panel.count.close_day()
    _confirm(qtbot, "Close the day")
    assert "already closed by João Mendes" in panel.count.error_text()
    assert panel.count.who_label.text().startswith("Counted by João Mendes")

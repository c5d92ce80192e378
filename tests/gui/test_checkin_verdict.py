"""What the verdict card says: each reason once, class-pack visits, the state after a payment
or a renewal made from its buttons, and the time a waiting scan keeps when it is sent later.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.main_window import MainWindow
from fitmate_desktop.gui.panels.billing.payment_dialog import PaymentDialog
from fitmate_desktop.gui.panels.checkin.panel import CheckInPanel
from fitmate_desktop.gui.panels.checkin.scan_queue import PendingScan, ScanOutbox
from fitmate_desktop.gui.panels.members.membership_actions import MembershipDialog
from fitmate_desktop.models import Trainee
from fitmate_desktop.services import checkin
from fitmate_desktop.services.checkin import CheckInResult, MemberCard, Reason
from fitmate_desktop.services.errors import Unavailable
from tests.gui.checkin_support import scan, settle, visits
from tests.gui.conftest import WORKSTATION
from tests.integration.factories import update_row

pytest_plugins = ["tests.gui.checkin_fixtures"]

D = dt.timedelta


def _card(member_id: int, **changes: Any) -> MemberCard:
    values: dict[str, Any] = {
        "id": member_id,
        "full_name": "Ana Silva",
        "member_code": "FM000001",
        "photo_path": None,
        "plan_name": "10-class pack",
        "status": "active",
        "days_left": 40,
        "membership_end": None,
        "visits_this_week": 1,
        "health_conditions": None,
    }
    values.update(changes)
    return MemberCard(**values)


# ----------------------------------------------------------------------------- said once


def test_the_reason_in_the_band_is_not_listed_again(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    ana = gym("Ana Silva", "FM000001", start=-28, end=2, health="Asthma; inhaler in locker 12")
    update_row(Trainee, ana, health_flagged=True)

    scan(qtbot, panel, "FM000001")

    assert panel.card.headline == "Checked in — Membership ends in 2 days."
    # Underneath: only what the band does not already say.
    assert panel.card.reason_texts() == ["Health: Asthma; inhaler in locker 12"]


# ----------------------------------------------------------------------------- class packs


def test_a_class_pack_shows_the_visits_left(panel: CheckInPanel) -> None:
    result = CheckInResult(
        outcome="checked_in",
        verdict="green",
        headline="Welcome, Ana",
        member=_card(1, visits_left=3),
        visit_id=1,
        checked_in_at=dt.datetime.now(dt.UTC),
    )
    panel.card.show_result(result)
    assert panel.card.visits_left_text == "3 visits left"
    assert panel.ui.visitsLeftTile.isVisibleTo(panel)
    assert panel.ui.visitsLeftTile.property("tone") is None

    panel.card.show_result(dataclasses.replace(result, member=_card(1, visits_left=1)))
    assert panel.card.visits_left_text == "1 visit left"
    assert panel.ui.visitsLeftTile.property("tone") == "warn"  # nearly used up

    # A plan that is not a pack has no such tile.
    panel.card.show_result(dataclasses.replace(result, member=_card(1)))
    assert panel.card.visits_left_text == ""
    assert not panel.ui.visitsLeftTile.isVisibleTo(panel)


def test_no_visits_left_is_refused_with_the_renew_button(panel: CheckInPanel) -> None:
    refusal = Reason("no_visits_left", "No visits left on the 10-class pack.")
    panel.card.show_result(
        CheckInResult(
            outcome="refused",
            verdict="red",
            headline=f"Not checked in — {refusal.message}",
            member=_card(1, visits_left=0),
            reasons=(refusal,),
            actions=("renew", "override"),
        )
    )
    assert panel.card.tone == "bad"
    assert panel.card.visits_left_text == "0 visits left"
    assert panel.ui.visitsLeftTile.property("tone") == "bad"
    assert panel.ui.renewButton.isVisibleTo(panel)
    assert not panel.ui.takePaymentButton.isVisibleTo(panel)
    assert panel.card.reason_texts() == []  # the band says it


def test_a_real_check_in_without_a_pack_shows_no_visits_left(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    gym("Ana Silva", "FM000001")
    scan(qtbot, panel, "FM000001")
    assert panel.card.member is not None
    assert panel.card.visits_left_text == (
        f"{panel.card.member.visits_left} visits left"
        if panel.card.member.visits_left is not None
        else ""
    )


# ----------------------------------------------------------------------------- the second look


@pytest.fixture
def window(
    qtbot: QtBot, gui_context: GuiContext, quiet_monitor: Any, quiet_feed: Any
) -> Iterator[MainWindow]:
    win = MainWindow(gui_context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.monitor.stop()


def _pay(qtbot: QtBot, panel: CheckInPanel) -> None:
    dialog = panel._member_actions.last_dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, PaymentDialog)
    assert dialog.total() is not None and dialog.total() > 0  # what is due, already on the bill
    dialog.set_method("cash")
    dialog.pay()
    assert dialog.state == "paid"
    dialog.accept()


def test_after_a_payment_from_the_card_the_card_turns_green(
    qtbot: QtBot, window: MainWindow, gym: Callable[..., int]
) -> None:
    eva = gym("Eva Walsh", "FM000005", start=-2, end=28, status="unpaid")
    panel = window.current_panel()
    assert isinstance(panel, CheckInPanel)
    scan(qtbot, panel, "FM000005")
    assert panel.card.headline.startswith("Not checked in — Payment due since")

    qtbot.mouseClick(panel.ui.takePaymentButton, Qt.MouseButton.LeftButton)
    _pay(qtbot, panel)

    qtbot.waitUntil(lambda: panel.card.headline == "Welcome, Eva", timeout=3000)
    assert panel.card.tone == "ok"
    assert not panel.ui.takePaymentButton.isVisibleTo(panel)
    assert [v.trainee_id for v in visits()] == [eva]


def test_after_a_renewal_and_its_payment_the_card_follows_each_step(
    qtbot: QtBot, window: MainWindow, gym: Callable[..., int]
) -> None:
    bruno = gym("Bruno Costa", "FM000002", start=-40, end=-3)
    panel = window.current_panel()
    assert isinstance(panel, CheckInPanel)
    scan(qtbot, panel, "FM000002")
    assert panel.card.headline.startswith("Not checked in — Membership ended on")

    qtbot.mouseClick(panel.ui.renewButton, Qt.MouseButton.LeftButton)
    renewal = panel._member_actions.last_dialog  # type: ignore[attr-defined]
    assert isinstance(renewal, MembershipDialog) and renewal.mode == "renew"
    renewal.confirm()

    # Renewed but not paid yet: the card says so at once, with the payment one click away.
    qtbot.waitUntil(lambda: "Payment due" in panel.card.headline, timeout=3000)
    assert panel.card.tone == "bad"
    assert panel.ui.takePaymentButton.isVisibleTo(panel)
    assert visits() == []

    qtbot.mouseClick(renewal.ui.payButton, Qt.MouseButton.LeftButton)  # "Take payment" there
    _pay(qtbot, panel)

    qtbot.waitUntil(lambda: panel.card.headline == "Welcome, Bruno", timeout=3000)
    assert [v.trainee_id for v in visits()] == [bruno]
    words = [e.look.words for e in panel.recent.entries]
    assert words[0] == "Checked in" and "Not checked in" in words[1:]


def test_a_payment_for_someone_else_leaves_the_card_alone(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int], gui_context: GuiContext
) -> None:
    gym("Eva Walsh", "FM000005", start=-2, end=28, status="unpaid")
    scan(qtbot, panel, "FM000005")
    before = list(panel.recent.entries)
    # Another screen took a payment (nothing was opened from this card).
    gui_context.events.notify("payments", "memberships")
    settle()
    assert panel.recent.entries == before


# ----------------------------------------------------------------------------- scanned_at


def test_scans_sent_later_carry_the_time_they_were_made(
    qtbot: QtBot,
    panel: CheckInPanel,
    gym: Callable[..., int],
    gui_context: GuiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gym("Ana Silva", "FM000001")
    gym("Bruno Costa", "FM000002")
    gym("Carla Murphy", "FM000003")
    real_check_in = checkin.check_in
    sent: list[tuple[str, dt.datetime | None]] = []
    state = {"down": True}

    def flaky(code: str, **kwargs: Any) -> Any:
        if state["down"]:
            raise Unavailable("The database cannot be reached right now.")
        sent.append((code, kwargs.get("scanned_at")))
        return real_check_in(code, **kwargs)

    monkeypatch.setattr(checkin, "check_in", flaky)
    scan(qtbot, panel, "FM000001")
    scan(qtbot, panel, "FM000002")
    made = {s.code: s.scanned_at for s in panel.outbox}
    assert set(made) == {"FM000001", "FM000002"}

    state["down"] = False
    gui_context.events.sig_connection_changed.emit(True)
    assert len(panel.outbox) == 0
    assert sent == [("FM000001", made["FM000001"]), ("FM000002", made["FM000002"])]

    # Online, a scan is sent at once and the server's clock decides.
    sent.clear()
    scan(qtbot, panel, "FM000003")
    assert sent == [("FM000003", None)]


def test_scans_left_by_a_previous_run_are_sent_with_their_time(
    qtbot: QtBot,
    make_panel: Callable[..., CheckInPanel],
    gym: Callable[..., int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gym("Ana Silva", "FM000001")
    outbox = ScanOutbox(f"panels/checkin/{WORKSTATION}/waiting_scans")
    when = dt.datetime.now(dt.UTC) - D(minutes=20)
    outbox.append(PendingScan(uuid.uuid4(), "FM000001", when, label="Ana Silva"))
    outbox.persist()
    real_check_in = checkin.check_in
    sent: list[dt.datetime | None] = []

    def recording(code: str, **kwargs: Any) -> Any:
        sent.append(kwargs.get("scanned_at"))
        return real_check_in(code, **kwargs)

    monkeypatch.setattr(checkin, "check_in", recording)
    panel = make_panel()
    qtbot.waitUntil(lambda: len(panel.outbox) == 0, timeout=3000)
    assert sent == [when]

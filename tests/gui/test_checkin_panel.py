"""The check-in panel over the real check-in service: scan, verdicts, override, live, offline.

Service calls run synchronously (``tests/gui/conftest.py``); the LISTEN/NOTIFY feed of the
"second desk" is a real listener thread, so those tests wait with ``qtbot.waitUntil``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fitmate_desktop.gui.context import ConnectionInfo, GuiContext
from fitmate_desktop.gui.events import AppEvents
from fitmate_desktop.gui.live import CHANNEL_CHANGES, CHANNEL_PRESENCE, LiveFeed
from fitmate_desktop.gui.panels.checkin.panel import CheckInPanel, looks_like_code
from fitmate_desktop.gui.panels.checkin.scan_flow import FIX_THE_CODE
from fitmate_desktop.gui.panels.checkin.scan_queue import PendingScan, ScanOutbox
from fitmate_desktop.models import Attendance, AuditLog
from fitmate_desktop.services import auth, checkin
from fitmate_desktop.services.actor import Actor
from fitmate_desktop.services.errors import Unavailable
from fitmate_desktop.services.uow import unit_of_work
from tests.gui.checkin_support import scan, type_slowly, visits
from tests.gui.conftest import DESK_EMAIL, DESK_PASSWORD, WORKSTATION
from tests.integration.factories import give_membership, make_member, make_plan, open_all_week

# The shared fixtures (today, gym, make_panel, panel).
pytest_plugins = ["tests.gui.checkin_fixtures"]

D = dt.timedelta
_visits = visits
_scan = scan


def _second_desk(connection_info: ConnectionInfo) -> tuple[GuiContext, Actor]:
    actor = auth.sign_in(email=DESK_EMAIL, password=DESK_PASSWORD, workstation="desk-2")
    context = GuiContext(
        actor=actor, connection=connection_info, workstation="desk-2", events=AppEvents()
    )
    return context, actor


# ----------------------------------------------------------------------------- scanning


def test_a_scanner_checks_a_member_in_with_a_green_welcome(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    ana = gym("Ana Silva", "FM000001")
    assert panel.card.state == "idle"
    assert panel.presence_state_title() == "Nobody in the gym yet"

    _scan(qtbot, panel, "FM000001")

    card = panel.card
    assert card.tone == "ok"
    assert card.headline == "Welcome, Ana"
    assert panel.ui.nameLabel.text() == "Ana Silva"
    assert "FM000001" in panel.ui.detailLabel.text()
    assert panel.ui.visitsValue.text() == "1"  # this visit counts
    assert [v.trainee_id for v in _visits()] == [ana]
    # Ready for the next scan: the field is empty and has the focus.
    assert panel.ui.scanEdit.text() == ""
    assert panel.ui.scanEdit.hasFocus()
    assert panel.sounds.played == ["ok"]
    # The previous-scans list names the outcome in words and offers the undo.
    entry = panel.recent.entries[0]
    assert (entry.name, entry.look.words) == ("Ana Silva", "Checked in")
    assert entry.can_undo(dt.datetime.now(dt.UTC))
    # "In the gym now" shows her (from this desk's own NOTIFY or the coalesced re-read).
    qtbot.waitUntil(lambda: panel.presence.names() == ["Ana Silva"], timeout=3000)
    assert panel.ui.countLabel.text() == "1 / 80"


def test_an_expired_member_gets_red_with_the_reason_and_the_next_actions(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int], today: dt.date
) -> None:
    gym("Bruno Costa", "FM000002", start=-40, end=-3)

    _scan(qtbot, panel, "FM000002")

    card = panel.card
    assert card.tone == "bad"
    assert card.headline.startswith("Not checked in — Membership ended on")
    assert "(3 days ago)" in card.headline
    # Said once: the band has the reason, so it is not listed again underneath.
    assert not any(text.startswith("Membership ended on") for text in card.reason_texts())
    assert panel.ui.renewButton.isVisibleTo(panel)
    assert panel.ui.overrideButton.isVisibleTo(panel)  # reception may override
    assert not panel.ui.takePaymentButton.isVisibleTo(panel)  # nothing is unpaid
    assert _visits() == []  # a refusal writes nothing
    assert panel.sounds.played == ["refused"]
    assert panel.recent.entries[0].look.words == "Not checked in"


def test_check_in_anyway_asks_a_reason_and_records_it(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    bruno = gym("Bruno Costa", "FM000002", start=-40, end=-3)
    _scan(qtbot, panel, "FM000002")
    seen: dict[str, Any] = {}

    def answer(dialog: Any) -> bool:
        # An empty reason is refused next to the field and the dialog stays open.
        dialog.accept()
        seen["error"] = dialog.error_label.text()
        dialog.reason_edit.setText("Paid by bank transfer this morning")
        dialog.accept()
        return dialog.result() == dialog.DialogCode.Accepted

    monkeypatch.setattr(panel, "_run_dialog", answer)
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_F8)

    assert seen["error"] == "Give a reason: it is recorded with the check-in."
    assert panel.card.headline.startswith("Checked in anyway — Membership ended on")
    assert panel.card.tone == "bad"
    [visit] = _visits(bruno)
    assert visit.override_reason == "Paid by bank transfer this morning"
    assert visit.verdict == "red"
    with unit_of_work() as uow:
        actions = list(uow.session.scalars(select(AuditLog.action)))
    assert "checkin.override" in actions
    assert panel.recent.entries[0].look.words == "Checked in anyway"


def test_unknown_code_is_said_clearly_and_writes_nothing(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    gym("Ana Silva", "FM000001")

    _scan(qtbot, panel, "FM999999")

    assert panel.card.headline == "Unknown code"
    message = "No member has the code FM999999. Check the card or search by name."
    assert panel.ui.messageLabel.text() == message
    # Next to the field: what to do about it (the card has already said what happened).
    assert panel.ui.scanError.text() == FIX_THE_CODE
    assert panel.ui.scanError.isVisibleTo(panel)
    # The code is given back, selected, to fix a digit or overtype with the next scan.
    assert panel.ui.scanEdit.text() == "FM999999"
    assert panel.ui.scanEdit.selectedText() == "FM999999"
    assert _visits() == []
    assert len(panel.outbox) == 0
    # Esc clears the field and the message.
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_Escape)
    assert panel.ui.scanEdit.text() == ""
    assert not panel.ui.scanError.isVisibleTo(panel)


def test_junk_from_the_scanner_gets_an_unknown_code_card(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    _scan(qtbot, panel, "FM#12!")
    assert panel.card.headline == "Unknown code"
    assert panel.ui.messageLabel.text() == (
        "‘FM#12!’ is not a member code. Check the card, or search by name."
    )
    assert panel.ui.scanError.text() == FIX_THE_CODE
    assert len(panel.outbox) == 0
    assert _visits() == []


def test_typing_letters_shows_suggestions_and_enter_checks_in(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    gym("Ana Silva", "FM000001")
    gym("Carla Murphy", "FM000003")
    gym("Diego Murphy", "FM000004")
    popup = panel.suggestions

    type_slowly(qtbot, panel.ui.scanEdit, "murph")
    qtbot.waitUntil(popup.isVisible, timeout=3000)

    names = [m.full_name for m in popup.suggestions.members()]
    assert names == ["Carla Murphy", "Diego Murphy"]
    assert popup.current_member is not None
    assert popup.current_member.full_name == "Carla Murphy"
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_Down)
    assert popup.current_member.full_name == "Diego Murphy"
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_Return)

    assert not popup.isVisible()
    assert panel.card.headline == "Welcome, Diego"
    assert len(_visits()) == 1


def test_esc_closes_the_suggestions_then_clears(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    gym("Carla Murphy", "FM000003")
    type_slowly(qtbot, panel.ui.scanEdit, "carla")
    qtbot.waitUntil(panel.suggestions.isVisible, timeout=3000)
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_Escape)
    assert not panel.suggestions.isVisible()
    assert panel.ui.scanEdit.text() == "carla"
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_Escape)
    assert panel.ui.scanEdit.text() == ""


def test_a_name_and_enter_with_one_match_checks_in(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    gym("Carla Murphy", "FM000003")
    # Enter before the list had time to appear: the search runs now, one match checks in.
    field = panel.ui.scanEdit
    type_slowly(qtbot, field, "carla")
    qtbot.keyClick(field, Qt.Key.Key_Return, delay=80)
    assert panel.card.headline == "Welcome, Carla"


def test_a_scanned_code_never_opens_the_suggestions() -> None:
    assert looks_like_code("FM000001")
    assert looks_like_code("]C1FM000001")
    assert not looks_like_code("ana")
    assert not looks_like_code("ana silva")


# ----------------------------------------------------------------------------- the list


def test_count_against_capacity_in_numbers_words_and_colour(
    qtbot: QtBot, make_panel: Callable[..., CheckInPanel], today: dt.date
) -> None:
    open_all_week(capacity=2)
    plan = make_plan("Monthly")
    for name, code in (("Ana Silva", "FM000001"), ("Bruno Costa", "FM000002")):
        member = make_member(name, code=code)
        give_membership(member, plan, start=today - D(days=5), end=today + D(days=20))
    panel = make_panel()
    assert panel.ui.countLabel.text() == "0 / 2"
    assert panel.presence_state_title() == "Nobody in the gym yet"

    _scan(qtbot, panel, "FM000001")
    panel.reload_presence()
    assert panel.ui.countLabel.text() == "1 / 2"
    assert panel.ui.capacityText.text() == "Room to train"
    assert panel.ui.capacityBar.property("tone") == "ok"

    _scan(qtbot, panel, "FM000002")
    panel.reload_presence()
    assert panel.ui.countLabel.text() == "2 / 2"
    assert panel.ui.capacityText.text() == "Full"
    assert panel.ui.capacityBar.property("tone") == "bad"
    assert panel.presence.names() == ["Bruno Costa", "Ana Silva"]  # newest first
    assert "80%" not in panel.ui.slotLabel.text()
    assert panel.ui.slotLabel.text() == "All day · 100% of the 2 places"


def test_check_out_from_the_list_with_the_delete_key(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    ana = gym("Ana Silva", "FM000001")
    _scan(qtbot, panel, "FM000001")
    panel.reload_presence()
    view = panel.ui.presenceList
    view.setFocus()
    view.setCurrentIndex(panel.presence.index(0))
    assert panel.ui.checkoutButton.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Delete)

    [visit] = _visits(ana)
    assert visit.checked_out_at is not None
    panel.reload_presence()
    assert panel.presence.names() == []
    assert panel.recent.entries[0].look.words == "Checked out"
    assert panel.ui.scanEdit.hasFocus()  # back to the field after every action


def test_undo_within_a_minute_asks_once_naming_the_person(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int], monkeypatch: pytest.MonkeyPatch
) -> None:
    gym("Ana Silva", "FM000001")
    _scan(qtbot, panel, "FM000001")
    asked: list[str] = []

    def confirm(_title: str, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(panel, "_confirm", confirm)
    button = panel.recent.undo_button(panel.recent.entries[0].key)
    assert button is not None and button.isVisibleTo(panel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1 and asked[0].startswith("Undo the check-in of Ana Silva at ")
    assert _visits() == []
    assert panel.card.headline == "Check-in undone — Ana Silva is not checked in"
    assert panel.recent.entries[0].look.words == "Check-in undone"
    with unit_of_work() as uow:
        assert "checkin.undo" in list(uow.session.scalars(select(AuditLog.action)))


def test_take_payment_opens_elsewhere_or_says_where(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    unpaid = gym("Eva Walsh", "FM000005", start=-2, end=28, status="unpaid")
    _scan(qtbot, panel, "FM000005")
    assert panel.ui.takePaymentButton.isVisibleTo(panel)

    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_F5)
    assert panel.ui.noticeBar.isVisibleTo(panel)
    assert "Take payment opens in the Members panel" in panel.ui.noticeText.text()

    asked: list[int] = []
    panel.sig_take_payment.connect(asked.append)
    qtbot.keyClick(panel.ui.scanEdit, Qt.Key.Key_F5)
    assert asked == [unpaid]


def test_visits_left_open_yesterday_are_closed_when_the_panel_opens(
    make_panel: Callable[..., CheckInPanel], gym: Callable[..., int], desk_actor: Actor
) -> None:
    ana = gym("Ana Silva", "FM000001")
    with unit_of_work() as uow:
        uow.session.add(
            Attendance(
                trainee_id=ana,
                site_id=desk_actor.site_id,
                checked_in_at=dt.datetime.now(dt.UTC) - D(days=1, hours=2),
            )
        )
        uow.commit()

    panel = make_panel()
    panel.reload_presence()

    [visit] = _visits(ana)
    assert visit.auto_closed and visit.checked_out_at is not None
    assert panel.presence.names() == []


# ----------------------------------------------------------------------------- two desks


def test_a_second_desk_sees_the_check_in_through_notify(
    qtbot: QtBot,
    make_panel: Callable[..., CheckInPanel],
    gym: Callable[..., int],
    connection_info: ConnectionInfo,
) -> None:
    gym("Ana Silva", "FM000001")
    desk_a = make_panel()
    context_b, _actor_b = _second_desk(connection_info)
    feed_b = LiveFeed(context_b.events)
    desk_b = make_panel(context_b, live=feed_b)
    feed_b.start()
    qtbot.waitUntil(lambda: feed_b.connected, timeout=10_000)
    assert desk_b.presence.names() == []

    _scan(qtbot, desk_a, "FM000001")

    # Desk B never asked: the database told it (LISTEN/NOTIFY, then one coalesced re-read).
    qtbot.waitUntil(lambda: desk_b.presence.names() == ["Ana Silva"], timeout=5000)
    assert desk_b.ui.countLabel.text() == "1 / 80"
    assert desk_b.card.state == "idle"  # the other desk's verdict is not this desk's business


def test_live_feed_forwards_changes_and_reconnections(qtbot: QtBot) -> None:
    callbacks: dict[str, Any] = {}

    class Listener:
        """Stands in for the LISTEN thread; the test plays its callbacks by hand."""

        stopped = False

        def stop(self, timeout: float = 0) -> None:
            Listener.stopped = True

    def start(on_event: Any, on_state: Any) -> Listener:
        callbacks.update(event=on_event, state=on_state)
        return Listener()

    events = AppEvents()
    feed = LiveFeed(events, start_listening=start)
    assert LiveFeed.of(events) is feed
    kinds: list[frozenset[str]] = []
    events.sig_changed.connect(kinds.append)
    presence: list[dict[str, Any]] = []
    feed.sig_presence.connect(presence.append)
    reconnected: list[bool] = []
    feed.sig_reconnected.connect(lambda: reconnected.append(True))
    feed.start()

    import threading

    def other_thread() -> None:  # as the listener thread would
        callbacks["state"](True)
        callbacks["event"](CHANNEL_CHANGES, {"kinds": ["members"], "site_id": 1})
        callbacks["event"](CHANNEL_PRESENCE, {"event": "check_in", "site_id": 1})

    thread = threading.Thread(target=other_thread)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(presence) == 1 and len(kinds) == 2, timeout=2000)
    assert reconnected == [True] and feed.connected
    assert frozenset({"members"}) in kinds and frozenset({"visits"}) in kinds
    feed.stop()
    assert Listener.stopped
    callbacks["event"](CHANNEL_PRESENCE, {"event": "check_in"})  # after stop: ignored
    qtbot.wait(50)
    assert len(presence) == 1


# ----------------------------------------------------------------------------- offline


def test_scans_made_offline_wait_and_are_sent_once_without_doubles(
    qtbot: QtBot,
    panel: CheckInPanel,
    gym: Callable[..., int],
    gui_context: GuiContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ana = gym("Ana Silva", "FM000001")
    bruno = gym("Bruno Costa", "FM000002")
    real_check_in = checkin.check_in
    state = {"down": True, "calls": 0}

    def flaky(code: str, **kwargs: Any) -> Any:
        state["calls"] += 1
        if state["down"]:
            if code == "FM000001" and state["calls"] == 1:
                # The worst case: the check-in committed, then the answer was lost.
                real_check_in(code, **kwargs)
            raise Unavailable("The database cannot be reached right now.")
        return real_check_in(code, **kwargs)

    monkeypatch.setattr(checkin, "check_in", flaky)

    _scan(qtbot, panel, "FM000001")
    _scan(qtbot, panel, "FM000002")

    bar = panel.ui.offlineBar
    assert bar.isVisibleTo(panel)
    assert panel.ui.offlineText.text() == (
        "Offline — 2 scans waiting, they'll be sent when the database is back."
    )
    assert panel.card.state == "pending"
    assert "FM000002 is not checked in yet" in panel.card.headline
    assert [e.look.words for e in panel.recent.entries] == ["Waiting to send"] * 2
    # Kept on disk: a restart of the program would still send them.
    key = f"panels/checkin/{WORKSTATION}/waiting_scans"
    QSettings().sync()
    assert [s.code for s in ScanOutbox(key)] == ["FM000001", "FM000002"]

    state["down"] = False
    gui_context.events.sig_connection_changed.emit(True)  # the main window's monitor

    assert not bar.isVisibleTo(panel)
    assert len(panel.outbox) == 0
    assert len(ScanOutbox(key)) == 0
    assert [v.trainee_id for v in _visits()] == [ana, bruno]  # one visit each, no doubles
    assert all(v.checked_out_at is None for v in _visits())
    assert panel.card.headline == "Welcome, Bruno"
    # Ana's first send had committed before the answer was lost: her replay is recognised.
    assert panel.ui.noticeText.text() == (
        "Back online — 2 waiting scans sent: 1 checked in, 1 already in."
    )


def test_scans_left_waiting_by_a_previous_run_are_sent_at_start(
    qtbot: QtBot, make_panel: Callable[..., CheckInPanel], gym: Callable[..., int]
) -> None:
    ana = gym("Ana Silva", "FM000001")
    key = f"panels/checkin/{WORKSTATION}/waiting_scans"
    outbox = ScanOutbox(key)
    scan = PendingScan(uuid.uuid4(), "FM000001", dt.datetime.now(dt.UTC), label="Ana Silva")
    outbox.append(scan)
    outbox.persist()

    panel = make_panel()

    qtbot.waitUntil(lambda: len(panel.outbox) == 0, timeout=3000)
    [visit] = _visits(ana)
    assert visit.scan_id == scan.scan_id
    assert panel.ui.noticeText.text() == "Back online — 1 waiting scan sent: 1 checked in."


# ----------------------------------------------------------------------------- the desk


def test_sounds_can_be_switched_off_at_this_desk(
    qtbot: QtBot, panel: CheckInPanel, gym: Callable[..., int]
) -> None:
    gym("Ana Silva", "FM000001")
    qtbot.mouseClick(panel.ui.soundButton, Qt.MouseButton.LeftButton)
    assert not panel.sounds.enabled
    assert panel.ui.scanEdit.hasFocus()  # back to the field

    _scan(qtbot, panel, "FM000001")
    assert panel.card.headline == "Welcome, Ana"
    assert panel.sounds.played == []


def test_it_is_reception_s_home_and_f2_comes_back_to_the_field(
    qtbot: QtBot, gui_context: GuiContext, quiet_monitor: Any, quiet_feed: LiveFeed
) -> None:
    from fitmate_desktop.gui.main_window import MainWindow

    window = MainWindow(gui_context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert [spec.name for spec in window.panel_specs][:2] == ["checkin", "members"]
    panel = window.current_panel()
    assert isinstance(panel, CheckInPanel)
    assert panel.live is quiet_feed  # the session's feed, found through its AppEvents

    # F2 is an application shortcut: it needs an active window, which offscreen only gets
    # when asked.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_panel("members")
    assert not panel.ui.scanEdit.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_F2)

    assert window.current_panel() is panel
    assert panel.ui.scanEdit.hasFocus()
    window.monitor.stop()

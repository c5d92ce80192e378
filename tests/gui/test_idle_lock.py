"""The idle lock and the session watcher: lock after the idle time, keep everything typed
(dialogs included), unlock with the same person's password, lock at once when an admin
revoked the session, and sign out from the lock."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.context import ConnectionInfo
from fitmate_desktop.gui.controller import AppController
from fitmate_desktop.gui.panels.identity.lock import SESSION_ENDED, WRONG_PASSWORD, LockScreen
from fitmate_desktop.gui.panels.identity.session import SessionTiming, SessionWatcher
from fitmate_desktop.gui.panels.members.panel import MembersPanel
from fitmate_desktop.models import AdminSession
from fitmate_desktop.services.auth import SessionState
from fitmate_desktop.services.uow import unit_of_work
from tests.gui.conftest import WORKSTATION, Account
from tests.gui.identity_support import sign_in

# Short enough for a test, long enough that typing in the test does not race it.
IDLE = SessionTiming(idle_seconds=0.4, heartbeat_ms=600_000, check_ms=40)


@pytest.fixture
def controller(qtbot: QtBot, connection_info: ConnectionInfo) -> Iterator[AppController]:
    controller = AppController(
        connect=lambda: connection_info, workstation=WORKSTATION, session_timing=IDLE
    )
    qtbot.addWidget(controller.sign_in_window)
    controller.show_sign_in()
    controller.connect_database()
    yield controller
    if controller.main_window is not None:
        controller.main_window.prepare_sign_out()
        controller.main_window.close()


def _signed_in(qtbot: QtBot, controller: AppController, account: Account) -> SessionWatcher:
    sign_in(qtbot, controller, account.email, account.password)
    window = controller.main_window
    assert window is not None
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    watcher = controller.session_watcher
    assert watcher is not None and watcher.running
    return watcher


def _screen(watcher: SessionWatcher) -> LockScreen:
    screen = watcher.lock.screen
    assert screen is not None
    return screen


def _session(session_id: int | None) -> AdminSession:
    with unit_of_work() as uow:
        row = uow.session.get(AdminSession, session_id)
        assert row is not None
        uow.session.expunge(row)
        return row


def test_an_idle_desk_locks_and_everything_typed_is_still_there_after_the_unlock(
    qtbot: QtBot, controller: AppController, desk_account: Account
) -> None:
    watcher = _signed_in(qtbot, controller, desk_account)
    window = controller.main_window
    assert window is not None
    panel = window.show_panel("members")
    assert isinstance(panel, MembersPanel)
    qtbot.keyClicks(panel.ui.searchEdit, "murph")
    # A window-modal dialog with a half-filled form, as another panel would leave it.
    dialog = QDialog(window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    note = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(note)
    dialog.open()
    qtbot.keyClicks(note, "half a note")
    finished: list[int] = []
    dialog.finished.connect(finished.append)

    qtbot.waitUntil(lambda: watcher.locked, timeout=5000)

    screen = _screen(watcher)
    assert screen.isVisible() and screen.isModal()
    assert screen.ui.titleLabel.text() == f"Locked — {desk_account.full_name}"
    assert "Enter your password to continue" in screen.ui.messageLabel.text()
    # The card lies over the whole main window; each window of the session is covered too.
    assert screen.geometry() == QRect(window.mapToGlobal(QPoint(0, 0)), window.size())
    assert set(watcher.lock.covered_windows()) == {window, dialog}
    assert dialog.isVisible() and finished == []  # nothing closed

    qtbot.keyClicks(screen.ui.passwordEdit, "not my password")
    qtbot.keyClick(screen.ui.passwordEdit, Qt.Key.Key_Return)
    assert screen.password_error() == WRONG_PASSWORD
    assert watcher.locked

    qtbot.keyClicks(screen.ui.passwordEdit, desk_account.password)
    qtbot.keyClick(screen.ui.passwordEdit, Qt.Key.Key_Return)

    assert not watcher.locked
    assert not screen.isVisible()
    assert watcher.lock.covered_windows() == []
    assert panel.ui.searchEdit.text() == "murph"
    assert note.text() == "half a note"
    assert dialog.isVisible() and finished == []
    assert controller.main_window is window
    dialog.reject()


def test_a_dialog_in_exec_keeps_running_through_the_lock(
    qtbot: QtBot, controller: AppController, desk_account: Account
) -> None:
    watcher = _signed_in(qtbot, controller, desk_account)
    window = controller.main_window
    assert window is not None
    dialog = QDialog(window)
    amount = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(amount)
    amount.setText("45.00")
    seen: dict[str, object] = {}

    def while_open() -> None:
        watcher.lock.lock()
        seen["covered"] = dialog in watcher.lock.covered_windows()
        seen["visible"] = dialog.isVisible()
        screen = _screen(watcher)
        qtbot.keyClicks(screen.ui.passwordEdit, desk_account.password)
        qtbot.keyClick(screen.ui.passwordEdit, Qt.Key.Key_Return)
        seen["unlocked"] = not watcher.locked
        dialog.accept()

    QTimer.singleShot(0, while_open)
    result = dialog.exec()

    assert seen == {"covered": True, "visible": True, "unlocked": True}
    assert result == QDialog.DialogCode.Accepted
    assert amount.text() == "45.00"


def test_input_keeps_the_desk_open(
    qtbot: QtBot, controller: AppController, desk_account: Account
) -> None:
    watcher = _signed_in(qtbot, controller, desk_account)
    window = controller.main_window
    assert window is not None
    time.sleep(0.2)
    assert watcher.seconds_idle() >= 0.2
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_Down)
    assert watcher.seconds_idle() < 0.2
    watcher.check_idle()
    assert not watcher.locked


def test_a_revoked_session_locks_with_only_sign_out(
    qtbot: QtBot, controller: AppController, desk_account: Account
) -> None:
    from fitmate_desktop.services.accounts import revoke_session
    from fitmate_desktop.services.actor import system_actor

    watcher = _signed_in(qtbot, controller, desk_account)
    window = controller.main_window
    assert window is not None
    actor = window.context.actor
    assert actor.session_id is not None
    revoke_session(actor=system_actor(), session_id=actor.session_id)

    watcher.beat_now()  # the next heartbeat learns it

    assert watcher.locked and watcher.lock.revoked
    screen = _screen(watcher)
    assert screen.ui.messageLabel.text() == SESSION_ENDED
    assert not screen.ui.passwordBox.isVisible()
    assert screen.ui.signOutButton.isVisible()

    qtbot.mouseClick(screen.ui.signOutButton, Qt.MouseButton.LeftButton)

    assert controller.main_window is None
    assert controller.sign_in_window.isVisible()
    assert not screen.isVisible()
    assert _session(actor.session_id).end_reason == "revoked"


def test_an_unlock_after_revocation_switches_to_sign_out_only(
    qtbot: QtBot, controller: AppController, desk_account: Account
) -> None:
    from fitmate_desktop.services.accounts import revoke_session
    from fitmate_desktop.services.actor import system_actor

    watcher = _signed_in(qtbot, controller, desk_account)
    window = controller.main_window
    assert window is not None
    watcher.lock.lock()
    session_id = window.context.actor.session_id
    assert session_id is not None
    revoke_session(actor=system_actor(), session_id=session_id)
    screen = _screen(watcher)
    qtbot.keyClicks(screen.ui.passwordEdit, desk_account.password)
    qtbot.keyClick(screen.ui.passwordEdit, Qt.Key.Key_Return)
    assert watcher.locked and watcher.lock.revoked
    assert screen.ui.messageLabel.text() == SESSION_ENDED


def test_sign_out_from_the_lock_ends_the_session_row(
    qtbot: QtBot, controller: AppController, desk_account: Account
) -> None:
    watcher = _signed_in(qtbot, controller, desk_account)
    window = controller.main_window
    assert window is not None
    session_id = window.context.actor.session_id
    qtbot.waitUntil(lambda: watcher.locked, timeout=5000)

    qtbot.mouseClick(_screen(watcher).ui.signOutButton, Qt.MouseButton.LeftButton)

    assert controller.main_window is None
    assert controller.session_watcher is None and not watcher.running
    sign_in_window = controller.sign_in_window
    assert sign_in_window.isVisible()
    assert sign_in_window.ui.emailEdit.text() == desk_account.email
    row = _session(session_id)
    assert row.ended_at is not None and row.end_reason == "signed_out"


def test_the_heartbeat_sets_the_idle_time_and_reports_activity(
    qtbot: QtBot, gui_context, quiet_monitor, quiet_feed
) -> None:
    from fitmate_desktop.gui.main_window import MainWindow

    window = MainWindow(gui_context, monitor=quiet_monitor, live_feed=quiet_feed)
    qtbot.addWidget(window)
    window.show()
    beats: list[bool] = []

    def heartbeat(_actor: object, active: bool) -> SessionState:
        beats.append(active)
        return SessionState(revoked=False, idle_minutes=7)

    watcher = SessionWatcher(
        window,
        gui_context.actor,
        desk=WORKSTATION,
        gym="Test Gym",
        timing=SessionTiming(heartbeat_ms=600_000),
        heartbeat=heartbeat,
    )
    assert watcher.idle_limit_seconds == 30 * 60  # reception's default before the first beat
    watcher.start()
    assert watcher.idle_limit_seconds == 7 * 60
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_Down)
    watcher.beat_now()
    watcher.beat_now()
    assert beats == [False, True, False]
    watcher.stop()
    window.monitor.stop()

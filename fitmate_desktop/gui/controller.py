"""Which window is on screen: sign-in while connecting and signed out, main window after.

The controller knows nothing about how the database is reached; ``app.py`` hands it a
``connect`` function (run on a worker) that returns a ``ConnectionInfo`` or raises
``ConnectionFailed`` with a message for people.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from fitmate_desktop.gui.context import ConnectionFailed, ConnectionInfo, GuiContext
from fitmate_desktop.gui.panels.identity.session import SessionTiming, SessionWatcher
from fitmate_desktop.gui.sign_in import SignInWindow
from fitmate_desktop.gui.tasks import LatestOnly, run_in_background

if TYPE_CHECKING:
    from fitmate_desktop.gui.main_window import MainWindow
    from fitmate_desktop.services.auth import Actor

log = logging.getLogger(__name__)

CONNECT_FAILED_GENERIC = (
    "The database could not be opened. Press Retry; if it keeps failing, tell an administrator."
)


class AppController(QObject):
    """Drives sign-in -> main window -> sign-out -> sign-in for one desk."""

    def __init__(
        self,
        *,
        connect: Callable[[], ConnectionInfo],
        workstation: str,
        site_code: str | None = None,
        connecting_text: str = "Connecting to the database…",
        session_timing: SessionTiming | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Idle lock and heartbeat timings; tests inject short ones.
        self._session_timing = session_timing
        self.session_watcher: SessionWatcher | None = None
        self._connect = connect
        self._connecting_text = connecting_text
        self.workstation = workstation
        self.connection: ConnectionInfo | None = None
        self.main_window: MainWindow | None = None
        self._connect_task = LatestOnly(self)
        self.sign_in_window = SignInWindow(workstation=workstation, site_code=site_code)
        self.sign_in_window.sig_signed_in.connect(self._on_signed_in)
        self.sign_in_window.sig_retry_connection.connect(self.connect_database)

    # -- start-up ---------------------------------------------------------------------------------

    def show_sign_in(self) -> None:
        """Show the sign-in window centred on the screen."""
        window = self.sign_in_window
        _center(window)
        window.show()
        # Headless platforms (benchmarks, tests) print a warning for raise(): skip it there.
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            window.raise_()
            window.activateWindow()

    def connect_database(self) -> None:
        """Reach (or start) the database in the background; the sign-in window shows progress."""
        self.sign_in_window.set_connecting(self._connecting_text)
        self._connect_task.run(
            self._connect, on_done=self._on_connected, on_error=self._on_connect_failed
        )

    def _on_connected(self, info: ConnectionInfo) -> None:
        self.connection = info
        self.sign_in_window.set_gym_name(info.gym.name)
        if info.schema_ok:
            self.sign_in_window.set_connected(info.database_label)
        else:
            self.sign_in_window.set_blocked(info.message)

    def _on_connect_failed(self, err: BaseException) -> None:
        from fitmate_desktop.services.errors import ServiceError

        if isinstance(err, (ConnectionFailed, ServiceError)):
            message = str(err)
        else:
            log.error("Could not connect to the database", exc_info=err)
            message = CONNECT_FAILED_GENERIC
        self.sign_in_window.set_connection_failed(message)

    # -- signing in and out ------------------------------------------------------------------------

    def _on_signed_in(self, actor: Actor) -> None:
        from fitmate_desktop.gui.main_window import MainWindow  # after sign-in: keeps start fast

        assert self.connection is not None
        context = GuiContext(actor=actor, connection=self.connection, workstation=self.workstation)
        window = MainWindow(context)
        window.sig_sign_out_requested.connect(self.sign_out)
        window.sig_closed.connect(self._on_main_window_closed)
        self.main_window = window
        window.present()  # maximised on a desk's first start, else as it was left
        self.sign_in_window.hide()
        # Idle lock, heartbeat, revoked sessions: one watcher per signed-in window.
        watcher = SessionWatcher(
            window,
            actor,
            desk=self.workstation,
            gym=context.gym.name,
            timing=self._session_timing,
        )
        watcher.sig_sign_out_requested.connect(self.sign_out)
        self.session_watcher = watcher
        watcher.start()

    def sign_out(self) -> None:
        """Close the main window, end the session in the background, show sign-in again."""
        window = self.main_window
        if window is None:
            return
        actor = window.context.actor
        self.main_window = None
        # The lock card is application-modal: take it away before sign-in is shown.
        self._stop_watcher()
        # Show sign-in before closing the main window: with no window visible, Qt would quit.
        self.sign_in_window.reset(email=actor.email)
        self.show_sign_in()
        window.prepare_sign_out()
        window.close()
        window.deleteLater()
        self._end_session(actor)

    def _on_main_window_closed(self) -> None:
        window = self.main_window
        self.main_window = None
        self._stop_watcher()
        if window is not None:
            self._end_session(window.context.actor)

    def shutdown(self) -> None:
        """Quitting: end the session of whoever is still signed in."""
        if self.main_window is not None:
            window = self.main_window
            self.main_window = None
            self._stop_watcher()
            window.prepare_sign_out()
            self._end_session(window.context.actor)

    def _stop_watcher(self) -> None:
        watcher, self.session_watcher = self.session_watcher, None
        if watcher is not None and shiboken6.isValid(watcher):
            watcher.stop()

    @staticmethod
    def _end_session(actor: Actor) -> None:
        def work() -> None:
            from fitmate_desktop.services.auth import sign_out

            sign_out(actor=actor)

        run_in_background(
            work,
            on_done=lambda _result: None,
            on_error=lambda err: log.warning("Sign-out was not recorded: %s", err),
        )


def _center(window: QWidget) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    frame.moveCenter(available.center())
    window.move(frame.topLeft())

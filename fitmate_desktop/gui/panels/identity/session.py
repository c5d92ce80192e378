"""Watching a signed-in session: the idle lock and the heartbeat.

- **Idle**: an application-wide event filter notes the time of every keyboard, mouse, wheel
  or touch input anywhere in the program. When no input came for the gym's idle minutes
  (from the heartbeat: 15 for admins, 30 for others by default), the desk locks
  (``DeskLock``). Only *spontaneous* events count: Qt's own synthetic mouse moves (a widget
  appearing under a still cursor) are not a person.
- **Heartbeat**: every 30 s, ``auth.heartbeat(actor, active)`` on a worker, ``active`` being
  "input since the last beat". It returns the idle minutes (so a changed setting applies
  within a beat) and whether the session was revoked; a revoked session locks at once with
  only Sign out on offer.

Timings are injectable for tests (``SessionTiming``); ``heartbeat`` may be replaced too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from fitmate_desktop.gui.panels.identity.lock import DeskLock
from fitmate_desktop.gui.tasks import Task, run_in_background

if TYPE_CHECKING:
    from fitmate_desktop.services.actor import Actor
    from fitmate_desktop.services.auth import SessionState

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = {"ADMIN": 15}
OTHERS_IDLE_MINUTES = 30

# What a person does; everything else (paint, timers, hover) is the program talking to itself.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)

Heartbeat = Callable[["Actor", bool], "SessionState"]


@dataclass(frozen=True)
class SessionTiming:
    """How often to look, and (for tests) how long idle means locked."""

    idle_seconds: float | None = None  # None: the gym's setting, from the heartbeat
    heartbeat_ms: int = 30_000
    check_ms: int = 5_000  # how often the idle time is compared with the limit


def _service_heartbeat(actor: Actor, active: bool) -> SessionState:
    from fitmate_desktop.services.auth import heartbeat

    return heartbeat(actor=actor, active=active)


class SessionWatcher(QObject):
    """Locks ``window``'s session when idle or revoked; see the module docstring.

    ``sig_sign_out_requested`` when the person chose Sign out on the lock card; the owner
    signs out (``stop()`` has already taken the lock away by then).
    """

    sig_sign_out_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        actor: Actor,
        *,
        desk: str,
        gym: str,
        timing: SessionTiming | None = None,
        heartbeat: Heartbeat | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self._window = window
        self._actor = actor
        self._timing = timing or SessionTiming()
        self._heartbeat = heartbeat or _service_heartbeat
        self._idle_minutes = DEFAULT_IDLE_MINUTES.get(actor.role, OTHERS_IDLE_MINUTES)
        self._last_input = time.monotonic()
        self._input_since_beat = False
        self._running = False
        self._beat_task: Task | None = None

        self.lock = DeskLock(window, actor, desk=desk, gym=gym, parent=self)
        self.lock.sig_sign_out_requested.connect(self._on_sign_out)
        self.lock.sig_locked_changed.connect(self._on_locked_changed)

        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(self._timing.check_ms)
        self._idle_timer.timeout.connect(self.check_idle)
        self._beat_timer = QTimer(self)
        self._beat_timer.setInterval(self._timing.heartbeat_ms)
        self._beat_timer.timeout.connect(self.beat_now)

    # -- running ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """True between ``start()`` and ``stop()``."""
        return self._running

    @property
    def locked(self) -> bool:
        """True while the desk is locked."""
        return self.lock.locked

    @property
    def idle_limit_seconds(self) -> float:
        """How long without input locks the desk."""
        if self._timing.idle_seconds is not None:
            return self._timing.idle_seconds
        return self._idle_minutes * 60.0

    def start(self) -> None:
        """Begin watching: input filter, idle checks, heartbeats (the first one now)."""
        if self._running:
            return
        app = QApplication.instance()
        if app is None:
            return
        self._running = True
        self._last_input = time.monotonic()
        app.installEventFilter(self)
        self._idle_timer.start()
        self._beat_timer.start()
        self.beat_now()

    def stop(self) -> None:
        """Stop watching and take any lock away (signing out, the window closing)."""
        if not self._running:
            return
        self._running = False
        self._idle_timer.stop()
        self._beat_timer.stop()
        if self._beat_task is not None:
            self._beat_task.cancel()
            self._beat_task = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.lock.end_for_sign_out()

    # -- input -----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype in INPUT_EVENTS:
            # Typing the password on the lock card is not "using the desk".
            if event.spontaneous() and not self.lock.locked:
                self._last_input = time.monotonic()
                self._input_since_beat = True
        elif etype == QEvent.Type.Hide and watched is self._window and not event.spontaneous():
            # The main window was closed (not minimised): nothing left to guard.
            QTimer.singleShot(0, self._stop_if_window_gone)
        return False

    def _stop_if_window_gone(self) -> None:
        window = self._window
        if not shiboken6.isValid(window) or not window.isVisible():
            self.stop()

    def seconds_idle(self) -> float:
        """Seconds since the last input."""
        return time.monotonic() - self._last_input

    def check_idle(self) -> None:
        """Lock if the desk has been idle too long."""
        if (
            self._running
            and not self.lock.locked
            and self.seconds_idle() >= self.idle_limit_seconds
        ):
            self.lock.lock()

    # -- heartbeat -------------------------------------------------------------------------------

    def beat_now(self) -> None:
        """Send a heartbeat now (unless one is still on its way)."""
        if not self._running or (self._beat_task is not None and not self._beat_task.finished):
            return
        actor, active = self._actor, self._input_since_beat and not self.lock.locked
        self._input_since_beat = False
        beat = self._heartbeat
        self._beat_task = run_in_background(
            lambda: beat(actor, active),
            on_done=self._on_beat,
            on_error=self._on_beat_failed,
            parent=self,
        )

    def _on_beat(self, state: SessionState) -> None:
        if not self._running:
            return
        self._idle_minutes = max(1, int(state.idle_minutes))
        if state.revoked:
            self.lock.lock(revoked=True)
        else:
            self.check_idle()

    def _on_beat_failed(self, err: BaseException) -> None:
        # The connection monitor shows the banner; the next beat tries again.
        log.info("Heartbeat failed: %s", err)

    # -- lock events -----------------------------------------------------------------------------

    def _on_locked_changed(self, locked: bool) -> None:
        if not locked:
            # A fresh start after the unlock: the person is here now.
            self._last_input = time.monotonic()
            self._input_since_beat = True

    def _on_sign_out(self) -> None:
        self.stop()
        self.sig_sign_out_requested.emit()

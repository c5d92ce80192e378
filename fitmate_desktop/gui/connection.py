"""Watches the database connection while someone is signed in.

Every few seconds a worker runs ``services.system.connection_ok()`` (a cheap ``SELECT 1``
that never raises). The monitor reports only changes, so the banner appears once when the
connection drops and goes away once it is back; nothing is polled on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from fitmate_desktop.gui.tasks import Task, run_in_background

CHECK_INTERVAL_MS = 5000
OFFLINE_CHECK_INTERVAL_MS = 2000  # check more often while offline, to lift the banner soon


def _default_check() -> bool:
    from fitmate_desktop.services.system import connection_ok

    return connection_ok()


class ConnectionMonitor(QObject):
    """Emits ``sig_live_changed(bool)`` when the database goes away or comes back."""

    sig_live_changed = Signal(bool)

    def __init__(
        self, parent: QObject | None = None, *, check: Callable[[], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._check = check or _default_check
        self._live = True
        self._task: Task | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check_now)

    @property
    def live(self) -> bool:
        """The last known state."""
        return self._live

    def start(self) -> None:
        """Begin checking every few seconds."""
        self._timer.start()

    def stop(self) -> None:
        """Stop checking (signing out, quitting)."""
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def check_now(self) -> None:
        """Check once, unless a check is still on its way (a dead server can take seconds)."""
        if self._task is not None and not self._task.finished:
            return
        self._task = run_in_background(
            self._check,
            on_done=self._on_result,
            on_error=lambda _err: self._on_result(False),
            parent=self,
        )

    def _on_result(self, ok: object) -> None:
        live = bool(ok)
        self._timer.setInterval(CHECK_INTERVAL_MS if live else OFFLINE_CHECK_INTERVAL_MS)
        if live != self._live:
            self._live = live
            self.sig_live_changed.emit(live)

"""What other desks do, as Qt signals: the LISTEN/NOTIFY feed of one signed-in session.

``services.live.start_listening`` runs a LISTEN on its own connection in a daemon thread and
calls back on that thread. ``LiveFeed`` turns those callbacks into signals of a QObject that
lives on the GUI thread, so Qt queues them and every slot runs on the GUI thread::

    feed = LiveFeed(context.events, parent=main_window)
    feed.start()                      # after sign-in
    feed.sig_presence.connect(...)    # {"event": "check_in", "site_id", "visit_id", ...}
    feed.sig_reconnected.connect(...) # re-read everything: notifications sent while away are lost
    feed.stop()                       # sign-out, quit

``fitmate_changes`` payloads are re-announced on the session's ``AppEvents`` hub
(``events.notify(*kinds)``), and every presence event as the ``visits`` kind, so panels that only
know ``refresh_on`` stay current too. Nothing here polls: the database pushes.

One feed per main window. Panels find it with ``LiveFeed.of(context.events)``.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

from fitmate_desktop.gui.events import VISITS, AppEvents

log = logging.getLogger(__name__)

CHANNEL_PRESENCE = "fitmate_presence"
CHANNEL_CHANGES = "fitmate_changes"

StartListening = Callable[[Callable[[str, dict[str, Any]], None], Callable[[bool], None]], Any]


def _default_start_listening(
    on_event: Callable[[str, dict[str, Any]], None], on_state: Callable[[bool], None]
) -> Any:
    # Imported here: the services (and SQLAlchemy) are loaded after sign-in, not at start-up.
    from fitmate_desktop.services.live import start_listening

    return start_listening(on_event, on_state)


class _Relay:
    """The part the listener thread talks to: plain Python, so it outlives the QObject safely.

    The lock makes "still running?" and "emit" one step: ``shutdown`` (GUI thread) cannot
    slip in between, so the thread never emits on a feed whose C++ object is being deleted.
    Emitting from the listener thread only posts an event (the receivers live on the GUI
    thread), so the lock is held for microseconds.
    """

    def __init__(self, feed: LiveFeed) -> None:
        self._feed = feed
        self._lock = threading.Lock()
        self._running = True
        self.listener: Any = None

    def on_event(self, channel: str, payload: dict[str, Any]) -> None:
        with self._lock:
            feed = self._feed
            if not self._running or not shiboken6.isValid(feed):
                return
            if channel == CHANNEL_PRESENCE:
                feed.sig_presence.emit(dict(payload))
            elif channel == CHANNEL_CHANGES:
                kinds = payload.get("kinds") or []
                if isinstance(kinds, list) and kinds:
                    feed._sig_kinds.emit(frozenset(str(kind) for kind in kinds))

    def on_state(self, up: bool) -> None:
        with self._lock:
            feed = self._feed
            if not self._running or not shiboken6.isValid(feed):
                return
            feed._sig_state.emit(up)

    def shutdown(self) -> None:
        with self._lock:
            self._running = False
            listener, self.listener = self.listener, None
        if listener is not None:
            # No join: the thread notices within half a second and ends by itself (daemon).
            # Joining here would freeze the window for that half second at every sign-out.
            listener.stop(timeout=0)


class LiveFeed(QObject):
    """Presence and change notifications of the database, delivered on the GUI thread.

    Signals:
      ``sig_presence(dict)``   a check-in, check-out, undo or auto-close at any desk (any site;
                               receivers filter on ``payload["site_id"]``)
      ``sig_changed(frozenset)`` kinds another desk changed (also sent to ``events.notify``)
      ``sig_reconnected()``    after every (re)connection, the first one included: re-read
                               what you show, because what was sent meanwhile is lost
      ``sig_live_changed(bool)`` the listening connection went down (False) or came back
    """

    sig_presence = Signal(dict)
    sig_changed = Signal(object)
    sig_reconnected = Signal()
    sig_live_changed = Signal(bool)

    # From the listener thread to the GUI thread (queued because this object lives there).
    _sig_kinds = Signal(object)
    _sig_state = Signal(bool)

    # One feed per hub (that is, per signed-in session): panels look theirs up here.
    _feeds: ClassVar[weakref.WeakKeyDictionary[AppEvents, LiveFeed]] = weakref.WeakKeyDictionary()

    def __init__(
        self,
        events: AppEvents,
        parent: QObject | None = None,
        *,
        start_listening: StartListening | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fitmate-live-feed")
        self._events = events
        self._start_listening = start_listening or _default_start_listening
        self._relay: _Relay | None = None
        self._connected = False
        self._sig_kinds.connect(self._on_kinds)
        self._sig_state.connect(self._on_state)
        self.sig_presence.connect(self._on_presence)
        LiveFeed._feeds[events] = self

    @classmethod
    def of(cls, events: AppEvents) -> LiveFeed | None:
        """The live feed of the session using ``events``, if one was created."""
        feed = cls._feeds.get(events)
        return feed if feed is not None and shiboken6.isValid(feed) else None

    @property
    def running(self) -> bool:
        """True between ``start()`` and ``stop()``."""
        return self._relay is not None

    @property
    def connected(self) -> bool:
        """True while the listening connection is up (as last reported)."""
        return self._connected

    def start(self) -> None:
        """Begin listening (once signed in). Calling it again does nothing."""
        if self._relay is not None:
            return
        relay = _Relay(self)
        self._relay = relay
        # If the window goes away without stop(), the thread must stop emitting all the same.
        # ``relay.shutdown`` is plain Python, so it is safe to call while this object dies.
        self.destroyed.connect(relay.shutdown)
        try:
            relay.listener = self._start_listening(relay.on_event, relay.on_state)
        except Exception:
            # The listener connects in its own thread; failing here is a fault, not an outage.
            log.exception("Could not start listening for changes")
            self._relay = None

    def stop(self) -> None:
        """Stop listening (sign-out, quit). Safe to call twice."""
        relay, self._relay = self._relay, None
        if relay is not None:
            relay.shutdown()
        self._connected = False

    # -- on the GUI thread ----------------------------------------------------------------------

    @Slot(object)
    def _on_kinds(self, kinds: frozenset[str]) -> None:
        if self._relay is None:
            return
        self.sig_changed.emit(kinds)
        self._events.notify(kinds)

    @Slot(dict)
    def _on_presence(self, _payload: dict[str, Any]) -> None:
        # Panels that only declare ``refresh_on = {VISITS}`` hear check-ins too.
        if self._relay is not None:
            self._events.notify(VISITS)

    @Slot(bool)
    def _on_state(self, up: bool) -> None:
        if self._relay is None:
            return
        changed = up != self._connected
        self._connected = up
        if changed:
            self.sig_live_changed.emit(up)
        if up:
            self.sig_reconnected.emit()

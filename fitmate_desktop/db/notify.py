"""LISTEN/NOTIFY: what one desk changes, the others hear within a second, without polling.

``NotificationListener`` keeps its own autocommit connection (outside the pool) in a daemon
thread, reconnects by itself with backoff, and reports each (re)connection through
``on_state(True)`` so that listeners re-read the state they may have missed while away.
It knows nothing about Qt: the GUI wraps the callbacks into signals.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

CHANNEL_PRESENCE = "fitmate_presence"
"""Check-ins and check-outs: {"event", "site_id", "visit_id", "member_id", ...}."""

CHANNEL_CHANGES = "fitmate_changes"
"""Anything else a screen may want to refresh: {"kinds": [...], "site_id": ...}."""


def libpq_conninfo(sqlalchemy_url: str) -> str:
    """``postgresql+psycopg://u:p@h:port/db`` -> a libpq URL psycopg can connect with."""
    url = make_url(sqlalchemy_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class NotificationListener:
    """A background LISTEN on some channels that survives server restarts and network drops."""

    def __init__(
        self,
        url: str,
        channels: Iterable[str],
        on_notify: Callable[[str, str], None],
        on_state: Callable[[bool], None] | None = None,
        *,
        max_backoff_s: float = 5.0,
    ) -> None:
        self._conninfo = libpq_conninfo(url)
        self._channels = tuple(channels)
        self._on_notify = on_notify
        self._on_state = on_state or (lambda _up: None)
        self._max_backoff = max_backoff_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: psycopg.Connection | None = None
        self.connected = threading.Event()

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="fitmate-listen", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        backoff = 0.25
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5) as conn:
                    self._conn = conn
                    for channel in self._channels:
                        conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel)))
                    backoff = 0.25
                    self.connected.set()
                    self._on_state(True)
                    while not self._stop.is_set():
                        # A short timeout so stop() is honoured within a second.
                        for note in conn.notifies(timeout=0.5):
                            self._deliver(note.channel, note.payload)
                        conn.execute("SELECT 1")  # notice a dead server even when all is quiet
            except psycopg.Error as err:
                log.info("notification listener lost its connection: %s", err)
            finally:
                self._conn = None
                if self.connected.is_set():
                    self.connected.clear()
                    self._on_state(False)
            if self._stop.wait(backoff):
                break
            backoff = min(backoff * 2, self._max_backoff)

    def _deliver(self, channel: str, payload: str) -> None:
        try:
            self._on_notify(channel, payload)
        except Exception:  # a faulty consumer must not kill the listener
            log.exception("notification consumer failed")

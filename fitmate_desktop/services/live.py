"""Live updates for screens: a LISTEN on the change channels of the process database.

The GUI wraps the callbacks into Qt signals; nothing here knows about Qt. Payloads are
decoded JSON dicts; ``on_state(True)`` after every (re)connection tells the consumer to re-read
whatever it shows, because notifications sent while it was away are lost by design.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.db.notify import CHANNEL_CHANGES, CHANNEL_PRESENCE, NotificationListener

log = logging.getLogger(__name__)

__all__ = ["CHANNEL_CHANGES", "CHANNEL_PRESENCE", "NotificationListener", "start_listening"]


def start_listening(
    on_event: Callable[[str, dict[str, Any]], None],
    on_state: Callable[[bool], None] | None = None,
) -> NotificationListener:
    """Start listening to presence and change notifications; call ``.stop()`` when done."""

    def decode(channel: str, payload: str) -> None:
        try:
            data = json.loads(payload) if payload else {}
        except ValueError:
            log.warning("ignoring a malformed notification on %s", channel)
            return
        on_event(channel, data if isinstance(data, dict) else {"value": data})

    listener = NotificationListener(
        current_database().url, (CHANNEL_PRESENCE, CHANNEL_CHANGES), decode, on_state
    )
    listener.start()
    return listener

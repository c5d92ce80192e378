"""Service messages that repeat what the user gave never carry its control characters."""

from __future__ import annotations

import dataclasses

from fitmate_desktop.services import settings
from fitmate_desktop.services.actor import system_actor

HOSTILE = "\x1b[2Jlate\u202e\u200bfee\x00"


def test_an_unknown_notification_is_named_cleanly() -> None:
    current = settings.get_settings(actor=system_actor())
    asked = dataclasses.replace(current, notification_prefs={HOSTILE: True})
    message = settings.settings_problems(settings=asked)["notification_prefs"]
    assert "latefee" in message
    for bad in ("\x1b", "\u202e", "\u200b", "\x00", "[2J"):
        assert bad not in message

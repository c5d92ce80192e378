"""Announcing changes to every desk: NOTIFY inside the writer's transaction (sent at commit)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from fitmate_desktop.db.notify import CHANNEL_CHANGES, CHANNEL_PRESENCE

__all__ = ["CHANNEL_CHANGES", "CHANNEL_PRESENCE", "announce", "announce_changed"]


def announce(session: Session, channel: str, payload: dict[str, Any]) -> None:
    """Queue a notification; PostgreSQL delivers it only if the transaction commits."""
    session.execute(
        text("SELECT pg_notify(:channel, :payload)"),
        {"channel": channel, "payload": json.dumps(payload, default=str)},
    )


def announce_changed(session: Session, *kinds: str, site_id: int | None = None) -> None:
    announce(session, CHANNEL_CHANGES, {"kinds": sorted(kinds), "site_id": site_id})

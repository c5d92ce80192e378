"""What the status bar asks: is the database there, which one, and which gym is this."""

from __future__ import annotations

from sqlalchemy import text

from fitmate_desktop.db.engine import current_database
from fitmate_desktop.services.gym import GymProfile, load_gym_profile
from fitmate_desktop.services.uow import unit_of_work

__all__ = ["GymProfile", "connection_ok", "database_label", "gym_profile"]


def connection_ok() -> bool:
    """A cheap round trip; never raises."""
    try:
        with current_database().engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:  # any failure means "not live" to the status bar
        return False


def database_label() -> str:
    try:
        return current_database().display_name
    except Exception:
        return "not configured"


def gym_profile() -> GymProfile:
    with unit_of_work() as uow:
        return load_gym_profile(uow.session)

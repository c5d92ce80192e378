"""What every screen of a signed-in session needs to know, handed to panels by the main window.

Plain data, no Qt widgets: the main window builds one ``GuiContext`` after sign-in and each
panel factory receives it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fitmate_desktop.gui.events import AppEvents, app_events
from fitmate_desktop.gui.format import Formatter

if TYPE_CHECKING:
    from fitmate_desktop.services.auth import Actor


class ConnectionFailed(Exception):
    """The database could not be reached or started; ``str(err)`` is fit for a person."""


@dataclass(frozen=True)
class GymInfo:
    """The gym's public profile as shown before and after sign-in."""

    name: str = "FitMate"
    timezone: str = "UTC"
    currency: str = "EUR"
    locale: str = "en_GB"


@dataclass(frozen=True)
class ConnectionInfo:
    """What the start-up connection step found out (built in ``app.py`` on a worker thread)."""

    database_label: str  # "embedded" or "host:port/db"
    gym: GymInfo
    schema_ok: bool = True
    message: str = ""  # shown instead of signing in when schema_ok is False
    workstation: str = ""


@dataclass
class GuiContext:
    """The signed-in session: who, where, which database, and how to format things."""

    actor: Actor
    connection: ConnectionInfo
    workstation: str
    events: AppEvents = field(default_factory=app_events)
    formatter: Formatter = field(init=False)

    def __post_init__(self) -> None:
        gym = self.connection.gym
        self.formatter = Formatter(locale=gym.locale, timezone=gym.timezone, currency=gym.currency)

    @property
    def gym(self) -> GymInfo:
        """The gym's profile."""
        return self.connection.gym

    def settings_prefix(self, panel: str) -> str:
        """Key prefix under which a panel keeps its layout on this workstation."""
        return f"panels/{panel}"

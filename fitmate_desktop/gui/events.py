"""What changed, told to every screen (Anki's "op changes" idea).

After a write, whoever made it says which kinds of data it touched::

    app_events().notify("members", "memberships")

and each panel listening on ``sig_changed`` refreshes only if one of the kinds concerns it.
The database's LISTEN/NOTIFY listener can call ``notify`` from its own thread: the signal
crosses threads as a queued call, so receivers always run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal

# The kinds in use. Free strings are accepted, these are the ones panels know about.
MEMBERS = "members"
MEMBERSHIPS = "memberships"
VISITS = "visits"
PAYMENTS = "payments"
SETTINGS = "settings"


class AppEvents(QObject):
    """The application-wide "something changed" hub.

    ``sig_changed`` carries a ``frozenset[str]`` of kinds, e.g. ``{"members", "visits"}``.
    ``sig_connection_changed(bool)`` says the database went away (False) or came back (True),
    so a view showing an error can retry by itself.
    """

    sig_changed = Signal(object)
    sig_connection_changed = Signal(bool)

    def notify(self, *kinds: str | Iterable[str]) -> None:
        """Announce that data of these kinds changed (safe to call from any thread)."""
        flat: set[str] = set()
        for kind in kinds:
            if isinstance(kind, str):
                flat.add(kind)
            else:
                flat.update(kind)
        if flat:
            self.sig_changed.emit(frozenset(flat))


_events: AppEvents | None = None


def app_events() -> AppEvents:
    """The one ``AppEvents`` of this process, created on first use (on the GUI thread)."""
    global _events
    if _events is None:
        _events = AppEvents()
        _events.setObjectName("fitmate-app-events")
    return _events


def concerns(kinds: Iterable[str], interesting: Iterable[str]) -> bool:
    """True if any changed kind is one the caller cares about."""
    return not set(kinds).isdisjoint(interesting)

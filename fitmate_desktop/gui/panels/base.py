"""What every panel can do for the main window."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from fitmate_desktop.gui.context import GuiContext


class Panel(QWidget):
    """Base of the panels in the main window's stack.

    ``refresh_on`` lists the change kinds (see ``gui.events``) that make this panel reload.
    A change that arrives while the panel is hidden only marks it stale; it reloads when shown,
    so twenty hidden panels do not all query the database for one check-in.
    """

    refresh_on: frozenset[str] = frozenset()

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale: set[str] = set()
        context.events.sig_changed.connect(self._on_changed)
        context.events.sig_connection_changed.connect(self._on_connection_changed)

    def _on_changed(self, kinds: Iterable[str]) -> None:
        relevant = set(kinds) & self.refresh_on
        if not relevant:
            return
        if self.isVisible():
            self.refresh(frozenset(relevant))
        else:
            self._stale |= relevant

    def _on_connection_changed(self, live: bool) -> None:
        if live:
            self.connection_restored()

    def connection_restored(self) -> None:
        """The database is back: views that show an error should retry now."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            kinds, self._stale = frozenset(self._stale), set()
            self.refresh(kinds)

    def refresh(self, kinds: frozenset[str]) -> None:
        """Reload what ``kinds`` of change affect, keeping the user's place where possible."""

    def focus_primary(self) -> None:
        """Put the keyboard focus where work starts on this panel (F2, panel switch)."""
        self.setFocus()

    def panel_activated(self) -> None:
        """Called each time the main window shows this panel."""

""" "In the gym now": the count against capacity, the list of open visits, and check-out.

Live without polling: every desk's check-ins arrive through LISTEN/NOTIFY (the panel forwards
the feed's presence events here), and a burst of them (a class arriving) is one re-read of
``present_now`` (``PRESENCE_COALESCE_MS``). Durations tick on a UI clock, never the database.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut

from fitmate_desktop.gui.panels.checkin.presence_model import PresenceDelegate, PresenceModel
from fitmate_desktop.gui.style import icon, set_tone
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import user_message
from fitmate_desktop.services import checkin
from fitmate_desktop.services.errors import Unavailable

if TYPE_CHECKING:
    from fitmate_desktop.gui.format import Formatter
    from fitmate_desktop.gui.forms.ui_checkin_panel import Ui_CheckInPanel
    from fitmate_desktop.services.actor import Actor
    from fitmate_desktop.services.checkin import Presence, PresentVisit

log = logging.getLogger(__name__)

PRESENCE_COALESCE_MS = 100  # a burst of check-ins (a class arriving) is one re-read
PRESENCE_TICK_MS = 30_000
PANEL_SHARE = 0.32  # the right column's share of the panel's width, within the limits below
MIN_WIDTH = 330
MAX_WIDTH = 460


class InGymList(QObject):
    """Fills the form's right column from ``present_now``.

    ``sig_check_out(PresentVisit)``: check out the selected member (button or Delete).
    ``sig_unavailable``: the database could not be reached while reading the list.
    """

    sig_check_out = Signal(object)
    sig_unavailable = Signal()

    def __init__(
        self, ui: Ui_CheckInPanel, formatter: Formatter, actor: Actor, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ui = ui
        self.fmt = formatter
        self._actor = actor
        self._loaded = False
        self.model = PresenceModel(formatter, self)
        self.delegate = PresenceDelegate(formatter, ui.presenceList)
        ui.presenceList.setModel(self.model)
        ui.presenceList.setItemDelegate(self.delegate)
        ui.presenceList.selectionModel().selectionChanged.connect(self._on_selection)
        ui.checkoutButton.setIcon(icon("checkout"))
        ui.checkoutButton.setEnabled(False)
        ui.checkoutButton.clicked.connect(self._check_out_selected)
        ui.capacityText.setVisible(False)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.presenceList)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._check_out_selected)
        self._task = LatestOnly(self)
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(PRESENCE_COALESCE_MS)
        self._coalesce.timeout.connect(self._load)
        self._tick = QTimer(self)
        self._tick.setInterval(PRESENCE_TICK_MS)
        self._tick.timeout.connect(self.model.tick)
        self._tick.start()
        ui.presenceState.show_loading("Loading who is in…")

    # -- reading ---------------------------------------------------------------------------------

    def schedule(self) -> None:
        """Re-read soon (coalescing a burst of changes into one read)."""
        if not self._coalesce.isActive():
            self._coalesce.start()

    def reload(self) -> None:
        """Re-read at once (Retry, tests)."""
        self._coalesce.stop()
        self._load()

    def tick(self) -> None:
        """Time passed: redraw the durations."""
        self.model.tick()

    def fit_width(self, panel_width: int) -> None:
        """The right column gets a third of the width (within limits), decided here rather
        than by the layout: a long, wrapped verdict would otherwise squeeze it."""
        width = max(MIN_WIDTH, min(MAX_WIDTH, int(panel_width * PANEL_SHARE)))
        if self.ui.presenceFrame.width() != width:
            self.ui.presenceFrame.setFixedWidth(width)

    def on_presence_event(self, payload: dict[str, Any], *, visible: bool) -> bool:
        """A check-in or check-out somewhere in the chain; False when it is not this site's
        or the list is hidden (the caller then re-reads when shown)."""
        site = payload.get("site_id")
        if site is not None and site != self._actor.site_id:
            return True  # another gym of the chain: nothing to do, now or later
        if visible:
            self.schedule()
            return True
        return False

    def _load(self) -> None:
        actor = self._actor
        self._task.run(
            lambda: checkin.present_now(actor=actor),
            on_done=self._show,
            on_error=self._on_failed,
        )

    def _show(self, presence: Presence) -> None:
        ui = self.ui
        view = ui.presenceList
        chosen = self.selected_visit()
        self.model.set_visits(presence.visits)
        self._loaded = True
        if chosen is not None:
            row = self.model.row_of_visit(chosen.visit_id)
            if row is not None:
                view.setCurrentIndex(self.model.index(row))
        self._on_selection()
        self._show_capacity(presence)
        if presence.visits:
            ui.presenceState.show_content()
        else:
            ui.presenceState.show_empty(
                "Nobody in the gym yet",
                "Members appear here as they check in, at this desk or any other.",
                icon_name="members",
            )

    def _show_capacity(self, presence: Presence) -> None:
        ui, fmt = self.ui, self.fmt
        count, capacity = presence.count, presence.capacity
        bar, words = ui.capacityBar, ui.capacityText
        if capacity:
            ui.countLabel.setText(f"{fmt.integer(count)} / {fmt.integer(capacity)}")
            share = count / capacity
            if count >= capacity:
                tone, text = "bad", "Full"
            elif share >= 0.8:
                tone, text = "warn", "Almost full"
            else:
                tone, text = "ok", "Room to train"
            bar.setRange(0, capacity)
            bar.setValue(min(count, capacity))
            set_tone(bar, tone)
            words.setText(text)
            set_tone(words, tone)
            bar.setVisible(True)
            words.setVisible(True)
            label = presence.slot_label or "Now"
            ui.slotLabel.setText(
                f"{label} · {round(share * 100)}% of the {fmt.integer(capacity)} places"
            )
            ui.countLabel.setToolTip(f"{fmt.count(count, 'person', 'people')} in the gym")
        else:
            ui.countLabel.setText(fmt.count(count, "person", "people"))
            bar.setVisible(False)
            words.setVisible(False)
            ui.slotLabel.setText("No capacity is set for this hour.")
            ui.countLabel.setToolTip("")

    def _on_failed(self, err: BaseException) -> None:
        if isinstance(err, Unavailable):
            self.sig_unavailable.emit()
        if not self._loaded:
            self.ui.presenceState.show_error(
                "Couldn't load who is in the gym", user_message(err), retry=self.reload
            )
        else:
            # Keep the last list on screen; the offline line says why it may be behind.
            log.info("Could not refresh who is in the gym: %s", err)

    # -- state -----------------------------------------------------------------------------------

    def state_title(self) -> str:
        """The title of the list's empty or error page ("" while it shows people)."""
        state = self.ui.presenceState
        return state.message_title() if state.state in ("empty", "error") else ""

    def selected_visit(self) -> PresentVisit | None:
        """The highlighted visit."""
        # The selection, not the current index: a list that merely has the focus has a current
        # row without anything being highlighted, and nobody should be checked out unseen.
        rows = self.ui.presenceList.selectionModel().selectedRows()
        return self.model.visit(rows[0].row()) if rows else None

    def _on_selection(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        self.ui.checkoutButton.setEnabled(self.selected_visit() is not None)

    def selection_changed(self) -> None:
        """Re-check the button after an action (it is disabled while a check-out runs)."""
        self._on_selection()

    def _check_out_selected(self) -> None:
        visit = self.selected_visit()
        if visit is not None:
            self.ui.checkoutButton.setEnabled(False)
            self.sig_check_out.emit(visit)

"""From a scan to the verdict card: the outbox, the offline state, and the second look.

Every scan goes through the outbox (``scan_queue``) with its own uuid and is sent one at a
time, in order. When the database cannot be reached the scan stays there (on disk), the card
says "saved", the desk says so in a yellow line, and the outbox is sent, with the time of each
scan, once the connection is back; the service recognises scan ids, so nothing is checked in
twice.

Every answer replaces the card: a member's verdict, "Unknown code" for anything that is not a
member's code (the service decides; what was scanned is shown without its control characters),
or "No member found" for a name nobody has.

The second look: once a payment or a renewal started from a red card's buttons is saved, the
member standing at the desk is scanned again, so the card shows where they stand now (green,
or the next thing still in the way).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from fitmate_desktop.gui.events import MEMBERSHIPS, PAYMENTS
from fitmate_desktop.gui.panels.checkin.look import (
    PENDING_LOOK,
    PROBLEM_LOOK,
    OutcomeLook,
    outcome_look,
    shown_text,
)
from fitmate_desktop.gui.panels.checkin.recent import UNDO_WINDOW, RecentScan, RecentScans
from fitmate_desktop.gui.panels.checkin.scan_queue import (
    PendingScan,
    Replayed,
    ScanOutbox,
    replay_summary,
)
from fitmate_desktop.gui.panels.checkin.sound import OK, REFUSED, VerdictSounds
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.services import checkin
from fitmate_desktop.services.checkin import CheckInResult, MemberCard, normalise_member_code
from fitmate_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    Unavailable,
    ValidationError,
)

if TYPE_CHECKING:
    from fitmate_desktop.gui.forms.ui_checkin_panel import Ui_CheckInPanel
    from fitmate_desktop.gui.panels.checkin.in_gym import InGymList
    from fitmate_desktop.gui.panels.checkin.photos import PhotoCache
    from fitmate_desktop.gui.panels.checkin.scan_field import ScanField
    from fitmate_desktop.gui.panels.checkin.verdict_card import VerdictCard
    from fitmate_desktop.services.actor import Actor

log = logging.getLogger(__name__)

CHECKING_DELAY_MS = 300  # a slower answer than this shows "Checking…" on the card
RETRY_OFFLINE_MS = 10_000  # while scans wait, try the database again this often
FOLLOW_UP_S = 15 * 60  # a payment or renewal started from the card counts for this long
GENERIC_ERROR = (
    "Something unexpected went wrong. Scan again; if it keeps happening, tell an administrator."
)

FIX_THE_CODE = "Correct the code here and press Enter, or scan the card again."
FIX_THE_NAME = "Correct the name here, or scan the card."

Say = Callable[[str, str, str], None]  # text, tone, icon


def user_message(err: BaseException) -> str:
    """What to tell the person about ``err``: the service's own words, never a traceback."""
    if isinstance(err, ServiceError):
        return shown_text(str(err), limit=400)
    log.error("Unexpected error in the check-in panel", exc_info=err)
    return GENERIC_ERROR


@dataclass(frozen=True)
class _FollowUp:
    """A payment or renewal opened from a red card: assess the member again once it is saved."""

    member_id: int
    code: str
    name: str
    until: float  # time.monotonic()


@dataclass(frozen=True)
class DeskParts:
    """The parts of the screen a scan's answer is shown on."""

    ui: Ui_CheckInPanel
    card: VerdictCard
    recent: RecentScans
    field: ScanField
    sounds: VerdictSounds
    photos: PhotoCache
    in_gym: InGymList


class ScanFlow(QObject):
    """Sends scans and shows their answers; knows whether the desk is offline.

    ``say(text, tone, icon)`` and ``unsay()`` show and hide the panel's notice line;
    ``refocus()`` puts the keyboard back in the scan field.
    """

    def __init__(
        self,
        parts: DeskParts,
        outbox: ScanOutbox,
        actor: Actor,
        *,
        say: Say,
        unsay: Callable[[], None],
        refocus: Callable[[], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.ui = parts.ui
        self.card = parts.card
        self.recent = parts.recent
        self.field = parts.field
        self.sounds = parts.sounds
        self.photos = parts.photos
        self.in_gym = parts.in_gym
        self.outbox = outbox
        self._actor = actor
        self._say = say
        self._unsay = unsay
        self._refocus = refocus
        self._offline = False
        self._sending = False
        self._current_scan: uuid.UUID | None = None
        self._quiet_scans: set[uuid.UUID] = set()  # second looks: no sound if still refused
        self._replayed: list[Replayed] = []
        self._follow_up: _FollowUp | None = None

        def timer(interval: int, slot: Callable[[], object], *, single: bool = False) -> QTimer:
            t = QTimer(self)
            t.setInterval(interval)
            t.setSingleShot(single)
            t.timeout.connect(slot)
            return t

        self._checking_timer = timer(CHECKING_DELAY_MS, self._show_checking, single=True)
        self._retry_timer = timer(RETRY_OFFLINE_MS, self.resume)
        # One second look for the several "changed" notes one payment sends.
        self._reassess_timer = timer(0, self._reassess, single=True)

    def no_match(self, query: str) -> None:
        """A name searched with Enter matches nobody: the card says so (not the last member)."""
        shown = shown_text(query)
        message = f"No member matches ‘{shown}’. Check the spelling, or scan the card."
        self._follow_up = None
        self._current_scan = None
        self._checking_timer.stop()
        self.card.show_problem("No member found", message)
        self.field.show_message(FIX_THE_NAME, error=True)
        self.field.give_back(query)
        self.sounds.play(REFUSED)

    # -- scanning and the outbox -----------------------------------------------------------------

    def start(self) -> None:
        """The panel is built: say what waits, and send scans left by the previous run."""
        self._update_offline_bar()
        if self.outbox:
            # Scans left waiting by the previous run (a restart while offline): send them now.
            QTimer.singleShot(0, self._pump)

    def scan(
        self,
        raw: str,
        *,
        label: str = "",
        override_reason: str | None = None,
        quiet: bool = False,
    ) -> None:
        """Check in (or out) whoever ``raw`` names: what the scanner's Enter does.

        ``raw`` goes to the service as typed or scanned; it trims what scanners add around a
        code and answers "unknown code" for anything else. ``quiet``: a re-assessment, which
        makes no sound unless the answer changed to a check-in.
        """
        self.field.clear()
        self.field.show_message(None)
        if not quiet:
            self._follow_up = None
        if self.ui.noticeBar.property("tone") != "bad":
            # Old news goes with the next scan; a refusal found after an outage stays its minute.
            self._unsay()
        try:
            code = normalise_member_code(raw)
        except ValidationError:
            code = None
        if code is None and self._offline:
            # Not a member code, and nobody to ask: the answer would be "unknown code" anyway,
            # and a scan that can never succeed must not wait in the outbox.
            self._current_scan = None
            self._show_unknown(PendingScan.new(raw, label=label))
            return
        scan = PendingScan.new(code or raw, override_reason=override_reason, label=label)
        self._current_scan = scan.scan_id
        if quiet:
            self._quiet_scans.add(scan.scan_id)
        self.outbox.append(scan)
        if self._offline:
            self.card.show_pending(scan, len(self.outbox))
            self.recent.put(self._scan_entry(scan, PENDING_LOOK))
            self._update_offline_bar()
        else:
            self._checking_timer.start()
        self._pump()

    def _pump(self) -> None:
        """Send the oldest waiting scan, one at a time, in order."""
        if self._sending:
            return
        scan = self.outbox.head
        if scan is None:
            self._update_offline_bar()
            return
        self._sending = True
        actor = self._actor
        scanned_at = self.outbox.scanned_at_for(scan)
        run_in_background(
            lambda: checkin.check_in(
                scan.code,
                actor=actor,
                override_reason=scan.override_reason,
                scan_id=scan.scan_id,
                scanned_at=scanned_at,
            ),
            on_done=partial(self._on_scan_answered, scan),
            on_error=partial(self._on_scan_failed, scan),
            parent=self,
        )

    def _on_scan_answered(self, scan: PendingScan, result: CheckInResult) -> None:
        self._sending = False
        replayed = self.outbox.on_disk  # it waited through an outage
        self.outbox.remove(scan.scan_id)
        quiet = scan.scan_id in self._quiet_scans
        self._quiet_scans.discard(scan.scan_id)
        self.set_offline(False)
        self.recent.put(self.result_entry(scan.scan_id, result))
        if scan.scan_id == self._current_scan:
            self._checking_timer.stop()
            self.card.show_result(result, scan.scan_id)
            self.photos.load(result.member.id, self.card.set_photo)
            refused = result.outcome == "refused"
            if not refused:
                self._follow_up = None
            if not (quiet and refused):
                self.sounds.play(REFUSED if refused else OK)
            self._refocus()
        if replayed:
            self._replayed.append((scan, result, ""))
        self.in_gym.schedule()
        self._after_answer()

    def _on_scan_failed(self, scan: PendingScan, err: BaseException) -> None:
        self._sending = False
        self._quiet_scans.discard(scan.scan_id)
        if isinstance(err, Unavailable):
            # Keep it (on disk from now on) and say so; sent again when the database is back.
            self.outbox.persist()
            self.set_offline(True)
            current = next((s for s in self.outbox if s.scan_id == self._current_scan), None)
            if current is not None:
                self._checking_timer.stop()
                self.card.show_pending(current, len(self.outbox))
            for waiting in self.outbox:
                if self.recent.find(waiting.scan_id) is None:
                    self.recent.put(self._scan_entry(waiting, PENDING_LOOK))
            self._retry_timer.start()
            self._refocus()
            return
        # Any other answer is final for this scan: it leaves the outbox.
        replayed = self.outbox.on_disk
        self.outbox.remove(scan.scan_id)
        unknown = isinstance(err, NotFound) or (
            isinstance(err, ValidationError) and not _is_code(scan.code)
        )
        message = user_message(err)
        if scan.scan_id == self._current_scan:
            self._checking_timer.stop()
            if unknown:
                message = self._show_unknown(scan, err)
            else:
                self.card.show_problem("Not checked in", message, scan.scan_id)
                self.recent.put(self._scan_entry(scan, outcome_look("refused", "red")))
                self.field.show_message(message, error=True)
                self.sounds.play(REFUSED)
            self._refocus()
        else:
            look = PROBLEM_LOOK if unknown else outcome_look("refused", "red")
            self.recent.put(self._scan_entry(scan, look))
        if replayed:
            self._replayed.append((scan, None, message))
        if isinstance(err, PermissionDenied):
            log.warning("Check-in refused by permissions: %s", err)
        self._after_answer()

    def _show_unknown(self, scan: PendingScan, err: BaseException | None = None) -> str:
        """ "Unknown code" on the card, in place of whoever was there; returns the words."""
        shown = shown_text(scan.code)
        if isinstance(err, NotFound):
            message = user_message(err)
        elif shown:
            message = f"‘{shown}’ is not a member code. Check the card, or search by name."
        else:
            message = "Nothing readable was scanned. Scan the card again, or type the member code."
        self._follow_up = None
        self.card.show_problem("Unknown code", message, scan.scan_id)
        self.recent.put(self._scan_entry(scan, PROBLEM_LOOK))
        # The card says what happened; the field says what to do (not the same words twice).
        self.field.show_message(FIX_THE_CODE, error=True)
        # Give the typed code back, selected: fix a digit or overtype with a new scan.
        self.field.give_back(scan.code)
        self.sounds.play(REFUSED)
        return message

    def _after_answer(self) -> None:
        if self.outbox:
            self._pump()
            return
        self._retry_timer.stop()
        self._update_offline_bar()
        if self._replayed:
            self._report_replayed()

    def resume(self) -> None:
        """Try the waiting scans again (connection back, reconnect, timer, "Try again now")."""
        if self.outbox and not self._sending:
            self._pump()

    def set_offline(self, offline: bool) -> None:
        if offline != self._offline:
            self._offline = offline
        self._update_offline_bar()
        if not offline and not self.outbox:
            self._retry_timer.stop()

    def on_connection_state(self, live: bool) -> None:
        # The main window's monitor noticed first: the next scan shows "saved" at once instead
        # of "checking…" for as long as the connection attempt takes to fail.
        if not live:
            self.set_offline(True)
        elif not self.outbox:
            self.set_offline(False)  # with scans waiting, their first success says so

    @property
    def offline(self) -> bool:
        """True while the desk knows the database cannot be reached."""
        return self._offline

    @property
    def waiting_scans(self) -> int:
        """Scans not yet answered by the database."""
        return len(self.outbox) if self._offline or self.outbox.on_disk else 0

    def _update_offline_bar(self) -> None:
        ui = self.ui
        waiting = self.waiting_scans
        if self._offline and waiting:
            # Offline with nothing waiting needs no line here: the window's banner says it.
            if waiting == 1:
                text = "Offline — 1 scan waiting, it will be sent when the database is back."
            else:
                text = (
                    f"Offline — {waiting} scans waiting, they'll be sent when the database is back."
                )
        elif waiting:
            text = f"Sending {waiting} waiting scan{'s' if waiting != 1 else ''}…"
        else:
            ui.offlineBar.setVisible(False)
            return
        ui.offlineText.setText(text)
        ui.sendNowButton.setVisible(self._offline and waiting > 0)
        ui.offlineBar.setVisible(True)

    def _report_replayed(self) -> None:
        """After an outage: one line saying what happened to the scans that waited."""
        replayed, self._replayed = self._replayed, []
        text, problems = replay_summary(replayed)
        self._say(text, "bad" if problems else "ok", "verdict-red" if problems else "verdict-green")
        if problems:
            self.sounds.play(REFUSED)

    def _show_checking(self) -> None:
        scan = next((s for s in self.outbox if s.scan_id == self._current_scan), None)
        if scan is not None and self.card.state not in ("pending",):
            self.card.show_checking(scan)

    def _scan_entry(self, scan: PendingScan, look: OutcomeLook) -> RecentScan:
        """The previous-scans line of a scan with no answer to show (waiting, or a problem)."""
        return RecentScan(
            key=scan.scan_id,
            at=scan.scanned_at,
            name=scan.shown_as,
            code=shown_text(scan.code),
            look=look,
        )

    def result_entry(self, key: object, result: CheckInResult) -> RecentScan:
        """The previous-scans line of an answer."""
        member = result.member
        undo_until = None
        if result.outcome == "checked_in" and result.checked_in_at is not None:
            undo_until = result.checked_in_at + UNDO_WINDOW
        at = dt.datetime.now(dt.UTC)
        if result.outcome == "checked_out" and result.checked_out_at is not None:
            at = result.checked_out_at
        elif result.checked_in_at is not None and result.outcome == "checked_in":
            at = result.checked_in_at
        return RecentScan(
            key=key,
            at=at,
            name=member.full_name,
            code=member.member_code,
            look=outcome_look(result.outcome, result.verdict, result.overridden),
            visit_id=result.visit_id if result.outcome == "checked_in" else None,
            undo_until=undo_until,
        )

    # -- the second look ------------------------------------------------------------------------

    def follow(self, member: MemberCard) -> None:
        """A payment or renewal for ``member`` was opened from the card: once one is saved,
        take a second look (``on_data_changed``)."""
        self._follow_up = _FollowUp(
            member.id, member.member_code, member.full_name, time.monotonic() + FOLLOW_UP_S
        )

    def on_data_changed(self, kinds: frozenset[str]) -> None:
        """A payment or a membership was saved: if it was started from this card, the member
        standing at the desk is assessed again, so the card shows where they stand now."""
        follow = self._follow_up
        if follow is None or not kinds & {PAYMENTS, MEMBERSHIPS}:
            return
        if time.monotonic() > follow.until:
            self._follow_up = None
            return
        self._reassess_timer.start()

    def _reassess(self) -> None:
        follow = self._follow_up
        member, result = self.card.member, self.card.result
        if follow is None or member is None or result is None or member.id != follow.member_id:
            self._follow_up = None  # the card moved on to someone else
            return
        if result.outcome == "refused":
            self.scan(follow.code, label=follow.name, quiet=True)


def _is_code(text: str) -> bool:
    """Whether ``text`` is shaped like a member code (the service's own rule)."""
    try:
        normalise_member_code(text)
    except ValidationError:
        return False
    return True

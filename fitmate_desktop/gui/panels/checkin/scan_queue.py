"""The desk's outbox of scans: every scan waits here until the database has answered it.

A scan gets its ``scan_id`` (a uuid) the moment it is scanned. If the database cannot be
reached, the scan stays in the outbox, in order, and is sent again later with the same id; the
check-in service recognises an id it has already stored, so sending twice never checks a
member in (or out) twice. The outbox is written to QSettings on every change, so scans made
while offline survive a restart of the program.

A scan that waited is sent with the time it was made (``scanned_at``): the visit starts when
the member came in, not when the connection came back.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from fitmate_desktop.gui.panels.checkin.look import shown_text

if TYPE_CHECKING:
    from fitmate_desktop.services.checkin import CheckInResult

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingScan:
    """One scan on its way to the database."""

    scan_id: uuid.UUID
    code: str
    scanned_at: dt.datetime  # UTC
    override_reason: str | None = None
    label: str = ""  # the member's name when it is known (picked from suggestions)

    @classmethod
    def new(cls, code: str, *, override_reason: str | None = None, label: str = "") -> PendingScan:
        """A fresh scan made now."""
        return cls(uuid.uuid4(), code, dt.datetime.now(dt.UTC), override_reason, label)

    @property
    def shown_as(self) -> str:
        """How the desk names this scan before the database has answered (never with the
        control or invisible characters a scanner may have sent)."""
        return shown_text(self.label or self.code) or "an empty scan"

    def to_json(self) -> dict[str, str | None]:
        return {
            "scan_id": str(self.scan_id),
            "code": self.code,
            "scanned_at": self.scanned_at.isoformat(),
            "override_reason": self.override_reason,
            "label": self.label,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> PendingScan:
        scanned = dt.datetime.fromisoformat(str(data["scanned_at"]))
        if scanned.tzinfo is None:
            scanned = scanned.replace(tzinfo=dt.UTC)
        reason = data.get("override_reason")
        return cls(
            scan_id=uuid.UUID(str(data["scan_id"])),
            code=str(data["code"]),
            scanned_at=scanned,
            override_reason=str(reason) if reason else None,
            label=str(data.get("label") or ""),
        )


class ScanOutbox:
    """Scans not yet answered by the database, oldest first, kept in QSettings under ``key``."""

    def __init__(self, key: str) -> None:
        self._key = key
        self._scans: list[PendingScan] = self._load()
        # Written to disk only once a scan could not be sent: online, a scan is answered in
        # milliseconds and two settings writes per scan would be wasted work.
        self._stored = bool(self._scans)

    def __len__(self) -> int:
        return len(self._scans)

    def __iter__(self) -> Iterator[PendingScan]:
        return iter(list(self._scans))

    def __bool__(self) -> bool:
        return bool(self._scans)

    @property
    def on_disk(self) -> bool:
        """True while scans wait because of an outage (they are then kept in QSettings)."""
        return self._stored

    def scanned_at_for(self, scan: PendingScan) -> dt.datetime | None:
        """The time to send with ``scan``: when it was made, if it waited for the database
        (an outage, a lost answer); None for a scan sent at once (the server's clock then
        decides, as for every other desk)."""
        return scan.scanned_at if self._stored else None

    @property
    def head(self) -> PendingScan | None:
        """The oldest scan: the next one to send."""
        return self._scans[0] if self._scans else None

    def append(self, scan: PendingScan) -> None:
        """Add a scan at the end (saved at once while the outbox is kept on disk)."""
        self._scans.append(scan)
        if self._stored:
            self._save()

    def remove(self, scan_id: uuid.UUID) -> None:
        """Forget a scan the database has answered."""
        self._scans = [s for s in self._scans if s.scan_id != scan_id]
        if self._stored:
            self._save()

    def persist(self) -> None:
        """Keep the outbox on disk from now on (the database could not be reached)."""
        self._stored = True
        self._save()

    def _load(self) -> list[PendingScan]:
        raw = QSettings().value(self._key)
        if not raw:
            return []
        try:
            items = json.loads(str(raw))
            return [PendingScan.from_json(item) for item in items]
        except (ValueError, KeyError, TypeError):
            # A damaged entry must not stop the desk; the scans in it are lost, say so in the log.
            log.warning("Ignoring an unreadable list of waiting scans in the settings")
            return []

    def _save(self) -> None:
        settings = QSettings()
        if self._scans:
            # JSON text rather than a QVariant list: QSettings' INI/registry round trips of
            # nested lists differ between platforms, a string never does.
            settings.setValue(self._key, json.dumps([s.to_json() for s in self._scans]))
        else:
            settings.remove(self._key)
            self._stored = False
        # Written now, not at some later idle moment: a crash or power cut right after an
        # offline scan must not lose it.
        settings.sync()


Replayed = tuple[PendingScan, "CheckInResult | None", str]


def replay_summary(replayed: Sequence[Replayed]) -> tuple[str, bool]:
    """One line saying what happened to the scans that waited, and whether any was refused.

    ``replayed`` holds each scan with its answer, or None and the error's words.
    """
    outcomes = [r.outcome for _s, r, _m in replayed if r is not None]
    checked_in = outcomes.count("checked_in")
    checked_out = outcomes.count("checked_out")
    # A scan whose answer was lost after it committed comes back as "already in".
    already_in = outcomes.count("already_in")
    problems = [
        (s.label or (r.member.full_name if r is not None else s.shown_as), r.headline if r else m)
        for s, r, m in replayed
        if r is None or r.outcome == "refused"
    ]
    parts = []
    if checked_in:
        parts.append(f"{checked_in} checked in")
    if already_in:
        parts.append(f"{already_in} already in")
    if checked_out:
        parts.append(f"{checked_out} checked out")
    if problems:
        parts.append(f"{len(problems)} not checked in")
    total = len(replayed)
    text = (
        f"Back online — {total} waiting scan{'s' if total != 1 else ''} sent: "
        + ", ".join(parts or ["nothing to do"])
        + "."
    )
    if problems:
        text += " " + "; ".join(f"{name}: {why}" for name, why in problems[:3])
    return text, bool(problems)

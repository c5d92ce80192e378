"""What the check-in screen's tests share: the visits written, a scanner's and a person's typing.

Their fixtures (a gym with members, the panel) are in ``checkin_fixtures``, which each
``test_checkin_*`` module loads with ``pytest_plugins``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from fitmate_desktop.gui.panels.checkin.panel import CheckInPanel
from fitmate_desktop.models import Attendance
from fitmate_desktop.services.uow import unit_of_work

D = dt.timedelta
HUMAN_MS = 80  # between a person's keys (a scanner's are a few milliseconds apart)


def visits(member_id: int | None = None) -> list[Attendance]:
    """The visits in the database, oldest first."""
    with unit_of_work() as uow:
        stmt = select(Attendance).order_by(Attendance.id)
        if member_id is not None:
            stmt = stmt.where(Attendance.trainee_id == member_id)
        rows = list(uow.session.scalars(stmt))
        uow.session.expunge_all()  # keep the loaded values after the read-only rollback
        return rows


def scan(qtbot: QtBot, panel: CheckInPanel, code: str) -> None:
    """What a barcode scanner does: type the code at once, then Enter."""
    field = panel.ui.scanEdit
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def type_slowly(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """What a person does: one key after another, a moment apart."""
    qtbot.keyClicks(widget, text, delay=HUMAN_MS)


def send_text(widget: QWidget, text: str) -> None:
    """Type any characters, one key event each, at a scanner's speed (``keyClicks`` takes
    Latin-1 only: a scanner can send zero-width or right-to-left marks as well)."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
    QTest.qWait(0)


def settle() -> None:
    """Run the layouts a change asked for (a frame of the event loop would): each level's
    LayoutRequest is posted by the one below, so a few rounds."""
    for _ in range(6):
        QApplication.sendPostedEvents()
        QApplication.processEvents()

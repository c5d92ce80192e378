"""A one-line notice under a panel's header: "Saved", "Another admin saved…", "Altered at…".

The form puts a ``QFrame#noticeBar`` with an icon label and a text label (and optionally a
button); ``Notice`` fills them with a tone, an icon and words (never colour alone). Good news
fades after a few seconds; warnings and errors stay until the next notice or ``hide()``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from fitmate_desktop.gui.style import icon_pixmap, set_tone, tone_colors

TONE_ICONS = {"ok": "status-active", "info": "info", "warn": "warning", "bad": "alert"}
OK_SECONDS = 8


class Notice(QObject):
    """Drives one notice bar."""

    def __init__(
        self,
        bar: QFrame,
        icon_label: QLabel,
        text_label: QLabel,
        button: QPushButton | None = None,
    ) -> None:
        super().__init__(bar)
        self._bar = bar
        self._icon = icon_label
        self._text = text_label
        self._button = button
        self._action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(OK_SECONDS * 1000)
        self._timer.timeout.connect(self.hide)
        if button is not None:
            button.clicked.connect(self._on_button)
            button.setVisible(False)
        bar.setVisible(False)

    def show(
        self,
        text: str,
        tone: str = "ok",
        *,
        action_text: str | None = None,
        action: Callable[[], None] | None = None,
    ) -> None:
        """Show ``text``; ``ok`` and ``info`` hide by themselves after a few seconds."""
        set_tone(self._bar, tone)
        self._icon.setPixmap(
            icon_pixmap(TONE_ICONS.get(tone, "info"), 18, color=tone_colors(tone)[1])
        )
        self._text.setText(text)
        self._action = action
        if self._button is not None:
            self._button.setVisible(bool(action_text and action))
            if action_text:
                self._button.setText(action_text)
        self._bar.setVisible(True)
        if tone in ("ok", "info") and action is None:
            self._timer.start()
        else:
            self._timer.stop()

    def hide(self) -> None:
        """Take the notice away."""
        self._timer.stop()
        self._bar.setVisible(False)

    def text(self) -> str:
        """The words on the bar ("" when hidden): tests read it."""
        return self._text.text() if not self._bar.isHidden() else ""

    def tone(self) -> str | None:
        """The bar's tone (``ok``, ``warn``, ``bad``, ``info``)."""
        value = self._bar.property("tone")
        return str(value) if value else None

    def _on_button(self) -> None:
        action = self._action
        if action is not None:
            action()

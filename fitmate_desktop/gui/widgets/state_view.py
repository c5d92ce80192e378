"""The four states of every list or detail view: loading, empty, error, content.

``StateView`` is a ``QStackedWidget`` that Designer forms use as a promoted widget: the form
puts the content (a table, a detail pane) in as its page, and ``StateView`` adds its own
loading and message pages around it::

    view.show_loading()                       # spinner, but only after 150 ms
    view.show_content()
    view.show_empty("No members match 'xyz'", "Check the spelling, or search by phone.")
    view.show_error("Couldn't load members", str(err), retry=self.reload)

Until the loading delay passes, whatever was on screen stays there: a quick answer never
flashes a spinner, and search results do not flicker while typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fitmate_desktop.gui.style import icon, icon_pixmap, muted_text_color, set_tone, tone_colors
from fitmate_desktop.gui.widgets.spinner import Spinner

LOADING_DELAY_MS = 150


class StateView(QStackedWidget):
    """A stack of content + loading + message pages; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._retry: Callable[[], None] | None = None
        self._action: Callable[[], None] | None = None
        self._state = "content"

        self._loading_timer = QTimer(self)
        self._loading_timer.setSingleShot(True)
        self._loading_timer.setInterval(LOADING_DELAY_MS)
        self._loading_timer.timeout.connect(self._show_loading_now)

        self._loading_page = self._build_loading_page()
        self._message_page = self._build_message_page()
        # Our pages join the stack on first use, after the form's setupUi() has added the
        # content page: the first page added is the one shown, and it must be the content.
        self._pages_added = False

    def _add_pages(self) -> None:
        if not self._pages_added:
            self._pages_added = True
            self.addWidget(self._loading_page)
            self.addWidget(self._message_page)

    # -- building ------------------------------------------------------------------------------

    def _build_loading_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("statePage")
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        self._spinner = Spinner(page)
        row.addWidget(self._spinner)
        self._loading_label = QLabel("Loading…", page)
        self._loading_label.setProperty("role", "muted")
        row.addWidget(self._loading_label)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        return page

    def _build_message_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("statePage")
        layout = QVBoxLayout(page)
        layout.setSpacing(8)
        layout.addStretch(2)
        self._message_icon = QLabel(page)
        self._message_icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._message_icon)
        self._message_title = QLabel(page)
        self._message_title.setObjectName("stateTitle")
        self._message_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._message_title.setWordWrap(True)
        self._message_title.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self._message_title)
        self._message_text = QLabel(page)
        self._message_text.setObjectName("stateText")
        self._message_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._message_text.setWordWrap(True)
        self._message_text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self._message_text)
        row = QHBoxLayout()
        row.addStretch(1)
        self._message_button = QPushButton(page)
        self._message_button.setObjectName("stateButton")
        self._message_button.clicked.connect(self._on_button)
        row.addWidget(self._message_button)
        row.addStretch(1)
        layout.addSpacing(4)
        layout.addLayout(row)
        layout.addStretch(3)
        return page

    # -- state ---------------------------------------------------------------------------------

    @property
    def state(self) -> str:
        """``content``, ``loading`` (requested, maybe not shown yet), ``empty`` or ``error``."""
        return self._state

    def content_widget(self) -> QWidget | None:
        """The page the form put in (the first page that is not one of ours)."""
        for index in range(self.count()):
            page = self.widget(index)
            if page is not self._loading_page and page is not self._message_page:
                return page
        return None

    def show_loading(self, text: str = "Loading…", *, immediately: bool = False) -> None:
        """Ask for the loading page; it appears after 150 ms unless an answer comes first."""
        self._add_pages()
        self._state = "loading"
        self._loading_label.setText(text)
        if immediately:
            self._show_loading_now()
        elif not self._loading_timer.isActive() and self.currentWidget() is not self._loading_page:
            self._loading_timer.start()

    def _show_loading_now(self) -> None:
        if self._state == "loading":
            self.setCurrentWidget(self._loading_page)

    def show_content(self) -> None:
        """Show the form's own page."""
        self._loading_timer.stop()
        self._state = "content"
        content = self.content_widget()
        if content is not None:
            self.setCurrentWidget(content)

    def show_empty(
        self,
        title: str,
        text: str = "",
        *,
        icon_name: str = "empty",
        action_text: str | None = None,
        action: Callable[[], None] | None = None,
    ) -> None:
        """An empty result, said in words, with an optional way out (e.g. "Clear search")."""
        self._show_message("empty", title, text, icon_name, action_text, action)

    def show_error(self, title: str, text: str, *, retry: Callable[[], None] | None = None) -> None:
        """What went wrong, what to do, and a Retry button."""
        self._show_message("error", title, text, "warning", "Retry" if retry else None, retry)

    def _show_message(
        self,
        state: str,
        title: str,
        text: str,
        icon_name: str,
        button_text: str | None,
        action: Callable[[], None] | None,
    ) -> None:
        self._add_pages()
        self._loading_timer.stop()
        self._state = state
        tone = "bad" if state == "error" else None
        color = tone_colors("bad")[1] if tone else muted_text_color()
        self._message_icon.setPixmap(icon_pixmap(icon_name, 40, color=color))
        self._message_title.setText(title)
        self._message_text.setText(text)
        self._message_text.setVisible(bool(text))
        self._action = action
        self._message_button.setVisible(bool(button_text and action))
        if button_text:
            self._message_button.setText(button_text)
            self._message_button.setIcon(icon("refresh") if state == "error" else QIcon())
        set_tone(self._message_page, tone)
        self.setCurrentWidget(self._message_page)

    def message_title(self) -> str:
        """The title shown on the empty/error page (tests read it)."""
        return self._message_title.text()

    def message_button(self) -> QPushButton:
        """The Retry / action button of the message page."""
        return self._message_button

    def _on_button(self) -> None:
        if self._action is not None:
            self._action()

"""What the sign-in step pages share: Enter submits, Esc goes back, a quiet busy row; and
the stack that holds them, sized by the page on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from fitmate_desktop.gui.style import icon


class StepPage(QWidget):
    """Base of the pages after the password (enrol, verify, change password, recovery codes).

    Subclasses call ``_setup_step`` after ``setupUi`` and implement ``submit``. ``sig_back``
    asks the owner to leave the step (the sign-in window then signs the session out).
    """

    sig_back = Signal()

    back_allowed = True

    def _setup_step(
        self,
        *,
        busy_row: QWidget | None,
        busy_label: QLabel | None,
        back_button: QPushButton | None,
        inputs: tuple[QWidget, ...] = (),
    ) -> None:
        self._busy = False
        self._busy_row = busy_row
        self._busy_label = busy_label
        self._back_button = back_button
        self._inputs = inputs
        if busy_row is not None:
            # Keep the row's place while hidden, so the card does not jump when it appears.
            policy = busy_row.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            busy_row.setSizePolicy(policy)
            busy_row.setVisible(False)
        if back_button is not None:
            back_button.setIcon(icon("arrow-left"))
            back_button.setCursor(Qt.CursorShape.PointingHandCursor)
            back_button.clicked.connect(self.go_back)

    @property
    def busy(self) -> bool:
        """True while the page waits for the service."""
        return self._busy

    def set_busy(self, busy: bool, text: str = "Checking…") -> None:
        """Show the spinner row and keep the fields read-only while a call is out."""
        self._busy = busy
        if self._busy_row is not None:
            self._busy_row.setVisible(busy)
        if self._busy_label is not None and text:
            self._busy_label.setText(text)
        for widget in self._inputs:
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(busy)
            else:
                widget.setEnabled(not busy)

    def focus_first(self) -> None:
        """Put the focus where the page's work starts (its first field)."""
        target = self._inputs[0] if self._inputs else self
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        """Enter: do the page's action."""

    def go_back(self) -> None:
        """Esc or the Back link: leave this step (ignored while a call is out)."""
        if self.back_allowed and not self._busy:
            self.sig_back.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter anywhere on the page submits. Not via QLineEdit.returnPressed: the line edit
        # also passes the key event on to us, and handling both would submit twice.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton) and focused is not self._back_button:
                focused.click()
            elif focused is self._back_button:
                self.go_back()
            else:
                self.submit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.go_back()
            event.accept()
            return
        super().keyPressEvent(event)


class StepStack(QWidget):
    """Pages of which one is on screen, like ``QStackedWidget``, sized by that page alone.

    Qt gotcha: ``QStackedWidget`` asks for the size of its largest page, its
    ``heightForWidth`` is the largest of all pages (even Ignored ones), and its layout always
    reports itself as expanding. The short password page would sit in a card as tall as the
    enrolment page, labels spread out. Here the pages live in a plain box layout and all but
    the current one are hidden: layouts skip hidden widgets, so every size question is
    answered by the page on screen. The API is the part of ``QStackedWidget``'s the sign-in
    window and the generated form use (the form declares it as a promoted QStackedWidget).
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

    def addWidget(self, page: QWidget) -> int:
        """Add a page (hidden unless it is the first)."""
        self._pages.append(page)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(page)
        if self._current < 0:
            self._current = 0
            page.setVisible(True)
        else:
            page.setVisible(False)
        return len(self._pages) - 1

    def count(self) -> int:
        """How many pages."""
        return len(self._pages)

    def widget(self, index: int) -> QWidget | None:
        """The page at ``index``."""
        return self._pages[index] if 0 <= index < len(self._pages) else None

    def indexOf(self, page: QWidget) -> int:
        """The index of ``page`` (-1 if it is not here)."""
        return self._pages.index(page) if page in self._pages else -1

    def currentIndex(self) -> int:
        """The index of the page on screen."""
        return self._current

    def currentWidget(self) -> QWidget | None:
        """The page on screen."""
        return self.widget(self._current)

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show ``page`` instead of the current one."""
        self.setCurrentIndex(self.indexOf(page))

    def setCurrentIndex(self, index: int) -> None:
        """Show the page at ``index`` instead of the current one."""
        if not 0 <= index < len(self._pages) or index == self._current:
            return
        old = self.currentWidget()
        self._current = index
        # Show the new page before hiding the old one: hiding a page that holds the focus
        # would otherwise hand the focus to some other window's widget for a moment.
        self._pages[index].setVisible(True)
        if old is not None:
            old.setVisible(False)
        self.currentChanged.emit(index)

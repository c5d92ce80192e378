"""What every form dialog needs: errors next to their field, one question before money moves.

``FieldErrors`` maps the service's field names (``ValidationError.field``) to the error label
under each field. A message for a field the form does not show goes to the form's own error
line, so nothing is ever swallowed. Typing in a field clears its error; nothing typed is lost.

``ask`` puts one question ("Refund €45.00 of receipt R-2026-00123 to Ana Silva?") in a
window-modal message box that does not block: the answer arrives by callback, so the event
loop (and the tests driving the real widgets) keep running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from fitmate_desktop.gui.style import repolish
from fitmate_desktop.services.errors import ServiceError, ValidationError
from fitmate_desktop.services.text import logged, shown_message

log = logging.getLogger(__name__)

GENERIC_ERROR = (
    "Something unexpected went wrong. Nothing was changed. Try again; if it keeps happening, "
    "tell an administrator."
)


def user_message(err: BaseException) -> str:
    """What to tell the person about ``err``: the service's own words, never a traceback.

    The words go through the shared cleaner: a service that echoes input (a scanned code, a
    typed name) can never put an escape sequence, a control character or a right-to-left
    override on the screen, whatever it forgot to clean itself.
    """
    if isinstance(err, ServiceError):
        return shown_message(str(err))
    log.error("Unexpected error in a dialog", exc_info=err)
    return GENERIC_ERROR


class FieldErrors:
    """The error labels of one form, keyed by the service's field names."""

    def __init__(self, form_error: QLabel | None = None) -> None:
        self._form_error = form_error
        self._fields: dict[str, tuple[QLabel, tuple[QWidget, ...]]] = {}
        if form_error is not None:
            form_error.setVisible(False)
            form_error.setTextFormat(Qt.TextFormat.PlainText)

    def bind(self, field: str, label: QLabel, *widgets: QWidget) -> None:
        """``label`` shows errors of ``field``; the first widget gets the focus on an error."""
        self._fields[field] = (label, widgets)
        label.setVisible(False)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        for widget in widgets:
            # The person is fixing it: the message has done its job.
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, f=field: self.clear_field(f))
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(lambda f=field: self.clear_field(f))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, f=field: self.clear_field(f))
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(lambda _c, f=field: self.clear_field(f))

    def field_for(self, name: str) -> str | None:
        """The bound field a service field name belongs to (``items[2]`` -> ``items``)."""
        if name in self._fields:
            return name
        base = name.split("[", 1)[0]
        return base if base in self._fields else None

    def show(self, err: BaseException) -> None:
        """Put ``err`` where it belongs: next to its field, else in the form's error line."""
        if isinstance(err, ValidationError):
            field = self.field_for(err.field)
            if field is not None:
                self.show_field(field, user_message(err))
                return
        self.show_form(user_message(err))

    def show_field(self, field: str, message: str, *, focus: bool = True) -> None:
        """``message`` under ``field``; the field is marked and (by default) focused."""
        label, widgets = self._fields[field]
        # Callers pass str(err) here too: clean it on the way to the screen.
        label.setText(shown_message(message))
        label.setVisible(True)
        for widget in widgets:
            self._mark(widget, True)
        if focus and widgets:
            widgets[0].setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widgets[0], QLineEdit):
                # Cursor at the end, nothing selected: most fixes are a few characters, and a
                # selection would be wiped by the first key pressed.
                widgets[0].deselect()
                widgets[0].end(False)

    def show_form(self, message: str) -> None:
        """A message that belongs to no single field."""
        if self._form_error is None:
            log.warning("Form error without a place to show it: %s", logged(message))
            return
        self._form_error.setText(shown_message(message))
        self._form_error.setVisible(True)

    def clear_field(self, field: str) -> None:
        """Hide the error of one field."""
        entry = self._fields.get(field)
        if entry is None:
            return
        label, widgets = entry
        label.setText("")
        label.setVisible(False)
        for widget in widgets:
            self._mark(widget, False)

    def clear(self) -> None:
        """Hide every error (before sending the form again)."""
        for field in self._fields:
            self.clear_field(field)
        if self._form_error is not None:
            self._form_error.setText("")
            self._form_error.setVisible(False)

    def message(self, field: str) -> str:
        """The message shown under ``field`` ("" when none): tests read it."""
        label, _widgets = self._fields[field]
        return label.text() if not label.isHidden() else ""

    def form_message(self) -> str:
        """The form's own error line ("" when hidden)."""
        if self._form_error is None or self._form_error.isHidden():
            return ""
        return self._form_error.text()

    @staticmethod
    def _mark(widget: QWidget, invalid: bool) -> None:
        # Multi-line fields (health conditions, notes) get the red border too.
        markable = isinstance(widget, (QLineEdit, QPlainTextEdit))
        if markable and bool(widget.property("invalid")) != invalid:
            widget.setProperty("invalid", invalid)
            repolish(widget)


def ask(
    parent: QWidget,
    *,
    title: str,
    text: str,
    confirm: str,
    on_confirm: Callable[[], None],
    details: str = "",
    cancel: str = "Cancel",
    warning: bool = False,
) -> QMessageBox:
    """Ask once, naming the thing; ``on_confirm()`` runs only if the person confirms.

    Enter confirms (they already chose the action once; this is the one check), Esc cancels.
    The box is window-modal and opened with ``open()``, so nothing blocks.
    """
    box = QMessageBox(parent)
    box.setObjectName("confirmBox")
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_confirm()

    box.finished.connect(finished)
    box.open()
    return box


def tell(parent: QWidget, *, title: str, text: str, warning: bool = True) -> QMessageBox:
    """A non-blocking message with one OK button (for errors that have no form to sit in)."""
    box = QMessageBox(parent)
    box.setObjectName("messageBox")
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(shown_message(text))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

"""Look of the sign-in steps, the lock screen and the admin panels: their own stylesheet.

``resources/style/identity.qss`` holds the rules (links, codes, the lock card, notice bars)
with the same ``${name}`` colour placeholders as the application stylesheet. It is set on the
top widget of each screen only, so nothing here leaks into other panels, and it is set again
when the palette flips between light and dark.
"""

from __future__ import annotations

import secrets
import string
from functools import cache

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon, QKeyEvent, QPalette
from PySide6.QtWidgets import QLineEdit, QWidget

from fitmate_desktop.gui import style
from fitmate_desktop.gui.style import icon, repolish


@cache
def _template() -> string.Template:
    path = style.resources_dir() / "style" / "identity.qss"
    return string.Template(path.read_text(encoding="utf-8"))


def identity_stylesheet(palette: QPalette | None = None) -> str:
    """The rules with the semantic colours of ``palette``'s light or dark variant."""
    pal = palette if palette is not None else QGuiApplication.palette()
    # The same variables as the application stylesheet, so both always agree on colours.
    return _template().safe_substitute(style._stylesheet_variables(pal))


class _SheetKeeper(QObject):
    """Sets the sheet on its widget, and again after a palette change (dark mode switch).

    Qt gotcha: the colours come from the *application's* palette, not the widget's. A sheet
    that gives the widget a background changes the widget's own palette, which would make a
    new sheet, which changes the palette again: an endless loop.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._applied = ""
        self.apply()
        widget.installEventFilter(self)

    def apply(self) -> None:
        sheet = identity_stylesheet(QGuiApplication.palette())
        # Setting the same sheet again would re-polish every child for nothing, and the
        # palette change the sheet itself causes would loop back here.
        if sheet != self._applied:
            self._applied = sheet
            self._widget.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self.apply()
        return False


def use_identity_style(widget: QWidget) -> None:
    """Give ``widget`` and its children the identity rules, kept in step with the palette."""
    _SheetKeeper(widget)


class _EscapeClears(QObject):
    """Esc in a filter field with text clears it (UX: Esc closes or clears)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and isinstance(watched, QLineEdit)
            and watched.text()
        ):
            watched.clear()
            return True
        return False


def clear_on_escape(edit: QLineEdit) -> None:
    """Let Esc clear ``edit`` (an empty field lets Esc through, e.g. to close a dialog)."""
    edit.installEventFilter(_EscapeClears(edit))


def primary_icon(name: str) -> QIcon:
    """An icon for a primary (filled) button: in the highlighted-text colour, readable on it."""
    return icon(name, color=QGuiApplication.palette().color(QPalette.ColorRole.HighlightedText))


def monospace_font(point_size: float | None = None) -> QFont:
    """The system's fixed-width face, for keys and codes people copy by hand."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if point_size:
        font.setPointSizeF(point_size)
    return font


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Red border on a field with an error (the QSS matches ``[invalid="true"]``)."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        repolish(widget)


def level_labels(*labels: QWidget, box: bool = False) -> None:
    """Labels in a form grid sit level with the text of their field (see the QSS).

    ``box``: the fields are combo or spin boxes, a little shorter than line edits.
    """
    for label in labels:
        label.setProperty("formLabel", "box" if box else "line")
        repolish(label)


def group_in_fours(text: str) -> str:
    """``JBSWY3DPEHPK3PXP`` -> ``JBSW Y3DP EHPK 3PXP``: easier to read out and type."""
    clean = "".join(text.split())
    return " ".join(clean[i : i + 4] for i in range(0, len(clean), 4))


# No 0/O, 1/I/l: a temporary password is read out or written on a note.
_TEMP_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"


def temporary_password() -> str:
    """A random temporary password like ``Kx7q-M2pd-Tz9a`` (14 characters, ~70 bits)."""
    return "-".join("".join(secrets.choice(_TEMP_ALPHABET) for _ in range(4)) for _ in range(3))

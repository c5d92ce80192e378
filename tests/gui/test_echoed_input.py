"""A service message that echoes hostile input reaches the screen cleaned, wherever it is shown.

The form support is the GUI's one way to show a service's refusal (under a field, in a form's
error line, in a message box, or as ``user_message``); each is driven with real widgets and a
message carrying a clear-screen escape, a right-to-left override, zero-width and NUL
characters, as a service would build it from a scanned code.
"""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from fitmate_desktop.gui.widgets.form_support import FieldErrors, tell, user_message
from fitmate_desktop.services.errors import Conflict, NotFound, ValidationError

pytestmark = pytest.mark.no_db

HOSTILE = "M-00\x1b[2J01\u202eexe.gnp\u200b\x00\ufeff\u2066"
SHOWN = "M-0001exe.gnp"


def _assert_clean(text: str) -> None:
    assert "\x1b" not in text and "[2J" not in text
    for char in text:
        assert char == "\n" or unicodedata.category(char) not in {"Cc", "Cf", "Cs"}, (
            f"U+{ord(char):04X} shown in {text!r}"
        )


def _form(qtbot: QtBot) -> tuple[QWidget, FieldErrors, QLineEdit]:
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    code, code_error, form_error = QLineEdit(), QLabel(), QLabel()
    for widget in (code, code_error, form_error):
        layout.addWidget(widget)
    errors = FieldErrors(form_error)
    errors.bind("code", code_error, code)
    host.show()
    return host, errors, code


def test_a_field_message_echoing_a_scan_is_cleaned(qtbot: QtBot) -> None:
    _host, errors, _code = _form(qtbot)

    errors.show(ValidationError("code", f"No member has the code {HOSTILE}."))

    shown = errors.message("code")
    _assert_clean(shown)
    assert shown == f"No member has the code {SHOWN}."


def test_the_form_line_and_direct_calls_are_cleaned_too(qtbot: QtBot) -> None:
    _host, errors, _code = _form(qtbot)

    errors.show(NotFound(f"No receipt {HOSTILE}."))
    _assert_clean(errors.form_message())
    assert SHOWN in errors.form_message()

    # Panels that call show_field with str(err) themselves get the same cleaning.
    errors.show_field("code", str(Conflict(f"The code {HOSTILE} is taken.")))
    _assert_clean(errors.message("code"))
    assert errors.message("code") == f"The code {SHOWN} is taken."


def test_user_message_and_message_boxes_are_cleaned(qtbot: QtBot) -> None:
    host, _errors, _code = _form(qtbot)

    text = user_message(NotFound(f"Unknown code {HOSTILE}"))
    _assert_clean(text)
    assert text == f"Unknown code {SHOWN}"

    box = tell(host, title="Couldn’t check in", text=f"Unknown code {HOSTILE}")
    _assert_clean(box.text())
    box.close()


def test_a_huge_echo_is_shortened_and_a_name_in_any_script_kept(qtbot: QtBot) -> None:
    _host, errors, _code = _form(qtbot)

    errors.show(ValidationError("code", "No member has the code " + "9" * 50_000))
    assert len(errors.message("code")) <= 600
    assert errors.message("code").endswith("…")

    errors.show(ValidationError("code", "王小明 · محمد · José Ñúñez is already a member."))
    assert errors.message("code") == "王小明 · محمد · José Ñúñez is already a member."

""" "Check in anyway…": a small dialog that asks why, because an override is recorded with a reason.

The reason is required (the service refuses an override without one, and the audit log keeps
it with the receptionist's name). Enter confirms, Esc cancels; an empty reason gets its message
next to the field and the dialog stays open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fitmate_desktop.gui.style import icon, icon_pixmap, repolish, set_role, tone_colors

MAX_REASON = 500


class OverrideDialog(QDialog):
    """Asks for the reason to let a refused member in; ``reason()`` after ``exec()``."""

    def __init__(
        self, member_name: str, refusals: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check in anyway")
        self.setModal(True)
        self.setMinimumWidth(480)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)

        title = QLabel(f"Check {member_name} in anyway?", self)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        set_role(title, "h2")
        layout.addWidget(title)

        if refusals:
            why = QLabel("They were refused because:", self)
            set_role(why, "muted")
            layout.addWidget(why)
            fg = tone_colors("bad")[1]
            for text in refusals:
                row = QHBoxLayout()
                row.setSpacing(8)
                glyph = QLabel(self)
                glyph.setPixmap(icon_pixmap("verdict-red", 16, color=fg))
                glyph.setFixedSize(16, 16)
                words = QLabel(text, self)
                words.setWordWrap(True)
                words.setTextFormat(Qt.TextFormat.PlainText)
                words.setStyleSheet(f"color: {fg.name()}; font-weight: 600;")
                row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(words, 1)
                layout.addLayout(row)

        layout.addSpacing(4)
        label = QLabel("&Reason (required — it is recorded with your name)", self)
        layout.addWidget(label)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setProperty("field", True)
        self.reason_edit.setMaxLength(MAX_REASON)
        self.reason_edit.setPlaceholderText("e.g. Paid by bank transfer this morning")
        self.reason_edit.setAccessibleName("Reason")
        label.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit)
        self.error_label = QLabel(self)
        set_role(self.error_label, "fieldError")
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(icon("verdict-override"), "Check in anyway", self)
        self.confirm_button.setProperty("primary", True)
        self.confirm_button.setDefault(True)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.reason_edit.textEdited.connect(self._clear_error)

    def reason(self) -> str:
        """The reason typed, trimmed."""
        return " ".join(self.reason_edit.text().split())

    def accept(self) -> None:
        if not self.reason():
            self.error_label.setText("Give a reason: it is recorded with the check-in.")
            self.error_label.setVisible(True)
            self._set_invalid(True)
            self.reason_edit.setFocus()
            return
        super().accept()

    def _clear_error(self, _text: str) -> None:
        if self.error_label.isVisible():
            self.error_label.setVisible(False)
            self._set_invalid(False)

    def _set_invalid(self, invalid: bool) -> None:
        self.reason_edit.setProperty("invalid", invalid)
        repolish(self.reason_edit)

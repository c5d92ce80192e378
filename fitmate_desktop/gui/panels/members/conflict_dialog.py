"""Two desks edited the same member: both versions side by side, the person chooses.

Each field is one row: the field, your value, their value. Rows that differ are highlighted
(a tinted band and a "≠" mark, so it reads without colour too), say who changed the field
since the form was opened, and carry a choice per side. The choice starts on the side that
changed it: a field only the other desk changed keeps their value, a field only you changed
keeps yours, and where both changed it yours is picked and the row says "both changed". So
the default is a merge that loses neither desk's work. The ways out, none of which overwrites
silently:

- **Save as chosen** (Enter): save the chosen values on top of their version; the next desk
  to save over them is told in turn.
- **Use mine**: every field as you typed it, saved on top of their version.
- **Keep theirs**: load their version into the form; nothing of yours is saved.
- **Back** (Esc): return to the form; nothing changes (saving again shows this again).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fitmate_desktop.gui.style import font_with, icon_pixmap, set_role, tone_colors
from fitmate_desktop.services.member_records import MemberForm, form_of
from fitmate_desktop.services.members import MemberDetail

FIELDS: tuple[tuple[str, str], ...] = (
    ("full_name", "Name"),
    ("email", "Email"),
    ("phone", "Phone"),
    ("date_of_birth", "Date of birth"),
    ("gender", "Gender"),
    ("address", "Address"),
    ("emergency_contact_name", "Emergency contact"),
    ("emergency_contact_phone", "Emergency phone"),
    ("health_conditions", "Health conditions"),
    ("health_flagged", "Flagged for the desk"),
    ("fitness_goal", "Goal"),
    ("trainer_id", "Trainer"),
    ("notes", "Notes"),
)


def _norm(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


class _Choice(QFrame):
    """One side of a differing row: a radio button and the value; a click anywhere picks it."""

    def __init__(self, text: str, side: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("conflictChoice")
        self.setProperty("side", side)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(8)
        self.radio = QRadioButton(self)
        self.radio.setAccessibleName(f"Keep {side} value")
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.label.installEventFilter(self)

    def mousePressEvent(self, event: object) -> None:  # type: ignore[override]
        self.radio.setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.MouseButtonPress:
            self.radio.setChecked(True)
            return True
        return super().eventFilter(watched, event)


class ConflictDialog(QDialog):
    """Your version and theirs, field by field; see the module docstring.

    ``sig_keep_theirs()`` or ``sig_save(MemberForm)`` (the chosen values) before it closes.
    """

    sig_keep_theirs = Signal()
    sig_save = Signal(object)

    def __init__(
        self,
        *,
        mine: MemberForm,
        theirs_detail: MemberDetail,
        describe: Callable[[str, object], str],
        base: MemberForm | None = None,
        photo_changed: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.mine = mine
        self.theirs_detail = theirs_detail
        self.theirs = form_of(theirs_detail)
        # What the form was opened with: tells who changed what (None: no way to know).
        self.base = base
        self._describe = describe
        self._groups: dict[str, QButtonGroup] = {}
        self._mine_radio: dict[str, QRadioButton] = {}
        self._theirs_radio: dict[str, QRadioButton] = {}
        self.setWindowTitle("Someone else changed this member")
        self.setMinimumSize(760, 520)
        self.setStyleSheet(self._style())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(12)
        glyph = QLabel(self)
        glyph.setPixmap(icon_pixmap("warning", 32, color=tone_colors("warn")[1]))
        header.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        title = QLabel(f"Another desk changed {theirs_detail.full_name} while you were editing")
        title.setWordWrap(True)
        set_role(title, "h2")
        words.addWidget(title)
        differing = self.differing_fields()
        count = len(differing)
        lead = QLabel(
            "Nothing has been saved or overwritten. "
            + (
                f"{count} field{'s differ' if count != 1 else ' differs'} (highlighted): "
                "choose which value to keep in each."
                if count
                else "Your values are the same as theirs."
            )
        )
        lead.setWordWrap(True)
        set_role(lead, "muted")
        words.addWidget(lead)
        header.addLayout(words, 1)
        layout.addLayout(header)

        grid_host = QWidget(self)
        grid_host.setObjectName("conflictGrid")
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        bold = font_with(self.font(), bold=True)
        small = font_with(self.font(), point_delta=-1)
        for column, text in enumerate(("", "Field", "Your version", "Their version (saved)")):
            head = QLabel(text, grid_host)
            head.setFont(bold)
            grid.addWidget(head, 0, column)
        row = 1
        for field, caption in FIELDS:
            mine_value = getattr(mine, field)
            theirs_value = getattr(self.theirs, field)
            differs = _norm(mine_value) != _norm(theirs_value)
            mark = QLabel("≠" if differs else "", grid_host)
            mark.setFont(bold)
            mark.setToolTip("The versions differ" if differs else "")
            name_box = QWidget(grid_host)
            name_layout = QVBoxLayout(name_box)
            name_layout.setContentsMargins(0, 4, 0, 4)
            name_layout.setSpacing(0)
            name = QLabel(caption, name_box)
            name_layout.addWidget(name)
            if differs:
                name.setFont(bold)
                who = QLabel(self.changed_by(field), name_box)
                who.setFont(small)
                set_role(who, "muted")
                name_layout.addWidget(who)
            else:
                set_role(name, "muted")
            grid.addWidget(mark, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name_box, row, 1, Qt.AlignmentFlag.AlignTop)
            if differs:
                mine_cell = _Choice(describe(field, mine_value), "yours", grid_host)
                theirs_cell = _Choice(describe(field, theirs_value), "theirs", grid_host)
                group = QButtonGroup(self)
                group.addButton(mine_cell.radio)
                group.addButton(theirs_cell.radio)
                if self.default_side(field) == "theirs":
                    theirs_cell.radio.setChecked(True)
                else:
                    mine_cell.radio.setChecked(True)
                group.buttonToggled.connect(lambda *_a: self._update_buttons())
                self._groups[field] = group
                self._mine_radio[field] = mine_cell.radio
                self._theirs_radio[field] = theirs_cell.radio
                grid.addWidget(mine_cell, row, 2)
                grid.addWidget(theirs_cell, row, 3)
            else:
                for column, value in ((2, mine_value), (3, theirs_value)):
                    same = QLabel(describe(field, value), grid_host)
                    same.setWordWrap(True)
                    same.setTextFormat(Qt.TextFormat.PlainText)
                    same.setContentsMargins(8, 4, 8, 4)
                    set_role(same, "muted")
                    grid.addWidget(same, row, column, Qt.AlignmentFlag.AlignTop)
            row += 1
        if photo_changed:
            note = QLabel("You also chose a new photo; it is saved with your choices.", grid_host)
            set_role(note, "muted")
            grid.addWidget(note, row, 1, 1, 3)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(0, 14)

        scroll = QScrollArea(self)
        scroll.setWidget(grid_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.back_button = QPushButton("Back to the form", self)
        self.back_button.setToolTip("Return to your edits; nothing is saved (Esc)")
        self.keep_theirs_button = QPushButton("&Keep theirs", self)
        self.keep_theirs_button.setToolTip("Load their version into the form; yours is dropped")
        self.use_mine_button = QPushButton("&Use mine", self)
        self.use_mine_button.setToolTip("Save every field as you typed it, on top of their version")
        self.save_button = QPushButton("&Save as chosen", self)
        self.save_button.setProperty("primary", True)
        self.save_button.setToolTip("Save the value chosen in each highlighted row (Enter)")
        for button in (
            self.back_button,
            self.keep_theirs_button,
            self.use_mine_button,
            self.save_button,
        ):
            button.setAutoDefault(False)
        self.save_button.setDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_theirs_button)
        buttons.addWidget(self.use_mine_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

        self.back_button.clicked.connect(self.reject)
        self.keep_theirs_button.clicked.connect(self._keep_theirs)
        self.use_mine_button.clicked.connect(self.use_mine)
        self.save_button.clicked.connect(self._save)
        self._update_buttons()
        self.save_button.setFocus()
        self._fit(grid_host)

    @staticmethod
    def _style() -> str:
        bg, fg = tone_colors("warn")
        return (
            f"QFrame#conflictChoice {{ background: {bg.name()}; border: 1px solid "
            f"rgba({fg.red()}, {fg.green()}, {fg.blue()}, 90); border-radius: 6px; }}"
            f"QFrame#conflictChoice QLabel {{ color: {fg.name()}; background: transparent; }}"
        )

    def _fit(self, grid_host: QWidget) -> None:
        """As tall as the comparison needs (no scrolling if it fits on the screen)."""
        screen = self.screen()
        room = screen.availableGeometry().height() - 80 if screen is not None else 900
        wanted = grid_host.sizeHint().height() + 190
        self.resize(max(self.minimumWidth(), 820), max(self.minimumHeight(), min(wanted, room)))

    # -- the choice ----------------------------------------------------------------------------

    def changed_by(self, field: str) -> str:
        """Who changed a field since the form was opened: you, they, or both."""
        if self.base is None:
            return "changed"
        original = _norm(getattr(self.base, field))
        mine = _norm(getattr(self.mine, field)) != original
        theirs = _norm(getattr(self.theirs, field)) != original
        if mine and theirs:
            return "both changed"
        if theirs:
            return "changed by them"
        return "changed by you"

    def default_side(self, field: str) -> str:
        """The side a differing row starts on: whoever changed it (you, if both did)."""
        return "theirs" if self.changed_by(field) == "changed by them" else "mine"

    def differing_fields(self) -> list[str]:
        """The fields whose values differ between the two versions."""
        return [
            field
            for field, _caption in FIELDS
            if _norm(getattr(self.mine, field)) != _norm(getattr(self.theirs, field))
        ]

    def choose(self, field: str, side: str) -> None:
        """Pick ``mine`` or ``theirs`` for a differing field (tests, keyboard)."""
        radio = (self._mine_radio if side == "mine" else self._theirs_radio)[field]
        radio.setChecked(True)

    def chosen(self) -> MemberForm:
        """The form made of the chosen values (theirs where nothing differs)."""
        values = {field: getattr(self.theirs, field) for field, _caption in FIELDS}
        for field in self._groups:
            if self._mine_radio[field].isChecked():
                values[field] = getattr(self.mine, field)
        return dataclasses.replace(self.theirs, **values)

    def _update_buttons(self) -> None:
        theirs = sum(radio.isChecked() for radio in self._theirs_radio.values())
        mine = len(self._groups) - theirs
        self.save_button.setToolTip(
            f"Save: {mine} of your values and {theirs} of theirs, on top of their version (Enter)"
        )

    def use_mine(self) -> None:
        """Every field as you typed it, saved on top of their version."""
        for radio in self._mine_radio.values():
            radio.setChecked(True)
        self._save()

    def _keep_theirs(self) -> None:
        self.sig_keep_theirs.emit()
        self.accept()

    def _save(self) -> None:
        self.sig_save.emit(self.chosen())
        self.accept()

"""Register a member in under a minute, or edit one: the member form dialog.

One form for both. Tab follows reading order (the person's details down the left column, then
photo, health, goal, trainer and notes on the right); Enter saves from any one-line field;
Esc closes. Every field the service refuses gets its message under it at once (the service
checks them all and answers with one ``ValidationErrors``), the first wrong field takes the
focus, and the form keeps everything typed. A date that is not a date is caught here and shown
together with the service's other checks, before anything is sent.

Editing uses optimistic locking: the form sends the version it was loaded with. If another
desk saved the member meanwhile, the service refuses with their version, and the
``ConflictDialog`` shows both side by side; nothing is overwritten without the person
choosing.

After registering, the dialog offers the next steps: sell a membership, print the card.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from pathlib import Path

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QShowEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS
from fitmate_desktop.gui.forms.ui_member_form_dialog import Ui_MemberFormDialog
from fitmate_desktop.gui.panels.members.conflict_dialog import ConflictDialog
from fitmate_desktop.gui.panels.members.typed_dates import date_format, parse_date
from fitmate_desktop.gui.style import icon, icon_pixmap, set_role, tone_colors
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.avatar import avatar_pixmap
from fitmate_desktop.gui.widgets.form_support import FieldErrors
from fitmate_desktop.gui.widgets.pdf_view import DocumentRunner
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import member_records, trainers
from fitmate_desktop.services import members as members_service
from fitmate_desktop.services.errors import Conflict, ValidationError, ValidationErrors
from fitmate_desktop.services.member_records import MemberForm
from fitmate_desktop.services.members import MemberDetail
from fitmate_desktop.services.trainers import TrainerChoice

log = logging.getLogger(__name__)

PHOTO_PX = 88
GENDERS: tuple[tuple[str, str], ...] = (
    ("", "Not given"),
    ("female", "Female"),
    ("male", "Male"),
    ("other", "Other"),
    ("undisclosed", "Prefer not to say"),
)
GENDER_LABELS = dict(GENDERS)
NO_TRAINER = "No personal trainer"
PICTURE_FILTER = "Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.heic);;All files (*)"


# --------------------------------------------------------------------------- the dialog


class MemberFormDialog(QDialog):
    """The register / edit form. ``member`` None registers a new member.

    Signals: ``sig_saved(MemberDetail)`` after each successful save; ``sig_sell(member_id)``
    when "Sell a membership" is chosen after registering.
    """

    sig_saved = Signal(object)
    sig_sell = Signal(int)

    def __init__(
        self,
        context: GuiContext,
        *,
        member: MemberDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberFormDialog()
        self.ui.setupUi(self)
        self.context = context
        self.fmt = context.formatter
        self.member = member
        self.expected_version = member.version if member is not None else 0
        self.photo_file: str | None = None
        self._photo_loaded = False
        self.saved: MemberDetail | None = None
        self.state = "editing"  # editing | saving | done
        self.conflict_dialog: ConflictDialog | None = None
        self._trainers: list[TrainerChoice] = []
        ui = self.ui

        ui.pages.setCurrentWidget(ui.formPage)
        ui.photoButton.setIcon(icon("photo"))
        self._setup_fields()

        self.errors = FieldErrors(ui.formError)
        for field, label, widget in (
            ("full_name", ui.nameError, ui.nameEdit),
            ("email", ui.emailError, ui.emailEdit),
            ("phone", ui.phoneError, ui.phoneEdit),
            ("date_of_birth", ui.birthError, ui.birthEdit),
            ("gender", ui.genderError, ui.genderCombo),
            ("address", ui.addressError, ui.addressEdit),
            ("emergency_contact_name", ui.emergencyNameError, ui.emergencyNameEdit),
            ("emergency_contact_phone", ui.emergencyPhoneError, ui.emergencyPhoneEdit),
            ("photo", ui.photoError, ui.photoButton),
            ("health_conditions", ui.healthError, ui.healthEdit),
            ("fitness_goal", ui.goalError, ui.goalEdit),
            ("trainer_id", ui.trainerError, ui.trainerCombo),
            ("notes", ui.notesError, ui.notesEdit),
        ):
            self.errors.bind(field, label, widget)

        # Enter saves from any one-line field: only Save takes Enter (see QDialog autoDefault).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        ui.saveButton.setDefault(True)
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.photoButton.clicked.connect(self._choose_photo)
        ui.sellButton.clicked.connect(self._sell)
        ui.cardButton.clicked.connect(self.print_card)
        ui.sellButton.setIcon(icon("plans"))
        ui.cardButton.setIcon(icon("print"))
        # The multi-line fields keep Enter for new lines; Ctrl+Enter saves from anywhere.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_card)

        self.documents = DocumentRunner(self)
        self.documents.sig_report.connect(self._report)
        self._status = QLabel(ui.donePage)
        self._status.setWordWrap(True)
        self._status.setVisible(False)
        ui.doneLayout.insertWidget(ui.doneLayout.count() - 1, self._status)

        if member is None:
            self.setWindowTitle("New member")
            ui.titleLabel.setText("New member")
            ui.codeLabel.setText("The member code is given when you save")
            ui.saveButton.setText("&Register")
            self._show_photo(None)
        else:
            self.setWindowTitle(f"Edit {member.full_name}")
            ui.titleLabel.setText(f"Edit {member.full_name}")
            ui.codeLabel.setText(member.member_code)
            ui.saveButton.setText("&Save changes")
            self.fill(member_records.form_of(member))
            self._show_photo(None)
            if member.has_photo:
                self._load_photo(member.id)
        self._load_trainers()
        self.setMinimumWidth(900)
        self._sized = False
        ui.nameEdit.setFocus()

    # -- fields --------------------------------------------------------------------------------

    def _setup_fields(self) -> None:
        ui = self.ui
        for value, text in GENDERS:
            ui.genderCombo.addItem(text, value)
        pattern = date_format(self.fmt.locale)
        ui.birthEdit.setPlaceholderText(pattern.lower())
        ui.birthEdit.setMaximumWidth(150)
        ui.birthEdit.textChanged.connect(self._birth_hint)
        ui.nameEdit.textChanged.connect(self._name_changed)
        ui.trainerCombo.addItem("Loading trainers…", None)
        ui.trainerCombo.setEnabled(False)
        ui.healthFlagCheck.setToolTip(
            "The check-in screen shows the condition to whoever is at the desk."
        )

    def _name_changed(self, _text: str) -> None:
        # Until a photo is chosen, the preview shows the initials of the name being typed.
        if self.photo_file is None and not self._photo_loaded:
            self._show_photo(None)

    def _birth_hint(self, text: str) -> None:
        hint = self.ui.birthHint
        try:
            born = parse_date(text, self.fmt.locale)
        except ValueError:
            hint.setText("")
            return
        if born is None or born > self.fmt.today():
            hint.setText("")
            return
        hint.setText(f"{self.fmt.date(born)} · age {self.fmt.age(born)}")

    def fill(self, form: MemberForm) -> None:
        """Put ``form``'s values into the fields (edit, or "Keep theirs")."""
        ui = self.ui
        ui.nameEdit.setText(form.full_name)
        ui.emailEdit.setText(form.email)
        ui.phoneEdit.setText(form.phone)
        born = form.date_of_birth
        ui.birthEdit.setText(
            self.fmt.locale.toString(
                QDate(born.year, born.month, born.day), date_format(self.fmt.locale)
            )
            if born
            else ""
        )
        index = ui.genderCombo.findData(form.gender or "")
        ui.genderCombo.setCurrentIndex(max(0, index))
        ui.addressEdit.setText(form.address)
        ui.emergencyNameEdit.setText(form.emergency_contact_name)
        ui.emergencyPhoneEdit.setText(form.emergency_contact_phone)
        ui.healthEdit.setPlainText(form.health_conditions)
        ui.healthFlagCheck.setChecked(form.health_flagged)
        ui.goalEdit.setText(form.fitness_goal)
        ui.notesEdit.setPlainText(form.notes)
        self._select_trainer(form.trainer_id)

    def form(self) -> MemberForm:
        """The form as typed; ValidationError for a date that is not a date."""
        form, date_error = self._read_form()
        if date_error is not None:
            raise date_error
        return form

    def _read_form(self) -> tuple[MemberForm, ValidationError | None]:
        """The form as typed (an unreadable date left out) and the date's error, if any."""
        ui = self.ui
        date_error: ValidationError | None = None
        try:
            born = parse_date(ui.birthEdit.text(), self.fmt.locale)
        except ValueError:
            example = self.fmt.locale.toString(QDate(1990, 6, 24), date_format(self.fmt.locale))
            date_error = ValidationError(
                "date_of_birth", f"Type the date like {example} (day, month, year)."
            )
            born = None
        trainer = self.selected_trainer()
        if not ui.trainerCombo.isEnabled() and self.member is not None:
            trainer = self.member.trainer_id  # trainers not loaded: keep whoever it was
        form = MemberForm(
            full_name=ui.nameEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            date_of_birth=born,
            gender=str(ui.genderCombo.currentData() or ""),
            address=ui.addressEdit.text().strip(),
            emergency_contact_name=ui.emergencyNameEdit.text().strip(),
            emergency_contact_phone=ui.emergencyPhoneEdit.text().strip(),
            health_conditions=ui.healthEdit.toPlainText().strip(),
            health_flagged=ui.healthFlagCheck.isChecked(),
            fitness_goal=ui.goalEdit.text().strip(),
            trainer_id=trainer,
            notes=ui.notesEdit.toPlainText().strip(),
        )
        return form, date_error

    # -- trainers --------------------------------------------------------------------------------

    def _load_trainers(self) -> None:
        actor = self.context.actor
        run_in_background(
            lambda: trainers.list_trainers(actor=actor),
            on_done=self._show_trainers,
            on_error=self._trainers_failed,
            parent=self,
        )

    def _show_trainers(self, choices: tuple[TrainerChoice, ...]) -> None:
        combo = self.ui.trainerCombo
        wanted = self.selected_trainer()
        if wanted is None and self.member is not None:
            wanted = self.member.trainer_id
        self._trainers = list(choices)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(NO_TRAINER, None)
        for choice in choices:
            # Qt gotcha: a Python object as item data is compared by identity in findData();
            # the id as text compares by value (two UUID objects of one trainer are equal).
            combo.addItem(choice.name, str(choice.id))
        combo.blockSignals(False)
        combo.setEnabled(True)
        self._select_trainer(wanted)

    def _trainers_failed(self, err: BaseException) -> None:
        log.info("Trainers could not be loaded: %s", err)
        combo = self.ui.trainerCombo
        combo.clear()
        combo.addItem("Trainers could not be loaded — the trainer is kept", None)
        combo.setEnabled(False)

    def _select_trainer(self, trainer_id: uuid.UUID | None) -> None:
        combo = self.ui.trainerCombo
        if not combo.isEnabled():
            return
        index = combo.findData(str(trainer_id)) if trainer_id is not None else 0
        if index < 0 and trainer_id is not None:
            # Assigned to someone no longer on the list: keep them, said plainly, rather than
            # dropping the assignment because of how the list is made.
            name = self.trainer_name(trainer_id) or "A former trainer"
            combo.addItem(f"{name} (no longer working here)", str(trainer_id))
            index = combo.count() - 1
        combo.setCurrentIndex(max(0, index))

    def selected_trainer(self) -> uuid.UUID | None:
        """The trainer chosen in the combo (None: no personal trainer, or not loaded)."""
        combo = self.ui.trainerCombo
        data = combo.currentData() if combo.isEnabled() else None
        return uuid.UUID(data) if isinstance(data, str) and data else None

    def trainer_name(self, trainer_id: uuid.UUID | None) -> str | None:
        """The name of a trainer id, from the list or the member as loaded."""
        if trainer_id is None:
            return None
        for choice in self._trainers:
            if choice.id == trainer_id:
                return choice.name
        if self.member is not None and self.member.trainer_id == trainer_id:
            return self.member.trainer_name
        if self.conflict_dialog is not None:
            theirs = self.conflict_dialog.theirs_detail
            if theirs.trainer_id == trainer_id:
                return theirs.trainer_name
        return None

    # -- photo -----------------------------------------------------------------------------------

    def _show_photo(self, photo: QPixmap | None) -> None:
        name = self.ui.nameEdit.text().strip() or (self.member.full_name if self.member else "")
        self.ui.photoPreview.setPixmap(avatar_pixmap(name or "?", PHOTO_PX, photo=photo))

    def _load_photo(self, member_id: int) -> None:
        actor = self.context.actor

        def show(data: bytes | None) -> None:
            if data and self.photo_file is None:
                pixmap = QPixmap()
                if pixmap.loadFromData(data):
                    self._photo_loaded = True
                    self._show_photo(pixmap)

        run_in_background(
            lambda: members_service.member_photo(actor=actor, member_id=member_id),
            on_done=show,
            on_error=lambda err: log.info("No photo for member %s: %s", member_id, err),
            parent=self,
        )

    def _choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, "Choose the member's photo", str(Path.home()), PICTURE_FILTER
        )
        if path:
            self.set_photo_file(path)

    def set_photo_file(self, path: str) -> None:
        """Use the picture at ``path`` (it is uploaded with the next save)."""
        pixmap = QPixmap(path)
        if pixmap.isNull():
            self.errors.show_field("photo", "This file is not a picture FitMate can read.")
            return
        self.errors.clear_field("photo")
        self.photo_file = path
        self._show_photo(pixmap)
        self.ui.photoHint.setText(f"{Path(path).name} — saved with the member.")

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        """Register or save; errors go next to their fields, nothing typed is lost."""
        if self.state != "editing":
            return
        if self.ui.formError.property("role") != "formError":
            set_role(self.ui.formError, "formError")
        self.errors.clear()
        form, date_error = self._read_form()
        if date_error is not None:
            # Not sent: the date and whatever else is wrong are shown together now.
            others = member_records.form_errors(form, today=self.fmt.today())
            self.show_errors(ValidationErrors([date_error, *others]))
            return
        self._send(form, self.expected_version)

    def show_errors(self, err: BaseException) -> None:
        """Every field error at its field, the first wrong field focused; anything else in
        the form's error line."""
        if not isinstance(err, ValidationError):
            self.errors.show(err)
            return
        items = err.errors if isinstance(err, ValidationErrors) else (err,)
        # Focus follows the form's reading order, whatever order they came in.
        order = {name: i for i, name in enumerate(member_records.FIELD_ORDER)}
        items = tuple(sorted(items, key=lambda e: order.get(e.field, len(order))))
        focused = False
        shown = 0
        for item in items:
            field = self.errors.field_for(item.field)
            if field is None:
                self.errors.show_form(str(item))
                continue
            self.errors.show_field(field, str(item), focus=not focused)
            focused = True
            shown += 1
        if shown > 1 and not self.errors.form_message():
            self.errors.show_form(f"Check the {shown} fields marked below; nothing was saved.")

    def _send(self, form: MemberForm, version: int) -> None:
        self.state = "saving"
        self.ui.saveButton.setEnabled(False)
        actor, photo = self.context.actor, self.photo_file
        member = self.member
        if member is None:
            work = lambda: member_records.register_member(  # noqa: E731
                actor=actor, form=form, photo_file=photo
            )
        else:
            member_id = member.id
            work = lambda: member_records.update_member(  # noqa: E731
                actor=actor,
                member_id=member_id,
                expected_version=version,
                form=form,
                photo_file=photo,
            )
        run_in_background(
            work,
            on_done=self._saved,
            on_error=lambda err: self._failed(err, form),
            parent=self,
        )

    def _failed(self, err: BaseException, form: MemberForm) -> None:
        self.state = "editing"
        self.ui.saveButton.setEnabled(True)
        if isinstance(err, Conflict) and isinstance(err.current, MemberDetail):
            self._show_conflict(form, err.current)
            return
        self.show_errors(err)

    def _saved(self, detail: MemberDetail) -> None:
        self.saved = detail
        self.context.events.notify(MEMBERS)
        self.sig_saved.emit(detail)
        if self.member is not None:
            self.state = "done"
            self.accept()
            return
        self.state = "done"
        self._show_done(detail)

    def _show_done(self, detail: MemberDetail) -> None:
        ui = self.ui
        ui.doneIcon.setPixmap(icon_pixmap("verdict-green", 72, color=tone_colors("ok")[1]))
        ui.doneTitle.setText(f"{detail.full_name} is registered")
        ui.doneText.setText(
            f"Member code {detail.member_code}. Sell a membership now, or print the card "
            "with the code to scan at the door."
        )
        ui.titleLabel.setText(detail.full_name)
        ui.codeLabel.setText(detail.member_code)
        ui.pages.setCurrentWidget(ui.donePage)
        ui.saveButton.setVisible(False)
        ui.requiredHint.setVisible(False)
        ui.cancelButton.setText("Done")
        ui.cancelButton.setToolTip("Close (Esc)")
        can_sell = self.context.actor.can(Permission.MEMBERSHIPS_SELL)
        ui.sellButton.setVisible(can_sell)
        if can_sell:
            ui.sellButton.setDefault(True)
            ui.sellButton.setFocus()
        else:
            ui.cancelButton.setDefault(True)
            ui.cancelButton.setFocus()

    def _sell(self) -> None:
        if self.saved is not None:
            member_id = self.saved.id
            self.accept()
            self.sig_sell.emit(member_id)

    def print_card(self) -> None:
        """Print the new member's card (after registering)."""
        if self.saved is None:
            return
        actor, member_id = self.context.actor, self.saved.id
        self.documents.print(
            lambda: member_records.membership_card_pdf(actor=actor, member_id=member_id),
            f"card-{self.saved.member_code}",
        )

    def _report(self, tone: str, text: str) -> None:
        self._status.setText(text)
        fg = tone_colors(tone if tone in ("ok", "bad", "info") else "info")[1]
        self._status.setStyleSheet(f"color: {fg.name()};")
        self._status.setVisible(True)

    # -- conflicts -------------------------------------------------------------------------------

    def _show_conflict(self, mine: MemberForm, current: MemberDetail) -> None:
        dialog = ConflictDialog(
            mine=mine,
            theirs_detail=current,
            describe=self.describe,
            base=member_records.form_of(self.member) if self.member is not None else None,
            photo_changed=self.photo_file is not None,
            parent=self,
        )
        self.conflict_dialog = dialog
        dialog.sig_keep_theirs.connect(lambda: self._keep_theirs(current))
        dialog.sig_save.connect(lambda form: self._save_chosen(form, current))
        dialog.finished.connect(lambda _r: self.ui.nameEdit.setFocus())
        dialog.open()

    def _keep_theirs(self, current: MemberDetail) -> None:
        self.member = current
        self.expected_version = current.version
        self.photo_file = None
        self._photo_loaded = False
        self.fill(member_records.form_of(current))
        self.ui.photoHint.setText("JPEG or PNG; resized to fit the card.")
        self._show_photo(None)
        if current.has_photo:
            self._load_photo(current.id)
        set_role(self.ui.formError, "muted")
        self.errors.show_form(
            "The other desk's version is loaded. Nothing of yours was saved; edit again or close."
        )

    def _save_chosen(self, form: MemberForm, current: MemberDetail) -> None:
        # The chosen values are saved on top of the version the person has now seen.
        self.member = current
        self.expected_version = current.version
        self.fill(form)
        set_role(self.ui.formError, "formError")
        self.errors.clear()
        self._send(form, current.version)

    def describe(self, field: str, value: object) -> str:
        """A field's value in words for the comparison (gender labels, trainer names…)."""
        if value is None or value == "":
            return "—"
        if field == "gender":
            return GENDER_LABELS.get(str(value), str(value))
        if field == "health_flagged":
            return "Yes" if value else "No"
        if field == "date_of_birth" and isinstance(value, dt.date):
            return self.fmt.date(value)
        if field == "trainer_id" and isinstance(value, uuid.UUID):
            return self.trainer_name(value) or "Another trainer"
        return str(value)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # Qt gotcha: before the first show the hidden error rows still count in the size
            # hint, which opens the dialog with an empty band at the bottom. Once shown, take
            # the height the visible rows need; an error row appearing grows it again.
            self._sized = True
            QTimer.singleShot(0, self._fit_height)

    def _fit_height(self) -> None:
        self.resize(self.width(), self.minimumSizeHint().height() + 24)

    def reject(self) -> None:
        if self.state == "saving":
            return  # the answer is on its way; closing now would hide whether it saved
        super().reject()

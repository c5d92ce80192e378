"""Two-step sign-in enrolment for admins: QR code and key, a code to confirm, recovery codes.

Enrolment is only finished by ``twofactor.confirm_enrolment`` with a correct code: until
then nothing is stored, and leaving the page keeps any earlier enrolment as it was. The ten
recovery codes come back from that call and are shown once, on ``RecoveryCodesPage``, which
offers copy, print and save-to-file and lets the person continue only after they say they
saved them.

Used by the sign-in window (first sign-in of an admin) and by My account ("Replace two-step
sign-in"), which shows the same two pages in a dialog.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap, QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from fitmate_desktop.gui.forms.ui_recovery_codes import Ui_RecoveryCodesPage
from fitmate_desktop.gui.forms.ui_two_factor_enrol import Ui_TwoFactorEnrolPage
from fitmate_desktop.gui.panels.identity.step import StepPage
from fitmate_desktop.gui.style import icon, icon_pixmap, muted_text_color
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import FieldErrors, user_message
from fitmate_desktop.gui.widgets.look import group_in_fours, monospace_font

if TYPE_CHECKING:
    from fitmate_desktop.services.actor import Actor
    from fitmate_desktop.services.twofactor import Enrolment, EnrolmentDone

CODE_MISSING = "Type the 6-digit code your authenticator app shows."
CODE_SHAPE = "The code has 6 digits, like 123 456."


def _digits(text: str) -> str:
    return "".join(text.split())


class EnrolmentPage(StepPage):
    """The QR code, the key in groups of four, and the code field that confirms it.

    ``start(actor)`` asks the service for a new key; ``sig_enrolled(EnrolmentDone)`` once a
    correct code confirmed it; ``sig_back`` when the person leaves (Esc, Back).
    """

    sig_enrolled = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, replacing: bool = False) -> None:
        super().__init__(parent)
        self.ui = Ui_TwoFactorEnrolPage()
        self.ui.setupUi(self)
        self._replacing = replacing
        self._actor: Actor | None = None
        self._secret = ""
        self._task = LatestOnly(self)
        ui = self.ui
        self._setup_step(
            busy_row=ui.busyRow,
            busy_label=ui.busyLabel,
            back_button=ui.backButton,
            inputs=(ui.codeEdit,),
        )
        self.errors = FieldErrors(ui.formError)
        self.errors.bind("code", ui.codeError, ui.codeEdit)
        ui.titleLabel.setText(
            "Replace two-step sign-in" if replacing else "Set up two-step sign-in"
        )
        ui.introLabel.setText(
            "Scan this code with the authenticator app on your phone, then type the "
            "6-digit code it shows. Your current code keeps working until you confirm."
            if replacing
            else "Admin accounts sign in with a second step. Scan this code with an "
            "authenticator app on your phone, then type the 6-digit code it shows."
        )
        if replacing:
            ui.backButton.setText("Cancel")
        ui.secretLabel.setFont(monospace_font(12))
        ui.copySecretButton.setIcon(icon("copy"))
        ui.copySecretButton.clicked.connect(self._copy_secret)
        ui.confirmButton.clicked.connect(self.submit)
        ui.codeEdit.setFont(monospace_font(13))

    # -- flow ------------------------------------------------------------------------------------

    def start(self, actor: Actor) -> None:
        """Ask for a new key (on a worker) and show it."""
        self._actor = actor
        self._secret = ""
        ui = self.ui
        ui.accountLabel.setText(actor.email)
        ui.codeEdit.clear()
        ui.secretLabel.clear()
        self.errors.clear()
        ui.qrLabel.setPixmap(QPixmap())
        ui.qrLabel.setText("Preparing the code…")
        ui.confirmButton.setEnabled(False)
        ui.copySecretButton.setEnabled(False)
        self.set_busy(True, "Preparing the code…")

        def work() -> Enrolment:
            from fitmate_desktop.services.twofactor import start_enrolment

            return start_enrolment(actor=actor)

        self._task.run(work, on_done=self._show_enrolment, on_error=self._start_failed)

    def _show_enrolment(self, enrolment: Enrolment) -> None:
        self.set_busy(False)
        self._secret = enrolment.secret
        ui = self.ui
        pixmap = QPixmap()
        pixmap.loadFromData(enrolment.qr_png, "PNG")
        if not pixmap.isNull():
            ui.qrLabel.setPixmap(_crisp_qr(pixmap, ui.qrLabel.maximumWidth() - 12))
        else:
            ui.qrLabel.setText("Type the key below into your app.")
        ui.qrLabel.setToolTip(enrolment.uri)
        ui.secretLabel.setText(_key_lines(enrolment.secret))
        ui.confirmButton.setEnabled(True)
        ui.copySecretButton.setEnabled(True)
        ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _start_failed(self, err: BaseException) -> None:
        self.set_busy(False)
        self.ui.qrLabel.setPixmap(icon_pixmap("shield-alert", 48, color=muted_text_color()))
        # A "code" error here is about the desk (no secret key), not about anything typed.
        self.errors.show_form(user_message(err))

    def submit(self) -> None:
        """Confirm the code; enrolment is stored only if it is right."""
        if self.busy or self._actor is None or not self._secret:
            return
        code = _digits(self.ui.codeEdit.text())
        self.errors.clear()
        if not code:
            self.errors.show_field("code", CODE_MISSING)
            return
        if len(code) != 6 or not code.isdigit():
            self.errors.show_field("code", CODE_SHAPE)
            return
        actor, secret = self._actor, self._secret
        self.set_busy(True, "Checking the code…")

        def work() -> EnrolmentDone:
            from fitmate_desktop.services.twofactor import confirm_enrolment

            return confirm_enrolment(actor=actor, secret=secret, code=code)

        self._task.run(work, on_done=self._enrolled, on_error=self._failed)

    def _enrolled(self, done: EnrolmentDone) -> None:
        self.set_busy(False)
        self._secret = ""  # never kept after enrolment
        self.ui.secretLabel.clear()
        self.sig_enrolled.emit(done)

    def _failed(self, err: BaseException) -> None:
        self.set_busy(False)
        from fitmate_desktop.services.errors import AuthenticationFailed

        if isinstance(err, AuthenticationFailed):
            self.errors.show_field("code", str(err))
        else:
            self.errors.show(err)

    def go_back(self) -> None:
        """Leaving forgets the new key: nothing was stored."""
        if not self.busy:
            self._task.cancel()
            self._secret = ""
        super().go_back()

    def _copy_secret(self) -> None:
        if self._secret:
            QGuiApplication.clipboard().setText(self._secret)
            self.ui.copySecretButton.setText("Copied")

    # -- for tests -------------------------------------------------------------------------------

    @property
    def secret(self) -> str:
        """The key on screen without spaces ("" once enrolled or before it arrived)."""
        return self._secret

    def has_qr(self) -> bool:
        """True when a QR code is on screen."""
        pixmap = self.ui.qrLabel.pixmap()
        return pixmap is not None and not pixmap.isNull() and bool(self._secret)


def _key_lines(secret: str) -> str:
    """The key in groups of four, four groups a line: it fits the card and reads aloud."""
    groups = group_in_fours(secret).split()
    return "\n".join(" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


def _crisp_qr(pixmap: QPixmap, side: int) -> QPixmap:
    """The QR code at most ``side`` pixels wide, every module the same whole number of pixels.

    Scaling a QR code by an odd factor makes some modules a pixel wider than others (fast
    scaling) or grey at the edges (smooth scaling); phones read both worse. The PNG has square
    modules, so find the module size from the image and scale by a whole factor of it.
    """
    image = pixmap.toImage()
    width = image.width()
    # The first dark pixel on the diagonal is the corner of the top-left finder pattern; the
    # pattern's first ring is one module thick.
    start = next((i for i in range(width) if image.pixelColor(i, i).lightness() < 128), None)
    if start is None:
        return pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio)
    module = next(
        (i - start for i in range(start, width) if image.pixelColor(i, i).lightness() >= 128),
        0,
    )
    if module <= 0 or width % module:
        return pixmap.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    modules = width // module
    scale = max(1, side // modules)
    return pixmap.scaled(
        modules * scale,
        modules * scale,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.FastTransformation,
    )


class RecoveryCodesPage(StepPage):
    """The ten recovery codes, shown this once, with copy / print / save and a check box.

    ``sig_continue`` when the person confirmed they saved them and pressed Continue.
    """

    sig_continue = Signal()
    back_allowed = False  # the codes exist now; leaving would lose them unseen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryCodesPage()
        self.ui.setupUi(self)
        self._codes: tuple[str, ...] = ()
        self._account = ""
        self._gym = "FitMate"
        self._code_labels: list[QLabel] = []
        ui = self.ui
        self._setup_step(busy_row=None, busy_label=None, back_button=None)
        ui.titleLabel.setText("Save your recovery codes")
        ui.introLabel.setText(
            "If you lose your phone, each code lets you sign in once instead of the 6-digit "
            "code. They are shown only now: print them or save them somewhere safe, away "
            "from this desk."
        )
        ui.formError.setVisible(False)
        ui.copyButton.setIcon(icon("copy"))
        ui.printButton.setIcon(icon("print"))
        ui.saveButton.setIcon(icon("save"))
        ui.continueButton.setEnabled(False)
        ui.copyButton.clicked.connect(self.copy_codes)
        ui.printButton.clicked.connect(self._print)
        ui.saveButton.clicked.connect(self._save)
        ui.savedCheck.toggled.connect(ui.continueButton.setEnabled)
        ui.continueButton.clicked.connect(self.submit)
        ui.noticeLabel.setVisible(False)

    def show_codes(self, codes: tuple[str, ...], *, account: str, gym: str = "FitMate") -> None:
        """Lay the codes out in two columns, numbered, in a fixed-width face."""
        self._codes = tuple(codes)
        self._account = account
        self._gym = gym
        ui = self.ui
        ui.accountLabel.setText(account)
        for old in self._code_labels:
            old.deleteLater()
        self._code_labels = []
        grid = ui.codesGrid
        half = (len(codes) + 1) // 2
        for n, code in enumerate(codes):
            label = QLabel(f"{n + 1:>2}.  {code}", ui.codesFrame)
            label.setFont(monospace_font(12))
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, n % half, n // half)
            self._code_labels.append(label)
        ui.savedCheck.setChecked(False)
        ui.continueButton.setEnabled(False)
        ui.noticeLabel.setVisible(False)
        ui.copyButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_first(self) -> None:
        """Copy first: the quickest way to keep the codes."""
        self.ui.copyButton.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes on screen (tests read them)."""
        return self._codes

    def codes_text(self) -> str:
        """The codes as plain text, as copied, printed or saved."""
        when = dt.date.today().isoformat()
        lines = [
            f"FitMate recovery codes — {self._gym}",
            f"Account: {self._account}",
            f"Made: {when}",
            "",
            "Each code works once, instead of the 6-digit code from the app.",
            "",
        ]
        lines += [f"{n + 1:>2}. {code}" for n, code in enumerate(self._codes)]
        return "\n".join(lines) + "\n"

    def submit(self) -> None:
        """Continue, once the box is ticked."""
        if self.ui.savedCheck.isChecked():
            self.sig_continue.emit()
        else:
            self.ui.savedCheck.setFocus(Qt.FocusReason.OtherFocusReason)
            self._notice("Tick “I have saved these codes” first.")

    def copy_codes(self) -> None:
        """Copy every code to the clipboard."""
        QGuiApplication.clipboard().setText(self.codes_text())
        self._notice("Copied. Paste them into your password manager or a file you keep safe.")

    def save_codes_to(self, path: Path) -> None:
        """Write the codes to ``path`` (UTF-8 text)."""
        path.write_text(self.codes_text(), encoding="utf-8")
        self._notice(f"Saved to {path}.")

    def _save(self) -> None:
        suggested = Path.home() / "fitmate-recovery-codes.txt"
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save recovery codes", str(suggested), "Text files (*.txt)"
        )
        if not path:
            return
        try:
            self.save_codes_to(Path(path))
        except OSError as err:
            self._notice(f"Could not save the file: {err.strerror or err}.")

    def _print(self) -> None:
        # Imported here: printing support is only needed by the few who print.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print recovery codes")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setDefaultFont(monospace_font(12))
        document.setPlainText(self.codes_text())
        document.print_(printer)
        self._notice("Sent to the printer.")

    def _notice(self, text: str) -> None:
        self.ui.noticeLabel.setText(text)
        self.ui.noticeLabel.setVisible(True)

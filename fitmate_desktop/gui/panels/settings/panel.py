"""Settings: every setting of the gym in grouped cards, saved together or not at all.

Save asks the service about every field first (``settings.settings_problems``) and shows each
problem next to its field; nothing is saved while any is left. If another admin saved since
these values were read, the service refuses (``Conflict``): the form keeps what was typed and
offers to reload their values. Revert puts back the values as last read.

Keyboard: Ctrl+S saves, Tab walks the fields in reading order (left column, then right).
The form's error labels are named after the service's field names (``gym_nameError`` for
``ValidationError("gym_name", ...)``), so every message finds its place.
"""

from __future__ import annotations

import logging
import zoneinfo
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import SETTINGS
from fitmate_desktop.gui.forms.ui_settings_panel import Ui_SettingsPanel
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.style import icon, icon_pixmap, muted_text_color
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import FieldErrors, user_message
from fitmate_desktop.gui.widgets.look import (
    level_labels,
    mark_invalid,
    primary_icon,
    use_identity_style,
)
from fitmate_desktop.gui.widgets.notice import Notice
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import settings as settings_service
from fitmate_desktop.services.errors import Conflict, ValidationError
from fitmate_desktop.services.settings import BACKUP_SCHEDULES, NOTIFICATION_KEYS, GymSettings

log = logging.getLogger(__name__)

LOCALES = (
    "en_GB", "en_US", "en_IE", "pt_PT", "pt_BR", "es_ES", "fr_FR", "de_DE", "it_IT",
    "nl_NL", "pl_PL", "sv_SE", "da_DK", "nb_NO", "fi_FI", "cs_CZ", "el_GR", "ro_RO",
)  # fmt: skip
CURRENCIES = (
    "EUR", "USD", "GBP", "CHF", "PLN", "SEK", "NOK", "DKK", "CZK", "RON", "HUF",
    "BRL", "CAD", "AUD", "JPY", "INR",
)  # fmt: skip
SCHEDULE_TITLES = {"off": "Off", "daily": "Every day", "weekly": "Every week"}
TAX_RATE_WORDS = "Enter the tax rate in percent, like 23."
AMOUNT_WORDS = "Enter an amount like 50.00."


def _decimal(text: str) -> Decimal | None:
    """``23``, ``6,5`` or ``50.00`` -> Decimal; None if it is not a number."""
    cleaned = text.strip().replace(" ", "")
    if "," in cleaned and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


@register_panel(
    name="settings",
    title="Settings",
    icon="settings",
    permission=Permission.SETTINGS_MANAGE,
    order=910,
)
class SettingsPanel(Panel):
    """The gym's settings form; see the module docstring."""

    refresh_on = frozenset({SETTINGS})

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SettingsPanel()
        self.ui.setupUi(self)
        use_identity_style(self)
        self.actor = context.actor
        ui = self.ui
        self._loaded: GymSettings | None = None
        self._theirs: GymSettings | None = None  # what another admin saved (after a Conflict)
        self._filling = False
        self._load_task = LatestOnly(self)
        self._save_task = LatestOnly(self)
        self.notice = Notice(ui.noticeBar, ui.noticeBarIcon, ui.noticeBarLabel, ui.noticeBarButton)
        for card in (
            ui.gymCard,
            ui.regionCard,
            ui.moneyCard,
            ui.securityCard,
            ui.backupsCard,
            ui.notificationsCard,
        ):
            card.setProperty("card", True)
            card.setFrameShape(QFrame.Shape.NoFrame)

        self._checks: dict[str, QCheckBox] = {
            "trainee_arrived": ui.notifyTraineeArrived,
            "membership_expiring": ui.notifyMembershipExpiring,
            "maintenance_due": ui.notifyMaintenanceDue,
            "leave_requests": ui.notifyLeaveRequests,
        }
        assert set(self._checks) == set(NOTIFICATION_KEYS)
        self._fields: dict[str, QWidget] = {
            "gym_name": ui.gymNameEdit,
            "address": ui.addressEdit,
            "phone": ui.phoneEdit,
            "email": ui.emailEdit,
            "tax_id": ui.taxIdEdit,
            "logo_path": ui.logoPathEdit,
            "timezone": ui.timezoneCombo,
            "locale": ui.localeCombo,
            "currency": ui.currencyCombo,
            "tax_rate": ui.taxRateEdit,
            "receipt_footer": ui.receiptFooterEdit,
            "reception_refund_limit": ui.refundLimitEdit,
            "idle_minutes_admin": ui.idleAdminSpin,
            "idle_minutes_staff": ui.idleStaffSpin,
            "require_admin_2fa": ui.require2faCheck,
            "backup_dir": ui.backupDirEdit,
            "backup_schedule": ui.backupScheduleCombo,
            "notification_prefs": ui.notifyTraineeArrived,
        }
        self.errors = FieldErrors(ui.formError)
        for name, widget in self._fields.items():
            self.errors.bind(name, getattr(ui, f"{name}Error"), widget)
        boxes = ("timezone", "locale", "currency", "idle_minutes_admin", "idle_minutes_staff",
                 "backup_schedule", "require_admin_2fa", "notification_prefs")  # fmt: skip
        level_labels(*(getattr(ui, f"{name}Label") for name in self._fields if name not in boxes))
        level_labels(*(getattr(ui, f"{name}Label") for name in boxes), box=True)
        self._setup_choices()

        ui.saveButton.setIcon(primary_icon("save"))
        ui.revertButton.setIcon(icon("undo"))
        ui.browseLogoButton.setIcon(icon("image"))
        ui.browseBackupButton.setIcon(icon("folder"))
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.revert)
        ui.browseLogoButton.clicked.connect(self._choose_logo)
        ui.clearLogoButton.clicked.connect(lambda: ui.logoPathEdit.clear())
        ui.browseBackupButton.clicked.connect(self._choose_backup_dir)
        ui.logoPathEdit.textChanged.connect(self._show_logo)
        ui.currencyCombo.currentTextChanged.connect(
            lambda text: ui.refundLimitSuffix.setText(text.strip().upper() or "")
        )
        self._watch_changes()
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)

        self._update_dirty()
        self.load()

    # -- building --------------------------------------------------------------------------------

    def _setup_choices(self) -> None:
        ui = self.ui
        zones = sorted(zoneinfo.available_timezones())
        ui.timezoneCombo.addItems(zones)
        # Type any part of the name: "lisb" finds Europe/Lisbon.
        for combo in (ui.timezoneCombo, ui.localeCombo, ui.currencyCombo):
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            combo.setCompleter(completer)
        ui.localeCombo.addItems(LOCALES)
        for n, code in enumerate(LOCALES):
            ui.localeCombo.setItemData(n, _locale_name(code), Qt.ItemDataRole.ToolTipRole)
        ui.currencyCombo.addItems(CURRENCIES)
        for key in BACKUP_SCHEDULES:
            ui.backupScheduleCombo.addItem(SCHEDULE_TITLES.get(key, key.title()), key)

    def _watch_changes(self) -> None:
        for widget in self._fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self._update_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentTextChanged.connect(self._update_dirty)
            elif isinstance(widget, QSpinBox):
                widget.valueChanged.connect(self._update_dirty)
        for check in (self.ui.require2faCheck, *self._checks.values()):
            check.toggled.connect(self._update_dirty)

    # -- Panel -----------------------------------------------------------------------------------

    def focus_primary(self) -> None:
        """The first field."""
        self.ui.gymNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, kinds: frozenset[str]) -> None:
        """Settings were saved (here or at another desk): show them unless someone is editing."""
        if self._save_task.busy:
            return
        if not self.is_dirty():
            self.load()

    def connection_restored(self) -> None:
        """Retry the read if it failed while the database was away."""
        if self.ui.settingsState.state == "error":
            self.load()

    # -- reading ---------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the settings (on a worker) and show them."""
        actor = self.actor
        if self._loaded is None:
            self.ui.settingsState.show_loading("Loading settings…")
        self._load_task.run(
            lambda: settings_service.get_settings(actor=actor),
            on_done=self._on_loaded,
            on_error=self._load_failed,
        )

    def _on_loaded(self, settings: GymSettings) -> None:
        self.ui.settingsState.show_content()
        self._fill(settings)

    def _load_failed(self, err: BaseException) -> None:
        if self._loaded is None:
            self.ui.settingsState.show_error(
                "Couldn’t load the settings", user_message(err), retry=self.load
            )
        else:
            self.notice.show(f"Couldn’t read the settings again: {user_message(err)}", "bad")

    def _fill(self, s: GymSettings) -> None:
        """Put ``s`` in the form; it becomes the version Save compares with."""
        ui = self.ui
        self._filling = True
        try:
            ui.gymNameEdit.setText(s.gym_name)
            ui.addressEdit.setPlainText(s.address)
            ui.phoneEdit.setText(s.phone)
            ui.emailEdit.setText(s.email)
            ui.taxIdEdit.setText(s.tax_id)
            ui.logoPathEdit.setText(s.logo_path)
            ui.timezoneCombo.setCurrentText(s.timezone)
            ui.localeCombo.setCurrentText(s.locale)
            ui.currencyCombo.setCurrentText(s.currency)
            ui.taxRateEdit.setText(_plain_number(s.tax_rate))
            ui.receiptFooterEdit.setPlainText(s.receipt_footer)
            ui.refundLimitEdit.setText(f"{Decimal(s.reception_refund_limit):.2f}")
            ui.idleAdminSpin.setValue(int(s.idle_minutes_admin))
            ui.idleStaffSpin.setValue(int(s.idle_minutes_staff))
            ui.require2faCheck.setChecked(bool(s.require_admin_2fa))
            ui.backupDirEdit.setText(s.backup_dir)
            index = ui.backupScheduleCombo.findData(s.backup_schedule)
            ui.backupScheduleCombo.setCurrentIndex(max(0, index))
            for key, check in self._checks.items():
                check.setChecked(bool(s.notification_prefs.get(key, True)))
        finally:
            self._filling = False
        self._loaded = s
        self._show_logo(s.logo_path)
        self._clear_errors()
        self._update_dirty()

    def form_settings(self) -> tuple[GymSettings, dict[str, str]]:
        """The form as ``GymSettings`` and the problems found before asking the service.

        A number that does not parse keeps the last saved value in the dataclass (so the
        service can still judge every other field) and is reported here.
        """
        assert self._loaded is not None
        ui = self.ui
        problems: dict[str, str] = {}
        tax_rate = _decimal(ui.taxRateEdit.text())
        if tax_rate is None:
            problems["tax_rate"] = TAX_RATE_WORDS
            tax_rate = self._loaded.tax_rate
        refund = _decimal(ui.refundLimitEdit.text().replace("€", ""))
        if refund is None:
            problems["reception_refund_limit"] = AMOUNT_WORDS
            refund = self._loaded.reception_refund_limit
        settings = replace(
            self._loaded,
            gym_name=ui.gymNameEdit.text(),
            address=ui.addressEdit.toPlainText(),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            tax_id=ui.taxIdEdit.text(),
            logo_path=ui.logoPathEdit.text().strip(),
            timezone=ui.timezoneCombo.currentText().strip(),
            locale=ui.localeCombo.currentText().strip(),
            currency=ui.currencyCombo.currentText().strip(),
            tax_rate=tax_rate,
            receipt_footer=ui.receiptFooterEdit.toPlainText(),
            reception_refund_limit=refund,
            idle_minutes_admin=ui.idleAdminSpin.value(),
            idle_minutes_staff=ui.idleStaffSpin.value(),
            require_admin_2fa=ui.require2faCheck.isChecked(),
            backup_dir=ui.backupDirEdit.text().strip(),
            backup_schedule=str(ui.backupScheduleCombo.currentData() or "off"),
            notification_prefs={key: check.isChecked() for key, check in self._checks.items()},
        )
        return settings, problems

    def is_dirty(self) -> bool:
        """True when the form differs from the values last read or saved."""
        if self._loaded is None:
            return False
        settings, problems = self.form_settings()
        return bool(problems) or settings != self._loaded

    def _update_dirty(self, *_args: object) -> None:
        if self._filling:
            return
        dirty = self.is_dirty()
        ui = self.ui
        ui.saveButton.setEnabled(dirty and not self._save_task.busy)
        ui.revertButton.setEnabled(dirty)
        ui.versionLabel.setText("Unsaved changes" if dirty else "")

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        """Check every field, then save everything or nothing (on a worker)."""
        if self._loaded is None or self._save_task.busy:
            return
        settings, local = self.form_settings()
        self._clear_errors()
        self.notice.hide()
        actor = self.actor
        self.ui.saveButton.setEnabled(False)

        def work() -> tuple[str, object]:
            problems = settings_service.settings_problems(settings=settings)
            problems.update(local)
            if problems:
                return "problems", problems
            return "saved", settings_service.save_settings(actor=actor, settings=settings)

        self._save_task.run(work, on_done=self._save_done, on_error=self._save_failed)

    def _save_done(self, result: tuple[str, object]) -> None:
        self._update_dirty()
        kind, value = result
        if kind == "problems":
            assert isinstance(value, dict)
            self.show_problems(value)
            return
        assert isinstance(value, GymSettings)
        self._fill(value)
        self._theirs = None
        self.notice.show("Settings saved. Every desk uses them from now on.", "ok")

    def _save_failed(self, err: BaseException) -> None:
        self._update_dirty()
        if isinstance(err, Conflict):
            current = err.current if isinstance(err.current, GymSettings) else None
            self._theirs = current
            self.notice.show(
                "Another admin saved the settings while you were editing, so nothing was "
                "saved. Your changes are still here; Reload shows their values.",
                "warn",
                action_text="Reload their values",
                action=self.reload_theirs,
            )
            return
        if isinstance(err, ValidationError) and err.field in self._fields:
            self.show_problems({err.field: str(err)})
            return
        self.notice.show(f"Nothing was saved: {user_message(err)}", "bad")

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each message next to its field; the first field (in reading order) gets the focus."""
        first = True
        for name in self._fields:
            message = problems.get(name)
            if message is None:
                continue
            self.errors.show_field(name, message, focus=first)
            widget = self._fields[name]
            if not isinstance(widget, QLineEdit | QAbstractButton):
                mark_invalid(widget, True)
            if first:
                self.ui.settingsScroll.ensureWidgetVisible(widget, 40, 80)
            first = False
        unknown = {k: v for k, v in problems.items() if k not in self._fields}
        if unknown:
            self.errors.show_form(" ".join(unknown.values()))
        count = len(problems)
        self.notice.show(
            "Nothing was saved: "
            + ("one field needs" if count == 1 else f"{count} fields need")
            + " attention.",
            "bad",
        )

    def _clear_errors(self) -> None:
        self.errors.clear()
        for widget in self._fields.values():
            if not isinstance(widget, QLineEdit | QAbstractButton):
                mark_invalid(widget, False)

    def revert(self) -> None:
        """Put back the values as last read or saved."""
        if self._loaded is not None:
            self._fill(self._loaded)
            self.notice.show("Your changes were undone.", "info")

    def reload_theirs(self) -> None:
        """After a conflict: show what the other admin saved (your edits are dropped)."""
        if self._theirs is not None:
            self._fill(self._theirs)
            self._theirs = None
            self.notice.show("These are the values saved by the other admin.", "info")
        else:
            self.load()

    def field_error(self, name: str) -> str:
        """The message next to ``name`` (tests read it)."""
        return self.errors.message(name)

    # -- files -----------------------------------------------------------------------------------

    def _choose_logo(self) -> None:
        current = self.ui.logoPathEdit.text().strip()
        start = str(Path(current).parent) if current else str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, "Choose the gym's logo", start, "Images (*.png *.jpg *.jpeg *.svg)"
        )
        if path:
            self.ui.logoPathEdit.setText(path)

    def _choose_backup_dir(self) -> None:
        current = self.ui.backupDirEdit.text().strip() or str(Path.home())
        path = QFileDialog.getExistingDirectory(self, "Choose the backup folder", current)
        if path:
            self.ui.backupDirEdit.setText(path)

    def _show_logo(self, text: str) -> None:
        label = self.ui.logoPreview
        path = text.strip()
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            label.setPixmap(icon_pixmap("image", 28, color=muted_text_color()))
            label.setToolTip("No logo" if not path else "This file cannot be shown")
        else:
            label.setPixmap(
                pixmap.scaled(
                    60,
                    60,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            label.setToolTip(path)


def _plain_number(value: Decimal) -> str:
    """``23.00`` -> ``23``, ``6.50`` -> ``6.5``: how people write a rate."""
    text = f"{Decimal(value):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _locale_name(code: str) -> str:
    from PySide6.QtCore import QLocale

    locale = QLocale(code)
    return f"{locale.nativeLanguageName()} ({locale.nativeTerritoryName()})"

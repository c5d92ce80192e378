"""My account: every signed-in person's own page.

Who I am (name, email, role, desk); change my password (current, new, repeat); and for admins
the two-step sign-in: how many recovery codes are left and "Replace two-step sign-in", which
runs the same enrolment pages as the first sign-in in a dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.forms.ui_account_panel import Ui_AccountPanel
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.identity.replace_dialog import ReplaceTwoFactorDialog
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.panels.users.models import role_title
from fitmate_desktop.gui.style import icon, icon_pixmap, set_tone, tone_colors
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.avatar import avatar_pixmap
from fitmate_desktop.gui.widgets.look import use_identity_style
from fitmate_desktop.services.actor import Actor

log = logging.getLogger(__name__)


@register_panel(name="account", title="My account", icon="account", permission=None, order=990)
class AccountPanel(Panel):
    """The signed-in person's own account; see the module docstring."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AccountPanel()
        self.ui.setupUi(self)
        use_identity_style(self)
        self.actor: Actor = context.actor
        ui = self.ui
        self._codes_task = LatestOnly(self)
        self._codes_left: int | None = None
        # Enrolled already, or (policy off) an admin who has not set it up.
        self._enrolled = self.actor.second_factor == "verified"
        for card in (ui.accountCard, ui.passwordCard, ui.twoStepCard):
            card.setProperty("card", True)
            card.setFrameShape(QFrame.Shape.NoFrame)
        # Reading width: the two cards side by side stay comfortable on wide screens.
        for card in (ui.passwordCard, ui.twoStepCard):
            card.setMinimumWidth(420)
            card.setMaximumWidth(560)
        ui.accountCard.setMaximumWidth(1134)
        ui.noticeLabel.setMaximumWidth(1134)

        actor = self.actor
        ui.avatarLabel.setPixmap(avatar_pixmap(actor.full_name, 64))
        ui.nameLabel.setText(actor.full_name)
        ui.emailLabel.setText(actor.email)
        ui.roleLabel.setText(role_title(actor.role))
        ui.deskLabel.setText(f"Desk {context.workstation}\n{context.gym.name}")
        ui.sessionLabel.setVisible(False)
        ui.noticeLabel.setVisible(False)

        form = ui.passwordForm
        form.set_mode(forced=False)
        form.set_actor(actor)
        form.sig_changed.connect(self._password_changed)

        is_admin = actor.role == "ADMIN"
        ui.twoStepCard.setVisible(is_admin)
        ui.replaceTwoStepButton.setIcon(icon("shield-check"))
        ui.replaceTwoStepButton.clicked.connect(self.replace_two_step)
        if is_admin:
            self._show_two_step(None)
            self._load_codes_left()

    # -- Panel -----------------------------------------------------------------------------------

    def focus_primary(self) -> None:
        """The current-password field."""
        self.ui.passwordForm.ui.currentEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def connection_restored(self) -> None:
        """Read the recovery codes again if that failed."""
        if self.actor.role == "ADMIN" and self._enrolled:
            self._load_codes_left()

    # -- password --------------------------------------------------------------------------------

    def _password_changed(self, actor: Actor) -> None:
        self._notice("Your password was changed. Use the new one from now on.", "ok")

    def _notice(self, text: str, tone: str) -> None:
        label = self.ui.noticeLabel
        label.setText(text)
        set_tone(label, tone)
        label.setVisible(True)

    # -- two-step sign-in ------------------------------------------------------------------------

    def _load_codes_left(self) -> None:
        if not self._enrolled:
            return
        actor = self.actor

        def work() -> int:
            from fitmate_desktop.services.twofactor import recovery_codes_left

            return recovery_codes_left(actor=actor)

        self._codes_task.run(
            work,
            on_done=self._show_two_step,
            on_error=lambda err: self._codes_unknown(),
        )

    def _show_two_step(self, codes_left: int | None) -> None:
        ui = self.ui
        if self._enrolled:
            tone = "ok"
            ui.twoStepIcon.setPixmap(icon_pixmap("shield-check", 20, color=tone_colors(tone)[1]))
            ui.twoStepStatus.setText("On: you sign in with a code from your authenticator app.")
            if codes_left is None:
                ui.recoveryLabel.setText("")
            elif codes_left == 0:
                ui.recoveryLabel.setText(
                    "Recovery codes left: 0. Replace two-step sign-in to get new ones."
                )
            else:
                ui.recoveryLabel.setText(f"Recovery codes left: {codes_left} of 10.")
            ui.replaceTwoStepButton.setText("&Replace two-step sign-in…")
            ui.twoStepHint.setText(
                "Replace it when you change phones. The new one works from the moment you "
                "confirm it; the old app's codes and your recovery codes stop working then."
            )
        else:
            tone = "warn"
            ui.twoStepIcon.setPixmap(icon_pixmap("shield-alert", 20, color=tone_colors(tone)[1]))
            ui.twoStepStatus.setText(
                "Off: the gym's settings let admins sign in with the password alone."
            )
            ui.recoveryLabel.setText("")
            ui.replaceTwoStepButton.setText("&Set up two-step sign-in…")
            ui.twoStepHint.setText(
                "Set it up anyway: with a code from your phone as well as the password, a "
                "password seen over your shoulder is not enough to sign in as you."
            )
        ui.recoveryLabel.setVisible(bool(ui.recoveryLabel.text()))
        self._codes_left = codes_left

    def _codes_unknown(self) -> None:
        self.ui.recoveryLabel.setText("The number of recovery codes left could not be read.")
        self.ui.recoveryLabel.setVisible(True)

    def recovery_text(self) -> str:
        """The recovery-codes line (tests read it)."""
        return self.ui.recoveryLabel.text()

    def replace_two_step(self) -> ReplaceTwoFactorDialog:
        """The enrolment pages in a dialog; the old enrolment stays until the new is confirmed."""
        dialog = ReplaceTwoFactorDialog(self.actor, self, gym=self.context.gym.name)
        dialog.sig_replaced.connect(self._replaced)
        dialog.open()
        return dialog

    def _replaced(self, codes: int) -> None:
        self._enrolled = True
        self._show_two_step(codes)
        self._notice(
            "Two-step sign-in replaced: only the new app's codes and the new recovery codes "
            "work from now on.",
            "ok",
        )

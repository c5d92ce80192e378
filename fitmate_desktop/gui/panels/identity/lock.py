"""The desk lock: covers every window of the session until the same person's password is typed.

Nothing underneath is closed or cleared. Forms keep what was typed, dialogs stay open (a
``QDialog.exec()`` keeps running), and after the unlock the focus goes back where it was.

How (and why this way):

- Every visible window of the session (the main window, its dialogs, message boxes) gets a
  ``LockCover``: an opaque child widget over its whole area, so nothing on it can be read.
- The password card is ``LockScreen``: a frameless, **application-modal** window placed
  exactly over the main window. Qt gotcha: hiding a ``QDialog`` to get it out of the way ends
  its ``exec()`` (the caller sees "Cancel" and the form is gone), and a child overlay inside
  the main window could not take the password while a modal dialog is open, because Qt
  blocks input to every window below a modal one. A newer application-modal window is the
  one Qt lets through, and it blocks the dialogs and the main window, their shortcuts
  included, without touching them.
- A window that appears while locked (a timer's message box) is covered too, and the card
  is shown again so that it stays the newest modal window.

``DeskLock`` owns both; ``SessionWatcher`` (``session.py``) decides when to lock.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fitmate_desktop.gui.forms.ui_lock_screen import Ui_LockScreen
from fitmate_desktop.gui.style import icon, icon_pixmap, muted_text_color, repolish, tone_colors
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.form_support import FieldErrors, user_message
from fitmate_desktop.gui.widgets.look import primary_icon, use_identity_style

if TYPE_CHECKING:
    from fitmate_desktop.services.actor import Actor

log = logging.getLogger(__name__)

ENTER_PASSWORD = "Enter your password to continue."
WRONG_PASSWORD = "That password is not correct."
SESSION_ENDED = "An admin ended this session. Sign in again."

# Windows that are never covered: menus and tooltips close or vanish by themselves.
_TRANSIENT_TYPES = (
    Qt.WindowType.Popup,
    Qt.WindowType.ToolTip,
    Qt.WindowType.SplashScreen,
    Qt.WindowType.Desktop,
)


class LockCover(QWidget):
    """An opaque cover over one window while the desk is locked: a lock and one word."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("lockCover")
        # Qt gotcha: a plain QWidget paints no stylesheet background without this attribute.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        glyph = QLabel(self)
        glyph.setPixmap(icon_pixmap("lock", 32, color=muted_text_color()))
        glyph.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(glyph)
        text = QLabel("Locked", self)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(text)
        layout.addStretch(1)
        use_identity_style(self)
        self.fit()
        self.show()

    def fit(self) -> None:
        """Cover the whole target again (after it was resized) and stay on top of it."""
        target = self.parentWidget()
        if target is not None:
            self.setGeometry(target.rect())
        self.raise_()


class LockScreen(QWidget):
    """The card over the main window: "Locked — <name>", the password, Unlock, Sign out.

    ``sig_unlocked`` after ``auth.unlock_desk`` accepted the password; ``sig_sign_out`` when
    the person chose Sign out; ``sig_session_ended`` when the service said the session was
    ended meanwhile (an admin revoked it).
    """

    sig_unlocked = Signal()
    sig_sign_out = Signal()
    sig_session_ended = Signal()

    def __init__(self, owner: QWidget, actor: Actor, *, desk: str, gym: str) -> None:
        # A window of its own (see the module docstring), transient for the main window so
        # window managers keep it above it; no frame, so it reads as part of the main window.
        super().__init__(owner, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._actor = actor
        self._revoked = False
        self._task = LatestOnly(self)
        ui = self.ui
        use_identity_style(self)
        self.errors = FieldErrors()
        self.errors.bind("password", ui.passwordError, ui.passwordEdit)
        ui.lockIcon.setPixmap(icon_pixmap("lock", 48, color=muted_text_color()))
        ui.titleLabel.setText(f"Locked — {actor.full_name}")
        ui.messageLabel.setText(ENTER_PASSWORD)
        ui.deskLabel.setText(f"Desk {desk} · {gym}")
        ui.unlockButton.setIcon(primary_icon("unlock"))
        ui.signOutButton.setIcon(icon("sign-out"))
        ui.signOutButton.setCursor(Qt.CursorShape.PointingHandCursor)
        ui.unlockButton.clicked.connect(self.submit)
        ui.signOutButton.clicked.connect(self.sig_sign_out)
        policy = ui.busyRow.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        ui.busyRow.setSizePolicy(policy)
        ui.busyRow.setVisible(False)

    # -- state -----------------------------------------------------------------------------------

    @property
    def revoked(self) -> bool:
        """True once the session is known to be ended: only Sign out is offered."""
        return self._revoked

    def prepare(self) -> None:
        """A fresh card for a new lock: empty password, no error."""
        self._task.cancel()
        self._set_busy(False)
        self.errors.clear()
        self.ui.passwordEdit.clear()

    def set_revoked(self) -> None:
        """The session was ended by an admin: say so and offer only Sign out."""
        if self._revoked:
            return
        self._revoked = True
        self._task.cancel()
        self._set_busy(False)
        ui = self.ui
        ui.titleLabel.setText("Session ended")
        ui.messageLabel.setText(SESSION_ENDED)
        ui.lockIcon.setPixmap(icon_pixmap("revoke", 48, color=tone_colors("bad")[1]))
        ui.passwordBox.setVisible(False)
        # The link becomes the one obvious action.
        ui.signOutButton.setFlat(False)
        ui.signOutButton.setProperty("link", False)
        ui.signOutButton.setProperty("primary", True)
        repolish(ui.signOutButton)
        ui.signOutButton.setIcon(primary_icon("sign-out"))
        ui.signOutButton.setText("Sign out")
        ui.signOutButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus = self.ui.signOutButton if self._revoked else self.ui.passwordEdit
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- unlocking -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            elif not self._revoked:
                self.submit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            # Esc clears what was typed; it never unlocks or signs out by accident.
            if not self._revoked and not self._task.busy:
                self.ui.passwordEdit.clear()
                self.errors.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        """Check the password with the service (on a worker)."""
        if self._revoked or self._task.busy:
            return
        password = self.ui.passwordEdit.text()
        self.errors.clear()
        if not password:
            self.errors.show_field("password", "Enter your password.")
            return
        actor = self._actor
        self._set_busy(True)

        def work() -> None:
            from fitmate_desktop.services.auth import unlock_desk

            unlock_desk(actor=actor, password=password)

        self._task.run(work, on_done=self._unlocked, on_error=self._failed)

    def _unlocked(self, _result: object) -> None:
        self._set_busy(False)
        self.ui.passwordEdit.clear()
        self.sig_unlocked.emit()

    def _failed(self, err: BaseException) -> None:
        from fitmate_desktop.services.errors import AuthenticationFailed, ValidationError

        self._set_busy(False)
        self.ui.passwordEdit.clear()
        if isinstance(err, AuthenticationFailed):
            if str(err) != str(AuthenticationFailed()):
                # Not "wrong password": the session itself is gone (revoked or ended).
                self.sig_session_ended.emit()
                return
            self.errors.show_field("password", WRONG_PASSWORD)
        elif isinstance(err, ValidationError):
            self.errors.show_field("password", str(err))
        else:
            self.errors.show_field("password", user_message(err))

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.busyRow.setVisible(busy)
        ui.busyLabel.setText("Checking…")
        ui.passwordEdit.setReadOnly(busy)
        ui.unlockButton.setEnabled(not busy)

    # -- for tests -------------------------------------------------------------------------------

    def password_error(self) -> str:
        """The message under the password ("" when none)."""
        return self.errors.message("password")


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


class DeskLock(QObject):
    """Locks and unlocks one main window and every other window of its session.

    ``lock()`` (idle), ``lock(revoked=True)`` (the session was ended: only Sign out),
    ``release()`` after the password, ``end_for_sign_out()`` before the session closes.
    ``sig_sign_out_requested`` when the person chose Sign out on the card.
    """

    sig_locked_changed = Signal(bool)
    sig_sign_out_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        actor: Actor,
        *,
        desk: str,
        gym: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._actor = actor
        self._desk = desk
        self._gym = gym
        self._screen: LockScreen | None = None
        self._covers: dict[QWidget, LockCover] = {}
        self._locked = False
        self._focus_before: QWidget | None = None
        self._active_before: QWidget | None = None
        self._filtering = False

    # -- state -----------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        """True while the desk is locked."""
        return self._locked

    @property
    def revoked(self) -> bool:
        """True when the lock is because the session was ended (no unlock possible)."""
        return self._screen is not None and self._screen.revoked

    @property
    def screen(self) -> LockScreen | None:
        """The password card (created at the first lock)."""
        return self._screen

    def covered_windows(self) -> list[QWidget]:
        """The windows under a cover right now."""
        return [w for w in self._covers if _alive(w)]

    # -- locking ---------------------------------------------------------------------------------

    def lock(self, *, revoked: bool = False) -> None:
        """Cover every window and show the card; already locked: only switch to revoked."""
        if not _alive(self._window):
            return
        screen = self._ensure_screen()
        if self._locked:
            if revoked:
                screen.set_revoked()
            return
        self._locked = True
        self._focus_before = QApplication.focusWidget()
        self._active_before = QApplication.activeWindow()
        self._close_popups()
        screen.prepare()
        if revoked:
            screen.set_revoked()
        for window in self._session_windows():
            self._cover(window)
        self._start_filtering()
        self._show_screen()
        self.sig_locked_changed.emit(True)

    def release(self) -> None:
        """Take the covers and the card away and put the focus back where it was."""
        if not self._locked:
            return
        self._remove_lock()
        active, focus = self._active_before, self._focus_before
        self._active_before = self._focus_before = None
        if _alive(active) and active is not None and active.isVisible():
            active.activateWindow()
        if _alive(focus) and focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_locked_changed.emit(False)

    def end_for_sign_out(self) -> None:
        """Before the session closes: cancel open dialogs (ending their ``exec()`` normally,
        as if Cancel was pressed) and take the lock away, so the sign-in window is usable."""
        for window in list(self._covers):
            if _alive(window) and isinstance(window, QDialog):
                window.reject()
        was_locked = self._locked
        self._remove_lock()
        self._active_before = self._focus_before = None
        if was_locked:
            self.sig_locked_changed.emit(False)

    def _remove_lock(self) -> None:
        self._locked = False
        self._stop_filtering()
        for cover in self._covers.values():
            if _alive(cover):
                cover.hide()
                cover.deleteLater()
        self._covers.clear()
        if self._screen is not None and _alive(self._screen):
            self._screen.hide()

    # -- pieces ----------------------------------------------------------------------------------

    def _ensure_screen(self) -> LockScreen:
        if self._screen is None:
            screen = LockScreen(self._window, self._actor, desk=self._desk, gym=self._gym)
            screen.sig_unlocked.connect(self.release)
            screen.sig_sign_out.connect(self.sig_sign_out_requested)
            screen.sig_session_ended.connect(lambda: self.lock(revoked=True))
            self._screen = screen
        return self._screen

    def _session_windows(self) -> list[QWidget]:
        windows = [self._window]
        for widget in QApplication.topLevelWidgets():
            if (
                widget is self._window
                or widget is self._screen
                or not widget.isVisible()
                or widget.windowType() in _TRANSIENT_TYPES
            ):
                continue
            windows.append(widget)
        return windows

    def _cover(self, window: QWidget) -> None:
        if window in self._covers or window is self._screen:
            return
        self._covers[window] = LockCover(window)

    @staticmethod
    def _close_popups() -> None:
        # An open menu or combo list would float above the covers; close it (the choice it
        # offered is not lost, it was never made).
        for _ in range(10):
            popup = QApplication.activePopupWidget()
            if popup is None:
                break
            popup.close()

    def _place_screen(self) -> None:
        screen, window = self._screen, self._window
        if screen is None or not _alive(window):
            return
        screen.setGeometry(QRect(window.mapToGlobal(QPoint(0, 0)), window.size()))

    def _show_screen(self) -> None:
        screen = self._screen
        if screen is None:
            return
        self._place_screen()
        screen.show()
        screen.raise_()
        screen.activateWindow()

    def _cover_new_windows(self) -> None:
        if not self._locked:
            return
        new = [w for w in self._session_windows() if w not in self._covers]
        if not new:
            return
        for window in new:
            self._cover(window)
        # Show the card again: only the newest modal window takes input, and it must be ours.
        screen = self._screen
        if screen is not None:
            typed = screen.ui.passwordEdit.text()
            screen.hide()
            self._show_screen()
            screen.ui.passwordEdit.setText(typed)

    # -- following the windows -------------------------------------------------------------------

    def _start_filtering(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def _stop_filtering(self) -> None:
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
        self._filtering = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype in (QEvent.Type.Move, QEvent.Type.Resize):
            if watched is self._window:
                self._place_screen()
            cover = self._covers.get(watched) if isinstance(watched, QWidget) else None
            if cover is not None and _alive(cover):
                cover.fit()
        elif (
            etype == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched is not self._screen
            and watched not in self._covers
            and watched.windowType() not in _TRANSIENT_TYPES
        ):
            # Not from inside the Show event itself: cover it once it is on screen.
            QTimer.singleShot(0, self._cover_new_windows)
        return False

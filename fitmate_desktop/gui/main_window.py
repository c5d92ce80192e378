"""The main window: navigation on the left, the panels in the middle, who/where at the bottom.

Panels come from the registry (``panels_for(actor)``) and are built the first time they are
shown, so signing in does not pay for screens nobody opens. A yellow banner across the top
says when the database connection is lost; it goes away by itself when the connection is back.

The window opens maximised the first time on a desk; afterwards it comes back where and as
large as it was left, on the panel the same person last used at this desk (QSettings).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from fitmate_desktop import __version__
from fitmate_desktop.gui.connection import ConnectionMonitor
from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.forms.ui_main_window import Ui_MainWindow
from fitmate_desktop.gui.live import LiveFeed
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.registry import PanelSpec, panels_for
from fitmate_desktop.gui.style import (
    BANNER,
    icon,
    icon_pixmap,
    is_dark,
    muted_text_color,
    set_tone,
)
from fitmate_desktop.gui.widgets.avatar import avatar_pixmap
from fitmate_desktop.gui.widgets.state_view import StateView

log = logging.getLogger(__name__)

PANEL_ROLE = Qt.ItemDataRole.UserRole + 1
ROLE_NAMES = {"ADMIN": "Admin", "RECEPTION": "Reception", "TRAINER": "Trainer"}
APP_NAME = "FitMate"
# What a role's navigation calls a panel when it is not the panel's own title: a trainer's
# members panel holds only their own trainees.
ROLE_TITLES = {("TRAINER", "members"): "My trainees"}
# Where a sign-in lands when this desk remembers no panel for the person (others: the first).
ROLE_HOME = {"TRAINER": "members"}
GEOMETRY_KEY = "main_window/geometry"
BANNER_TEXT = "Connection to the database lost — reconnecting… What you typed is kept."


class MainWindow(QMainWindow):
    """The signed-in workspace of one person at one desk.

    Emits ``sig_sign_out_requested`` (Sign out button, Ctrl+Shift+L) and ``sig_closed`` when
    the window is closed; the controller does the rest.
    """

    sig_sign_out_requested = Signal()
    sig_closed = Signal()

    def __init__(
        self,
        context: GuiContext,
        parent: QWidget | None = None,
        *,
        monitor: ConnectionMonitor | None = None,
        live_feed: LiveFeed | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.context = context
        self._specs: list[PanelSpec] = panels_for(context.actor)
        self._pages: dict[str, QWidget] = {}
        self._closing_for_sign_out = False
        self._live = True

        actor = context.actor
        self.setWindowTitle(window_title(context.gym.name, actor.full_name))
        self._build_navigation()
        self._build_status_bar()
        self._build_banner()

        ui = self.ui
        ui.navUserIcon.setPixmap(avatar_pixmap(actor.full_name, 28))
        ui.navUserLabel.setText(actor.full_name)
        ui.navUserLabel.setToolTip(actor.email)
        ui.navRoleLabel.setText(self.role_name)
        ui.signOutButton.setIcon(icon("sign-out"))
        ui.actionSignOut.setIcon(icon("sign-out"))
        ui.signOutButton.clicked.connect(self.sig_sign_out_requested)
        ui.actionSignOut.triggered.connect(self.sig_sign_out_requested)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionAbout.triggered.connect(self._about)
        ui.actionFocusHome.triggered.connect(self.go_home)
        ui.navList.currentRowChanged.connect(self._on_nav_row)

        self.monitor = monitor or ConnectionMonitor(self)
        self.monitor.setParent(self)
        self.monitor.sig_live_changed.connect(self.set_connection_live)
        self.monitor.start()

        # What other desks change arrives by LISTEN/NOTIFY and is re-announced on the
        # session's AppEvents; when that connection drops, check the database at once
        # instead of waiting for the next 5-second round.
        self.live_feed = live_feed or LiveFeed(context.events, self)
        self.live_feed.setParent(self)
        self.live_feed.sig_live_changed.connect(self._on_feed_state)
        self.live_feed.start()

        self._first_start = not self._restore_geometry()
        if self._specs:
            ui.navList.setCurrentRow(self._landing_row())
        else:
            self._show_no_panels()

    # -- building ------------------------------------------------------------------------------

    @property
    def role_name(self) -> str:
        """The signed-in person's role in words."""
        role = self.context.actor.role
        return ROLE_NAMES.get(role, role.title())

    def panel_title(self, spec: PanelSpec) -> str:
        """What the navigation calls ``spec`` for this person ("My trainees" for a trainer)."""
        return ROLE_TITLES.get((self.context.actor.role, spec.name), spec.title)

    def _build_navigation(self) -> None:
        nav = self.ui.navList
        for number, spec in enumerate(self._specs, start=1):
            title = self.panel_title(spec)
            item = QListWidgetItem(icon(spec.icon), title)
            item.setData(PANEL_ROLE, spec.name)
            item.setSizeHint(QSize(0, 40))
            nav.addItem(item)
            action = QAction(icon(spec.icon), title, self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(
                lambda _checked=False, row=number - 1: self.show_panel_row(row)
            )
            self.ui.menuGo.addAction(action)

    def _status_item(self, icon_name: str, text: str, tooltip: str) -> tuple[QWidget, QLabel]:
        box = QWidget(self)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(10, 0, 10, 0)
        layout.setSpacing(6)
        glyph = QLabel(box)
        glyph.setPixmap(icon_pixmap(icon_name, 14, color=muted_text_color()))
        label = QLabel(text, box)
        layout.addWidget(glyph)
        layout.addWidget(label)
        box.setToolTip(tooltip)
        return box, label

    def _build_status_bar(self) -> None:
        ctx = self.context
        actor = ctx.actor
        bar = self.ui.statusBar
        # The pill sits in a plain container: QSS margins on a label inside a status bar
        # shift its background away from its text.
        holder = QWidget(self)
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(6, 2, 2, 2)
        self.connection_label = QLabel(holder)
        self.connection_label.setObjectName("connectionState")
        # Qt gotcha: inside a QStatusBar, padding from the application stylesheet is painted
        # but not counted in the label's size hint, so the words overflow the pill. A widget's
        # own stylesheet is counted; the colours still come from the application's tone rules.
        self.connection_label.setStyleSheet(
            "QLabel { padding: 1px 10px; border-radius: 9px; font-weight: 600; }"
        )
        holder_layout.addWidget(self.connection_label)
        bar.addWidget(holder)
        person, self.person_label = self._status_item(
            "user", f"{actor.full_name} ({self.role_name})", f"Signed in as {actor.email}"
        )
        bar.addWidget(person)
        desk, self.desk_label = self._status_item(
            "desk", f"Desk {ctx.workstation}", "This workstation"
        )
        bar.addPermanentWidget(desk)
        database, self.database_label = self._status_item(
            "database",
            f"Database: {ctx.connection.database_label}",
            "Where this desk keeps its data",
        )
        bar.addPermanentWidget(database)
        self.set_connection_live(True)

    def _build_banner(self) -> None:
        ui = self.ui
        fg = BANNER["dark" if is_dark() else "light"][2]
        ui.bannerIcon.setPixmap(icon_pixmap("warning", 20, color=fg))
        ui.bannerLabel.setText(BANNER_TEXT)
        ui.banner.setVisible(False)

    def _show_no_panels(self) -> None:
        page = StateView(self)
        page.show_empty(
            "Nothing to show for your role yet",
            "Ask an administrator which screens your account should have.",
            icon_name="info",
        )
        self.ui.panelStack.addWidget(page)
        self.ui.panelStack.setCurrentWidget(page)

    # -- panels ----------------------------------------------------------------------------------

    @property
    def panel_specs(self) -> list[PanelSpec]:
        """The panels offered to this person, in navigation order."""
        return list(self._specs)

    def show_panel_row(self, row: int) -> None:
        """Switch to the panel in navigation row ``row`` and put the focus in it."""
        if 0 <= row < len(self._specs):
            self.ui.navList.setCurrentRow(row)
            page = self.current_panel()
            if isinstance(page, Panel):
                page.focus_primary()

    def show_panel(self, name: str) -> QWidget | None:
        """Switch to the panel called ``name`` (creating it if needed); None if not offered."""
        for row, spec in enumerate(self._specs):
            if spec.name == name:
                self.ui.navList.setCurrentRow(row)
                return self._pages.get(name)
        return None

    def current_panel(self) -> QWidget | None:
        """The panel on screen."""
        return self.ui.panelStack.currentWidget()

    def panel(self, name: str) -> QWidget | None:
        """The panel called ``name`` if it has been created."""
        return self._pages.get(name)

    def go_home(self) -> None:
        """F2: back to the first panel (check-in, once it exists) with the focus in it."""
        self.show_panel_row(0)

    def _on_nav_row(self, row: int) -> None:
        if not 0 <= row < len(self._specs):
            return
        spec = self._specs[row]
        page = self._pages.get(spec.name)
        if page is None:
            page = self._create_panel(spec)
            self._pages[spec.name] = page
            self.ui.panelStack.addWidget(page)
            # The check-in screen's "Take payment" / "Renew" open the member dialogs here.
            # Imported on first use: the dialogs load the services, after sign-in only.
            from fitmate_desktop.gui.panels.members.flows import connect_checkin_requests

            connect_checkin_requests(page, self.context, self)
        self.ui.panelStack.setCurrentWidget(page)
        QSettings().setValue(self._last_panel_key, spec.name)
        if isinstance(page, Panel):
            page.panel_activated()
            page.focus_primary()

    @property
    def _last_panel_key(self) -> str:
        # Per person: several people share a desk, and each is offered different panels.
        return f"main_window/last_panel/{self.context.actor.user_id}"

    def _landing_row(self) -> int:
        """The panel to open on: the one this person last used here, else their role's home."""
        names = [spec.name for spec in self._specs]
        for name in (
            QSettings().value(self._last_panel_key),
            ROLE_HOME.get(self.context.actor.role),
        ):
            if isinstance(name, str) and name in names:
                return names.index(name)
        return 0

    def _create_panel(self, spec: PanelSpec) -> QWidget:
        try:
            return spec.factory(self.context)
        except Exception:
            # One broken panel must not take the whole desk down with it.
            log.exception("Could not open the %s panel", spec.name)
            page = StateView(self)
            page.show_error(
                f"The {self.panel_title(spec)} screen could not be opened",
                "This is a fault in the program. The other screens still work; "
                "please tell an administrator.",
            )
            return page

    # -- connection ------------------------------------------------------------------------------

    def set_connection_live(self, live: bool) -> None:
        """Show Live/Offline in the status bar and the banner while offline."""
        label = self.connection_label
        label.setText("●  Live" if live else "●  Offline")
        label.setToolTip(
            "Connected to the database"
            if live
            else "The database cannot be reached; FitMate keeps trying"
        )
        set_tone(label, "ok" if live else "bad")
        self.ui.banner.setVisible(not live)
        changed = self._live != live
        self._live = live
        if changed:
            # Panels showing an error retry by themselves when the connection is back.
            self.context.events.sig_connection_changed.emit(live)

    def _on_feed_state(self, up: bool) -> None:
        if not up:
            self.monitor.check_now()

    @property
    def banner_visible(self) -> bool:
        """True while the connection-lost banner is shown."""
        return self.ui.banner.isVisibleTo(self)

    # -- window ----------------------------------------------------------------------------------

    def _about(self) -> None:
        QMessageBox.about(
            self,
            "About FitMate",
            f"<b>FitMate {__version__}</b><br>Front desk and back office for "
            f"{self.context.gym.name}.<br><br>Desk: {self.context.workstation}<br>"
            f"Database: {self.context.connection.database_label}",
        )

    def present(self) -> None:
        """Show the window: maximised on its first start at this desk, else as it was left."""
        if self._first_start:
            self.showMaximized()
        else:
            self.show()

    def _restore_geometry(self) -> bool:
        """Put the window where it was left on this desk; False if it never was (first start)."""
        geometry = QSettings().value(GEOMETRY_KEY)
        # restoreGeometry also restores the maximised state and pulls off-screen windows in.
        if (
            isinstance(geometry, QByteArray)
            and not geometry.isEmpty()
            and self.restoreGeometry(geometry)
        ):
            return True
        screen = self.screen()
        if screen is not None:
            # The size it takes when someone un-maximises it.
            available = screen.availableGeometry()
            width = min(1440, max(self.minimumWidth(), int(available.width() * 0.9)))
            height = min(900, max(self.minimumHeight(), int(available.height() * 0.9)))
            self.resize(width, height)
            self.move(available.center() - self.rect().center())
        return False

    def prepare_sign_out(self) -> None:
        """Stop background checks; the next close is a sign-out, not a quit."""
        self._closing_for_sign_out = True
        self.monitor.stop()
        self.live_feed.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        self.monitor.stop()
        self.live_feed.stop()
        # Let visible panels save their layout (column widths) before they go.
        for page in self._pages.values():
            page.hide()
        super().closeEvent(event)
        if not self._closing_for_sign_out:
            self.sig_closed.emit()


def window_title(site: str, person: str) -> str:
    """``FitMate — <site> — <person>``, naming the program once.

    A gym may carry the program's name ("FitMate Alfama"): the site is then called by the rest
    of its name, so the title does not read "FitMate — FitMate Alfama". An unnamed site (the
    default profile, called "FitMate") is left out.
    """
    site = site.strip()
    if site.casefold().startswith(APP_NAME.casefold()):
        site = site[len(APP_NAME) :].strip(" -–—:·")
    return " — ".join(part for part in (APP_NAME, site, person.strip()) if part)

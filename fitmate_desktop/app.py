"""Composition root of the desktop program: config -> sign-in window -> database -> main window.

Cold start to the sign-in window must stay under 1.5 s, so nothing heavy is imported before
the window is on screen: SQLAlchemy, the models, the services, pyqtgraph and reportlab are
imported by the background connection step or after sign-in, never at module level here.

    FITMATE_DATABASE_URL   a shared PostgreSQL server; without it the embedded one is used
    FITMATE_EXIT_AFTER_SHOW=1   quit as soon as the sign-in window is shown (start-up benchmark)
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fitmate_desktop.config import AppConfig
    from fitmate_desktop.gui.context import ConnectionInfo

log = logging.getLogger("fitmate")

SCHEMA_TOO_OLD = (
    "This database's schema is older than this program. An administrator runs: fitmate db upgrade"
)


class DatabaseRuntime:
    """Reaches the database for the GUI: starts the embedded server or uses the shared one.

    ``connect`` runs on a worker thread and may be called again (Retry). ``release`` stops the
    embedded server when the program ends.
    """

    def __init__(self, config: AppConfig) -> None:
        self.config = config
        self._server: Any = None
        self._url = ""
        self._lock = threading.Lock()

    def connect(self) -> ConnectionInfo:
        """Open the database; raise ``ConnectionFailed`` with a message for people."""
        from fitmate_desktop.gui.context import ConnectionFailed

        try:
            return self._connect()
        except ConnectionFailed:
            raise
        except Exception as err:
            # DatabaseUnavailable and the services' errors already speak to people; anything
            # else is logged with its traceback and summarised.
            from fitmate_desktop.db.engine import DatabaseUnavailable
            from fitmate_desktop.services.errors import ServiceError

            if isinstance(err, (DatabaseUnavailable, ServiceError)):
                raise ConnectionFailed(str(err)) from err
            log.exception("Could not open the database")
            if self.config.embedded:
                raise ConnectionFailed(
                    "The database on this computer could not be started. Check that the disk "
                    "is not full, then press Retry; if it keeps failing, tell an administrator."
                ) from err
            raise ConnectionFailed(
                "The database server could not be opened. Press Retry; if it keeps failing, "
                "tell an administrator."
            ) from err

    def _connect(self) -> ConnectionInfo:
        from fitmate_desktop.db.engine import configure_database
        from fitmate_desktop.gui.context import ConnectionFailed, ConnectionInfo, GymInfo
        from fitmate_desktop.services import system
        from fitmate_desktop.services.errors import ServiceError

        config = self.config
        if config.embedded:
            url = self._start_embedded()
            configure_database(url, embedded=True, workstation=config.workstation)
            if not system.connection_ok():
                raise ConnectionFailed(
                    "The database on this computer started but does not answer. Press Retry; "
                    "if it keeps failing, restart the computer or tell an administrator."
                )
            from fitmate_desktop.services.schema import upgrade_to_head

            # The embedded database belongs to this program: bring it to our schema.
            upgrade_to_head()
        else:
            from fitmate_desktop.bootstrap import open_database

            # Validates the URL, connects once, and words any failure for people
            # (DatabaseUnavailable, turned into ConnectionFailed by ``connect``).
            open_database(config)

        label = system.database_label()
        if not config.embedded:
            from fitmate_desktop.services.schema import schema_status

            if not schema_status().up_to_date:
                return ConnectionInfo(
                    database_label=label,
                    gym=GymInfo(),
                    schema_ok=False,
                    message=SCHEMA_TOO_OLD,
                    workstation=config.workstation,
                )
        try:
            profile = system.gym_profile()
            gym = GymInfo(
                name=profile.name or "FitMate",
                timezone=profile.timezone or "UTC",
                currency=profile.currency or "EUR",
                locale=profile.locale or "en_GB",
            )
        except ServiceError:
            # No gym profile readable: the defaults do until one is set.
            gym = GymInfo()
        return ConnectionInfo(database_label=label, gym=gym, workstation=config.workstation)

    def _start_embedded(self) -> str:
        from fitmate_desktop.db.embedded import EmbeddedServer

        with self._lock:
            if self._server is None:
                server = EmbeddedServer(self.config.data_dir)
                url = server.start()
                self._server = server
                self._url = url
            return self._url

    def release(self) -> None:
        """Close the connections and stop the embedded server, if we started one."""
        if "fitmate_desktop.db.engine" in sys.modules:
            from fitmate_desktop.db.engine import dispose_database

            try:
                dispose_database()
            except Exception:
                log.warning("Closing database connections failed", exc_info=True)
        with self._lock:
            server, self._server = self._server, None
        if server is not None:
            try:
                server.release()
            except Exception:
                log.warning("Stopping the embedded database failed", exc_info=True)


def main(argv: list[str] | None = None) -> int:
    """Run the desktop program; returns the process exit code."""
    args = list(sys.argv if argv is None else argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from fitmate_desktop import __version__
    from fitmate_desktop.config import load_config
    from fitmate_desktop.gui.compat import protect_singletons

    protect_singletons()  # before any table or icon is drawn; see its docstring

    app = QApplication.instance() or QApplication(args)
    assert isinstance(app, QApplication)
    # Names for QSettings (window geometry, column widths per workstation).
    app.setApplicationName("FitMate")
    app.setOrganizationName("FitMate")
    app.setOrganizationDomain("fitmate.app")
    app.setApplicationVersion(__version__)
    # No applicationDisplayName: Qt appends it to every window title ("… — FitMate"), and the
    # titles name the program themselves, once.

    from fitmate_desktop.gui.events import app_events
    from fitmate_desktop.gui.style import apply_style

    apply_style(app)
    app_events()  # the change hub lives on the GUI thread; workers only emit into it

    try:
        config = load_config()
    except Exception as err:  # a broken fitmate.toml: say so instead of a traceback
        QMessageBox.critical(None, "FitMate", f"The settings file could not be read:\n{err}")
        return 2

    from fitmate_desktop.gui.controller import AppController

    runtime = DatabaseRuntime(config)
    controller = AppController(
        connect=runtime.connect,
        workstation=config.workstation,
        site_code=config.site_code,
        connecting_text=(
            "Starting the database on this computer…"
            if config.embedded
            else "Connecting to the database…"
        ),
    )
    controller.show_sign_in()

    if os.environ.get("FITMATE_EXIT_AFTER_SHOW") == "1":
        # Start-up benchmark: let the window reach the screen, then leave quietly.
        QTimer.singleShot(0, app.quit)
        app.exec()
        return 0

    # Connect after the first paint, so the window is on screen before any heavy import.
    QTimer.singleShot(0, controller.connect_database)
    try:
        code = app.exec()
    finally:
        from fitmate_desktop.gui.tasks import wait_for_all

        controller.shutdown()
        # Let a sign-out or a still-starting embedded server finish before releasing it.
        wait_for_all(60_000)
        runtime.release()
    return int(code)


if __name__ == "__main__":
    sys.exit(main())

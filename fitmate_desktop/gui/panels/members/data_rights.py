"""A member's data rights from the Members panel's More menu (admins only; the services check).

- "Export member data…": the archive (data.json, summary.pdf, files/) is made on a worker by
  ``data_rights.export_member_data``; then the admin picks where to save it (the documents
  folder by default, the service's file name), and the notice names the file.
- "Erase member…": the preview is loaded on a worker, then the erasure dialog
  (``erase_dialog.py``) opens with it; after an erasure every screen that shows members reloads
  and ``sig_erased`` tells the panel which member to show.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.events import MEMBERS, MEMBERSHIPS, PAYMENTS, VISITS
from fitmate_desktop.gui.panels.members.erase_dialog import MemberEraseDialog
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import tell, user_message
from fitmate_desktop.services import data_rights
from fitmate_desktop.services.data_rights import ErasurePreview, ErasureResult, MemberExport
from fitmate_desktop.services.members import MemberDetail


def documents_folder() -> Path:
    """The user's documents folder (the home folder if the system names none)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def write_archive(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a ``.part`` file: never half an archive under it."""
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)


class MemberDataRights(QObject):
    """Runs the export and the erasure of one member over ``host``.

    ``sig_notice(tone, text)`` for the host's notice line; ``sig_erased(member_id, code)``
    after an erasure; ``last_dialog`` is the newest erasure dialog (tests drive it).
    """

    sig_notice = Signal(str, str)
    sig_erased = Signal(int, str)

    def __init__(self, context: GuiContext, host: QWidget) -> None:
        super().__init__(host)
        self.context = context
        self.host = host
        self.last_dialog: MemberEraseDialog | None = None
        self.last_saved: Path | None = None

    # -- export ----------------------------------------------------------------------------------

    def export_data(self, member: MemberDetail) -> None:
        """Gather the member's data on a worker, then ask where to save the zip."""
        actor, member_id = self.context.actor, member.id
        self.sig_notice.emit("info", f"Gathering {member.full_name}’s data…")
        run_in_background(
            lambda: data_rights.export_member_data(actor=actor, member_id=member_id),
            on_done=lambda export: self._save(member, export),
            on_error=lambda err: self._failed("export the member’s data", err),
            parent=self,
        )

    def _save(self, member: MemberDetail, export: MemberExport) -> None:
        suggested = documents_folder() / export.file_name
        path, _filter = QFileDialog.getSaveFileName(
            self.host,
            f"Save {member.full_name}’s data",
            str(suggested),
            "Zip archives (*.zip)",
        )
        if not path:
            self.sig_notice.emit("info", "Export not saved.")
            return
        self.save_export(export, Path(path))

    def save_export(self, export: MemberExport, path: Path) -> None:
        """Write the archive to ``path`` on a worker; the notice names the file."""
        if path.suffix.lower() != ".zip":
            path = path.with_name(path.name + ".zip")
        files = len(export.files)
        what = f" with {files} file{'s' if files != 1 else ''}" if files else ""

        def saved(_none: None) -> None:
            self.last_saved = path
            self.sig_notice.emit("ok", f"Saved {export.member_code}’s data{what} as {path}")

        run_in_background(
            lambda: write_archive(path, export.archive),
            on_done=saved,
            on_error=lambda err: self._failed(
                "save the archive",
                err,
                detail=f"{path} could not be written: {getattr(err, 'strerror', None) or err}. "
                "Choose another folder and export again.",
            ),
            parent=self,
        )

    # -- erasure ---------------------------------------------------------------------------------

    def erase(self, member: MemberDetail) -> None:
        """Load what an erasure would do, then open the erasure dialog with it."""
        actor, member_id = self.context.actor, member.id
        run_in_background(
            lambda: data_rights.erasure_preview(actor=actor, member_id=member_id),
            on_done=lambda preview: self._open_dialog(member, preview),
            on_error=lambda err: self._failed("prepare the erasure", err),
            parent=self,
        )

    def _open_dialog(self, member: MemberDetail, preview: ErasurePreview) -> None:
        dialog = MemberEraseDialog(self.context, member.full_name, preview, self.host)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_erased.connect(lambda result: self._erased(member, result))
        self.last_dialog = dialog
        dialog.open()

    def _erased(self, member: MemberDetail, result: ErasureResult) -> None:
        self.context.events.notify(MEMBERS, MEMBERSHIPS, PAYMENTS, VISITS)
        text = (
            f"{member.full_name} ({member.member_code}) is erased: listed under Archived as "
            f"“{result.anonymous_name}”; payments and visits are kept."
        )
        self.sig_notice.emit("ok", text)
        self.sig_erased.emit(result.member_id, member.member_code)
        if result.files_left:
            # Files this desk could not delete (a read-only share): said once, with the paths,
            # for the admin to remove by hand. They are written nowhere else.
            tell(
                self.host,
                title="Photo files left on disk",
                text="The erasure is done, but these photo files could not be deleted. "
                "Delete them by hand:\n" + "\n".join(result.files_left),
            )

    def _failed(self, what: str, err: BaseException, *, detail: str | None = None) -> None:
        self.sig_notice.emit("bad", f"Couldn’t {what}.")
        tell(
            self.host,
            title=f"Couldn’t {what}",
            text=detail if detail and isinstance(err, OSError) else user_message(err),
        )

"""Keep, open and print the PDFs the services make: receipts, credit notes, cards, the cash-up.

The services return PDF bytes (reportlab). This module writes them to a file and hands it to
the system:

- **Where**: receipts, credit notes and cash-ups are money records the desk may need again
  (a member asks for a copy, the accountant for a month): they are kept in a lasting folder,
  ``<Documents>/FitMate/Receipts/<year>/`` (``QStandardPaths.DocumentsLocation``), or the
  workstation's ``receipts_dir`` (``fitmate.toml`` / ``FITMATE_RECEIPTS_DIR``). Other PDFs
  (membership cards) are print jobs: they go to a private folder removed when the program
  quits. ``SavedBanner`` says where a kept file is, with the whole path and "Open folder".

- **Open**: ``QDesktopServices.openUrl`` opens the file in the desk's PDF viewer.
- **Print**: QtPdf (which could draw PDF pages onto a ``QPrinter``) is not part of
  PySide6-Essentials, and adding the full PySide6 for it would double the program's size. So
  printing goes through the operating system, which prints PDF files natively:

  - Linux and macOS (CUPS): ``QPrintDialog`` lets the person pick the printer and the number of
    copies, then the file is sent with ``lp -d <printer> -n <copies> -o fit-to-page``
    (receipts are A5; fit-to-page keeps them readable on an A4 printer).
  - Windows: the PDF viewer's own "print" verb (``os.startfile(path, "print")``), which prints
    on the default printer (or shows the viewer's print dialog, depending on the viewer).
  - No print command, or no printer set up: the PDF opens in the viewer and the desk is told
    to print from there.

The temporary files hold personal data, so they live in one folder of this process (0700),
removed when the program quits.
"""

from __future__ import annotations

import atexit
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from fitmate_desktop.config import load_config
from fitmate_desktop.gui.style import icon, icon_pixmap, set_tone, tone_colors
from fitmate_desktop.gui.tasks import run_in_background
from fitmate_desktop.gui.widgets.form_support import user_message

log = logging.getLogger(__name__)

_folder: Path | None = None
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def documents_dir() -> Path:
    """This process's private folder for documents (created on first use, 0700)."""
    global _folder
    if _folder is None or not _folder.is_dir():
        _folder = Path(tempfile.mkdtemp(prefix="fitmate-documents-"))
        atexit.register(shutil.rmtree, _folder, True)
    return _folder


def receipts_root() -> Path:
    """Where this workstation keeps receipts: its ``receipts_dir``, else
    ``<Documents>/FitMate/Receipts`` (read each time: the setting may change)."""
    configured = load_config().receipts_dir
    if configured is not None:
        return configured
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else Path.home() / "Documents"
    return base / "FitMate" / "Receipts"


def receipts_folder(year: int) -> Path:
    """The lasting folder of one year's receipts, credit notes and cash-ups (not created)."""
    return receipts_root() / f"{year:04d}"


def save_pdf(data: bytes, name: str, *, folder: Path | None = None) -> Path:
    """Write ``data`` as ``<name>.pdf`` in ``folder`` (created), or in the private temporary
    folder when None; returns the path."""
    stem = _UNSAFE.sub("-", name).strip("-.") or "document"
    target = folder if folder is not None else documents_dir()
    target.mkdir(parents=True, exist_ok=True)
    path = target / f"{stem}.pdf"
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    # A viewer that still has the previous copy open must never see half a file.
    try:
        partial.replace(path)
    except PermissionError:
        # Windows: a viewer holds the earlier copy of the same document open. It is the same
        # receipt; keep that one rather than fail.
        partial.unlink(missing_ok=True)
        if not path.is_file():
            raise
    return path


def open_file(path: Path) -> bool:
    """Open ``path`` in the system's viewer; False if no viewer could be started."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager; False if none could be started."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


class ElidedLabel(QLabel):
    """A one-line label that elides its text in the middle when narrow (a path keeps its
    start and its file name); the whole text is its tooltip and ``full_text()``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumWidth(80)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, max(0, self.width()))
        if shown != self.text():
            super().setText(shown)

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().minimumSizeHint()
        hint.setWidth(self.minimumWidth())
        return hint

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = super().sizeHint()
        hint.setWidth(self.fontMetrics().horizontalAdvance(self._full) + 4)
        return hint


class SavedBanner(QFrame):
    """ "Saved: /whole/path/to/R-2026-000123.pdf [Open folder]", hidden until a file is kept.

    The path is elided in the middle when the banner is narrow (the tooltip has it all);
    "Open folder" shows the folder in the file manager.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedBanner")
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icon_pixmap("folder", 18, color=tone_colors("ok")[1]))
        self.caption = QLabel("Saved:", self)
        self.path_label = ElidedLabel(self)
        self.path_label.setObjectName("savedPath")
        self.open_button = QPushButton(icon("folder"), "Open &folder", self)
        self.open_button.setObjectName("openFolderButton")
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip("Show the folder in the file manager")
        self.open_button.clicked.connect(self.open_folder)
        layout.addWidget(self.icon_label)
        layout.addWidget(self.caption)
        layout.addWidget(self.path_label, 1)
        layout.addWidget(self.open_button)
        set_tone(self, "ok")
        self.setVisible(False)

    def show_saved(self, path: Path) -> None:
        """Say ``path`` was saved (a lasting file)."""
        self.path = path
        self.path_label.set_full_text(str(path))
        self.setVisible(True)

    def open_folder(self) -> None:
        """Show the saved file's folder."""
        if self.path is not None:
            open_folder(self.path.parent)


def print_route() -> str:
    """How this computer prints a PDF: ``lp`` (CUPS), ``windows`` or ``viewer`` (by hand)."""
    if sys.platform == "win32":
        return "windows"
    if shutil.which("lp"):
        return "lp"
    return "viewer"


def lp_command(path: Path, *, printer: str, copies: int, title: str) -> list[str]:
    """The CUPS command that prints ``path``."""
    command = ["lp", "-t", title, "-n", str(max(1, copies)), "-o", "fit-to-page"]
    if printer:
        command += ["-d", printer]
    return [*command, "--", str(path)]


def _send_to_lp(command: list[str]) -> str:
    proc = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    if proc.returncode != 0:
        detail = (proc.stderr or proc.stdout).strip().splitlines()
        raise OSError(detail[-1] if detail else f"lp ended with code {proc.returncode}")
    return proc.stdout.strip()


class DocumentRunner(QObject):
    """Makes a PDF off the GUI thread, then opens or prints it, and says what happened.

    ``sig_report(tone, text)``: ``ok``/``info``/``bad`` and a sentence for the dialog's status
    line. ``sig_saved(Path)`` when a document was kept in a lasting folder (a ``SavedBanner``
    shows it). ``last_path`` is the file last written (tests read the PDF back from it).
    """

    sig_report = Signal(str, str)
    sig_saved = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self.last_path: Path | None = None
        self.busy = False

    def open(self, make: Callable[[], bytes], name: str, *, keep_in: Path | None = None) -> None:
        """Make the PDF and open it in the viewer; with ``keep_in`` it is kept in that folder
        (see ``receipts_folder``), else in the private temporary one."""
        self._run(make, name, self._opened, keep_in)

    def print(self, make: Callable[[], bytes], name: str, *, keep_in: Path | None = None) -> None:
        """Make the PDF and print it (see the module docstring for how)."""
        self._run(make, name, self._print, keep_in)

    def _run(
        self,
        make: Callable[[], bytes],
        name: str,
        then: Callable[[Path], None],
        keep_in: Path | None,
    ) -> None:
        if self.busy:
            return
        self.busy = True
        self.sig_report.emit("info", "Preparing the PDF…")

        def done(data: bytes) -> None:
            self.busy = False
            try:
                path = save_pdf(data, name, folder=keep_in)
            except OSError as err:
                where = f" in {keep_in}" if keep_in is not None else ""
                self.sig_report.emit("bad", f"Could not save the PDF{where}: {err.strerror or err}")
                return
            self.last_path = path
            if keep_in is not None:
                self.sig_saved.emit(path)
            then(path)

        def failed(err: BaseException) -> None:
            self.busy = False
            self.sig_report.emit("bad", user_message(err))

        run_in_background(lambda: make(), on_done=done, on_error=failed, parent=self)

    def _opened(self, path: Path) -> None:
        if open_file(path):
            self.sig_report.emit("ok", f"{path.name} is open in your PDF viewer.")
        else:
            self.sig_report.emit(
                "bad", f"No PDF viewer could be started. The file is saved as {path}."
            )

    def _print(self, path: Path) -> None:
        route = print_route()
        if route == "windows":
            try:
                os.startfile(str(path), "print")  # type: ignore[attr-defined]
            except OSError as err:
                log.warning("Printing %s failed: %s", path, err)
                self._fallback(path, "Windows could not print it directly")
            else:
                self.sig_report.emit("ok", f"{path.name} was sent to the default printer.")
            return
        if route == "viewer":
            self._fallback(path, "This computer has no print command")
            return
        self._print_with_cups(path)

    def _print_with_cups(self, path: Path) -> None:
        # Imported here: QtPrintSupport is only loaded the first time someone prints.
        from PySide6.QtPrintSupport import (
            QAbstractPrintDialog,
            QPrintDialog,
            QPrinter,
            QPrinterInfo,
        )

        if not QPrinterInfo.availablePrinters():
            self._fallback(path, "No printer is set up on this computer")
            return
        printer = QPrinter()
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(f"Print {path.stem}")
        # The system prints the whole file; offering page ranges would be a promise not kept.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        # exec(): the print dialog is the person's own next step, and QPrintDialog relies on
        # its result before anything else happens; nothing else is waiting on the GUI thread.
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.sig_report.emit("info", "Printing cancelled.")
            return
        name, copies = printer.printerName(), printer.copyCount()
        command = lp_command(path, printer=name, copies=copies, title=path.stem)
        self.sig_report.emit("info", f"Sending {path.name} to {name or 'the printer'}…")
        run_in_background(
            lambda: _send_to_lp(command),
            on_done=lambda _out: self.sig_report.emit(
                "ok",
                f"{path.name} was sent to {name or 'the printer'}"
                + (f" ({copies} copies)." if copies > 1 else "."),
            ),
            on_error=lambda err: self.sig_report.emit("bad", f"The printer refused it: {err}"),
            parent=self,
        )

    def _fallback(self, path: Path, why: str) -> None:
        if open_file(path):
            self.sig_report.emit(
                "info", f"{why}: {path.name} is open in your PDF viewer — print it from there."
            )
        else:
            self.sig_report.emit("bad", f"{why}, and no PDF viewer could be started ({path}).")

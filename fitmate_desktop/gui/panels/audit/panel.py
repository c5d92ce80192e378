"""Audit log: who did what to which record, from which desk, newest first. Read-only.

Filters: person (part of the email), kind of record, period (or a custom date range in the
gym's time zone). The table loads 200 entries at a time; "Load more" continues below
(keyset paging, so nothing shifts). The selected entry shows before and after side by side,
the changed keys highlighted and marked (●), so the change reads without colour too.

"Export CSV…" writes every entry matching the filters (not only those loaded) on a worker.

"Verify chain" recomputes the SHA-256 chain of the whole log on a worker and says either
"Intact: 1,234 rows verified" or, in red, "Altered at row N".

Nothing here can change the log: there is no edit or delete, and the database refuses both.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QDate, QItemSelection, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLineEdit, QWidget

from fitmate_desktop.gui.context import GuiContext
from fitmate_desktop.gui.forms.ui_audit_panel import Ui_AuditPanel
from fitmate_desktop.gui.panels.audit.model import (
    COLUMNS,
    AuditModel,
    action_title,
    changed_keys,
    entity_title,
    render_side,
)
from fitmate_desktop.gui.panels.base import Panel
from fitmate_desktop.gui.panels.registry import register_panel
from fitmate_desktop.gui.style import icon, muted_text_color, set_tone, tone_colors
from fitmate_desktop.gui.tasks import LatestOnly, Task, run_in_background
from fitmate_desktop.gui.widgets.form_support import user_message
from fitmate_desktop.gui.widgets.look import clear_on_escape, use_identity_style
from fitmate_desktop.security.permissions import Permission
from fitmate_desktop.services import audit as audit_service
from fitmate_desktop.services.audit import AuditEntry, AuditPage, ChainCheck

log = logging.getLogger(__name__)

PAGE_SIZE = 200
EXPORT_BATCH = 1000
FILTER_DEBOUNCE_MS = 300
PERIODS = (
    ("any", "Any time"),
    ("today", "Today"),
    ("7", "Last 7 days"),
    ("30", "Last 30 days"),
    ("month", "This month"),
    ("custom", "Dates…"),
)


@register_panel(
    name="audit",
    title="Audit log",
    icon="audit",
    permission=Permission.AUDIT_VIEW,
    order=920,
)
class AuditPanel(Panel):
    """The read-only audit log; see the module docstring."""

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_AuditPanel()
        self.ui.setupUi(self)
        use_identity_style(self)
        self.fmt = context.formatter
        self.actor = context.actor
        ui = self.ui
        self.model = AuditModel(self.fmt, self)
        ui.auditTable.setModel(self.model)
        self._list_task = LatestOnly(self)
        self._types_task = LatestOnly(self)
        self._chain_task = LatestOnly(self)
        self._next_before_id: int | None = None
        self._loading_more = False
        self._activated_once = False

        header = ui.auditTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for n, column in enumerate(COLUMNS):
            header.resizeSection(n, column.width)
        self._restore_layout()
        header.sectionResized.connect(lambda *_a: self._save_layout())
        ui.splitter.splitterMoved.connect(lambda *_a: self._save_layout())
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)

        ui.personEdit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        ui.verifyButton.setIcon(icon("shield-check"))
        ui.exportButton.setIcon(icon("export"))
        self._export_task: Task | None = None
        self.export_message = ""
        ui.loadMoreButton.setIcon(icon("refresh"))
        ui.chainLabel.setVisible(False)
        ui.entityCombo.addItem("All kinds of record", "")
        for key, title in PERIODS:
            ui.periodCombo.addItem(title, key)
        today = self.fmt.today()
        for edit in (ui.fromDate, ui.toDate):
            edit.setDate(QDate(today.year, today.month, today.day))
            edit.setMaximumDate(QDate(today.year, today.month, today.day).addYears(1))
        self._show_custom_dates(False)
        ui.changedLegend.setText("● changed")

        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DEBOUNCE_MS)
        self._filter_timer.timeout.connect(self.reload)
        ui.personEdit.textChanged.connect(lambda _t: self._filter_timer.start())
        ui.entityCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.periodCombo.currentIndexChanged.connect(self._on_period)
        ui.fromDate.dateChanged.connect(lambda _d: self._filter_timer.start())
        ui.toDate.dateChanged.connect(lambda _d: self._filter_timer.start())
        ui.clearFiltersButton.clicked.connect(self.clear_filters)
        ui.loadMoreButton.clicked.connect(self.load_more)
        ui.verifyButton.clicked.connect(self.verify_chain)
        ui.exportButton.clicked.connect(self._export)
        ui.auditTable.selectionModel().selectionChanged.connect(self._on_selection)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_primary)
        refresh = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.reload)
        clear_on_escape(ui.personEdit)

        self._show_no_selection()
        self._load_entity_types()
        self.reload()

    # -- Panel -----------------------------------------------------------------------------------

    def focus_primary(self) -> None:
        """Ctrl+F: the person filter."""
        self.ui.personEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.personEdit.selectAll()

    def panel_activated(self) -> None:
        """New entries may have been written since: read the first page again."""
        if not self._activated_once:
            self._activated_once = True  # built a moment ago: the page is fresh
            return
        if self.model.rowCount() and not self.ui.auditTable.selectionModel().hasSelection():
            self.reload()

    def connection_restored(self) -> None:
        """Retry a read that failed while the database was away."""
        if self.ui.listState.state == "error":
            self.reload()

    # -- layout memory ---------------------------------------------------------------------------

    def _settings_key(self, name: str) -> str:
        workstation = self.context.workstation or "default"
        return f"{self.context.settings_prefix('audit')}/{workstation}/{name}"

    def _restore_layout(self) -> None:
        settings = QSettings()
        header = settings.value(self._settings_key("header"))
        if isinstance(header, QByteArray) and not header.isEmpty():
            self.ui.auditTable.horizontalHeader().restoreState(header)
        splitter = settings.value(self._settings_key("splitter"))
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.ui.splitter.restoreState(splitter)

    def _save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(
            self._settings_key("header"), self.ui.auditTable.horizontalHeader().saveState()
        )
        settings.setValue(self._settings_key("splitter"), self.ui.splitter.saveState())

    # -- filters ---------------------------------------------------------------------------------

    def _load_entity_types(self) -> None:
        actor = self.actor
        self._types_task.run(
            lambda: audit_service.audit_entity_types(actor=actor),
            on_done=self._fill_entity_types,
            # Without the list the filter offers "All" only; the log itself still works.
            on_error=lambda err: log.info("No entity types for the audit filter: %s", err),
        )

    def _fill_entity_types(self, types: tuple[str, ...]) -> None:
        combo = self.ui.entityCombo
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            while combo.count() > 1:
                combo.removeItem(1)
            for entity_type in sorted(types, key=entity_title):
                combo.addItem(entity_title(entity_type), entity_type)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
        finally:
            combo.blockSignals(False)

    def _on_period(self, _index: int) -> None:
        self._show_custom_dates(self.ui.periodCombo.currentData() == "custom")
        self.reload()

    def _show_custom_dates(self, visible: bool) -> None:
        for widget in (self.ui.fromDate, self.ui.toLabel, self.ui.toDate):
            widget.setVisible(visible)

    def period_bounds(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """(since, until) in the gym's time zone for the chosen period; None = open."""
        key = self.ui.periodCombo.currentData()
        today = self.fmt.today()
        tz = self.fmt.tz

        def start_of(day: dt.date) -> dt.datetime:
            return dt.datetime.combine(day, dt.time(0), tzinfo=tz)

        if key == "today":
            return start_of(today), None
        if key in ("7", "30"):
            return start_of(today - dt.timedelta(days=int(key) - 1)), None
        if key == "month":
            return start_of(today.replace(day=1)), None
        if key == "custom":
            first = self.ui.fromDate.date().toPython()
            last = self.ui.toDate.date().toPython()
            assert isinstance(first, dt.date) and isinstance(last, dt.date)
            if last < first:
                first, last = last, first
            return start_of(first), start_of(last + dt.timedelta(days=1))
        return None, None

    def has_filters(self) -> bool:
        """True when any filter narrows the list."""
        ui = self.ui
        return bool(
            ui.personEdit.text().strip()
            or ui.entityCombo.currentData()
            or ui.periodCombo.currentData() != "any"
        )

    def clear_filters(self) -> None:
        """Back to the whole log."""
        ui = self.ui
        for widget in (ui.personEdit, ui.entityCombo, ui.periodCombo):
            widget.blockSignals(True)
        ui.personEdit.clear()
        ui.entityCombo.setCurrentIndex(0)
        ui.periodCombo.setCurrentIndex(0)
        for widget in (ui.personEdit, ui.entityCombo, ui.periodCombo):
            widget.blockSignals(False)
        self._show_custom_dates(False)
        self.reload()

    # -- the list --------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the first page for the current filters (on a worker)."""
        self._filter_timer.stop()
        ui = self.ui
        since, until = self.period_bounds()
        person = ui.personEdit.text().strip()
        entity_type = str(ui.entityCombo.currentData() or "")
        actor = self.actor
        self._loading_more = False
        ui.listState.show_loading("Loading the audit log…")
        self._list_task.run(
            lambda: audit_service.list_audit(
                actor=actor,
                person=person,
                entity_type=entity_type,
                since=since,
                until=until,
                limit=PAGE_SIZE,
            ),
            on_done=self._show_first_page,
            on_error=self._list_failed,
        )

    def _show_first_page(self, page: AuditPage) -> None:
        self.model.set_rows(page.entries)
        self._next_before_id = page.next_before_id
        ui = self.ui
        if not page.entries:
            if self.has_filters():
                ui.listState.show_empty(
                    "No entries match these filters",
                    "Widen the period, or clear the filters.",
                    icon_name="audit",
                    action_text="Clear filters",
                    action=self.clear_filters,
                )
            else:
                ui.listState.show_empty(
                    "The audit log is empty",
                    "Every change made in FitMate is written here, with who made it.",
                    icon_name="audit",
                )
        else:
            ui.listState.show_content()
        self._show_no_selection()
        self._update_count()

    def load_more(self) -> None:
        """The next (older) page, under the rows already shown."""
        before_id = self._next_before_id
        if before_id is None or self._loading_more:
            return
        ui = self.ui
        since, until = self.period_bounds()
        person = ui.personEdit.text().strip()
        entity_type = str(ui.entityCombo.currentData() or "")
        actor = self.actor
        self._loading_more = True
        ui.loadMoreButton.setEnabled(False)
        ui.loadMoreButton.setText("Loading…")
        self._list_task.run(
            lambda: audit_service.list_audit(
                actor=actor,
                person=person,
                entity_type=entity_type,
                since=since,
                until=until,
                before_id=before_id,
                limit=PAGE_SIZE,
            ),
            on_done=self._append_page,
            on_error=self._list_failed,
        )

    def _append_page(self, page: AuditPage) -> None:
        self._loading_more = False
        self.model.append_rows(page.entries)
        self._next_before_id = page.next_before_id
        self._update_count()

    def _list_failed(self, err: BaseException) -> None:
        more = self._loading_more
        self._loading_more = False
        self.ui.listState.show_error(
            "Couldn’t load more of the audit log" if more else "Couldn’t load the audit log",
            user_message(err),
            retry=self.load_more if more else self.reload,
        )
        self._update_count()

    def _update_count(self) -> None:
        ui = self.ui
        shown = self.model.rowCount()
        more = self._next_before_id is not None
        text = self.fmt.count(shown, "entry", "entries")
        ui.countLabel.setText(f"{text} shown, more below" if more else text)
        ui.loadMoreButton.setVisible(more)
        ui.loadMoreButton.setEnabled(more)
        ui.loadMoreButton.setText("&Load more")

    @property
    def next_before_id(self) -> int | None:
        """Where "Load more" continues (None at the end of the log)."""
        return self._next_before_id

    # -- CSV export ------------------------------------------------------------------------------

    def _export(self) -> None:
        if self._export_task is not None and not self._export_task.finished:
            self._export_task.cancel()
            self._finish_export("Export cancelled.")
            return
        suggested = Path.home() / f"audit-log-{self.fmt.today().isoformat()}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, "Export the audit log as CSV", str(suggested), "CSV files (*.csv)"
        )
        if path:
            self.start_export(Path(path))

    def start_export(self, path: Path) -> Task:
        """Write every entry matching the filters to ``path`` (on a worker, cancellable)."""
        ui = self.ui
        since, until = self.period_bounds()
        person = ui.personEdit.text().strip()
        entity_type = str(ui.entityCombo.currentData() or "")
        actor, fmt = self.actor, self.fmt
        box: list[Task] = []

        def work() -> int:
            written = 0
            before_id: int | None = None
            tmp = path.with_suffix(path.suffix + ".part")
            with tmp.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel reads UTF-8
                writer = csv.writer(fh)
                writer.writerow(
                    ["Id", "Time", "Person", "Desk", "Action", "Record", "Record id", "Reason",
                     "Before", "After"]
                )  # fmt: skip
                while not (box and box[0].cancelled):
                    page = audit_service.list_audit(
                        actor=actor,
                        person=person,
                        entity_type=entity_type,
                        since=since,
                        until=until,
                        before_id=before_id,
                        limit=EXPORT_BATCH,
                    )
                    for e in page.entries:
                        writer.writerow(
                            [
                                e.id,
                                fmt.local(e.occurred_at).isoformat(timespec="seconds"),
                                e.actor_email or "",
                                e.workstation or "",
                                e.action,
                                e.entity_type,
                                e.entity_id or "",
                                e.reason or "",
                                "" if e.before is None else json.dumps(e.before, sort_keys=True),
                                "" if e.after is None else json.dumps(e.after, sort_keys=True),
                            ]
                        )
                    written += len(page.entries)
                    before_id = page.next_before_id
                    if before_id is None:
                        break
            if box and box[0].cancelled:
                tmp.unlink(missing_ok=True)
            else:
                tmp.replace(path)
            return written

        ui.exportButton.setText("Cancel export")
        task = run_in_background(
            work,
            on_done=lambda n: self._finish_export(
                f"Saved {self.fmt.count(n, 'entry', 'entries')} to {path.name}"
            ),
            on_error=lambda err: self._finish_export(f"Export failed: {user_message(err)}"),
            parent=self,
        )
        box.append(task)
        self._export_task = task
        return task

    def _finish_export(self, message: str) -> None:
        self._export_task = None
        self.export_message = message
        self.ui.exportButton.setText("E&xport CSV…")
        self.ui.countLabel.setText(message)
        # The count comes back a little later; the panel as context: no call once it is gone.
        QTimer.singleShot(8000, self, self._update_count)

    # -- the detail ------------------------------------------------------------------------------

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.auditTable.selectionModel().selectedRows()
        if not rows:
            self._show_no_selection()
            return
        self.show_entry(self.model.row_at(rows[0].row()))

    def select_row(self, row: int) -> None:
        """Select the entry in ``row`` (tests)."""
        self.ui.auditTable.selectRow(row)

    def _show_no_selection(self) -> None:
        self.ui.detailState.show_empty(
            "Select an entry",
            "What the record looked like before and after the change appears here.",
            icon_name="audit",
        )

    def show_entry(self, entry: AuditEntry) -> None:
        """Before and after of ``entry`` side by side, changed keys highlighted."""
        ui = self.ui
        ui.detailState.show_content()
        ui.detailTitle.setText(
            f"{action_title(entry.action)} — {entity_title(entry.entity_type)}"
            # Settings are one record: its id says nothing.
            + (f" {entry.entity_id}" if entry.entity_id and entry.entity_type != "settings" else "")
        )
        who = entry.actor_email or "someone unknown"
        where = f" at desk {entry.workstation}" if entry.workstation else ""
        ui.detailMeta.setText(
            f"{self.fmt.exact_datetime(entry.occurred_at)} · {who}{where} · entry {entry.id}"
        )
        ui.reasonLabel.setText(f"Reason: {entry.reason}" if entry.reason else "")
        ui.reasonLabel.setVisible(bool(entry.reason))
        changed = changed_keys(entry.before, entry.after)
        warn_bg, warn_fg = tone_colors("warn")
        muted = muted_text_color()
        ui.beforeView.setHtml(
            render_side(
                entry.before,
                changed,
                highlight=warn_bg,
                text_color=warn_fg,
                muted=muted,
                other=entry.after,
                fmt=self.fmt,
                entity_type=entry.entity_type,
            )
        )
        ui.afterView.setHtml(
            render_side(
                entry.after,
                changed,
                highlight=warn_bg,
                text_color=warn_fg,
                muted=muted,
                other=entry.before,
                fmt=self.fmt,
                entity_type=entry.entity_type,
            )
        )
        ui.changedLegend.setText(
            f"● {len(changed)} changed" if changed else "No field values recorded"
        )

    # -- the chain -------------------------------------------------------------------------------

    def verify_chain(self) -> None:
        """Recompute the whole chain on a worker and say what was found."""
        ui = self.ui
        if self._chain_task.busy:
            return
        ui.verifyButton.setEnabled(False)
        ui.chainLabel.setVisible(True)
        set_tone(ui.chainLabel, "muted")
        ui.chainLabel.setText("Checking every row…")
        ui.chainLabel.setToolTip("")
        self._chain_task.run(
            lambda: audit_service.check_chain(actor=self.context.actor),
            on_done=self._chain_checked,
            on_error=self._chain_failed,
        )

    def _chain_checked(self, result: ChainCheck) -> None:
        ui = self.ui
        ui.verifyButton.setEnabled(True)
        if result.intact:
            set_tone(ui.chainLabel, "ok")
            ui.chainLabel.setText(f"Intact: {self.fmt.count(result.rows_checked, 'row')} verified")
            ui.chainLabel.setToolTip("No entry was changed or removed since it was written.")
        else:
            set_tone(ui.chainLabel, "bad")
            ui.chainLabel.setText(f"Altered at row {result.first_broken_id}")
            ui.chainLabel.setToolTip(
                f"Entry {result.first_broken_id}, or the one before it, was changed or removed "
                "outside FitMate. Tell the owner; keep a backup of the database as it is now."
            )

    def _chain_failed(self, err: BaseException) -> None:
        ui = self.ui
        ui.verifyButton.setEnabled(True)
        set_tone(ui.chainLabel, "bad")
        ui.chainLabel.setText(f"Could not check: {user_message(err)}")

    def chain_text(self) -> str:
        """What the chain check said ("" before one ran)."""
        return self.ui.chainLabel.text() if self.ui.chainLabel.isVisibleTo(self) else ""

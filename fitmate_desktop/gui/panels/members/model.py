"""The members table: a lazy model that pages through ``list_members`` as the view scrolls.

Never loads the whole table. The first batch comes when the query changes; further batches
come when the view asks (``canFetchMore``/``fetchMore``, i.e. when the last row scrolls into
view), each one ``list_members(after=cursor, limit=200)`` on a worker and appended inside
``beginInsertRows``/``endInsertRows``. Answers for an older query are dropped.

Sorting (name, code, member since, last visit, membership end, either direction) is done by
the service, keyset-paged like the name order: a new sort reloads from the first batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from fitmate_desktop.gui.status import member_status_look
from fitmate_desktop.gui.style import muted_text_color
from fitmate_desktop.gui.tasks import LatestOnly
from fitmate_desktop.gui.widgets.badge_delegate import BADGE_ROLE
from fitmate_desktop.services import members as members_service

if TYPE_CHECKING:
    from fitmate_desktop.gui.format import Formatter
    from fitmate_desktop.services.auth import Actor
    from fitmate_desktop.services.members import MemberPage, MemberRow

BATCH_SIZE = 200
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING = "—"

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column of the table."""

    key: str
    title: str
    width: int  # default width in pixels, before the user resizes it
    sort: str | None = None  # the service's sort key (``members.SORTS``); None: not sortable


COLUMNS: tuple[Column, ...] = (
    Column("code", "Code", 92, sort="code"),
    Column("name", "Name", 176, sort="name"),
    Column("phone", "Phone", 150),
    Column("email", "Email", 210),
    Column("status", "Status", 150),
    Column("plan", "Plan", 150),
    Column("days_left", "Days left", 84),
    Column("last_visit", "Last visit", 136, sort="last_visit"),
    Column("membership_end", "Membership end", 140, sort="membership_end"),
    Column("joined", "Member since", 120, sort="joined"),
)
COLUMN_INDEX = {column.key: i for i, column in enumerate(COLUMNS)}
SORTABLE = frozenset(i for i, column in enumerate(COLUMNS) if column.sort)
# Centred: right-aligned, a number runs into the next column's left-aligned text.
CENTRED = frozenset({"days_left"})


class MembersModel(QAbstractTableModel):
    """Rows of ``MemberRow`` for one search query, fetched in batches on demand.

    Signals: ``sig_batch(first)`` when a batch is in (after the first batch of a (re)load the
    panel picks the empty or content state); ``sig_failed(exc, first)`` when a batch failed;
    ``sig_count(int | None)`` with the number of members matching the query.
    """

    sig_batch = Signal(bool)
    sig_failed = Signal(object, bool)
    sig_count = Signal(object)

    def __init__(self, actor: Actor, formatter: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._formatter = formatter
        self._query = ""
        self._archived = False
        self._sort = "name"
        self._descending = False
        self._rows: list[MemberRow] = []
        self._cursor: object | None = None
        self._has_more = False
        self._failed = False
        self._loaded_once = False
        self._page_task = LatestOnly(self)
        self._count_task = LatestOnly(self)
        self._count: int | None = None

    # -- loading ---------------------------------------------------------------------------------

    @property
    def query(self) -> str:
        """The search text the rows answer."""
        return self._query

    @property
    def loading(self) -> bool:
        """True while a batch is on its way."""
        return self._page_task.busy

    @property
    def count(self) -> int | None:
        """How many members match (None until counted)."""
        return self._count

    @property
    def archived(self) -> bool:
        """Whether the archived members are listed instead of the current ones."""
        return self._archived

    def set_archived(self, archived: bool) -> None:
        """List the archived members (to find and restore one), or the current ones."""
        if archived != self._archived:
            self._archived = archived
            self.reload()

    @property
    def sort_key(self) -> str:
        """The service's sort key of the rows (``name`` by default)."""
        return self._sort

    @property
    def descending(self) -> bool:
        """Whether the rows run from the highest key down."""
        return self._descending

    def set_sort(self, sort: str, descending: bool, *, reload: bool = True) -> None:
        """Order the list by ``sort`` (a ``members.SORTS`` key); reloads from the start
        (unless ``reload`` is False: before the first load)."""
        if (sort, descending) != (self._sort, self._descending):
            self._sort, self._descending = sort, descending
            if reload:
                self.reload()

    def set_query(self, query: str) -> None:
        """Search for ``query`` (any part of name, email, phone or member code)."""
        self._query = query.strip()
        self.reload()

    def reload(self) -> None:
        """Drop the rows and fetch the first batch (and the count) again."""
        self._page_task.cancel()
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._has_more = False
        self._failed = False
        self._loaded_once = False
        self.endResetModel()
        self._fetch_batch(first=True)
        self._fetch_count()

    def retry(self) -> None:
        """After a failed batch: the first batch again, or the next batch where it stopped."""
        if not self._loaded_once:
            self.reload()
        else:
            self._failed = False
            self._fetch_batch(first=False)

    def _fetch_batch(self, *, first: bool) -> None:
        actor, query, after, archived = self._actor, self._query, self._cursor, self._archived
        sort, descending = self._sort, self._descending

        def work() -> MemberPage:
            return members_service.list_members(
                actor=actor,
                query=query,
                after=after,
                limit=BATCH_SIZE,
                archived=archived,
                sort=sort,
                descending=descending,
            )

        self._page_task.run(
            work,
            on_done=lambda page: self._append(page, first),
            on_error=lambda err: self._on_batch_failed(err, first),
        )

    def _fetch_count(self) -> None:
        actor, query, archived = self._actor, self._query, self._archived
        self._count_task.run(
            lambda: members_service.count_members(actor=actor, query=query, archived=archived),
            on_done=self._on_counted,
            on_error=lambda _err: self._on_counted(None),
        )

    def _on_counted(self, count: int | None) -> None:
        self._count = count
        self.sig_count.emit(count)

    def _append(self, page: MemberPage, first: bool) -> None:
        rows = list(page.rows)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._cursor = page.next_after
        self._has_more = page.next_after is not None
        self._loaded_once = True
        self.sig_batch.emit(first)

    def _on_batch_failed(self, err: BaseException, first: bool) -> None:
        self._failed = True
        self.sig_failed.emit(err, first)

    # Qt calls these when the view's last row becomes visible.
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._loaded_once and self._has_more and not self._failed and not self.loading

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch_batch(first=False)

    # -- access ----------------------------------------------------------------------------------

    def member_row(self, row: int) -> MemberRow | None:
        """The ``MemberRow`` shown in ``row`` (None if out of range)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_member(self, member_id: int) -> int | None:
        """The row showing ``member_id`` among the rows loaded so far."""
        for i, row in enumerate(self._rows):
            if row.id == member_id:
                return i
        return None

    def has_more(self) -> bool:
        """True if more rows exist beyond those loaded."""
        return self._has_more

    # -- QAbstractTableModel -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMNS[section].key in CENTRED:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            column = COLUMNS[section]
            return f"Sort by {column.title.lower()}" if column.sort else None
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        member = self._rows[index.row()]
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, key)
        if role == BADGE_ROLE and key == "status":
            return member_status_look(member.status, member.days_left)
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "status":
                return member_status_look(member.status, member.days_left).tooltip
            if key in ("email", "name", "plan"):
                return self._display(member, key) or None
            if key == "last_visit" and member.last_visit_at is not None:
                return self._formatter.exact_datetime(member.last_visit_at)
            if key == "membership_end" and member.membership_end is not None:
                return self._formatter.days_until(member.membership_end)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in CENTRED:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
            key == "code" or self._display(member, key) == MISSING
        ):
            return muted_text_color()
        if role == Qt.ItemDataRole.AccessibleTextRole and key == "status":
            return member_status_look(member.status, member.days_left).text
        return None

    def _display(self, member: MemberRow, key: str) -> str:
        if key == "code":
            return member.member_code
        if key == "name":
            return member.full_name
        if key == "phone":
            return member.phone or MISSING
        if key == "email":
            return member.email or MISSING
        if key == "status":
            return member_status_look(member.status, member.days_left).text
        if key == "plan":
            return member.plan_name or MISSING
        if key == "days_left":
            if member.days_left is None or member.days_left < 0:
                return MISSING
            return self._formatter.integer(member.days_left)
        if key == "last_visit":
            if member.last_visit_at is None:
                return MISSING
            return self._formatter.relative(member.last_visit_at)
        if key == "membership_end":
            if member.membership_end is None:
                return MISSING
            return self._formatter.date(member.membership_end)
        if key == "joined":
            return self._formatter.date(member.joined_on) if member.joined_on else MISSING
        return ""

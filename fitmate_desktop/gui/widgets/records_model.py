"""The table model of the short lists (plans, renewals, accounts, sessions, audit pages).

Rows are the frozen dataclasses the services return; each subclass declares its ``columns``
and answers ``data()``. Lists read whole use ``set_rows``; paged ones add pages with
``append_rows``. (The members list is different: 100,000 rows, fetched lazily.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from fitmate_desktop.gui.format import Formatter

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: its key for ``data()``, its title, default width, and alignment."""

    key: str
    title: str
    width: int
    right: bool = False  # numbers and money read right-aligned

    @property
    def alignment(self) -> int:
        horizontal = Qt.AlignmentFlag.AlignRight if self.right else Qt.AlignmentFlag.AlignLeft
        return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class RecordsModel(QAbstractTableModel):
    """Rows of frozen dataclasses (with an ``id``) shown in ``columns``."""

    columns: tuple[Column, ...] = ()

    def __init__(self, fmt: Formatter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fmt = fmt
        self._rows: list[Any] = []

    def set_rows(self, rows: tuple[Any, ...] | list[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: tuple[Any, ...] | list[Any]) -> None:
        """Add a page under the rows already shown."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def row_at(self, row: int) -> Any:
        """The record shown in ``row`` (None outside the list)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: object) -> int | None:
        """The row of the record with ``record_id`` (None if not listed)."""
        return next((n for n, r in enumerate(self._rows) if r.id == record_id), None)

    def column_key(self, index: AnyIndex) -> str:
        return self.columns[index.column()].key

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.columns[section].alignment  # titles line up with their values
        return None

    def when_texts(self, moment: dt.datetime | None) -> tuple[str, str, float]:
        """(relative text, exact tooltip, sort key) of a timestamp."""
        if moment is None:
            return "Never", "", 0.0
        return self.fmt.relative(moment), self.fmt.exact_datetime(moment), moment.timestamp()

"""The members table's header: sorting by a click, titles that never elide, columns that fit.

- Sorting: a click on Code, Name, Last visit, Membership end or Member since sorts by it (a
  second click the other way); the model asks the service, which pages every order by its
  index. A click on a column the service cannot sort leaves the arrow where the rows are.
- Titles: QHeaderView has one minimum width for all sections; here each column keeps at
  least what the style needs for its whole title and the sort arrow.
- Fit: the columns are shown in their visual order (what the desk checks first comes first)
  as long as they fit the table's width; the ones that do not fit are hidden rather than
  squeezed or cut at the edge (the detail pane shows the same facts for the selected member).
  Making the window wider, or the detail pane narrower, brings them back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QTableView

from fitmate_desktop.gui.panels.members.model import COLUMN_INDEX, COLUMNS, SORTABLE

HEADER_SLACK = 6  # pixels beyond what the style asks for, so no title ever elides
ALWAYS_SHOWN = 2  # the first columns in visual order (code and name) never hide


class MembersHeader(QObject):
    """Drives the members table's horizontal header (see the module docstring).

    ``sig_sort(sort_key, descending)`` when a sortable column is clicked.
    """

    sig_sort = Signal(str, bool)

    def __init__(self, table: QTableView, visual_order: tuple[str, ...]) -> None:
        super().__init__(table)
        self.table = table
        self.header = header = table.horizontalHeader()
        self._widths: dict[int, int] = {}
        self._minimum: dict[int, int] = {}
        self._fitting = False
        self._current: Callable[[], tuple[str, bool]] = lambda: ("name", False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMN_INDEX["name"], Qt.SortOrder.AscendingOrder)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        for i, column in enumerate(COLUMNS):
            self._minimum[i] = self.title_width(i)
            self._widths[i] = max(column.width, self._minimum[i])
            header.resizeSection(i, self._widths[i])
        for visual, key in enumerate(visual_order):
            header.moveSection(header.visualIndex(COLUMN_INDEX[key]), visual)

        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        header.sectionResized.connect(self._on_resized)
        header.sectionMoved.connect(lambda *_args: self._fit_timer.start())
        header.sectionClicked.connect(self._on_clicked)
        table.viewport().installEventFilter(self)

    # -- widths ----------------------------------------------------------------------------------

    def title_width(self, section: int) -> int:
        """The width a column needs for its whole title and the sort arrow (no elision)."""
        header = self.header
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.text = COLUMNS[section].title
        option.section = section
        if section in SORTABLE:
            option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        size = header.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, header.sizeHint(), header
        )
        text = header.fontMetrics().horizontalAdvance(COLUMNS[section].title)
        return max(size.width(), text + 24) + HEADER_SLACK

    def restored(self) -> None:
        """After ``restoreState``: keep the titles whole and fit the columns again."""
        header = self.header
        for section in range(len(COLUMNS)):
            header.setSectionHidden(section, False)
            size = header.sectionSize(section)
            self._widths[section] = max(size, self._minimum[section])
            if size < self._minimum[section]:
                header.resizeSection(section, self._minimum[section])
        self.fit()

    def _last_shown(self) -> int:
        header = self.header
        for visual in range(header.count() - 1, -1, -1):
            section = header.logicalIndex(visual)
            if not header.isSectionHidden(section):
                return section
        return -1

    def _on_resized(self, section: int, _old: int, new: int) -> None:
        if self._fitting or new == 0:  # hiding a section reports it as 0 wide
            return
        if self.header.stretchLastSection() and section == self._last_shown():
            return  # stretched to fill the table: not a width anybody chose
        wanted = self._minimum.get(section, 0)
        if new < wanted:
            self.header.resizeSection(section, wanted)
            return
        self._widths[section] = new
        self._fit_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_timer.start()
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        """Show the columns, in visual order, that fit the table; hide the rest."""
        header = self.header
        available = self.table.viewport().width()
        used = 0
        self._fitting = True
        try:
            full = False
            for visual in range(header.count()):
                section = header.logicalIndex(visual)
                width = self._widths[section]
                fits = not full and (visual < ALWAYS_SHOWN or used + width <= available)
                if not fits:
                    full = True  # once one is left out, so are the ones after it
                if header.isSectionHidden(section) == fits:
                    header.setSectionHidden(section, not fits)
                    if fits:
                        header.resizeSection(section, width)
                if fits:
                    used += width
            # The last one shown stretches to the edge; the others keep their own widths
            # (a section that was last, and stretched, gets its width back).
            last = self._last_shown()
            for section, width in self._widths.items():
                shown = section != last and not header.isSectionHidden(section)
                if shown and header.sectionSize(section) != width:
                    header.resizeSection(section, width)
        finally:
            self._fitting = False

    def shown_columns(self) -> list[str]:
        """The keys of the columns on screen, in visual order (tests read it)."""
        header = self.header
        return [
            COLUMNS[header.logicalIndex(v)].key
            for v in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(v))
        ]

    # -- sorting ---------------------------------------------------------------------------------

    def follow(self, current: Callable[[], tuple[str, bool]]) -> None:
        """Where to read the rows' actual order (the model's sort key and direction)."""
        self._current = current

    def _on_clicked(self, section: int) -> None:
        sort = COLUMNS[section].sort
        if sort is None:
            # Not sortable: the arrow stays where the rows are sorted.
            self.show_sort()
            return
        self.sig_sort.emit(sort, self.header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def restored_sort(self) -> tuple[str, bool] | None:
        """The sort kept in a restored header state, if it is one the service can do."""
        section = self.header.sortIndicatorSection()
        sort = COLUMNS[section].sort if 0 <= section < len(COLUMNS) else None
        if sort is None:
            return None
        return sort, self.header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def show_sort(self) -> None:
        """Put the arrow on the column the rows are sorted by, in their direction."""
        key, descending = self._current()
        section = next(i for i, c in enumerate(COLUMNS) if c.sort == key)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        header = self.header
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (section, order):
            header.blockSignals(True)
            header.setSortIndicator(section, order)
            header.blockSignals(False)
            header.viewport().update()

"""The list of findings as a Qt item model: pages fetched from SQL as the view scrolls, never
everything, so 100,000 findings stay quick."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.workflow import is_overdue
from inspector_app.services import findings
from inspector_app.services.findings import SORTS, FindingFilter, FindingRow
from inspector_app.services.workspace import Workspace

PAGE = 200
COLUMNS = ("time", "unit", "person", "type", "status", "due", "place")
OVERDUE_TEXT, OVERDUE_BACK = QColor("#a00000"), QColor("#fde2e2")


class FindingTableModel(QAbstractTableModel):
    totalChanged = Signal(int)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.rows: list[FindingRow] = []
        self.total = 0
        self.filter = FindingFilter()
        self.sort_key, self.descending = "time", True
        self.loaded = False
        self._headers = (self.tr("时间"), self.tr("单位"), self.tr("当事人"), self.tr("问题类型"),
                         self.tr("状态"), self.tr("整改期限"), self.tr("地点"))

    # --- loading ---------------------------------------------------------------------------
    def load(self, flt: FindingFilter, total: int, first: list[FindingRow]) -> None:
        """Show a new filter's first page (both fetched off the GUI thread by the caller)."""
        self.beginResetModel()
        self.filter, self.total, self.rows = flt, total, list(first)
        self.loaded = True
        self.endResetModel()
        self.totalChanged.emit(total)

    def query(self, flt: FindingFilter) -> tuple[int, list[FindingRow]]:
        """The count and the first page for a filter: safe to run on a worker thread."""
        return findings.count(self.ws, flt), findings.page(self.ws, flt, self.sort_key, self.descending, 0, PAGE,
                                                             with_total=False).rows

    def refresh(self) -> None:
        self.load(self.filter, *self.query(self.filter))

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:
        if parent.isValid():
            return
        more = findings.page(self.ws, self.filter, self.sort_key, self.descending, len(self.rows), PAGE,
                             with_total=False).rows
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        key = COLUMNS[column]
        if key not in SORTS:  # the place column is not sortable
            return
        self.sort_key, self.descending = key, order == Qt.DescendingOrder
        if self.loaded:  # before the first load (the view being set up) the order is only noted
            self.refresh()

    # --- the model -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole) -> Any:
        # never super().headerData(): PySide6 6.12.0 on Python 3.11 miscounts references to None there
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            return self._headers[section]
        if role == Qt.DisplayRole and orientation == Qt.Vertical:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.DisplayRole:
            return {
                "time": f"{row.observed_at:%Y-%m-%d %H:%M}",
                "unit": row.unit_name,
                "person": row.person_name or row.person_description,
                "type": self.ws.ref.catalogue.violation(row.violation_code).name(),
                "status": FindingStatus(row.status).label(),
                "due": self._due_text(row),
                "place": row.place,
            }[column]
        if role == Qt.ToolTipRole:
            return row.description
        if role == Qt.UserRole:
            return row.id
        if role not in (Qt.ForegroundRole, Qt.BackgroundRole):
            return None
        overdue = is_overdue(row.due_on, row.accepted, row.status, date.today())
        if role == Qt.ForegroundRole and (overdue or row.status == FindingStatus.VOIDED):
            return QBrush(OVERDUE_TEXT if overdue else QColor("#888888"))
        if role == Qt.BackgroundRole and overdue:
            return QBrush(OVERDUE_BACK)
        return None

    def _due_text(self, row: FindingRow) -> str:
        if row.due_on is None:
            return ""
        if is_overdue(row.due_on, row.accepted, row.status, date.today()):
            return self.tr("%1 逾期 %2 天").replace("%1", f"{row.due_on:%Y-%m-%d}") \
                .replace("%2", str((date.today() - row.due_on).days))
        return f"{row.due_on:%Y-%m-%d}" + (self.tr(" 已整改") if row.accepted else "")

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    def row_at(self, row: int) -> FindingRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

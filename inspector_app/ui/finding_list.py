"""问题记录: every finding, filtered by period, unit, type, status and text, sorted by any column,
with the selected finding's details and photos beside the list."""

from __future__ import annotations

import base64

import html
import uuid
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QSplitter, QTableView,
    QTextBrowser, QVBoxLayout, QWidget,
)

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.workflow import AWAITING_RECTIFICATION
from inspector_app.services import evidence, findings, roster
from inspector_app.services.findings import FindingDetail, FindingFilter
from inspector_app.ui.context import AppContext
from inspector_app.ui.finding_model import COLUMNS, FindingTableModel
from inspector_app.i18n import bracketed, colon, joined, pick


class FindingListPage(QWidget):
    findingActivated = Signal(object)  # uuid of the finding chosen with a double click or Enter

    def __init__(self, ctx: AppContext, statuses: tuple[str, ...] = (), sort: tuple[str, bool] = ("time", True),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fixed_statuses = statuses
        self.model = FindingTableModel(ctx.ws, self)
        self._generation = 0
        self._shown: uuid.UUID | None = None

        self.use_period = QCheckBox(self.tr("时间段"))
        self.date_from = QDateEdit(QDate.currentDate().addMonths(-3))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.unit = QComboBox()
        self.unit.addItem(self.tr("全部单位"), None)
        for unit_id, name in roster.units(ctx.ws):
            self.unit.addItem(name, str(unit_id))  # Qt compares strings, not Python objects
        self.kind = QComboBox()
        self.kind.addItem(self.tr("全部类型"), None)
        for v in ctx.ws.ref.catalogue.violations:
            self.kind.addItem(v.name(), v.code)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for st in FindingStatus:
            self.status.addItem(st.label(), st.value)
        self.status.setVisible(not statuses)
        for combo in (self.unit, self.kind, self.status):  # long unit names must not widen the window
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.overdue = QCheckBox(self.tr("仅看整改逾期"))
        self.overdue.setVisible(not statuses or bool(set(statuses) & set(AWAITING_RECTIFICATION)))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("检索：描述、地点、姓名、单位"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()

        bar = QHBoxLayout()
        for w in (self.use_period, self.date_from, QLabel("—"), self.date_to, self.unit, self.kind, self.status,
                  self.overdue):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)

        self.table = QTableView()
        self.table.setModel(self.model)
        # the first order, noted before the first query (which runs in the background)
        self.table.horizontalHeader().setSortIndicator(COLUMNS.index(sort[0]),
                                                       Qt.DescendingOrder if sort[1] else Qt.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((122, 160, 90, 150, 62, 150)):
            self.table.setColumnWidth(column, width)
        self._fitted = False
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.CustomContextMenu)  # right-click: the columns to show
        header.customContextMenuRequested.connect(self.choose_columns)
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.evidence_button = QPushButton(self.tr("证据与打码… (Enter)"))
        self.evidence_button.setEnabled(False)
        self.evidence_button.clicked.connect(lambda: self._activate(self.table.currentIndex().row()))
        self.side = QWidget()
        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addWidget(self.evidence_button, 0, Qt.AlignRight)

        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.unit, self.kind, self.status):
            combo.currentIndexChanged.connect(self.apply_filter)
        for w in (self.date_from, self.date_to):
            w.dateChanged.connect(self.apply_filter)
        self.use_period.toggled.connect(self.apply_filter)
        self.overdue.toggled.connect(self.apply_filter)
        self.model.totalChanged.connect(lambda n: self.count.setText(self.tr("共 %n 条", "", n)))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_detail(cur.row()))
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.activated.connect(lambda index: self._activate(index.row()))
        # the first query runs when the page is shown (the window asks), not while the window is built


    def choose_columns(self, at) -> None:
        """The header's menu: each column shown or hidden (at least one stays)."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        header = self.table.horizontalHeader()
        shown = [c for c in range(self.model.columnCount()) if not header.isSectionHidden(c)]
        for column in range(self.model.columnCount()):
            action = menu.addAction(self.model.headerData(column, Qt.Horizontal))
            action.setCheckable(True)
            action.setChecked(column in shown)
            action.setEnabled(not (column in shown and len(shown) == 1))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.popup(header.mapToGlobal(at))
        return menu
    def current_filter(self) -> FindingFilter:
        period = self.use_period.isChecked()
        statuses = self.fixed_statuses or ((self.status.currentData(),) if self.status.currentData() else ())
        return FindingFilter(
            date_from=self.date_from.date().toPython() if period else None,
            date_to=self.date_to.date().toPython() if period else None,
            unit_ids=(uuid.UUID(self.unit.currentData()),) if self.unit.currentData() else (),
            codes=(self.kind.currentData(),) if self.kind.currentData() else (),
            statuses=statuses, text=self.search.text(), overdue_on=date.today() if self.overdue.isChecked() else None)

    def apply_filter(self) -> None:
        """Count and first page off the GUI thread; a newer filter wins over an older answer."""
        self._generation += 1
        generation, flt = self._generation, self.current_filter()

        def loaded(result: tuple[int, list]) -> None:
            if generation == self._generation:
                self.model.load(flt, *result)
                if not self._fitted and self.model.rowCount():  # the type's name whole, in either language
                    self.table.resizeColumnToContents(COLUMNS.index("type"))
                    self._fitted = True
                if self.model.rowCount():
                    self.table.selectRow(0)
                else:
                    self.show_detail(-1)
        self.ctx.tasks.run(lambda _p: self.model.query(flt), loaded, self.ctx.show_error)

    def _activate(self, row: int) -> None:
        found = self.model.row_at(row)
        if found:
            self.findingActivated.emit(found.id)

    def show_detail(self, row: int) -> None:
        """The chosen finding's detail, made in the background (it reads the person's year and may
        draw thumbnails); an answer for a finding no longer chosen is dropped."""
        found = self.model.row_at(row)
        self.evidence_button.setEnabled(found is not None)
        self._shown = found.id if found else None
        if found is None:  # an empty pane says what to do
            hint = (self.tr("选择一条问题记录，这里显示其事实、照片与当事人本年度的记录；按 Enter 打开证据。")
                    if self.model.rowCount() else self.tr("没有符合条件的问题记录。可放宽上方的条件，或在“快速录入”中录入。"))
            self.detail.setHtml(f"<p style='color:#666'>{html.escape(hint)}</p>")
            return

        def done(page: str) -> None:
            if self._shown == found.id:
                self.detail.setHtml(page)
        self.ctx.tasks.run(lambda _p: finding_html(self.ctx, findings.detail(self.ctx.ws, found.id)), done,
                           self.ctx.show_error)


def finding_html(ctx: AppContext, shown: FindingDetail) -> str:
    """A finding as the detail pane and the desks show it: facts, photos, the ladder's suggestion,
    the person's year. On a worker thread: it may draw thumbnails."""
    f, hint = shown.finding, shown.suggestion
    cat = ctx.ws.ref.catalogue
    esc = html.escape
    void_reason = QCoreApplication.translate("FindingDetail", "作废理由")
    suggested = QCoreApplication.translate("FindingDetail", "建议处理")
    decided = QCoreApplication.translate("FindingDetail", "处理决定")
    head = QCoreApplication.translate("FindingDetail", "对单位“一把手”问责")
    earlier_title = QCoreApplication.translate("FindingDetail", "当事人本年度其他问题")
    parts = [
        f"<h3>{esc(cat.violation(f.violation_code).name())} · {esc(FindingStatus(f.status).label())}</h3>",
        f"<p><b>{f.observed_at:%Y-%m-%d %H:%M}</b>　{esc(shown.unit.name)}　{esc(shown.who)}</p>",
        f"<p>{esc(f.description)}</p>",
    ]
    if f.void_reason:
        parts.append(f"<p style='color:#a00'>{esc(void_reason)}{colon()}{esc(f.void_reason)}</p>")
    thumbs = [f"<img src='data:image/jpeg;base64,{base64.b64encode(evidence.image(ctx.ws, ev, 'thumb')).decode()}'"
              " height='110'> " for ev in shown.photos
              if evidence.have_original(ctx.ws, ev.sha256)]
    if thumbs:
        parts.append("<p>" + "".join(thumbs) + "</p>")
    parts.append(f"<p><b>{esc(suggested)}{colon()}</b>{esc(cat.sanction(hint.sanction).name())}"
                 + (esc(bracketed(joined([r.text() for r in hint.reasons]))) if hint.reasons else "") + "</p>")
    for alert in hint.alerts:
        parts.append(f"<p style='color:#c00'>⚠ {esc(alert.text())}</p>")
    if (h := shown.handling) is not None:
        parts.append(f"<p><b>{esc(decided)}{colon()}</b>{esc(cat.sanction(h.sanction_code).name())}"
                     + (pick("，", ", ") + esc(head) if h.accountability else "")
                     + esc(bracketed(f"{h.decided_on:%Y-%m-%d} {h.decided_by}")) + "</p>")
    earlier = shown.this_year[:20]
    if earlier:
        parts.append(f"<p><b>{esc(earlier_title)}{colon()}</b></p><ul>" + "".join(
            f"<li>{r.observed_at:%m-%d %H:%M} {esc(cat.violation(r.violation_code).name())}"
            f"{esc(bracketed(FindingStatus(r.status).label()))}</li>" for r in earlier) + "</ul>")
    return "".join(parts)

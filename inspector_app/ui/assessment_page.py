"""考核 page, for the office: a period's units ranked among their kind (flagged dissatisfaction in
amber or red), the people and the appraisal their record suggests (confirmed here), and charts —
findings by month and by type, the units of a kind by score, the chosen unit's year against the
district's average — each saved as PNG; the period's 考核情况通报 (PDF) and its workbook."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QLineSeries, QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QPushButton,
    QSpinBox, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from inspector_app.domain.enums import AppraisalGrade, UnitKind
from inspector_app.services import assessment, assessment_report
from inspector_app.services.assessment import PersonProfile, UnitProfile
from inspector_app.services.settings import assessment_rules
from inspector_app.ui.context import AppContext

FLAG_COLOURS = {"explain": QColor("#b26a00"), "grave": QColor("#c62828")}
TOP_TYPES = 10  # the chart of types shows the commonest


@dataclass
class Period:
    units: list[UnitProfile]
    people: list[PersonProfile]
    months: dict[str, int]


def _above(content: QWidget, button: QPushButton) -> QWidget:
    """The content, and under it the button at the right."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(content, 1)
    row = QHBoxLayout()
    row.addStretch()
    row.addWidget(button)
    column.addLayout(row)
    return box


class AssessmentPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: Period | None = None
        today = date.today()
        self.year = QSpinBox(minimum=2000, maximum=2100, value=today.year)
        self.part = QComboBox()
        for label, months in ((self.tr("全年"), (1, 12)), (self.tr("第一季度"), (1, 3)), (self.tr("第二季度"), (4, 6)),
                              (self.tr("第三季度"), (7, 9)), (self.tr("第四季度"), (10, 12))):
            self.part.addItem(label, months)
        self.report_button = QPushButton(self.tr("导出考核通报…"))
        self.summary = QLabel()  # one line: a wrapped label would let the page ask for its charts' full height

        self.units = self._table([self.tr("类别"), self.tr("排名"), self.tr("单位"), self.tr("得分"), self.tr("问题"),
                                  self.tr("禁令"), self.tr("投诉属实"), self.tr("承诺兑现"), self.tr("不满意率")], 2)
        self.people = self._table([self.tr("姓名"), self.tr("单位"), self.tr("问题"), self.tr("最重处理"),
                                   self.tr("考核提示"), self.tr("建议等次"), self.tr("已确认")], 4)
        self.confirm_button = QPushButton(self.tr("确认考核等次…"))
        self.lists = QTabWidget()
        self.lists.addTab(self.units, self.tr("单位排名"))
        self.lists.addTab(_above(self.people, self.confirm_button), self.tr("人员"))

        self.charts = QTabWidget()
        self.by_month, self.by_type, self.by_score, self.unit_year = (QChartView() for _ in range(4))
        for view, title in ((self.by_month, self.tr("按月问题")), (self.by_type, self.tr("问题类型")),
                            (self.by_score, self.tr("同类单位得分")), (self.unit_year, self.tr("单位与全区"))):
            view.setRenderHint(QPainter.Antialiasing)
            view.setMinimumSize(280, 200)
            self.charts.addTab(view, title)
        self.png_button = QPushButton(self.tr("图表另存为 PNG…"))
        right = _above(self.charts, self.png_button)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("考核期间")))
        top.addWidget(self.year)
        top.addWidget(self.part)
        top.addStretch()
        top.addWidget(self.report_button)
        split = QSplitter()
        split.addWidget(self.lists)
        split.addWidget(right)
        split.setSizes([620, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        self.year.valueChanged.connect(self.refresh)
        self.part.currentIndexChanged.connect(self.refresh)
        self.units.itemSelectionChanged.connect(self.show_unit)
        self.png_button.clicked.connect(self.save_png)
        self.report_button.clicked.connect(self.export_report)
        self.confirm_button.clicked.connect(self.confirm)

    def _table(self, headings: list[str], stretch: int) -> QTableWidget:
        table = QTableWidget(0, len(headings))
        table.setHorizontalHeaderLabels(headings)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.SingleSelection)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.Stretch)
        return table

    def period(self) -> tuple[date, date]:
        first, last = self.part.currentData()
        year = self.year.value()
        end = date(year + 1, 1, 1) if last == 12 else date(year, last + 1, 1)
        return date(year, first, 1), date.fromordinal(end.toordinal() - 1)

    # --- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The period's units, people and months, read in the background."""
        ws, (start, end) = self.ctx.ws, self.period()

        def work(_p) -> Period:
            return Period(assessment.unit_profiles(ws, start, end), assessment.person_profiles(ws, start, end),
                          assessment.monthly(ws, start, end))
        self.ctx.tasks.run(work, self.show_period, self.ctx.show_error)

    def show_period(self, data: Period) -> None:
        self.data = data
        ranked = [p for group in assessment.ranking(data.units).values() for p in group]
        self.units.setRowCount(len(ranked))
        for r, p in enumerate(ranked):
            cells = [UnitKind(p.kind).label(), str(p.rank), p.unit, f"{p.score:g}", str(sum(p.findings.values())),
                     str(p.prohibitions), str(p.complaints_true),
                     f"{p.commitments_kept}/{p.commitments}" if p.commitments else "—",
                     "—" if p.dissatisfied_rate is None else f"{p.dissatisfied_rate:g}%"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, p.unit)
                if p.satisfaction_flag in FLAG_COLOURS:
                    item.setForeground(QBrush(FLAG_COLOURS[p.satisfaction_flag]))
                    item.setToolTip(p.consequence)  # what seed 001 asks of its head
                self.units.setItem(r, c, item)
        self.show_people(data.people)
        flagged = assessment.flagged(data.units)
        findings = sum(sum(p.findings.values()) for p in data.units)
        self.summary.setText(
            self.tr("%1 个单位，问题 %2 个；不满意率须书面说明 %3 个、严重 %4 个。")
            .replace("%1", str(len(data.units))).replace("%2", str(findings))
            .replace("%3", str(len(flagged.get("explain", [])))).replace("%4", str(len(flagged.get("grave", [])))))
        self.chart_months()
        self.chart_types()
        self.chart_scores(ranked[0].kind if ranked else "")
        self.unit_year.setChart(QChart())
        if ranked:
            self.units.selectRow(0)

    def show_people(self, people: list[PersonProfile]) -> None:
        cat = self.ctx.ws.ref.catalogue

        def grade(code: str) -> str:
            return AppraisalGrade(code).label() if code else "—"
        self.people.setRowCount(len(people))
        for r, p in enumerate(people):
            cells = [p.person, p.unit, str(sum(p.findings.values())),
                     cat.sanction(p.harshest).name() if p.harshest else "—", "；".join(p.appraisal) or "—",
                     grade(p.suggested), grade(p.confirmed)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, p.id)
                self.people.setItem(r, c, item)

    def chosen_unit(self) -> UnitProfile | None:
        rows = self.units.selectionModel().selectedRows()
        if not rows or self.data is None:
            return None
        name = self.units.item(rows[0].row(), 2).data(Qt.UserRole)
        return next((p for p in self.data.units if p.unit == name), None)

    def show_unit(self) -> None:
        """The chosen unit's kind by score, and its months against the district's average a unit."""
        unit = self.chosen_unit()
        if unit is None:
            return
        self.chart_scores(unit.kind)
        ws, (start, end) = self.ctx.ws, self.period()
        self.ctx.tasks.run(lambda _p: assessment.monthly(ws, start, end, unit.unit),
                           lambda months: self.chart_unit_year(unit.unit, months), self.ctx.show_error)

    # --- charts ---------------------------------------------------------------------------------

    def _bars(self, title: str, labels: list[str], sets: list[tuple[str, list[float]]],
              horizontal: bool = False, ceiling: float | None = None) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        series = QHorizontalBarSeries() if horizontal else QBarSeries()
        for name, values in sets:
            bar = QBarSet(name)
            bar.append(values)
            series.append(bar)
        chart.addSeries(series)
        categories, values = QBarCategoryAxis(), QValueAxis()
        categories.append(labels)
        categories.setTruncateLabels(False)
        if len(labels) > 12:  # every unit of a kind named, in a smaller face
            font = categories.labelsFont()
            font.setPixelSize(10)
            categories.setLabelsFont(font)
        values.setLabelFormat("%g")
        top = max((v for _, vs in sets for v in vs), default=0)
        values.setRange(0, max(ceiling or 0, top * 1.05, 1))
        values.applyNiceNumbers()  # ticks at 0, 50, 100 …, not at 57.75
        chart.addAxis(categories, Qt.AlignLeft if horizontal else Qt.AlignBottom)
        chart.addAxis(values, Qt.AlignBottom if horizontal else Qt.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().setVisible(len(sets) > 1)
        return chart

    def chart_months(self) -> None:
        months = self.data.months
        self.by_month.setChart(self._bars(self.tr("各月查处问题"), [self.tr("%1月").replace("%1", m[5:].lstrip("0")) for m in months],
                                          [(self.tr("问题"), list(months.values()))]))

    def chart_types(self) -> None:
        cat, totals = self.ctx.ws.ref.catalogue, {}
        for p in self.data.units:
            for code, n in p.findings.items():
                totals[code] = totals.get(code, 0) + n
        top = sorted(totals.items(), key=lambda kv: -kv[1])[:TOP_TYPES][::-1]  # the commonest at the top
        names = [cat.violation(code).name() if cat.has_violation(code) else code for code, _ in top]
        self.by_type.setChart(self._bars(self.tr("问题类型（前 %1 类）").replace("%1", str(TOP_TYPES)), names,
                                         [(self.tr("问题"), [n for _, n in top])], horizontal=True))

    def chart_scores(self, kind: str) -> None:
        group = assessment.ranking(self.data.units).get(kind, []) if kind else []
        title = self.tr("%1得分").replace("%1", UnitKind(kind).label()) if kind else ""
        self.by_score.setChart(self._bars(title, [p.unit for p in group][::-1], [(self.tr("得分"),
                                          [p.score for p in group][::-1])], horizontal=True,
                                          ceiling=assessment_rules(self.ctx.ws).base))

    def chart_unit_year(self, unit: str, months: dict[str, int]) -> None:
        """The unit's findings a month beside the district's average a unit."""
        n = max(len(self.data.units), 1)
        labels = [self.tr("%1月").replace("%1", m[5:].lstrip("0")) for m in months]
        chart = self._bars(self.tr("%1与全区平均").replace("%1", unit), labels,
                           [(unit, list(months.values()))])
        average = QLineSeries(name=self.tr("全区单位平均"))
        for i, total in enumerate(self.data.months.values()):
            average.append(i, total / n)
        chart.addSeries(average)
        axes = chart.axes()
        values = next(a for a in axes if isinstance(a, QValueAxis))
        values.setMax(max(values.max(), *(total / n * 1.05 for total in self.data.months.values()), 1))
        values.applyNiceNumbers()
        hidden = QValueAxis()  # the line by index under the bars' categories
        hidden.setRange(-0.5, len(labels) - 0.5)
        hidden.setVisible(False)
        chart.addAxis(hidden, Qt.AlignBottom)
        average.attachAxis(hidden)
        average.attachAxis(values)
        chart.legend().setVisible(True)
        self.unit_year.setChart(chart)

    def save_png(self) -> Path | None:
        view = self.charts.currentWidget()
        name = self.charts.tabText(self.charts.currentIndex())
        path, _ = QFileDialog.getSaveFileName(self, self.tr("图表另存为"), f"{name}.png", "PNG (*.png)")
        if not path:
            return None
        if not view.grab().save(path, "PNG"):
            self.ctx.show_error(OSError(self.tr("无法写入 %1").replace("%1", path)))
            return None
        return Path(path)

    # --- documents and the appraisal -------------------------------------------------------------

    def export_report(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出考核通报"), self.tr("考核情况通报.pdf"), "PDF (*.pdf)")
        if not path:
            return
        ws, (start, end), pdf = self.ctx.ws, self.period(), Path(path)
        folder = Path(tempfile.mkdtemp(prefix="inspector-charts-"))
        charts = []
        for i in range(self.charts.count()):  # pictures are drawn on the window's thread
            view = self.charts.widget(i)
            view.grab().save(str(folder / f"{i}.png"), "PNG")
            charts.append((view.chart().title() or self.charts.tabText(i), folder / f"{i}.png"))

        def work(_p) -> None:
            try:
                assessment_report.export(ws, start, end, pdf, pdf.with_suffix(".xlsx"), charts)
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        self.ctx.tasks.run(work, None, self.ctx.show_error, label=self.tr("正在导出考核通报…"), parent=self)

    def confirm(self) -> None:
        rows = self.people.selectionModel().selectedRows()
        if not rows or self.data is None:
            return
        person = next(p for p in self.data.people if p.id == self.people.item(rows[0].row(), 0).data(Qt.UserRole))
        grades = [g.label() for g in AppraisalGrade]
        current = grades.index(AppraisalGrade(person.confirmed or person.suggested or "competent").label())
        chosen, ok = QInputDialog.getItem(self, self.tr("确认考核等次"), person.person, grades, current, False)
        if ok:
            self.confirm_grade(person, chosen)

    def confirm_grade(self, person: PersonProfile, grade: str) -> None:
        ws, year = self.ctx.ws, self.period()[1].year
        self.ctx.tasks.run(lambda _p: assessment.confirm_appraisal(ws, person.id, "", year, grade, "；".join(person.appraisal)),
                           lambda _r: self.refresh(), self.ctx.show_error, write=True)

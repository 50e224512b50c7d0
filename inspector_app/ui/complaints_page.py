"""投诉: the complaints ledger for the office. The cases with filters (overdue ones in red, those due
soon in amber), the chosen case with its timeline, and the next steps its status allows, each in a
small form; the ledger as a workbook, the 交办单 and the 答复 letter as PDF, the office's figures.
Who complained shows only when a handler asks (and that look is audited)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox, QFileDialog,
    QFormLayout, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
    QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget,
)

from inspector_app.domain import authority
from inspector_app.domain.complaints import STEPS, is_due_by
from inspector_app.domain.enums import (
    ComplaintAction as A, ComplaintChannel, ComplaintResult, ComplaintStatus as S, Satisfaction,
)
from inspector_app.services import complaint_ledger as ledger, complaint_letters, complaints, roster, settings
from inspector_app.services.complaints import Case, NewComplaint
from inspector_app.ui.context import AppContext
from inspector_app.ui.screen import fit

OVERDUE = QColor("#a00000")
DUE_SOON = QColor("#b36b00")
PAGE = 200


def pct(value: float | None) -> str:
    """A rate as the page shows it (— where there is nothing to count)."""
    return "—" if value is None else f"{value:.1f}%"


def _date_edit(day: date | None = None) -> QDateEdit:
    day = day or date.today()
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _text_edit(placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(110)
    return edit


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QDateEdit):
        return widget.date().toPython()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toPython().replace(second=0, microsecond=0)
    if isinstance(widget, QComboBox):
        return widget.currentData() if widget.currentData() is not None else widget.currentText()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(widget)


class FormDialog(QDialog):
    """A small form: its fields by name, read back as values when accepted."""

    def __init__(self, title: str, fields: list[tuple[str, str, QWidget]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = {name: widget for name, _, widget in fields}
        form = QFormLayout(self)
        for _, label, widget in fields:
            form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, Any]:
        return {name: _value(widget) for name, widget in self.fields.items()}


@dataclass(frozen=True)
class StepForm:
    """A step as the page offers it: its button, its form's fields, and the service call."""
    action: A
    label: str
    fields: Callable[[Case], list[tuple[str, str, QWidget]]]
    call: Callable[[dict[str, Any]], Any]


class ComplaintsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.rows: list[ledger.LedgerRow] = []
        self.search = QLineEdit(placeholderText=self.tr("登记号、事项或内容"))
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), None)
        for status in S:
            self.status.addItem(status.label(), status.value)
        self.overdue = QCheckBox(self.tr("仅逾期"))
        self.due_soon = QCheckBox(self.tr("即将到期"))
        self.register_button = QPushButton(self.tr("登记投诉…"))
        self.export_button = QPushButton(self.tr("导出台账…"))
        self.stats_button = QPushButton(self.tr("统计与暗访重点…"))
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("登记号"), self.tr("受理时间"), self.tr("渠道"), self.tr("被投诉单位"),
                                              self.tr("投诉事项"), self.tr("状态"), self.tr("办理期限")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.Interactive)  # a long window's name is clipped, not the matter
        header.setSectionResizeMode(4, QHeaderView.Stretch)
        self.table.setColumnWidth(3, 170)
        self.more_button = QPushButton(self.tr("显示更多"))
        self.detail = QTextBrowser()
        self.reveal_button = QPushButton(self.tr("显示投诉人"))
        self.sheet_button = QPushButton(self.tr("交办单 PDF…"))
        self.letter_button = QPushButton(self.tr("答复函 PDF…"))
        self.attach_button = QPushButton(self.tr("添加附件…"))
        self.forms = self._forms()
        self.step_buttons: dict[A, QPushButton] = {}
        steps = QGridLayout()
        for i, form in enumerate(self.forms.values()):
            button = QPushButton(form.label)
            button.clicked.connect(lambda _=False, a=form.action: self.step_dialog(a).open())
            self.step_buttons[form.action] = button
            steps.addWidget(button, i // 4, i % 4)
        documents = QHBoxLayout()
        for button in (self.reveal_button, self.attach_button, self.sheet_button, self.letter_button):
            documents.addWidget(button)
        documents.addStretch()

        top = QHBoxLayout()
        for widget in (self.search, self.status, self.overdue, self.due_soon):
            top.addWidget(widget)
        top.addStretch()
        for widget in (self.register_button, self.export_button, self.stats_button):
            top.addWidget(widget)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addWidget(self.more_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.detail, 1)
        column.addLayout(steps)
        column.addLayout(documents)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([700, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.figures)
        layout.addWidget(split, 1)

        self.search.returnPressed.connect(self.refresh)
        for box in (self.overdue, self.due_soon):
            box.toggled.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self.choose)
        self.more_button.clicked.connect(self.more)
        self.register_button.clicked.connect(lambda: self.register_dialog().open())
        self.export_button.clicked.connect(self.export)
        self.stats_button.clicked.connect(self.show_stats)
        self.reveal_button.clicked.connect(lambda: self.load_case(self.case.complaint.reg_number, reveal=True))
        self.sheet_button.clicked.connect(lambda: self.save_pdf(complaint_letters.assignment_sheet, self.tr("交办单")))
        self.letter_button.clicked.connect(lambda: self.save_pdf(complaint_letters.reply_letter, self.tr("答复函")))
        self.attach_button.clicked.connect(self.attach)
        self.enable_steps()

    # --- the ledger -------------------------------------------------------------------------------

    def filter(self) -> ledger.LedgerFilter:
        return ledger.LedgerFilter(
            statuses=(self.status.currentData(),) if self.status.currentData() else (), text=self.search.text(),
            overdue_on=date.today() if self.overdue.isChecked() else None, due_soon=self.due_soon.isChecked())

    def refresh(self) -> None:
        """The first page of the ledger as filtered, and this year's figures, read in the background."""
        self.load(0)

    def more(self) -> None:
        self.load(len(self.rows))

    def load(self, offset: int) -> None:
        """A page of the ledger from `offset` (0: the list anew), its count, this year's figures and
        the reminder's last day, read in the background."""
        ws, year, flt = self.ctx.ws, date.today().year, self.filter()

        def work(_p) -> tuple[list[ledger.LedgerRow], int, ledger.Figures, date]:
            return (ledger.page(ws, flt, offset, PAGE), ledger.count(ws, flt),
                    ledger.figures(ws, date(year, 1, 1), date(year, 12, 31))[0], ledger.due_soon_day(ws, date.today()))
        self.ctx.tasks.run(work, lambda result: self.show_rows(result, append=offset > 0), self.ctx.show_error)

    def show_rows(self, result: tuple[list[ledger.LedgerRow], int, ledger.Figures, date], append: bool = False) -> None:
        rows, total, figures, soon = result
        chosen = self.case.complaint.id if self.case else None
        self.rows = self.rows + rows if append else rows
        self.table.setRowCount(len(self.rows))
        today = date.today()
        for r, row in enumerate(self.rows):
            late = row.overdue(today)
            near = not late and is_due_by(row.status, row.due_on, soon)
            due = row.due_on.isoformat() if row.due_on else ""
            due += self.tr("（逾期）") if late else self.tr("（将到期）") if near else ""
            cells = [row.reg_number, f"{row.received_at:%Y-%m-%d %H:%M}", ComplaintChannel(row.channel).label(), row.unit,
                     row.subject, S(row.status).label(), due]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if late or near:
                    item.setForeground(QBrush(OVERDUE if late else DUE_SOON))
                self.table.setItem(r, c, item)
            if row.id == chosen:
                self.table.selectRow(r)
        self.more_button.setVisible(len(self.rows) < total)
        self.figures.setText(self.figures_text(figures, total))

    def figures_text(self, f: ledger.Figures, total: int) -> str:
        return (self.tr("本年受理 %1 件：受理率 %2，按期办结率 %3，答复率 %4，回访满意率 %5，逾期 %6 件。列表 %7 件。")
                .replace("%1", str(f.received)).replace("%2", pct(f.acceptance)).replace("%3", pct(f.on_time_rate))
                .replace("%4", pct(f.answer_rate)).replace("%5", pct(f.satisfaction_rate))
                .replace("%6", str(f.late_open)).replace("%7", str(total)))

    # --- the chosen case ----------------------------------------------------------------------------

    def choose(self) -> None:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return
        number = self.rows[selected[0].row()].reg_number
        if self.case is None or self.case.complaint.reg_number != number:
            self.load_case(number)

    def load_case(self, number: str, reveal: bool = False) -> None:
        ws = self.ctx.ws
        self.ctx.tasks.run(lambda _p: complaints.show(ws, number, reveal=reveal), self.show_case, self.ctx.show_error)

    def show_case(self, case: Case) -> None:
        self.case = case
        self.detail.setHtml(self.case_html(case))
        self.enable_steps()

    def case_html(self, case: Case) -> str:
        c, e = case.complaint, html.escape
        late = f"<b style='color:#a00'>{self.tr('已逾期')}</b>" if case.overdue else ""
        unknown = (f"<br><span style='color:#a00'>{e(self.tr('%1 年没有节假日数据：期限按周一至周五计算，请在“设置”中补充').replace('%1', '、'.join(map(str, case.unknown_years))))}</span>"
                   if case.unknown_years else "")
        rows = [
            (self.tr("受理"), f"{c.received_at:%Y-%m-%d %H:%M} · {ComplaintChannel(c.channel).label()} {c.source}"),
            (self.tr("被投诉"), " ".join(x for x in (case.unit, case.person) if x) or "—"),
            (self.tr("投诉人"), f"{case.complainant or '—'}  {case.contact}"),
            (self.tr("承办"), f"{c.assignee} · {self.tr('期限')} {c.due_on or '—'}（{c.deadline_days}）" if c.assignee else "—"),
            (self.tr("结果"), f"{ComplaintResult(c.result).label()}：{c.resolution}" if c.result else c.reject_reason or "—"),
            (self.tr("答复"), f"{c.answered_on} {c.reply_method} {c.answer}" if c.answered_on else "—"),
            (self.tr("回访"), Satisfaction(c.satisfaction).label() if c.satisfaction else "—"),
        ]
        table = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(str(v))}</td></tr>" for k, v in rows)
        steps = "".join(f"<li>{s.at.astimezone():%Y-%m-%d %H:%M} {e(s.actor)} <b>{e(s.action.label())}</b> {e(s.note)}</li>"
                        for s in case.steps)
        return (f"<h3>{e(c.reg_number)} · {e(S(c.status).label())} {late}</h3><p>{e(c.subject)}</p>"
                f"<p>{e(c.content)}</p><table cellspacing=4>{table}</table>{unknown}"
                f"<h4>{e(self.tr('办理经过'))}</h4><ol>{steps}</ol>")

    def enable_steps(self) -> None:
        status = S(self.case.complaint.status) if self.case else None
        for action, button in self.step_buttons.items():
            button.setEnabled(status is not None and status in STEPS[action][0])
        chosen = self.case is not None
        c = self.case.complaint if chosen else None
        self.reveal_button.setEnabled(chosen and authority.reads_complainants(self.ctx.ws.role) and not self.case.revealed)
        self.sheet_button.setEnabled(chosen and c.due_on is not None)
        self.letter_button.setEnabled(chosen and c.status in (S.RESOLVED, S.REJECTED, S.ANSWERED, S.CLOSED))
        self.attach_button.setEnabled(chosen and c.status != S.CLOSED)
        if chosen and self.case.revealed:
            self.reveal_button.setText(self.tr("投诉人已显示（已记入审计日志）"))
        else:
            self.reveal_button.setText(self.tr("显示投诉人"))

    # --- steps --------------------------------------------------------------------------------------

    def _forms(self) -> dict[A, StepForm]:
        ws = self.ctx.ws

        def default_days(case: Case) -> int:  # the office's deadline for the case, read as the form opens
            return settings.complaint_rules(ws).days_for(case.complaint.channel, case.complaint.major)

        def number() -> str:
            return self.case.complaint.reg_number

        def handlers(case: Case) -> QComboBox:
            box = QComboBox(editable=True)
            box.addItems(roster.unit_names(ws))
            box.setCurrentText(case.unit)
            return box

        def days(value: int) -> QSpinBox:
            return QSpinBox(minimum=1, maximum=240, value=value)

        def choice(enum: Any) -> QComboBox:
            box = QComboBox()
            for member in enum:
                box.addItem(member.label(), member.value)
            return box

        def sanctions() -> QComboBox:
            box = QComboBox()
            box.addItem(self.tr("（不处理）"), "")
            for s in ws.ref.catalogue.sanctions:
                box.addItem(s.name(), s.code)
            return box

        def methods() -> QComboBox:
            box = QComboBox(editable=True)
            box.addItems([self.tr("电话"), self.tr("书面"), self.tr("当面"), self.tr("短信")])
            return box

        def types() -> QComboBox:
            box = QComboBox()
            for v in ws.ref.catalogue.violations:
                box.addItem(v.name(), v.code)
            return box

        return {f.action: f for f in [
            StepForm(A.ACCEPT, self.tr("受理"), lambda c: [("note", self.tr("说明"), _text_edit())],
                     lambda v: complaints.accept(ws, number(), v["note"])),
            StepForm(A.REJECT, self.tr("不予受理…"), lambda c: [("reason", self.tr("理由（也答复投诉人）"), _text_edit())],
                     lambda v: complaints.reject(ws, number(), v["reason"])),
            StepForm(A.ASSIGN, self.tr("交办…"), lambda c: [
                ("to", self.tr("承办单位或承办人"), handlers(c)),
                ("days", self.tr("办理期限（工作日）"), days(c.complaint.deadline_days or default_days(c))),
                ("on", self.tr("交办日期"), _date_edit()), ("note", self.tr("说明"), _text_edit())],
                lambda v: complaints.assign(ws, number(), v["to"], v["days"], v["on"], v["note"])),
            StepForm(A.NOTE, self.tr("办理记录…"), lambda c: [("text", self.tr("调查核实情况"), _text_edit())],
                     lambda v: complaints.note(ws, number(), v["text"])),
            StepForm(A.EXTEND, self.tr("延期…"), lambda c: [
                ("days", self.tr("延长（工作日）"), days(10)), ("reason", self.tr("理由"), _text_edit()),
                ("approved_by", self.tr("批准人"), QLineEdit())],
                lambda v: complaints.extend(ws, number(), v["days"], v["reason"], v["approved_by"])),
            StepForm(A.SUPERVISE, self.tr("督办…"), lambda c: [("text", self.tr("督办意见"), _text_edit())],
                     lambda v: complaints.supervise(ws, number(), v["text"])),
            StepForm(A.RESOLVE, self.tr("办结…"), lambda c: [
                ("result", self.tr("结论"), choice(ComplaintResult)), ("resolution", self.tr("调查核实和处理情况"), _text_edit()),
                ("sanction", self.tr("处理"), sanctions()), ("on", self.tr("办结日期"), _date_edit())],
                lambda v: complaints.resolve(ws, number(), v["result"], v["resolution"], v["sanction"], v["on"])),
            StepForm(A.REPLY, self.tr("答复…"), lambda c: [
                ("method", self.tr("答复方式"), methods()), ("answer", self.tr("答复内容"), _text_edit()),
                ("on", self.tr("答复日期"), _date_edit())],
                lambda v: complaints.reply(ws, number(), v["method"], v["answer"], v["on"])),
            StepForm(A.VISIT, self.tr("回访…"), lambda c: [
                ("satisfaction", self.tr("满意度"), choice(Satisfaction)), ("text", self.tr("回访情况"), _text_edit()),
                ("on", self.tr("回访日期"), _date_edit())],
                lambda v: complaints.visit(ws, number(), v["satisfaction"], v["text"], v["on"])),
            StepForm(A.CLOSE, self.tr("销号"), lambda c: [("on", self.tr("销号日期"), _date_edit())],
                     lambda v: complaints.close(ws, number(), v["on"])),
            StepForm(A.REOPEN, self.tr("重新办理…"), lambda c: [
                ("reason", self.tr("投诉人的异议"), _text_edit()),
                ("days", self.tr("办理期限（工作日）"), days(default_days(c)))],
                lambda v: complaints.reopen(ws, number(), v["reason"], v["days"])),
            StepForm(A.TO_FINDING, self.tr("转为问题记录…"), lambda c: [("type", self.tr("问题类型"), types())],
                     lambda v: complaints.to_finding(ws, number(), v["type"])),
        ]}

    def step_dialog(self, action: A) -> FormDialog:
        """The form of a step on the chosen case; accepted, the step is taken and the case shown again."""
        form = self.forms[action]
        dialog = FormDialog(f"{self.case.complaint.reg_number} · {form.label.rstrip('…')}", form.fields(self.case), self)
        dialog.accepted.connect(lambda: self.take(form, dialog.values()))
        return dialog

    def take(self, form: StepForm, values: dict[str, Any]) -> None:
        number = self.case.complaint.reg_number

        def done(_r) -> None:
            self.load_case(number)
            self.refresh()
        self.ctx.tasks.run(lambda _p: form.call(values), done, self.ctx.show_error, write=True)

    def register_dialog(self) -> FormDialog:
        channel = QComboBox()
        for c in ComplaintChannel:
            channel.addItem(c.label(), c.value)
        received = QDateTimeEdit(QDateTime.currentDateTime())
        received.setDisplayFormat("yyyy-MM-dd HH:mm")
        received.setCalendarPopup(True)
        unit = QComboBox(editable=True)
        unit.addItems(["", *roster.unit_names(self.ctx.ws)])
        major = QCheckBox(self.tr("重大投诉"))
        dialog = FormDialog(self.tr("登记投诉（挂号）"), [
            ("channel", self.tr("渠道"), channel), ("received", self.tr("受理时间"), received),
            ("source", self.tr("转办来源"), QLineEdit(placeholderText=self.tr("如 12345热线"))),
            ("unit", self.tr("被投诉单位"), unit), ("person", self.tr("被投诉人"), QLineEdit()),
            ("summary", self.tr("投诉事项"), QLineEdit()), ("content", self.tr("投诉内容"), _text_edit()),
            ("complainant", self.tr("投诉人（保密）"), QLineEdit()), ("phone", self.tr("联系电话（保密）"), QLineEdit()),
            ("major", "", major)], self)
        dialog.accepted.connect(lambda: self.register(dialog.values()))
        return dialog

    def register(self, v: dict[str, Any]) -> None:
        new = NewComplaint(channel=v["channel"], received_at=v["received"],
                           summary=v["summary"], unit=v["unit"], person=v["person"], content=v["content"],
                           complainant=v["complainant"], phone=v["phone"], source=v["source"], major=v["major"])

        def done(case) -> None:
            self.case = None
            self.refresh()
            self.load_case(case.reg_number)
        self.ctx.tasks.run(lambda _p: complaints.register(self.ctx.ws, new), done, self.ctx.show_error, write=True)

    # --- files --------------------------------------------------------------------------------------

    def export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出台账"), "投诉举报台账.xlsx", "Excel (*.xlsx)")
        if path:
            flt, ws = self.filter(), self.ctx.ws
            self.ctx.tasks.run(lambda _p: ledger.export_xlsx(ws, Path(path), flt),
                               lambda n: self.window().statusBar().showMessage(
                                   self.tr("已导出 %1 件投诉").replace("%1", str(n)), 8000), self.ctx.show_error)

    def save_pdf(self, make: Callable[..., Any], name: str) -> None:
        number = self.case.complaint.reg_number
        path, _ = QFileDialog.getSaveFileName(self, name, f"{number}{name}.pdf", "PDF (*.pdf)")
        if path:
            ws = self.ctx.ws
            self.ctx.tasks.run(lambda _p: complaint_letters.export_pdf(ws, make(ws, number), Path(path)),
                               lambda p: self.window().statusBar().showMessage(str(p), 8000), self.ctx.show_error)

    def attach(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("添加附件"))
        if paths:
            number, ws = self.case.complaint.reg_number, self.ctx.ws
            self.ctx.tasks.run(lambda _p: complaints.attach(ws, number, [Path(p) for p in paths]),
                               lambda _n: self.load_case(number), self.ctx.show_error, write=True)

    def show_stats(self) -> QDialog:
        """The figures by unit for a period, and the units complained of most (next 暗访's targets)."""
        today = date.today()
        dialog = QDialog(self, windowTitle=self.tr("投诉统计"))
        start, end = _date_edit(date(today.year, 1, 1)), _date_edit(today)
        table = QTableWidget(0, 7)
        table.setHorizontalHeaderLabels([self.tr("单位"), self.tr("受理"), self.tr("受理率"), self.tr("按期办结率"),
                                         self.tr("答复率"), self.tr("满意率"), self.tr("逾期")])
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        targets = QLabel(wordWrap=True)
        period = QHBoxLayout()
        for widget in (QLabel(self.tr("受理日期")), start, QLabel("—"), end):
            period.addWidget(widget)
        period.addStretch()
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(period)
        layout.addWidget(table, 1)
        layout.addWidget(targets)
        layout.addWidget(close)
        fit(dialog, 860, 560)

        def show(result: tuple[list[ledger.Figures], list[tuple[str, int]]]) -> None:
            lines, found = result
            table.setRowCount(len(lines))
            for r, f in enumerate(lines):
                for c, text in enumerate([f.unit or self.tr("全部"), str(f.received), pct(f.acceptance),
                                          pct(f.on_time_rate), pct(f.answer_rate), pct(f.satisfaction_rate),
                                          str(f.late_open)]):
                    table.setItem(r, c, QTableWidgetItem(text))
            targets.setText(self.tr("投诉较多的单位（下次暗访重点）：")
                            + ("、".join(f"{u}（{n}）" for u, n in found) or self.tr("没有")))

        def load() -> None:
            ws, a, b = self.ctx.ws, start.date().toPython(), end.date().toPython()
            self.ctx.tasks.run(lambda _p: (ledger.figures(ws, a, b) + ledger.figures(ws, a, b, by_unit=True),
                                           ledger.targets(ws, a, b)), show, self.ctx.show_error)
        start.dateChanged.connect(load)
        end.dateChanged.connect(load)
        load()
        dialog.open()
        return dialog

    def apply_role(self) -> None:
        """Who complained is a handler's to see: the button is there for office staff alone."""
        self.reveal_button.setVisible(authority.reads_complainants(self.ctx.ws.role))

"""整改: the notified findings and their rectification deadlines, overdue ones in red. Office staff
record the unit's report and accept it (已整改), or send it back with a new deadline; a deadline may
also be moved."""

from __future__ import annotations

import html
import uuid
from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.workflow import is_overdue
from inspector_app.services import findings, rectification
from inspector_app.ui.context import AppContext
from inspector_app.ui.desk import DeskPage
from inspector_app.ui.finding_list import finding_html
from inspector_app.i18n import bracketed, colon


def _date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class RectificationPage(DeskPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, (FindingStatus.NOTIFIED.value,), sort=("due", False), parent=parent)  # soonest first
        today = date.today()
        self.due = _date_edit(today)
        self.move_due_button = QPushButton(self.tr("修改期限"))
        self.received = _date_edit(today)
        self.feedback = QPlainTextEdit()
        self.feedback.setPlaceholderText(self.tr("单位报送的整改情况"))
        self.feedback.setTabChangesFocus(True)
        self.feedback.setMaximumHeight(90)
        self.redo_by = _date_edit(today + timedelta(days=14))
        self.accept_button = QPushButton(self.tr("验收通过（已整改）"))
        self.reject_button = QPushButton(self.tr("不通过，限期重改"))
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        due_row.addWidget(self.move_due_button)
        due_row.addStretch()
        verdict = QHBoxLayout()
        verdict.addWidget(self.accept_button)
        verdict.addStretch()
        verdict.addWidget(self.reject_button)
        verdict.addWidget(self.redo_by)
        form = QFormLayout()
        form.addRow(self.tr("整改期限"), due_row)
        form.addRow(self.tr("收到报告"), self.received)
        form.addRow(self.tr("整改情况"), self.feedback)
        form.addRow(verdict)
        self.controls = [self.due, self.move_due_button, self.received, self.feedback, self.redo_by,
                         self.accept_button, self.reject_button]
        QVBoxLayout(self).addWidget(self.desk(form))
        self.move_due_button.clicked.connect(self.move_deadline)
        self.accept_button.clicked.connect(lambda: self.report(accepted=True))
        self.reject_button.clicked.connect(lambda: self.report(accepted=False))

    def describe(self, finding_id: uuid.UUID) -> tuple[str, date | None]:
        """The finding and its rectification: the deadline (and whether it has passed), the report."""
        shown = findings.detail(self.ctx.ws, finding_id)
        rect = rectification.current(self.ctx.ws, finding_id)
        words = {"title": self.tr("整改"), "none": self.tr("尚无整改期限"), "due": self.tr("期限"),
                 "late": self.tr("已逾期"), "received": self.tr("收到")}
        parts = [finding_html(self.ctx, shown), f"<h4>{words['title']}</h4>"]
        if rect is None:
            parts.append(f"<p>{words['none']}</p>")
        else:
            late = is_overdue(rect.due_on, rect.accepted, shown.finding.status, date.today())
            due = html.escape(f"{rect.due_on:%Y-%m-%d}")
            parts.append(f"<p>{words['due']}{colon()}" + (f"<b style='color:#a00'>{due}{bracketed(words['late'])}</b>"
                                                 if late else due) + "</p>")
            if rect.received_on:
                outcome = self.tr("验收通过") if rect.accepted else self.tr("退回重改")
                parts.append(f"<p>{rect.received_on:%Y-%m-%d} {words['received']}{colon()}{html.escape(rect.feedback)}"
                             f"{bracketed(outcome)}</p>")
        return "".join(parts), rect.due_on if rect else None

    def present(self, due_on: date | None) -> None:
        if due_on is not None:
            self.due.setDate(QDate(due_on.year, due_on.month, due_on.day))

    def move_deadline(self) -> None:
        finding_id, due = self.current, self.due.date().toPython()
        self.ctx.tasks.run(lambda _p: rectification.move_deadline(self.ctx.ws, finding_id, due),
                           lambda _r: self.queue.apply_filter(), self.ctx.show_error, write=True)

    def report(self, accepted: bool) -> None:
        finding_id, received = self.current, self.received.date().toPython()
        feedback, redo_by = self.feedback.toPlainText(), self.redo_by.date().toPython()

        def work(_p) -> None:
            rectification.record_report(self.ctx.ws, finding_id, received, feedback, accepted,
                                        None if accepted else redo_by)

        def done(_r) -> None:
            self.feedback.clear()
            self.queue.apply_filter()
        self.ctx.tasks.run(work, done, self.ctx.show_error, write=True)

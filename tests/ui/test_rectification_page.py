"""The 整改 tab: overdue deadlines in red, the unit's report accepted or sent back."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from inspector_app.domain.models import Finding
from inspector_app.services.rectification import rectification_of, set_deadline
from inspector_app.ui.finding_model import COLUMNS, OVERDUE_BACK


def late_and_on_time(window) -> tuple:
    """Two notified findings: one whose deadline passed last week, one due next week."""
    with window.ctx.ws.db.session("office") as s:
        late, on_time = s.exec(select(Finding).where(Finding.status == "reviewed").limit(2)).all()
        for f, due in ((late, date.today() - timedelta(days=7)), (on_time, date.today() + timedelta(days=7))):
            f.status = "notified"
            set_deadline(s, f, due)
        return late.id, on_time.id


def test_overdue_rectifications_show_in_red_and_can_be_listed_alone(qtbot, window):
    late, on_time = late_and_on_time(window)
    page = window.rectification
    window.tabs.setCurrentWidget(page)
    model = page.queue.model
    rows = {model.row_at(r).id: r for r in range(model.rowCount())}
    assert {late, on_time} <= set(rows)
    due = COLUMNS.index("due")
    late_cell = model.index(rows[late], due)
    assert "逾期 7 天" in model.data(late_cell)
    assert model.data(late_cell, Qt.BackgroundRole).color() == OVERDUE_BACK
    assert model.data(model.index(rows[on_time], due), Qt.BackgroundRole) is None
    page.queue.overdue.setChecked(True)
    shown = {model.row_at(r).id for r in range(model.rowCount())}
    assert late in shown and on_time not in shown
    assert all("逾期" in model.data(model.index(r, due)) for r in range(model.rowCount()))


def test_a_report_accepted_leaves_the_list_and_one_sent_back_gets_a_new_deadline(qtbot, window, monkeypatch):
    late, on_time = late_and_on_time(window)
    page = window.rectification
    window.tabs.setCurrentWidget(page)

    def select(finding_id):
        model = page.queue.model
        page.queue.table.selectRow(next(r for r in range(model.rowCount()) if model.row_at(r).id == finding_id))
        assert page.current == finding_id

    select(late)
    assert "已逾期" in page.detail.toPlainText()
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    qtbot.mouseClick(page.accept_button, Qt.LeftButton)             # nothing written in the report
    assert warnings == ["请填写整改情况"]
    page.feedback.setPlainText("已对当事人批评教育，完善考勤制度")
    qtbot.mouseClick(page.accept_button, Qt.LeftButton)
    with window.ctx.ws.db.session() as s:
        assert s.get(Finding, late).status == "rectified"
    assert late not in [page.queue.model.row_at(r).id for r in range(page.queue.model.rowCount())]

    select(on_time)
    page.feedback.setPlainText("整改报告未附制度文件")
    redo = date.today() + timedelta(days=21)
    page.redo_by.setDate(redo)
    qtbot.mouseClick(page.reject_button, Qt.LeftButton)
    with window.ctx.ws.db.session() as s:
        rect = rectification_of(s, on_time)
        assert (s.get(Finding, on_time).status, rect.accepted, rect.due_on) == ("notified", False, redo)

"""The 投诉 tab: a case registered, accepted, assigned, resolved, answered, followed up and closed
through its forms; overdue cases in red; the complainant masked until a handler asks."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime
from sqlmodel import select

from inspector_app.domain.models import AuditEntry
from inspector_app.domain.enums import ComplaintAction as A
from inspector_app.services import complaints
from inspector_app.services.complaints import NewComplaint
from inspector_app.ui.complaints_page import OVERDUE


def choose(page, number: str) -> None:
    row = next(r for r, item in enumerate(page.rows) if item.reg_number == number)
    page.table.selectRow(row)
    assert page.case is not None and page.case.complaint.reg_number == number


def step(page, action: A, **values) -> None:
    assert page.step_buttons[action].isEnabled(), action
    dialog = page.step_dialog(action)
    for name, value in values.items():
        widget = dialog.fields[name]
        if hasattr(widget, "setPlainText"):
            widget.setPlainText(value)
        elif hasattr(widget, "setCurrentText") and widget.isEditable():
            widget.setCurrentText(value)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(value))
        elif hasattr(widget, "setValue"):
            widget.setValue(value)
        else:
            widget.setText(value)
    dialog.accept()


def test_a_case_through_the_ledger_page_from_registration_to_closing(qtbot, window):
    page = window.complaints
    window.tabs.setCurrentWidget(page)
    assert page.rows and "本年受理" in page.figures.text()
    dialog = page.register_dialog()
    dialog.fields["channel"].setCurrentIndex(dialog.fields["channel"].findData("phone"))
    dialog.fields["received"].setDateTime(QDateTime(datetime(2026, 11, 30, 9, 30)))
    dialog.fields["unit"].setCurrentText("区人社局")
    dialog.fields["summary"].setText("窗口工作人员态度生硬")
    dialog.fields["complainant"].setText("周晓")
    dialog.fields["phone"].setText("13900001111")
    dialog.accept()
    case = page.case.complaint
    assert case.reg_number.startswith("效投〔2026〕") and case.status == "registered"
    assert "周某某" in page.detail.toPlainText() and "周晓" not in page.detail.toPlainText()
    assert not page.step_buttons[A.ASSIGN].isEnabled() and not page.step_buttons[A.CLOSE].isEnabled()
    step(page, A.ACCEPT)
    step(page, A.ASSIGN, to="区人社局", days=10)
    assert page.case.complaint.due_on is not None and page.sheet_button.isEnabled()
    step(page, A.RESOLVE, result="true", resolution="当事人态度生硬属实，已批评教育", sanction="efficiency_warning")
    step(page, A.REPLY, answer="已核实并处理")
    step(page, A.VISIT, satisfaction="satisfied")
    step(page, A.CLOSE)
    assert page.case.complaint.status == "closed"
    assert [s.action for s in page.case.steps][-1] == A.CLOSE
    assert not any(b.isEnabled() for a, b in page.step_buttons.items() if a not in (A.REOPEN, A.TO_FINDING))
    page.reveal_button.click()
    assert "周晓" in page.detail.toPlainText() and "13900001111" in page.detail.toPlainText()
    with window.ctx.ws.db.session() as s:
        assert s.exec(select(AuditEntry).where(AuditEntry.action == "view")).all()


def test_overdue_cases_show_in_red_and_can_be_listed_alone(qtbot, window):
    ws = window.ctx.ws
    late = complaints.register(ws, NewComplaint(channel="来信", received_at=datetime(2026, 10, 9, 9),
                                                unit="区人社局", summary="多次往返仍未办结"))
    complaints.accept(ws, late.reg_number)
    complaints.assign(ws, late.reg_number, "区人社局", days=5, on=date(2026, 10, 9))
    page = window.complaints
    window.tabs.setCurrentWidget(page)
    page.overdue.setChecked(True)
    assert page.rows and all(r.overdue(date.today()) for r in page.rows)
    assert page.table.item(0, 6).foreground().color() == OVERDUE and "逾期" in page.table.item(0, 6).text()
    choose(page, page.rows[0].reg_number)
    assert "已逾期" in page.detail.toPlainText() and page.step_buttons[A.SUPERVISE].isEnabled()


def test_a_bad_phone_number_is_told_and_nothing_registered(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    page = window.complaints
    window.tabs.setCurrentWidget(page)
    before = len(page.rows)
    dialog = page.register_dialog()
    dialog.fields["summary"].setText("电话无人接听")
    dialog.fields["phone"].setText("12345")
    dialog.accept()
    assert warnings and "联系电话" in warnings[0]
    page.refresh()
    assert len(page.rows) == before

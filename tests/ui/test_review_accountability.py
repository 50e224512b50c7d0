"""审核: a decision may hold the unit's head (一把手) accountable, only in a form the source documents name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from inspector_app.domain.models import Handling
from inspector_app.services import findings
from inspector_app.services.findings import FindingInput


def test_the_office_holds_a_units_head_accountable_from_the_review_desk(qtbot, window):
    finding_id = findings.record(window.ctx.ws, FindingInput(unit="区人社局", category="late", at="2026-12-01T09:10"),
                                 submit=True).id
    review = window.review
    window.tabs.setCurrentWidget(review)
    assert not review.accountability.isEnabled()  # nothing chosen yet
    rows = [review.queue.model.row_at(r).id for r in range(review.queue.model.rowCount())]
    review.queue.table.selectRow(rows.index(finding_id))
    review.sanction.setCurrentIndex(review.sanction.findData("efficiency_warning"))
    assert not review.accountability.isEnabled()  # not a form of accountability
    review.sanction.setCurrentIndex(review.sanction.findData("circulated_criticism"))
    assert review.accountability.isEnabled()
    review.accountability.setChecked(True)
    qtbot.mouseClick(review.decide_button, Qt.LeftButton)
    with window.ctx.ws.db.session() as s:
        handling = s.exec(select(Handling).where(Handling.finding_id == finding_id)).one()
    assert (handling.sanction_code, handling.accountability) == ("circulated_criticism", True)
    from inspector_app.ui.finding_list import finding_html
    assert "处理决定：</b>通报批评，对单位“一把手”问责" in finding_html(window.ctx, findings.detail(window.ctx.ws, finding_id))

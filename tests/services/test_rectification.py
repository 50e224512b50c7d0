"""Rectification: issuing a notice gives its findings the deadline its text names; a report is
accepted (已整改) or sent back with a new deadline; a passed deadline without an accepted report is
overdue, in the list filter and in the rule the window uses alike."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st
from sqlmodel import select

from inspector_app.domain.models import Finding, Rectification
from inspector_app.errors import InspectorError
from inspector_app.services import notices
from inspector_app.services.notices import NoticeRequest
from inspector_app.domain.workflow import is_overdue
from inspector_app.services import findings, rectification
from inspector_app.services.findings import FindingFilter

OCTOBER = NoticeRequest(date(2026, 10, 1), date(2026, 10, 31))


@pytest.fixture
def issued(ws, settings, october):
    draft = notices.compose(ws, OCTOBER, date(2026, 11, 3), settings)
    return notices.issue(ws, draft.id, None, date(2026, 11, 5))


def test_issuing_sets_the_deadline_the_notice_text_names(db, issued, october):
    promised = date.fromisoformat(issued.content["rectify_by"])
    assert promised == date(2026, 11, 17)          # ten working days after 3 November, when it was signed
    assert "11月17日前" in issued.body.replace("2026年", "")
    with db.session() as s:
        dues = {r.finding_id: r.due_on for r in s.exec(select(Rectification))}
    assert dues == {f.id: promised for f in october}


def test_a_report_accepted_rectifies_and_one_sent_back_gets_a_new_deadline(ws, db, issued, october):
    first, second = october[0].id, october[1].id
    rectification.record_report(ws, first, date(2026, 11, 16), "已批评教育并完善考勤制度", accepted=True)
    rectification.record_report(ws, second, date(2026, 11, 16), "仅口头说明", accepted=False,
                                redo_by=date(2026, 11, 30))
    assert rectification.current(ws, first).accepted is True
    redo = rectification.current(ws, second)
    with db.session() as s:
        assert s.get(Finding, first).status == "rectified"
        assert (s.get(Finding, second).status, redo.accepted, redo.due_on) == ("notified", False, date(2026, 11, 30))
    late = findings.page(ws, FindingFilter(overdue_on=date(2026, 11, 20))).rows
    # on 20 November: the two untouched findings are late; the accepted one and the one sent back are not
    assert {r.id for r in late} == {f.id for f in october[2:]}
    assert all(is_overdue(r.due_on, r.accepted, r.status, date(2026, 11, 20)) for r in late)


def test_bad_reports_are_refused_in_plain_words(ws, db, issued, october, town):
    f = october[0].id
    with pytest.raises(InspectorError) as err:
        rectification.record_report(ws, f, date(2026, 11, 16), "  ", accepted=True)
    assert err.value.key == "rectification_needs_feedback"
    with pytest.raises(InspectorError) as err:
        rectification.record_report(ws, f, date(2026, 11, 16), "未整改到位", accepted=False, redo_by=date(2026, 11, 10))
    assert err.value.key == "rectification_redo_date" and "2026-11-16" in str(err.value)
    with db.session() as s:
        assert s.get(Finding, f).status == "notified"  # nothing of a refused report is kept


@given(st.integers(-30, 30), st.sampled_from([None, False, True]),
       st.sampled_from(["draft", "submitted", "reviewed", "notified", "rectified", "closed", "voided"]))
def test_overdue_means_past_due_not_accepted_and_still_awaited(offset, accepted, status):
    today = date(2026, 11, 20)
    due = today + timedelta(days=offset)
    assert is_overdue(due, accepted, status, today) == (
        offset < 0 and accepted is not True and status in ("reviewed", "notified"))
    assert not is_overdue(None, accepted, status, today)

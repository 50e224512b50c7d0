"""整改: a notified finding's rectification. Issuing the notice sets the deadline (working days
after the date of issue); office staff record the unit's report and accept it (the finding becomes
已整改) or send it back with a new deadline. A deadline passed without an accepted report is overdue."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session, select

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.models import Finding, Rectification
from inspector_app.errors import InspectorError
from inspector_app.store.findings import change_status
from inspector_app.store.queries import AWAITING_RECTIFICATION


def is_overdue(due_on: date | None, accepted: bool | None, status: str, today: date) -> bool:
    """The same rule as the list's overdue filter."""
    return due_on is not None and due_on < today and accepted is not True and status in AWAITING_RECTIFICATION


def rectification_of(s: Session, finding_id: uuid.UUID) -> Rectification | None:
    return s.exec(select(Rectification).where(Rectification.finding_id == finding_id,
                                              Rectification.deleted == False)  # noqa: E712
                  .order_by(Rectification.created_at.desc())).first()


def set_deadline(s: Session, finding: Finding, due_on: date) -> Rectification:
    """Give the finding's rectification a deadline (a finding has one rectification record)."""
    rect = rectification_of(s, finding.id)
    if rect is None:
        rect = Rectification(finding_id=finding.id, due_on=due_on)
        s.add(rect)
    else:
        rect.due_on = due_on
    return rect


def record_report(s: Session, finding: Finding, received_on: date, feedback: str, accepted: bool,
                  redo_by: date | None = None) -> Rectification:
    """The unit's report: accepted (the finding is rectified) or sent back to be done again by `redo_by`."""
    rect = rectification_of(s, finding.id)
    if rect is None:
        raise InspectorError("rectification_none")
    if not feedback.strip():
        raise InspectorError("rectification_needs_feedback")
    if accepted:
        change_status(finding, FindingStatus.RECTIFIED)
        rect.received_on, rect.feedback, rect.accepted = received_on, feedback.strip(), True
    else:
        if redo_by is None or redo_by <= received_on:
            raise InspectorError("rectification_redo_date", received=received_on.isoformat())
        rect.received_on, rect.feedback, rect.accepted, rect.due_on = received_on, feedback.strip(), False, redo_by
    return rect

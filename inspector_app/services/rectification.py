"""整改: a notified finding's rectification. Issuing the notice sets the deadline (working days
after the date of issue); office staff record the unit's report and accept it (the finding becomes
已整改) or send it back with a new deadline; a deadline may also be moved. A deadline passed without
an accepted report is overdue (`domain.workflow.is_overdue`)."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Session, select

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.models import Finding, Rectification
from inspector_app.errors import InspectorError
from inspector_app.services.findings import change_status, finding_of
from inspector_app.services.workspace import Workspace


def rectification_of(s: Session, finding_id: uuid.UUID) -> Rectification | None:
    return s.exec(select(Rectification).where(Rectification.finding_id == finding_id,
                                              Rectification.deleted == False)  # noqa: E712
                  .order_by(Rectification.created_at.desc())).first()


def current(ws: Workspace, finding_id: uuid.UUID) -> Rectification | None:
    """The finding's rectification: its deadline and the unit's report, if any."""
    with ws.db.session() as s:
        return rectification_of(s, finding_id)


def set_deadline(s: Session, finding: Finding, due_on: date) -> Rectification:
    """Give the finding's rectification a deadline (a finding has one rectification record)."""
    rect = rectification_of(s, finding.id)
    if rect is None:
        rect = Rectification(finding_id=finding.id, due_on=due_on)
        s.add(rect)
    else:
        rect.due_on = due_on
    return rect


def move_deadline(ws: Workspace, finding_id: uuid.UUID | str, due_on: date) -> Rectification:
    ws.check("rectification", {"due_on": due_on})
    with ws.db.session(ws.actor) as s:
        return set_deadline(s, finding_of(s, finding_id), due_on)


def record_report(ws: Workspace, finding_id: uuid.UUID | str, received_on: date, feedback: str, accepted: bool,
                  redo_by: date | None = None) -> Rectification:
    """The unit's report: accepted (the finding is rectified) or sent back to be done again by `redo_by`."""
    ws.check("rectification", {"accepted": accepted})
    with ws.db.session(ws.actor) as s:
        finding = finding_of(s, finding_id)
        rect = rectification_of(s, finding.id)
        if rect is None:
            raise InspectorError("rectification_none")
        if not feedback.strip():
            raise InspectorError("rectification_needs_feedback")
        if accepted:
            change_status(ws, s, finding.id, FindingStatus.RECTIFIED)
            rect.received_on, rect.feedback, rect.accepted = received_on, feedback.strip(), True
        else:
            if redo_by is None or redo_by <= received_on:
                raise InspectorError("rectification_redo_date", received=received_on.isoformat())
            rect.received_on, rect.feedback, rect.accepted, rect.due_on = received_on, feedback.strip(), False, redo_by
        return rect

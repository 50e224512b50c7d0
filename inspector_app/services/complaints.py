"""投诉举报台账: a case from 挂号 to 销号 (`domain.complaints` holds the order of the steps). Each step
changes the case and writes a `ComplaintStep` (who, when, what) in one transaction; nothing is
deleted. Who complained is kept in its own record, which only the office's complaint handlers hold:
anyone else sees the case without it, and every look at it is written in the audit log."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, func, select

from inspector_app.domain import authority
from inspector_app.domain.complaints import (
    FOUND_TRUE, OPEN, check_phone, check_step, is_late, masked_complainant, masked_contact, reg_number,
)
from inspector_app.domain.enums import (
    ComplaintAction as A, ComplaintChannel, ComplaintResult, ComplaintStatus as S, FindingStatus,
    Satisfaction,
)
from inspector_app.domain.models import (
    Complainant, Complaint, ComplaintStep, Evidence, Finding, Person, Unit,
)
from inspector_app.domain.validation import require_text
from inspector_app.errors import InspectorError
from inspector_app.i18n import tr
from inspector_app.services import settings
from inspector_app.services.workspace import Workspace
from inspector_app.store import audit
from inspector_app.store.lookup import find_person, find_unit, find_violation

COMPLAINANT_IDS = uuid.UUID("0c5d3f7e-2b1a-4c39-9e54-6f0d1a2b3c4d")  # the complainant's id: uuid5 of this and the case's


@dataclass(frozen=True)
class NewComplaint:
    """A case as it is registered (挂号)."""
    channel: str
    received_at: datetime
    summary: str
    unit: str = ""
    person: str = ""
    content: str = ""
    complainant: str = ""
    phone: str = ""
    source: str = ""
    major: bool = False


@dataclass(frozen=True)
class Step:
    action: A
    at: datetime
    actor: str
    note: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Case:
    """A case as the ledger shows it: the complainant masked unless revealed to a handler."""
    complaint: Complaint
    unit: str
    person: str
    assigned_unit: str
    complainant: str
    contact: str
    revealed: bool
    steps: list[Step] = field(default_factory=list)
    overdue: bool = False
    unknown_years: tuple[int, ...] = ()  # the deadline was counted on weekdays alone in these years


def _text(value: str, name: str, limit: int) -> str:
    """A text the step needs, not empty and not too long, its field named in the reader's words."""
    return require_text(value, tr("complaint_field_" + name), limit)


def _case(s: Session, ref: str) -> Complaint:
    """A case by its number as people say it: 效投〔2026〕0001号, 2026-1, or 1 (the latest year's)."""
    text = ref.strip()
    query = select(Complaint).where(Complaint.deleted == False)  # noqa: E712
    found = None
    if text.startswith("效投") or "〔" in text:
        found = s.exec(query.where(Complaint.reg_number == text)).first()
    elif text.replace("-", "").isdigit():
        year, _, seq = text.rpartition("-")
        query = query.where(Complaint.seq == int(seq))
        found = s.exec(query.where(Complaint.year == int(year)) if year else
                       query.order_by(Complaint.year.desc())).first()
    else:
        try:
            found = s.get(Complaint, uuid.UUID(text))
        except ValueError:
            found = None
    if found is None or found.deleted:
        raise InspectorError("complaint_unknown", ref=ref)
    return found


def _step(ws: Workspace, s: Session, case: Complaint, action: A, note: str = "", **data: Any) -> None:
    """Move the case by `action` (refused out of turn) and write the step."""
    to = check_step(case.status, action)
    if to is not None:
        ws.check("complaint", {"status": to}, {"status": case.status})
        case.status = to
    else:
        ws.check("complaint", {"status": case.status})
    s.add(ComplaintStep(complaint_id=case.id, action=action, actor=ws.actor, note=note.strip(),
                        data={k: v for k, v in data.items() if v not in (None, "")}))


def register(ws: Workspace, new: NewComplaint) -> Complaint:
    """挂号: the case gets the year's next number; the complainant is kept apart."""
    ws.check("complaint", {"status": S.REGISTERED})
    channel = ComplaintChannel.named(new.channel, "complaint_channel")
    summary = _text(new.summary, "summary", 200)
    phone = check_phone(new.phone)
    if new.received_at > datetime.now():
        raise InspectorError("complaint_received_future", at=new.received_at.strftime("%Y-%m-%d %H:%M"))
    with ws.db.session(ws.actor) as s:
        unit = find_unit(s, new.unit) if new.unit.strip() else None
        person = None
        if new.person.strip():
            if unit is None:
                raise InspectorError("complaint_person_needs_unit")
            person = find_person(s, unit, new.person)
            if person is None:
                raise InspectorError("complaint_person_unknown", name=new.person.strip(), unit=unit.name)
        year = new.received_at.year
        seq = (s.exec(select(func.max(Complaint.seq)).where(Complaint.year == year)).one() or 0) + 1
        case = Complaint(reg_number=reg_number(year, seq), year=year, seq=seq, received_at=new.received_at,
                         channel=channel, source=new.source.strip()[:100], unit_id=unit.id if unit else None,
                         person_id=person.id if person else None, subject=summary, content=new.content.strip(),
                         major=new.major)
        s.add(case)
        if new.complainant.strip() or phone:
            s.add(Complainant(id=uuid.uuid5(COMPLAINANT_IDS, str(case.id)), complaint_id=case.id,
                              name=new.complainant.strip()[:60], contact=phone))
        s.add(ComplaintStep(complaint_id=case.id, action=A.REGISTER, actor=ws.actor,
                            data={"channel": channel, "number": case.reg_number}))
    return case


def accept(ws: Workspace, ref: str, note: str = "") -> Complaint:
    """受理."""
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        _step(ws, s, case, A.ACCEPT, note)
        return case


def reject(ws: Workspace, ref: str, reason: str) -> Complaint:
    """不予受理, with the reason the complainant is answered with too."""
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        case.reject_reason = _text(reason, "reason", 2000)
        _step(ws, s, case, A.REJECT, reason)
        return case


def assign(ws: Workspace, ref: str, to: str, days: int | None = None, on: date | None = None,
           note: str = "") -> Case:
    """交办 to a unit (by its name) or a handler, with a deadline `days` working days after `on`
    (the office's default for the case's channel when None)."""
    handler = _text(to, "to", 100)
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        on = _not_before(on, case.received_at.date())
        days = days if days is not None else settings.complaint_rules(ws).days_for(case.channel, case.major)
        if not 1 <= days <= 240:
            raise InspectorError("complaint_days", days=days)
        unit = _unit_named(s, handler)
        deadline = settings.work_calendar(ws).add(on, days)
        _step(ws, s, case, A.ASSIGN, note, to=handler, days=days, due_on=deadline.due_on.isoformat())
        case.assignee, case.assigned_unit_id = handler, unit.id if unit else None
        case.assigned_on, case.deadline_days, case.due_on = on, days, deadline.due_on
    return show(ws, ref)


def _unit_named(s: Session, text: str) -> Unit | None:
    """The unit a case is given to, when `text` names one exactly (else it names a handler)."""
    return s.exec(select(Unit).where((Unit.name == text) | (Unit.short_name == text),
                                     Unit.deleted == False)).first()  # noqa: E712


def note(ws: Workspace, ref: str, text: str) -> Complaint:
    """办理: what the investigation found so far."""
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        _step(ws, s, case, A.NOTE, _text(text, "note", 4000))
        return case


def extend(ws: Workspace, ref: str, days: int, reason: str, approved_by: str) -> Case:
    """延期: more working days, with the reason and who approved it."""
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        reason = _text(reason, "reason", 2000)
        approver = _text(approved_by, "approved_by", 60)
        if not 1 <= days <= 240:
            raise InspectorError("complaint_days", days=days)
        due = settings.work_calendar(ws).add(case.due_on or date.today(), days).due_on
        _step(ws, s, case, A.EXTEND, reason, days=days, approved_by=approver, due_on=due.isoformat())
        case.due_on, case.deadline_days, case.extensions = due, case.deadline_days + days, case.extensions + 1
    return show(ws, ref)


def supervise(ws: Workspace, ref: str, text: str = "") -> Complaint:
    """督办: the office presses a case that is late or about to be."""
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        _step(ws, s, case, A.SUPERVISE, text)
        case.supervised = True
        return case


def resolve(ws: Workspace, ref: str, result: str, resolution: str, sanction: str = "",
            on: date | None = None) -> Complaint:
    """办结: whether it was true, what was found and done, and the sanction decided (the catalogue's)."""
    verdict = ComplaintResult.named(result, "complaint_result")
    text = _text(resolution, "resolution", 4000)
    if sanction and not ws.ref.catalogue.has_sanction(sanction):
        raise InspectorError("sanction_unknown", code=sanction)
    if sanction and verdict is ComplaintResult.FALSE:
        raise InspectorError("complaint_sanction_false")
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        on = _not_before(on, case.received_at.date())
        _step(ws, s, case, A.RESOLVE, text, result=verdict, sanction=sanction)
        case.result, case.resolution, case.sanction_code, case.resolved_on = verdict, text, sanction, on
        return case


def _not_before(on: date | None, received: date) -> date:
    on = on or date.today()
    if on < received:
        raise InspectorError("complaint_before_received", day=on.isoformat(), received=received.isoformat())
    return on


def reply(ws: Workspace, ref: str, method: str, answer: str, on: date | None = None) -> Complaint:
    """答复: how and when the complainant was answered (a case rejected is answered with its reason)."""
    text = _text(answer, "answer", 4000)
    how = _text(method, "method", 20)
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        if case.status in OPEN:  # answered once there is a result (or a reason not to accept)
            raise InspectorError("complaint_reply_unresolved")
        on = _not_before(on, case.received_at.date())
        _step(ws, s, case, A.REPLY, text, method=how)
        case.answer, case.reply_method, case.answered_on = text, how, on
        return case


def visit(ws: Workspace, ref: str, satisfaction: str, text: str = "", on: date | None = None) -> Complaint:
    """回访: whether the complainant is satisfied with the answer."""
    verdict = Satisfaction.named(satisfaction, "complaint_satisfaction")
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        on = _not_before(on, case.received_at.date())
        _step(ws, s, case, A.VISIT, text, satisfaction=verdict)
        case.satisfaction, case.visited_on = verdict, on
        return case


def close(ws: Workspace, ref: str, on: date | None = None, text: str = "") -> Complaint:
    """销号."""
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        on = _not_before(on, case.received_at.date())
        _step(ws, s, case, A.CLOSE, text)
        case.closed_on = on
        return case


def reopen(ws: Workspace, ref: str, reason: str, days: int | None = None, on: date | None = None) -> Case:
    """重新办理: the complainant disputes the answer; the case goes back to its handler with a new deadline."""
    reason = _text(reason, "reason", 2000)
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        on = _not_before(on, case.received_at.date())
        days = days or settings.complaint_rules(ws).days_for(case.channel, case.major)
        due = settings.work_calendar(ws).add(on, days).due_on
        _step(ws, s, case, A.REOPEN, reason, days=days, due_on=due.isoformat())
        case.assigned_on, case.deadline_days, case.due_on = on, days, due
        case.result, case.resolved_on, case.answered_on, case.closed_on = "", None, None, None
        case.satisfaction, case.visited_on, case.supervised = "", None, False
    return show(ws, ref)


def to_finding(ws: Workspace, ref: str, violation: str) -> Finding:
    """A case found true becomes a finding for the office's review desk, with the case's attachments."""
    kind = find_violation(ws.ref.catalogue, violation)
    ws.check("finding", {"status": FindingStatus.SUBMITTED})
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        if case.result not in FOUND_TRUE:
            raise InspectorError("complaint_finding_not_true")
        if case.finding_id is not None:
            raise InspectorError("complaint_finding_exists", number=case.reg_number)
        if case.unit_id is None:
            raise InspectorError("complaint_finding_needs_unit")
        finding = Finding(unit_id=case.unit_id, person_id=case.person_id, violation_code=kind.code,
                          observed_at=case.received_at, status=FindingStatus.SUBMITTED, created_by=ws.actor,
                          description=f"{case.reg_number}：{case.subject}。{case.resolution}")
        s.add(finding)
        for ev in s.exec(select(Evidence).where(Evidence.complaint_id == case.id, Evidence.deleted == False)):  # noqa: E712
            s.add(Evidence(**ev.model_dump(exclude={"id", "server_version", "created_at", "updated_at",
                                                    "complaint_id", "visit_id", "finding_id"}),
                           finding_id=finding.id))
        _step(ws, s, case, A.TO_FINDING, "", finding=str(finding.id), type=kind.code)
        case.finding_id = finding.id
        return finding


def attach(ws: Workspace, ref: str, paths: list[Any]) -> int:
    """Attachments of a case (a letter, a photo the complainant sent): stored like evidence."""
    from inspector_app.services.evidence import add_evidence, take_in

    with ws.db.session() as s:
        _case(s, ref)
    results = take_in(ws, paths)
    refused = [r for r in results if not r.ok]
    if refused:  # nothing is attached unless every file can be
        raise InspectorError(refused[0].error, **refused[0].params)
    added = 0
    with ws.db.session(ws.actor) as s:
        case = _case(s, ref)
        if case.status == S.CLOSED:
            raise InspectorError("complaint_closed", action=A.NOTE)
        for item in results:
            added += add_evidence(ws, s, item, finding_id=None, visit_id=None, complaint_id=case.id) is not None
    return added


# --- reading a case ---------------------------------------------------------------------------

def show(ws: Workspace, ref: str, reveal: bool = False) -> Case:
    """A case with its timeline; `reveal`: the complainant in full, for a handler, the look audited."""
    if reveal and not authority.reads_complainants(ws.role):
        raise InspectorError("complaint_confidential")
    with ws.db.session() as s:
        case = _case(s, ref)
        who = s.exec(select(Complainant).where(Complainant.complaint_id == case.id,
                                               Complainant.deleted == False)).first()  # noqa: E712
        steps = [Step(A(st.action), st.at, st.actor, st.note, dict(st.data)) for st in s.exec(
            select(ComplaintStep).where(ComplaintStep.complaint_id == case.id).order_by(ComplaintStep.at))]
        names = _names(s, case)
        if reveal and who is not None:
            audit.record(s, actor=ws.actor, device_id=str(ws.db.device_id), entity="complainant", entity_id=who.id,
                         action="view", changes={"complaint": case.reg_number})
        s.expunge(case)
    name, contact = (who.name, who.contact) if who else ("", "")
    calendar = settings.work_calendar(ws)
    unknown = calendar.unknown_between(case.assigned_on, case.due_on) if case.due_on and case.assigned_on else ()
    return Case(case, *names, name if reveal else masked_complainant(name), contact if reveal else masked_contact(contact),
                reveal and who is not None, steps, is_late(case.status, case.due_on, date.today()), unknown)


def _names(s: Session, case: Complaint) -> tuple[str, str, str]:
    unit = s.get(Unit, case.unit_id) if case.unit_id else None
    person = s.get(Person, case.person_id) if case.person_id else None
    assigned = s.get(Unit, case.assigned_unit_id) if case.assigned_unit_id else None
    return unit.name if unit else "", person.name if person else "", assigned.name if assigned else ""



"""Recording findings and moving them through their workflow. Input is checked in full before
anything is written; every write goes through a session, so its outbox entry comes with it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.models import Finding, Handling, Inspection, Person, Unit, Visit
from inspector_app.domain.reference import Reference
from inspector_app.domain.validation import parse_minute
from inspector_app.domain.workflow import check_transition
from inspector_app.errors import InspectorError
from inspector_app.evidence.intake import Prepared, prepare, store
from inspector_app.store.database import Database
from inspector_app.store.evidence import add_evidence
from inspector_app.store.lookup import find_person, find_unit, find_violation


@dataclass(frozen=True)
class FindingInput:
    """A finding as a user types it (问题记录录入)."""
    unit: str
    category: str
    at: str
    person: str = ""
    person_description: str = ""
    note: str = ""
    place: str = ""
    photos: tuple[Path, ...] = ()
    visit_id: uuid.UUID | None = None


def _prepare_photos(paths: tuple[Path, ...]) -> list[Prepared]:
    """Every photo read and checked before anything is written."""
    out = []
    for path in paths:
        if not path.is_file():
            raise InspectorError("photo_missing", path=str(path))
        out.append(prepare(str(path)))
    return out


def record_finding(db: Database, ref: Reference, data: FindingInput, actor: str) -> Finding:
    """Record a finding (creating its person in the unit if new) with its photos."""
    observed_at = parse_minute(data.at)
    violation = find_violation(ref.catalogue, data.category)
    photos = _prepare_photos(data.photos)
    with db.session(actor) as s:
        visit = s.get(Visit, data.visit_id) if data.visit_id else None
        if data.visit_id and visit is None:
            raise InspectorError("visit_unknown", id=str(data.visit_id))
        unit = s.get(Unit, visit.unit_id) if visit and not data.unit.strip() else find_unit(s, data.unit)
        person = None
        if data.person.strip():
            person = find_person(s, unit, data.person) or Person(name=data.person.strip(), unit_id=unit.id)
            s.add(person)
        finding = Finding(
            unit_id=unit.id, person_id=person.id if person else None,
            person_description=data.person_description.strip(), violation_code=violation.code,
            observed_at=observed_at, place=data.place.strip(), description=data.note.strip(),
            visit_id=visit.id if visit else None, inspection_id=visit.inspection_id if visit else None,
            team_id=s.get(Inspection, visit.inspection_id).team_id if visit else None, created_by=actor,
        )
        s.add(finding)
        for photo in photos:
            add_evidence(s, store(photo, db.data_dir), finding_id=finding.id, visit_id=finding.visit_id)
    return finding


def get_finding(s: Session, finding_id: uuid.UUID | str) -> Finding:
    try:
        key = finding_id if isinstance(finding_id, uuid.UUID) else uuid.UUID(str(finding_id))
    except ValueError:
        raise InspectorError("finding_unknown", id=str(finding_id)) from None
    finding = s.get(Finding, key)
    if finding is None:
        raise InspectorError("finding_unknown", id=str(finding_id))
    return finding


def change_status(finding: Finding, target: FindingStatus, reason: str = "") -> None:
    """Move a finding along its workflow; voiding keeps the record and its reason."""
    check_transition(finding.status, target, reason)
    finding.status = target
    if target is FindingStatus.VOIDED:
        finding.void_reason = reason.strip()


def decide_handling(s: Session, ref: Reference, finding: Finding, sanction_code: str, decided_by: str,
                    decided_on: date, suggested_code: str = "", rule_ids: tuple[str, ...] = (),
                    note: str = "") -> Handling:
    """The office decides the sanction for a submitted finding, which becomes 'reviewed'."""
    if not ref.catalogue.has_sanction(sanction_code):
        raise InspectorError("sanction_unknown", code=sanction_code)
    change_status(finding, FindingStatus.REVIEWED)
    handling = Handling(finding_id=finding.id, sanction_code=sanction_code, suggested_code=suggested_code,
                        rule_ids=",".join(rule_ids), decided_on=decided_on, decided_by=decided_by, note=note)
    s.add(handling)
    return handling

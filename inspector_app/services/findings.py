"""Findings (问题记录): recording one with its photos (and submitting it in the same transaction),
moving it through its workflow, the office's decision, the lists, and a finding's detail as every
face shows it. Input is checked in full before anything is written; every write goes through a
session, so its outbox entry and audit entry come with it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlmodel import Session, select

from inspector_app.domain.audit import holds
from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.escalation import Suggestion
from inspector_app.domain.models import AuditEntry, Evidence, Finding, Handling, Inspection, Person, Unit, Visit
from inspector_app.domain.validation import parse_day, parse_minute
from inspector_app.domain.workflow import check_transition
from inspector_app.errors import InspectorError
from inspector_app.i18n import tr
from inspector_app.evidence.intake import Prepared, prepare, store
from inspector_app.services.evidence import add_evidence, derived
from inspector_app.services.workspace import Workspace
from inspector_app.store.history import suggest_handling
from inspector_app.store.lookup import by_id, find_person, find_team, find_unit, find_violation
from inspector_app.store.queries import (  # noqa: F401 (SORTS: the lists' vocabulary, which the faces use from here)
    SORTS, FindingFilter, FindingPage, FindingRow, count_findings, page_findings,
)


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


def record(ws: Workspace, data: FindingInput, submit: bool = False) -> Finding:
    """Record a finding (creating its person in the unit if new) with its photos; with `submit`, it
    goes to the office for review in the same transaction (one outbox entry, not two)."""
    observed_at = parse_minute(data.at)
    violation = find_violation(ws.ref.catalogue, data.category)
    ws.check("finding", {"status": FindingStatus.SUBMITTED if submit else FindingStatus.DRAFT})
    photos = _prepare_photos(data.photos)
    with ws.db.session(ws.actor) as s:
        visit = by_id(s, Visit, data.visit_id, "visit_unknown") if data.visit_id else None
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
            team_id=s.get(Inspection, visit.inspection_id).team_id if visit else None, created_by=ws.actor,
        )
        if submit:
            _change_status(finding, FindingStatus.SUBMITTED)
        s.add(finding)
        for photo in photos:
            add_evidence(ws, s, store(photo, derived(ws)), finding_id=finding.id, visit_id=finding.visit_id)
    return finding


def finding_of(s: Session, finding_id: uuid.UUID | str) -> Finding:
    """The finding with this id (as typed: a malformed or unknown one is named in the error)."""
    return by_id(s, Finding, finding_id, "finding_unknown")


def _change_status(finding: Finding, target: FindingStatus, reason: str = "") -> None:
    check_transition(finding.status, target, reason)
    finding.status = target
    if target is FindingStatus.VOIDED:
        finding.void_reason = reason.strip()


def change_status(ws: Workspace, s: Session, finding_id: uuid.UUID | str, target: FindingStatus,
                  reason: str = "") -> Finding:
    """Move a finding along its workflow in an open unit of work (for use cases that do more in it),
    if the person at work may."""
    finding = finding_of(s, finding_id)
    ws.check("finding", {"status": target}, {"status": finding.status})
    _change_status(finding, target, reason)
    return finding


def move(ws: Workspace, finding_id: uuid.UUID | str, target: FindingStatus, reason: str = "") -> Finding:
    """Submit, send back for more evidence (to draft) or void (with its reason kept: nothing is deleted)."""
    with ws.db.session(ws.actor) as s:
        return change_status(ws, s, finding_id, target, reason)


def decide(ws: Workspace, finding_id: uuid.UUID | str, sanction: str = "", note: str = "",
           decided_on: date | None = None, accountability: bool = False) -> Handling:
    """The office decides the sanction for a submitted finding (the ladder's suggestion when none is
    given); the finding becomes 'reviewed', and the decision records what was suggested and why.
    `accountability`: the decision holds the unit's head (一把手) accountable, in one of the forms the
    source documents name for it."""
    ws.check("handling", {"sanction_code": sanction})
    with ws.db.session(ws.actor) as s:
        finding = finding_of(s, finding_id)
        hint = _suggestion(s, ws, finding)
        code = sanction or hint.sanction
        if not ws.ref.catalogue.has_sanction(code):
            raise InspectorError("sanction_unknown", code=code)
        forms = ws.ref.catalogue.accountability()
        if accountability and code not in {f.code for f in forms}:
            raise InspectorError("sanction_not_accountability", name=ws.ref.catalogue.sanction(code).name(),
                                 forms="、".join(f.name() for f in forms))
        ws.check("finding", {"status": FindingStatus.REVIEWED}, {"status": finding.status})
        _change_status(finding, FindingStatus.REVIEWED)
        handling = Handling(finding_id=finding.id, sanction_code=code, suggested_code=hint.sanction,
                            rule_ids=",".join(r.id for r in hint.reasons), decided_on=decided_on or date.today(),
                            decided_by=ws.actor, note=note, accountability=accountability)
        s.add(handling)
    return handling


def _suggestion(s: Session, ws: Workspace, f: Finding) -> Suggestion:
    return suggest_handling(s, ws.ref, violation_code=f.violation_code, observed_at=f.observed_at,
                            unit_id=f.unit_id, person_id=f.person_id, finding_id=f.id)


# --- lists ----------------------------------------------------------------------------------------

def page(ws: Workspace, flt: FindingFilter, sort: str = "time", descending: bool = True, offset: int = 0,
         limit: int = 100, with_total: bool = True) -> FindingPage:
    with ws.db.session() as s:
        return page_findings(s, flt, sort, descending, offset, limit, with_total)


def count(ws: Workspace, flt: FindingFilter) -> int:
    with ws.db.session() as s:
        return count_findings(s, flt)


def list_filter(ws: Workspace, *, date_from: str | None = None, date_to: str | None = None,
                units: tuple[str, ...] = (), categories: tuple[str, ...] = (), statuses: tuple[str, ...] = (),
                person: str = "", team: str = "", text: str = "") -> FindingFilter:
    """A filter from what a user typed: dates, unit and team names, types by code or name, a person's
    name. Anything unknown is refused with the closest matches."""
    with ws.db.session() as s:
        person_ids = tuple(s.exec(select(Person.id).where(Person.name == person.strip())).all()) if person else ()
        if person and not person_ids:
            raise InspectorError("person_unknown", name=person)
        return FindingFilter(
            date_from=parse_day(date_from) if date_from else None,
            date_to=parse_day(date_to) if date_to else None,
            unit_ids=tuple(find_unit(s, u).id for u in units),
            codes=tuple(find_violation(ws.ref.catalogue, c).code for c in categories),
            statuses=statuses, person_ids=person_ids, team_id=find_team(s, team).id if team else None, text=text)



def year_of(person_id: uuid.UUID, year: int) -> FindingFilter:
    """A person's findings of a calendar year."""
    return FindingFilter(person_ids=(person_id,), date_from=date(year, 1, 1), date_to=date(year, 12, 31))


# --- one finding ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class FindingDetail:
    """A finding as every face shows it: its facts, unit and person, its evidence, the ladder's
    suggestion, the person's other findings of the year, its history from the audit log, and the
    handling decided (the latest), if any."""
    finding: Finding
    unit: Unit
    person: Person | None
    evidence: list[Evidence]
    suggestion: Suggestion
    this_year: list[FindingRow]
    history: list[AuditEntry]
    handling: Handling | None = None

    @property
    def who(self) -> str:
        """The person as named in the finding: position and name, or the description given."""
        return f"{self.person.position}{self.person.name}" if self.person else self.finding.person_description

    @property
    def photos(self) -> list[Evidence]:
        return [e for e in self.evidence if e.kind == "photo"]


def history_line(entry: AuditEntry) -> str:
    """One line of a finding's history in words: recorded, its status changed (with the reason for
    voiding), or how many of its fields changed; flagged where the entry is not as it was written."""
    line = _history_words(entry)
    return line if history_intact(entry) else line + tr("history_altered")


def history_intact(entry: AuditEntry) -> bool:
    """Whether a history entry is as it was written (its hash in the audit chain)."""
    return holds(entry.model_dump())


def _history_words(entry: AuditEntry) -> str:
    if entry.action == "create":
        status = entry.changes.get("status", FindingStatus.DRAFT)
        return tr("history_created") + ("" if status == FindingStatus.DRAFT else
                                        tr("history_created_as", status=FindingStatus(status)))
    if "status" in entry.changes:
        reason = entry.changes.get("void_reason")
        return tr("history_status", status=FindingStatus(entry.changes["status"])) + \
            (tr("history_reason", reason=reason) if reason else "")
    return tr("history_changed", count=len(entry.changes))


def detail(ws: Workspace, finding_id: uuid.UUID | str) -> FindingDetail:
    with ws.db.session() as s:
        f = finding_of(s, finding_id)
        person = s.get(Person, f.person_id) if f.person_id else None
        evidence = list(s.exec(select(Evidence).where(Evidence.finding_id == f.id, Evidence.deleted == False)  # noqa: E712
                               .order_by(Evidence.captured_at, Evidence.created_at)).all())
        history = list(s.exec(select(AuditEntry).where(AuditEntry.entity == "finding", AuditEntry.entity_id == f.id)
                              .order_by(AuditEntry.id)).all())
        year = page_findings(s, year_of(f.person_id, f.observed_at.year), limit=50).rows if person else []
        handling = s.exec(select(Handling).where(Handling.finding_id == f.id, Handling.deleted == False)  # noqa: E712
                          .order_by(Handling.decided_on.desc(), Handling.created_at.desc())).first()
        return FindingDetail(f, s.get(Unit, f.unit_id), person, evidence, _suggestion(s, ws, f),
                             [r for r in year if r.id != f.id], history, handling)


@dataclass(frozen=True)
class Preview:
    """What quick entry shows beside a finding still being typed: the unit, the person if known,
    their findings this year and the ladder's suggestion."""
    unit: Unit
    person: Person | None
    this_year: list[FindingRow]
    suggestion: Suggestion


def preview(ws: Workspace, unit: str, person: str, violation_code: str, observed_at: datetime) -> Preview | None:
    """None while the unit typed is no unit (yet), or several."""
    with ws.db.session() as s:
        try:
            found = find_unit(s, unit)
        except InspectorError:
            return None
        who = find_person(s, found, person) if person.strip() else None
        hint = suggest_handling(s, ws.ref, violation_code=violation_code, observed_at=observed_at, unit_id=found.id,
                                person_id=who.id if who else None)
        rows = page_findings(s, year_of(who.id, observed_at.year), limit=20).rows if who else []
        return Preview(found, who, rows, hint)

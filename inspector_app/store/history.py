"""Repeat offenders: a person's and a unit's record in a calendar year, and the ladder's suggestion."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.escalation import Suggestion, YearRecord, suggest
from inspector_app.domain.models import Finding, Handling
from inspector_app.domain.reference import Reference


def year_record(s: Session, year: int, *, person_id: uuid.UUID | None = None,
                unit_id: uuid.UUID | None = None, exclude: uuid.UUID | None = None) -> YearRecord:
    """Findings (not voided) observed in `year` and sanctions decided in `year`, for one person or unit."""
    scope = Finding.person_id == person_id if person_id is not None else Finding.unit_id == unit_id
    live = [scope, Finding.status != FindingStatus.VOIDED, Finding.deleted == False]  # noqa: E712
    if exclude is not None:
        live.append(Finding.id != exclude)
    findings = s.exec(
        select(Finding.violation_code, func.count())
        .where(*live, Finding.observed_at >= datetime(year, 1, 1), Finding.observed_at < datetime(year + 1, 1, 1))
        .group_by(Finding.violation_code)).all()
    sanctions = s.exec(
        select(Handling.sanction_code, func.count())
        .join(Finding, Finding.id == Handling.finding_id)
        .where(*live, Handling.deleted == False,  # noqa: E712
               Handling.decided_on >= date(year, 1, 1), Handling.decided_on < date(year + 1, 1, 1))
        .group_by(Handling.sanction_code)).all()
    return YearRecord(Counter(dict(findings)), Counter(dict(sanctions)))


def suggest_handling(s: Session, ref: Reference, *, violation_code: str, observed_at: datetime,
                     unit_id: uuid.UUID, person_id: uuid.UUID | None = None,
                     finding_id: uuid.UUID | None = None) -> Suggestion:
    """The ladder's suggestion for a finding (saved or still being typed): the year's record of the
    person and the unit, this finding counted once."""
    year = observed_at.year
    person = (year_record(s, year, person_id=person_id, exclude=finding_id)
              if person_id is not None else YearRecord())
    unit = year_record(s, year, unit_id=unit_id, exclude=finding_id)
    person.findings[violation_code] += 1
    unit.findings[violation_code] += 1
    return suggest(ref.catalogue, ref.rules, violation_code, person, unit)

"""Inspections (检查行动) and visits (检查点位): planning, arriving at a unit, and recording that
nothing was wrong there (notices count the units checked, not only the bad ones)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import select

from inspector_app.domain.enums import InspectionMode
from inspector_app.domain.models import Finding, Inspection, InspectionUnit, Visit
from inspector_app.domain.validation import require_text
from inspector_app.errors import InspectorError
from inspector_app.store.database import Database
from inspector_app.store.lookup import find_unit


def create_inspection(db: Database, title: str, mode: str, start: date, end: date, team_id: uuid.UUID | None,
                      unit_names: list[str], actor: str) -> Inspection:
    title = require_text(title, "名称", 200)
    if end < start:
        raise InspectorError("period_reversed", start=start.isoformat(), end=end.isoformat())
    with db.session(actor) as s:
        units = [find_unit(s, name) for name in unit_names]
        inspection = Inspection(title=title, mode=InspectionMode(mode), start_date=start, end_date=end, team_id=team_id)
        s.add(inspection)
        for unit in {u.id: u for u in units}.values():
            s.add(InspectionUnit(inspection_id=inspection.id, unit_id=unit.id))
    return inspection


def start_visit(db: Database, inspection_id: uuid.UUID, unit_name: str, arrived_at: datetime, actor: str,
                location: str = "") -> Visit:
    with db.session(actor) as s:
        if s.get(Inspection, inspection_id) is None:
            raise InspectorError("inspection_unknown", id=str(inspection_id))
        unit = find_unit(s, unit_name)
        visit = Visit(inspection_id=inspection_id, unit_id=unit.id, arrived_at=arrived_at.replace(second=0, microsecond=0),
                      location=location or unit.name)
        s.add(visit)
    return visit


def mark_no_problem(db: Database, visit_id: uuid.UUID, left_at: datetime, actor: str) -> Visit:
    """Close a visit where nothing was wrong; refused if findings were recorded there."""
    with db.session(actor) as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise InspectorError("visit_unknown", id=str(visit_id))
        if s.exec(select(Finding).where(Finding.visit_id == visit_id, Finding.status != "voided")).first():
            raise InspectorError("visit_has_findings")
        visit.no_problem, visit.left_at = True, left_at.replace(second=0, microsecond=0)
    return visit

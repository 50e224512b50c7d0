"""Inspections (检查行动) and visits (检查点位): planning, arriving at a unit, and recording that
nothing was wrong there (notices count the units checked, not only the bad ones)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlmodel import select

from inspector_app.domain import authority
from inspector_app.domain.enums import InspectionMode
from inspector_app.domain.models import Finding, Inspection, InspectionUnit, Team, Visit
from inspector_app.domain.validation import require_text
from inspector_app.errors import InspectorError
from inspector_app.services.workspace import Workspace
from inspector_app.store.lookup import by_id, find_unit


def create(ws: Workspace, title: str, mode: str, start: date, end: date, team_id: uuid.UUID | None,
           unit_names: list[str]) -> Inspection:
    """A new inspection; a team's is the team's own."""
    title = require_text(title, "名称", 200)
    if end < start:
        raise InspectorError("period_reversed", start=start.isoformat(), end=end.isoformat())
    if not authority.is_office(ws.role):
        if team_id not in (None, ws.team_id):
            raise InspectorError("hub_refused_team")
        team_id = ws.team_id
    with ws.db.session(ws.actor) as s:
        units = [find_unit(s, name) for name in unit_names]
        inspection = Inspection(title=title, mode=InspectionMode(mode), start_date=start, end_date=end, team_id=team_id)
        s.add(inspection)
        for unit in {u.id: u for u in units}.values():
            s.add(InspectionUnit(inspection_id=inspection.id, unit_id=unit.id))
    return inspection


def recent(ws: Workspace, limit: int | None = None) -> list[tuple[Inspection, str]]:
    """The inspections, the latest first, each with its team's name ("" for none)."""
    with ws.db.session() as s:
        found = s.exec(select(Inspection).where(Inspection.deleted == False)  # noqa: E712
                       .order_by(Inspection.start_date.desc()).limit(limit)).all()
        teams = dict(s.exec(select(Team.id, Team.name)).all())
    return [(i, teams.get(i.team_id, "")) for i in found]


def arrive(ws: Workspace, inspection_id: uuid.UUID, unit_name: str, arrived_at: datetime,
           location: str = "") -> tuple[Visit, str]:
    """Start a visit at a unit (its name as typed); returns the visit and the unit's full name."""
    with ws.db.session(ws.actor) as s:
        by_id(s, Inspection, inspection_id, "inspection_unknown")
        unit = find_unit(s, unit_name)
        visit = Visit(inspection_id=inspection_id, unit_id=unit.id, arrived_at=arrived_at.replace(second=0, microsecond=0),
                      location=location or unit.name)
        s.add(visit)
        return visit, unit.name


def nothing_found(ws: Workspace, visit_id: uuid.UUID, left_at: datetime) -> Visit:
    """Close a visit where nothing was wrong; refused if findings were recorded there."""
    with ws.db.session(ws.actor) as s:
        visit = by_id(s, Visit, visit_id, "visit_unknown")
        if s.exec(select(Finding).where(Finding.visit_id == visit_id, Finding.status != "voided")).first():
            raise InspectorError("visit_has_findings")
        visit.no_problem, visit.left_at = True, left_at.replace(second=0, microsecond=0)
    return visit


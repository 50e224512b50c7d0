"""The district's units, people and teams (名册) as the screens list them."""

from __future__ import annotations

import uuid

from sqlmodel import select

from inspector_app.domain.models import Person, Team, Unit
from inspector_app.services.workspace import Workspace


def units(ws: Workspace) -> list[tuple[uuid.UUID, str]]:
    """Every unit (a window after its centre's siblings, as the roster orders them): (id, name)."""
    with ws.db.session() as s:
        return list(s.exec(select(Unit.id, Unit.name).where(Unit.deleted == False)  # noqa: E712
                           .order_by(Unit.sort_order, Unit.name)).all())


def unit_names(ws: Workspace) -> list[str]:
    return [name for _, name in units(ws)]


def person_names(ws: Workspace, unit_name: str, limit: int = 500) -> list[str]:
    """The people of the unit of that name; of any unit (at most `limit`) while none is named."""
    with ws.db.session() as s:
        unit = s.exec(select(Unit).where(Unit.name == unit_name.strip())).first()
        q = select(Person.name).where(Person.deleted == False)  # noqa: E712
        return list(s.exec(q.where(Person.unit_id == unit.id) if unit else q.limit(limit)).all())


def teams(ws: Workspace) -> list[tuple[uuid.UUID, str]]:
    """The inspection teams (督查组): (id, name), by name."""
    with ws.db.session() as s:
        return list(s.exec(select(Team.id, Team.name).order_by(Team.name)).all())

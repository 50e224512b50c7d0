"""The district's units, people and teams (名册) as the screens list them, and the office's word on
the people teams added in the field."""

from __future__ import annotations

import uuid

from sqlmodel import select

from inspector_app.domain.models import Finding, Person, Team, Unit
from inspector_app.errors import InspectorError
from inspector_app.services.workspace import Workspace
from inspector_app.store.lookup import by_id


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


def provisional(ws: Workspace) -> list[Person]:
    """The people teams added in the field, for the office to confirm or merge."""
    with ws.db.session() as s:
        return list(s.exec(select(Person).where(Person.provisional == True, Person.deleted == False)  # noqa: E712
                           .order_by(Person.created_at)).all())


def confirm(ws: Workspace, person_id: uuid.UUID | str) -> Person:
    """The office takes a person a team added into the roster as they are."""
    ws.check("person", {"provisional": False}, {"provisional": True})
    with ws.db.session(ws.actor) as s:
        person = by_id(s, Person, person_id, "person_unknown_id")
        person.provisional = False
        return person


def merge(ws: Workspace, person_id: uuid.UUID | str, into_id: uuid.UUID | str) -> Person:
    """A person a team added is someone the roster has already: their findings move to that person,
    and the added one is removed (kept, marked deleted: nothing is lost)."""
    ws.check("person", {"deleted": True}, {"deleted": False})
    with ws.db.session(ws.actor) as s:
        person = by_id(s, Person, person_id, "person_unknown_id")
        into = by_id(s, Person, into_id, "person_unknown_id")
        if person.id == into.id:
            raise InspectorError("person_merge_self", name=person.name)
        for finding in s.exec(select(Finding).where(Finding.person_id == person.id)):
            finding.person_id = into.id
        person.deleted = True
        return into

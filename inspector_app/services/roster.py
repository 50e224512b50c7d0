"""The district's units, people and teams (名册) as the screens list them, and the office's word on
the people teams added in the field."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlmodel import func, select

from inspector_app.domain.complaints import FOUND_TRUE
from inspector_app.domain.enums import FindingStatus, StaffCategory, UnitKind
from inspector_app.domain.models import Complaint, Finding, Handling, Person, Team, Unit
from inspector_app.domain.pinyin import readings
from inspector_app.errors import InspectorError
from inspector_app.services import roster_workbook as book
from inspector_app.services.roster_import import LIMITS
from inspector_app.services.workspace import Workspace
from inspector_app.store.history import year_record
from inspector_app.store.queries import count_where
from inspector_app.store.lookup import by_id, find_team, find_unit

T = TypeVar("T", Person, Unit)


def units(ws: Workspace) -> list[tuple[uuid.UUID, str]]:
    """Every unit (a window after its centre's siblings, as the roster orders them): (id, name)."""
    with ws.db.session() as s:
        return list(s.exec(select(Unit.id, Unit.name).where(Unit.deleted == False)  # noqa: E712
                           .order_by(Unit.sort_order, Unit.name)).all())


def unit_names(ws: Workspace) -> list[str]:
    return [name for _, name in units(ws)]


def position_of(ws: Workspace, unit_name: str, name: str) -> str:
    """The position of the person of that name in the unit of that name ("" if none is known)."""
    with ws.db.session() as s:
        return s.exec(select(Person.position).join(Unit, Unit.id == Person.unit_id)
                      .where(Unit.name == unit_name.strip(), Person.name == name.strip(),
                             Person.deleted == False)).first() or ""  # noqa: E712


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


def unit_id(ws: Workspace, text: str) -> str:
    """The id of the unit a person named (its name, short name, or the only one containing it)."""
    with ws.db.session() as s:
        return str(find_unit(s, text).id)


def unit_list(ws: Workspace) -> list[dict[str, Any]]:
    """Every unit, each after its parent (a tree read top down), with the pinyin initials quick entry
    finds it by (区人社局: qrsj, and orsj for 区's rarer reading) and its number of people at work."""
    with ws.db.session() as s:
        units = list(s.exec(select(Unit).where(Unit.deleted == False).order_by(Unit.sort_order, Unit.name)))  # noqa: E712
        counts = dict(s.exec(select(Person.unit_id, func.count()).where(
            Person.deleted == False, Person.active == True).group_by(Person.unit_id)).all())  # noqa: E712
    names = {u.id: u.name for u in units}
    children: dict[uuid.UUID | None, list[Unit]] = {}
    for u in units:
        children.setdefault(u.parent_id if u.parent_id in names else None, []).append(u)
    out: list[dict[str, Any]] = []

    def walk(parent: uuid.UUID | None, depth: int) -> None:
        for u in children.get(parent, []):
            out.append({"id": str(u.id), "name": u.name, "short_name": u.short_name, "pinyin": list(readings(u.name)[1]),
                        "kind": u.kind, "kind_name": UnitKind(u.kind).label(), "parent": names.get(u.parent_id, ""),
                        "depth": depth, "people": counts.get(u.id, 0)})
            walk(u.id, depth + 1)

    walk(None, 0)
    return out


def person_list(ws: Workspace, unit: str | None = None, left: bool = False) -> list[dict[str, Any]]:
    """The people at work (and those who left, if asked), of one unit or all, by unit and name."""
    with ws.db.session() as s:
        units = {u.id: u.name for u in s.exec(select(Unit))}
        teams = {t.id: t.name for t in s.exec(select(Team))}
        q = select(Person).where(Person.deleted == False)  # noqa: E712
        if not left:
            q = q.where(Person.active == True)  # noqa: E712
        if unit is not None:
            q = q.where(Person.unit_id == find_unit(s, unit).id)
        people = list(s.exec(q.order_by(Person.unit_id, Person.created_at, Person.id)))
    return sorted(({"id": str(p.id), "name": p.name, "unit": units.get(p.unit_id, ""), "position": p.position,
                    "staff_category": p.staff_category, "category_name": _category(p.staff_category),
                    "party_member": p.party_member, "leader": p.leader, "team": teams.get(p.team_id, ""),
                    "active": p.active, "provisional": p.provisional} for p in people),
                  key=lambda r: r["unit"])


def _category(code: str) -> str:
    try:
        return StaffCategory(code).label("zh")
    except ValueError:
        return code


def export_workbook(ws: Workspace, path: Path) -> dict[str, int]:
    """The roster as the workbook `roster import` reads, with each record's 编号: the people at work."""
    yes_no = {True: "是", False: "否"}
    units = [(u["name"], u["parent"], UnitKind(u["kind"]).label("zh"), u["short_name"], u["id"])
             for u in unit_list(ws)]
    people = [(p["name"], p["unit"], p["position"], p["category_name"], yes_no[p["party_member"]],
               yes_no[p["leader"]], p["team"], p["id"]) for p in person_list(ws) if not p["provisional"]]
    book.write(path, {book.UNITS: units, book.PEOPLE: people}, with_ids=True)
    return {"units": len(units), "people": len(people)}


@dataclass(frozen=True)
class PersonInput:
    """A person as the office enters them: the unit and team by name, "" for no team."""
    name: str
    unit: str
    position: str = ""
    staff_category: str = StaffCategory.CIVIL_SERVANT
    party_member: bool = False
    leader: bool = False
    team: str = ""


def save_person(ws: Workspace, given: PersonInput, person_id: uuid.UUID | str | None = None) -> Person:
    """Add a person to the roster, or change one (moved to another unit, their findings stay theirs)."""
    name = " ".join(given.name.split())
    if not name:
        raise InspectorError("roster_empty", column="姓名")
    for column, value in (("姓名", name), ("职务", given.position.strip())):
        if len(value) > LIMITS[column]:
            raise InspectorError("roster_too_long", column=column, limit=LIMITS[column])
    with ws.db.session(ws.actor) as s:
        fields = {"name": name, "unit_id": find_unit(s, given.unit).id, "position": given.position.strip(),
                  "staff_category": StaffCategory(given.staff_category).value, "party_member": given.party_member,
                  "leader": given.leader, "team_id": find_team(s, given.team).id if given.team.strip() else None}
        person = by_id(s, Person, person_id, "person_unknown_id") if person_id else None
        return _saved(ws, s, Person, person, fields)


def _saved(ws: Workspace, s: Any, model: type[T], record: T | None, fields: dict[str, Any]) -> T:
    """A roster record added with these fields, or changed to them, once the person at work may."""
    ws.check(model.__tablename__, fields, None if record is None else {k: getattr(record, k) for k in fields})
    if record is None:
        record = model(**fields)
        s.add(record)
    else:
        for key, value in fields.items():
            setattr(record, key, value)
    return record


def mark_left(ws: Workspace, person_id: uuid.UUID | str, left: bool = True) -> Person:
    """A person has left (or come back): kept, with their findings, and no longer offered."""
    ws.check("person", {"active": not left}, {"active": left})
    with ws.db.session(ws.actor) as s:
        person = by_id(s, Person, person_id, "person_unknown_id")
        person.active = not left
        return person


@dataclass(frozen=True)
class UnitInput:
    """A unit as the office enters it: its parent by name ("" for none), its kind by code."""
    name: str
    parent: str = ""
    kind: str = UnitKind.AGENCY
    short_name: str = ""


def save_unit(ws: Workspace, given: UnitInput, unit_id: uuid.UUID | str | None = None) -> Unit:
    """Add a unit, or change one: renamed, moved under another parent (never under itself or its own
    windows), of another kind; its people and findings stay with it."""
    name, short = " ".join(given.name.split()), given.short_name.strip()
    if not name:
        raise InspectorError("roster_empty", column="名称")
    for column, value in (("名称", name), ("简称", short)):
        if len(value) > LIMITS[column]:
            raise InspectorError("roster_too_long", column=column, limit=LIMITS[column])
    with ws.db.session(ws.actor) as s:
        unit = by_id(s, Unit, unit_id, "unit_unknown_id") if unit_id else None
        same = s.exec(select(Unit).where(Unit.name == name, Unit.deleted == False)).first()  # noqa: E712
        if same is not None and (unit is None or same.id != unit.id):
            raise InspectorError("roster_unit_exists", name=name)
        parent = find_unit(s, given.parent) if given.parent.strip() else None
        if unit is not None and parent is not None:
            chain, at = [unit.name], parent
            while at is not None:
                chain.append(at.name)
                if at.id == unit.id:
                    raise InspectorError("roster_cycle", chain=" → ".join(reversed(chain)))
                at = s.get(Unit, at.parent_id) if at.parent_id else None
        fields = {"name": name, "parent_id": parent.id if parent else None, "kind": UnitKind(given.kind).value,
                  "short_name": short}
        return _saved(ws, s, Unit, unit, fields)


def unit_record(ws: Workspace, unit: str, year: int) -> dict[str, Any]:
    """A unit's year: its findings by type, the handlings decided, what the ladder says of the unit
    (e.g. its head to be held accountable), the decisions that held its head (一把手) accountable, and
    the complaints about it received that year (and how many were found true)."""
    cat = ws.ref.catalogue
    with ws.db.session() as s:
        found = find_unit(s, unit)
        record = year_record(s, year, unit_id=found.id)
        held = s.exec(select(Handling, Finding, Person.name).join(Finding, Finding.id == Handling.finding_id)
                      .join(Person, Person.id == Finding.person_id, isouter=True)
                      .where(Finding.unit_id == found.id, Handling.accountability == True,  # noqa: E712
                             Handling.deleted == False, Finding.deleted == False,  # noqa: E712
                             Finding.status != FindingStatus.VOIDED,
                             Handling.decided_on >= date(year, 1, 1), Handling.decided_on < date(year + 1, 1, 1))
                      .order_by(Handling.decided_on)).all()
        span = (Complaint.unit_id == found.id, Complaint.deleted == False,  # noqa: E712
                Complaint.received_at >= datetime(year, 1, 1), Complaint.received_at < datetime(year + 1, 1, 1))
        complaints = s.exec(select(func.count(), count_where(Complaint.result.in_(FOUND_TRUE)))
                            .select_from(Complaint).where(*span)).one()
    return {
        "unit": found.name, "year": year,
        "findings": [{"code": c, "name": cat.violation(c).name(), "count": n}
                     for c, n in record.findings.most_common() if cat.has_violation(c)],
        "sanctions": [{"code": c, "name": cat.sanction(c).name(), "count": record.sanctions[c]}
                      for c in sorted(record.sanctions, key=cat.severity) if cat.has_sanction(c)],
        "alerts": [r.text() for r in ws.ref.rules.rules if r.scope == "unit" and r.alert and r.fires(record)],
        "accountability": [{"decided_on": h.decided_on, "sanction": cat.sanction(h.sanction_code).name(),
                            "person": name or f.person_description, "finding_id": str(f.id),
                            "type": cat.violation(f.violation_code).name()} for h, f, name in held],
        "complaints": {"received": complaints[0], "found_true": int(complaints[1])},
    }

"""Finding units, people and violation types by what a user typed, with 'did you mean' suggestions."""

from __future__ import annotations

import difflib
import uuid
from typing import TypeVar

from sqlmodel import Session, SQLModel, select

from inspector_app.domain.catalogue import Catalogue, ViolationType
from inspector_app.domain.models import Person, Team, Unit
from inspector_app.errors import InspectorError

T = TypeVar("T", bound=SQLModel)


def _closest(text: str, names: list[str], n: int = 3) -> str:
    hits = [name for name in names if text and text in name]
    hits += difflib.get_close_matches(text, names, n=n, cutoff=0.3)
    return "、".join(list(dict.fromkeys(hits))[:n])


def find_unit(session: Session, text: str) -> Unit:
    """The unit whose name or short name is `text`, or the only one whose name contains it."""
    wanted = text.strip()
    units = session.exec(select(Unit).where(Unit.deleted == False)).all()  # noqa: E712
    exact = [u for u in units if wanted in (u.name, u.short_name)]
    if len(exact) == 1:
        return exact[0]
    partial = [u for u in units if wanted and wanted in u.name]
    if len(exact) == 0 and len(partial) == 1:
        return partial[0]
    candidates = exact or partial
    if candidates:
        raise InspectorError("unit_ambiguous", text=text, matches="、".join(u.name for u in candidates[:5]))
    raise InspectorError("unit_unknown", text=text, matches=_closest(wanted, [u.name for u in units]) or "—")


def find_person(session: Session, unit: Unit, name: str) -> Person | None:
    """The person of that name in that unit; None if the unit has nobody of that name."""
    people = session.exec(select(Person).where(Person.unit_id == unit.id, Person.name == name.strip(),
                                               Person.deleted == False)).all()  # noqa: E712
    if len(people) > 1:
        raise InspectorError("person_ambiguous", name=name, unit=unit.name, count=len(people))
    return people[0] if people else None


def find_team(session: Session, name: str) -> Team:
    """The inspection team of that name; an unknown one names the teams there are."""
    team = session.exec(select(Team).where(Team.name == name.strip(), Team.deleted == False)).first()  # noqa: E712
    if team is None:
        names = "、".join(session.exec(select(Team.name).where(Team.deleted == False)).all()[:5]) or "—"  # noqa: E712
        raise InspectorError("team_unknown", text=name, matches=names)
    return team


def find_violation(catalogue: Catalogue, text: str) -> ViolationType:
    """A violation type by code or name; an unknown one names the closest types."""
    found = catalogue.find_violation(text)
    if found is None:
        close = catalogue.closest_violations(text)
        raise InspectorError("category_unknown", text=text,
                             matches="、".join(f"{v.code}（{v.zh}）" for v in close) or "—")
    return found


def by_id(session: Session, model: type[T], text: uuid.UUID | str, unknown: str) -> T:
    """The record of this kind with this id as a user typed it; a malformed or unknown id raises the
    message `unknown`, naming it."""
    try:
        found = session.get(model, text if isinstance(text, uuid.UUID) else uuid.UUID(str(text)))
    except ValueError:
        found = None
    if found is None:
        raise InspectorError(unknown, id=str(text))
    return found

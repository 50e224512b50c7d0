"""Records as people name them, in lists that mix kinds of record (the office's sync conflicts)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlmodel import Session

from inspector_app.domain.enums import RecordKind
from inspector_app.domain.models import ENTITIES, Finding, Person, Unit


def record_label(s: Session, entity: str, record_id: Any) -> str:
    """A finding by its unit, person and time; a record with a name or title by that; a photo by its
    file's name. Anything else, or a record this machine does not hold, by the tail of its id: the
    head of a UUIDv7 is the time it was made, the same for every record of the same minute."""
    try:
        record = s.get(ENTITIES[entity], uuid.UUID(str(record_id)))
    except (KeyError, ValueError):
        record = None
    if isinstance(record, Finding):
        unit = s.get(Unit, record.unit_id)
        person = s.get(Person, record.person_id) if record.person_id else None
        parts = (unit.name if unit else "", person.name if person else record.person_description,
                 f"{record.observed_at:%Y-%m-%d %H:%M}")
        return " ".join(part for part in parts if part)
    for attribute in ("name", "display_name", "title", "original_name"):
        if value := getattr(record, attribute, ""):
            return str(value)
    return "…" + str(record_id)[-12:]


def kind_name(entity: str) -> str:
    """A kind of record in words; one this version does not know (from a newer hub) as it is."""
    try:
        return RecordKind(entity).label()
    except ValueError:
        return entity

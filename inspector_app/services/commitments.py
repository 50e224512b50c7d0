"""服务承诺 (seed 001: "每年初由各部门提出服务承诺，年终组织服务对象…测评"): each unit's commitments
for a year, recorded at its start and rated at its end (已兑现 / 基本兑现 / 未兑现)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from inspector_app.domain.enums import CommitmentRating
from inspector_app.domain.models import Commitment, Unit
from inspector_app.errors import InspectorError
from inspector_app.services.workspace import Workspace
from inspector_app.store.lookup import find_unit


@dataclass
class Held:
    id: uuid.UUID
    unit: str
    year: int
    text: str
    rating: str
    rated_on: date | None
    note: str


def add(ws: Workspace, unit: str, year: int, text: str) -> Held:
    """A commitment the unit states for the year."""
    if not text.strip():
        raise InspectorError("commitment_empty")
    if not 2000 <= year <= 2100:
        raise InspectorError("commitment_year", year=year)
    ws.check("commitment", {"text": text})
    with ws.db.session(ws.actor) as s:
        u = find_unit(s, unit)
        c = Commitment(unit_id=u.id, year=year, text=text.strip()[:500])
        s.add(c)
        s.flush()
        return _held(c, u.name)


def rate(ws: Workspace, commitment_id: str, rating: str, note: str = "", on: date | None = None) -> Held:
    """The year-end rating of a commitment: 已兑现, 基本兑现 or 未兑现 (kept, partly, broken)."""
    value = CommitmentRating.named(rating, "commitment_rating")
    ws.check("commitment", {"rating": value})
    with ws.db.session(ws.actor) as s:
        c = _find(s, commitment_id)
        c.rating, c.note, c.rated_on = value, note.strip(), on or date.today()
        s.add(c)
        return _held(c, s.get(Unit, c.unit_id).name)


def held(ws: Workspace, year: int | None = None, unit: str = "") -> list[Held]:
    with ws.db.session() as s:
        query = (select(Commitment, Unit.name).join(Unit, Unit.id == Commitment.unit_id)
                 .where(Commitment.deleted == False))  # noqa: E712
        if year:
            query = query.where(Commitment.year == year)
        if unit:
            query = query.where(Commitment.unit_id == find_unit(s, unit).id)
        return [_held(c, name) for c, name in s.exec(query.order_by(Commitment.year, Unit.sort_order, Unit.name,
                                                                     Commitment.created_at))]


def _find(s, commitment_id: str) -> Commitment:
    try:
        c = s.get(Commitment, uuid.UUID(commitment_id.strip()))
    except ValueError:
        c = None
    if c is None or c.deleted:
        raise InspectorError("commitment_unknown", id=commitment_id)
    return c


def _held(c: Commitment, unit: str) -> Held:
    return Held(c.id, unit, c.year, c.text, c.rating, c.rated_on, c.note)

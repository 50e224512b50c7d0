"""Lists of findings: filters, sorting, pages, counts and full-text search (Chinese via trigrams).

Pages are fetched from SQL (never everything), so a list of 100,000 findings stays quick."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, func, literal_column, select, text
from sqlmodel import Session

from inspector_app.domain.models import Finding, Person, Rectification, Unit
from inspector_app.domain.workflow import AWAITING_RECTIFICATION

SORTS = {
    "time": Finding.observed_at,
    "unit": Unit.name,
    "type": Finding.violation_code,
    "status": Finding.status,
    "person": Person.name,
    "due": Rectification.due_on,
}


@dataclass(frozen=True)
class FindingFilter:
    """What a list shows; every part is optional. Dates are inclusive."""
    date_from: date | None = None
    date_to: date | None = None
    unit_ids: tuple[uuid.UUID, ...] = ()      # these units and every unit below them
    codes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    person_ids: tuple[uuid.UUID, ...] = ()
    team_id: uuid.UUID | None = None
    inspection_id: uuid.UUID | None = None
    text: str = ""
    overdue_on: date | None = None            # only those whose rectification deadline passed before this day
    include_deleted: bool = False


@dataclass(frozen=True)
class FindingRow:
    id: uuid.UUID
    observed_at: datetime
    unit_id: uuid.UUID
    unit_name: str
    person_id: uuid.UUID | None
    person_name: str | None
    person_description: str
    violation_code: str
    status: str
    place: str
    description: str
    due_on: date | None = None          # the rectification deadline
    accepted: bool | None = None        # the rectification report accepted


@dataclass(frozen=True)
class FindingPage:
    rows: list[FindingRow] = field(default_factory=list)
    total: int = 0


def with_subunits(s: Session, unit_ids: tuple[uuid.UUID, ...]) -> list[uuid.UUID]:
    """These units and every unit below them (the service centre and its windows)."""
    children: dict[uuid.UUID, list[uuid.UUID]] = {}
    for uid, parent in s.execute(select(Unit.id, Unit.parent_id)):
        children.setdefault(parent, []).append(uid)
    found, todo = set(unit_ids), list(unit_ids)
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return sorted(found)


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _text_condition(words: str) -> ColumnElement[bool] | None:
    """Every word must occur. Words of three or more characters use the trigram index; shorter
    ones (most Chinese names) fall back to LIKE on the same table, which is still exact."""
    parts = []
    for i, word in enumerate(words.split()):
        if len(word) >= 3:
            parts.append(text(f"finding_fts MATCH :w{i}").bindparams(**{f"w{i}": '"' + word.replace('"', '""') + '"'}))
        else:
            parts.append(text(f"body LIKE :w{i} ESCAPE '\\'").bindparams(**{f"w{i}": f"%{_escape_like(word)}%"}))
    if not parts:
        return None
    matching = select(literal_column("finding_id")).select_from(text("finding_fts")).where(and_(*parts))
    return Finding.id.in_(matching)


def _conditions(s: Session, f: FindingFilter) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if not f.include_deleted:
        cond.append(Finding.deleted == False)  # noqa: E712
    if f.date_from:
        cond.append(Finding.observed_at >= datetime.combine(f.date_from, datetime.min.time()))
    if f.date_to:
        cond.append(Finding.observed_at < datetime.combine(f.date_to + timedelta(days=1), datetime.min.time()))
    if f.unit_ids:
        cond.append(Finding.unit_id.in_(with_subunits(s, f.unit_ids)))
    if f.codes:
        cond.append(Finding.violation_code.in_(f.codes))
    if f.statuses:
        cond.append(Finding.status.in_(f.statuses))
    if f.person_ids:
        cond.append(Finding.person_id.in_(f.person_ids))
    if f.team_id:
        cond.append(Finding.team_id == f.team_id)
    if f.inspection_id:
        cond.append(Finding.inspection_id == f.inspection_id)
    if f.text.strip():
        cond.append(_text_condition(f.text))
    if f.overdue_on:
        late = select(Rectification.finding_id).where(
            Rectification.deleted == False, Rectification.due_on < f.overdue_on,  # noqa: E712
            Rectification.accepted.is_not(True))
        cond += [Finding.id.in_(late), Finding.status.in_(AWAITING_RECTIFICATION)]
    return cond


def count_findings(s: Session, f: FindingFilter) -> int:
    return s.execute(select(func.count()).select_from(Finding).where(*_conditions(s, f))).scalar_one()


def page_findings(s: Session, f: FindingFilter, sort: str = "time", descending: bool = True,
                  offset: int = 0, limit: int = 100, with_total: bool = True) -> FindingPage:
    """One page of the filtered, sorted list, and how many findings the filter holds in all."""
    key = SORTS[sort]
    order = [key.desc(), Finding.id.desc()] if descending else [key.asc(), Finding.id.asc()]
    stmt = (select(Finding.id, Finding.observed_at, Finding.unit_id, Unit.name, Finding.person_id,
                   Person.name, Finding.person_description, Finding.violation_code, Finding.status,
                   Finding.place, Finding.description, Rectification.due_on, Rectification.accepted)
            .join(Unit, Unit.id == Finding.unit_id)
            .outerjoin(Person, Person.id == Finding.person_id)
            .outerjoin(Rectification, and_(Rectification.finding_id == Finding.id,
                                           Rectification.deleted == False))  # noqa: E712
            .where(*_conditions(s, f)).order_by(*order).offset(offset).limit(limit))
    rows = [FindingRow(*r) for r in s.execute(stmt)]
    return FindingPage(rows, count_findings(s, f) if with_total else len(rows))


def count_where(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows meet the condition, as a column of an aggregate (0 over no rows)."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

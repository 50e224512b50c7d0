"""The complaints ledger read whole: pages of cases with filters (never every row at once), the
office's figures by period and unit, the units complained of most (targets for the next 暗访), and
the ledger as a workbook. The complainant never appears here: lists and exports go to units too.

The figures (cases received in the period):
- 受理率: accepted ÷ decided (accepted or not accepted);
- 按期办结率: resolved by the deadline ÷ (resolved + still open past the deadline);
- 答复率: answered ÷ those owed an answer (resolved or not accepted);
- 回访满意率: satisfied or fairly satisfied ÷ followed up;
- overdue: still being handled past the deadline, today.
"""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import aliased

from inspector_app.domain.complaints import FOUND_TRUE, is_late
from inspector_app.domain.enums import ComplaintChannel, ComplaintResult, ComplaintStatus as S, Satisfaction
from inspector_app.domain.models import Complaint, Person, Unit
from inspector_app.fileio import write_output
from inspector_app.services.settings import complaint_rules, work_calendar
from inspector_app.services.workspace import Workspace
from inspector_app.store.queries import count_where



@dataclass(frozen=True)
class LedgerFilter:
    date_from: date | None = None   # received on or after
    date_to: date | None = None     # received on or before
    statuses: tuple[str, ...] = ()
    unit_id: uuid.UUID | None = None
    channel: str = ""
    text: str = ""                  # in the number, the summary or the matter
    overdue_on: date | None = None  # only cases still open past their deadline on this day
    due_by: date | None = None      # only open cases due on or before this day
    due_soon: bool = False          # only open cases due within the office's reminder (its due_by, read here)


@dataclass(frozen=True)
class LedgerRow:
    id: uuid.UUID
    reg_number: str
    received_at: datetime
    channel: str
    unit: str
    person: str
    subject: str
    status: str
    assignee: str
    due_on: date | None
    result: str
    answered_on: date | None
    satisfaction: str
    closed_on: date | None
    supervised: bool
    extensions: int

    def overdue(self, today: date) -> bool:
        return is_late(self.status, self.due_on, today)


def _where(flt: LedgerFilter) -> list[Any]:
    c = Complaint
    out: list[Any] = [c.deleted == False]  # noqa: E712
    if flt.date_from:
        out.append(c.received_at >= datetime.combine(flt.date_from, datetime.min.time()))
    if flt.date_to:
        out.append(c.received_at < datetime.combine(flt.date_to + timedelta(days=1), datetime.min.time()))
    if flt.statuses:
        out.append(c.status.in_(flt.statuses))
    if flt.unit_id:
        out.append(c.unit_id == flt.unit_id)
    if flt.channel:
        out.append(c.channel == flt.channel)
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        out.append(or_(c.reg_number.like(like), c.subject.like(like), c.content.like(like)))
    if flt.overdue_on:
        out += [c.status == S.ASSIGNED, c.due_on < flt.overdue_on]
    if flt.due_by:
        out += [c.status == S.ASSIGNED, c.due_on <= flt.due_by]
    return out


def _resolved(ws: Workspace, flt: LedgerFilter) -> LedgerFilter:
    """The filter with "due soon" as the day the office's reminder reaches today."""
    return replace(flt, due_by=due_soon_day(ws, date.today()), due_soon=False) if flt.due_soon else flt


def page(ws: Workspace, flt: LedgerFilter = LedgerFilter(), offset: int = 0, limit: int = 100) -> list[LedgerRow]:
    """A page of the ledger, newest first."""
    flt = _resolved(ws, flt)
    c, person = Complaint, aliased(Person)
    query = (select(c.id, c.reg_number, c.received_at, c.channel, func.coalesce(Unit.name, ""),
                    func.coalesce(person.name, ""), c.subject, c.status, c.assignee, c.due_on, c.result,
                    c.answered_on, c.satisfaction, c.closed_on, c.supervised, c.extensions)
             .outerjoin(Unit, Unit.id == c.unit_id).outerjoin(person, person.id == c.person_id)
             .where(*_where(flt)).order_by(c.received_at.desc(), c.id.desc()).offset(offset).limit(limit))
    with ws.db.session() as s:
        return [LedgerRow(*row) for row in s.execute(query).all()]


def count(ws: Workspace, flt: LedgerFilter = LedgerFilter()) -> int:
    flt = _resolved(ws, flt)
    with ws.db.session() as s:
        return s.execute(select(func.count()).select_from(Complaint).where(*_where(flt))).scalar_one()


@dataclass(frozen=True)
class Figures:
    unit: str  # "" for the whole ledger
    received: int
    accepted: int
    rejected: int
    resolved: int
    on_time: int
    late_open: int
    owed_answer: int
    answered: int
    visited: int
    satisfied: int
    found_true: int

    @staticmethod
    def rate(part: int, whole: int) -> float | None:
        return round(100 * part / whole, 1) if whole else None

    @property
    def acceptance(self) -> float | None:
        return self.rate(self.accepted, self.accepted + self.rejected)

    @property
    def on_time_rate(self) -> float | None:
        return self.rate(self.on_time, self.resolved + self.late_open)

    @property
    def answer_rate(self) -> float | None:
        return self.rate(self.answered, self.owed_answer)

    @property
    def satisfaction_rate(self) -> float | None:
        return self.rate(self.satisfied, self.visited)

    def as_dict(self) -> dict[str, Any]:
        return {"unit": self.unit, "received": self.received, "accepted": self.accepted, "rejected": self.rejected,
                "resolved": self.resolved, "on_time": self.on_time, "overdue": self.late_open,
                "answered": self.answered, "visited": self.visited, "satisfied": self.satisfied,
                "found_true": self.found_true, "acceptance_rate": self.acceptance, "on_time_rate": self.on_time_rate,
                "answer_rate": self.answer_rate, "satisfaction_rate": self.satisfaction_rate}


def figures(ws: Workspace, date_from: date | None = None, date_to: date | None = None, by_unit: bool = False,
            today: date | None = None) -> list[Figures]:
    """The office's figures for cases received in the period: the whole ledger, or one line a unit
    (most cases first)."""
    c, today = Complaint, today or date.today()

    n = count_where
    rejected = c.reject_reason != ""  # a case not accepted keeps its reason, whatever came after
    measures = [func.count(), n(and_(c.status != S.REGISTERED, ~rejected)), n(rejected), n(c.resolved_on.is_not(None)),
                n(and_(c.resolved_on.is_not(None), c.due_on.is_not(None), c.resolved_on <= c.due_on)),
                n(and_(c.status == S.ASSIGNED, c.due_on < today)), n(or_(c.resolved_on.is_not(None), rejected)),
                n(c.answered_on.is_not(None)), n(c.satisfaction != ""),
                n(c.satisfaction.in_((Satisfaction.SATISFIED, Satisfaction.BASICALLY))),
                n(c.result.in_(FOUND_TRUE))]
    where = _where(LedgerFilter(date_from=date_from, date_to=date_to))
    with ws.db.session() as s:
        if not by_unit:
            row = s.execute(select(*measures).where(*where)).one()
            return [Figures("", *(int(v or 0) for v in row))]
        rows = s.execute(select(func.coalesce(Unit.name, ""), *measures).outerjoin(Unit, Unit.id == c.unit_id)
                         .where(*where).group_by(Unit.name).order_by(func.count().desc(), Unit.name)).all()
    return [Figures(row[0], *(int(v or 0) for v in row[1:])) for row in rows]


def targets(ws: Workspace, date_from: date, date_to: date, at_least: int | None = None) -> list[tuple[str, int]]:
    """Units with `at_least` complaints received in the period (the office's setting when None),
    most first: where the next 暗访 should look (seed: 投诉多的单位)."""
    least = at_least or complaint_rules(ws).many
    return [(f.unit, f.received) for f in figures(ws, date_from, date_to, by_unit=True)
            if f.unit and f.received >= least]


def due_soon_day(ws: Workspace, today: date) -> date:
    """Cases due by this day are reminded of: the office's number of working days ahead."""
    return work_calendar(ws).add(today, complaint_rules(ws).due_soon_days).due_on


COLUMNS = [  # (heading, width): the usual 台账 columns
    ("序号", 6), ("登记号", 20), ("受理时间", 17), ("来源", 8), ("被投诉单位", 22), ("被投诉人", 10), ("投诉事项", 40),
    ("承办", 16), ("办理期限", 12), ("办理状态", 10), ("办理结果", 10), ("答复日期", 12), ("回访满意度", 10),
    ("销号日期", 12), ("督办", 6), ("延期", 6),
]


def export_xlsx(ws: Workspace, path: Path, flt: LedgerFilter = LedgerFilter()) -> int:
    """The ledger as a workbook (no complainant: it may go to units); the number of cases written."""
    book = Workbook()
    sheet = book.active
    sheet.title = "投诉举报台账"
    sheet.append([c for c, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font, cell.alignment = Font(bold=True), Alignment(horizontal="center", vertical="center")
        cell.fill = PatternFill("solid", fgColor="F2DCDB")
    written, offset = 0, 0
    while rows := page(ws, flt, offset, 2000):
        for r in rows:
            written += 1
            sheet.append([written, r.reg_number, r.received_at, ComplaintChannel(r.channel).label(), r.unit, r.person,
                          r.subject, r.assignee, r.due_on, S(r.status).label(),
                          ComplaintResult(r.result).label() if r.result else "", r.answered_on,
                          Satisfaction(r.satisfaction).label() if r.satisfaction else "", r.closed_on,
                          "是" if r.supervised else "", r.extensions or ""])
            sheet.cell(row=sheet.max_row, column=3).number_format = "yyyy-mm-dd hh:mm"
            for col in (9, 12, 14):
                sheet.cell(row=sheet.max_row, column=col).number_format = "yyyy-mm-dd"
        offset += len(rows)
    for i, (_, width) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    write_output(path, buffer.getvalue())
    return written

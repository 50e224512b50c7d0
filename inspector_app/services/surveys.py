"""满意度测评: service users' verdict on each unit for a period, imported from a workbook (sheet
满意度测评: 单位, 期间, 满意, 基本满意, 不满意 — counts of people, not percentages; or sheet 测评明细,
a row a respondent: 单位, 期间, 评价), checked whole before anything is written; and the unit's
written explanation where its 不满意率 reached the office's threshold (seed 001)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from calendar import monthrange
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import select

from inspector_app.domain.assessment import dissatisfied_rate
from inspector_app.domain.models import SatisfactionSurvey, Unit
from inspector_app.errors import InspectorError
from inspector_app.i18n import tr
from inspector_app.services import workbook
from inspector_app.services.settings import assessment_rules
from inspector_app.services.workbook import Problem
from inspector_app.services.workspace import Workspace
from inspector_app.store.lookup import find_unit

SHEET = "满意度测评"
COLUMNS = ("单位", "期间", "满意", "基本满意", "不满意")
COUNTS = COLUMNS[2:]
WIDTHS = (28, 14, 8, 10, 8)
EXAMPLE = [("区人社局", "2026", 180, 40, 12), ("区财政局", "2026年第四季度", 95, 20, 3)]
MAX_ROWS = 10_000
DETAIL = "测评明细"                      # or one row a respondent …
DETAIL_COLUMNS = ("单位", "期间", "评价")  # … whose 评价 is 满意, 基本满意 or 不满意
MAX_ANSWERS = 200_000
_QUARTERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def period(text: str) -> tuple[date, date] | None:
    """The days a period names: 2026 (the year), 2026-Q3 or 2026年第三季度, 2026-07 or 2026年7月,
    2026年上半年, or 2026-01-01..2026-06-30 (至 also); None when it names none."""
    t = text.strip().replace(" ", "").replace("至", "..").replace("年度", "年")
    try:
        if m := re.fullmatch(r"(\d{4})年?", t):
            year = int(m[1])
            return date(year, 1, 1), date(year, 12, 31)
        if m := re.fullmatch(r"(\d{4})(?:-?Q|年第?)([1-4一二三四])(?:季度)?", t, re.IGNORECASE):
            year, q = int(m[1]), _QUARTERS[m[2]]
            return date(year, 3 * q - 2, 1), date(year, 3 * q, monthrange(year, 3 * q)[1])
        if m := re.fullmatch(r"(\d{4})[-年](\d{1,2})月?", t):
            year, month = int(m[1]), int(m[2])
            return date(year, month, 1), date(year, month, monthrange(year, month)[1])
        if m := re.fullmatch(r"(\d{4})年?([上下])半年", t):
            year = int(m[1])
            return (date(year, 1, 1), date(year, 6, 30)) if m[2] == "上" else (date(year, 7, 1), date(year, 12, 31))
        if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})", t):
            start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            return (start, end) if start <= end else None
    except ValueError:
        return None
    return None


def _count(value: str) -> tuple[int | None, str]:
    """A count of people, or why the cell is not one."""
    if re.fullmatch(r"\d+", value):
        return int(value), ""
    if value.endswith("%") or re.fullmatch(r"0?\.\d+|\d+\.\d+", value):
        return None, "survey_percent"
    if re.fullmatch(r"-\d+(\.\d+)?", value):
        return None, "survey_negative"
    return None, "survey_not_count"


@dataclass
class Line:
    unit: str
    start: date
    end: date
    satisfied: int
    basic: int
    dissatisfied: int
    row: int
    before: tuple[int, int, int] | None = None  # the counts already held for this unit and period

    @property
    def respondents(self) -> int:
        return self.satisfied + self.basic + self.dissatisfied

    @property
    def rate(self) -> float | None:
        return dissatisfied_rate(self.respondents, self.dissatisfied)


@dataclass
class SurveyPlan:
    problems: list[Problem] = field(default_factory=list)
    added: list[Line] = field(default_factory=list)
    changed: list[Line] = field(default_factory=list)
    unchanged: int = 0
    applied: bool = False

    def summary(self, lang: str | None = None) -> dict[str, Any]:
        def line(x: Line) -> dict[str, Any]:
            return {"unit": x.unit, "from": x.start, "to": x.end, "row": x.row, "satisfied": x.satisfied,
                    "basic": x.basic, "dissatisfied": x.dissatisfied, "dissatisfied_rate": x.rate}
        return {"applied": self.applied, "valid": not self.problems,
                "problems": [p.as_dict(lang) for p in self.problems], "added": [line(x) for x in self.added],
                "changed": [line(x) for x in self.changed], "unchanged": self.unchanged}

    def report(self, lang: str | None = None) -> list[str]:
        if self.problems:
            return [tr("roster_problem", lang=lang, sheet=p.sheet, row=p.row, message=p.as_dict(lang)["message"])
                    for p in self.problems] + [tr("survey_refused", lang=lang, count=len(self.problems))]
        head = tr("survey_applied" if self.applied else "survey_dry_run", lang=lang, added=len(self.added),
                  changed=len(self.changed), unchanged=self.unchanged)
        return [head] + [tr("survey_line", lang=lang, unit=x.unit, start=x.start, end=x.end,
                            rate="—" if x.rate is None else f"{x.rate:.1f}%") for x in self.added + self.changed]


def template(path: Path) -> None:
    """An empty survey workbook: the columns and two example rows."""
    workbook.write(path, {SHEET: (COLUMNS, WIDTHS, EXAMPLE)})


def import_workbook(ws: Workspace, path: Path, dry_run: bool = False) -> SurveyPlan:
    """Check every row; unless it is a dry run or a row is bad, write them all (a unit's survey for
    a period already held is updated; the same counts again change nothing)."""
    ws.check("satisfaction_survey", {"respondents": 0})
    plan = SurveyPlan()
    rows = _rows(path, plan)
    with ws.db.session(ws.actor) as s:
        units = {}
        for u in s.exec(select(Unit).where(Unit.deleted == False)):  # noqa: E712
            units.setdefault(u.name, u)
            if u.short_name:
                units.setdefault(u.short_name, u)
        held = {(r.unit_id, r.period_start, r.period_end): r
                for r in s.exec(select(SatisfactionSurvey).where(SatisfactionSurvey.deleted == False))}  # noqa: E712
        seen: dict[tuple[Any, date, date], int] = {}
        lines: list[tuple[Line, SatisfactionSurvey | None, Unit]] = []
        for row in rows:
            v, bad = row.values, len(plan.problems)

            def problem(key: str, **params: Any) -> None:
                plan.problems.append(Problem(row.sheet, row.number, key, params))
            unit = units.get(v["单位"])
            if not v["单位"]:
                problem("survey_unit_empty")
            elif unit is None:
                problem("survey_unit_unknown", unit=v["单位"])
            days = period(v["期间"])
            if days is None:
                problem("survey_period", period=v["期间"])
            counts = []
            for column in COUNTS:
                n, why = _count(v[column] or "0")
                if why:
                    problem(why, column=column, value=v[column])
                counts.append(n)
            if len(plan.problems) > bad:
                continue
            if sum(counts) == 0:
                problem("survey_nobody")
                continue
            key = (unit.id, *days)
            if key in seen:
                problem("survey_twice", unit=unit.name, period=v["期间"], first=seen[key])
                continue
            seen[key] = row.number
            old = held.get(key)
            line = Line(unit.name, *days, *counts, row.number,
                        (old.satisfied, old.basic, old.dissatisfied) if old else None)
            if old is None:
                plan.added.append(line)
            elif line.before != tuple(counts) or old.respondents != line.respondents:
                plan.changed.append(line)
            else:
                plan.unchanged += 1
                continue
            lines.append((line, old, unit))
        if plan.problems or dry_run:
            return plan
        for line, old, unit in lines:
            survey = old or SatisfactionSurvey(unit_id=unit.id, period_start=line.start, period_end=line.end,
                                               respondents=0, dissatisfied=0)
            survey.satisfied, survey.basic, survey.dissatisfied = line.satisfied, line.basic, line.dissatisfied
            survey.respondents = line.respondents
            s.add(survey)
        plan.applied = True
    return plan


def _rows(path: Path, plan: SurveyPlan) -> list[workbook.Row]:
    """The workbook's surveys as rows of counts: sheet 满意度测评 as it is, or sheet 测评明细 (one row a
    respondent: 单位, 期间, 评价) counted by unit and period, each count on the row of its first answer."""
    try:
        book = workbook.read(path, {SHEET: COLUMNS}, MAX_ROWS)
    except InspectorError as exc:
        if exc.key != "book_sheets":
            raise
        try:
            book = workbook.read(path, {DETAIL: DETAIL_COLUMNS}, MAX_ANSWERS)
        except InspectorError as again:
            if again.key != "book_sheets":
                raise
            raise InspectorError("survey_sheets", found=exc.params["found"]) from again
    plan.problems += [Problem(sheet, row, "roster_formula", {"column": col}) for sheet, row, col in book.formulas]
    if SHEET in book.rows:
        return book.rows[SHEET]
    grouped: dict[tuple[str, str], workbook.Row] = {}
    for answer in book.rows[DETAIL]:
        v = answer.values
        if v["评价"] not in COUNTS:
            plan.problems.append(Problem(DETAIL, answer.number, "survey_answer", {"value": v["评价"]}))
            continue
        row = grouped.setdefault((v["单位"], v["期间"]), workbook.Row(
            DETAIL, answer.number, {"单位": v["单位"], "期间": v["期间"], **{c: "0" for c in COUNTS}}))
        row.values[v["评价"]] = str(int(row.values[v["评价"]]) + 1)
    return list(grouped.values())


@dataclass
class Survey:
    unit: str
    start: date
    end: date
    respondents: int
    satisfied: int
    basic: int
    dissatisfied: int
    rate: float | None
    flag: str | None
    explanation: str
    explained_on: date | None


def surveys(ws: Workspace, year: int | None = None, unit: str = "") -> list[Survey]:
    """The surveys held (of a year, of a unit), with each 不满意率 and its flag at the office's thresholds."""
    rules = assessment_rules(ws)
    with ws.db.session() as s:
        query = (select(SatisfactionSurvey, Unit.name).join(Unit, Unit.id == SatisfactionSurvey.unit_id)
                 .where(SatisfactionSurvey.deleted == False))  # noqa: E712
        if year:
            query = query.where(SatisfactionSurvey.period_start <= date(year, 12, 31),
                                SatisfactionSurvey.period_end >= date(year, 1, 1))
        if unit:
            query = query.where(SatisfactionSurvey.unit_id == find_unit(s, unit).id)
        out = []
        for r, name in s.exec(query.order_by(SatisfactionSurvey.period_start, Unit.sort_order, Unit.name)):
            rate = dissatisfied_rate(r.respondents, r.dissatisfied)
            out.append(Survey(name, r.period_start, r.period_end, r.respondents, r.satisfied, r.basic,
                              r.dissatisfied, rate, rules.flag(rate), r.explanation, r.explained_on))
    return out


def explain(ws: Workspace, unit: str, period_text: str, text: str, on: date | None = None) -> Survey:
    """Record the unit's written explanation of its dissatisfaction for the period."""
    days = period(period_text)
    if days is None:
        raise InspectorError("survey_period", period=period_text)
    if not text.strip():
        raise InspectorError("survey_explanation_empty")
    ws.check("satisfaction_survey", {"explanation": text})
    with ws.db.session(ws.actor) as s:
        u = find_unit(s, unit)
        survey = s.exec(select(SatisfactionSurvey).where(
            SatisfactionSurvey.deleted == False, SatisfactionSurvey.unit_id == u.id,  # noqa: E712
            SatisfactionSurvey.period_start == days[0], SatisfactionSurvey.period_end == days[1])).first()
        if survey is None:
            raise InspectorError("survey_none", unit=u.name, period=period_text)
        survey.explanation, survey.explained_on = text.strip(), on or date.today()
        s.add(survey)
    return next(x for x in surveys(ws, unit=u.name) if (x.start, x.end) == days)

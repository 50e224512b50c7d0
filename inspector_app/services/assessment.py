"""考核评价: each unit's record over a period, counted in the database (one aggregate a measure, never
every finding in memory): its findings by type and group (breaches of the 四条禁令 apart), the
sanctions decided, the complaints received and found true, its rectifications on time, late or
sent back, the notices it appears in, the visits that found nothing wrong, its head held to account,
and service users' dissatisfaction from the surveys of the period with its flag (`domain.assessment`);
each person's findings and sanctions with what the office's rules suggest for their appraisal."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func
from sqlmodel import select

from inspector_app.domain.assessment import CONSEQUENCES, GRAVE_SANCTION, dissatisfied_rate
from inspector_app.domain.complaints import FOUND_TRUE
from inspector_app.domain.enums import AppraisalGrade, CommitmentRating, FindingStatus, UnitKind
from inspector_app.domain.escalation import YearRecord
from inspector_app.domain.models import (
    Appraisal, Commitment, Complaint, Finding, Handling, NoticeFinding, Person, Rectification, SatisfactionSurvey,
    Unit, Visit,
)
from inspector_app.errors import InspectorError
from inspector_app.i18n import pick
from inspector_app.services.settings import assessment_rules
from inspector_app.services.workspace import Workspace
from inspector_app.store.queries import count_where
from inspector_app.store.lookup import find_person, find_unit


@dataclass
class UnitProfile:
    unit: str
    kind: str
    findings: dict[str, int] = field(default_factory=dict)       # by violation type
    groups: dict[str, int] = field(default_factory=dict)         # by group
    prohibitions: int = 0                                         # breaches of the 四条禁令
    sanctions: dict[str, int] = field(default_factory=dict)
    accountability: int = 0                                       # decisions holding its head to account
    complaints: int = 0
    complaints_true: int = 0
    rectified_on_time: int = 0
    rectified_late: int = 0
    rectification_refused: int = 0
    notices: int = 0
    visits_clean: int = 0
    respondents: int = 0
    dissatisfied: int = 0
    dissatisfied_rate: float | None = None
    satisfaction_flag: str | None = None
    explained: bool = False                                      # its written explanation is recorded
    consequence: str = ""                                         # what seed 001 asks of its head, if flagged
    offered: str = ""                                             # the accountability offered (a sanction code)
    commitments: int = 0                                          # service commitments of the period's years
    commitments_kept: int = 0
    commitments_partly: int = 0
    commitments_broken: int = 0
    score: float = 0.0                                            # at the office's points (domain.assessment)
    rank: int = 0                                                 # among units of its kind, 1 the best

    def as_json(self) -> dict[str, Any]:
        return dict(vars(self))


def _day_span(column: Any, date_from: date, date_to: date) -> Any:
    """A time column within the period, both days included."""
    return and_(column >= datetime.combine(date_from, datetime.min.time()),
                column < datetime.combine(date_to + timedelta(days=1), datetime.min.time()))


def unit_profiles(ws: Workspace, date_from: date, date_to: date, unit: str = "") -> list[UnitProfile]:
    """Every unit's record over the period (or the one named), in the roster's order."""
    cat, rules = ws.ref.catalogue, assessment_rules(ws)
    live = (Finding.deleted == False, Finding.status != FindingStatus.VOIDED,  # noqa: E712
            _day_span(Finding.observed_at, date_from, date_to))
    with ws.db.session() as s:
        query = select(Unit).where(Unit.deleted == False).order_by(Unit.sort_order, Unit.name)  # noqa: E712
        units = [find_unit(s, unit)] if unit else list(s.exec(query))
        profiles = {u.id: UnitProfile(u.name, u.kind) for u in units}

        def each(statement: Any) -> list[Any]:
            return [row for row in s.execute(statement).all() if row[0] in profiles]

        for unit_id, code, n in each(select(Finding.unit_id, Finding.violation_code, func.count())
                                     .where(*live).group_by(Finding.unit_id, Finding.violation_code)):
            p = profiles[unit_id]
            p.findings[code] = n
            if cat.has_violation(code):
                kind = cat.violation(code)
                p.groups[kind.group] = p.groups.get(kind.group, 0) + n
                p.prohibitions += n if kind.prohibition else 0
        for unit_id, code, n, held in each(
                select(Finding.unit_id, Handling.sanction_code, func.count(),
                       count_where(Handling.accountability == True))  # noqa: E712
                .join(Finding, Finding.id == Handling.finding_id)
                .where(*live, Handling.deleted == False).group_by(Finding.unit_id, Handling.sanction_code)):  # noqa: E712
            profiles[unit_id].sanctions[code] = n
            profiles[unit_id].accountability += held
        for unit_id, n, true in each(
                select(Complaint.unit_id, func.count(),
                       count_where(Complaint.result.in_(FOUND_TRUE)))
                .where(Complaint.deleted == False, _day_span(Complaint.received_at, date_from, date_to))  # noqa: E712
                .group_by(Complaint.unit_id)):
            profiles[unit_id].complaints, profiles[unit_id].complaints_true = n, true
        accepted, r = Rectification.accepted == True, Rectification  # noqa: E712
        for unit_id, on_time, late, refused in each(
                select(Finding.unit_id, count_where(and_(accepted, r.received_on <= r.due_on)),
                       count_where(and_(accepted, r.received_on > r.due_on)), count_where(r.accepted == False))  # noqa: E712
                .join(Finding, Finding.id == r.finding_id)
                .where(*live, r.deleted == False).group_by(Finding.unit_id)):  # noqa: E712
            p = profiles[unit_id]
            p.rectified_on_time, p.rectified_late, p.rectification_refused = on_time, late, refused
        for unit_id, n in each(select(Finding.unit_id, func.count(func.distinct(NoticeFinding.notice_id)))
                               .join(NoticeFinding, NoticeFinding.finding_id == Finding.id)
                               .where(*live, NoticeFinding.deleted == False).group_by(Finding.unit_id)):  # noqa: E712
            profiles[unit_id].notices = n
        for unit_id, n in each(select(Visit.unit_id, func.count())
                               .where(Visit.deleted == False, Visit.no_problem == True,  # noqa: E712
                                      _day_span(Visit.arrived_at, date_from, date_to)).group_by(Visit.unit_id)):
            profiles[unit_id].visits_clean = n
        for unit_id, asked, unhappy, explained in each(
                select(SatisfactionSurvey.unit_id, func.sum(SatisfactionSurvey.respondents),
                       func.sum(SatisfactionSurvey.dissatisfied), count_where(SatisfactionSurvey.explanation != ""))
                .where(SatisfactionSurvey.deleted == False, SatisfactionSurvey.period_start <= date_to,  # noqa: E712
                       SatisfactionSurvey.period_end >= date_from).group_by(SatisfactionSurvey.unit_id)):
            p = profiles[unit_id]
            p.respondents, p.dissatisfied, p.explained = int(asked or 0), int(unhappy or 0), bool(explained)
        c = Commitment
        for unit_id, n, kept, partly, broken in each(
                select(c.unit_id, func.count(), count_where(c.rating == CommitmentRating.KEPT),
                       count_where(c.rating == CommitmentRating.PARTLY), count_where(c.rating == CommitmentRating.BROKEN))
                .where(c.deleted == False, c.year >= date_from.year, c.year <= date_to.year)  # noqa: E712
                .group_by(c.unit_id)):
            p = profiles[unit_id]
            p.commitments, p.commitments_kept, p.commitments_partly, p.commitments_broken = n, kept, partly, broken
    for p in profiles.values():
        p.dissatisfied_rate = dissatisfied_rate(p.respondents, p.dissatisfied)
        p.satisfaction_flag = rules.flag(p.dissatisfied_rate)
        if p.satisfaction_flag in CONSEQUENCES:
            p.consequence = pick(*CONSEQUENCES[p.satisfaction_flag])
            p.offered = GRAVE_SANCTION if p.satisfaction_flag == "grave" else ""
        p.score = rules.score(p)
    return _ranked(list(profiles.values()))


def _ranked(profiles: list[UnitProfile]) -> list[UnitProfile]:
    """Each unit's place among the units of its kind (局 with 局, 窗口 with 窗口, 镇 with 镇 …), by
    score, then fewer findings; equal units share a place."""
    by_kind: dict[str, list[UnitProfile]] = defaultdict(list)
    for p in profiles:
        by_kind[p.kind].append(p)
    for group in by_kind.values():
        group.sort(key=lambda p: (-p.score, sum(p.findings.values())))
        for i, p in enumerate(group):
            before = group[i - 1] if i else None
            same = before and (before.score, sum(before.findings.values())) == (p.score, sum(p.findings.values()))
            p.rank = before.rank if same else i + 1
    return profiles


def ranking(profiles: list[UnitProfile]) -> dict[str, list[UnitProfile]]:
    """The units by kind, each kind best first, the kinds in their order (局, 中心, 窗口, 镇, 街道 …)."""
    order = list(UnitKind)
    out: dict[str, list[UnitProfile]] = {}
    for p in sorted(profiles, key=lambda p: (order.index(p.kind) if p.kind in order else len(order), p.rank)):
        out.setdefault(p.kind, []).append(p)
    return out


@dataclass
class PersonProfile:
    person: str
    unit: str
    findings: dict[str, int] = field(default_factory=dict)   # by violation type
    prohibitions: int = 0
    sanctions: dict[str, int] = field(default_factory=dict)
    harshest: str = ""            # the most severe sanction decided: where the person stands on the ladder
    appraisal: list[str] = field(default_factory=list)  # what the office's rules say for the annual appraisal
    suggested: str = ""           # the grade those rules imply (AppraisalGrade), for the office to confirm
    confirmed: str = ""           # the grade the office confirmed for the period's year
    id: str = ""

    def as_json(self) -> dict[str, Any]:
        return dict(vars(self))


def person_profiles(ws: Workspace, date_from: date, date_to: date, unit: str = "") -> list[PersonProfile]:
    """The people with findings in the period (of one unit, if named), most findings first: their
    findings, sanctions, the harshest of them, and the appraisal the office's rules suggest for a
    person to confirm (e.g. two 效能告诫 in a year: 不称职)."""
    cat = ws.ref.catalogue
    live = (Finding.deleted == False, Finding.status != FindingStatus.VOIDED,  # noqa: E712
            Finding.person_id.is_not(None), _day_span(Finding.observed_at, date_from, date_to))
    with ws.db.session() as s:
        scope = (Finding.unit_id == find_unit(s, unit).id,) if unit else ()
        people: dict[Any, PersonProfile] = {}
        confirmed: dict[Any, str] = {}
        for person_id, name, unit_name, code, n in s.execute(
                select(Finding.person_id, Person.name, Unit.name, Finding.violation_code, func.count())
                .join(Person, Person.id == Finding.person_id).join(Unit, Unit.id == Finding.unit_id)
                .where(*live, *scope).group_by(Finding.person_id, Person.name, Unit.name, Finding.violation_code)):
            p = people.setdefault(person_id, PersonProfile(name, unit_name, id=str(person_id)))
            p.findings[code] = n
            p.prohibitions += n if cat.has_violation(code) and cat.violation(code).prohibition else 0
        for person_id, grade in s.execute(
                select(Appraisal.person_id, Appraisal.grade)
                .where(Appraisal.deleted == False, Appraisal.year == date_to.year)):  # noqa: E712
            confirmed[person_id] = grade
        for person_id, code, n in s.execute(
                select(Finding.person_id, Handling.sanction_code, func.count())
                .join(Finding, Finding.id == Handling.finding_id)
                .where(*live, *scope, Handling.deleted == False)  # noqa: E712
                .group_by(Finding.person_id, Handling.sanction_code)):
            if person_id in people:
                people[person_id].sanctions[code] = n
    rules = [r for r in ws.ref.rules.rules if r.scope == "person" and r.alert]
    for p in people.values():
        known = [c for c in p.sanctions if cat.has_sanction(c)]
        p.harshest = max(known, key=cat.severity) if known else ""
        record = YearRecord(Counter(p.findings), Counter(p.sanctions))
        fired = [r for r in rules if r.fires(record)]
        p.appraisal = [r.text() for r in fired]
        grades = [AppraisalGrade(r.grade) for r in fired if r.grade]
        p.suggested = max(grades, key=list(AppraisalGrade).index) if grades else ""
    for person_id, p in people.items():
        p.confirmed = confirmed.get(person_id, "")
    return sorted(people.values(), key=lambda p: (-sum(p.findings.values()), p.unit, p.person))


def monthly(ws: Workspace, date_from: date, date_to: date, unit: str = "") -> dict[str, int]:
    """Findings a month over the period ("2026-03" → n), every month present, of one unit or the district."""
    live = (Finding.deleted == False, Finding.status != FindingStatus.VOIDED,  # noqa: E712
            _day_span(Finding.observed_at, date_from, date_to))
    months, (y, m) = {}, (date_from.year, date_from.month)
    while (y, m) <= (date_to.year, date_to.month):
        months[f"{y}-{m:02d}"] = 0
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    month = func.strftime("%Y-%m", Finding.observed_at)  # the laptop's database is SQLite
    with ws.db.session() as s:
        scope = (Finding.unit_id == find_unit(s, unit).id,) if unit else ()
        for key, n in s.execute(select(month, func.count()).where(*live, *scope).group_by(month)):
            months[key] = n
    return months


def flagged(profiles: list[UnitProfile]) -> dict[str, list[str]]:
    """The units whose dissatisfaction needs an explanation, and those where it is grave."""
    out: dict[str, list[str]] = defaultdict(list)
    for p in profiles:
        if p.satisfaction_flag in ("explain", "grave"):
            out[p.satisfaction_flag].append(p.unit)
    return dict(out)



APPRAISAL_IDS = uuid.UUID("6f1c2a4e-8d3b-4e57-a9c0-2b7d5e1f3a86")  # an appraisal's id: uuid5 of this, the person and year


def confirm_appraisal(ws: Workspace, person: str, unit: str, year: int, grade: str, basis: str = "") -> Appraisal:
    """The office confirms a person's annual appraisal grade (the rules' suggestion, or its own),
    with what it rests on; confirming again replaces it. The person by name and unit, or by id."""
    value = AppraisalGrade.named(grade, "appraisal_grade")
    ws.check("appraisal", {"grade": value})
    with ws.db.session(ws.actor) as s:
        if unit:
            who = find_person(s, find_unit(s, unit), person)
        else:
            try:
                who = s.get(Person, uuid.UUID(person.strip()))
            except ValueError:
                who = None
        if who is None or who.deleted:
            raise InspectorError("appraisal_person_unknown", person=person, unit=unit or "—")
        record_id = uuid.uuid5(APPRAISAL_IDS, f"{who.id}:{year}")
        record = s.get(Appraisal, record_id) or Appraisal(id=record_id, person_id=who.id, year=year, grade=value)
        record.grade, record.basis, record.deleted = value, basis.strip(), False
        record.confirmed_by, record.confirmed_on = ws.actor, date.today()
        s.add(record)
        return record

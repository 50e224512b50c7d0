"""Generate the demo district: units, people, teams, inspections, visits (with and without problems),
findings across the catalogue with photos, and handling at every stage of the workflow.

Everything random comes from one seeded generator, so a seed always gives the same district
(record ids excepted: they are UUIDv7s made at write time, as on a real device)."""

from __future__ import annotations

import math
import random
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlmodel import func, select

from inspector_app.demo import district
from inspector_app.demo.photos import demo_photo
from inspector_app.domain.chinese import chinese_minute
from inspector_app.domain.complaints import ComplaintRules, reg_number
from inspector_app.domain.deadlines import WorkCalendar, add_working_days
from inspector_app.domain.enums import (
    CommitmentRating, ComplaintAction, ComplaintChannel, ComplaintResult, ComplaintStatus, FindingStatus, Satisfaction, InspectionMode, NoticeKind, NoticeStatus,
    StaffCategory, UnitKind, UserRole,
)
from inspector_app.domain.escalation import YearRecord, suggest
from inspector_app.domain.models import (
    Complainant, Complaint, ComplaintStep, Evidence, Finding, Handling, Inspection, InspectionUnit, Notice, NoticeFinding, Person,
    Commitment, Rectification, SatisfactionSurvey, Team, Unit, User, Visit,
)
from inspector_app.domain.reference import Reference
from inspector_app.errors import InspectorError
from inspector_app.store import replica
from inspector_app.store.database import Database

COMMITMENTS = ("办事群众等候不超过20分钟", "即办件当场办结，承诺件限时办结", "午间和节假日预约服务",
               "首问负责，一次性告知所需材料", "窗口AB岗无缝衔接，不空岗", "办事指南上墙上网，收费项目公开")
DEMO_END = date(2026, 11, 20)   # the demo's "today": fixed, so a seed always gives the same data
ORG_CODE = "区效能办"
BATCH = 250                     # findings per transaction

# how often each type is found (lateness and absence from post dominate real notices)
TYPE_WEIGHTS = {
    "late": 18, "left_early": 8, "away_from_post": 16, "window_unattended": 7, "absent": 3, "no_badge": 6,
    "computer_games": 7, "online_chat": 7, "stocks_shopping_videos": 6, "sleeping_on_duty": 3,
    "lunch_drinking": 2, "mahjong_cards": 2, "public_funds_travel": 0.3, "public_funds_entertainment": 0.3,
    "rude_service": 5, "passing_the_buck": 3, "asking_favours": 0.5, "time_limit_exceeded": 3,
    "first_contact_ignored": 3, "other": 2,
}
# when in the day each kind of problem is seen
TIME_WINDOWS = {"late": (8 * 60 + 32, 9 * 60 + 15), "left_early": (16 * 60 + 20, 17 * 60 + 25),
                "lunch_drinking": (12 * 60 + 5, 13 * 60 + 40)}
DEFAULT_WINDOW = (9 * 60, 16 * 60 + 30)
DETAILS = {
    "late": "经查考勤记录，该同志当日{m}分钟后方到岗。",
    "away_from_post": "督查组等候{m}分钟，其间该同志未返回岗位，同事称“出去办事了”。",
    "computer_games": "督查组进入时，其电脑屏幕显示纸牌游戏界面。",
    "online_chat": "其电脑上即时通讯软件处于聊天状态，内容与工作无关。",
    "stocks_shopping_videos": "其电脑正在播放网络视频。",
    "window_unattended": "窗口空岗约{m}分钟，有{n}名群众排队等候。",
    "rude_service": "群众咨询办理事项时，该同志语气生硬，未予一次性告知。",
    "lunch_drinking": "现场桌上有白酒{n}瓶。",
}


@dataclass
class DemoSummary:
    units: int = 0
    people: int = 0
    teams: int = 0
    inspections: int = 0
    visits: int = 0
    findings: int = 0
    photos: int = 0
    handlings: int = 0
    notices: int = 0
    complaints: int = 0


def _name(rng: random.Random, female: bool) -> str:
    surname = district.SURNAMES[min(int(rng.expovariate(1 / 18)), len(district.SURNAMES) - 1)]
    pool = district.GIVEN_FEMALE if female else district.GIVEN_MALE
    given = "".join(rng.choice(pool) for _ in range(1 if rng.random() < 0.3 else 2))
    if rng.random() < 0.04:  # a rare character, as real rosters have
        given = given[:-1] + rng.choice(district.RARE)
    return surname + given


class _Generator:
    def __init__(self, db: Database, ref: Reference, seed: int, months: int, photos: bool) -> None:
        self.db, self.ref, self.rng, self.photos = db, ref, random.Random(seed), photos
        self.start = DEMO_END - timedelta(days=round(months * 30.4))
        self.blobs = db.blobs
        self.summary = DemoSummary()
        self.person_year: dict[tuple[uuid.UUID, int], YearRecord] = defaultdict(YearRecord)
        self.unit_year: dict[tuple[uuid.UUID, int], YearRecord] = defaultdict(YearRecord)
        self.notice_of_month: dict[tuple[int, int], Notice] = {}
        self.unseen = [v.code for v in ref.catalogue.violations]
        self.rng.shuffle(self.unseen)

    # --- reference data -------------------------------------------------------------------
    def roster(self) -> None:
        rng = self.rng
        with self.db.session("demo") as s:
            by_name: dict[str, Unit] = {}
            for i, (name, short, kind, parent) in enumerate(district.units()):
                unit = Unit(name=name, short_name=short, kind=kind, sort_order=i,
                            parent_id=by_name[parent].id if parent else None)
                by_name[name] = unit
                s.add(unit)
            self.units = [u for u in by_name.values() if u.kind != UnitKind.SERVICE_CENTRE]
            self.staff: dict[uuid.UUID, list[Person]] = {}
            for unit in self.units:
                positions = {UnitKind.WINDOW: district.POSITIONS_WINDOW, UnitKind.TOWN: district.POSITIONS_TOWN,
                             UnitKind.STREET: district.POSITIONS_TOWN}.get(unit.kind, district.POSITIONS_AGENCY)
                people = []
                for _ in range(rng.randint(5, 7) if unit.kind == UnitKind.WINDOW else rng.randint(9, 13)):
                    female = rng.random() < 0.5
                    position, leader = rng.choice(positions)
                    if unit.kind == UnitKind.WINDOW:
                        category = rng.choice([StaffCategory.TEMPORARY, StaffCategory.TEMPORARY,
                                               StaffCategory.INSTITUTION, StaffCategory.REFERENCE_MANAGED])
                    else:
                        category = rng.choice([StaffCategory.CIVIL_SERVANT] * 5 + [StaffCategory.REFERENCE_MANAGED,
                                              StaffCategory.INSTITUTION, StaffCategory.TEMPORARY])
                    people.append(Person(name=_name(rng, female), unit_id=unit.id, position=position,
                                         staff_category=category, leader=leader,
                                         party_member=leader or rng.random() < 0.4, gender="F" if female else "M"))
                s.add_all(people)
                self.staff[unit.id] = people
            self.teams = [Team(name=n) for n in district.TEAMS]
            s.add_all(self.teams)
            for i, (username, display) in enumerate(district.INSPECTORS):
                s.add(User(username=username, display_name=display, role=UserRole.INSPECTOR,
                           team_id=self.teams[i % len(self.teams)].id))
            for username, display in district.OFFICE:
                s.add(User(username=username, display_name=display, role=UserRole.OFFICE))
            s.add(User(username="admin", display_name="系统管理员", role=UserRole.ADMIN))
        self.summary.units = len(by_name)
        self.summary.people = sum(len(p) for p in self.staff.values())
        self.summary.teams = len(self.teams)

    # --- field work -----------------------------------------------------------------------
    def inspections(self, n_findings: int, progress: Callable[[int, int], None] | None) -> None:
        rng, cat = self.rng, self.ref.catalogue
        codes = [v.code for v in cat.violations if v.code in TYPE_WEIGHTS]
        weights = [TYPE_WEIGHTS[c] for c in codes]
        span = (DEMO_END - self.start).days
        count = max(6, math.ceil(n_findings / 22))
        made, k = 0, 0
        while made < n_findings or k < 6:
            first = self.start + timedelta(days=int((k % count) * span / count))
            days = [d for d in (first + timedelta(days=i) for i in range(7)) if d.weekday() < 5][:rng.randint(2, 3)]
            mode = InspectionMode.OPEN if rng.random() < 0.25 else InspectionMode.UNDERCOVER
            team = self.teams[k % len(self.teams)]
            planned = rng.sample(self.units, rng.randint(7, 12))
            with self.db.session(f"duchayuan0{k % 8 + 1}") as s:
                insp = Inspection(title=f"{first.year}年{first.month}月机关作风效能{mode.label('zh')}（第{k + 1}轮）",
                                  mode=mode, start_date=days[0], end_date=days[-1], team_id=team.id,
                                  notes="重点检查上班纪律、窗口服务和“四条禁令”执行情况。")
                s.add(insp)
                self.summary.inspections += 1
                for unit in planned:
                    s.add(InspectionUnit(inspection_id=insp.id, unit_id=unit.id))
                    remaining = n_findings - made
                    share = max(1, round(remaining / max(1, (count - k) * len(planned) * 0.55)))
                    n_here = 0 if remaining <= 0 or rng.random() < 0.45 else min(remaining, rng.randint(1, 2 * share))
                    made += self.visit(s, insp, team, unit, rng.choice(days), n_here, codes, weights)
            k += 1
            if progress:
                progress(min(made, n_findings), n_findings)
        self.summary.findings = made

    def visit(self, s, insp: Inspection, team: Team, unit: Unit, day: date, n: int,
              codes: list[str], weights: list[float]) -> int:
        rng = self.rng
        kinds = rng.choices(codes, weights, k=min(n, 1))
        if kinds and self.unseen:  # every type of the catalogue appears at least once
            kinds[0] = self.unseen.pop()
        if kinds:  # the rest must fit the time of day of the first (no lateness at lunch)
            fits = [(c, w) for c, w in zip(codes, weights) if c == kinds[0] or c not in TIME_WINDOWS]
            kinds += rng.choices([c for c, _ in fits], [w for _, w in fits], k=n - 1)
        window = TIME_WINDOWS.get(kinds[0], DEFAULT_WINDOW) if kinds else (8 * 60 + 30, 16 * 60)
        minute = rng.randint(*window)
        arrived = datetime.combine(day, time(minute // 60, minute % 60))
        visit = Visit(inspection_id=insp.id, unit_id=unit.id, arrived_at=arrived,
                      left_at=arrived + timedelta(minutes=rng.randint(15, 50)),
                      location=f"{unit.name}{rng.choice(district.PLACES)}", no_problem=n == 0)
        s.add(visit)
        self.summary.visits += 1
        staff = rng.sample(self.staff[unit.id], min(len(self.staff[unit.id]), n))  # different people, one visit
        for i, code in enumerate(kinds):
            person = staff[i] if i < len(staff) and rng.random() < 0.8 else None
            self.finding(s, insp, team, unit, visit, code, arrived + timedelta(minutes=2 + 4 * i + rng.randint(0, 3)),
                         person)
        return n

    def finding(self, s, insp: Inspection, team: Team, unit: Unit, visit: Visit, code: str, at: datetime,
                person: Person | None) -> None:
        rng, cat = self.rng, self.ref.catalogue
        vtype = cat.violation(code)
        described = [d for d in district.DESCRIBED if unit.kind == UnitKind.WINDOW or not d.startswith("窗口")]
        who = f"{person.position}{person.name}" if person else rng.choice(described)
        text = vtype.phrase.format(time=chinese_minute(at), unit=unit.name, who=who)
        detail = DETAILS.get(code, "")
        description = (text + detail.format(m=rng.randint(10, 45), n=rng.randint(2, 6))).strip()
        f = Finding(visit_id=visit.id, inspection_id=insp.id, team_id=team.id, unit_id=unit.id,
                    person_id=person.id if person else None,
                    person_description="" if person else who, violation_code=code, observed_at=at,
                    place=visit.location, description=description, created_by="demo")
        s.add(f)
        year = at.year
        if person:
            self.person_year[(person.id, year)].findings[code] += 1
        self.unit_year[(unit.id, year)].findings[code] += 1
        if self.photos and not code.startswith("public_funds"):
            for j in range(2 if rng.random() < 0.15 else 1):
                taken = at + timedelta(seconds=rng.randint(5, 50) + 40 * j)
                blob = self.blobs.put_bytes(demo_photo(code, taken, rng))
                s.add(Evidence(finding_id=f.id, visit_id=visit.id, sha256=blob.sha256, size=blob.size,
                               media_type="image/jpeg", original_name=f"IMG_{taken:%Y%m%d_%H%M%S}.jpg",
                               captured_at=taken, captured_offset="+08:00", width=800, height=600,
                               for_notice=j == 0))
                self.summary.photos += 1
        self.advance(s, f, person, unit)

    # --- office work ----------------------------------------------------------------------
    def advance(self, s, f: Finding, person: Person | None, unit: Unit) -> None:
        """Move the finding as far along the workflow as its age makes plausible."""
        rng = self.rng
        age = (DEMO_END - f.observed_at.date()).days
        if rng.random() < 0.03:
            f.status, f.void_reason = FindingStatus.VOIDED, rng.choice(district.VOID_REASONS)
            return
        if age < 5:
            f.status = rng.choice([FindingStatus.DRAFT, FindingStatus.SUBMITTED])
            return
        if age < 12 and rng.random() < 0.5:
            f.status = FindingStatus.SUBMITTED
            return
        decided_on = f.observed_at.date() + timedelta(days=rng.randint(2, 6))
        year = f.observed_at.year
        hint = suggest(self.ref.catalogue, self.ref.rules, f.violation_code,
                       self.person_year[(person.id, year)] if person else YearRecord(Counter({f.violation_code: 1})),
                       self.unit_year[(unit.id, year)])
        sanction = hint.sanction
        if rng.random() < 0.12:  # a person decides: sometimes milder than the ladder
            sanction = self.ref.catalogue.sanctions[max(0, self.ref.catalogue.severity(sanction) - 1)].code
        s.add(Handling(finding_id=f.id, sanction_code=sanction, suggested_code=hint.sanction,
                       rule_ids=",".join(r.id for r in hint.reasons), decided_on=decided_on,
                       decided_by="xiaonengban01", note=""))
        self.summary.handlings += 1
        if person:
            self.person_year[(person.id, decided_on.year)].sanctions[sanction] += 1
        self.unit_year[(unit.id, decided_on.year)].sanctions[sanction] += 1
        f.status = FindingStatus.REVIEWED
        notice = self.monthly_notice(s, f.observed_at.date())
        if notice is None or rng.random() < 0.15:
            return
        s.add(NoticeFinding(notice_id=notice.id, finding_id=f.id))
        f.status = FindingStatus.NOTIFIED
        due = add_working_days(notice.issued_on, 10)
        rect = Rectification(finding_id=f.id, due_on=due)
        if due < DEMO_END or rng.random() < 0.5:
            if rng.random() < 0.85:
                rect.received_on = min(DEMO_END, due - timedelta(days=rng.randint(0, 6)))
                rect.feedback = f"{unit.name}已对相关人员进行批评教育，并完善考勤和窗口轮岗制度。"
                rect.accepted = True
                f.status = FindingStatus.CLOSED if rng.random() < 0.6 else FindingStatus.RECTIFIED
        s.add(rect)

    def monthly_notice(self, s, day: date) -> Notice | None:
        """The month's notice, issued on the 8th of the next month; None if not issued yet."""
        key = (day.year, day.month)
        if key not in self.notice_of_month:
            nxt = date(day.year + day.month // 12, day.month % 12 + 1, 8)
            if nxt > DEMO_END:
                return None
            seq = sum(1 for (y, _m) in self.notice_of_month if y == nxt.year) + 1
            notice = Notice(kind=NoticeKind.MONTHLY, status=NoticeStatus.ISSUED, org_code=ORG_CODE, year=nxt.year,
                            seq=seq, number=f"{ORG_CODE}〔{nxt.year}〕{seq}号",
                            title=f"关于{day.year}年{day.month}月机关作风效能明察暗访情况的通报",
                            issuing_body="区机关效能建设领导小组办公室", recipients="各镇人民政府、街道办事处，区政府各部门：",
                            cc="区委办、区人大办、区政府办、区政协办。", printer="区机关效能建设领导小组办公室",
                            period_from=date(day.year, day.month, 1), period_to=nxt - timedelta(days=8),
                            issued_on=nxt)
            s.add(notice)
            self.notice_of_month[key] = notice
            self.summary.notices += 1
        return self.notice_of_month[key]

    def _complaint_steps(self, s: Any, c: Complaint, rng: random.Random, rules: ComplaintRules,
                         calendar: WorkCalendar) -> None:
        """Take a case as far as its age allows: most are closed, a few rejected, some still open, a few late."""
        handler = rng.choice(district.OFFICE)[1]
        day = c.received_at.date()

        def step(action: ComplaintAction, on: date, note: str = "", **data: Any) -> None:
            at = c.received_at + timedelta(minutes=10) if on == day else datetime.combine(on, time(16, 0))
            s.add(ComplaintStep(complaint_id=c.id, action=action, actor=handler, note=note, data=data,
                                at=at.astimezone()))
        step(ComplaintAction.REGISTER, day, number=c.reg_number)
        if rng.random() < 0.08:
            c.status, c.reject_reason = ComplaintStatus.REJECTED, "不属于机关效能投诉受理范围，已告知投诉人向有关部门反映。"
            step(ComplaintAction.REJECT, day, c.reject_reason)
            if day + timedelta(days=3) < DEMO_END:
                c.status, c.answered_on, c.reply_method = ComplaintStatus.ANSWERED, day + timedelta(days=2), "电话"
                c.answer = c.reject_reason
                step(ComplaintAction.REPLY, c.answered_on, c.answer, method="电话")
            return
        unit = next(u for u in self.units if u.id == c.unit_id)
        c.status, c.assignee, c.assigned_unit_id, c.assigned_on = ComplaintStatus.ASSIGNED, unit.name, unit.id, day
        c.deadline_days = rules.days_for(c.channel, c.major)
        c.due_on = calendar.add(day, c.deadline_days).due_on
        step(ComplaintAction.ACCEPT, day)
        step(ComplaintAction.ASSIGN, day, to=unit.name, days=c.deadline_days, due_on=c.due_on.isoformat())
        took = rng.randint(3, 30) if rng.random() < 0.85 else rng.randint(35, 60)
        if day + timedelta(days=took) >= DEMO_END:
            if c.due_on < DEMO_END and rng.random() < 0.5:
                c.supervised = True
                step(ComplaintAction.SUPERVISE, DEMO_END - timedelta(days=1), "已逾期，请尽快办结并报送结果。")
            return
        c.resolved_on = day + timedelta(days=took)
        c.result = rng.choice([ComplaintResult.TRUE, ComplaintResult.PARTLY, ComplaintResult.FALSE, ComplaintResult.FALSE])
        c.resolution = "经调查核实，" + ("情况属实，已责成被投诉单位整改。" if c.result != ComplaintResult.FALSE
                                   else "反映情况与事实不符，已向投诉人解释说明。")
        c.status = ComplaintStatus.RESOLVED
        step(ComplaintAction.RESOLVE, c.resolved_on, c.resolution, result=c.result)
        answered = c.resolved_on + timedelta(days=rng.randint(0, 3))
        if answered >= DEMO_END:
            return
        c.status, c.answered_on, c.reply_method = ComplaintStatus.ANSWERED, answered, rng.choice(["电话", "书面", "当面"])
        c.answer = "您反映的问题已调查处理：" + c.resolution
        step(ComplaintAction.REPLY, answered, c.answer, method=c.reply_method)
        visited = answered + timedelta(days=rng.randint(1, 5))
        if visited >= DEMO_END:
            return
        c.satisfaction = rng.choice([Satisfaction.SATISFIED] * 6 + [Satisfaction.BASICALLY] * 3 + [Satisfaction.DISSATISFIED])
        c.visited_on = visited
        step(ComplaintAction.VISIT, visited, satisfaction=c.satisfaction)
        if c.satisfaction != Satisfaction.DISSATISFIED:
            c.status, c.closed_on = ComplaintStatus.CLOSED, visited
            step(ComplaintAction.CLOSE, visited)

    def complaints_and_surveys(self, n_findings: int) -> None:
        rng = self.rng
        n = min(200, max(10, n_findings // 20))
        subjects = ["窗口工作人员态度生硬", "办理事项超过承诺时限", "多次往返仍未办结", "上班时间找不到人",
                    "电话无人接听", "要求提供不必要的证明材料"]
        rules, calendar = ComplaintRules(), WorkCalendar()
        span = (DEMO_END - self.start).days
        received = sorted(datetime.combine(self.start + timedelta(days=rng.randint(0, span)),
                                           time(rng.randint(8, 17), rng.choice((0, 15, 30, 45)))) for _ in range(n))
        seqs: Counter[int] = Counter()
        with self.db.session("xiaonengban01") as s:
            for at in received:
                seqs[at.year] += 1
                channel = rng.choice(list(ComplaintChannel))
                subject = rng.choice(subjects)
                c = Complaint(reg_number=reg_number(at.year, seqs[at.year]), year=at.year, seq=seqs[at.year],
                              received_at=at, channel=channel, unit_id=rng.choice(self.units).id, subject=subject,
                              source="12345热线" if channel is ComplaintChannel.REFERRAL else "",
                              content="群众反映：" + subject + "，希望有关部门尽快处理。")
                s.add(c)
                s.add(Complainant(complaint_id=c.id, name=_name(rng, rng.random() < 0.5),
                                  contact=f"13{rng.randint(100000000, 999999999)}"))
                self._complaint_steps(s, c, rng, rules, calendar)
            for unit in self.units:  # the year's survey of service users (满意度测评, seed 001: yearly)
                total = rng.randint(60, 300)
                share = rng.choice([0.05, 0.12, 0.21, 0.33]) if rng.random() < 0.2 else rng.random() * 0.12
                unhappy = round(total * share)
                basic = round((total - unhappy) * rng.uniform(0.1, 0.3))
                s.add(SatisfactionSurvey(unit_id=unit.id, period_start=date(DEMO_END.year, 1, 1),
                                         period_end=date(DEMO_END.year, 12, 31), respondents=total,
                                         satisfied=total - unhappy - basic, basic=basic, dissatisfied=unhappy))
                for text in rng.sample(COMMITMENTS, 2):  # its service commitments, rated at the year's end
                    s.add(Commitment(unit_id=unit.id, year=DEMO_END.year, text=text,
                                     rating=rng.choices(list(CommitmentRating), (8, 2, 1))[0],
                                     rated_on=DEMO_END))
        self.summary.complaints = n


def generate_demo(db: Database, ref: Reference, seed: int = 2026, n_findings: int = 600, photos: bool = True,
                  months: int = 3, progress: Callable[[int, int], None] | None = None) -> DemoSummary:
    """Fill an empty database with a district's worth of inspection work over `months` months; a
    data directory that holds units already is refused, untouched."""
    with db.session() as s:
        if s.exec(select(func.count()).select_from(Unit)).one():
            raise InspectorError("demo_not_empty", path=str(db.data_dir))
    gen = _Generator(db, ref, seed, months, photos)
    gen.roster()
    gen.inspections(n_findings, progress)
    gen.complaints_and_surveys(n_findings)
    if replica.user_at_work(db) is None:  # whoever opens the demo works in it as its office's user
        replica.note_user(db, district.DEMO_USER)
    return gen.summary

"""The entities (SQLModel tables). English names, the Chinese term in each docstring.

Every table a device edits derives from `Synced`: a client-generated UUIDv7 key, the hub's
version of the row (None until the hub has seen it) and a tombstone flag. Nothing is hard-deleted:
findings are voided, other records tombstoned. Times a person observes (`observed_at`,
`arrived_at`, `captured_at`) are local wall-clock time without a zone (NaiveDatetime);
bookkeeping times (created, updated, audited) are timezone-aware UTC.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import NaiveDatetime
from sqlalchemy import JSON, Column, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from inspector_app.domain.enums import (
    ComplaintChannel, ComplaintStatus, FindingStatus, InspectionMode, NoticeKind, NoticeStatus,
    StaffCategory, UnitKind, UserRole,
)
from inspector_app.domain.ids import new_id, utcnow

# The revision of the laptop's migrations (store/migrations) that make these tables: what a device
# tells the hub its records look like. A test keeps it equal to the newest migration.
SCHEMA_REVISION = "0011"


class Synced(SQLModel):
    """Columns every synchronised table carries (docs/sync.md)."""
    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    server_version: int | None = Field(default=None, index=True)
    deleted: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


# --- reference data: units, people, teams, users, devices -----------------------------------

class Unit(Synced, table=True):
    """单位: a department, the service centre and its windows, a town or a street office."""
    name: str = Field(index=True, max_length=100)
    short_name: str = Field(default="", max_length=40)
    kind: str = Field(default=UnitKind.AGENCY, max_length=20)
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="unit.id", index=True)
    sort_order: int = 0


class Person(Synced, table=True):
    """当事人 / 工作人员: a member of a unit's staff."""
    name: str = Field(index=True, max_length=40)
    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    position: str = Field(default="", max_length=60)
    staff_category: str = Field(default=StaffCategory.CIVIL_SERVANT, max_length=20)
    party_member: bool = False   # 党员
    leader: bool = False         # 领导干部
    gender: str | None = Field(default=None, max_length=1)  # "M" / "F"
    active: bool = True
    provisional: bool = False    # added by a team in the field: the office confirms or merges them
    team_id: uuid.UUID | None = Field(default=None, foreign_key="team.id")  # a member of this 督查组


class Team(Synced, table=True):
    """督查组: the 2-4 inspectors who visit together."""
    name: str = Field(max_length=60)


class User(Synced, table=True):
    """用户: an inspector, a member of the office staff or an administrator."""
    username: str = Field(max_length=40, unique=True)
    display_name: str = Field(max_length=40)
    role: str = Field(default=UserRole.INSPECTOR, max_length=20)
    team_id: uuid.UUID | None = Field(default=None, foreign_key="team.id")
    password_hash: str | None = None
    active: bool = True


class Device(Synced, table=True):
    """终端: a laptop enrolled with the hub."""
    name: str = Field(max_length=80)
    user_id: uuid.UUID | None = Field(default=None, foreign_key="user.id")
    enrolled_at: datetime | None = None
    revoked: bool = False


# --- field work: inspections, visits, findings, evidence -------------------------------------

class Inspection(Synced, table=True):
    """检查行动: one campaign of visits, open (明察) or undercover (暗访)."""
    title: str = Field(max_length=200)
    mode: str = Field(default=InspectionMode.UNDERCOVER, max_length=20)
    start_date: date
    end_date: date
    team_id: uuid.UUID | None = Field(default=None, foreign_key="team.id", index=True)
    notes: str = ""


class InspectionUnit(Synced, table=True):
    """计划检查单位: a unit the inspection plans to visit."""
    __tablename__ = "inspection_unit"
    __table_args__ = (UniqueConstraint("inspection_id", "unit_id"),)
    inspection_id: uuid.UUID = Field(foreign_key="inspection.id", index=True)
    unit_id: uuid.UUID = Field(foreign_key="unit.id")


class Visit(Synced, table=True):
    """检查点位: a visit to a unit; recorded even when nothing was wrong (no_problem)."""
    inspection_id: uuid.UUID = Field(foreign_key="inspection.id", index=True)
    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    arrived_at: NaiveDatetime
    left_at: NaiveDatetime | None = None
    location: str = ""
    no_problem: bool = False
    notes: str = ""


class Finding(Synced, table=True):
    """问题记录: one observed violation, with its person (or a description of one) and evidence."""
    __table_args__ = (
        # lists sort by time, newest first, with the id as tie-breaker for stable pages
        Index("ix_finding_observed", "observed_at", "id"),
        Index("ix_finding_unit_observed", "unit_id", "observed_at", "id"),
        Index("ix_finding_status_observed", "status", "observed_at", "id"),
        Index("ix_finding_code_observed", "violation_code", "observed_at", "id"),
        Index("ix_finding_person_observed", "person_id", "observed_at", "id"),
        Index("ix_finding_team_observed", "team_id", "observed_at", "id"),
    )
    visit_id: uuid.UUID | None = Field(default=None, foreign_key="visit.id", index=True)
    inspection_id: uuid.UUID | None = Field(default=None, foreign_key="inspection.id", index=True)
    team_id: uuid.UUID | None = Field(default=None, foreign_key="team.id")
    unit_id: uuid.UUID = Field(foreign_key="unit.id")
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    person_description: str = Field(default="", max_length=200)  # "一名女工作人员"
    violation_code: str = Field(max_length=40)
    observed_at: NaiveDatetime
    place: str = ""
    description: str = ""
    witnesses: str = ""
    status: str = Field(default=FindingStatus.DRAFT, max_length=20)
    void_reason: str = ""
    created_by: str = Field(default="", max_length=40)


class Evidence(Synced, table=True):
    """证据: a photo, video or document; the file itself lives in the content-addressed blob store,
    byte-identical to what the camera wrote. Orientation, rotation and redaction apply to derived
    copies only."""
    finding_id: uuid.UUID | None = Field(default=None, foreign_key="finding.id", index=True)
    visit_id: uuid.UUID | None = Field(default=None, foreign_key="visit.id", index=True)
    complaint_id: uuid.UUID | None = Field(default=None, foreign_key="complaint.id", index=True)  # an attachment
    sha256: str = Field(max_length=64, index=True)
    size: int
    media_type: str = Field(max_length=100)
    kind: str = Field(default="photo", max_length=20)  # photo / video / document
    original_name: str = ""
    captured_at: NaiveDatetime | None = None
    captured_offset: str = Field(default="", max_length=6)  # "+08:00" when the camera wrote one
    orientation: int = 1       # EXIF orientation of the original (1-8)
    rotation: int = 0          # extra clockwise rotation for display chosen by a person: 0/90/180/270
    redactions: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False,
                                                                                   server_default="[]"))
    camera: str = ""
    gps_lat: float | None = None
    gps_lon: float | None = None
    width: int | None = None
    height: int | None = None
    for_notice: bool = False
    note: str = ""


# --- office work: handling, rectification, notices, complaints, assessment ------------------

class Handling(Synced, table=True):
    """处理决定: the sanction decided for a finding, and what the ladder had suggested."""
    finding_id: uuid.UUID = Field(foreign_key="finding.id", index=True)
    sanction_code: str = Field(max_length=40)
    suggested_code: str = Field(default="", max_length=40)
    rule_ids: str = ""  # the escalation rules that fired, comma-separated
    decided_on: date
    decided_by: str = Field(default="", max_length=40)
    note: str = ""
    accountability: bool = False  # holds the unit's head (一把手) accountable for the unit's failings


class Rectification(Synced, table=True):
    """整改: the deadline for a unit's rectification report and what it said."""
    finding_id: uuid.UUID = Field(foreign_key="finding.id", index=True)
    due_on: date
    received_on: date | None = None
    feedback: str = ""
    accepted: bool | None = None


class Notice(Synced, table=True):
    """通报: a circulated notice, draft or issued (frozen once issued)."""
    __table_args__ = (UniqueConstraint("org_code", "year", "seq"),)
    kind: str = Field(default=NoticeKind.MONTHLY, max_length=20)
    status: str = Field(default=NoticeStatus.DRAFT, max_length=20)
    org_code: str = Field(default="", max_length=40)   # 机关代字, e.g. 区效能办
    year: int | None = None
    seq: int | None = None
    number: str | None = Field(default=None, max_length=60, unique=True)  # 区效能办〔2026〕12号
    title: str = Field(default="", max_length=300)
    issuing_body: str = ""   # 发文机关
    recipients: str = ""     # 主送
    body: str = ""
    cc: str = ""             # 抄送
    printer: str = ""        # 印发机关
    period_from: date | None = None
    period_to: date | None = None
    issued_on: date | None = None
    content: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    pdf_sha256: str | None = Field(default=None, max_length=64)


class NoticeFinding(Synced, table=True):
    """A finding that a notice reports."""
    __tablename__ = "notice_finding"
    __table_args__ = (UniqueConstraint("notice_id", "finding_id"),)
    notice_id: uuid.UUID = Field(foreign_key="notice.id", index=True)
    finding_id: uuid.UUID = Field(foreign_key="finding.id", index=True)


class Complaint(Synced, table=True):
    """投诉举报: a case of the ledger from 挂号 to 销号 (`domain.complaints`). Who complained is kept
    apart (`Complainant`), for the office's complaint handlers alone; each step is a `ComplaintStep`."""
    __table_args__ = (UniqueConstraint("year", "seq"),
                      Index("ix_complaint_received", "received_at", "id"),
                      Index("ix_complaint_unit_received", "unit_id", "received_at"))
    reg_number: str = Field(max_length=40, unique=True)  # 效投〔2026〕0001号
    year: int
    seq: int
    received_at: NaiveDatetime
    channel: str = Field(default=ComplaintChannel.PHONE, max_length=20)
    source: str = Field(default="", max_length=100)  # who referred it (12345热线 …)
    unit_id: uuid.UUID | None = Field(default=None, foreign_key="unit.id")
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    subject: str = Field(default="", max_length=200)
    content: str = ""
    major: bool = False
    status: str = Field(default=ComplaintStatus.REGISTERED, max_length=20, index=True)
    reject_reason: str = ""
    assignee: str = Field(default="", max_length=100)  # the handler, or the unit it was given to
    assigned_unit_id: uuid.UUID | None = Field(default=None, foreign_key="unit.id")
    assigned_on: date | None = None
    deadline_days: int = 0  # working days
    due_on: date | None = None
    extensions: int = 0
    supervised: bool = False
    result: str = Field(default="", max_length=20)  # ComplaintResult
    resolution: str = ""   # what the investigation found and did
    sanction_code: str = Field(default="", max_length=40)
    resolved_on: date | None = None
    answer: str = ""
    reply_method: str = Field(default="", max_length=20)
    answered_on: date | None = None
    satisfaction: str = Field(default="", max_length=20)  # Satisfaction
    visited_on: date | None = None
    closed_on: date | None = None
    finding_id: uuid.UUID | None = Field(default=None, foreign_key="finding.id")


class Complainant(Synced, table=True):
    """投诉人: who complained and how to reach them. Confidential: only the office's complaint handlers
    receive it; everyone else sees the case with the complainant masked."""
    complaint_id: uuid.UUID = Field(foreign_key="complaint.id", unique=True)
    name: str = Field(default="", max_length=60)
    contact: str = Field(default="", max_length=60)


class ComplaintStep(Synced, table=True):
    """投诉办理记录: one step of a case, who took it and when, with its note (the case's timeline)."""
    __tablename__ = "complaint_step"
    complaint_id: uuid.UUID = Field(foreign_key="complaint.id", index=True)
    action: str = Field(max_length=20)  # ComplaintAction
    at: datetime = Field(default_factory=utcnow)
    actor: str = Field(default="", max_length=60)
    note: str = ""
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class SatisfactionSurvey(Synced, table=True):
    """满意度测评: service users' verdict on a unit for a period (满意, 基本满意, 不满意 counted), and the
    unit's written explanation where its 不满意率 reached the office's threshold."""
    __tablename__ = "satisfaction_survey"
    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    period_start: date
    period_end: date
    respondents: int = Field(ge=0)
    satisfied: int = Field(default=0, ge=0)
    basic: int = Field(default=0, ge=0)
    dissatisfied: int = Field(ge=0)
    explanation: str = ""
    explained_on: date | None = None


class Commitment(Synced, table=True):
    """服务承诺: one of the commitments a unit states at the start of a year (seed 001), and how it
    was kept, rated at the year's end."""
    unit_id: uuid.UUID = Field(foreign_key="unit.id", index=True)
    year: int
    text: str = Field(max_length=500)
    rating: str = Field(default="", max_length=20)   # CommitmentRating, "" until rated
    rated_on: date | None = None
    note: str = ""


class Appraisal(Synced, table=True):
    """A person's annual appraisal grade as the office confirmed it, with what it rests on. One record
    a person and year: its id derives from both, so two laptops confirming name one record."""
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    year: int
    grade: str = Field(max_length=20)                # AppraisalGrade
    basis: str = ""
    confirmed_by: str = Field(default="", max_length=100)
    confirmed_on: date | None = None


class Setting(Synced, table=True):
    """An office setting every laptop keeps alike (the notice's header and footer, the local rules):
    one record per key, its id derived from the key, so that two laptops setting it name one record."""
    key: str = Field(max_length=60, unique=True)
    value: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


# every synchronised table's model, by table name (the kinds of record: RecordKind)
ENTITIES: dict[str, type[Synced]] = {cls.__tablename__: cls for cls in Synced.__subclasses__() if hasattr(cls, "__table__")}


# --- local bookkeeping (never synchronised as records) ---------------------------------------

class OutboxOp(SQLModel, table=True):
    """An edit waiting to be sent to the hub, written in the same transaction as the edit.
    `seq` is the device's gap-free operation sequence (SQLite AUTOINCREMENT never reuses a value,
    and a rolled-back transaction takes its number back with it)."""
    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}
    seq: int | None = Field(default=None, primary_key=True)
    op_id: uuid.UUID = Field(default_factory=new_id, unique=True)
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID
    base_version: int | None = None
    fields: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    schema_version: str = Field(max_length=40)
    actor: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """审计日志: append-only history of every change (database triggers refuse updates and deletes), each
    entry chained to the one before by its hash, so that an entry altered or removed is found."""
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str = ""
    device_id: str = ""
    entity: str = Field(max_length=40)
    entity_id: uuid.UUID
    action: str = Field(max_length=20)  # create / update / apply (from the hub)
    changes: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    prev_hash: str = Field(default="", max_length=64)  # the chain (domain.audit): the entry before's hash …
    hash: str = Field(default="", max_length=64)       # … and this entry's, over it and its content


class MediaSent(SQLModel, table=True):
    """An evidence file the hub is known to hold (sent, or found there): not offered again."""
    __tablename__ = "media_sent"
    sha256: str = Field(primary_key=True, max_length=64)
    at: datetime = Field(default_factory=utcnow)


class LocalState(SQLModel, table=True):
    """This device's own settings: its id, the pull cursor, …"""
    __tablename__ = "local_state"
    key: str = Field(primary_key=True, max_length=60)
    value: str

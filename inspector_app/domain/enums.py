"""Enumerations of the domain, stored as their string values, each with a Chinese and English label."""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from inspector_app.errors import InspectorError
from inspector_app.i18n import pick


class Labelled(StrEnum):
    """A string enum whose members have a Chinese and an English label."""

    def label(self, lang: str | None = None) -> str:
        zh, en = _LABELS[(type(self), self.value)]
        return pick(zh, en, lang)

    @classmethod
    def named(cls, text: str, unknown: str) -> Self:
        """The member as a person typed it: its value or its label in either language; else the
        error `unknown` listing the labels."""
        for member in cls:
            if text.strip() in (member.value, member.label("zh"), member.label("en")):
                return member
        raise InspectorError(unknown, text=text, known="、".join(m.label() for m in cls))


class UnitKind(Labelled):
    """单位类别"""
    AGENCY = "agency"            # 机关部门（区人社局）
    SERVICE_CENTRE = "service_centre"  # 行政服务中心
    WINDOW = "window"            # 窗口
    TOWN = "town"                # 镇
    STREET = "street"            # 街道
    INSTITUTION = "institution"  # 事业单位


class StaffCategory(Labelled):
    """人员类别"""
    CIVIL_SERVANT = "civil_servant"        # 公务员
    REFERENCE_MANAGED = "reference_managed"  # 参公
    INSTITUTION = "institution"            # 事业编
    TEMPORARY = "temporary"                # 临时工
    OUTSIDE = "outside"                    # 编外人员


class InspectionMode(Labelled):
    """检查方式"""
    OPEN = "open"              # 明察
    UNDERCOVER = "undercover"  # 暗访


class FindingStatus(Labelled):
    """问题记录状态"""
    DRAFT = "draft"
    SUBMITTED = "submitted"
    REVIEWED = "reviewed"
    NOTIFIED = "notified"
    RECTIFIED = "rectified"
    CLOSED = "closed"
    VOIDED = "voided"


class NoticeKind(Labelled):
    """通报类别"""
    MONTHLY = "monthly"            # 明察暗访情况通报
    TYPICAL_CASE = "typical_case"  # 典型问题通报
    COMMENDATION = "commendation"  # 表扬通报


class NoticeStatus(Labelled):
    DRAFT = "draft"
    ISSUED = "issued"


class ComplaintChannel(Labelled):
    """投诉渠道"""
    PHONE = "phone"         # 电话
    LETTER = "letter"       # 来信
    VISIT = "visit"         # 来访
    ONLINE = "online"       # 网络
    REFERRAL = "referral"   # 转办（12345 热线等转来）


class ComplaintStatus(Labelled):
    """投诉办理状态：挂号 → 受理（或不予受理）→ 交办 → 办结 → 答复 → 销号"""
    REGISTERED = "registered"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    ASSIGNED = "assigned"
    RESOLVED = "resolved"
    ANSWERED = "answered"
    CLOSED = "closed"


class ComplaintResult(Labelled):
    """办结结论"""
    TRUE = "true"          # 属实
    PARTLY = "partly"      # 部分属实
    FALSE = "false"        # 不属实


class Satisfaction(Labelled):
    """回访满意度"""
    SATISFIED = "satisfied"
    BASICALLY = "basically"
    DISSATISFIED = "dissatisfied"


class CommitmentRating(Labelled):
    """服务承诺兑现情况（年终评议）"""
    KEPT = "kept"
    PARTLY = "partly"
    BROKEN = "broken"


class AppraisalGrade(Labelled):
    """年度考核等次"""
    EXCELLENT = "excellent"
    COMPETENT = "competent"
    BASIC = "basic"
    INCOMPETENT = "incompetent"


class ComplaintAction(Labelled):
    """投诉办理的一步（时间线）"""
    REGISTER = "register"
    ACCEPT = "accept"
    REJECT = "reject"
    ASSIGN = "assign"
    NOTE = "note"
    EXTEND = "extend"
    SUPERVISE = "supervise"
    RESOLVE = "resolve"
    REPLY = "reply"
    VISIT = "visit"
    CLOSE = "close"
    REOPEN = "reopen"
    TO_FINDING = "to_finding"


class UserRole(Labelled):
    INSPECTOR = "inspector"
    OFFICE = "office"
    ADMIN = "admin"


class RecordKind(Labelled):
    """The kinds of record that travel between the laptops and the hub (their tables), as people say them."""
    UNIT = "unit"
    PERSON = "person"
    TEAM = "team"
    USER = "user"
    DEVICE = "device"
    INSPECTION = "inspection"
    INSPECTION_UNIT = "inspection_unit"
    VISIT = "visit"
    FINDING = "finding"
    EVIDENCE = "evidence"
    HANDLING = "handling"
    RECTIFICATION = "rectification"
    NOTICE = "notice"
    NOTICE_FINDING = "notice_finding"
    COMPLAINT = "complaint"
    COMPLAINANT = "complainant"
    COMPLAINT_STEP = "complaint_step"
    SATISFACTION_SURVEY = "satisfaction_survey"
    SETTING = "setting"
    COMMITMENT = "commitment"
    APPRAISAL = "appraisal"


# keyed by (enum class, value): members of different enums with the same value are equal strings
_LABELS: dict[tuple[type, str], tuple[str, str]] = {(type(m), m.value): texts for m, texts in [
    (UnitKind.AGENCY, ("机关部门", "Government department")),
    (UnitKind.SERVICE_CENTRE, ("行政服务中心", "Administrative service centre")),
    (UnitKind.WINDOW, ("服务窗口", "Service window")),
    (UnitKind.TOWN, ("镇", "Town")),
    (UnitKind.STREET, ("街道", "Street office")),
    (UnitKind.INSTITUTION, ("事业单位", "Public institution")),
    (StaffCategory.CIVIL_SERVANT, ("公务员", "Civil servant")),
    (StaffCategory.REFERENCE_MANAGED, ("参公人员", "Staff managed as civil servants")),
    (StaffCategory.INSTITUTION, ("事业编制人员", "Public-institution staff")),
    (StaffCategory.TEMPORARY, ("临时工", "Temporary staff")),
    (StaffCategory.OUTSIDE, ("编外人员", "Staff outside the establishment")),
    (InspectionMode.OPEN, ("明察", "Open inspection")),
    (InspectionMode.UNDERCOVER, ("暗访", "Undercover inspection")),
    (FindingStatus.DRAFT, ("草稿", "Draft")),
    (FindingStatus.SUBMITTED, ("已提交", "Submitted")),
    (FindingStatus.REVIEWED, ("已审核", "Reviewed")),
    (FindingStatus.NOTIFIED, ("已通报", "Notified")),
    (FindingStatus.RECTIFIED, ("已整改", "Rectified")),
    (FindingStatus.CLOSED, ("已办结", "Closed")),
    (FindingStatus.VOIDED, ("已作废", "Voided")),
    (NoticeKind.MONTHLY, ("明察暗访情况通报", "Monthly inspection notice")),
    (NoticeKind.TYPICAL_CASE, ("典型问题通报", "Typical-case notice")),
    (NoticeKind.COMMENDATION, ("表扬通报", "Commendation notice")),
    (NoticeStatus.DRAFT, ("草稿", "Draft")),
    (NoticeStatus.ISSUED, ("已印发", "Issued")),
    (ComplaintChannel.PHONE, ("电话", "Phone")),
    (ComplaintChannel.LETTER, ("来信", "Letter")),
    (ComplaintChannel.VISIT, ("来访", "Visit")),
    (ComplaintChannel.ONLINE, ("网络", "Online")),
    (ComplaintChannel.REFERRAL, ("转办", "Referred")),
    (ComplaintStatus.REGISTERED, ("已挂号", "Registered")),
    (ComplaintStatus.ACCEPTED, ("已受理", "Accepted")),
    (ComplaintStatus.REJECTED, ("不予受理", "Not accepted")),
    (ComplaintStatus.ASSIGNED, ("已交办", "Assigned")),
    (ComplaintStatus.RESOLVED, ("已办结", "Resolved")),
    (ComplaintStatus.ANSWERED, ("已答复", "Answered")),
    (ComplaintStatus.CLOSED, ("已销号", "Closed")),
    (ComplaintResult.TRUE, ("属实", "True")),
    (ComplaintResult.PARTLY, ("部分属实", "Partly true")),
    (ComplaintResult.FALSE, ("不属实", "Not true")),
    (Satisfaction.SATISFIED, ("满意", "Satisfied")),
    (Satisfaction.BASICALLY, ("基本满意", "Fairly satisfied")),
    (Satisfaction.DISSATISFIED, ("不满意", "Dissatisfied")),
    (ComplaintAction.REGISTER, ("挂号", "Registered")),
    (ComplaintAction.ACCEPT, ("受理", "Accepted")),
    (ComplaintAction.REJECT, ("不予受理", "Not accepted")),
    (ComplaintAction.ASSIGN, ("交办", "Assigned")),
    (ComplaintAction.NOTE, ("办理", "Handling note")),
    (ComplaintAction.EXTEND, ("延期", "Extended")),
    (ComplaintAction.SUPERVISE, ("督办", "Pressed")),
    (ComplaintAction.RESOLVE, ("办结", "Resolved")),
    (ComplaintAction.REPLY, ("答复", "Answered")),
    (ComplaintAction.VISIT, ("回访", "Followed up")),
    (ComplaintAction.CLOSE, ("销号", "Closed")),
    (ComplaintAction.REOPEN, ("重新办理", "Reopened")),
    (ComplaintAction.TO_FINDING, ("转为问题记录", "Made a finding")),
    (UserRole.INSPECTOR, ("督查员", "Inspector")),
    (UserRole.OFFICE, ("效能办", "Office staff")),
    (UserRole.ADMIN, ("管理员", "Administrator")),
    (RecordKind.UNIT, ("单位", "unit")),
    (RecordKind.PERSON, ("人员", "person")),
    (RecordKind.TEAM, ("督查组", "team")),
    (RecordKind.USER, ("用户", "user")),
    (RecordKind.DEVICE, ("终端", "device")),
    (RecordKind.INSPECTION, ("督查任务", "inspection")),
    (RecordKind.INSPECTION_UNIT, ("任务单位", "inspected unit")),
    (RecordKind.VISIT, ("点位", "visit")),
    (RecordKind.FINDING, ("问题", "finding")),
    (RecordKind.EVIDENCE, ("证据", "evidence")),
    (RecordKind.HANDLING, ("处理", "handling")),
    (RecordKind.RECTIFICATION, ("整改", "rectification")),
    (RecordKind.NOTICE, ("通报", "notice")),
    (RecordKind.NOTICE_FINDING, ("通报所列问题", "finding in a notice")),
    (RecordKind.COMPLAINT, ("投诉", "complaint")),
    (RecordKind.COMPLAINANT, ("投诉人", "complainant")),
    (RecordKind.COMPLAINT_STEP, ("投诉办理记录", "complaint step")),
    (RecordKind.SATISFACTION_SURVEY, ("满意度调查", "satisfaction survey")),
    (RecordKind.SETTING, ("设置", "setting")),
    (RecordKind.COMMITMENT, ("服务承诺", "service commitment")),
    (RecordKind.APPRAISAL, ("年度考核等次", "annual appraisal")),
    (CommitmentRating.KEPT, ("已兑现", "Kept")),
    (CommitmentRating.PARTLY, ("基本兑现", "Partly kept")),
    (CommitmentRating.BROKEN, ("未兑现", "Not kept")),
    (AppraisalGrade.EXCELLENT, ("优秀", "Excellent")),
    (AppraisalGrade.COMPETENT, ("称职", "Competent")),
    (AppraisalGrade.BASIC, ("基本称职", "Basically competent")),
    (AppraisalGrade.INCOMPETENT, ("不称职", "Incompetent")),
]}

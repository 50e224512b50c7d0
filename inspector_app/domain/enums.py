"""Enumerations of the domain, stored as their string values, each with a Chinese and English label."""

from __future__ import annotations

from enum import StrEnum

from inspector_app.i18n import pick


class Labelled(StrEnum):
    """A string enum whose members have a Chinese and an English label."""

    def label(self, lang: str | None = None) -> str:
        zh, en = _LABELS[(type(self), self.value)]
        return pick(zh, en, lang)


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
    HOTLINE = "hotline"   # 热线
    LETTER = "letter"     # 来信
    VISIT = "visit"       # 来访
    ONLINE = "online"     # 网络


class ComplaintStatus(Labelled):
    """投诉办理状态：挂号 → 交办 → 答复 → 销号"""
    REGISTERED = "registered"
    ASSIGNED = "assigned"
    ANSWERED = "answered"
    CLOSED = "closed"


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
    SATISFACTION_SURVEY = "satisfaction_survey"
    SETTING = "setting"


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
    (ComplaintChannel.HOTLINE, ("热线", "Hotline")),
    (ComplaintChannel.LETTER, ("来信", "Letter")),
    (ComplaintChannel.VISIT, ("来访", "Visit")),
    (ComplaintChannel.ONLINE, ("网络", "Online")),
    (ComplaintStatus.REGISTERED, ("已挂号", "Registered")),
    (ComplaintStatus.ASSIGNED, ("已交办", "Assigned")),
    (ComplaintStatus.ANSWERED, ("已答复", "Answered")),
    (ComplaintStatus.CLOSED, ("已销号", "Closed")),
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
    (RecordKind.SATISFACTION_SURVEY, ("满意度调查", "satisfaction survey")),
    (RecordKind.SETTING, ("设置", "setting")),
]}

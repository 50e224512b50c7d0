"""The complaints ledger's rules (投诉举报，"挂号、销号"): which step may follow which, the case's
number, the office's deadlines, and how a complainant is shown to whoever may not know them.

    挂号 registered → 受理 accepted | 不予受理 rejected (the reason is answered too)
    accepted → 交办 assigned (to a handler or a unit, a deadline in working days) → 办结 resolved
    resolved | rejected → 答复 answered (回访 recorded on it) → 销号 closed
    answered | closed → assigned again when the complainant disputes the answer (重新办理)
A step is recorded with who and when; nothing is deleted."""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field

from inspector_app.domain.chinese import masked_name
from inspector_app.domain.enums import ComplaintAction as A, ComplaintChannel, ComplaintResult, ComplaintStatus as S
from inspector_app.errors import InspectorError

# the status each action needs, and the status it leaves (None: unchanged)
STEPS: dict[A, tuple[frozenset[S], S | None]] = {
    A.ACCEPT: (frozenset({S.REGISTERED}), S.ACCEPTED),
    A.REJECT: (frozenset({S.REGISTERED}), S.REJECTED),
    A.ASSIGN: (frozenset({S.ACCEPTED, S.ASSIGNED}), S.ASSIGNED),
    A.NOTE: (frozenset({S.ACCEPTED, S.ASSIGNED}), None),
    A.EXTEND: (frozenset({S.ASSIGNED}), None),
    A.SUPERVISE: (frozenset({S.ASSIGNED}), None),
    A.RESOLVE: (frozenset({S.ASSIGNED}), S.RESOLVED),
    A.REPLY: (frozenset({S.RESOLVED, S.REJECTED}), S.ANSWERED),
    A.VISIT: (frozenset({S.ANSWERED}), None),
    A.CLOSE: (frozenset({S.ANSWERED}), S.CLOSED),
    A.REOPEN: (frozenset({S.ANSWERED, S.CLOSED}), S.ASSIGNED),
    A.TO_FINDING: (frozenset({S.RESOLVED, S.ANSWERED, S.CLOSED}), None),
}
OPEN = frozenset({S.REGISTERED, S.ACCEPTED, S.ASSIGNED})  # still being handled: may run late
FOUND_TRUE = (ComplaintResult.TRUE, ComplaintResult.PARTLY)  # what the complaint said was so, in whole or part
PREFIX = "效投"  # 效能投诉: the ledger's 代字
PHONE = re.compile(r"^(1[3-9]\d{9}|(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?|400-?\d{3}-?\d{4})$")


class ComplaintRules(BaseModel):
    """The office's own numbers (local settings; no source document sets them)."""
    days: int = Field(default=30, ge=1, le=120)          # working days to settle a case
    major_days: int = Field(default=60, ge=1, le=240)    # a major case (重大)
    referral_days: int = Field(default=13, ge=1, le=60)  # a case referred from the hotline (12345)
    due_soon_days: int = Field(default=3, ge=0, le=30)   # reminded this many working days before
    many: int = Field(default=3, ge=1, le=99)            # complaints that put a unit on the 暗访 list

    def days_for(self, channel: str, major: bool) -> int:
        if major:
            return self.major_days
        return self.referral_days if channel == ComplaintChannel.REFERRAL else self.days


def check_step(status: str, action: A) -> S | None:
    """The status a case in `status` takes by `action` (None: unchanged); refuses a step out of turn."""
    needs, to = STEPS[action]
    if S(status) not in needs:
        if S(status) is S.CLOSED:
            raise InspectorError("complaint_closed", action=action)
        raise InspectorError("complaint_bad_step", action=action, status=S(status))
    return to


def is_late(status: str, due_on: date | None, today: date) -> bool:
    """Still being handled past its deadline (the ledger's overdue filter says the same in SQL)."""
    return status == S.ASSIGNED and due_on is not None and due_on < today


def is_due_by(status: str, due_on: date | None, day: date) -> bool:
    """Still being handled and due by `day` (the reminder of cases due soon)."""
    return status == S.ASSIGNED and due_on is not None and due_on <= day


def reg_number(year: int, seq: int, prefix: str = PREFIX) -> str:
    """效投〔2026〕0001号: the ledger's number of a case, four digits a year."""
    return f"{prefix}〔{year}〕{seq:04d}号"


def check_phone(text: str) -> str:
    """A telephone number as people write it (a mobile, a landline with or without its area code, a 400 number); spaces dropped."""
    value = re.sub(r"[\s　]", "", text)
    if value and not PHONE.match(value):
        raise InspectorError("complaint_bad_phone", phone=text)
    return value


def masked_complainant(name: str) -> str:
    """张三 → 张某某: the complainant as everyone but the handler sees them (nobody: nothing)."""
    return masked_name(name) if name else ""


def masked_contact(contact: str) -> str:
    """13800000000 → 138****0000."""
    if len(contact) < 7:
        return "*" * len(contact)
    return contact[:3] + "*" * (len(contact) - 7) + contact[-4:]

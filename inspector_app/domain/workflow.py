"""The life of a finding (问题记录): draft → submitted → reviewed → notified → rectified → closed,
or voided with a reason. Nothing is ever deleted."""

from __future__ import annotations

from datetime import date

from inspector_app.domain.enums import FindingStatus as S
from inspector_app.errors import InspectorError

TRANSITIONS: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.SUBMITTED, S.VOIDED}),
    # the office may send a finding back to the team for more evidence
    S.SUBMITTED: frozenset({S.REVIEWED, S.DRAFT, S.VOIDED}),
    # handling decided; a mild case may be rectified or closed without a notice
    S.REVIEWED: frozenset({S.NOTIFIED, S.RECTIFIED, S.CLOSED, S.VOIDED}),
    S.NOTIFIED: frozenset({S.RECTIFIED, S.CLOSED}),
    S.RECTIFIED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.VOIDED: frozenset(),
}


def can_transition(current: str, target: str) -> bool:
    return S(target) in TRANSITIONS[S(current)]


def check_transition(current: str, target: str, reason: str | None = None) -> None:
    """Raise an InspectorError unless the finding may move from `current` to `target`."""
    if not can_transition(current, target):
        raise InspectorError("finding_bad_transition", current=S(current), target=S(target))
    if S(target) is S.VOIDED and not (reason and reason.strip()):
        raise InspectorError("finding_void_needs_reason")


# 整改: a reviewed or notified finding awaits its unit's rectification
AWAITING_RECTIFICATION = (S.REVIEWED.value, S.NOTIFIED.value)


def is_overdue(due_on: date | None, accepted: bool | None, status: str, today: date) -> bool:
    """A rectification deadline passed without an accepted report (the lists' overdue filter too)."""
    return due_on is not None and due_on < today and accepted is not True and status in AWAITING_RECTIFICATION

"""Each role's authority over each kind of record, its fields and a finding's status: the table
the hub enforces on every operation and the laptop asks before it offers an action."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, strategies as st

from inspector_app.domain.authority import MOVES, imposed, may, refusal
from inspector_app.domain.enums import FindingStatus as S, UserRole
from inspector_app.domain.models import ENTITIES
from inspector_app.domain.workflow import TRANSITIONS

ADMIN, OFFICE, TEAM = UserRole.ADMIN, UserRole.OFFICE, UserRole.INSPECTOR


def code(role, entity, fields, current=None, finding_status=None):
    why = refusal(role, entity, fields, current, finding_status)
    return why[0] if why else "allowed"


@pytest.mark.parametrize("role, entity, fields, current, finding_status, expected", [
    # the roster: the office's; a team adds a person from the field, changes none
    (OFFICE, "unit", {"name": "区人社局"}, None, None, "allowed"),
    (TEAM, "unit", {"name": "区人社局"}, None, None, "refused_entity"),
    (TEAM, "team", {"name": "第三督查组"}, None, None, "refused_entity"),
    (TEAM, "person", {"name": "新人员"}, None, None, "allowed"),
    (TEAM, "person", {"name": "改名"}, {"name": "张三明"}, None, "refused_roster"),
    (TEAM, "person", {"name": "张三明"}, {"name": "张三明"}, None, "allowed"),   # nothing changed
    (OFFICE, "person", {"name": "张三明", "provisional": False}, {"name": "张三明", "provisional": True}, None,
     "allowed"),
    # accounts: the administrator's
    (OFFICE, "user", {"role": "admin"}, None, None, "refused_entity"),
    (OFFICE, "device", {"revoked": True}, {"revoked": False}, None, "refused_entity"),
    (ADMIN, "device", {"revoked": True}, {"revoked": False}, None, "allowed"),
    # a finding: the team's while a draft, the office's from submission on
    (TEAM, "finding", {"status": S.DRAFT, "description": "…"}, None, None, "allowed"),
    (TEAM, "finding", {"status": S.SUBMITTED}, None, None, "allowed"),           # recorded and submitted at once
    (TEAM, "finding", {"status": S.REVIEWED}, None, None, "refused_status"),
    (TEAM, "finding", {"description": "改"}, {"status": S.DRAFT, "description": "原"}, None, "allowed"),
    (TEAM, "finding", {"status": S.SUBMITTED}, {"status": S.DRAFT}, None, "allowed"),
    (TEAM, "finding", {"description": "改"}, {"status": S.SUBMITTED, "description": "原"}, None, "refused_reviewed"),
    (TEAM, "finding", {"status": S.DRAFT}, {"status": S.SUBMITTED}, None, "refused_status"),
    (TEAM, "finding", {"status": S.VOIDED, "void_reason": "误录"}, {"status": S.DRAFT}, None, "refused_status"),
    (TEAM, "finding", {"status": S.DRAFT}, {"status": S.VOIDED}, None, "refused_transition"),  # undoing the office
    (TEAM, "finding", {"status": S.DRAFT}, {"status": S.NOTIFIED}, None, "refused_transition"),
    (TEAM, "finding", {"status": "nonsense"}, {"status": S.DRAFT}, None, "refused_status"),
    (OFFICE, "finding", {"status": S.REVIEWED}, {"status": S.SUBMITTED}, None, "allowed"),
    (OFFICE, "finding", {"status": S.DRAFT}, {"status": S.SUBMITTED}, None, "allowed"),       # sent back
    (OFFICE, "finding", {"status": S.DRAFT}, {"status": S.VOIDED}, None, "refused_transition"),
    (OFFICE, "finding", {"status": S.SUBMITTED}, {"status": S.CLOSED}, None, "refused_transition"),
    (OFFICE, "finding", {"deleted": False}, {"deleted": True, "status": S.DRAFT}, None, "refused_revived"),
    # the office's own records
    (TEAM, "handling", {"sanction_code": "circulated_criticism"}, None, None, "refused_entity"),
    (TEAM, "rectification", {"accepted": True}, None, None, "refused_entity"),
    (TEAM, "notice", {"title": "通报"}, None, None, "refused_entity"),
    # photos: added to a draft or submitted finding, changed only while it is a draft
    (TEAM, "evidence", {"sha256": "a" * 64}, None, S.DRAFT, "allowed"),
    (TEAM, "evidence", {"sha256": "a" * 64}, None, S.SUBMITTED, "allowed"),
    (TEAM, "evidence", {"sha256": "a" * 64}, None, S.REVIEWED, "refused_reviewed"),
    (TEAM, "evidence", {"rotation": 90}, {"rotation": 0}, S.DRAFT, "allowed"),
    (TEAM, "evidence", {"rotation": 90}, {"rotation": 0}, S.SUBMITTED, "refused_reviewed"),
    (TEAM, "evidence", {"rotation": 90}, {"rotation": 0}, None, "allowed"),       # a visit's photo
    (OFFICE, "evidence", {"redactions": [{}]}, {"redactions": []}, S.NOTIFIED, "allowed"),
    (TEAM, "evidence", {"deleted": False}, {"deleted": True}, S.DRAFT, "refused_revived"),
])
def test_who_may_do_what(role, entity, fields, current, finding_status, expected):
    assert code(role, entity, fields, current, finding_status) == expected


@given(st.sampled_from(list(S)), st.sampled_from(list(S)), st.sampled_from([ADMIN, OFFICE, TEAM]))
def test_no_role_makes_a_move_the_workflow_does_not_have(current, target, role):
    allowed = code(role, "finding", {"status": target}, {"status": current}) == "allowed"
    if current != target:
        assert allowed == (target in TRANSITIONS[current] and (current, target) in MOVES[role])
    assert not (allowed and current is S.VOIDED and target is not S.VOIDED)  # a voided finding stays voided


@given(st.sampled_from(sorted(ENTITIES)), st.dictionaries(st.sampled_from(["name", "status", "deleted", "note"]),
                                                        st.one_of(st.none(), st.booleans(), st.text(max_size=3))))
def test_a_team_never_writes_what_is_the_offices(entity, fields):
    if entity in ("unit", "team", "user", "device", "handling", "rectification", "notice", "notice_finding",
                  "complaint", "complainant", "complaint_step", "satisfaction_survey"):
        assert code(TEAM, entity, fields) == "refused_entity"
    # the administrator writes anything but who complained: that is the complaint handlers' alone
    expected = "refused_entity" if entity == "complainant" else "allowed"
    assert code(ADMIN, entity, {k: v for k, v in fields.items() if k != "status"}) == expected


def test_what_the_hub_imposes_on_a_teams_new_records():
    team = uuid.uuid4()
    assert imposed(TEAM, team, "person", {"name": "新人员"}) == {"provisional": True, "team_id": None}
    assert imposed(TEAM, team, "finding", {"team_id": None}) == {"team_id": team}
    assert imposed(TEAM, team, "finding", {"team_id": team}) == {}
    assert imposed(OFFICE, None, "person", {"name": "新人员"}) == {}


def test_a_laptop_on_its_own_may_do_everything():
    assert may(None, "handling", {"sanction_code": "x"}) and not may(TEAM, "handling", {"sanction_code": "x"})

"""The hub's access policy on its own, without a database: who reads which records, and who may
write which kind of record in which scope (the authority over fields and statuses, the table the
hub and the laptop share, is tested in tests/domain/test_authority.py)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given, strategies as st

from inspector_app.domain.enums import FindingStatus, UserRole
from inspector_app.domain.models import ENTITIES
from inspector_app.hub.policy import Principal, Refused, check_write, scope_of

TEAM, OTHER = uuid.UUID(int=1), uuid.UUID(int=2)  # fixed: test ids must be the same in every worker


def who(role: str, team: uuid.UUID | None = None) -> Principal:
    return Principal(uuid.uuid4(), uuid.uuid4(), role, role, team)


ADMIN, OFFICE, INSPECTOR = who(UserRole.ADMIN), who(UserRole.OFFICE), who(UserRole.INSPECTOR, TEAM)
OURS, THEIRS = f"team:{TEAM}", f"team:{OTHER}"


def outcome(principal: Principal, entity: str, fields: dict, scope: str) -> str:
    try:
        check_write(principal, entity, fields, scope)
    except Refused as refused:
        return refused.code
    return "allowed"


@pytest.mark.parametrize("principal, entity, fields, scope, expected", [
    # reference data: every role's devices receive it; the office keeps it
    (OFFICE, "unit", {"name": "区人社局"}, "all", "allowed"),
    (INSPECTOR, "unit", {"name": "区人社局"}, "all", "refused_entity"),
    (INSPECTOR, "person", {"name": "新人员"}, "all", "allowed"),
    # users and devices are the administrator's
    (OFFICE, "user", {"display_name": "王"}, "all", "refused_entity"),
    (ADMIN, "user", {"display_name": "王"}, "all", "allowed"),
    (ADMIN, "device", {"revoked": True}, "office", "allowed"),
    # the team's own work
    (INSPECTOR, "finding", {"description": "…"}, OURS, "allowed"),
    (INSPECTOR, "finding", {"description": "…"}, THEIRS, "hub_refused_team"),
    (INSPECTOR, "finding", {"description": "…"}, "office", "hub_refused_team"),
    (INSPECTOR, "evidence", {"rotation": 90}, OURS, "allowed"),
    (INSPECTOR, "inspection", {"title": "暗访"}, OURS, "allowed"),
    # the office's decisions: handling, notices, rectification
    (INSPECTOR, "handling", {"sanction_code": "circulated_criticism"}, OURS, "refused_entity"),
    (INSPECTOR, "notice", {"title": "通报"}, "office", "refused_entity"),
    (INSPECTOR, "rectification", {"accepted": True}, OURS, "refused_entity"),
    (OFFICE, "handling", {"sanction_code": "circulated_criticism"}, OURS, "allowed"),
    (OFFICE, "finding", {"description": "…"}, THEIRS, "allowed"),
    # a finding's status: a team submits, sends back or voids; the office decides the rest
    (INSPECTOR, "finding", {"status": FindingStatus.SUBMITTED}, OURS, "allowed"),
    (INSPECTOR, "finding", {"status": FindingStatus.VOIDED}, OURS, "refused_status"),  # voiding is the office's
    (INSPECTOR, "finding", {"status": FindingStatus.REVIEWED}, OURS, "refused_status"),
    (INSPECTOR, "finding", {"status": FindingStatus.NOTIFIED}, OURS, "refused_status"),
    (INSPECTOR, "finding", {"status": "no such status"}, OURS, "refused_status"),
    (OFFICE, "finding", {"status": FindingStatus.REVIEWED}, OURS, "allowed"),
])
def test_who_may_write_what(principal, entity, fields, scope, expected):
    assert outcome(principal, entity, fields, scope) == expected


@given(st.sampled_from(sorted(ENTITIES)), st.sampled_from(["all", "office", OURS, THEIRS]))
def test_an_administrator_may_write_anything_but_who_complained_and_the_office_all_but_accounts(entity, scope):
    assert outcome(ADMIN, entity, {}, scope) == ("refused_entity" if entity == "complainant" else "allowed")
    assert outcome(OFFICE, entity, {}, scope) == ("refused_entity" if entity in ("user", "device") else "allowed")


@given(st.sampled_from(sorted(ENTITIES)), st.sampled_from(["all", "office", OURS, THEIRS]))
def test_an_inspector_never_writes_outside_the_team_or_the_shared_records(entity, scope):
    if outcome(INSPECTOR, entity, {}, scope) == "allowed":
        assert scope in ("all", OURS)


def test_who_reads_what():
    assert OFFICE.scopes() is None and ADMIN.scopes() is None
    assert OFFICE.hidden() == [] and ADMIN.hidden() == ["confidential"]  # who complained: the handlers alone
    assert OFFICE.may_read("confidential") and not ADMIN.may_read("confidential")
    assert not INSPECTOR.may_read("confidential") and not INSPECTOR.may_read("office")
    assert INSPECTOR.scopes() == ["all", OURS]
    assert who(UserRole.INSPECTOR).scopes() == ["all"]
    assert (INSPECTOR.home(), OFFICE.home()) == (OURS, "office")


@pytest.mark.parametrize("entity, values, parents, expected", [
    ("unit", {}, {}, "all"),
    ("person", {"team_id": TEAM}, {}, "all"),          # reference data whatever it names
    ("notice", {}, {}, "office"),
    ("complaint_step", {}, {}, "office"),
    ("complainant", {"complaint_id": TEAM}, {}, "confidential"),
    ("evidence", {"complaint_id": TEAM}, {("complaint", TEAM): "office"}, "office"),
    ("finding", {"team_id": TEAM}, {}, OURS),
    ("evidence", {"finding_id": "f"}, {("finding", "f"): THEIRS}, THEIRS),
    ("evidence", {"finding_id": "f", "visit_id": "v"}, {("visit", "v"): OURS}, OURS),  # a finding not on the hub
    ("handling", {"finding_id": "f"}, {}, "fallback"),
])
def test_a_record_takes_its_scope_from_its_kind_its_team_or_the_record_it_belongs_to(entity, values, parents,
                                                                                     expected):
    assert scope_of(entity, values, lambda kind, key: parents.get((kind, key)), "fallback") == expected

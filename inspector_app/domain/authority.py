"""Who may do what to the office's records (权限): each role's authority over each kind of record,
its fields and a finding's status, as tables. Pure: the hub enforces it on every operation, and the
laptop asks it before it offers a person an action, so the window never offers what the hub would
refuse.

- The office (and the administrator) keep the district's reference data: units, teams, the roster.
  Only the administrator manages users and devices.
- An inspection team creates and edits its own inspections, visits, findings and their evidence.
  A finding is the team's to change while it is a draft; submitting it hands it to the office,
  which reviews, decides, sends back, voids, notifies and closes. Photos may still be added to a
  submitted finding (a card is often read in the evening), not once it is reviewed.
- A person the team meets in the field may be added to the roster, as provisional until the office
  confirms or merges them; the team never changes the roster otherwise.
- Who complained is confidential: only office staff (who handle complaints) read and write it, not
  the administrator.
- What is voided or deleted does not come back (docs/sync.md invariant 9).

A refusal is a message id and its parameters, worded by whoever reads it.
"""

from __future__ import annotations

import uuid
from typing import Any

from inspector_app.domain.enums import FindingStatus as S, Labelled, RecordKind, UserRole
from inspector_app.domain.models import ENTITIES
from inspector_app.domain.workflow import TRANSITIONS

Refusal = tuple[str, dict[str, Any]]

OFFICE_ROLES = frozenset({UserRole.ADMIN, UserRole.OFFICE})
CONFIDENTIAL = frozenset({"complainant"})  # kinds of record only these roles read or write:
CONFIDENTIAL_READERS = frozenset({UserRole.OFFICE})
# the kinds of record each role may write
WRITES: dict[str, frozenset[str]] = {
    UserRole.ADMIN: frozenset(ENTITIES) - CONFIDENTIAL,
    UserRole.OFFICE: frozenset(ENTITIES) - {"user", "device"},
    UserRole.INSPECTOR: frozenset({"person", "inspection", "inspection_unit", "visit", "finding", "evidence"}),
}
# kinds a role may add but, once added, not change: the roster, for a team
ADD_ONLY: dict[str, frozenset[str]] = {UserRole.INSPECTOR: frozenset({"person"})}
# the moves of a finding's status each role may make (the workflow decides which moves exist)
MOVES: dict[str, frozenset[tuple[S, S]]] = {
    UserRole.ADMIN: frozenset((a, b) for a, targets in TRANSITIONS.items() for b in targets),
    UserRole.OFFICE: frozenset((a, b) for a, targets in TRANSITIONS.items() for b in targets),
    UserRole.INSPECTOR: frozenset({(S.DRAFT, S.SUBMITTED)}),
}
# the statuses a new finding may have, by role
FIRST: dict[str, frozenset[S]] = {
    UserRole.ADMIN: frozenset(S), UserRole.OFFICE: frozenset(S),
    UserRole.INSPECTOR: frozenset({S.DRAFT, S.SUBMITTED}),
}
# while a finding is in these statuses, its team may change it and its evidence …
TEAM_CHANGES = frozenset({S.DRAFT})
# … and add evidence to it
TEAM_ADDS_EVIDENCE = frozenset({S.DRAFT, S.SUBMITTED})


def reads_complainants(role: str | None) -> bool:
    """Office staff, who handle complaints (and a laptop on its own); not the administrator."""
    return role is None or role in CONFIDENTIAL_READERS


def is_office(role: str | None) -> bool:
    """Office staff and administrators; None (a laptop enrolled with no hub) works on its own data alone."""
    return role is None or role in OFFICE_ROLES


def refusal(role: str, entity: str, fields: dict[str, Any], current: dict[str, Any] | None = None,
            finding_status: str | None = None) -> Refusal | None:
    """Why `role` may not write these fields of a record of this kind, None if it may. `current`:
    the record as it stands (None for a new one); `finding_status`: for evidence, the status of the
    finding it belongs to (None if it belongs to a visit only)."""
    if entity not in WRITES.get(role, frozenset()):
        return "refused_entity", {"entity": entity}
    changed = {k: v for k, v in fields.items() if current is None or current.get(k) != v}
    if current is not None and current.get("deleted") and changed.get("deleted") is False:
        return "refused_revived", {"entity": entity}
    if current is not None and changed and entity in ADD_ONLY.get(role, frozenset()):
        return "refused_roster", {}
    if entity == "finding":
        return _finding(role, changed, current)
    if entity == "evidence" and role not in OFFICE_ROLES and finding_status is not None:
        allowed = TEAM_ADDS_EVIDENCE if current is None else TEAM_CHANGES
        if finding_status not in allowed and changed:
            return "refused_reviewed", {"status": finding_status}
    return None


def _finding(role: str, changed: dict[str, Any], current: dict[str, Any] | None) -> Refusal | None:
    target = changed.get("status")
    if current is None:
        if target is not None and target not in FIRST[role]:
            return "refused_status", {"status": target}
        return None
    now = current.get("status")
    if target is not None:
        try:
            move = (S(now), S(target))
        except ValueError:
            return "refused_status", {"status": str(target)[:40]}
        if move[1] not in TRANSITIONS[move[0]]:
            return "refused_transition", {"current": now, "target": target}
        if move not in MOVES[role]:
            return "refused_status", {"status": target}
    if role not in OFFICE_ROLES and now not in TEAM_CHANGES and set(changed) - {"status"}:
        return "refused_reviewed", {"status": now}
    return None


def imposed(role: str, team_id: uuid.UUID | None, entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """What a new record of this kind holds whatever its device sent, by its author's role: a person a
    team adds is provisional and no team's member; a team's inspection or finding is the team's."""
    if role in OFFICE_ROLES:
        return {}
    if entity == "person":
        return {"provisional": True, "team_id": None}
    if entity in ("finding", "inspection") and team_id is not None and not values.get("team_id"):
        return {"team_id": team_id}
    return {}


# the parameters of a refusal that name a kind of record or a status, worded by their labels
LABELLED: dict[str, type[Labelled]] = {"entity": RecordKind, "status": S, "current": S, "target": S}


def labelled(params: dict[str, Any]) -> dict[str, Any]:
    """A refusal's parameters as they are worded: kinds of record and statuses by their labels."""
    out = {}
    for key, value in params.items():
        try:
            out[key] = LABELLED[key](value)
        except (KeyError, ValueError):
            out[key] = value
    return out


def may(role: str | None, entity: str, fields: dict[str, Any], current: dict[str, Any] | None = None,
        finding_status: str | None = None) -> bool:
    """Whether a person of this role may make this change (any role None: a laptop on its own)."""
    return role is None or refusal(role, entity, fields, current, finding_status) is None

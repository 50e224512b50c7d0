"""Who may read and write what on the hub: the scopes of records, and the authority of each role
(`domain.authority`) enforced on every operation. Pure (no database): the hub hands it what it holds.

Every record has a scope: "all" (the reference data every device receives), "office" (the office's
own records), "confidential" (who complained: the office's complaint handlers alone, not even the
administrator) or "team:<id>" (one inspection team's work). A record takes its scope from its kind,
its team, or the record it belongs to (a photo its finding's); a device reads the scopes its user's
role allows, and a team writes only in its own. An operation refused is refused whole, with the
reason as a message id.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from inspector_app.domain import authority

PUBLIC = frozenset({"unit", "person", "team", "user", "setting",
                    "commitment"})  # a unit's service commitments: what an inspector checks on a visit
OFFICE_ONLY = frozenset({"device", "notice", "notice_finding", "complaint", "complaint_step",
                         "satisfaction_survey", "appraisal"})
# the record whose scope a record inherits: (column, kind of record), tried in order
PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "visit": (("inspection_id", "inspection"),),
    "inspection_unit": (("inspection_id", "inspection"),),
    "evidence": (("finding_id", "finding"), ("visit_id", "visit"), ("complaint_id", "complaint")),
    "handling": (("finding_id", "finding"),),
    "rectification": (("finding_id", "finding"),),
}
CONFIDENTIAL = "confidential"


@dataclass(frozen=True)
class Principal:
    """The device and user behind a request."""
    device_id: uuid.UUID
    user_id: uuid.UUID
    username: str
    role: str
    team_id: uuid.UUID | None

    @property
    def is_office(self) -> bool:
        """Office staff and administrators read and write every scope."""
        return self.role in authority.OFFICE_ROLES

    def scopes(self) -> list[str] | None:
        """The record scopes this principal may read; None for every one but `hidden()`."""
        if self.is_office:
            return None
        return ["all"] + ([f"team:{self.team_id}"] if self.team_id else [])

    def hidden(self) -> list[str]:
        """The scopes an office principal may not read: complainants, unless a complaint handler."""
        return [] if self.role in authority.CONFIDENTIAL_READERS else [CONFIDENTIAL]

    def may_read(self, scope: str) -> bool:
        scopes = self.scopes()
        return scope in scopes if scopes is not None else scope not in self.hidden()

    def home(self) -> str:
        """The scope of a new record that names none: the user's team's, else the office's."""
        return f"team:{self.team_id}" if self.team_id else "office"


class Refused(Exception):
    """An operation the policy or the hub's checks refuse: a message id and its parameters, worded by
    whoever reads them. It is acknowledged and kept as a conflict for the office, not applied."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


def scope_of(entity: str, values: dict[str, Any], parent_scope: Callable[[str, Any], str | None],
             fallback: str) -> str:
    """Who may read a record with these values: everyone (reference data), the office, one team, or
    whoever may read the record it belongs to (`parent_scope(kind, id)`: that record's scope, None
    while the hub has none); `fallback` when nothing says."""
    if entity in PUBLIC:
        return "all"
    if entity in authority.CONFIDENTIAL:
        return CONFIDENTIAL
    if entity in OFFICE_ONLY:
        return "office"
    if values.get("team_id"):
        return f"team:{values['team_id']}"
    for column, parent in PARENTS.get(entity, ()):
        if values.get(column) and (scope := parent_scope(parent, values[column])):
            return scope
    return fallback


def check_write(who: Principal, entity: str, fields: dict[str, Any], scope: str,
                current: dict[str, Any] | None = None, finding_status: str | None = None) -> None:
    """Raise Refused unless `who` may write these fields of a record of this kind in this scope;
    `current`, `finding_status`: as for `domain.authority.refusal`."""
    if entity not in authority.WRITES.get(who.role, ()):
        raise Refused("refused_entity", entity=entity)
    check_scope(who, scope)
    if why := authority.refusal(who.role, entity, fields, current, finding_status):
        raise Refused(why[0], **why[1])


def check_scope(who: Principal, scope: str) -> None:
    """Raise Refused unless `who` may write records of this scope: a team writes only its own and
    the shared reference data."""
    if not who.is_office and scope not in ("all", f"team:{who.team_id}"):
        raise Refused("hub_refused_team")

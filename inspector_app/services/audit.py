"""The audit log checked as a chain: how many entries hold together, and where it first breaks."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app.domain.audit import Break
from inspector_app.services.workspace import Workspace
from inspector_app.store import audit


@dataclass(frozen=True)
class AuditCheck:
    entries: int            # the entries that hold together from the first
    broken: Break | None    # where it first breaks; None: the whole log holds


def verify(ws: Workspace) -> AuditCheck:
    with ws.db.session() as s:
        return AuditCheck(*audit.check(s.connection()))

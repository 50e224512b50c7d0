"""What a data directory holds: its records counted, its schema, and bringing an older one up to date."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import func, select

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.models import Evidence, Finding, Person, Unit
from inspector_app.services.workspace import Workspace
from inspector_app.store import migrate

COUNTED = {"units": Unit, "people": Person, "findings": Finding, "evidence": Evidence}


def counts(ws: Workspace) -> dict[str, int]:
    """How many units, people, findings and evidence records, and how many findings are still open
    (draft or submitted)."""
    with ws.db.session() as s:
        out = {name: s.exec(select(func.count()).select_from(model)).one() for name, model in COUNTED.items()}
        out["open"] = s.exec(select(func.count()).select_from(Finding).where(
            Finding.status.in_([FindingStatus.DRAFT, FindingStatus.SUBMITTED]))).one()
    return out


@dataclass(frozen=True)
class Upgrade:
    before: str | None  # the revision found, None for a new data directory
    after: str
    path: Path


def upgrade(data_dir: Path) -> Upgrade:
    """Open the data directory, which brings its database to this version's schema after a backup."""
    ws = Workspace.open(data_dir)
    try:
        return Upgrade(ws.db.found_revision, migrate.head_revision(), ws.db.path)
    finally:
        ws.close()

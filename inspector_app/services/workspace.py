"""An opened data directory as the use cases see it: the database, the reference data (catalogue
and escalation ladder) and the person at work. The window and the command line each hold one and
hand it to every service they call."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from pathlib import Path

from inspector_app.domain.reference import Reference, load_reference
from inspector_app.store.database import Database, storage_errors  # noqa: F401 (the window's logs use it too)


@dataclass
class Workspace:
    db: Database
    ref: Reference
    actor: str = field(default_factory=getpass.getuser)

    @classmethod
    def open(cls, data_dir: Path, actor: str | None = None) -> Workspace:
        """Open (creating if needed) a data directory: its database migrated after a backup, its reference data."""
        db = Database.open(data_dir)
        return cls(db, load_reference(db.data_dir), actor or getpass.getuser())

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    def close(self) -> None:
        self.db.close()


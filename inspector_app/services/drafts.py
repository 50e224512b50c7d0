"""The half-typed finding, kept on disk as it is typed so that a crash or a killed app loses nothing;
sealed with the data directory's key, as the photos are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from inspector_app.blobs import seal, unseal
from inspector_app.fileio import write_atomically
from inspector_app.services.workspace import Workspace


def draft_path(data_dir: Path, name: str = "quick-entry") -> Path:
    return Path(data_dir) / "drafts" / f"{name}.json"


class Draft:
    """One form's draft in a data directory."""

    def __init__(self, ws: Workspace, name: str = "quick-entry") -> None:
        self.path = draft_path(ws.data_dir, name)
        self.key = ws.db.keys.derive("drafts")

    def save(self, data: dict[str, Any]) -> None:
        """Replace the draft atomically: the old one or the new one survives a crash, never half."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, seal(json.dumps(data, ensure_ascii=False).encode("utf-8"), self.key))

    def load(self) -> dict[str, Any] | None:
        try:
            data = json.loads(unseal(self.path.read_bytes(), self.key).decode("utf-8"))
        except (OSError, ValueError):  # missing, unreadable, or not sealed with this key (Damaged)
            return None
        return data if isinstance(data, dict) else None

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)

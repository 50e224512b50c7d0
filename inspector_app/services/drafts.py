"""The half-typed finding, kept on disk as it is typed so that a crash or a killed app loses nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from inspector_app.fileio import write_atomically


def draft_path(data_dir: Path, name: str = "quick-entry") -> Path:
    return data_dir / "drafts" / f"{name}.json"


def save_draft(path: Path, data: dict[str, Any]) -> None:
    """Replace the draft atomically: the old one or the new one survives a crash, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def load_draft(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def clear_draft(path: Path) -> None:
    path.unlink(missing_ok=True)

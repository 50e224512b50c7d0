"""The half-typed finding, kept on disk as it is typed so that a crash or a killed app loses nothing."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def draft_path(data_dir: Path, name: str = "quick-entry") -> Path:
    return data_dir / "drafts" / f"{name}.json"


def save_draft(path: Path, data: dict[str, Any]) -> None:
    """Replace the draft atomically: the old one or the new one survives a crash, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_draft(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def clear_draft(path: Path) -> None:
    path.unlink(missing_ok=True)

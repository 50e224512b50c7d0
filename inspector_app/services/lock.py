"""The password that opens this laptop's data (store/vault): it unlocks the lock screen (Ctrl+L), is
changed by its user, or reset with the office's recovery key when forgotten."""

from __future__ import annotations

import hmac
from pathlib import Path

from inspector_app.errors import InspectorError
from inspector_app.services.workspace import Workspace
from inspector_app.store import vault


def check_password(ws: Workspace, password: str) -> bool:
    """Does `password` open this data directory's key?"""
    try:
        return hmac.compare_digest(vault.unlock(ws.data_dir, password).data_key, ws.db.keys.data_key)
    except InspectorError as exc:
        if exc.key != "password_wrong":
            raise
        return False


def set_password(ws: Workspace, password: str) -> None:
    """The data key wrapped by a new password (the data is not encrypted again)."""
    vault.set_password(ws.data_dir, ws.db.keys, password)


def change_password(ws: Workspace, old: str, new: str) -> None:
    """The person's own change: the old password must open the data first."""
    if not check_password(ws, old):
        raise InspectorError("password_wrong")
    set_password(ws, new)


def recover(data_dir: Path, recovery_key: Path, new: str) -> None:
    """A forgotten password replaced: the office's recovery private key opens the data key, the new
    password wraps it (on any machine: the data directory may be a copy)."""
    vault.recover(Path(data_dir).expanduser().resolve(), vault.load_recovery_key(recovery_key), new)

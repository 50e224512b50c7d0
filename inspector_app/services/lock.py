"""The password that opens this laptop's data (store/vault): it unlocks the lock screen (Ctrl+L), is
changed by its user, or reset with the office's recovery key when forgotten; the command line may
keep it in the OS keyring (GNOME Keyring, KWallet, Windows Credential Manager, macOS Keychain) for
its user, one entry per data directory."""

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
    """The person's own change: the old password must open the data first; one the keyring kept
    is replaced there too."""
    if not check_password(ws, old):
        raise InspectorError("password_wrong")
    set_password(ws, new)
    if remembered(ws.data_dir) is not None:
        _keep(ws.data_dir, new)


KEYRING_SERVICE = "inspector"  # the keyring entry's service; its user name is the data directory


def remembered(data_dir: Path) -> str | None:
    """The password the OS keyring keeps for this data directory; None when it keeps none, or there
    is no keyring to ask."""
    import keyring  # loads its backends: only when a password is wanted
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, _account(data_dir))
    except KeyringError:
        return None


def remember(ws: Workspace, password: str) -> None:
    """Keep the password in the OS keyring, once it is known to open this data."""
    if not check_password(ws, password):
        raise InspectorError("password_wrong")
    _keep(ws.data_dir, password)


def _keep(data_dir: Path, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _account(data_dir), password)
    except KeyringError as exc:
        raise InspectorError("keyring_unavailable", detail=str(exc) or type(exc).__name__) from exc


def forget(data_dir: Path) -> bool:
    """The keyring's entry for this data directory removed; False when it had none."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, _account(data_dir))
    except PasswordDeleteError:
        return False
    except KeyringError as exc:
        raise InspectorError("keyring_unavailable", detail=str(exc) or type(exc).__name__) from exc
    return True


def _account(data_dir: Path) -> str:
    return str(Path(data_dir).expanduser().resolve())


def recover(data_dir: Path, recovery_key: Path, new: str) -> None:
    """A forgotten password replaced: the office's recovery private key opens the data key, the new
    password wraps it (on any machine: the data directory may be a copy)."""
    vault.recover(Path(data_dir).expanduser().resolve(), vault.load_recovery_key(recovery_key), new)

"""The password that unlocks the app's lock screen (Ctrl+L), kept on this device only (scrypt, salted)."""

from __future__ import annotations

import hashlib
import hmac
import os

from inspector_app.domain.models import LocalState
from inspector_app.services.workspace import Workspace

KEY = "lock_password"


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2**14, r=8, p=1)


def has_password(ws: Workspace) -> bool:
    with ws.db.session() as s:
        return s.get(LocalState, KEY) is not None


def set_password(ws: Workspace, password: str) -> None:
    salt = os.urandom(16)
    with ws.db.session() as s:
        row = s.get(LocalState, KEY) or LocalState(key=KEY, value="")
        row.value = salt.hex() + "$" + _hash(password, salt).hex()
        s.add(row)


def check_password(ws: Workspace, password: str) -> bool:
    with ws.db.session() as s:
        row = s.get(LocalState, KEY)
    if row is None:
        return False
    salt_hex, digest_hex = row.value.split("$", 1)
    return hmac.compare_digest(_hash(password, bytes.fromhex(salt_hex)).hex(), digest_hex)

"""The data directory's keys: one random data key per laptop, which encrypts the database
(SQLCipher), the photos and the hub credentials, kept only wrapped (AES-256-GCM) in the key file —
once by a key derived from the user's password (Argon2id, its parameters recorded beside it), once
to the office's recovery public key (X25519), so that the office can recover a laptop whose user
forgot the password. A changed password re-wraps the data key; nothing is encrypted again."""

from __future__ import annotations

import base64
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector_app.errors import InspectorError
from inspector_app.fileio import write_atomically

KEY_FILE = "inspector.keys"
FORMAT = 1
PASSWORD_MIN = 8  # as the hub asks of its users
# Argon2id as RFC 9106's second recommendation (64 MiB, 3 passes, 4 lanes): about 0.2 s here.
COST = {"memory_kib": 64 * 1024, "iterations": 3, "lanes": 4}
WRAP_AAD = b"inspector data key"

_kek_cache: dict[tuple[bytes, str, str], bytes] = {}  # (salt, parameters, password) → key: one derivation a process
_cache_lock = threading.Lock()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def unb64(text: str) -> bytes:
    return base64.b64decode(text)


@dataclass(frozen=True)
class Keys:
    """The unwrapped data key, and the keys each part of the directory uses, derived from it."""
    data_key: bytes

    def derive(self, purpose: str) -> bytes:
        return HKDF(hashes.SHA256(), 32, salt=None, info=f"inspector {purpose}".encode()).derive(self.data_key)

    @property
    def database(self) -> bytes:
        return self.derive("database")

    @property
    def blobs(self) -> bytes:
        return self.derive("blobs")

    @property
    def credentials(self) -> bytes:
        return self.derive("credentials")


def key_file(data_dir: Path) -> Path:
    return Path(data_dir) / KEY_FILE


def exists(data_dir: Path) -> bool:
    return key_file(data_dir).is_file()


def _password_key(password: str, kdf: dict[str, Any]) -> bytes:
    salt = unb64(kdf["salt"])
    cached = (salt, json.dumps(kdf, sort_keys=True), password)
    with _cache_lock:
        if cached in _kek_cache:
            return _kek_cache[cached]
    key = Argon2id(salt=salt, length=32, iterations=kdf["iterations"], lanes=kdf["lanes"],
                   memory_cost=kdf["memory_kib"]).derive(password.encode("utf-8"))
    with _cache_lock:
        _kek_cache[cached] = key
    return key


def _wrap(kek: bytes, data_key: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": b64(nonce), "wrapped": b64(AESGCM(kek).encrypt(nonce, data_key, WRAP_AAD))}


def _unwrap(kek: bytes, box: dict[str, str]) -> bytes:
    return AESGCM(kek).decrypt(unb64(box["nonce"]), unb64(box["wrapped"]), WRAP_AAD)


def check_password(password: str) -> None:
    """Refuse an empty or short password, in the user's words."""
    if len(password or "") < PASSWORD_MIN:
        raise InspectorError("password_short", limit=PASSWORD_MIN)


def _password_box(password: str, data_key: bytes) -> dict[str, Any]:
    check_password(password)
    kdf = {"name": "argon2id", "salt": b64(os.urandom(16)), **COST}
    return {"kdf": kdf, **_wrap(_password_key(password, kdf), data_key)}


def _recovery_kek(shared: bytes, ephemeral: bytes, office: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=ephemeral + office, info=b"inspector recovery").derive(shared)


def _recovery_box(office_public: str, data_key: bytes) -> dict[str, str]:
    """The data key wrapped to the office's X25519 public key (an ephemeral key agreement, as in ECIES)."""
    office = X25519PublicKey.from_public_bytes(unb64(office_public))
    ephemeral = X25519PrivateKey.generate()
    mine = ephemeral.public_key().public_bytes_raw()
    kek = _recovery_kek(ephemeral.exchange(office), mine, office.public_bytes_raw())
    return {"office_key": office_public, "ephemeral": b64(mine), **_wrap(kek, data_key)}


def _read(data_dir: Path) -> dict[str, Any]:
    path = key_file(data_dir)
    try:
        content = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise InspectorError("vault_missing", path=str(path)) from None
    except (OSError, ValueError) as exc:
        raise InspectorError("vault_unreadable", path=str(path), detail=str(exc)) from None
    if content.get("format") != FORMAT:
        raise InspectorError("vault_unreadable", path=str(path), detail=f"format {content.get('format')}")
    return content


def _write(data_dir: Path, content: dict[str, Any]) -> None:
    path = key_file(data_dir)
    write_atomically(path, json.dumps(content, indent=1).encode("utf-8"))  # 0600, as mkstemp makes it


def create(data_dir: Path, password: str, office_public: str | None = None) -> Keys:
    """A new random data key for `data_dir`, wrapped by the password (and to the office's recovery
    key when known); the key file written whole. Refuses to replace an existing key file."""
    if exists(data_dir):
        raise InspectorError("vault_exists", path=str(key_file(data_dir)))
    data_key = os.urandom(32)
    content = {"format": FORMAT, "password": _password_box(password, data_key),
               "recovery": _recovery_box(office_public, data_key) if office_public else None}
    Path(data_dir).mkdir(parents=True, exist_ok=True)
    _write(data_dir, content)
    return Keys(data_key)


def unlock(data_dir: Path, password: str) -> Keys:
    """The data key, unwrapped by the password; InspectorError("password_wrong") opens nothing."""
    box = _read(data_dir)["password"]
    try:
        return Keys(_unwrap(_password_key(password or "", box["kdf"]), box))
    except InvalidTag:
        raise InspectorError("password_wrong") from None


def set_password(data_dir: Path, keys: Keys, new: str) -> None:
    """Wrap the data key (in hand: the directory is open) by a new password; the data stays as it is."""
    content = _read(data_dir)
    content["password"] = _password_box(new, keys.data_key)
    _write(data_dir, content)


def change_password(data_dir: Path, old: str, new: str) -> None:
    """Wrap the data key by a new password: the old one must open it."""
    set_password(data_dir, unlock(data_dir, old), new)


def set_recovery(data_dir: Path, keys: Keys, office_public: str) -> bool:
    """Wrap the data key to the office's recovery public key; False when it already is."""
    content = _read(data_dir)
    if (content.get("recovery") or {}).get("office_key") == office_public:
        return False
    X25519PublicKey.from_public_bytes(unb64(office_public))  # a malformed key is refused before writing
    content["recovery"] = _recovery_box(office_public, keys.data_key)
    _write(data_dir, content)
    return True


def recovery_key_of(data_dir: Path) -> str | None:
    """The office's recovery public key this directory's data key is wrapped to, if any."""
    return (_read(data_dir).get("recovery") or {}).get("office_key")


def recover(data_dir: Path, office_private: X25519PrivateKey, new_password: str) -> Keys:
    """With the office's recovery private key: the data key, wrapped again by a new password."""
    content = _read(data_dir)
    box = content.get("recovery")
    if not box:
        raise InspectorError("vault_no_recovery", path=str(key_file(data_dir)))
    office = office_private.public_key().public_bytes_raw()
    if unb64(box["office_key"]) != office:
        raise InspectorError("vault_other_recovery_key")
    try:
        ephemeral = unb64(box["ephemeral"])
        shared = office_private.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        data_key = _unwrap(_recovery_kek(shared, ephemeral, office), box)
    except InvalidTag:
        raise InspectorError("vault_other_recovery_key") from None
    content["password"] = _password_box(new_password, data_key)
    _write(data_dir, content)
    return Keys(data_key)


# --- the office's recovery key (the pair is made by the hub's admin: hub.store.new_recovery_key) ----

def load_recovery_key(path: Path) -> X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise InspectorError("vault_recovery_key_unreadable", path=str(path), detail=str(exc)) from None
    if not isinstance(key, X25519PrivateKey):
        raise InspectorError("vault_recovery_key_unreadable", path=str(path), detail="not X25519")
    return key


def public_key_valid(text: str) -> bool:
    try:
        X25519PublicKey.from_public_bytes(unb64(text))
        return True
    except ValueError:
        return False


def raw_sqlcipher_key(keys: Keys) -> str:
    """The database key as SQLCipher takes a raw key (no PBKDF2 of its own: ours ran already)."""
    return f"x'{keys.database.hex()}'"

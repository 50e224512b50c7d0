"""What this laptop keeps to talk to its hub: the hub's address and keys, the device's bearer token
and its Ed25519 signing key (for bundles).

The secrets live in one file in the data directory, readable by the owner only and encrypted
(Fernet) with a key derived from the directory's data key (store/vault): without the user's password
(or the office's recovery key) the file gives nothing away. A file an earlier version encrypted with
a key derived from the machine's identity is read once and sealed anew.
"""

from __future__ import annotations

import base64
import getpass
import json
import platform
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from inspector_app.errors import InspectorError
from inspector_app.fileio import write_atomically
from inspector_app.store.database import Database

FILE = "hub-credentials.bin"


@dataclass
class Credentials:
    hub_url: str
    hub_id: str
    token: str
    hub_public_key: str     # X25519, bundles to the hub are encrypted to it
    hub_signing_key: str    # Ed25519, the hub signs its bundles with it
    device_key: str         # this device's Ed25519 private key (signs its bundles), base64
    box_key: str            # this device's X25519 private key (opens the hub's bundles), base64
    user: str
    role: str
    team_id: str = ""       # the user's inspection team, "" for office staff

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(self.device_key))

    def opening_key(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(base64.b64decode(self.box_key))


def _machine_secret() -> bytes:
    for path in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        try:
            return Path(path).read_bytes().strip()
        except OSError:
            continue
    if platform.system() == "Windows":
        import winreg  # noqa: PLC0415 - Windows only

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
            return str(winreg.QueryValueEx(key, "MachineGuid")[0]).encode()
    return f"{platform.node()}/{getpass.getuser()}".encode()


def _earlier_fernet(device_id: str) -> Fernet:
    """The key an earlier version sealed the file with: derived from the machine's identity."""
    kdf = Scrypt(salt=uuid.UUID(device_id).bytes, length=32, n=2 ** 14, r=8, p=1)
    return Fernet(base64.urlsafe_b64encode(kdf.derive(_machine_secret())))


def _fernet(db: Database) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(db.keys.credentials))


def save(db: Database, creds: Credentials) -> None:
    path = Path(db.data_dir) / FILE
    write_atomically(path, _fernet(db).encrypt(json.dumps(asdict(creds)).encode()))  # 0600, as mkstemp makes it


def load(db: Database) -> Credentials:
    """This device's credentials; InspectorError when it is not enrolled or the file is unusable here."""
    path = Path(db.data_dir) / FILE
    if not path.exists():
        raise InspectorError("sync_not_enrolled")
    sealed = path.read_bytes()
    try:
        return Credentials(**json.loads(_fernet(db).decrypt(sealed)))
    except InvalidToken:
        pass
    except (ValueError, TypeError):
        raise InspectorError("sync_credentials_unusable", path=str(path)) from None
    try:
        creds = Credentials(**json.loads(_earlier_fernet(db.device_id).decrypt(sealed)))
    except (InvalidToken, ValueError, TypeError):
        raise InspectorError("sync_credentials_unusable", path=str(path)) from None
    save(db, creds)
    return creds


def enrolled(data_dir: Path) -> bool:
    return (Path(data_dir) / FILE).exists()

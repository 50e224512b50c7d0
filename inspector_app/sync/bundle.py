"""Bundle files: sync for offices without a network link, carried on a USB stick.

A bundle carries what an HTTP sync would: a laptop's operations and photos to the hub, or the hub's
records, acknowledgements and photos to one laptop. It is encrypted to its recipient (X25519 key
agreement, HKDF, AES-256-GCM in numbered frames, the last one marked) and signed by its sender
(Ed25519 over the whole file). The signature is checked before anything is decrypted, and
everything is decrypted and checked before anything is applied: a tampered, truncated or foreign
bundle is refused whole.

Layout: MAGIC, header length (4 bytes), header (JSON), frames (4-byte length + ciphertext), and a
64-byte signature. The plaintext is a JSON manifest, then each photo's bytes in order.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from pydantic import BaseModel

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from inspector_app.domain.ids import utcnow
from inspector_app.errors import InspectorError
from inspector_app.blobs import BlobRef, BlobStore
from inspector_app.fileio import atomic_writer

M = TypeVar("M", bound=BaseModel)
MAGIC = b"INSPECTOR-BUNDLE-1\n"
FRAME = 1 << 20
SIGNATURE = 64
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def public_b64(key: X25519PrivateKey | Ed25519PrivateKey) -> str:
    return b64(key.public_key().public_bytes(*_RAW))


def private_b64(key: X25519PrivateKey | Ed25519PrivateKey) -> str:
    return b64(key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                 serialization.NoEncryption()))


def new_device_keys() -> tuple[str, str, str]:
    """Fresh keys for bundles: (Ed25519 private, X25519 private, both public keys as one string)."""
    sign, box = Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
    return private_b64(sign), private_b64(box), f"ed25519:{public_b64(sign)} x25519:{public_b64(box)}"


def public_keys(text: str) -> dict[str, str]:
    """The device's public keys from their registered form: {"ed25519": …, "x25519": …}."""
    return dict(part.split(":", 1) for part in text.split() if ":" in part)


def _key(shared: bytes, header: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=hashlib.sha256(header).digest(), info=b"inspector bundle").derive(shared)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(index: int, last: bool) -> bytes:
    return struct.pack(">I?", index, last)


@dataclass
class Opened:
    """A bundle whose signature, encryption and photos have all been checked."""
    header: dict[str, Any]
    manifest: dict[str, Any]
    photos: list[tuple[Path, BlobRef]]  # checked copies in the recipient's blob store's tmp folder

    def keep_photos(self, blobs: BlobStore, only: set[str] | None = None) -> list[str]:
        """Move the checked photos into the store (`only`: those of these hashes); returns their hashes."""
        kept = []
        for path, ref in self.photos:
            if only is None or ref.sha256 in only:
                blobs.settle(path, ref.sha256)
                kept.append(ref.sha256)
        return kept

    def discard(self) -> None:
        for path, _ in self.photos:
            path.unlink(missing_ok=True)


def write(path: Path, kind: str, sender: str, recipient: str, signing_key: Ed25519PrivateKey,
          recipient_box: str, manifest: dict[str, Any], blobs: BlobStore, photos: list[str]) -> int:
    """Write a bundle (to a temporary name, renamed when whole); returns its size in bytes."""
    ephemeral = X25519PrivateKey.generate()
    prefix = os.urandom(8)
    header = json.dumps({"kind": kind, "from": sender, "to": recipient, "created": utcnow().isoformat(),
                         "ephemeral": public_b64(ephemeral), "nonce": b64(prefix)}).encode()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(base64.b64decode(recipient_box)))
    aes = AESGCM(_key(shared, header))
    digest = hashlib.sha256()
    with atomic_writer(path) as out:
        def emit(data: bytes) -> None:
            digest.update(data)
            out.write(data)

        emit(MAGIC + struct.pack(">I", len(header)) + header)
        chunks = _plaintext(manifest, blobs, photos)
        index, current = 0, next(chunks)
        for following in chunks:
            frame = aes.encrypt(_nonce(prefix, index), current, _aad(index, False))
            emit(struct.pack(">I", len(frame)) + frame)
            index, current = index + 1, following
        frame = aes.encrypt(_nonce(prefix, index), current, _aad(index, True))
        emit(struct.pack(">I", len(frame)) + frame)
        out.write(signing_key.sign(digest.digest()))
    return Path(path).stat().st_size


def _plaintext(manifest: dict[str, Any], blobs: BlobStore, photos: list[str]) -> Iterator[bytes]:
    yield json.dumps(manifest, ensure_ascii=False).encode()
    for sha256 in photos:
        yield from blobs.chunks(sha256)  # pieces of at most FRAME bytes


def manifest(model: type[M], opened: Opened, path: Path) -> M:
    """The opened bundle's manifest as `model` (protocol.ToHub / ToDevice); one that is not is damaged."""
    try:
        return model.model_validate(opened.manifest)
    except ValueError:
        raise InspectorError("bundle_damaged", path=str(path)) from None


def read_header(path: Path) -> dict[str, Any]:
    """The unencrypted header (kind, sender, recipient): enough to find the keys to check it with."""
    with _opened(path) as f:
        return _header(_header_bytes(f, path), path)


def open_bundle(path: Path, kind: str, recipient: str, sender_keys: dict[str, str], box_key: X25519PrivateKey,
                blobs: BlobStore) -> Opened:
    """Check and decrypt a bundle for `recipient` from one of `sender_keys` (id → Ed25519 public key)."""
    path = Path(path)
    with _opened(path) as f:
        header_bytes = _header_bytes(f, path)
        header = _header(header_bytes, path)
        if header["kind"] != kind or header["to"] != recipient or header["from"] not in sender_keys:
            raise InspectorError("bundle_foreign", path=str(path))
        _check_signature(f, path, sender_keys[header["from"]])
        try:  # signed by its sender: what is wrong now was written wrong
            shared = box_key.exchange(X25519PublicKey.from_public_bytes(base64.b64decode(header["ephemeral"])))
            prefix = base64.b64decode(header["nonce"])
        except (KeyError, TypeError, ValueError):
            raise InspectorError("bundle_damaged", path=str(path)) from None
        aes = AESGCM(_key(shared, header_bytes))
        f.seek(len(MAGIC) + 4 + len(header_bytes))
        end = path.stat().st_size - SIGNATURE
        frames = _frames(f, end, aes, prefix, path)
        try:
            manifest = json.loads(next(frames))
            photos = _stage_photos(manifest.get("photos", []), frames, blobs, path)
        except (StopIteration, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise InspectorError("bundle_damaged", path=str(path)) from exc
        return Opened(header, manifest, photos)


@contextmanager
def _opened(path: Path) -> Iterator[BinaryIO]:
    try:
        f = path.open("rb")
    except OSError as exc:
        raise InspectorError("bundle_unreadable", path=str(path), detail=exc.strerror or str(exc)) from exc
    with f:
        yield f


def _header_bytes(f: BinaryIO, path: Path) -> bytes:
    if f.read(len(MAGIC)) != MAGIC:
        raise InspectorError("bundle_not_a_bundle", path=str(path))
    raw = f.read(4)
    size = struct.unpack(">I", raw)[0] if len(raw) == 4 else 0
    header = f.read(size)
    if not 0 < size < 10_000 or len(header) != size:
        raise InspectorError("bundle_damaged", path=str(path))
    return header


def _header(raw: bytes, path: Path) -> dict[str, Any]:
    """The header's fields; a header that is not one (a flipped byte: the signature is checked only
    once the sender is known from it) is damaged."""
    try:
        header = json.loads(raw)
    except ValueError:
        raise InspectorError("bundle_damaged", path=str(path)) from None
    if not isinstance(header, dict) or not all(isinstance(header.get(k), str) for k in ("kind", "from", "to")):
        raise InspectorError("bundle_damaged", path=str(path))
    return header


def _check_signature(f: BinaryIO, path: Path, sender_key: str) -> None:
    size = path.stat().st_size
    if size < len(MAGIC) + 4 + SIGNATURE:
        raise InspectorError("bundle_damaged", path=str(path))
    f.seek(0)
    digest, left = hashlib.sha256(), size - SIGNATURE
    while left:
        chunk = f.read(min(left, FRAME))
        digest.update(chunk)
        left -= len(chunk)
    signature = f.read(SIGNATURE)
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(sender_key)).verify(signature, digest.digest())
    except (InvalidSignature, ValueError):
        raise InspectorError("bundle_tampered", path=str(path)) from None


def _frames(f: BinaryIO, end: int, aes: AESGCM, prefix: bytes, path: Path) -> Iterator[bytes]:
    index, last = 0, False
    while f.tell() < end:
        raw = f.read(4)
        if len(raw) != 4:
            raise InspectorError("bundle_damaged", path=str(path))
        frame = f.read(struct.unpack(">I", raw)[0])
        last = f.tell() == end
        try:
            yield aes.decrypt(_nonce(prefix, index), frame, _aad(index, last))
        except InvalidTag:
            raise InspectorError("bundle_tampered", path=str(path)) from None
        except ValueError:  # a nonce of the wrong length: written wrong
            raise InspectorError("bundle_damaged", path=str(path)) from None
        index += 1
    if not last:
        raise InspectorError("bundle_damaged", path=str(path))


def _stage_photos(listed: list[dict[str, Any]], frames: Iterator[bytes], blobs: BlobStore,
                  path: Path) -> list[tuple[Path, BlobRef]]:
    staged: list[tuple[Path, BlobRef]] = []
    written = []
    pending = b""
    try:
        for item in listed:
            ref = BlobRef(item["sha256"], int(item["size"]))
            into = blobs.incoming()  # sealed and hashed as it is written, as the store keeps it
            written.append(into)
            staged.append((into.tmp, ref))
            left = ref.size
            while left:
                if not pending:
                    pending = next(frames)
                piece, pending = pending[:left], pending[left:]
                into.write(piece)
                left -= len(piece)
            if into.finish() != ref:
                raise InspectorError("bundle_damaged", path=str(path))
        if pending or next(frames, None) is not None:
            raise InspectorError("bundle_damaged", path=str(path))
    except BaseException:
        for into in written:
            into.discard()
        raise
    return staged

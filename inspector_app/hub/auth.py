"""Who may talk to the hub: users with roles and teams (passwords hashed with argon2), devices
enrolled with a one-time code an administrator creates, and the bearer tokens they then carry
(kept on the hub only as SHA-256 hashes)."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from inspector_app.domain.enums import UserRole
from inspector_app.domain.ids import new_id, utcnow
from inspector_app.errors import InspectorError
from inspector_app.hub import schema
from inspector_app.hub.policy import Principal
from inspector_app.hub.records import write_row
from inspector_app.hub.store import Hub, Writer

_hasher = PasswordHasher()
_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud or off paper
user_t = schema.metadata.tables["user"]
team_t = schema.metadata.tables["team"]


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _normal_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def add_user(hub: Hub, username: str, display_name: str, role: str, password: str,
             team: str | None = None) -> uuid.UUID:
    """A new user (an existing one with that name is refused); the team is made when new."""
    if len(password) < 8:
        raise InspectorError("hub_password_short")
    with hub.write() as w:
        if w.conn.execute(select(user_t.c.id).where(user_t.c.username == username)).first():
            raise InspectorError("hub_user_exists", username=username)
        team_id = None
        if team:
            team_id = w.conn.execute(select(team_t.c.id).where(team_t.c.name == team)).scalar()
            if team_id is None:
                team_id = new_id()
                write_row(w, "team", None, {"id": team_id, "name": team}, scope="all")
        user_id = new_id()
        write_row(w, "user", None, {"id": user_id, "username": username, "display_name": display_name or username,
                                    "role": UserRole(role), "team_id": team_id,
                                    "password_hash": _hasher.hash(password)}, scope="all")
        return user_id


def set_password(hub: Hub, username: str, password: str) -> None:
    if len(password) < 8:
        raise InspectorError("hub_password_short")
    with hub.write() as w:
        done = w.conn.execute(update(user_t).where(user_t.c.username == username)
                              .values(password_hash=_hasher.hash(password)))
        if done.rowcount != 1:
            raise InspectorError("hub_no_such_user", username=username)


def enrollment_code(hub: Hub, username: str, valid_days: int = 7) -> str:
    """A one-time code that lets one device of `username` enrol, e.g. "K7QF-3MZD"."""
    code = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    with hub.write() as w:
        user_id = w.conn.execute(select(user_t.c.id).where(user_t.c.username == username)).scalar()
        if user_id is None:
            raise InspectorError("hub_no_such_user", username=username)
        now = utcnow()
        w.conn.execute(insert(schema.enroll_code).values(code_hash=digest(code), user_id=user_id, created_at=now,
                                                         expires_at=now + timedelta(days=valid_days)))
    return f"{code[:4]}-{code[4:]}"


def enroll(w: Writer, code: str, password: str, device_id: uuid.UUID, device_name: str,
           public_key: str) -> tuple[str, dict]:
    """Use a code: check the user's password, register the device, hand out its token."""
    conn = w.conn
    row = conn.execute(select(schema.enroll_code).where(schema.enroll_code.c.code_hash == digest(_normal_code(code)))
                       .with_for_update()).mappings().first()
    now = utcnow()
    if row is None or row["used_at"] is not None or _aware(row["expires_at"]) < now:
        raise InspectorError("hub_code_invalid")
    user = conn.execute(select(user_t).where(user_t.c.id == row["user_id"])).mappings().one()
    try:
        _hasher.verify(user["password_hash"] or "", password)
    except VerificationError:
        raise InspectorError("hub_password_wrong") from None
    if conn.execute(select(schema.device.c.id).where(schema.device.c.id == device_id)).first():
        raise InspectorError("hub_device_known")
    token = secrets.token_urlsafe(32)
    conn.execute(update(schema.enroll_code).where(schema.enroll_code.c.code_hash == row["code_hash"])
                 .values(used_at=now))
    conn.execute(insert(schema.device).values(id=device_id, name=device_name, user_id=user["id"],
                                              token_hash=digest(token), public_key=public_key, enrolled_at=now,
                                              revoked=False, last_seq=0))
    return token, dict(user)


def authenticate(conn: Connection, token: str) -> Principal:
    """The principal for a bearer token; InspectorError (→ 401/403) for an unknown, revoked or forged one."""
    return _principal(conn.execute(_BY_TOKEN, {"token_hash": digest(token)}).first())


def device_principal(conn: Connection, device_id: uuid.UUID) -> Principal:
    """The principal of an enrolled device, for its bundles."""
    return _principal(conn.execute(_BY_DEVICE, {"device_id": device_id}).first())


# built once: every request to the hub asks this, and building the query took longer than running it
_DEVICE_USER = (select(schema.device.c.id, schema.device.c.revoked, user_t.c.id.label("user_id"), user_t.c.username,
                       user_t.c.role, user_t.c.team_id, user_t.c.active, user_t.c.deleted)
                .join(user_t, user_t.c.id == schema.device.c.user_id))
_BY_TOKEN = _DEVICE_USER.where(schema.device.c.token_hash == bindparam("token_hash"))
_BY_DEVICE = _DEVICE_USER.where(schema.device.c.id == bindparam("device_id"))


def _principal(row: Any) -> Principal:
    if row is None:
        raise InspectorError("hub_token_invalid")
    if row.revoked:
        raise InspectorError("hub_device_revoked")
    if not row.active or row.deleted:
        raise InspectorError("hub_user_disabled")
    return Principal(row.id, row.user_id, row.username, row.role, row.team_id)


def revoke_device(hub: Hub, name_or_id: str) -> int:
    """Refuse a lost or retired device from now on; returns how many devices matched."""
    with hub.write() as w:
        match = schema.device.c.name == name_or_id
        try:
            match = match | (schema.device.c.id == uuid.UUID(name_or_id))
        except ValueError:
            pass
        return w.conn.execute(update(schema.device).where(match).values(revoked=True)).rowcount


def _aware(value: datetime) -> datetime:
    """A time from the database in UTC (SQLite hands zone-aware columns back without their zone)."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)

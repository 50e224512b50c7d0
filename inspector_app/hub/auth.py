"""Who may talk to the hub: users with roles and teams (passwords hashed with argon2), devices
enrolled with a one-time code an administrator creates, and the bearer tokens they then carry
(kept on the hub only as SHA-256 hashes)."""

from __future__ import annotations

import hashlib
import math
import secrets
import uuid
from collections.abc import Callable
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
from inspector_app.hub.store import Hub, Writer, operator

_hasher = PasswordHasher()
CODE_TRIES = 3      # wrong passwords with one code before it is burnt
FREE_FAILURES = 5   # failed attempts in an hour, from one address or at one user, before the hub makes them wait
LONGEST_WAIT = 3600  # seconds
FAILURES = ("bad_code", "bad_password", "burnt")
_CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud or off paper
user_t = schema.metadata.tables["user"]
team_t = schema.metadata.tables["team"]
attempt_t = schema.enroll_attempt


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
        w.audit(operator(), "", "user", user_id, "create", username=username, role=role, team=team)
        return user_id


def set_password(hub: Hub, username: str, password: str) -> None:
    if len(password) < 8:
        raise InspectorError("hub_password_short")
    with hub.write() as w:
        user_id = w.conn.execute(select(user_t.c.id).where(user_t.c.username == username)).scalar()
        if user_id is None:
            raise InspectorError("hub_no_such_user", username=username)
        w.conn.execute(update(user_t).where(user_t.c.id == user_id).values(password_hash=_hasher.hash(password)))
        w.audit(operator(), "", "user", user_id, "password", username=username)


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
        w.audit(operator(), "", "user", user_id, "enroll_code", username=username, days=valid_days)
    return f"{code[:4]}-{code[4:]}"


def enroll(hub: Hub, address: str, code: str, password: str, device_id: uuid.UUID, device_name: str,
           public_key: str) -> tuple[str, dict]:
    """Use a code: check the user's password, register the device, hand out its token. Every attempt
    is kept (hub_enroll_attempt); after a few failures from one address, or at one user, the hub
    makes the next attempt wait, longer each time; a code is burnt after a few wrong passwords."""
    with hub.write() as w:
        outcome, answer = _attempt(w, address[:64], code, password, device_id, device_name, public_key,
                                   hub.token_digest)
    if isinstance(answer, InspectorError):
        raise answer
    return answer


def _attempt(w: Writer, address: str, code: str, password: str, device_id: uuid.UUID, device_name: str,
             public_key: str, token_digest: Callable[[str], str]) -> tuple[str, tuple[str, dict] | InspectorError]:
    """The attempt's outcome, kept in the same transaction, and its answer (an error is returned, not
    raised: raising would undo the record of it)."""
    conn, now = w.conn, utcnow()
    code_hash = digest(_normal_code(code))
    row = conn.execute(select(schema.enroll_code).where(schema.enroll_code.c.code_hash == code_hash)
                       .with_for_update()).mappings().first()
    user = conn.execute(select(user_t).where(user_t.c.id == row["user_id"])).mappings().one() if row else None
    username = user["username"] if user else ""

    def done(outcome: str, answer: tuple[str, dict] | InspectorError) -> tuple[str, tuple[str, dict] | InspectorError]:
        conn.execute(insert(attempt_t).values(at=now, address=address, code_hash=code_hash if row else "",
                                              username=username, outcome=outcome))
        return outcome, answer

    wait = max(_wait(conn, attempt_t.c.address, address, now), _wait(conn, attempt_t.c.username, username, now)
               if username else 0)
    if wait:
        return done("throttled", InspectorError("hub_enroll_throttled", seconds=wait))
    if row is None or row["used_at"] is not None or _aware(row["expires_at"]) < now:
        return done("bad_code", InspectorError("hub_code_invalid"))
    try:
        _hasher.verify(user["password_hash"] or "", password)
    except VerificationError:
        burnt = row["failures"] + 1 >= CODE_TRIES
        conn.execute(update(schema.enroll_code).where(schema.enroll_code.c.code_hash == code_hash)
                     .values(failures=row["failures"] + 1, **({"used_at": now} if burnt else {})))
        return done("burnt" if burnt else "bad_password",
                    InspectorError("hub_code_burnt" if burnt else "hub_password_wrong"))
    if conn.execute(select(schema.device.c.id).where(schema.device.c.id == device_id)).first():
        return done("device_known", InspectorError("hub_device_known"))
    token = secrets.token_urlsafe(32)
    conn.execute(update(schema.enroll_code).where(schema.enroll_code.c.code_hash == code_hash).values(used_at=now))
    conn.execute(insert(schema.device).values(id=device_id, name=device_name, user_id=user["id"],
                                              token_hash=token_digest(token), public_key=public_key, enrolled_at=now,
                                              revoked=False, last_seq=0))
    w.audit(username, device_id, "device", device_id, "enroll", name=device_name, address=address)
    return done("enrolled", (token, dict(user)))


def _wait(conn: Connection, column: Any, value: str, now: datetime) -> int:
    """Seconds the next attempt must wait after the failed ones of the last hour from this address
    (or at this user): none for the first few, then half a minute, doubling, at most an hour."""
    failed = conn.execute(select(attempt_t.c.at).where(
        column == value, attempt_t.c.at >= now - timedelta(hours=1), attempt_t.c.outcome.in_(FAILURES))
        .order_by(attempt_t.c.at.desc()).limit(64)).scalars().all()
    if len(failed) < FREE_FAILURES:
        return 0
    pause = timedelta(seconds=min(LONGEST_WAIT, 30 * 2 ** (len(failed) - FREE_FAILURES)))
    return max(0, math.ceil((_aware(failed[0]) + pause - now).total_seconds()))


def authenticate(hub: Hub, conn: Connection, token: str) -> Principal:
    """The principal for a bearer token; InspectorError (→ 401/403) for an unknown, revoked or forged one."""
    return _principal(conn.execute(_BY_TOKEN, {"token_hash": hub.token_digest(token)}).first())


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
        devices = w.conn.execute(select(schema.device.c.id, schema.device.c.name).where(match)).all()
        for device_id, name in devices:
            w.audit(operator(), "", "device", device_id, "revoke", name=name)
        w.conn.execute(update(schema.device).where(match).values(revoked=True))
        return len(devices)


def _aware(value: datetime) -> datetime:
    """A time from the database in UTC (SQLite hands zone-aware columns back without their zone)."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
